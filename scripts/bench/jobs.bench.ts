/**
 * Maintenance job throughput against `wrangler dev` on 127.0.0.1: seeds N IPs through
 * `POST /record` (timestamps 60 days old), waits until every collector has reported itself to
 * its shard, then runs `backup` and `cleanup` over all of them through the job API, as the CLI
 * does. Prints and records IPs/s and the most subrequests any single JobRunner invocation made
 * (the Workers limit is 1000 per invocation). `BENCH_JOBS_IPS` sets N (default 10000).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { createWorkerClient, newJobId } from '../../action/src/adapters/worker-client.ts';
import { type JobStatus, type JobType, SnapshotSchema } from '../../worker/src/contract/index.ts';
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

const dir = await mkdtemp(join(tmpdir(), 'pathwatch-jobs-bench-'));
// A short flush interval so 10k idle collectors report to their shards within seconds, not minutes.
const worker = await startLocalWorker({
	persistTo: dir,
	vars: { ADMIN_TOKEN, FLUSH_INTERVAL_MS: '1000' },
	readyTimeoutMs: 120_000,
});
const client = createWorkerClient({ url: worker.url, token: ADMIN_TOKEN, timeoutMs: 120_000 });

function ipOf(i: number): string {
	return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

async function seed(): Promise<number> {
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
						const res = await fetch(`${worker.url}/record`, {
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

async function runJob(
	type: JobType,
	params: Record<string, unknown>,
): Promise<{ status: JobStatus; wallMs: number; cpuS: number | null }> {
	const id = newJobId(type);
	const cpuBefore = workerdCpuSeconds();
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
			const cpuAfter = workerdCpuSeconds();
			const cpuS = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
			return { status, wallMs, cpuS };
		}
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** Linux only: CPU seconds (user + system) used so far by the workerd processes this bench started. */
function workerdCpuSeconds(): number | null {
	const ms = cpuMs(descendants('workerd'));
	return ms === null ? null : ms / 1000;
}

function row(
	type: string,
	r: { status: JobStatus; wallMs: number; cpuS: number | null },
	processed: number,
): (string | number)[] {
	const res = r.status.result ?? {};
	return [
		type,
		IPS,
		processed,
		(r.wallMs / 1000).toFixed(1),
		((processed * 1000) / r.wallMs).toFixed(0),
		Number(res.invocations ?? 0),
		Number(res.maxSubrequestsPerInvocation ?? 0),
		r.cpuS === null ? 'n/a' : ((r.cpuS * 1000) / processed).toFixed(2),
	];
}

const loadAtStart = loadavg()[0] ?? 0;
try {
	const seedMs = await seed();
	console.log(`seeded ${IPS} IPs (${IPS * EVENTS_PER_IP} events) in ${(seedMs / 1000).toFixed(1)} s`);
	const registryMs = await waitForRegistry();
	console.log(`registry complete after ${(registryMs / 1000).toFixed(1)} s more`);

	const backup = await runJob('backup', { ...CONCURRENCY });
	console.log(`backup: ${JSON.stringify(backup.status.result)}`);
	const cleanup = await runJob('cleanup', { inactiveDays: 30, ...CONCURRENCY });
	console.log(`cleanup: ${JSON.stringify(cleanup.status.result)}`);

	const rows = [
		row('backup', backup, Number(backup.status.result?.backedUp ?? 0)),
		row('cleanup', cleanup, Number(cleanup.status.result?.cleaned ?? 0)),
	];
	for (const r of rows) console.log(r.join('\t'));
	const maxSub = Math.max(...rows.map((r) => Number(r[6])));
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
			'alarm invocations',
			'max subrequests / invocation',
			'workerd CPU ms / IP',
		],
		rows,
		[
			`Under \`wrangler dev\` (local workerd, ${SEED_CONCURRENCY}-way seeding, job params: backup batches of up to 400 IPs, cleanup up to 240, ${CONCURRENCY.concurrency ?? 32} concurrent DO calls; cleanup purges one batch while it exports the next and unregisters with one request per shard per batch; each call of a step stores its items' outcomes in one transaction).`,
			`Seeding ${IPS} IPs × ${EVENTS_PER_IP} events via POST /record took ${(seedMs / 1000).toFixed(1)} s; collectors then reported to their shards in ${(registryMs / 1000).toFixed(1)} s.`,
			`Wall time is from POST /api/admin/jobs to the first poll (every 0.5 s) that saw the job finished. Cleanup archives, reads back and verifies every batch in R2 before purging.`,
			'workerd CPU ms / IP: user + system CPU time of the local workerd process during the job (from /proc), divided by the IPs processed: less sensitive to other load on the machine than wall time.',
			`Most subrequests in one invocation: ${maxSub} (Workers limit 1000; the JobRunner refuses calls past 900).`,
			`1-minute load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (the machine may be shared).`,
			// Earlier figures for comparison, passed in by whoever ran them (never made up here).
			...(process.env.BENCH_JOBS_NOTE ? [process.env.BENCH_JOBS_NOTE] : []),
		],
	);
} finally {
	await worker.stop();
	await rm(dir, { recursive: true, force: true });
}
