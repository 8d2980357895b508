/**
 * The demo's schedule, aligned to the collector's 1-minute rollups: alert rules judge only
 * minutes that have ended, so the fault window fills one whole minute, the monitor first runs
 * just after that minute closes (the alert fires) and again after a clean minute (it resolves).
 */
export type DemoTimeline = {
	/** Healthy traffic until the fault window opens. */
	faultFrom: number;
	faultUntil: number;
	/** First monitor run: the faulty minute has ended. */
	fireCheckAt: number;
	/** Second monitor run: a whole clean minute has ended since the faults stopped. */
	resolveCheckAt: number;
};

const MINUTE = 60_000;
/** Slack after a minute boundary so the last reports of the minute have been flushed. */
const SETTLE_MS = 4_000;
/** Least healthy traffic before the faults, so the dashboard shows a baseline. */
const MIN_WARMUP_MS = 20_000;

/** Plans the demo's phases from `now` (epoch ms). */
export function planDemoTimeline(now: number): DemoTimeline {
	let faultFrom = Math.ceil(now / MINUTE) * MINUTE;
	if (faultFrom - now < MIN_WARMUP_MS) faultFrom += MINUTE;
	const faultUntil = faultFrom + MINUTE;
	return {
		faultFrom,
		faultUntil,
		fireCheckAt: faultUntil + SETTLE_MS,
		resolveCheckAt: faultUntil + MINUTE + SETTLE_MS,
	};
}
