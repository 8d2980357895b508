/**
 * When a front isolate sends what it batched (its metrics and the collector reports it relays):
 * once per flush interval while traffic flows, and within MAX_WAIT_MS of its last request when
 * traffic stops. A Worker can only wait from a request's `ctx.waitUntil`, which the runtime cuts
 * off about 30 s after the response, so a flush interval longer than that is carried by a chain
 * of timers, each armed by a request and firing at most MAX_WAIT_MS after it:
 *
 * - a request arms a timer unless the newest armed one fires between QUIET_MS after it and the
 *   time it must flush by (the interval's end, at most MAX_WAIT_MS away): about one timer per
 *   5 s of traffic;
 * - a timer that fires once the interval has passed flushes;
 * - a timer that fires earlier flushes only if it is the newest: then no request came in its
 *   last QUIET_MS, traffic has stopped, and no later request may come to carry the flush.
 *   Otherwise it does nothing: a newer timer carries the flush.
 *
 * Flushing at every 25 s timer instead (as before) sent 2.4 flushes a minute at the shipped 60 s
 * interval, and raising the interval changed nothing above 25 s.
 */

/** Longest a timer waits: `waitUntil` work is cut off about 30 s after the response. */
export const MAX_WAIT_MS = 25_000;
/** Traffic counts as stopped after this long without a request: a timer then flushes early. */
export const QUIET_MS = 20_000;

/** What the isolate remembers: its last flush and the newest timer it armed (null: none). */
export type FlushClock = { lastFlushAt: number; timerAt: number | null };

/**
 * For a request at `now`: the time a new timer must fire, or null when the newest armed timer
 * already covers it. A timer whose time passed without firing (its request's `waitUntil` was cut
 * off) covers nothing.
 */
export function timerToArm(clock: FlushClock, now: number, intervalMs: number): number | null {
	const due = clock.lastFlushAt + intervalMs;
	const at = Math.max(now, Math.min(due, now + MAX_WAIT_MS));
	const needed = Math.max(now, Math.min(due, now + QUIET_MS));
	const t = clock.timerAt;
	if (t !== null && t >= needed && t <= at) return null;
	return at;
}

/** Whether the timer armed for `at`, firing at `now`, flushes (see the header). */
export function timerFlushes(clock: FlushClock, at: number, now: number, intervalMs: number): boolean {
	return now >= clock.lastFlushAt + intervalMs || clock.timerAt === at;
}
