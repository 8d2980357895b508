import { describe, expect, it } from 'vitest';
import { analyzeCost, type CostReport, costTrend, DEFAULT_PRICES } from '../../action/src/core/cost/cost.ts';
import { mergePrices } from '../../action/src/core/cost/prices.ts';
import { makeUsage, makeUsageDay } from './fixtures.ts';

const NOW = new Date('2026-11-21T12:00:00Z'); // November has 30 days; 20.5 elapsed

/** The DO requests bill: the traffic line plus pathwatch's overhead line, which add up to it. */
function doRequests(r: CostReport) {
	const lines = r.breakdown.filter(
		(b) => b.component === 'do_requests' || b.component === 'pathwatch_overhead',
	);
	expect(lines).toHaveLength(2);
	const sum = (f: (b: (typeof lines)[number]) => number) => lines.reduce((a, b) => a + f(b), 0);
	return {
		monthToDate: sum((b) => b.monthToDate),
		projected: sum((b) => b.projected),
		mtdCost: sum((b) => b.mtdCost),
	};
}

describe('cost model', () => {
	it('prices month-to-date usage net of included amounts, per the dated table', () => {
		// 2M DO requests a day for 20 complete days plus half of today's: 41M requests so far.
		const usage = makeUsage(NOW.getTime(), 21, (_d, i) => (i === 20 ? 1_000_000 : 2_000_000));
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW);
		const doRow = doRequests(r);
		expect(doRow.monthToDate).toBe(41_000_000);
		expect(doRow.mtdCost).toBeCloseTo(((41_000_000 - 1_000_000) / 1e6) * 0.15, 4);
		// Of which pathwatch's own (fixture: reports 2% of the day's requests, 10 admin reads):
		// 20 × (40,000 + 10) + (20,000 + 10) = 820,210 requests, priced at the margin once the
		// traffic has used the included million: 820,210 / 1e6 × $0.15 = $0.1230.
		const overhead = r.breakdown.find((b) => b.component === 'pathwatch_overhead');
		expect(overhead?.monthToDate).toBe(820_210);
		expect(overhead?.mtdCost).toBeCloseTo(0.123, 4);
		// Rows written: 41M so far, under the 50M included: nothing billed yet.
		expect(r.breakdown.find((b) => b.component === 'sqlite_rows_written')?.mtdCost).toBe(0);
		expect(r.prices.asOf).toBe(DEFAULT_PRICES.asOf);
		expect(r.prices.sources).toContain('https://developers.cloudflare.com/durable-objects/platform/pricing/');
		expect(r.month).toBe('2026-11');
		expect(r.daysElapsed).toBeCloseTo(20.5, 2);
	});

	it('projects the month end on the trend, with a band and a confidence', () => {
		const usage = makeUsage(NOW.getTime(), 21, (_d, i) => (i === 20 ? 1_000_000 : 2_000_000));
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW);
		// Flat 2M/day: 41M + the other half of today + 9 more days = 60M.
		expect(doRequests(r).projected).toBeCloseTo(60_000_000, -3);
		expect(r.projected.cost).toBeGreaterThan(r.monthToDate.cost);
		expect(r.projected.confidence).toBeGreaterThan(0.9);
		expect(r.trend).toBe('stable');
		// Rows written cross the 50M included amount during the month: the date is named.
		const rows = r.breakdown.find((b) => b.component === 'sqlite_rows_written');
		expect(rows?.exceedsIncludedOn).toBe('2026-11-25');
		expect(r.recommendations.some((x) => x.id === 'allowance' && x.title.includes('2026-11-25'))).toBe(true);
	});

	it('breaks the projection down by component with percentages that add up to 100', () => {
		const usage = makeUsage(NOW.getTime(), 21, () => 5_000_000);
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW);
		const net = r.breakdown.reduce((a, b) => a + b.percent, 0);
		const gross = r.breakdown.reduce((a, b) => a + b.grossPercent, 0);
		expect(net).toBeCloseTo(100, 0);
		expect(gross).toBeCloseTo(100, 0);
		expect(r.breakdown.reduce((a, b) => a + b.projectedCost, 0)).toBeCloseTo(r.projected.cost, 2);
	});

	it('detects a growing trend and widens nothing it cannot measure', () => {
		const usage = makeUsage(NOW.getTime(), 21, (_d, i) => 1_000_000 + i * 200_000);
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW);
		expect(r.trend).toBe('increasing');
		expect(r.trendChange).toBeGreaterThan(0.1);
		expect(r.notMeasured).toContain('R2 storage');
	});

	it('flags a spike day by z-score against the 14 days before it', () => {
		const usage = makeUsage(NOW.getTime(), 21, (_d, i) =>
			i === 18 ? 9_000_000 : 1_000_000 + (i % 3) * 10_000,
		);
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW);
		const spike = r.anomalies.filter((a) => a.series === 'doRequests');
		expect(spike).toHaveLength(1);
		expect(spike[0]?.date).toBe('2026-11-19');
		expect(spike[0]?.direction).toBe('spike');
		expect(spike[0]?.z).toBeGreaterThan(3);
	});

	it('a flat baseline does not turn a 1% wobble into an anomaly', () => {
		const usage = makeUsage(NOW.getTime(), 21, (_d, i) => (i === 19 ? 1_010_000 : 1_000_000));
		expect(analyzeCost(usage, DEFAULT_PRICES, NOW).anomalies).toEqual([]);
	});

	it('treats days without a row as zero requests but keeps the stored bytes', () => {
		const usage = [
			makeUsageDay('2026-11-18', 1000, { storedBytes: 20e9 }),
			makeUsageDay('2026-11-21', 1000, { storedBytes: 20e9 }),
		];
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW);
		expect(r.daily.map((d) => d.doRequests)).toEqual([1000, 0, 0, 1000]);
		const storage = r.breakdown.find((b) => b.component === 'sqlite_storage');
		// 20 GB on the 18th, 19th and 20th plus half of the 21st, in GB-months of a 30-day month.
		expect(storage?.monthToDate).toBeCloseTo((20 * 3.5) / 30, 4);
	});

	it('recommends from measured data only: reporting overhead shows up when it is high', () => {
		const usage = makeUsage(NOW.getTime(), 21, () => 2_000_000).map((u) => ({
			...u,
			doRequestsByKind: { ...u.doRequestsByKind, report: 600_000 },
		}));
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW);
		const rec = r.recommendations.find((x) => x.id === 'reporting-overhead');
		expect(rec?.title).toContain('30.0%');
		expect(rec?.estimatedMonthlySavings).toBeGreaterThan(0);
		const quiet = analyzeCost(
			makeUsage(NOW.getTime(), 21, () => 2_000_000),
			DEFAULT_PRICES,
			NOW,
		);
		expect(quiet.recommendations.find((x) => x.id === 'reporting-overhead')).toBeUndefined();
	});

	it('config can override a price; the rest keep their list price', () => {
		const prices = mergePrices(DEFAULT_PRICES, {
			asOf: '2027-01-01',
			items: { do_requests: { price: 0.3, included: 0 } },
		});
		expect(prices.items.do_requests.price).toBe(0.3);
		expect(prices.items.kv_reads).toEqual(DEFAULT_PRICES.items.kv_reads);
		const usage = makeUsage(NOW.getTime(), 21, () => 1_000_000);
		const r = analyzeCost(usage, prices, NOW);
		expect(r.prices.asOf).toBe('2027-01-01');
		// 21 rows of 1M (today's partial row included as recorded so far), none included.
		expect(doRequests(r).mtdCost).toBeCloseTo(21 * 0.3, 3);
	});

	it('with only today so far, projects today’s pace with zero confidence', () => {
		const r = analyzeCost([makeUsageDay('2026-11-21', 500_000)], DEFAULT_PRICES, NOW);
		expect(r.projected.basisDays).toBe(0);
		expect(doRequests(r).projected).toBeCloseTo(500_000 + 500_000 + 9 * 1_000_000, -2);
		// Half a measured day against 9.5 to come: next to nothing is known yet.
		expect(r.projected.confidence).toBeLessThan(0.1);
	});

	it.each([
		[[1, 1, 1, 1, 1, 1, 1], 'stable'],
		[[1, 1, 1, 1, 2, 2, 2], 'increasing'],
		[[2, 2, 2, 2, 1, 1, 1], 'decreasing'],
		[[1, 1, 1], 'stable'],
	] as const)('seed trend rule on %j → %s', (daily, trend) => {
		expect(costTrend(daily).trend).toBe(trend);
	});
});
