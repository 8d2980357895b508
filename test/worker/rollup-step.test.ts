/**
 * `ROLLUP_STEP_MS`: the finest rollup bucket. A minute unless set (production); the demo sets
 * 10 s so its alert fires and resolves within seconds. A step that does not divide a minute is
 * refused; hourly and daily rollups do not depend on it.
 */
import { describe, expect, it } from 'vitest';
import { addAt, collectorBuckets, emptyBucketSet } from '../../worker/src/core/buckets.ts';
import { buildCollectorReport, emptyDelta } from '../../worker/src/core/collector-batch.ts';
import { emptyRollup } from '../../worker/src/core/rollup.ts';
import { windowSpec } from '../../worker/src/core/timeseries.ts';
import { parseSettings } from '../../worker/src/env.ts';

const MIN = 60_000;
const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 22, 4, 0, 0);

describe('ROLLUP_STEP_MS', () => {
	it('defaults to a minute and accepts a divisor of a minute', () => {
		const d = parseSettings({});
		expect(d.ok && d.settings.rollupStepMs).toBe(MIN);
		const s = parseSettings({ ROLLUP_STEP_MS: '10000' });
		expect(s.ok && s.settings.rollupStepMs).toBe(10_000);
	});

	it.each([
		['7000', 'must divide 60000'],
		['120000', 'must be at most 60000'],
		['500', 'must be at least 1000'],
		['ten', 'must be a number'],
	])('refuses %s naming the variable', (value, message) => {
		const r = parseSettings({ ROLLUP_STEP_MS: value });
		expect(r.ok).toBe(false);
		expect(!r.ok && r.error).toContain(`ROLLUP_STEP_MS ${message}`);
	});

	it('keeps the 24h window a day long in steps of that size; hourly windows are unchanged', () => {
		const now = T + 37_500;
		expect(windowSpec('24h', now)).toMatchObject({ stepMs: MIN, steps: 1440, end: T });
		const fine = windowSpec('24h', now, 10_000);
		expect(fine).toMatchObject({ granularity: 'minute', stepMs: 10_000, steps: 8640, end: T + 30_000 });
		expect(fine.end - fine.start).toBe(24 * HOUR - 10_000);
		expect(windowSpec('7d', now, 10_000)).toEqual(windowSpec('7d', now));
		expect(windowSpec('30d', now, 10_000)).toEqual(windowSpec('30d', now));
	});

	it('buckets a collector report by the step; hours and days as before', () => {
		const carry = { ...emptyDelta(), records: 3 };
		const state = {
			totalRequests: 3,
			pathCount: 1,
			storageBytes: 0,
			firstSeen: T + 25_000,
			lastActivity: T + 25_000,
		};
		const input = { ip: '192.0.2.1', state, pending: [], carry, now: T + 25_000, isNew: true };
		expect(Object.keys(buildCollectorReport(input).minutes)).toEqual([String(T)]);
		const report = buildCollectorReport({ ...input, stepMs: 10_000 });
		expect(Object.keys(report.minutes)).toEqual([String(T + 20_000)]);
		const set = collectorBuckets(report, null, 10_000);
		expect([...set.minutes.keys()]).toEqual([T + 20_000]);
		expect(set.minutes.get(T + 20_000)).toMatchObject({ records: 3, activeIps: 1, newIps: 1 });
		expect(set.hours.get(T)).toMatchObject({ records: 3, activeIps: 1, newIps: 1 });
		// The same IP again in the same step is not active twice; in the next step it is.
		const again = (at: number) =>
			collectorBuckets(
				buildCollectorReport({ ...input, now: at, isNew: false, stepMs: 10_000 }),
				{
					lastActivity: T + 25_000,
					activeDay: null,
					activeMsDay: 0,
				},
				10_000,
			);
		expect(again(T + 29_000).minutes.get(T + 20_000)?.activeIps).toBe(0);
		expect(again(T + 31_000).minutes.get(T + 30_000)?.activeIps).toBe(1);
	});

	it('adds a rollup at a time to its step', () => {
		const set = emptyBucketSet();
		addAt(set, T + 59_999, { ...emptyRollup(), records: 1 }, 10_000);
		addAt(set, T + 59_999, { ...emptyRollup(), records: 1 });
		expect([...set.minutes.keys()].sort()).toEqual([T, T + 50_000]);
		expect(set.hours.get(T)?.records).toBe(2);
	});
});
