/**
 * The cost model: month-to-date actual and projected month end from the collector's own
 * daily usage rows, priced with a dated table. Pure; shared by the monitor (budgets and
 * alerts) and the dashboard.
 */
import type { UsageDay } from '../../../../worker/src/contract/index.ts';
import { clamp, mean, round, stdDev } from '../stats.ts';
import { type CostRecommendation, recommend } from './cost-advice.ts';
import { type Forecast, forecastMonth, monthToDate } from './cost-forecast.ts';
import {
	DEFAULT_PRICES,
	grossPrice,
	METERED_COMPONENTS,
	type MeteredComponent,
	NOT_MEASURED,
	type PriceTable,
	priceQuantity,
} from './prices.ts';
import {
	buildCalendar,
	type CalendarDay,
	daysInMonthOf,
	type Quantities,
	zeroQuantities,
} from './usage-days.ts';

export { type CostRecommendation, DEFAULT_PRICES, type MeteredComponent, type PriceTable };

export type CostTrend = 'increasing' | 'stable' | 'decreasing';

export type ComponentCost = {
	component: MeteredComponent;
	label: string;
	unit: string;
	/** Quantity used this month so far. */
	monthToDate: number;
	/** Quantity expected by month end. */
	projected: number;
	/** Net of the included amount. */
	mtdCost: number;
	projectedCost: number;
	/** At list price ignoring the included amount: shows where usage goes while it is still free. */
	grossProjectedCost: number;
	/** Share of the projected net cost, 0–100 (0 when nothing is billed). */
	percent: number;
	/** Share of the projected list-price cost, 0–100. */
	grossPercent: number;
	/** When the projected cumulative use passes the included amount this month. */
	exceedsIncludedOn: string | null;
};

export type DailyCost = {
	date: string;
	complete: boolean;
	/** List-price cost of that day's usage (comparable across days). */
	grossCost: number;
	doRequests: number;
	rowsWritten: number;
};

export type CostAnomaly = {
	date: string;
	series: 'cost' | 'doRequests' | 'rowsWritten';
	value: number;
	mean: number;
	std: number;
	z: number;
	direction: 'spike' | 'drop';
};

export type CostReport = {
	generatedAt: string;
	/** `YYYY-MM` (UTC). */
	month: string;
	daysInMonth: number;
	/** Days of the month elapsed, fractional. */
	daysElapsed: number;
	currency: 'USD';
	prices: { asOf: string; plan: string; sources: string[] };
	/** Usage cost billed so far this month, net of included amounts (subscription excluded). */
	monthToDate: { cost: number };
	projected: {
		cost: number;
		low: number;
		high: number;
		/** 0–1: how much the projection can be trusted (history length, fit, month elapsed). */
		confidence: number;
		/** Complete days the trend was fitted on. */
		basisDays: number;
	};
	/** The plan fee, account-level: shown, not included in the totals above. */
	subscription: number;
	trend: CostTrend;
	/** Relative change behind `trend` (recent 3 days vs the 4 before), null without enough days. */
	trendChange: number | null;
	/** Projected usage cost ÷ projected DO requests this month; null without requests. */
	costPerRequest: number | null;
	breakdown: ComponentCost[];
	daily: DailyCost[];
	anomalies: CostAnomaly[];
	recommendations: CostRecommendation[];
	notMeasured: string[];
};

export type CostOptions = {
	/** |z| at or above which a day is an anomaly. */
	anomalyZ?: number;
	/** Days of baseline for the z-score. */
	baselineDays?: number;
};

/**
 * Analyses usage rows (as returned by `GET /api/admin/usage`, today's row partial) at `now`.
 * Rows after `now` are ignored; missing days count zero requests and keep the last storage.
 */
export function analyzeCost(
	usage: readonly UsageDay[],
	prices: PriceTable,
	now: Date,
	options: CostOptions = {},
): CostReport {
	const calendar = buildCalendar(usage, now);
	const monthDays = daysInMonthOf(now);
	const month = now.toISOString().slice(0, 7);
	const forecast = forecastMonth(calendar, monthDays);
	const mtd = monthToDate(calendar, month);
	const projected = zeroQuantities();
	for (const key of METERED_COMPONENTS) projected[key] = mtd[key] + forecast.components[key].remaining;
	const breakdown = buildBreakdown(prices, mtd, projected, forecast, calendar, month);
	const measuredDays = calendar.filter((d) => d.date.startsWith(month)).reduce((a, d) => a + d.fraction, 0);
	const totals = projectTotals(prices, mtd, projected, forecast, measuredDays);
	const daily = calendar.map((d) => toDaily(d, prices));
	const trend = costTrend(daily.filter((d) => d.complete).map((d) => d.grossCost));
	const usageCost = breakdown.reduce((a, b) => a + b.projectedCost, 0);
	const exceedsIncludedOn = Object.fromEntries(breakdown.map((b) => [b.component, b.exceedsIncludedOn]));
	return {
		generatedAt: now.toISOString(),
		month,
		daysInMonth: monthDays,
		daysElapsed: round(monthDays - forecast.remainingDays, 3),
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
		projected: totals,
		subscription: prices.subscription,
		trend: trend.trend,
		trendChange: trend.change === null ? null : round(trend.change, 4),
		costPerRequest: projected.do_requests > 0 ? usageCost / projected.do_requests : null,
		breakdown,
		daily,
		anomalies: findAnomalies(daily, options.anomalyZ ?? 3, options.baselineDays ?? 14),
		recommendations: recommend({ calendar, month, projected, exceedsIncludedOn, prices }),
		notMeasured: NOT_MEASURED,
	};
}

function buildBreakdown(
	prices: PriceTable,
	mtd: Quantities,
	projected: Quantities,
	forecast: Forecast,
	calendar: readonly CalendarDay[],
	month: string,
): ComponentCost[] {
	const rows = METERED_COMPONENTS.map((key) => {
		const item = prices.items[key];
		return {
			component: key,
			label: item.label,
			unit: item.unit,
			monthToDate: round(mtd[key], 6),
			projected: round(projected[key], 6),
			mtdCost: round(priceQuantity(item, mtd[key]), 4),
			projectedCost: round(priceQuantity(item, projected[key]), 4),
			grossProjectedCost: round(grossPrice(item, projected[key]), 4),
			percent: 0,
			grossPercent: 0,
			exceedsIncludedOn: crossingDate(
				mtd[key],
				item.included,
				forecast.components[key].perDay,
				calendar,
				month,
			),
		};
	});
	const net = rows.reduce((a, r) => a + r.projectedCost, 0);
	const gross = rows.reduce((a, r) => a + r.grossProjectedCost, 0);
	for (const r of rows) {
		r.percent = net > 0 ? round((r.projectedCost / net) * 100, 2) : 0;
		r.grossPercent = gross > 0 ? round((r.grossProjectedCost / gross) * 100, 2) : 0;
	}
	return rows;
}

/** The day cumulative use crosses `included`, if it is still below now and crosses this month. */
function crossingDate(
	sofar: number,
	included: number,
	perDay: readonly number[],
	calendar: readonly CalendarDay[],
	month: string,
): string | null {
	const today = calendar.at(-1);
	if (!today || sofar >= included || !today.date.startsWith(month)) return null;
	let total = sofar;
	const start = Date.parse(`${today.date}T00:00:00Z`);
	for (const [i, q] of perDay.entries()) {
		total += q;
		if (total >= included) return new Date(start + i * 86_400_000).toISOString().slice(0, 10);
	}
	return null;
}

function projectTotals(
	prices: PriceTable,
	mtd: Quantities,
	projected: Quantities,
	forecast: Forecast,
	measuredDays: number,
): CostReport['projected'] {
	let cost = 0;
	let low = 0;
	let high = 0;
	let grossMid = 0;
	let grossSpread = 0;
	for (const key of METERED_COMPONENTS) {
		const item = prices.items[key];
		const f = forecast.components[key];
		cost += priceQuantity(item, projected[key]);
		low += priceQuantity(item, mtd[key] + Math.max(0, f.remaining - f.band));
		high += priceQuantity(item, projected[key] + f.band);
		grossMid += grossPrice(item, projected[key]);
		grossSpread += grossPrice(item, f.band);
	}
	// Precision of the fit relative to the projection, discounted for short history, then
	// blended towards certainty as more of the month is measured (what is spent is known).
	const coverage = Math.min(1, forecast.basisDays / 7);
	const precision = grossMid > 0 ? clamp(1 - grossSpread / grossMid, 0, 1) : 1;
	const remainingShare = clamp(forecast.remainingDays / (forecast.remainingDays + measuredDays), 0, 1);
	const confidence = 1 - (1 - coverage * precision) * remainingShare;
	return {
		cost: round(cost, 4),
		low: round(low, 4),
		high: round(high, 4),
		confidence: round(confidence, 3),
		basisDays: forecast.basisDays,
	};
}

function toDaily(day: CalendarDay, prices: PriceTable): DailyCost {
	let gross = 0;
	for (const key of METERED_COMPONENTS) gross += grossPrice(prices.items[key], day.quantities[key]);
	return {
		date: day.date,
		complete: day.complete,
		grossCost: round(gross, 6),
		doRequests: day.usage?.doRequests ?? 0,
		rowsWritten: day.usage?.rowsWritten ?? 0,
	};
}

/** The seed's rule: mean of the last 3 complete days against the 4 before; ±10% is stable. */
export function costTrend(dailyCosts: readonly number[]): { trend: CostTrend; change: number | null } {
	const last7 = dailyCosts.slice(-7);
	if (last7.length < 4) return { trend: 'stable', change: null };
	const recent = mean(last7.slice(-3));
	const older = mean(last7.slice(0, -3));
	if (older === 0) return { trend: recent > 0 ? 'increasing' : 'stable', change: null };
	const change = (recent - older) / older;
	return { trend: change > 0.1 ? 'increasing' : change < -0.1 ? 'decreasing' : 'stable', change };
}

/**
 * Flags the last 7 complete days whose value is `z` standard deviations from the preceding
 * `baselineDays` (at least 7 of them). The deviation is floored at 5% of the mean so a flat
 * baseline does not turn a 1% wobble into an anomaly.
 */
function findAnomalies(daily: readonly DailyCost[], z: number, baselineDays: number): CostAnomaly[] {
	const complete = daily.filter((d) => d.complete);
	const out: CostAnomaly[] = [];
	const series = [
		['cost', (d: DailyCost) => d.grossCost],
		['doRequests', (d: DailyCost) => d.doRequests],
		['rowsWritten', (d: DailyCost) => d.rowsWritten],
	] as const;
	for (let i = Math.max(0, complete.length - 7); i < complete.length; i++) {
		const day = complete[i];
		const base = complete.slice(Math.max(0, i - baselineDays), i);
		if (!day || base.length < 7) continue;
		for (const [name, pick] of series) {
			const values = base.map(pick);
			const m = mean(values);
			const s = Math.max(stdDev(values), Math.abs(m) * 0.05, 1e-9);
			const score = (pick(day) - m) / s;
			if (Math.abs(score) < z) continue;
			out.push({
				date: day.date,
				series: name,
				value: round(pick(day), 6),
				mean: round(m, 6),
				std: round(s, 6),
				z: round(score, 2),
				direction: score > 0 ? 'spike' : 'drop',
			});
		}
	}
	return out;
}
