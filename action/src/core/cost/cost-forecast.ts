/**
 * Forecast to the end of a period (the billing period, or a quarter) per component: the model
 * from prediction.ts fitted on the last complete days, extended over what is left, with a 95%
 * prediction interval on the remaining quantity.
 */

import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { type BasisFits, fitBasis, predictAt, predictSum } from './prediction.ts';
import { METERED_COMPONENTS, type MeteredComponent } from './prices.ts';
import { type CalendarDay, type Quantities, zeroQuantities } from './usage-days.ts';

/** Leading days of a new deployment that may be set aside as ramp-up. */
const RAMP_UP_DAYS = 3;

export type ComponentForecast = {
	/** Expected quantity over the rest of the period (including the rest of today). */
	remaining: number;
	/** 95% prediction interval on `remaining`. */
	low: number;
	high: number;
	/** Expected quantity per remaining day, in order (today's remainder first). */
	perDay: number[];
};

export type Forecast = {
	/** Complete days the DO-request trend was fitted on (after any ramp-up set aside). */
	basisDays: number;
	/** Days left in the period, counting the rest of today as a fraction. */
	remainingDays: number;
	components: Record<MeteredComponent, ComponentForecast>;
};

/**
 * Fits each component over up to `window` complete days before today and extends it to
 * `end` (exclusive, `YYYY-MM-DD`).
 */
export function forecastUntil(calendar: readonly CalendarDay[], end: string, window = 14): Forecast {
	const today = calendar.at(-1);
	const todayFraction = today?.fraction ?? 0;
	const history = calendar.filter((d) => d.complete).slice(-window);
	const todayMs = Date.parse(`${today?.date ?? end}T00:00:00Z`);
	const fullDaysLeft = Math.max(0, Math.round((Date.parse(`${end}T00:00:00Z`) - todayMs) / DAY_MS) - 1);
	const todayX = calendar.length - 1;
	const futureXs = Array.from({ length: fullDaysLeft + 1 }, (_, i) => todayX + i);
	const weights = futureXs.map((_, i) => (i === 0 ? 1 - todayFraction : 1));
	const xs = history.map((d) => calendar.indexOf(d));
	const components = {} as Record<MeteredComponent, ComponentForecast>;
	let basisDays = history.length;
	// Ramp-up days can only be a deployment's first ones: the calendar starts with the first row.
	const deployed = history[0] === calendar[0] ? RAMP_UP_DAYS : 0;
	for (const key of METERED_COMPONENTS) {
		const fit = fitBasis(
			xs,
			history.map((d) => d.quantities[key]),
			deployed,
		);
		if (key === 'do_requests' && fit) basisDays = fit.chosen.n;
		components[key] = extend(fit, today, key, futureXs, weights);
	}
	return { basisDays, remainingDays: weights.reduce((a, b) => a + b, 0), components };
}

function extend(
	fits: BasisFits | null,
	today: CalendarDay | undefined,
	key: MeteredComponent,
	xs: readonly number[],
	weights: readonly number[],
): ComponentForecast {
	if (!fits) {
		const pace = todaysPace(today, key);
		const perDay = weights.map((w) => pace * w);
		const remaining = perDay.reduce((a, b) => a + b, 0);
		return { remaining, low: 0, high: 2 * remaining, perDay };
	}
	const perDay = xs.map((x, i) => predictAt(fits.chosen, x) * (weights[i] ?? 0));
	const point = predictSum(fits.chosen, xs, weights);
	const bands = [point, ...fits.trends.map((t) => predictSum(t, xs, weights))];
	return {
		remaining: point.mid,
		low: Math.min(...bands.map((b) => b.low)),
		high: Math.max(...bands.map((b) => b.high)),
		perDay,
	};
}

/** No complete day yet: today's pace so far (storage is already a per-day share). */
function todaysPace(today: CalendarDay | undefined, key: MeteredComponent): number {
	const f = today?.fraction ?? 0;
	return f > 0 ? (today?.quantities[key] ?? 0) / f : 0;
}

/** Sums quantities of the calendar days from `start` (inclusive) to `end` (exclusive). */
export function sumBetween(calendar: readonly CalendarDay[], start: string, end: string): Quantities {
	const total = zeroQuantities();
	for (const day of calendar) {
		if (day.date < start || day.date >= end) continue;
		for (const key of METERED_COMPONENTS) total[key] += day.quantities[key];
	}
	return total;
}
