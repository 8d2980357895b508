/**
 * Cost signals for the default rules: day-over-day and week-over-week growth of the daily
 * cost, and the forecast to the end of the quarter. Pure.
 */
import type { UsageDay } from '../../../../worker/src/contract/index.ts';
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { round } from '../stats.ts';
import { billingPeriod, quarterPeriods } from './billing.ts';
import { forecastUntil, sumBetween } from './cost-forecast.ts';
import type { CostGrowth, DailyCost, QuarterForecast } from './cost-types.ts';
import { METERED_COMPONENTS, type PriceTable, priceQuantity } from './prices.ts';
import { buildCalendar, isoDate, type Quantities } from './usage-days.ts';

/** Growth of the list-price daily cost (net cost jumps when an allowance runs out; usage does not). */
export function costGrowth(daily: readonly DailyCost[]): CostGrowth {
	const costs = daily.filter((d) => d.complete).map((d) => d.grossCost);
	return { dayOverDay: ratio(costs, 1), weekOverWeek: ratio(costs, 7) };
}

function ratio(costs: readonly number[], span: number): number | null {
	if (costs.length < 2 * span) return null;
	const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
	const latest = sum(costs.slice(-span));
	const before = sum(costs.slice(-2 * span, -span));
	return before > 0 ? round(latest / before - 1, 6) : null;
}

/** Days of usage the quarter needs at most: 92 days of a quarter. */
export const QUARTER_DAYS = 92;

/**
 * Forecast of the quarter's usage cost at `now`: its three billing periods (those starting in
 * the calendar quarter of the current period's start), each priced net of its own included
 * amounts, from measured days plus the same forecast as the period's, extended.
 */
export function forecastQuarter(
	usage: readonly UsageDay[],
	prices: PriceTable,
	now: Date,
	billingDay = 1,
): QuarterForecast {
	const current = billingPeriod(now, billingDay);
	const { label, periods } = quarterPeriods(current, billingDay);
	const end = periods.at(-1)?.end ?? current.end;
	const calendar = buildCalendar(usage, now, QUARTER_DAYS, current.days);
	const forecast = forecastUntil(calendar, end);
	const todayMs = Date.parse(`${calendar.at(-1)?.date ?? current.start}T00:00:00Z`);
	let cost = 0;
	for (const p of periods) {
		const quantities = sumBetween(calendar, p.start, p.end);
		for (const key of METERED_COMPONENTS) {
			for (const [i, q] of forecast.components[key].perDay.entries()) {
				const date = isoDate(todayMs + i * DAY_MS);
				if (date >= p.start && date < p.end) quantities[key] += q;
			}
		}
		cost += priceMonth(prices, quantities);
	}
	return { quarter: label, end, cost: round(cost, 4), measuredFrom: calendar[0]?.date ?? null };
}
function priceMonth(prices: PriceTable, quantities: Quantities): number {
	let total = 0;
	for (const key of METERED_COMPONENTS) total += priceQuantity(prices.items[key], quantities[key]);
	return total;
}
