import { describe, expect, it } from 'vitest';
import type { AlertEval } from '../../action/src/core/alerts/alert.ts';
import { evaluate } from '../../action/src/core/alerts/evaluate.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { analyzeCost, DEFAULT_PRICES } from '../../action/src/core/cost/cost.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage, makeUsageDay } from './fixtures.ts';

const T0 = Date.parse('2026-11-22T12:00:00Z');

function run(yaml: string, errorsPct: (minutesAgo: number) => number, now = T0): AlertEval[] {
	const config = parseConfig(yaml, 'test.yml');
	const usage = makeUsage(now, 20, () => 1000);
	const data = {
		snapshot: makeSnapshot({ now }),
		timeseries: makeTimeseries(now, (t) => ({
			requests: 1000,
			errors: (errorsPct((now - t) / MINUTE) * 1000) / 100,
		})),
		usage,
		cost: analyzeCost(usage, DEFAULT_PRICES, new Date(now)),
	};
	return evaluate({ config, now, data, scrapeError: null, previous: new Map() });
}

const SLO_ONLY = 'rules: []\nbudgets: []\n';

describe('multiwindow burn-rate SLO alerts (99.9%: budget 0.1%)', () => {
	const cases: { name: string; errorsPct: (ago: number) => number; severity: string | null }[] = [
		{ name: 'no errors', errorsPct: () => 0, severity: null },
		{
			name: '2% for the last hour: 20× over 1h and 5m → critical',
			errorsPct: (ago) => (ago <= 61 ? 2 : 0),
			severity: 'critical',
		},
		{
			name: '5% for the last 10 minutes: 50× over 5m but 8.3× over 1h → not critical; 6h at 1.4× → quiet',
			errorsPct: (ago) => (ago <= 11 ? 5 : 0),
			severity: null,
		},
		{
			name: '0.8% for 7 hours: 8× over 6h and 30m → warning',
			errorsPct: (ago) => (ago <= 421 ? 0.8 : 0),
			severity: 'warning',
		},
		{
			name: 'a 2% hour that stopped 10 minutes ago: 1h still high but 5m clear → critical has reset',
			errorsPct: (ago) => (ago > 11 && ago <= 71 ? 2 : 0),
			severity: null,
		},
	];
	for (const c of cases) {
		it(c.name, () => {
			const slo = run(SLO_ONLY, c.errorsPct).find((e) => e.alertname === 'SLOBurnRate');
			expect(slo?.severity ?? null).toBe(c.severity);
			expect(slo?.status).toBe(c.severity ? 'firing' : 'inactive');
		});
	}

	it('a stricter objective fires on the same errors', () => {
		const yaml = `${'rules: []\nbudgets: []\n'}slos:\n  - name: strict\n    objective: 99.99\n`;
		const slo = run(yaml, (ago) => (ago <= 61 ? 0.2 : 0)).find((e) => e.alertname === 'SLOBurnRate');
		expect(slo?.severity).toBe('critical');
		expect(slo?.labels.slo).toBe('strict');
	});
});

describe('budget forecast through the month', () => {
	/** $50 budget; DO requests at a steady rate costing about `dailyUsd` a day. */
	function budgetAt(day: number, dailyRequests: number, yaml = 'rules: []\nslos: []\n') {
		const now = Date.UTC(2026, 10, day, 12); // November: 30 days
		const usage = makeUsage(now, day, (date) => dailyRequests * (date.startsWith('2026-11') ? 1 : 0));
		const config = parseConfig(yaml, 'test.yml');
		const cost = analyzeCost(usage, DEFAULT_PRICES, new Date(now));
		const data = {
			snapshot: makeSnapshot({ now, today: usage.at(-1) ?? makeUsageDay('2026-11-01', 0) }),
			timeseries: makeTimeseries(now, () => ({})),
			usage,
			cost,
		};
		const budget = evaluate({ config, now, data, scrapeError: null, previous: new Map() }).find(
			(e) => e.kind === 'budget',
		);
		return { cost, budget };
	}
	// 12M DO requests a day ≈ $1.80/day of DO requests, Workers requests $3.60/day after allowances,
	// rows written $12/day: about $17/day, so ~$520 a month, far over $50.
	const heavy = 12_000_000;
	// 500k a day: under every included amount until late in the month: about $1.6 a month.
	const light = 500_000;
	const cases: { day: number; perDay: number; severity: string | null; minConfidence: number }[] = [
		// Day 1 and 4: the forecast is far over budget but not yet trustworthy, the actual is under $30.
		{ day: 1, perDay: heavy, severity: null, minConfidence: 0 },
		{ day: 4, perDay: heavy, severity: null, minConfidence: 0 },
		// Day 5: the actual passes 60% ($33.85 of $50); four days cannot rule out a trend, so the
		// forecast band is too wide to alert on yet (confidence 0).
		{ day: 5, perDay: heavy, severity: 'warning', minConfidence: 0 },
		{ day: 10, perDay: heavy, severity: 'critical', minConfidence: 0.7 },
		{ day: 28, perDay: heavy, severity: 'critical', minConfidence: 0.95 },
		{ day: 5, perDay: light, severity: null, minConfidence: 0 },
		{ day: 10, perDay: light, severity: null, minConfidence: 0.75 },
		{ day: 25, perDay: light, severity: null, minConfidence: 0.9 },
	];
	for (const c of cases) {
		it(`day ${c.day} at ${c.perDay.toLocaleString('en-US')} requests/day → ${c.severity ?? 'quiet'}`, () => {
			const { cost, budget } = budgetAt(c.day, c.perDay);
			expect(budget?.severity ?? null).toBe(c.severity);
			expect(cost.projected.confidence).toBeGreaterThanOrEqual(c.minConfidence);
			expect(cost.projected.cost).toBeGreaterThanOrEqual(cost.monthToDate.cost);
			expect(cost.projected.low).toBeLessThanOrEqual(cost.projected.cost);
			expect(cost.projected.high).toBeGreaterThanOrEqual(cost.projected.cost);
		});
	}

	it('day 1: the forecast is over budget but its confidence is too low to alert on, and the issue would say so', () => {
		const { cost, budget } = budgetAt(1, heavy);
		expect(cost.projected.cost).toBeGreaterThan(50);
		expect(cost.projected.confidence).toBeLessThan(0.5);
		expect(budget?.details.join(' ')).toContain('below the 50% needed');
	});

	it('the actual basis alerts on its own once month-to-date spend passes 60% of the budget', () => {
		const yaml =
			'rules: []\nslos: []\nbudgets:\n  - name: monthly\n    amount: 50\n    thresholds:\n      - { basis: actual, percent: 60, severity: warning }\n';
		expect(budgetAt(4, heavy, yaml).budget?.severity ?? null).toBeNull(); // ~$18 so far
		const day6 = budgetAt(6, heavy, yaml);
		expect(day6.cost.monthToDate.cost).toBeGreaterThan(30);
		expect(day6.budget?.severity).toBe('warning');
	});

	it('a forecast over budget with low confidence does not alert; the same forecast later in the month does', () => {
		// ~$2/day of billable usage: the actual stays under $30 for two weeks, the forecast is ~$60.
		const perDay = 3_000_000;
		const early = budgetAt(2, perDay);
		const later = budgetAt(12, perDay);
		expect(early.cost.projected.cost).toBeGreaterThan(50);
		expect(early.budget?.severity ?? null).toBeNull();
		expect(later.cost.projected.cost).toBeGreaterThan(50);
		expect(later.budget?.severity).toBe('critical');
		expect(later.cost.monthToDate.cost).toBeLessThan(30);
	});

	it('budgets are per month: the period is a label, so each month has its own fingerprint', () => {
		const a = budgetAt(15, heavy).budget;
		const now = Date.UTC(2026, 11, 15, 12);
		const usage = makeUsage(now, 15, () => heavy);
		const cost = analyzeCost(usage, DEFAULT_PRICES, new Date(now));
		const data = {
			snapshot: makeSnapshot({ now }),
			timeseries: makeTimeseries(now, () => ({})),
			usage,
			cost,
		};
		const b = evaluate({
			config: parseConfig('rules: []\nslos: []\n', 't'),
			now,
			data,
			scrapeError: null,
			previous: new Map(),
		}).find((e) => e.kind === 'budget');
		expect(a?.labels.period).toBe('2026-11');
		expect(b?.labels.period).toBe('2026-12');
		expect(a?.fingerprint).not.toBe(b?.fingerprint);
	});
});

describe('silences and maintenance windows', () => {
	const firingErrors = (ago: number) => (ago <= 61 ? 2 : 0);
	const base = `budgets: []\nslos: []\nrules:\n  - alert: Errors\n    metric: error_rate\n    warning: { threshold: 0.005 }\n    critical: { threshold: 0.01 }\n`;
	const cases: { name: string; yaml: string; suppressed: boolean }[] = [
		{ name: 'no silence', yaml: '', suppressed: false },
		{
			name: 'an active silence matching the alert name',
			yaml: 'silences:\n  - matchers: [alertname=Errors]\n    starts_at: 2026-11-22T00:00:00Z\n    ends_at: 2026-11-23T00:00:00Z\n',
			suppressed: true,
		},
		{
			name: 'a silence that has ended',
			yaml: 'silences:\n  - matchers: [alertname=Errors]\n    starts_at: 2026-11-21T00:00:00Z\n    ends_at: 2026-11-22T00:00:00Z\n',
			suppressed: false,
		},
		{
			name: 'a regex silence on severity',
			yaml: 'silences:\n  - matchers: [\'alertname=~"Err.*"\', severity=critical]\n    starts_at: 2026-11-22T00:00:00Z\n    ends_at: 2026-11-23T00:00:00Z\n',
			suppressed: true,
		},
		{
			name: 'maintenance (warnings only, the seed) does not hold back a critical alert',
			yaml: 'maintenance:\n  - name: deploy\n    starts_at: 2026-11-22T11:00:00Z\n    ends_at: 2026-11-22T13:00:00Z\n',
			suppressed: false,
		},
		{
			name: 'maintenance including critical',
			yaml: 'maintenance:\n  - name: deploy\n    severities: [warning, critical]\n    starts_at: 2026-11-22T11:00:00Z\n    ends_at: 2026-11-22T13:00:00Z\n',
			suppressed: true,
		},
		{
			name: 'a weekly window crossing midnight (Saturday 23:00 + 14h covers Sunday noon)',
			yaml: 'maintenance:\n  - name: weekend\n    severities: [critical]\n    weekly: { days: [sat], start: "23:00", duration: 14h }\n',
			suppressed: true,
		},
		{
			name: 'a weekly window on another day',
			yaml: 'maintenance:\n  - name: midweek\n    severities: [critical]\n    weekly: { days: [wed], start: "00:00", duration: 23h }\n',
			suppressed: false,
		},
	];
	for (const c of cases) {
		it(`${c.name} → ${c.suppressed ? 'suppressed' : 'not suppressed'}, still evaluated`, () => {
			const e = run(`${base}${c.yaml}`, firingErrors).find((x) => x.alertname === 'Errors');
			expect(e?.status).toBe('firing');
			expect(e?.severity).toBe('critical');
			expect(e?.suppressedBy !== null).toBe(c.suppressed);
		});
	}
});
