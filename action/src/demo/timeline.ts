/**
 * The demo's schedule, aligned to the collector's 1-minute rollups: alert rules judge only
 * minutes that have ended, so the alert fires at the first check after the faulty minute ends
 * and resolves at the first check after a clean minute ends. The fault window therefore goes
 * into the earliest minute that still has room for it after the Worker is up (it does not have
 * to start on a boundary), and the breaker's cool-down is short enough that it has closed
 * before the next minute begins.
 */
import { MINUTE_MS } from '../../../worker/src/contract/time.ts';

export type DemoTimeline = {
	/** Healthy traffic until the fault window opens. */
	faultFrom: number;
	faultUntil: number;
	/** First monitor run: the faulty minute has ended. */
	fireCheckAt: number;
};

const MINUTE = MINUTE_MS;
/** Slack after a minute boundary so the last reports of the minute have been flushed. */
const SETTLE_MS = 4_000;
/** Time to start wrangler dev and import the example month on this kind of machine. */
export const STARTUP_ALLOWANCE_MS = 10_000;
/** Long enough for the breaker to open (5 failures at the demo's rate), short enough to close soon after. */
export const FAULT_MS = 10_000;
/** The breaker's cool-down in the demo: it probes, and closes, this soon after the faults stop. */
export const DEMO_BREAKER_COOLDOWN_MS = 3_000;
/** Room after the fault window for the breaker to close within the same minute. */
const CLOSE_MS = 2 * DEMO_BREAKER_COOLDOWN_MS;

/** Plans the demo's phases from `now` (epoch ms), before the Worker starts. */
export function planDemoTimeline(now: number): DemoTimeline {
	let faultFrom = now + STARTUP_ALLOWANCE_MS;
	const minuteEnd = Math.floor(faultFrom / MINUTE) * MINUTE + MINUTE;
	if (minuteEnd - faultFrom < FAULT_MS + CLOSE_MS) faultFrom = minuteEnd;
	return { faultFrom, faultUntil: faultFrom + FAULT_MS, fireCheckAt: nextCheckAfter(faultFrom) };
}

/** The first monitor check after the minute containing `t` has ended and settled. */
export function nextCheckAfter(t: number): number {
	return Math.floor(t / MINUTE) * MINUTE + MINUTE + SETTLE_MS;
}
