import { describe, expect, it } from 'vitest';
import { nextCheckAfter, planDemoTimeline } from '../../action/src/demo/timeline.ts';

const MIN = 60_000;
const T = Date.UTC(2026, 10, 22, 4, 0, 0);

describe('planDemoTimeline', () => {
	it.each([
		['early in a minute', T + 5_000, T + MIN],
		['too close to the next minute: one more minute of warm-up', T + 50_000, T + 2 * MIN],
		['exactly on a boundary', T, T + MIN],
	])('%s', (_name, now, faultFrom) => {
		const plan = planDemoTimeline(now);
		expect(plan.faultFrom).toBe(faultFrom);
		expect(plan.faultFrom - now).toBeGreaterThanOrEqual(20_000);
		expect(plan.faultUntil).toBeGreaterThan(plan.faultFrom);
		expect(plan.faultUntil).toBeLessThanOrEqual(plan.faultFrom + MIN);
		// The first check comes after the faulty minute has ended.
		expect(plan.fireCheckAt).toBeGreaterThan(plan.faultFrom + MIN);
	});

	it('checks after the minute containing a time has ended', () => {
		expect(nextCheckAfter(T + 59_999)).toBe(T + MIN + 4_000);
		expect(nextCheckAfter(T + MIN)).toBe(T + 2 * MIN + 4_000);
	});
});
