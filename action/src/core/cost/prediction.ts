/**
 * Prediction intervals for the rest of a billing period from a short daily series. The model
 * is picked from the data: a level or a linear trend, fitted after a new deployment's ramp-up
 * days (set aside, so two ramp-up days are not extrapolated into a month). The interval is the
 * textbook one for a sum of future observations: the residual noise of every remaining day
 * plus the fitted level's and slope's own error, scaled by Student's t for the degrees of
 * freedom left; when the level was chosen, the band still spans the linear trend's interval.
 * A few days of data therefore give a wide band. Back-test: docs/BENCHMARKS.md.
 */

export type TrendModel = 'level' | 'linear';

export type BasisFit = {
	/** Index of the first day the model was fitted on (earlier days belong to another regime). */
	start: number;
	model: TrendModel;
	/** Days fitted. */
	n: number;
	xMean: number;
	/** Σ (x − x̄)² over the fitted days. */
	sxx: number;
	intercept: number;
	slope: number;
	/** Residual standard deviation (posterior, with the weak prior below). */
	sigma: number;
	/** Degrees of freedom of `sigma`: the residual ones plus the prior's. */
	df: number;
};

/** Two-sided 95% quantiles of Student's t for 1–30 degrees of freedom. */
const T975 = [
	12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
	2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 97.5% quantile of Student's t with `df` degrees of freedom (normal beyond 30: within 2%). */
export function tQuantile975(df: number): number {
	if (!(df >= 1)) return Number.POSITIVE_INFINITY;
	return T975[Math.floor(df) - 1] ?? 1.96 + 2.4 / df;
}

type Candidate = { fit: BasisFit; sse: number };

/** Prior day-to-day variation relative to the level, and the days of evidence it is worth. */
const PRIOR_CV = 0.1;
const PRIOR_DF = 1;
/** Days of one regime before its trend is followed rather than only allowed for. */
const FOLLOW_TREND_DAYS = 7;

/** Least-squares fit of `model` to (xs, ys) from index `start` on. */
function fitFrom(xs: readonly number[], ys: readonly number[], start: number, model: TrendModel): Candidate {
	const x = xs.slice(start);
	const y = ys.slice(start);
	const n = y.length;
	const xMean = x.reduce((a, b) => a + b, 0) / n;
	const yMean = y.reduce((a, b) => a + b, 0) / n;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		const dx = (x[i] ?? 0) - xMean;
		sxx += dx * dx;
		sxy += dx * ((y[i] ?? 0) - yMean);
	}
	const slope = model === 'linear' && sxx > 0 ? sxy / sxx : 0;
	const intercept = yMean - slope * xMean;
	let sse = 0;
	for (let i = 0; i < n; i++) sse += ((y[i] ?? 0) - intercept - slope * (x[i] ?? 0)) ** 2;
	// Residual variance with a weak prior (scaled inverse-χ²): PRIOR_CV day-to-day variation,
	// worth PRIOR_DF days. Three identical days then do not read as a certain bill; a week of
	// real data outweighs it.
	const dataDf = n - (model === 'linear' ? 2 : 1);
	const df = dataDf + PRIOR_DF;
	const sigma = Math.sqrt((PRIOR_DF * (PRIOR_CV * yMean) ** 2 + sse) / df);
	return { fit: { start, model, n, xMean, sxx, intercept, slope, sigma, df }, sse };
}

/** The model the forecast follows, and the linear trends its band must also allow for. */
export type BasisFits = { chosen: BasisFit; trends: BasisFit[] };

/**
 * Picks the model by BIC (the simpler one on ties, so exact flat data stays a level). Up to
 * `maxSetAside` leading days may be set aside, each at the cost of one parameter (a value of
 * its own): a deployment's ramp-up days. A trend is followed only over a week or more of days;
 * shorter, a ramp-up and growth look alike and extrapolating either for weeks multiplies the
 * bill. Choosing after looking at the data does not rule the trend out, though: the linear
 * fits over all the days and over the chosen days come along for the band.
 */
export function fitBasis(xs: readonly number[], ys: readonly number[], maxSetAside = 0): BasisFits | null {
	const n = Math.min(xs.length, ys.length);
	if (n === 0) return null;
	if (n === 1) return { chosen: fitFrom(xs, ys, 0, 'level').fit, trends: [] };
	const scale = ys.reduce((a, b) => a + b * b, 0) / n || 1;
	let best: { fit: BasisFit; bic: number } | null = null;
	for (let start = 0; start <= Math.min(maxSetAside, n - 2); start++) {
		for (const model of ['level', 'linear'] as const) {
			if (model === 'linear' && n - start < FOLLOW_TREND_DAYS) continue;
			const c = fitFrom(xs, ys, start, model);
			const sse = Math.max(c.sse, scale * 1e-12 * n);
			const params = start + (model === 'linear' ? 2 : 1) + 1;
			const bic = n * Math.log(sse / n) + params * Math.log(n);
			if (!best || bic < best.bic - 1e-9) best = { fit: c.fit, bic };
		}
	}
	if (!best) return null;
	// A line through the days kept after a set-aside ramp needs three of them: two would
	// re-read the ramp's last step as a slope.
	const starts = [0, ...(best.fit.start > 0 && n - best.fit.start >= 3 ? [best.fit.start] : [])];
	return { chosen: best.fit, trends: starts.map((s) => fitFrom(xs, ys, s, 'linear').fit) };
}

/** The fitted daily quantity at `x`, never negative. */
export function predictAt(fit: BasisFit, x: number): number {
	return Math.max(0, fit.intercept + fit.slope * x);
}

export type Interval = { mid: number; low: number; high: number };

/**
 * 95% prediction interval for Σ wⱼ·y(xⱼ): the noise of the remaining days (a partial day's
 * variance scaled by its share) plus the variance of the fitted level and slope carried over
 * the horizon, times Student's t.
 */
export function predictSum(fit: BasisFit, xs: readonly number[], weights: readonly number[]): Interval {
	let w = 0;
	let lever = 0;
	let mid = 0;
	for (const [i, x] of xs.entries()) {
		const wi = weights[i] ?? 0;
		w += wi;
		lever += wi * (x - fit.xMean);
		mid += wi * predictAt(fit, x);
	}
	const slopeTerm = fit.model === 'linear' && fit.sxx > 0 ? lever ** 2 / fit.sxx : 0;
	const half = tQuantile975(fit.df) * fit.sigma * Math.sqrt(w + (w * w) / fit.n + slopeTerm);
	return { mid, low: Math.max(0, mid - half), high: mid + half };
}
