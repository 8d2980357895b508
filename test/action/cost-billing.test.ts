import { describe, expect, it } from 'vitest';
import { evaluate } from '../../action/src/core/alerts/evaluate.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { costOptionsFor } from '../../action/src/core/config/cost.ts';
import { billingPeriod, quarterPeriods } from '../../action/src/core/cost/billing.ts';
import { type AllowanceConfig, analyzeCost, DEFAULT_PRICES } from '../../action/src/core/cost/cost.ts';
import { makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

const NOW = new Date('2026-11-21T12:00:00Z');
// 2M requests a day (DO and Workers requests, rows written; 4M rows read) since 1 October;
// half of today's so far. Month to date (November, 20.5 days): 41M of each.
const usage = makeUsage(NOW.getTime(), 52, (_d, i) => (i === 51 ? 1_000_000 : 2_000_000));

describe('config: allowance shares and the billing day', () => {
	it('defaults to every allowance and periods starting on the 1st', () => {
		const config = parseConfig('', 'test.yml');
		expect(config.cost.allowances).toBe('all');
		expect(config.cost.billing_day).toBe(1);
		expect(costOptionsFor(config.cost)).toMatchObject({ allowances: 'all', billingDay: 1 });
	});

	it('takes one share for every line, or shares per line with a default', () => {
		expect(parseConfig('cost:\n  allowances: 0.5\n  billing_day: 15\n', 't.yml').cost).toMatchObject({
			allowances: 0.5,
			billing_day: 15,
		});
		const perLine = parseConfig(
			'cost:\n  allowances: { default: none, sqlite_rows_written: 0.25 }\n',
			't.yml',
		);
		expect(perLine.cost.allowances).toEqual({ default: 'none', sqlite_rows_written: 0.25 });
	});

	it.each([
		['cost:\n  billing_day: 29\n', /cost\.billing_day/],
		['cost:\n  allowances: 1.5\n', /cost\.allowances/],
		['cost:\n  allowances: some\n', /cost\.allowances/],
		['cost:\n  allowances: { sqlite_rows: all }\n', /cost\.allowances/],
	])('refuses %j with a message naming the key', (yaml, message) => {
		expect(() => parseConfig(yaml, 't.yml')).toThrow(message);
	});
});

describe('allowances are account-wide: pathwatch counts its configured share', () => {
	const mtd = (allowances: AllowanceConfig) =>
		analyzeCost(usage, DEFAULT_PRICES, NOW, { allowances }).monthToDate.cost;

	it('all: only what exceeds the whole included amount is billed', () => {
		// DO (41M − 1M) × 0.15 = 6.00; Workers (41M − 10M) × 0.30 = 9.30; rows written under 50M.
		expect(mtd('all')).toBeCloseTo(15.3, 4);
	});

	it('none: every unit is billed at list price', () => {
		// DO 41 × 0.15 = 6.15; Workers 41 × 0.30 = 12.30; rows written 41 × 1 = 41.00;
		// rows read 82M × 0.001/M = 0.082; duration 21 rows × 460.8 GB-s = 9,676.8 × 12.5/1e6 =
		// 0.12096; storage 0.05 GB × 20.5/30 months × 0.20 = 0.006833.
		expect(mtd('none')).toBeCloseTo(6.15 + 12.3 + 41 + 0.082 + 0.12096 + 0.0068333, 4);
	});

	it('a fraction scales every included amount', () => {
		// DO (41 − 0.5) × 0.15 = 6.075; Workers (41 − 5) × 0.30 = 10.80; rows written (41 − 25) × 1 = 16.
		expect(mtd(0.5)).toBeCloseTo(6.075 + 10.8 + 16, 4);
	});

	it('per line, with a default for the others', () => {
		// As `all`, except rows written: none of its 50M counts, 41 × $1.
		expect(mtd({ default: 'all', sqlite_rows_written: 'none' })).toBeCloseTo(15.3 + 41, 4);
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW, { allowances: { sqlite_rows_written: 0.25 } });
		expect(r.breakdown.find((b) => b.component === 'sqlite_rows_written')?.included).toBe(12.5e6);
		expect(r.breakdown.find((b) => b.component === 'do_requests')?.included).toBe(1e6);
	});
});

describe('billing period starting on the account’s day', () => {
	it('month to date and forecast run from the 15th to the 14th', () => {
		const r = analyzeCost(usage, DEFAULT_PRICES, NOW, { billingDay: 15 });
		expect(r.period).toEqual({ start: '2026-11-15', end: '2026-12-15' });
		expect(r.month).toBe('2026-11');
		expect(r.daysInMonth).toBe(30);
		expect(r.daysElapsed).toBeCloseTo(6.5, 3);
		// 15th–20th at 2M plus half of today: 13M. DO (13 − 1) × 0.15 = 1.80; Workers (13 − 10) × 0.30 = 0.90.
		expect(r.monthToDate.cost).toBeCloseTo(2.7, 4);
		// Flat 2M a day to 14 December: 60M. DO 59 × 0.15 + Workers 50 × 0.30 + rows (60 − 50) × 1.
		expect(r.projected.cost).toBeCloseTo(8.85 + 15 + 10, 4);
	});

	it('periods cross month and year ends; a quarter is the three periods starting in it', () => {
		expect(billingPeriod(new Date('2026-12-03T00:00:00Z'), 15)).toMatchObject({
			start: '2026-11-15',
			end: '2026-12-15',
			days: 30,
		});
		const january = billingPeriod(new Date('2027-01-03T00:00:00Z'), 15);
		expect(january).toMatchObject({ start: '2026-12-15', end: '2027-01-15', label: '2026-12' });
		const q = quarterPeriods(january, 15);
		expect(q.label).toBe('2026-Q4');
		expect(q.periods.map((p) => p.start)).toEqual(['2026-10-15', '2026-11-15', '2026-12-15']);
		expect(billingPeriod(new Date('2026-03-31T23:00:00Z'))).toMatchObject({ start: '2026-03-01', days: 31 });
	});
});

describe('budgets follow the billing period', () => {
	it('on 3 December with periods starting on the 15th, the budget is for the period of 15 November', () => {
		const now = Date.parse('2026-12-03T12:00:00Z');
		const config = parseConfig('cost:\n  billing_day: 15\nrules: []\nslos: []\n', 't.yml');
		const rows = makeUsage(now, 30, () => 2_000_000);
		const cost = analyzeCost(rows, DEFAULT_PRICES, new Date(now), costOptionsFor(config.cost));
		expect(cost.period.start).toBe('2026-11-15');
		const data = {
			snapshot: makeSnapshot({ now }),
			timeseries: makeTimeseries(now, () => ({})),
			usage: rows,
			cost,
		};
		const budget = evaluate({ config, now, data, scrapeError: null, previous: new Map() }).find(
			(e) => e.kind === 'budget',
		);
		expect(budget?.labels.period).toBe('2026-11');
		// A failed scrape names the same period, so the same issue is found.
		const blind = evaluate({ config, now, data: null, scrapeError: 'down', previous: new Map() }).find(
			(e) => e.kind === 'budget',
		);
		expect(blind?.fingerprint).toBe(budget?.fingerprint);
		// The issue may reopen within the period: 18.5 days since 15 November 00:00.
		expect(budget?.reopenWindowMs).toBe(18.5 * 86_400_000 + 1);
	});
});
