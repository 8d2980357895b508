/**
 * Sends simulated traffic to a collector's `POST /record`, as single events or batches, a few
 * requests at a time, retrying transient failures with the same event ids (so a retry can never
 * count twice), and sums up what the collector acknowledged.
 */
import { RecordAcceptedSchema } from '../../../worker/src/contract/index.ts';
import { mapLimit } from '../../../worker/src/contract/map-limit.ts';
import { generateTraffic, percentile, type TrafficEvent } from '../core/traffic/traffic.ts';

export type SimulateOptions = {
	url: string;
	token?: string;
	ips: number;
	events: number;
	seed: number;
	/** Events per request; 1 sends each event as its own request (no `events` wrapper). */
	batch: number;
	concurrency?: number;
	/** Spread sending over this many ms following the traffic's own timeline (default: as fast as possible). */
	paceMs?: number;
	runId?: string;
	now?: () => number;
	fetch?: typeof fetch;
	signal?: AbortSignal;
	onProgress?: (p: { sent: number; total: number; accepted: number; journaled: number }) => void;
};

export type SimulateSummary = {
	events: number;
	/** Clients simulated, and how many of them sent at least one event (Zipf leaves a long idle tail). */
	simulatedIps: number;
	distinctIps: number;
	requests: number;
	accepted: number;
	duplicates: number;
	journaled: number;
	/** Events in requests the collector rejected (4xx) or that failed after every retry. */
	rejected: number;
	failedRequests: number;
	retries: number;
	statusCounts: Record<string, number>;
	firstError: string | null;
	durationMs: number;
	eventsPerSecond: number;
	latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
};

const MAX_ATTEMPTS = 4;

type Sent = { status: number; latencyMs: number; body: string };

async function postOnce(opts: SimulateOptions, body: string): Promise<Sent> {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (opts.token) headers.authorization = `Bearer ${opts.token}`;
	const started = performance.now();
	const res = await (opts.fetch ?? fetch)(new URL('/record', opts.url), {
		method: 'POST',
		headers,
		body,
		signal: opts.signal,
	});
	const text = await res.text();
	return { status: res.status, latencyMs: performance.now() - started, body: text };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Splits events into request bodies of `batch` events. */
export function planRequests(events: TrafficEvent[], batch: number): TrafficEvent[][] {
	const size = Math.max(1, Math.min(1000, Math.trunc(batch)));
	const out: TrafficEvent[][] = [];
	for (let i = 0; i < events.length; i += size) out.push(events.slice(i, i + size));
	return out;
}

/** Generates traffic from `seed` and sends it; resolves with what the collector acknowledged. */
export async function simulateTraffic(opts: SimulateOptions): Promise<SimulateSummary> {
	const now = opts.now ?? Date.now;
	const events = generateTraffic({
		seed: opts.seed,
		ips: opts.ips,
		events: opts.events,
		endAt: now(),
		runId: opts.runId,
	});
	const requests = planRequests(events, opts.batch);
	const s: SimulateSummary = {
		events: events.length,
		simulatedIps: opts.ips,
		distinctIps: new Set(events.map((e) => e.ip)).size,
		requests: 0,
		accepted: 0,
		duplicates: 0,
		journaled: 0,
		rejected: 0,
		failedRequests: 0,
		retries: 0,
		statusCounts: {},
		firstError: null,
		durationMs: 0,
		eventsPerSecond: 0,
		latencyMs: { p50: null, p95: null, p99: null, max: null },
	};
	const latencies: number[] = [];
	const first = events[0]?.timestamp ?? 0;
	const span = Math.max(1, (events[events.length - 1]?.timestamp ?? 0) - first);
	const started = performance.now();
	let sent = 0;
	const send = async (group: TrafficEvent[]) => {
		if (opts.paceMs) {
			const due = (((group[0]?.timestamp ?? first) - first) / span) * opts.paceMs;
			const wait = due - (performance.now() - started);
			if (wait > 0) await sleep(wait);
		}
		await sendGroup(opts, group, s, latencies);
		sent += group.length;
		opts.onProgress?.({ sent, total: events.length, accepted: s.accepted, journaled: s.journaled });
	};
	// An abort stops taking new requests; those in flight end with their own aborted fetch.
	await mapLimit(requests, opts.concurrency ?? 4, send, () => !opts.signal?.aborted);
	s.durationMs = performance.now() - started;
	s.eventsPerSecond = s.durationMs > 0 ? (s.accepted / s.durationMs) * 1000 : 0;
	latencies.sort((a, b) => a - b);
	s.latencyMs = {
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		max: latencies[latencies.length - 1] ?? null,
	};
	return s;
}

async function sendGroup(
	opts: SimulateOptions,
	group: TrafficEvent[],
	s: SimulateSummary,
	latencies: number[],
) {
	const body = JSON.stringify(group.length === 1 && opts.batch <= 1 ? group[0] : { events: group });
	let error = '';
	for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
		let res: Sent | null = null;
		try {
			res = await postOnce(opts, body);
		} catch (e) {
			if (opts.signal?.aborted) throw e;
			error = e instanceof Error ? e.message : String(e);
		}
		s.requests++;
		if (res) {
			s.statusCounts[res.status] = (s.statusCounts[res.status] ?? 0) + 1;
			latencies.push(res.latencyMs);
			if (res.status === 202) {
				const ack = RecordAcceptedSchema.parse(JSON.parse(res.body));
				s.accepted += ack.accepted;
				s.duplicates += ack.duplicates;
				s.journaled += ack.journaled;
				return;
			}
			error = `HTTP ${res.status}: ${res.body.slice(0, 300)}`;
			// Other 4xx are final: the same body would be rejected again.
			if (res.status < 500 && res.status !== 429) break;
		}
		if (attempt < MAX_ATTEMPTS) {
			s.retries++;
			await sleep(100 * 2 ** attempt);
		}
	}
	s.firstError ??= error;
	s.failedRequests++;
	s.rejected += group.length;
}
