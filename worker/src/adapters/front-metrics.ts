/**
 * The front Worker's own measurements: end-to-end `POST /record` latency, failures, timeouts and
 * fallbacks (which no Durable Object can see), and Worker requests and KV operations for the
 * cost model. Each isolate batches them per minute and sends the batch to one shard once per
 * `FLUSH_INTERVAL_MS` while traffic flows, and within 25 s of its last request when traffic
 * stops (core/flush-timer.ts), from `ctx.waitUntil` so no response waits for it.
 *
 * Bounded loss: an isolate evicted before its next flush loses at most one flush interval of
 * these front-side measurements (latency samples, error and fallback tallies). Record counts,
 * IPs, paths and storage never depend on them: collectors count those themselves.
 */

import { OTHER_PATH } from '../contract/paths.ts';
import { redactIps } from '../contract/redact.ts';
import type { RefusalReason } from '../contract/refusals.ts';
import { MINUTE_MS } from '../contract/time.ts';
import { type FlushClock, timerFlushes, timerToArm } from '../core/flush-timer.ts';
import { observeLatency } from '../core/histogram.ts';
import type { RecordErrorReason } from '../core/metrics.ts';
import { mergePathDeltas, type PathDelta } from '../core/path-deltas.ts';
import type { FrontMinuteDelta, FrontReport } from '../core/reports.ts';
import { floorTo } from '../core/rollup.ts';
import { shardIndexFor } from '../core/shard-key.ts';
import { type Settings, settingsOf } from '../env.ts';
import { isolateBreakerStatus } from './collector-client.ts';
import { flushRelayedReports, hasRelayedReports } from './report-relay.ts';
import { type ShardEnv, shardCount, shardStub } from './stats-shards.ts';

/** How one `POST /record` request ended, as the front Worker measured it end to end. */
export type RecordOutcome = {
	latencyMs: number;
	/** Events accepted (stored or journaled). */
	accepted: number;
	/** Events journaled instead of reaching their Durable Object. */
	journaled: number;
	/** Set when the request failed or a DO call inside it failed or timed out. */
	error?: { reason: RecordErrorReason };
	/** Set when the request was refused (auth, validation): then nothing else is measured. */
	refused?: RefusalReason;
	kvWrites: number;
	/** Events per path that did not reach their collector (DO error, timeout, breaker open). */
	pathErrors?: PathDelta[];
};

/** The bindings this module reads (the flush interval through `settingsOf`). */
export type FrontMetricsEnv = ShardEnv & { FLUSH_INTERVAL_MS: string };

/** All this module needs from an execution context (Hono's and the runtime's both fit). */
export type WaitUntil = { waitUntil(promise: Promise<unknown>): void };

/** Minutes kept when a shard is unreachable, so a long outage cannot grow the batch without bound. */
const MAX_BUFFERED_MINUTES = 60;
/** Distinct (hour, method, path) error entries held; further paths are counted under `(other)`. */
const MAX_PATH_ERRORS = 2000;

/** A minute as this version builds it (refusals always present). */
type Minute = FrontMinuteDelta & { refusals: Record<string, number> };

type Batch = {
	isolateId: string;
	minutes: Map<number, Minute>;
	clock: FlushClock;
	pathErrors: PathDelta[];
};

// Per-isolate by design: one batch per isolate, flushed by whichever request comes along.
let batch: Batch | null = null;

function currentBatch(): Batch {
	// Created lazily: random ids cannot be generated at module scope in Workers.
	batch ??= {
		isolateId: crypto.randomUUID(),
		minutes: new Map(),
		clock: { lastFlushAt: 0, timerAt: null },
		pathErrors: [],
	};
	return batch;
}

function emptyDelta(): Minute {
	return {
		workerRequests: 0,
		records: 0,
		errorsByReason: {},
		refusals: {},
		timeouts: 0,
		fallbacks: 0,
		fallbackRequests: 0,
		latency: [],
		latencySumMs: 0,
		kvReads: 0,
		kvWrites: 0,
	};
}

/**
 * The Worker's settings, or null when one is invalid. Then every route answers 500
 * `invalid_config`, and this module still counts those requests (under the default step) so
 * the failure shows in the figures once the setting is fixed.
 */
function settingsOrNull(env: FrontMetricsEnv): Settings | null {
	try {
		return settingsOf(env);
	} catch {
		return null;
	}
}

/** The batch's delta for the rollup step holding `now` (a minute unless `ROLLUP_STEP_MS` is set). */
function minuteDelta(env: FrontMetricsEnv, b: Batch, now: number): Minute {
	const key = floorTo(now, settingsOrNull(env)?.rollupStepMs ?? MINUTE_MS);
	let d = b.minutes.get(key);
	if (!d) {
		d = emptyDelta();
		b.minutes.set(key, d);
	}
	return d;
}

/** Adds one `POST /record` outcome to this isolate's batch. */
export function observeRecord(env: FrontMetricsEnv, ctx: WaitUntil, outcome: RecordOutcome): void {
	const now = Date.now();
	const b = currentBatch();
	const d = minuteDelta(env, b, now);
	d.workerRequests++;
	if (outcome.refused) {
		// Refusals stay out of latency and errors: the SLI covers requests that passed the checks.
		d.refusals[outcome.refused] = (d.refusals[outcome.refused] ?? 0) + 1;
		scheduleFlush(env, ctx, now);
		return;
	}
	d.records += outcome.accepted;
	d.fallbacks += outcome.journaled;
	if (outcome.journaled > 0) d.fallbackRequests++;
	d.kvWrites += outcome.kvWrites;
	observeLatency(d.latency, outcome.latencyMs);
	d.latencySumMs += Math.max(0, outcome.latencyMs);
	if (outcome.pathErrors?.length) addPathErrors(b, outcome.pathErrors);
	if (outcome.error) {
		const reason = outcome.error.reason;
		d.errorsByReason[reason] = (d.errorsByReason[reason] ?? 0) + 1;
		if (reason === 'do_timeout') d.timeouts++;
	}
	scheduleFlush(env, ctx, now);
}

function addPathErrors(b: Batch, errors: readonly PathDelta[]): void {
	const merged = mergePathDeltas(b.pathErrors, errors);
	b.pathErrors =
		merged.length <= MAX_PATH_ERRORS
			? merged
			: mergePathDeltas(
					merged.slice(0, MAX_PATH_ERRORS - 100),
					merged.slice(MAX_PATH_ERRORS - 100).map((d) => ({ ...d, path: OTHER_PATH })),
				);
}

/** Usage outside `POST /record`; `doRequests` are Durable Object calls booked as 'admin'. */
export type UsageObservation = Partial<
	Pick<FrontMinuteDelta, 'workerRequests' | 'kvReads' | 'kvWrites' | 'doRequests' | 'r2ClassA' | 'r2ClassB'>
>;

/** Counts usage outside `POST /record`: admin, job and readiness requests and what they called. */
export function observeUsage(env: FrontMetricsEnv, ctx: WaitUntil, usage: UsageObservation): void {
	const now = Date.now();
	addUsage(minuteDelta(env, currentBatch(), now), usage);
	scheduleFlush(env, ctx, now);
}

function addUsage(into: Minute, u: UsageObservation): void {
	into.workerRequests += u.workerRequests ?? 0;
	into.kvReads += u.kvReads ?? 0;
	into.kvWrites += u.kvWrites ?? 0;
	into.doRequests = (into.doRequests ?? 0) + (u.doRequests ?? 0);
	into.r2ClassA = (into.r2ClassA ?? 0) + (u.r2ClassA ?? 0);
	into.r2ClassB = (into.r2ClassB ?? 0) + (u.r2ClassB ?? 0);
}

/**
 * With a bad setting the flush fails too (invalid_config, loudly); there is no interval to wait
 * for, and the batch stays bounded by MAX_BUFFERED_MINUTES.
 */
function flushIntervalOf(env: FrontMetricsEnv): number {
	return settingsOrNull(env)?.flushIntervalMs ?? 0;
}

/** Arms this request's flush timer when the newest one does not cover it (core/flush-timer.ts). */
function scheduleFlush(env: FrontMetricsEnv, ctx: WaitUntil, now: number): void {
	const b = currentBatch();
	const interval = flushIntervalOf(env);
	const at = timerToArm(b.clock, now, interval);
	if (at === null) return;
	b.clock.timerAt = at;
	const fired = new Promise<void>((resolve) => setTimeout(resolve, at - now)).then(async () => {
		if (timerFlushes(b.clock, at, Date.now(), interval)) await flushFrontMetrics(env);
	});
	ctx.waitUntil(fired);
}

/**
 * Sends this isolate's batches now (the scheduled flush calls it; tests may too): its front
 * metrics to its shard, and the collector reports it relays to theirs. On failure the minutes
 * go back into the batch for the next flush.
 */
export async function flushFrontMetrics(env: FrontMetricsEnv): Promise<boolean> {
	const relayed = hasRelayedReports() ? flushRelayedReports(env) : Promise.resolve(0);
	const [front] = await Promise.all([flushFrontBatch(env), relayed]);
	return front;
}

async function flushFrontBatch(env: FrontMetricsEnv): Promise<boolean> {
	const b = currentBatch();
	const now = Date.now();
	b.clock.lastFlushAt = now;
	if (b.minutes.size === 0) return false;
	const minutes = b.minutes;
	b.minutes = new Map();
	const pathErrors = b.pathErrors;
	b.pathErrors = [];
	const report: FrontReport = {
		isolateId: b.isolateId,
		minutes: Object.fromEntries(minutes),
		breaker: isolateBreakerStatus(now, settingsOrNull(env)?.breaker),
		...(pathErrors.length > 0 ? { pathErrors } : {}),
	};
	try {
		await shardStub(env, shardIndexFor(b.isolateId, shardCount(env))).reportFront(report);
		return true;
	} catch (err) {
		console.error(JSON.stringify({ msg: 'front metrics flush failed', err: redactIps(String(err)) }));
		requeue(b, minutes);
		addPathErrors(b, pathErrors);
		return false;
	}
}

function requeue(b: Batch, minutes: Map<number, Minute>): void {
	for (const [key, d] of minutes) {
		const into = b.minutes.get(key) ?? emptyDelta();
		addUsage(into, d);
		into.records += d.records;
		into.timeouts += d.timeouts;
		into.fallbacks += d.fallbacks;
		into.fallbackRequests += d.fallbackRequests;
		into.latencySumMs += d.latencySumMs;
		for (const [r, n] of Object.entries(d.errorsByReason))
			into.errorsByReason[r] = (into.errorsByReason[r] ?? 0) + n;
		for (const [r, n] of Object.entries(d.refusals ?? {})) into.refusals[r] = (into.refusals[r] ?? 0) + n;
		d.latency.forEach((n, i) => {
			while (into.latency.length <= i) into.latency.push(0);
			into.latency[i] = (into.latency[i] ?? 0) + n;
		});
		b.minutes.set(key, into);
	}
	const keys = [...b.minutes.keys()].sort((x, y) => x - y);
	for (const key of keys.slice(0, Math.max(0, keys.length - MAX_BUFFERED_MINUTES))) b.minutes.delete(key);
}
