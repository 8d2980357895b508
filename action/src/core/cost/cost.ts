/**
 * Cost (this folder): the dated price table, usage calendar, forecast, breakdown, anomalies and
 * recommendations. This file is the entry: month-to-date actual and projected month end from
 * the collector's own daily usage rows, priced with a dated table. Pure; shared by the monitor
 * (budgets and alerts) and the dashboard.
 */
import type { UsageDay } from '../../../../worker/src/contract/index.ts';
import { round } from '../stats.ts';
import { applyAllowances, billingPeriod } from './billing.ts';
import { recommend } from './cost-advice.ts';
import { costTrend, findAnomalies } from './cost-anomalies.ts';
import { buildBreakdown, projectTotals, toDaily } from './cost-breakdown.ts';
import { forecastUntil, sumBetween } from './cost-forecast.ts';
import { costGrowth, forecastQuarter } from './cost-growth.ts';
import type { CostOptions, CostReport } from './cost-types.ts';
import { DEFAULT_PRICES, METERED_COMPONENTS, NOT_MEASURED, type PriceTable } from './prices.ts';
import { buildCalendar, zeroQuantities } from './usage-days.ts';

export type { AllowanceConfig, AllowanceShare } from './billing.ts';
export type { CostRecommendation } from './cost-advice.ts';
export { costTrend } from './cost-anomalies.ts';
export type {
	ComponentCost,
	CostAnomaly,
	CostLine,
	CostOptions,
	CostReport,
	CostTrend,
	DailyCost,
} from './cost-types.ts';
export type { MeteredComponent, PriceTable } from './prices.ts';
export { DEFAULT_PRICES };

/**
 * Analyses usage rows (as returned by `GET /api/admin/usage`, today's row partial) at `now`,
 * over the billing period holding `now`, counting the configured share of each allowance.
 * Rows after `now` are ignored; missing days count zero requests and keep the last storage.
 */
export function analyzeCost(
	usage: readonly UsageDay[],
	listPrices: PriceTable,
	now: Date,
	options: CostOptions = {},
): CostReport {
	const prices = applyAllowances(listPrices, options.allowances);
	const period = billingPeriod(now, options.billingDay);
	const calendar = buildCalendar(usage, now, 60, period.days);
	const forecast = forecastUntil(calendar, period.end);
	const mtd = sumBetween(calendar, period.start, period.end);
	const projected = zeroQuantities();
	for (const key of METERED_COMPONENTS) projected[key] = mtd[key] + forecast.components[key].remaining;
	const breakdown = buildBreakdown({ prices, mtd, projected, forecast, calendar, periodStart: period.start });
	const daily = calendar.map((d) => toDaily(d, prices));
	const trend = costTrend(daily.filter((d) => d.complete).map((d) => d.grossCost));
	const usageCost = breakdown.reduce((a, b) => a + b.projectedCost, 0);
	const exceedsIncludedOn = Object.fromEntries(breakdown.map((b) => [b.component, b.exceedsIncludedOn]));
	return {
		generatedAt: now.toISOString(),
		month: period.label,
		period: { start: period.start, end: period.end },
		daysInMonth: period.days,
		daysElapsed: round(period.days - forecast.remainingDays, 3),
		currency: 'USD',
		prices: {
			asOf: prices.asOf,
			plan: prices.plan,
			sources: [...new Set(Object.values(prices.items).map((i) => i.source))],
		},
		monthToDate: {
			cost: round(
				breakdown.reduce((a, b) => a + b.mtdCost, 0),
				4,
			),
		},
		projected: projectTotals(prices, mtd, projected, forecast),
		subscription: prices.subscription,
		trend: trend.trend,
		trendChange: trend.change === null ? null : round(trend.change, 4),
		costPerRequest: projected.do_requests > 0 ? usageCost / projected.do_requests : null,
		breakdown,
		daily,
		anomalies: findAnomalies(daily, options.anomalyZ ?? 3, options.baselineDays ?? 14),
		recommendations: recommend({ calendar, period, projected, exceedsIncludedOn, prices }),
		notMeasured: NOT_MEASURED,
		growth: costGrowth(daily),
		quarter: forecastQuarter(usage, prices, now, options.billingDay),
	};
}
