import { describe, expect, it } from 'vitest';
import { instantValue } from '../../action/src/core/alerts/evaluate-rules.ts';
import { analyzeCost, DEFAULT_PRICES } from '../../action/src/core/cost/cost.ts';
import { costGrowth } from '../../action/src/core/cost/cost-growth.ts';
import type { DailyCost } from '../../action/src/core/cost/cost-types.ts';
import { makeSnapshot, makeUsage } from './fixtures.ts';

const day = (date: string, grossCost: number, complete = true): DailyCost => ({
	date,
	complete,
	grossCost,
	doRequests: 0,
	rowsWritten: 0,
});

describe('cost growth (cost_growth_dod, cost_growth_wow)', () => {
	it('compares the latest complete day and week with the ones before; today does not count', () => {
		// 14 complete days: a week at $1/day, then a week at $1.50 ending with a $3 day; today $9 so far.
		const costs = [1, 1, 1, 1, 1, 1, 1, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 3];
		const daily = costs.map((c, i) => day(`2026-11-${String(i + 1).padStart(2, '0')}`, c));
		daily.push(day('2026-11-15', 9, false));
		const g = costGrowth(daily);
		expect(g.dayOverDay).toBeCloseTo(3 / 1.5 - 1, 5); // +100%
		expect(g.weekOverWeek).toBeCloseTo((6 * 1.5 + 3) / 7 - 1, 5); // 12 / 7 − 1 ≈ +71.4%
	});

	it('is null without enough complete days or from a $0 baseline', () => {
		expect(costGrowth([day('2026-11-01', 1), day('2026-11-02', 2, false)])).toEqual({
			dayOverDay: null,
			weekOverWeek: null,
		});
		const zeros = Array.from({ length: 14 }, (_, i) => day(`2026-11-${String(i + 1).padStart(2, '0')}`, 0));
		expect(costGrowth(zeros)).toEqual({ dayOverDay: null, weekOverWeek: null });
		const week = Array.from({ length: 13 }, (_, i) => day(`2026-11-${String(i + 1).padStart(2, '0')}`, 1));
		expect(costGrowth(week).weekOverWeek).toBeNull();
		expect(costGrowth(week).dayOverDay).toBe(0);
	});
});

describe('quarter forecast (quarter_forecast_cost)', () => {
	it('prices each month of the quarter net of its own allowances, measured then forecast', () => {
		// 2M DO requests (and Workers requests, and rows written) a day since 1 October; now is
		// 21 November at noon, half of today's 2M so far. Q4 = October (31 d), November (30 d),
		// December (31 d) at 2M a day, each month billed on its own:
		//   31-day month: DO (62M − 1M) × $0.15/M = 9.15; Workers (62M − 10M) × $0.30/M = 15.60;
		//                 rows written (62M − 50M) × $1/M = 12.00 → 36.75
		//   30-day month: (60 − 1) × 0.15 = 8.85; (60 − 10) × 0.30 = 15.00; (60 − 50) × 1 = 10.00 → 33.85
		// Rows read (4M/day), duration (460.8 GB-s/day) and storage (0.05 GB) stay within allowances.
		const now = new Date('2026-11-21T12:00:00Z');
		const usage = makeUsage(now.getTime(), 52, (_d, i) => (i === 51 ? 1_000_000 : 2_000_000));
		expect(usage[0]?.date).toBe('2026-10-01');
		const r = analyzeCost(usage, DEFAULT_PRICES, now);
		expect(r.quarter.quarter).toBe('2026-Q4');
		expect(r.quarter.end).toBe('2027-01-01');
		expect(r.quarter.measuredFrom).toBe('2026-10-01');
		expect(r.quarter.cost).toBeCloseTo(36.75 + 33.85 + 36.75, 4);
		// The month's own projection is the middle term.
		expect(r.projected.cost).toBeCloseTo(33.85, 4);
	});

	it('is exposed to rules as instant metrics', () => {
		const now = new Date('2026-11-21T12:00:00Z');
		const usage = makeUsage(now.getTime(), 21, (_d, i) => (i === 19 ? 4_000_000 : 2_000_000));
		const cost = analyzeCost(usage, DEFAULT_PRICES, now);
		const snapshot = makeSnapshot({ now: now.getTime() });
		// Yesterday's 4M requests against 2M: every traffic line doubles, the fixed storage and
		// duration lines do not, so the list-price cost grows a little under 100%.
		const [before, latest] = cost.daily.filter((d) => d.complete).slice(-2);
		expect(instantValue('cost_growth_dod', snapshot, cost)).toBeCloseTo(
			(latest?.grossCost ?? 0) / (before?.grossCost ?? 1) - 1,
			5,
		);
		expect(cost.growth.dayOverDay).toBeGreaterThan(0.99);
		expect(instantValue('cost_growth_wow', snapshot, cost)).toBe(cost.growth.weekOverWeek);
		expect(cost.growth.weekOverWeek).toBeGreaterThan(0.1);
		expect(instantValue('quarter_forecast_cost', snapshot, cost)).toBe(cost.quarter.cost);
	});
});
