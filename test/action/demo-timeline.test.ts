import { describe, expect, it } from 'vitest';
import {
	DEMO_STEP_MS,
	nextCheckAfter,
	planDemoTimeline,
	STARTUP_ALLOWANCE_MS,
} from '../../action/src/demo/timeline.ts';

const STEP = DEMO_STEP_MS;
const T = Date.UTC(2026, 10, 22, 4, 0, 0);
const stepOf = (t: number) => Math.floor(t / STEP);

describe('planDemoTimeline', () => {
	it.each([
		['on a step boundary', T, T + STARTUP_ALLOWANCE_MS],
		['just after a boundary: the next boundary after the start-up', T + 1, T + STARTUP_ALLOWANCE_MS + STEP],
		['late in a minute', T + 57_500, T + 70_000],
	])('%s', (_name, now, faultFrom) => {
		const plan = planDemoTimeline(now);
		expect(plan.faultFrom).toBe(faultFrom);
		expect(plan.faultFrom - now).toBeGreaterThanOrEqual(STARTUP_ALLOWANCE_MS);
		// The faults fill exactly one step.
		expect(plan.faultFrom % STEP).toBe(0);
		expect(plan.faultUntil - plan.faultFrom).toBe(STEP);
		// The first check comes after the faulty step has ended, well within a minute of now.
		expect(stepOf(plan.fireCheckAt)).toBe(stepOf(plan.faultFrom) + 1);
		expect(plan.fireCheckAt - now).toBeLessThan(STARTUP_ALLOWANCE_MS + 2 * STEP + 5_000);
	});

	it('checks after the step containing a time has ended', () => {
		expect(nextCheckAfter(T + STEP - 1)).toBe(T + STEP + 4_000);
		expect(nextCheckAfter(T + STEP)).toBe(T + 2 * STEP + 4_000);
	});
});
