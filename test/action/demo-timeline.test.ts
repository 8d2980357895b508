import { describe, expect, it } from 'vitest';
import {
	DEMO_BREAKER_COOLDOWN_MS,
	nextCheckAfter,
	planDemoTimeline,
	STARTUP_ALLOWANCE_MS,
} from '../../action/src/demo/timeline.ts';

const MIN = 60_000;
const T = Date.UTC(2026, 10, 22, 4, 0, 0);
const minuteOf = (t: number) => Math.floor(t / MIN);

describe('planDemoTimeline', () => {
	it.each([
		['early in a minute: the faults go into this minute', T + 5_000, T + 5_000 + STARTUP_ALLOWANCE_MS],
		['too close to the next minute: the faults open it', T + 42_000, T + MIN],
		['exactly on a boundary', T, T + STARTUP_ALLOWANCE_MS],
	])('%s', (_name, now, faultFrom) => {
		const plan = planDemoTimeline(now);
		expect(plan.faultFrom).toBe(faultFrom);
		expect(plan.faultFrom - now).toBeGreaterThanOrEqual(STARTUP_ALLOWANCE_MS);
		expect(plan.faultUntil).toBeGreaterThan(plan.faultFrom);
		// Faults and the breaker's closing fit in one minute, so the next minute is clean.
		expect(minuteOf(plan.faultUntil + 2 * DEMO_BREAKER_COOLDOWN_MS - 1)).toBe(minuteOf(plan.faultFrom));
		// The first check comes after the faulty minute has ended, at most two minutes from now.
		expect(minuteOf(plan.fireCheckAt)).toBe(minuteOf(plan.faultFrom) + 1);
		expect(plan.fireCheckAt - now).toBeLessThanOrEqual(2 * MIN);
	});

	it('checks after the minute containing a time has ended', () => {
		expect(nextCheckAfter(T + 59_999)).toBe(T + MIN + 4_000);
		expect(nextCheckAfter(T + MIN)).toBe(T + 2 * MIN + 4_000);
	});
});
