/**
 * Ingest throughput and latency against `wrangler dev` on 127.0.0.1: single-event requests and
 * 100-event batches of simulated traffic, client-side latency percentiles, and Durable Object
 * requests per recorded event — planned from the per-IP grouping (one DO call per distinct IP
 * of a request) and checked against what the collectors report to their shards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { generateTraffic, percentile, type TrafficEvent } from '../../action/src/core/traffic/traffic.ts';
import { RecordAcceptedSchema, UsageResponseSchema } from '../../worker/src/contract/index.ts';
import { recordBenchmark } from './record.ts';

const ADMIN_TOKEN = 'bench-admin-token';
const SINGLES = 2000;
const SINGLE_CONCURRENCY = 8;
/** Unloaded latency: one request at a time, so no queueing behind other requests. */
const SERIAL_SINGLES = 500;
const BATCHES = 200;
const BATCH_SIZE = 100;
const BATCH_CONCURRENCY = 4;
const WARMUP = 200;

const dir = await mkdtemp(join(tmpdir(), 'pathwatch-ingest-'));
const worker = await startLocalWorker({ persistTo: dir, vars: { ADMIN_TOKEN } });

type Phase = {
	name: string;
	requests: number;
	events: number;
	doCalls: number;
	wallMs: number;
	latencies: number[];
	journaled: number;
};

/** POSTs one body; retries a 503 (wrangler dev restarting) with the same ids, which count once. */
async function post(body: string): Promise<{ latencyMs: number; journaled: number }> {
	for (let attempt = 1; ; attempt++) {
		const started = performance.now();
		const res = await fetch(`${worker.url}/record`, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' },
		});
		const text = await res.text();
		const latencyMs = performance.now() - started;
		if (res.status === 202)
			return { latencyMs, journaled: RecordAcceptedSchema.parse(JSON.parse(text)).journaled };
		if (res.status !== 503 || attempt === 5) throw new Error(`POST /record: ${res.status} ${text}`);
		await new Promise((r) => setTimeout(r, 500 * attempt));
	}
}

async function run(
	name: string,
	bodies: TrafficEvent[][],
	concurrency: number,
	single: boolean,
): Promise<Phase> {
	const phase: Phase = {
		name,
		requests: bodies.length,
		events: 0,
		doCalls: 0,
		wallMs: 0,
		latencies: [],
		journaled: 0,
	};
	for (const b of bodies) {
		phase.events += b.length;
		phase.doCalls += new Set(b.map((e) => e.ip)).size;
	}
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < bodies.length) {
				const b = bodies[next++] ?? [];
				const r = await post(JSON.stringify(single ? b[0] : { events: b }));
				phase.latencies.push(r.latencyMs);
				phase.journaled += r.journaled;
			}
		}),
	);
	phase.wallMs = performance.now() - started;
	phase.latencies.sort((a, b) => a - b);
	return phase;
}

/** Record-kind DO requests the collectors have reported to their shards today. */
async function reportedRecordRequests(): Promise<number | null> {
	const res = await fetch(`${worker.url}/api/admin/usage?days=1`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
	});
	if (!res.ok) return null;
	const parsed = UsageResponseSchema.safeParse(await res.json());
	return parsed.success ? parsed.data.days.reduce((n, d) => n + d.doRequestsByKind.record, 0) : null;
}

const now = Date.now();
const chunk = (events: TrafficEvent[], size: number) =>
	Array.from({ length: Math.ceil(events.length / size) }, (_, i) => events.slice(i * size, (i + 1) * size));
try {
	const warm = generateTraffic({ seed: 1, ips: 50, events: WARMUP, endAt: now, runId: 'warm' });
	const singles = generateTraffic({ seed: 2, ips: 500, events: SINGLES, endAt: now, runId: 'single' });
	const serial = generateTraffic({ seed: 4, ips: 500, events: SERIAL_SINGLES, endAt: now, runId: 'serial' });
	const batched = generateTraffic({
		seed: 3,
		ips: 2000,
		events: BATCHES * BATCH_SIZE,
		endAt: now,
		runId: 'batch',
	});
	const warmup = await run('warm-up', chunk(warm, 1), SINGLE_CONCURRENCY, true);
	const phases = [
		await run(
			`single events (concurrency ${SINGLE_CONCURRENCY})`,
			chunk(singles, 1),
			SINGLE_CONCURRENCY,
			true,
		),
		await run('single events (concurrency 1)', chunk(serial, 1), 1, true),
		await run(
			`${BATCH_SIZE}-event batches (concurrency ${BATCH_CONCURRENCY})`,
			chunk(batched, BATCH_SIZE),
			BATCH_CONCURRENCY,
			false,
		),
	];
	const planned = [warmup, ...phases].reduce((n, p) => n + p.doCalls, 0);

	// Collectors report at most once per flush interval (10 s) and once more from an idle alarm.
	let reported: number | null = null;
	for (let waited = 0; waited < 60_000 && reported !== planned; waited += 2000) {
		await new Promise((r) => setTimeout(r, 2000));
		reported = await reportedRecordRequests();
	}

	const fmt = (v: number | null) => (v === null ? 'n/a' : v.toFixed(1));
	const rows = phases.map((p) => [
		p.name,
		p.requests,
		p.events,
		Math.round((p.events / p.wallMs) * 1000),
		fmt(percentile(p.latencies, 50)),
		fmt(percentile(p.latencies, 95)),
		fmt(percentile(p.latencies, 99)),
		(p.doCalls / p.events).toFixed(3),
		p.journaled,
	]);
	const columns = [
		'workload',
		'requests',
		'events',
		'events/s',
		'p50 ms',
		'p95 ms',
		'p99 ms',
		'DO requests/event',
		'journaled',
	];
	console.table(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))));
	const singleP95 = percentile(phases[0]?.latencies ?? [], 95);
	const serialP95 = percentile(phases[1]?.latencies ?? [], 95);
	const batches = phases[2];
	const notes = [
		'Latency is measured by the client end to end (HTTP to `wrangler dev`, the Worker, one DO RPC per distinct IP).',
		`DO requests/event is planned from the per-IP grouping: one DO call per distinct IP in a request (${batches?.doCalls} calls for ${batches?.events} batched events).`,
		reported === planned
			? `Verified: the collectors reported ${reported} record DO requests to their shards, exactly the ${planned} planned (warm-up included).`
			: `Not verified: the shards reported ${reported ?? 'nothing'} record DO requests, ${planned} were planned (warm-up included).`,
		`Target single-event p95 ≤ 20 ms: ${fmt(serialP95)} ms one at a time (${serialP95 !== null && serialP95 <= 20 ? 'met' : 'missed'}), ${fmt(singleP95)} ms at concurrency ${SINGLE_CONCURRENCY} (${singleP95 !== null && singleP95 <= 20 ? 'met' : 'missed'}).`,
		'Locally one workerd process runs the Worker and all Durable Objects on this machine, so concurrent requests queue behind each other; on Cloudflare objects run independently.',
	];
	for (const n of notes) console.log(n);
	await recordBenchmark('Ingest', columns, rows, notes);
	if (reported !== planned) process.exitCode = 1;
} finally {
	await worker.stop();
	await rm(dir, { recursive: true, force: true });
}
