/**
 * What flows into a StatsShard. Collectors and the front Worker batch these and send at most
 * one per flush interval; every counter is a delta since the sender's previous report, bucketed
 * by the UTC minute it happened in so a late report still lands in the right rollup.
 */

import type { PathDelta } from './path-deltas.ts';

/** Epoch milliseconds floored to the minute. */
export type MinuteKey = number;

/** Per-minute counters a collector measured itself (it sees exact counts and its own storage work). */
export type CollectorMinuteDelta = {
	records: number;
	/** DO requests this object served, by purpose. */
	doRequests: { record: number; admin: number; job: number };
	rowsRead: number;
	rowsWritten: number;
	/** Wall-clock milliseconds the object was busy serving requests in this minute. */
	activeMs: number;
	newPaths: number;
};

/** One collector's report to its shard (RPC `StatsShard.reportCollector`). */
export type CollectorReport = {
	ip: string;
	/** Absolute state after the deltas: the registry row is overwritten with these. */
	state: {
		totalRequests: number;
		pathCount: number;
		storageBytes: number;
		firstSeen: number;
		lastActivity: number;
	};
	minutes: Record<MinuteKey, CollectorMinuteDelta>;
	/** True for the first report a collector ever sends (a new IP). */
	isNew: boolean;
	/**
	 * Events recorded per (hour, method, path) since the previous report (overflow events under
	 * `(other)`), for the shard's path aggregates. Kept in memory until sent: an eviction loses
	 * at most one flush interval of them, never a count (absent from older collectors).
	 */
	paths?: PathDelta[];
};

/** Per-minute counters the front Worker measured (latency and failures no DO can see). */
export type FrontMinuteDelta = {
	workerRequests: number;
	/** Events accepted (stored directly or journaled). */
	records: number;
	errorsByReason: Record<string, number>;
	/** Refused requests by reason (never in latency or errors). Optional: older isolates omit it. */
	refusals?: Record<string, number>;
	timeouts: number;
	fallbacks: number;
	/** Requests that journaled at least one event (the denominator-consistent fallback count). */
	fallbackRequests: number;
	/** Counts per latency bucket of `core/histogram.ts` (end-to-end /record latency). */
	latency: number[];
	latencySumMs: number;
	kvReads: number;
	kvWrites: number;
	/** DO requests the front Worker made outside recording (readiness probes), R2 operations. */
	doRequests?: number;
	r2ClassA?: number;
	r2ClassB?: number;
};

/** One isolate's batch (RPC `StatsShard.reportFront`). */
export type FrontReport = {
	isolateId: string;
	minutes: Record<MinuteKey, FrontMinuteDelta>;
	breaker: { state: 'closed' | 'open' | 'half-open'; since: number | null; recentFailures: number };
	/** Events per (hour, method, path) the isolate could not hand to their collector (journaled). */
	pathErrors?: PathDelta[];
};
