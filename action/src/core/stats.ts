/** Small statistics over plain number arrays (no NaN in, none out). */

export function mean(values: readonly number[]): number {
	if (values.length === 0) return 0;
	let sum = 0;
	for (const v of values) sum += v;
	return sum / values.length;
}

/** Sample standard deviation (n − 1); 0 for fewer than two values. */
export function stdDev(values: readonly number[]): number {
	if (values.length < 2) return 0;
	const m = mean(values);
	let sq = 0;
	for (const v of values) sq += (v - m) ** 2;
	return Math.sqrt(sq / (values.length - 1));
}

export type LinearFit = { intercept: number; slope: number; residualStd: number };

/**
 * Least-squares line through (x, y). With one point the line is flat; residualStd is the
 * sample deviation of the residuals (n − 2 degrees of freedom), 0 when undetermined.
 */
export function linearFit(xs: readonly number[], ys: readonly number[]): LinearFit {
	const n = Math.min(xs.length, ys.length);
	if (n === 0) return { intercept: 0, slope: 0, residualStd: 0 };
	const mx = mean(xs.slice(0, n));
	const my = mean(ys.slice(0, n));
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < n; i++) {
		const dx = (xs[i] ?? 0) - mx;
		sxy += dx * ((ys[i] ?? 0) - my);
		sxx += dx * dx;
	}
	const slope = sxx > 0 ? sxy / sxx : 0;
	const intercept = my - slope * mx;
	let sse = 0;
	for (let i = 0; i < n; i++) sse += ((ys[i] ?? 0) - (intercept + slope * (xs[i] ?? 0))) ** 2;
	return { intercept, slope, residualStd: n > 2 ? Math.sqrt(sse / (n - 2)) : 0 };
}

export function clamp(value: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, value));
}

/** Rounds to a number of significant decimals for display and stable snapshots. */
export function round(value: number, decimals = 4): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}
