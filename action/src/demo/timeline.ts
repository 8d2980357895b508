/**
 * The demo's schedule, aligned to the collector's rollup step: the demo runs the Worker with
 * `ROLLUP_STEP_MS` = 10 s (production keeps a minute), and alert rules judge only steps that
 * have ended. The fault window fills the first whole step after the Worker is up, so the alert
 * fires at the first check after that step ends and resolves at the first check after a clean
 * step ends: well under a minute whatever second the demo starts at.
 */
export type DemoTimeline = {
	/** Healthy traffic until the fault window opens. */
	faultFrom: number;
	faultUntil: number;
	/** First monitor run: the faulty step has ended. */
	fireCheckAt: number;
};

/** The demo's rollup step (the Worker's `ROLLUP_STEP_MS`, the 24h series' step). */
export const DEMO_STEP_MS = 10_000;
/** Slack after a step boundary so the last reports of the step have been flushed. */
const SETTLE_MS = 4_000;
/** Time to start wrangler dev and import the example month on this kind of machine. */
export const STARTUP_ALLOWANCE_MS = 10_000;
/** One whole step: long enough for the breaker to open (5 failures at the demo's rate). */
export const FAULT_MS = DEMO_STEP_MS;
/** The breaker's cool-down in the demo: it probes, and closes, this soon after the faults stop. */
export const DEMO_BREAKER_COOLDOWN_MS = 3_000;

/** Plans the demo's phases from `now` (epoch ms), before the Worker starts. */
export function planDemoTimeline(now: number): DemoTimeline {
	const faultFrom = Math.ceil((now + STARTUP_ALLOWANCE_MS) / DEMO_STEP_MS) * DEMO_STEP_MS;
	return { faultFrom, faultUntil: faultFrom + FAULT_MS, fireCheckAt: nextCheckAfter(faultFrom) };
}

/** The first monitor check after the step containing `t` has ended and settled. */
export function nextCheckAfter(t: number): number {
	return Math.floor(t / DEMO_STEP_MS) * DEMO_STEP_MS + DEMO_STEP_MS + SETTLE_MS;
}
