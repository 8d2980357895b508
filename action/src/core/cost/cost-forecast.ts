/**
 * Month-end forecast per component: a least-squares line over the last complete days,
 * extended over what is left of the month, with a ±1.96σ band from the fit's residuals.
 */

import { linearFit } from '../stats.ts';
import { METERED_COMPONENTS, type MeteredComponent } from './prices.ts';
import { type CalendarDay, type Quantities, zeroQuantities } from './usage-days.ts';

export type ComponentForecast = {
	/** Expected quantity over the rest of the month (including the rest of today). */
	remaining: number;
	/** Half-width of the 95% band on `remaining`. */
	band: number;
	/** Expected quantity per remaining day, in order (today's remainder first). */
	perDay: number[];
};

export type Forecast = {
	/** Complete days the trend was fitted on. */
	basisDays: number;
	/** Days left in the month, counting the rest of today as a fraction. */
	remainingDays: number;
	components: Record<MeteredComponent, ComponentForecast>;
};

/** Fits each component over up to `window` complete days before today and extends it. */
export function forecastMonth(calendar: readonly CalendarDay[], monthDays: number, window = 14): Forecast {
	const today = calendar.at(-1);
	const dayOfMonth = today ? Number(today.date.slice(8, 10)) : 1;
	const todayFraction = today?.fraction ?? 0;
	const history = calendar.filter((d) => d.complete).slice(-window);
	const fullDaysLeft = monthDays - dayOfMonth;
	const remainingDays = 1 - todayFraction + fullDaysLeft;
	const offset = calendar.length - 1; // x of today, counting calendar days
	const xs = history.map((d) => calendar.indexOf(d));
	const components = {} as Record<MeteredComponent, ComponentForecast>;
	for (const key of METERED_COMPONENTS) {
		const rate = dailyRate(history, xs, key, today, offset);
		const perDay = [rate(offset) * (1 - todayFraction)];
		for (let i = 1; i <= fullDaysLeft; i++) perDay.push(rate(offset + i));
		const residual =
			history.length > 2
				? linearFit(
						xs,
						history.map((d) => d.quantities[key]),
					).residualStd
				: 0;
		components[key] = {
			remaining: perDay.reduce((a, b) => a + b, 0),
			band: 1.96 * residual * Math.sqrt(remainingDays),
			perDay,
		};
	}
	return { basisDays: history.length, remainingDays, components };
}

/** Daily quantity as a function of the calendar index: trend line, flat line, or today's pace. */
function dailyRate(
	history: readonly CalendarDay[],
	xs: readonly number[],
	key: MeteredComponent,
	today: CalendarDay | undefined,
	todayX: number,
): (x: number) => number {
	if (history.length >= 2) {
		const fit = linearFit(
			xs,
			history.map((d) => d.quantities[key]),
		);
		return (x) => Math.max(0, fit.intercept + fit.slope * x);
	}
	if (history.length === 1) {
		const only = history[0]?.quantities[key] ?? 0;
		return () => only;
	}
	// No complete day yet: extrapolate today's pace (storage is already a per-day share).
	const sofar = today?.quantities[key] ?? 0;
	const f = today?.fraction ?? 0;
	const pace = f > 0 ? sofar / f : 0;
	return (x) => (x >= todayX ? pace : 0);
}

/** Sums quantities of the calendar days in the given `YYYY-MM` month. */
export function monthToDate(calendar: readonly CalendarDay[], month: string): Quantities {
	const total = zeroQuantities();
	for (const day of calendar) {
		if (!day.date.startsWith(month)) continue;
		for (const key of METERED_COMPONENTS) total[key] += day.quantities[key];
	}
	return total;
}
