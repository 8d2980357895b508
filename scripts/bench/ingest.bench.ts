/**
 * Ingest cost and speed on a fixed workload, against a reference: pathwatch and a minimal
 * per-IP Durable Object counter (scripts/bench/reference/) each run under `wrangler dev` on
 * 127.0.0.1 and get the same bodies from the same load generator, back to back.
 *
 * Workload: 20 known IPs × 20 known paths; 100-event batches drawn uniformly over them (steady
 * state), then events on new paths of known IPs, then single events one at a time. Rows read
 * and written are the collectors' own SQLite cursor counters (the figures Cloudflare bills) as
 * reported to the shards, read through /api/admin/usage; bytes per IP is each collector's
 * `databaseSize`, read through /api/admin/ips/:ip.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalWorker, startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { IpDetailSchema } from '../../worker/src/contract/index.ts';
import { type BookedUsage, bookedUsage } from './booked-usage.ts';
import { descendants, withCpu } from './ingest-cpu.ts';
import {
	type BenchEvent,
	chunk,
	combine,
	drive,
	everyPathOnce,
	type LoadResult,
	newIpEvents,
	newPathEvents,
	p95,
	population,
	steadyEvents,
} from './ingest-load.ts';
import { recordBenchmark } from './record.ts';

const ADMIN_TOKEN = 'bench-admin-token';
/**
 * The shipped default (worker/wrangler.jsonc): the shards' rows per event are measured as
 * production's reporting interval makes them. Each usage reading waits for the reports.
 */
const FLUSH_INTERVAL_MS = '60000';
const IPS = 20;
const PATHS = 20;
const BATCH = 100;
const BATCHES_PER_ROUND = 100;
const ROUNDS = 3;
const CONCURRENCY = 4;
const SINGLES = 3000;
/**
 * Single events go to the two targets in alternating slices: a p95 of ~10–20 ms requests moves
 * with the machine's load from one minute to the next, and slices expose both to the same drift.
 * Short slices (20 events, about a tenth of a second to a second) pair the two targets closely,
 * and each target goes first in every other pair. 3,000 events put 150 of each target's requests
 * above its p95: with 800, two targets running the same code measured p95s 14 % apart
 * (2026-12-03), and runs of 300 or 600 gave ratios from 0.86 to 1.32.
 */
const SINGLE_SLICES = 150;
const NEW_PATHS_PER_IP = 20;
/** Warm-up batches after every (IP, path) pair's first event. */
const WARMUP_BATCHES = 20;
/** Events per known IP when the bytes are read: every path once, the warm-up, the rounds, new paths. */
const EVENTS_PER_KNOWN_IP =
	PATHS + ((WARMUP_BATCHES + ROUNDS * BATCHES_PER_ROUND) * BATCH) / IPS + NEW_PATHS_PER_IP;
/** New IPs, one event each: a client's first event, and junk from many addresses. */
const NEW_IPS = 1000;

type Usage = BookedUsage;

const usage = (w: LocalWorker): Promise<Usage> => bookedUsage(w.url, ADMIN_TOKEN);

const doCalls = (bodies: readonly BenchEvent[][]) =>
	bodies.reduce((n, b) => n + new Set(b.map((e) => e.ip)).size, 0);

/**
 * A front isolate sends what it holds within 25 s of its last request (worker/src/core/flush-timer.ts).
 * The bench waits this long without a request before each reading: polling meanwhile would keep
 * the isolate busy until its interval ends and add the bench's own reads to the rows measured.
 */
const QUIET_WAIT_MS = 26_000;

/** Waits until the shards have every record DO request made so far (collectors report them). */
async function settled(w: LocalWorker, planned: number): Promise<Usage> {
	for (let tries = 0; tries < 4; tries++) {
		await new Promise((r) => setTimeout(r, QUIET_WAIT_MS));
		const u = await usage(w);
		if (u.recordRequests >= planned) return u;
	}
	throw new Error(`the shards never saw the ${planned} record requests made`);
}

async function bytesPerIp(w: LocalWorker, ips: readonly string[]): Promise<number> {
	let total = 0;
	for (const ip of ips) {
		const res = await fetch(`${w.url}/api/admin/ips/${ip}?limit=1`, {
			headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		});
		if (!res.ok) throw new Error(`GET /api/admin/ips/${ip}: ${res.status}`);
		total += IpDetailSchema.parse(await res.json()).stats.storageBytes;
	}
	return total / ips.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const loadStart = loadavg()[0] ?? 0;

/** A batched round on one target, with the CPU its processes spent on it. */
type Round = LoadResult & { cpuMs: number | null };

/** The median CPU milliseconds per 1000 events over rounds; null without CPU figures. */
function cpuPerThousand(rounds: readonly Round[]): number | null {
	const per = rounds.flatMap((r) => (r.cpuMs === null ? [] : [(r.cpuMs / r.events) * 1000]));
	return per.length === rounds.length ? median(per) : null;
}

async function main(
	pw: LocalWorker,
	ref: LocalWorker,
	pids: { a: Set<number>; b: Set<number> },
): Promise<void> {
	const pop = population(IPS, PATHS);
	let planned = 0;
	const both = async (bodies: BenchEvent[][], concurrency: number, single = false) => {
		planned += doCalls(bodies);
		const a = await withCpu(pids.a, () => drive(pw.url, bodies, concurrency, single));
		const b = await withCpu(pids.b, () => drive(ref.url, bodies, concurrency, single));
		return { a, b };
	};
	const alternating = async (bodies: BenchEvent[][]) => {
		planned += doCalls(bodies);
		const a: LoadResult[] = [];
		const b: LoadResult[] = [];
		for (const [k, slice] of chunk(bodies, Math.ceil(bodies.length / SINGLE_SLICES)).entries()) {
			// Each target goes first in every other pair: neither takes the same place in them all.
			if (k % 2 === 1) b.push(await drive(ref.url, slice, 1, true));
			a.push(await drive(pw.url, slice, 1, true));
			if (k % 2 === 0) b.push(await drive(ref.url, slice, 1, true));
		}
		return { a: combine(a), b: combine(b) };
	};
	await both(chunk(everyPathOnce(pop), BATCH), 1);
	await both(chunk(steadyEvents(pop, WARMUP_BATCHES * BATCH, 1), BATCH), CONCURRENCY);
	const u0 = await settled(pw, planned);
	const rounds: { a: Round; b: Round }[] = [];
	for (let r = 0; r < ROUNDS; r++)
		rounds.push(await both(chunk(steadyEvents(pop, BATCHES_PER_ROUND * BATCH, 10 + r), BATCH), CONCURRENCY));
	const u1 = await settled(pw, planned);
	const steadyEventsSent = rounds.reduce((n, r) => n + r.a.events, 0);
	const fresh = chunk(newPathEvents(pop, NEW_PATHS_PER_IP, 'a'), BATCH);
	await both(fresh, 1);
	const u2 = await settled(pw, planned);
	const newIps = await both(chunk(newIpEvents(pop, NEW_IPS), BATCH), CONCURRENCY);
	const u3 = await settled(pw, planned);
	// Sparse traffic: the same clients once more, one event each in this flush interval.
	await both(chunk(newIpEvents(pop, NEW_IPS), BATCH), CONCURRENCY);
	const u4 = await settled(pw, planned);
	// Before the single events, whose number sets how many more event ids each IP keeps.
	const bytes = await bytesPerIp(
		pw,
		pop.clients.map((c) => c.ip),
	);
	const singles = await alternating(chunk(steadyEvents(pop, SINGLES, 20), 1));

	await report({
		rounds,
		singles,
		newIps,
		usage: [u0, u1, u2, u3, u4],
		steadyEventsSent,
		freshEvents: fresh.flat().length,
		bytes,
	});
}

type Measured = {
	rounds: { a: Round; b: Round }[];
	singles: { a: LoadResult; b: LoadResult };
	newIps: { a: Round; b: Round };
	/** Usage read after the warm-up, the steady rounds, the new paths, the new IPs and their return. */
	usage: [Usage, Usage, Usage, Usage, Usage];
	steadyEventsSent: number;
	freshEvents: number;
	bytes: number;
};

/** The table's rows (pathwatch, reference, ratio, target) from what `main` measured. */
function tableRows(m: Measured): (string | number)[][] {
	const { rounds, singles, newIps, steadyEventsSent, freshEvents, bytes } = m;
	const [u0, u1, u2, u3, u4] = m.usage;
	const eps = {
		a: median(rounds.map((r) => r.a.eventsPerSec)),
		b: median(rounds.map((r) => r.b.eventsPerSec)),
	};
	const per = (d: number, n: number) => (d / n).toFixed(3);
	const perIp = (r: Round) => (r.cpuMs === null ? 'n/a' : (r.cpuMs / NEW_IPS).toFixed(2));
	const cpu = { a: cpuPerThousand(rounds.map((r) => r.a)), b: cpuPerThousand(rounds.map((r) => r.b)) };
	return [
		[
			`${BATCH}-event batches, events/s (median of ${ROUNDS} rounds, concurrency ${CONCURRENCY})`,
			Math.round(eps.a),
			Math.round(eps.b),
			(eps.a / eps.b).toFixed(2),
			'≥ 0.90',
		],
		[
			`${BATCH}-event batches, CPU ms per 1000 events, all processes of a target (median of ${ROUNDS} rounds)`,
			cpu.a?.toFixed(0) ?? 'n/a',
			cpu.b?.toFixed(0) ?? 'n/a',
			cpu.a && cpu.b ? `${(cpu.b / cpu.a).toFixed(2)} (reference ÷ pathwatch)` : '',
			'',
		],
		[
			'single events, p95 ms (concurrency 1)',
			p95(singles.a).toFixed(1),
			p95(singles.b).toFixed(1),
			(p95(singles.a) / p95(singles.b)).toFixed(2),
			'≤ 1.10',
		],
		[
			'rows written / event, steady (all DOs)',
			per(u1.rowsWritten - u0.rowsWritten, steadyEventsSent),
			'1 (one upsert)',
			'',
			'≤ 1.1',
		],
		[
			'rows read / event, steady (all DOs)',
			per(u1.rowsRead - u0.rowsRead, steadyEventsSent),
			'',
			'',
			'≤ 1.5',
		],
		[
			'rows written / event, new path of a known IP (all DOs)',
			per(u2.rowsWritten - u1.rowsWritten, freshEvents),
			'',
			'',
			'≤ 2',
		],
		[
			`new IPs (one event each, ${BATCH}-event batches), CPU ms per new IP, all processes of a target`,
			perIp(newIps.a),
			perIp(newIps.b),
			newIps.a.cpuMs && newIps.b.cpuMs
				? `${(newIps.b.cpuMs / newIps.a.cpuMs).toFixed(2)} (reference ÷ pathwatch)`
				: '',
			'',
		],
		['rows written / new IP (all DOs)', per(u3.rowsWritten - u2.rowsWritten, NEW_IPS), '', '', ''],
		[
			'rows written / read per event, sparse: the same IPs again, one event each per flush (all DOs)',
			`${per(u4.rowsWritten - u3.rowsWritten, NEW_IPS)} / ${per(u4.rowsRead - u3.rowsRead, NEW_IPS)}`,
			'',
			'',
			'',
		],
		[
			`bytes per IP (${PATHS + NEW_PATHS_PER_IP} paths, ${EVENTS_PER_KNOWN_IP} events on average, read before the single events)`,
			Math.round(bytes),
			'',
			'',
			'≤ 50 % of before',
		],
	];
}

/** Prints and records the table and its notes from what `main` measured. */
async function report(m: Measured): Promise<void> {
	const { freshEvents } = m;
	const rows = tableRows(m);
	const columns = ['measure', 'pathwatch', 'reference', 'ratio', 'target'];
	console.table(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))));
	const notes = [
		`Workload: ${IPS} known IPs × ${PATHS} known paths (every pair recorded once first), ${ROUNDS} rounds of ${BATCHES_PER_ROUND} batches of ${BATCH} events drawn uniformly (seeded), run on pathwatch then on the reference, back to back; then ${freshEvents} events on new paths of the known IPs; then one event from each of ${NEW_IPS} new IPs, and after their report one more from each (sparse traffic: one event per client and flush interval, the shape of many clients sending now and then); then ${SINGLES} single events one at a time on each, in ${SINGLE_SLICES} slices alternating between the two, each target first in every other pair.`,
		'Reference: scripts/bench/reference/worker.ts, a minimal per-IP Durable Object counter: shape check, one RPC per distinct IP of a request (in parallel), one SQLite upsert per event; same workerd, same bodies, same client.',
		`Rows (all DOs) are the SQLite cursor counters every Durable Object bills itself, read through /api/admin/usage: the collectors' own rows plus the shards' rows for receiving their reports and serving the bench's usage reads, at the shipped FLUSH_INTERVAL_MS (${FLUSH_INTERVAL_MS}: each front isolate relays its collectors' reports once a minute while traffic flows, and within 25 s once it stops; each reading waits until the shards have every record request made). The collectors' own counters alone are asserted by test/worker/collector-cost.test.ts.`,
		`Machine load (1-minute load average, other work included): ${loadStart.toFixed(1)} at the start, ${loadavg()[0]?.toFixed(1)} at the end.`,
		"Latency and throughput are client-side, end to end over HTTP to `wrangler dev`; one workerd process per target runs the Worker and all its Durable Objects. wrangler dev's local trace capture (X_LOCAL_OBSERVABILITY) is off for both targets (see the jobs section).",
		"CPU is the user + system time (Linux /proc) of each target's processes (wrangler's Node side, esbuild, its workerd processes) during its batched rounds, its own background work included: the work each target did rather than how fast the shared machine let it go.",
	];
	for (const n of notes) console.log(n);
	await recordBenchmark('Ingest', columns, rows, notes);
}

const dirs = await Promise.all([
	mkdtemp(join(tmpdir(), 'pathwatch-ingest-')),
	mkdtemp(join(tmpdir(), 'pathwatch-ref-')),
]);
const pw = await startLocalWorker({ persistTo: dirs[0], vars: { ADMIN_TOKEN, FLUSH_INTERVAL_MS } });
// Each target's processes: those started with it (the targets start one after the other).
const pwPids = descendants();
const ref = await startLocalWorker({
	persistTo: dirs[1],
	config: 'scripts/bench/reference/wrangler.jsonc',
}).catch(async (err: unknown) => {
	await pw.stop();
	throw err;
});
const refPids = new Set([...descendants()].filter((pid) => !pwPids.has(pid)));
try {
	await main(pw, ref, { a: pwPids, b: refPids });
} finally {
	await Promise.all([pw.stop(), ref.stop()]);
	await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}
