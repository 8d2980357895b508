/** Per-component cost lines and projected totals with a confidence value. */
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { clamp, round } from '../stats.ts';
import type { Forecast } from './cost-forecast.ts';
import { overheadShares, splitOverhead } from './cost-overhead.ts';
import type { ComponentCost, CostReport, DailyCost } from './cost-types.ts';
import { grossPrice, METERED_COMPONENTS, type PriceTable, priceQuantity } from './prices.ts';
import type { CalendarDay, Quantities } from './usage-days.ts';

export type BreakdownInput = {
	prices: PriceTable;
	mtd: Quantities;
	projected: Quantities;
	forecast: Forecast;
	calendar: readonly CalendarDay[];
	/** The billing period's first day, `YYYY-MM-DD`. */
	periodStart: string;
};

/** One line per metered component, DO requests split into traffic and pathwatch's own overhead. */
export function buildBreakdown(input: BreakdownInput): ComponentCost[] {
	const { prices, mtd, projected, forecast, calendar, periodStart } = input;
	const rows: ComponentCost[] = METERED_COMPONENTS.map((key) => {
		const item = prices.items[key];
		return {
			component: key,
			label: item.label,
			unit: item.unit,
			included: item.included,
			monthToDate: round(mtd[key], 6),
			projected: round(projected[key], 6),
			mtdCost: round(priceQuantity(item, mtd[key]), 4),
			projectedCost: round(priceQuantity(item, projected[key]), 4),
			grossProjectedCost: round(grossPrice(item, projected[key]), 4),
			percent: 0,
			grossPercent: 0,
			exceedsIncludedOn: crossingDate(mtd[key], item.included, forecast.components[key].perDay, calendar),
		};
	});
	const out = splitOverhead(rows, prices.items.do_requests, overheadShares(calendar, periodStart));
	const net = out.reduce((a, r) => a + r.projectedCost, 0);
	const gross = out.reduce((a, r) => a + r.grossProjectedCost, 0);
	for (const r of out) {
		r.percent = net > 0 ? round((r.projectedCost / net) * 100, 2) : 0;
		r.grossPercent = gross > 0 ? round((r.grossProjectedCost / gross) * 100, 2) : 0;
	}
	return out;
}

/** The day cumulative use crosses `included`, if it is still below it now. */
function crossingDate(
	sofar: number,
	included: number,
	perDay: readonly number[],
	calendar: readonly CalendarDay[],
): string | null {
	const today = calendar.at(-1);
	if (!today || sofar >= included) return null;
	let total = sofar;
	const start = Date.parse(`${today.date}T00:00:00Z`);
	for (const [i, q] of perDay.entries()) {
		total += q;
		if (total >= included) return new Date(start + i * DAY_MS).toISOString().slice(0, 10);
	}
	return null;
}

export function projectTotals(
	prices: PriceTable,
	mtd: Quantities,
	projected: Quantities,
	forecast: Forecast,
): CostReport['projected'] {
	let cost = 0;
	let low = 0;
	let high = 0;
	for (const key of METERED_COMPONENTS) {
		const item = prices.items[key];
		const f = forecast.components[key];
		cost += priceQuantity(item, projected[key]);
		// Every line follows the same traffic, so their quantiles move together (comonotonic):
		// the bill's 2.5% and 97.5% quantiles are the bills at each line's quantiles.
		low += priceQuantity(item, mtd[key] + f.low);
		high += priceQuantity(item, mtd[key] + f.high);
	}
	return {
		cost: round(cost, 4),
		low: round(low, 4),
		high: round(high, 4),
		confidence: round(confidenceOf(cost, low, high), 3),
		basisDays: forecast.basisDays,
	};
}

/**
 * 1 − the band's half-width relative to the projection: 0.9 reads "the bill lands within
 * ±10% of the projection, 95 times in 100". A cent is the least amount worth telling from zero.
 */
export function confidenceOf(cost: number, low: number, high: number): number {
	return clamp(1 - (high - low) / 2 / Math.max(cost, 0.01), 0, 1);
}

export function toDaily(day: CalendarDay, prices: PriceTable): DailyCost {
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
