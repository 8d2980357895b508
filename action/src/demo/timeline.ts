/**
 * The demo's schedule, aligned to the collector's 1-minute rollups: alert rules judge only
 * minutes that have ended, so the fault window opens at a minute boundary and the monitor first
 * runs just after that minute closes (the alert fires); it then runs after each following minute
 * until the alert resolves (the breaker's cool-down decides how soon that is).
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
/** Least healthy traffic before the faults, so the dashboard shows a baseline. */
const MIN_WARMUP_MS = 20_000;
/** Long enough for the breaker to open (5 failures), short enough that it closes soon after. */
const FAULT_MS = 25_000;

/** Plans the demo's phases from `now` (epoch ms). */
export function planDemoTimeline(now: number): DemoTimeline {
	let faultFrom = Math.ceil(now / MINUTE) * MINUTE;
	if (faultFrom - now < MIN_WARMUP_MS) faultFrom += MINUTE;
	return { faultFrom, faultUntil: faultFrom + FAULT_MS, fireCheckAt: nextCheckAfter(faultFrom) };
}

/** The first monitor check after the minute containing `t` has ended and settled. */
export function nextCheckAfter(t: number): number {
	return Math.floor(t / MINUTE) * MINUTE + MINUTE + SETTLE_MS;
}
