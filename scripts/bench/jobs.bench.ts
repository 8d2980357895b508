/**
 * Maintenance job throughput against `wrangler dev` on 127.0.0.1: seeds N IPs through
 * `POST /record` (timestamps 60 days old), waits until every collector has reported itself to
 * its shard, then runs `backup` and `cleanup` over all of them through the job API, as the CLI
 * does. Prints and records IPs/s and the most subrequests any single JobRunner invocation made
 * (the Workers limit is 1000 per invocation). `BENCH_JOBS_IPS` sets N (default 10000).
 *
 * Beside it, in the same run, the reference (scripts/bench/reference/worker.ts, `POST /job`): the
 * same IPs seeded with the same bodies into minimal per-IP counters, then backed up (export, one
 * R2 part per batch read back and checked) and cleaned up (the same, then a guarded deleteAll per
 * IP) in batches of the same size at the same concurrency: the least work any archive-then-delete
 * job does per IP on this workerd and this disk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { createWorkerClient, newJobId } from '../../action/src/adapters/worker-client.ts';
import { type JobStatus, type JobType, SnapshotSchema } from '../../worker/src/contract/index.ts';
import { type BookedUsage, bookedUsage } from './booked-usage.ts';
import { cpuMs, descendants } from './ingest-cpu.ts';
import { recordBenchmark } from './record.ts';

const ADMIN_TOKEN = 'bench-admin-token';
const IPS = Number(process.env.BENCH_JOBS_IPS ?? 10_000);
const EVENTS_PER_IP = 3;
const EVENTS_PER_REQUEST = 999;
const SEED_CONCURRENCY = 2;
const DAY_MS = 86_400_000;
/** `BENCH_JOBS_CONCURRENCY` overrides the jobs' concurrent DO calls (to measure that lever alone). */
const CONCURRENCY = process.env.BENCH_JOBS_CONCURRENCY
	? { concurrency: Number(process.env.BENCH_JOBS_CONCURRENCY) }
	: {};

const REF_BATCH = { backup: 400, cleanup: 240 } as const;
/** workerd closes an object idle for about 10 s; each job starts once every object is closed, as a nightly job finds them. */
const IDLE_MS = 20_000;
/** `BENCH_LOCAL_TRACING=1` keeps wrangler dev's local trace capture on for both targets (see local-worker.ts). */
const localTracing = process.env.BENCH_LOCAL_TRACING === '1';
const idle = () => new Promise((r) => setTimeout(r, IDLE_MS));

const dir = await mkdtemp(join(tmpdir(), 'pathwatch-jobs-bench-'));
// A short flush interval so 10k idle collectors report to their shards within seconds, not minutes.
const worker = await startLocalWorker({
	persistTo: join(dir, 'pathwatch'),
	vars: { ADMIN_TOKEN, FLUSH_INTERVAL_MS: '1000' },
	readyTimeoutMs: 120_000,
	localTracing,
});
// Each target's workerd: the one started with it (the targets start one after the other).
const pwWorkerd = descendants('workerd');
const ref = await startLocalWorker({
	persistTo: join(dir, 'reference'),
	config: 'scripts/bench/reference/wrangler.jsonc',
	readyTimeoutMs: 120_000,
	localTracing,
}).catch(async (err: unknown) => {
	await worker.stop();
	throw err;
});
const refWorkerd = new Set([...descendants('workerd')].filter((pid) => !pwWorkerd.has(pid)));
const client = createWorkerClient({ url: worker.url, token: ADMIN_TOKEN, timeoutMs: 120_000 });

function ipOf(i: number): string {
	return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

async function seed(url: string): Promise<number> {
	const old = Date.now() - 60 * DAY_MS;
	const events = Array.from({ length: IPS * EVENTS_PER_IP }, (_, n) => {
		const i = Math.floor(n / EVENTS_PER_IP);
		return {
			ip: ipOf(i),
			path: `/api/v1/items/${n % EVENTS_PER_IP}`,
			method: 'GET',
			timestamp: old + n,
			id: `seed-${n}`,
		};
	});
	const bodies: string[] = [];
	for (let i = 0; i < events.length; i += EVENTS_PER_REQUEST) {
		bodies.push(JSON.stringify({ events: events.slice(i, i + EVENTS_PER_REQUEST) }));
	}
	const started = performance.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: SEED_CONCURRENCY }, async () => {
			while (next < bodies.length) {
				const body = bodies[next++] ?? '';
				// Retried on a 5xx or a dropped connection (wrangler dev reloading): event ids make it count once.
				for (let attempt = 1; ; attempt++) {
					let problem: string;
					try {
						const res = await fetch(`${url}/record`, {
							method: 'POST',
							body,
							headers: { 'content-type': 'application/json' },
						});
						const text = await res.text();
						if (res.status === 202) break;
						problem = `${res.status} ${text.slice(0, 300)}`;
					} catch (e) {
						problem = (e as Error).message;
					}
					if (attempt === 5) throw new Error(`POST /record: ${problem}`);
					await new Promise((r) => setTimeout(r, 1000 * attempt));
				}
			}
		}),
	);
	return performance.now() - started;
}

/** Waits until the shards' registries list every seeded IP (collectors report on their idle alarm). */
async function waitForRegistry(): Promise<number> {
	const started = performance.now();
	for (;;) {
		const res = await fetch(`${worker.url}/api/admin/snapshot`, {
			headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		});
		const snap = SnapshotSchema.parse(await res.json());
		if (snap.summary.totalIps >= IPS) return performance.now() - started;
		if (performance.now() - started > 600_000)
			throw new Error(`registry has ${snap.summary.totalIps} of ${IPS} IPs after 10 min`);
		await new Promise((r) => setTimeout(r, 2000));
	}
}

/** `booked`: the job DO requests and rows read and written the shards booked while the job ran. */
type JobRun = {
	status: JobStatus;
	wallMs: number;
	cpuS: number | null;
	booked: Pick<BookedUsage, 'jobRequests' | 'rowsRead' | 'rowsWritten'>;
};

async function runJob(type: JobType, params: Record<string, unknown>): Promise<JobRun> {
	const id = newJobId(type);
	const bookedBefore = await bookedUsage(worker.url, ADMIN_TOKEN);
	const cpuBefore = cpuMs(pwWorkerd);
	const started = performance.now();
	// Starting is idempotent by id: on a loaded machine an answer may be lost, so ask again until the job exists.
	for (let attempt = 1; ; attempt++) {
		const accepted = await client.startJob(type, params, id).catch((e: unknown) => e as Error);
		if (!(accepted instanceof Error)) break;
		const exists = await client.jobStatus(id).catch(() => null);
		if (exists !== null) break;
		if (attempt === 5) throw accepted;
		console.error(`starting ${type} failed (${accepted.message}); trying again`);
	}
	for (;;) {
		// A poll that times out on a loaded machine says nothing about the job, which runs on: poll again.
		const status = await client.jobStatus(id).catch((e: unknown) => {
			console.error(`status poll failed (${(e as Error).message}); polling again`);
			return null;
		});
		if (status === null) continue;
		if (status.state === 'succeeded' || status.state === 'failed') {
			const wallMs = performance.now() - started;
			if (status.state === 'failed') throw new Error(`${type} failed: ${JSON.stringify(status.error)}`);
			const cpuAfter = cpuMs(pwWorkerd);
			const cpuS = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / 1000;
			// Every step books its usage before the job reads as finished (job-runner.ts).
			const after = await bookedUsage(worker.url, ADMIN_TOKEN);
			const booked = {
				jobRequests: after.jobRequests - bookedBefore.jobRequests,
				rowsRead: after.rowsRead - bookedBefore.rowsRead,
				rowsWritten: after.rowsWritten - bookedBefore.rowsWritten,
			};
			return { status, wallMs, cpuS, booked };
		}
		await new Promise((r) => setTimeout(r, 500));
	}
}

type RefRun = { wallMs: number; cpuS: number | null; exported: number; purged: number };

/** The reference job over every seeded IP, one `POST /job` per batch, one batch after another. */
async function runReference(op: 'backup' | 'cleanup'): Promise<RefRun> {
	const concurrency = CONCURRENCY.concurrency ?? 32;
	const cpuBefore = cpuMs(refWorkerd);
	const started = performance.now();
	let exported = 0;
	let purged = 0;
	for (let i = 0; i < IPS; i += REF_BATCH[op]) {
		const ips = Array.from({ length: Math.min(REF_BATCH[op], IPS - i) }, (_, k) => ipOf(i + k));
		const res = await fetch(`${ref.url}/job`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ op, ips, concurrency, part: `${op}/${i}.ndjson` }),
		});
		if (!res.ok) throw new Error(`reference ${op}: ${res.status} ${(await res.text()).slice(0, 300)}`);
		const r = (await res.json()) as { exported: number; purged: number };
		exported += r.exported;
		purged += r.purged;
	}
	const wallMs = performance.now() - started;
	const cpuAfter = cpuMs(refWorkerd);
	const cpuS = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / 1000;
	return { wallMs, cpuS, exported, purged };
}

const perIp = (cpuS: number | null, n: number) => (cpuS === null ? 'n/a' : ((cpuS * 1000) / n).toFixed(2));

function row(
	type: string,
	r: JobRun,
	processed: number,
	reference: RefRun,
	refProcessed: number,
): (string | number)[] {
	const res = r.status.result ?? {};
	const rate = (processed * 1000) / r.wallMs;
	const refRate = (refProcessed * 1000) / reference.wallMs;
	return [
		type,
		IPS,
		processed,
		(r.wallMs / 1000).toFixed(1),
		rate.toFixed(0),
		refRate.toFixed(0),
		(rate / refRate).toFixed(2),
		Number(res.invocations ?? 0),
		Number(res.maxSubrequestsPerInvocation ?? 0),
		perIp(r.cpuS, processed),
		perIp(reference.cpuS, refProcessed),
		(r.booked.jobRequests / processed).toFixed(2),
		(r.booked.rowsRead / processed).toFixed(2),
		(r.booked.rowsWritten / processed).toFixed(2),
	];
}

const loadAtStart = loadavg()[0] ?? 0;
try {
	const seedMs = await seed(worker.url);
	console.log(`seeded ${IPS} IPs (${IPS * EVENTS_PER_IP} events) in ${(seedMs / 1000).toFixed(1)} s`);
	const registryMs = await waitForRegistry();
	console.log(`registry complete after ${(registryMs / 1000).toFixed(1)} s more`);
	const refSeedMs = await seed(ref.url);
	console.log(`reference seeded in ${(refSeedMs / 1000).toFixed(1)} s`);

	// Each job on pathwatch, then at once on the reference: the machine's load weighs on both alike.
	await idle();
	const backup = await runJob('backup', { ...CONCURRENCY });
	console.log(`backup: ${JSON.stringify(backup.status.result)}`);
	await idle();
	const refBackup = await runReference('backup');
	console.log(`reference backup: ${JSON.stringify(refBackup)}`);
	await idle();
	const cleanup = await runJob('cleanup', { inactiveDays: 30, ...CONCURRENCY });
	console.log(`cleanup: ${JSON.stringify(cleanup.status.result)}`);
	await idle();
	const refCleanup = await runReference('cleanup');
	console.log(`reference cleanup: ${JSON.stringify(refCleanup)}`);

	const rows = [
		row('backup', backup, Number(backup.status.result?.backedUp ?? 0), refBackup, refBackup.exported),
		row('cleanup', cleanup, Number(cleanup.status.result?.cleaned ?? 0), refCleanup, refCleanup.purged),
	];
	for (const r of rows) console.log(r.join('\t'));
	const maxSub = Math.max(...rows.map((r) => Number(r[8])));
	// A trial of one lever (BENCH_JOBS_DRY=1) prints its figures and leaves the recorded ones alone.
	const record = process.env.BENCH_JOBS_DRY === '1' ? async () => {} : recordBenchmark;
	await record(
		'jobs',
		[
			'job',
			'IPs in registry',
			'IPs processed',
			'wall s',
			'IPs/s',
			'reference IPs/s',
			'ratio',
			'alarm invocations',
			'max subrequests / invocation',
			'workerd CPU ms / IP',
			'reference workerd CPU ms / IP',
			'job DO requests booked / IP',
			'rows read booked / IP',
			'rows written booked / IP',
		],
		rows,
		[
			`Under \`wrangler dev\` (local workerd, ${SEED_CONCURRENCY}-way seeding, job params: backup batches of up to 400 IPs, cleanup up to 240, ${CONCURRENCY.concurrency ?? 32} concurrent DO calls; cleanup purges one batch while it exports the next and unregisters with one request per shard per batch; each call of a step stores its items' outcomes in one transaction).`,
			`Seeding ${IPS} IPs × ${EVENTS_PER_IP} events via POST /record took ${(seedMs / 1000).toFixed(1)} s; collectors then reported to their shards in ${(registryMs / 1000).toFixed(1)} s. The reference took the same bodies in ${(refSeedMs / 1000).toFixed(1)} s.`,
			`Reference: scripts/bench/reference/worker.ts \`POST /job\`, the same IPs in batches of ${REF_BATCH.backup} (backup) and ${REF_BATCH.cleanup} (cleanup), one batch after another, ${CONCURRENCY.concurrency ?? 32} concurrent DO calls: export every counter, write the batch as one R2 part, read it back and compare its sha256; cleanup then deletes each counter (\`deleteAll\`) whose total did not move since its export. No registry, no job state, no manifest, no retention: the least an archive-then-delete job does per IP on the same workerd and disk. Each pathwatch job ran just before the reference's, each after ${IDLE_MS / 1000} s without requests, so every object was closed (workerd closes one idle for about 10 s) as a nightly job finds them.`,
			`wrangler dev's local trace capture (X_LOCAL_OBSERVABILITY) was ${localTracing ? 'on' : 'off'} for both targets.`,
			`Wall time is from POST /api/admin/jobs to the first poll (every 0.5 s) that saw the job finished. Cleanup archives, reads back and verifies every batch in R2 before purging.`,
			"workerd CPU ms / IP: user + system CPU time of the target's local workerd process during the job (from /proc), divided by the IPs processed: less sensitive to other load on the machine than wall time.",
			"Booked / IP: what the cost model counted for the job, the change in the shards' usage (`/api/admin/usage`: job DO requests, SQLite rows read and written by every object) from just before the job to just after it, divided by the IPs processed. A job's DO requests are its steps, its calls to collectors and its calls to shards; the two usage readings add one admin request per shard each.",
			`Most subrequests in one invocation: ${maxSub} (Workers limit 1000; the JobRunner refuses calls past 900).`,
			`1-minute load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (the machine may be shared).`,
			// Earlier figures for comparison, passed in by whoever ran them (never made up here).
			...(process.env.BENCH_JOBS_NOTE ? [process.env.BENCH_JOBS_NOTE] : []),
		],
	);
} finally {
	await ref.stop();
	await worker.stop();
	await rm(dir, { recursive: true, force: true });
}
