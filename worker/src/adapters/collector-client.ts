/**
 * The front Worker's side of recording: one Durable Object call per distinct IP in a request
 * (bounded concurrency), each behind the per-isolate circuit breaker and a timeout; whatever
 * fails, times out or is bypassed goes to the KV journal instead, so every accepted event is
 * stored exactly once, directly or by a later replay.
 */

import { networkPrefix } from '../contract/ip.ts';
import { mapLimit } from '../contract/map-limit.ts';
import { redactIps } from '../contract/redact.ts';
import {
	type Breaker,
	type BreakerConfig,
	CLOSED,
	DEFAULT_BREAKER,
	decide,
	describeBreaker,
	recordFailure,
	recordSuccess,
} from '../core/breaker.ts';
import { aggregateByPath } from '../core/collector-batch.ts';
import { type FaultPlan, faultsActive, pickFault } from '../core/faults.ts';
import { type IpCallDelta, ipCallDelta } from '../core/ip-calls.ts';
import { type PathDelta, pathDelta } from '../core/path-deltas.ts';
import type { CollectorReport } from '../core/reports.ts';
import type { CollectorRecordResult, NormalizedEvent } from '../core/rpc.ts';
import type { Bindings } from '../env.ts';
import { appendJournal, type JournalReason } from './journal.ts';

/** Where the breaker state lives; the Worker uses the per-isolate one below. */
export type BreakerPort = { get(): Breaker; set(next: Breaker): void };

// Per-isolate by design: the breaker protects this isolate's calls and needs no coordination.
let isolateBreaker: Breaker = CLOSED;
export const isolateBreakerPort: BreakerPort = {
	get: () => isolateBreaker,
	set: (next) => {
		isolateBreaker = next;
	},
};

/** This isolate's breaker as monitoring reports it (for front-metrics). */
export function isolateBreakerStatus(
	now: number,
	cfg: BreakerConfig = DEFAULT_BREAKER,
): ReturnType<typeof describeBreaker> {
	return describeBreaker(isolateBreaker, now, cfg);
}

export type DispatchOptions = {
	breaker: BreakerPort;
	/** Thresholds and cool-downs (the Worker's settings; defaults otherwise). */
	breakerConfig?: BreakerConfig;
	timeoutMs: number;
	/** Null unless the development-only fault variable is set. */
	faults: FaultPlan | null;
	now: () => number;
	random: () => number;
	concurrency?: number;
};

export type DispatchResult = {
	/** Events stored directly, counted for the first time. */
	recorded: number;
	/** Events whose id their collector had already counted. */
	duplicates: number;
	journaled: number;
	/** Durable Object calls made (one per distinct IP not bypassed by the breaker). */
	doCalls: number;
	kvWrites: number;
	failures: Record<JournalReason, number>;
	/** Events neither stored nor journaled (the journal write failed too): not acknowledged. */
	lost: NormalizedEvent[];
	/** Collector reports handed back in `record` answers, for the isolate's relay. */
	reports: CollectorReport[];
	/** Events per path that did not reach their collector (the shards' per-path errors). */
	pathErrors: PathDelta[];
	/** Per client: the call made (or bypassed), how long it took, events that did not reach it. */
	ipCalls: IpCallDelta[];
};

class DoTimeoutError extends Error {
	override readonly name = 'DoTimeoutError';
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function callCollector(
	env: Bindings,
	ip: string,
	events: NormalizedEvent[],
	opts: DispatchOptions,
): Promise<CollectorRecordResult> {
	const stub = env.PATH_COLLECTOR.getByName(ip);
	const faults = opts.faults;
	if (!faults || !faultsActive(faults, Date.now())) return stub.record(events, { relay: true });
	if (faults.delayMs > 0) await sleep(faults.delayMs);
	const fault = pickFault(faults, events[0]?.id ?? ip, opts.random);
	if (fault === 'fail') throw new Error('injected fault: Durable Object call failed');
	const result = await stub.record(events, { relay: true });
	// The DO did record the events, but its answer counts as lost: replay must not double-count them.
	if (fault === 'timeout') throw new DoTimeoutError('injected fault: Durable Object answer lost');
	return result;
}

/**
 * Per-call timeouts of one dispatch on a single timer: calls start in order with the same
 * timeout, so their deadlines are in order too, and the timer only ever waits for the oldest
 * call still running. One timer per request instead of one per collector call (workerd timers
 * cost a noticeable share of a batch's CPU). Scoped to one request: a timer must not settle
 * promises of another request's context.
 */
export class CallDeadlines {
	readonly #queue: { at: number; settled: boolean; reject: (err: Error) => void }[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #ms: number;
	readonly #now: () => number;

	constructor(ms: number, now: () => number) {
		this.#ms = ms;
		this.#now = now;
	}

	/** `work`, or a DoTimeoutError once it has run longer than the timeout. */
	race<T>(work: Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const entry = { at: this.#now() + this.#ms, settled: false, reject };
			this.#queue.push(entry);
			this.#arm();
			work.then(
				(v) => {
					entry.settled = true;
					resolve(v);
				},
				(err: unknown) => {
					entry.settled = true;
					reject(err);
				},
			);
		});
	}

	/** Stops the timer (the dispatch is over: every call has settled). */
	close(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#arm(): void {
		const head = this.#queue[0];
		if (this.#timer !== undefined || head === undefined) return;
		this.#timer = setTimeout(() => this.#fire(), Math.max(0, head.at - this.#now()));
	}

	#fire(): void {
		this.#timer = undefined;
		const now = this.#now();
		for (let head = this.#queue[0]; head && (head.settled || head.at <= now); head = this.#queue[0]) {
			this.#queue.shift();
			if (head.settled) continue;
			head.settled = true;
			head.reject(new DoTimeoutError(`Durable Object call exceeded ${this.#ms} ms`));
		}
		this.#arm();
	}
}

/** Groups events by IP, keeping first-seen order. */
export function groupByIp(events: NormalizedEvent[]): Map<string, NormalizedEvent[]> {
	const groups = new Map<string, NormalizedEvent[]>();
	for (const e of events) {
		const g = groups.get(e.ip);
		if (g) g.push(e);
		else groups.set(e.ip, [e]);
	}
	return groups;
}

/** Records validated events: directly in their collectors, or in the journal when that fails. */
export async function dispatchEvents(
	env: Bindings,
	events: NormalizedEvent[],
	opts: DispatchOptions,
): Promise<DispatchResult> {
	const result: DispatchResult = {
		recorded: 0,
		duplicates: 0,
		journaled: 0,
		doCalls: 0,
		kvWrites: 0,
		failures: { do_error: 0, do_timeout: 0, breaker_open: 0 },
		lost: [],
		reports: [],
		pathErrors: [],
		ipCalls: [],
	};
	const journal = async (ip: string, group: NormalizedEvent[], reason: JournalReason) => {
		result.failures[reason]++;
		const at = opts.now();
		for (const g of aggregateByPath(group)) result.pathErrors.push(pathDelta(g, at));
		try {
			await appendJournal(env.JOURNAL, ip, group, reason, opts.now());
			result.kvWrites++;
			result.journaled += group.length;
		} catch (err) {
			// The network, not the address: log lines carry no raw IP.
			const network = networkPrefix(ip);
			console.error(
				JSON.stringify({ msg: 'journal write failed', network, reason, err: redactIps(String(err)) }),
			);
			result.lost.push(...group);
		}
	};
	const deadlines = new CallDeadlines(opts.timeoutMs, Date.now);
	try {
		await mapLimit([...groupByIp(events)], opts.concurrency ?? 6, async ([ip, group]) => {
			const cfg = opts.breakerConfig ?? DEFAULT_BREAKER;
			const decision = decide(opts.breaker.get(), opts.now(), cfg);
			opts.breaker.set(decision.next);
			const events = group.length;
			if (!decision.allow) {
				result.ipCalls.push(
					ipCallDelta(ip, opts.now(), { called: false, failed: true, events, latencyMs: 0 }),
				);
				await journal(ip, group, 'breaker_open');
				return;
			}
			result.doCalls++;
			const started = opts.now();
			try {
				const r = await deadlines.race(callCollector(env, ip, group, opts));
				const end = opts.now();
				opts.breaker.set(recordSuccess(opts.breaker.get(), end, decision.probe));
				result.ipCalls.push(
					ipCallDelta(ip, end, { called: true, failed: false, events, latencyMs: end - started }),
				);
				result.recorded += r.recorded;
				result.duplicates += r.duplicates;
				if (r.report) result.reports.push(r.report);
			} catch (err) {
				const end = opts.now();
				opts.breaker.set(recordFailure(opts.breaker.get(), end, decision.probe, cfg));
				result.ipCalls.push(
					ipCallDelta(ip, end, { called: true, failed: true, events, latencyMs: end - started }),
				);
				await journal(ip, group, err instanceof DoTimeoutError ? 'do_timeout' : 'do_error');
			}
		});
	} finally {
		deadlines.close();
	}
	return result;
}
