/**
 * Cost of a monitoring read as the number of IPs grows: DO requests per `GET /api/admin/snapshot`
 * and per `GET /metrics` scrape at 1k and 10k IPs, against `wrangler dev` on 127.0.0.1.
 * DO requests are counted by the shards themselves (their 'admin' counters, read through
 * `/api/admin/usage?days=1`, which costs one request per shard and counts itself).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { SnapshotSchema, UsageResponseSchema } from '../../worker/src/contract/index.ts';
import { recordBenchmark } from './record.ts';

const ADMIN_TOKEN = 'bench-admin-token';
const SHARDS = 16;
const SIZES = [1000, 10_000];
const READS = 5;

const dir = await mkdtemp(join(tmpdir(), 'pwobs-scrape-'));
const worker = await startLocalWorker({
	persistTo: dir,
	vars: { ADMIN_TOKEN, SHARD_COUNT: String(SHARDS), FLUSH_INTERVAL_MS: '1000' },
});
const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

async function get(path: string): Promise<Response> {
	for (let attempt = 1; ; attempt++) {
		const res = await fetch(`${worker.url}${path}`, { headers: auth, signal: AbortSignal.timeout(60_000) });
		if (res.ok) return res;
		const text = await res.text();
		// GETs are retried by wrangler itself; a 503 here is a shard that was mid-restart.
		if (res.status !== 503 || attempt === 5) throw new Error(`${path}: ${res.status} ${text}`);
		await new Promise((r) => setTimeout(r, 1000 * attempt));
	}
}

type Counters = { requests: number; rowsRead: number };

/**
 * The shards' admin DO requests and SQLite rows read today, as booked (this read's request
 * included; a shard books an admin read's rows with its next request, so the rows of the read
 * before this one).
 */
async function adminCounters(): Promise<Counters> {
	const { days } = UsageResponseSchema.parse(await (await get('/api/admin/usage?days=1')).json());
	return {
		requests: days.reduce((n, d) => n + d.doRequestsByKind.admin, 0),
		rowsRead: days.reduce((n, d) => n + d.rowsRead, 0),
	};
}

const minus = (a: Counters, b: Counters): Counters => ({
	requests: a.requests - b.requests,
	rowsRead: a.rowsRead - b.rowsRead,
});

/**
 * Posts with retries: `wrangler dev` restarts the Worker when a source file changes, and event
 * ids make a retried batch count once.
 */
async function post(body: string): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		let failure: string;
		try {
			const res = await fetch(`${worker.url}/record`, {
				method: 'POST',
				body,
				headers: { 'content-type': 'application/json' },
				signal: AbortSignal.timeout(120_000),
			});
			const text = await res.text();
			if (res.status === 202) return;
			if (res.status !== 503) throw new Error(`seed: ${res.status} ${text}`);
			failure = `${res.status} ${text}`;
		} catch (err) {
			// A dropped connection (TypeError from fetch) is a restart too.
			if (!(err instanceof TypeError)) throw err;
			failure = String(err);
		}
		if (attempt === 5) throw new Error(`seed failed 5 times: ${failure}`);
		await new Promise((r) => setTimeout(r, 1000 * attempt));
	}
}

/** Seeds IPs `from…to−1` with one event each, 1000 distinct IPs per request. */
async function seed(from: number, to: number): Promise<void> {
	const ipOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
	const batches: Promise<void>[] = [];
	for (let i = from; i < to; i += 1000) {
		const events = Array.from({ length: Math.min(1000, to - i) }, (_, k) => ({
			id: `seed-${i + k}`,
			ip: ipOf(i + k),
			path: `/api/items/${(i + k) % 97}`,
			method: 'GET',
		}));
		batches.push(post(JSON.stringify({ events })));
		if (batches.length === 2) await Promise.all(batches.splice(0));
	}
	await Promise.all(batches);
}

/** Waits until every collector has reported (the registry holds `n` IPs). */
async function waitForRegistry(n: number): Promise<void> {
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		const s = SnapshotSchema.parse(await (await get('/api/admin/snapshot')).json());
		if (s.summary.totalIps >= n) return;
		await new Promise((r) => setTimeout(r, 1000));
	}
	throw new Error(`registry did not reach ${n} IPs`);
}

/** DO requests, SQLite rows read and median latency of one read, from the shards' own counters. */
async function measure(path: string): Promise<{ doRequests: number; rowsRead: number; medianMs: number }> {
	// The usage probe counts itself: probes in a row give its own cost (its rows are booked by the
	// probe after it, as a read's are).
	await adminCounters(); // books the rows of whatever read came before
	const settled = await adminCounters();
	const probe = minus(await adminCounters(), settled);
	const costs: Counters[] = [];
	const times: number[] = [];
	for (let i = 0; i < READS; i++) {
		const before = await adminCounters();
		const t0 = performance.now();
		await (await get(path)).arrayBuffer();
		times.push(performance.now() - t0);
		costs.push(minus(minus(await adminCounters(), before), probe));
	}
	times.sort((a, b) => a - b);
	const requests = costs.map((c) => c.requests);
	if (new Set(requests).size !== 1)
		throw new Error(`${path}: DO requests varied between reads: ${requests.join(', ')}`);
	const rowsRead = costs.map((c) => c.rowsRead).sort((a, b) => a - b);
	return {
		doRequests: requests[0] ?? Number.NaN,
		rowsRead: rowsRead[Math.floor(rowsRead.length / 2)] ?? Number.NaN,
		medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
	};
}

const rows: (string | number)[][] = [];
try {
	let seeded = 0;
	for (const size of SIZES) {
		const t0 = performance.now();
		await seed(seeded, size);
		seeded = size;
		await waitForRegistry(size);
		console.log(`seeded ${size} IPs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
		for (const [label, path] of [
			['snapshot', '/api/admin/snapshot'],
			['/metrics', '/metrics'],
		] as const) {
			const m = await measure(path);
			console.log(
				`${size} IPs, ${label}: ${m.doRequests} DO requests, ${m.rowsRead} rows read, median ${m.medianMs.toFixed(1)} ms`,
			);
			rows.push([size, label, m.doRequests, SHARDS + 2, m.rowsRead, m.medianMs.toFixed(1)]);
		}
	}
} finally {
	await worker.stop();
	await rm(dir, { recursive: true, force: true });
}

await recordBenchmark(
	'Monitoring read cost (scrape)',
	[
		'IPs',
		'read',
		'DO requests per read',
		'target (shards + 2)',
		'SQLite rows read per read',
		'median latency (ms)',
	],
	rows,
	[
		`${SHARDS} shards, \`wrangler dev\` on 127.0.0.1. DO requests are counted by the shards themselves ('admin' requests, read through /api/admin/usage with its own cost subtracted), so the figure includes every DO call the read made.`,
		'A read costs one call per shard whatever the number of IPs; the journal backlog is counted from KV key metadata (no DO request).',
		"Rows read are the shards' own SQLite cursor counters (median of the reads, the usage probe's own rows subtracted): the snapshot's top list scans each shard's registry (no index on the request count: a write per report would cost a thousand times what the scan's reads cost), and `/metrics` counts active IPs through the registry's hour index.",
	],
);
