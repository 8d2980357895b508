/**
 * What the front Worker measures of its calls to one client's collector: how many calls it made,
 * how many of the client's events did not reach the collector at the first attempt (DO error,
 * timeout or breaker open: journaled instead), and how long the calls took. No Durable Object
 * can measure this itself — its clock stands still while it computes — so the front Worker
 * times each call and the deltas ride with the relayed collector reports to the client's shard,
 * which adds them to the client's daily row (one upsert per client-day per flush, shared with
 * the request count).
 */
import { utcDate } from './rollup.ts';

/** One client's calls on one UTC day, as measured by one front isolate. */
export type IpCallDelta = {
	ip: string;
	/** UTC day, `YYYY-MM-DD`, of the calls. */
	day: string;
	/** Collector calls made (a breaker-bypassed group makes none). */
	calls: number;
	/** Events that did not reach their collector at the first attempt. */
	errors: number;
	latencyMsSum: number;
	latencyMsMax: number;
};

/** The delta of one dispatch of `events` events for `ip`, finished at `at`. */
export function ipCallDelta(
	ip: string,
	at: number,
	outcome: { called: boolean; failed: boolean; events: number; latencyMs: number },
): IpCallDelta {
	const latency = outcome.called ? Math.max(0, outcome.latencyMs) : 0;
	return {
		ip,
		day: utcDate(at),
		calls: outcome.called ? 1 : 0,
		errors: outcome.failed ? outcome.events : 0,
		latencyMsSum: latency,
		latencyMsMax: latency,
	};
}

/** The key deltas are merged under: one per client and UTC day. */
export const ipCallKey = (d: Pick<IpCallDelta, 'ip' | 'day'>) => `${d.ip}\n${d.day}`;

/** `a` and `b` (same client and day) added up; neither is changed. */
export function mergeIpCalls(a: IpCallDelta, b: IpCallDelta): IpCallDelta {
	return {
		ip: a.ip,
		day: a.day,
		calls: a.calls + b.calls,
		errors: a.errors + b.errors,
		latencyMsSum: a.latencyMsSum + b.latencyMsSum,
		latencyMsMax: Math.max(a.latencyMsMax, b.latencyMsMax),
	};
}
