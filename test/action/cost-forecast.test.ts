import { describe, expect, it } from 'vitest';
import { fitBasis, predictSum, tQuantile975 } from '../../action/src/core/cost/prediction.ts';
import { backtest } from './cost-backtest.ts';

const NOISE = [0.05, 0.2, 0.4];

describe('forecast back-test: the 95% band holds the realised bill about 95 times in 100', () => {
	// 200 seeded months per cell: coverage has a sampling error of about ±1.5 points.
	it.each(NOISE.flatMap((noise) => [5, 12, 20, 26].map((daysElapsed) => [noise, daysElapsed] as const)))(
		'established, daily noise %s, %s days in',
		(noise, daysElapsed) => {
			const r = backtest({ noise, daysElapsed, history: 'established', months: 200, seed: 3 });
			expect(r.coverage).toBeGreaterThanOrEqual(0.9);
			expect(r.coverage).toBeLessThanOrEqual(0.99);
			// The point forecast is unbiased and its error shrinks as the month is measured.
			expect(Math.abs(r.meanRatio - 1)).toBeLessThan(0.06);
			expect(r.meanError).toBeLessThan(noise * (daysElapsed < 20 ? 1.6 : 0.6));
		},
	);

	it.each(NOISE.flatMap((noise) => [12, 20, 26].map((daysElapsed) => [noise, daysElapsed] as const)))(
		'fresh deployment, daily noise %s, %s days in',
		(noise, daysElapsed) => {
			const r = backtest({ noise, daysElapsed, history: 'fresh', months: 200, seed: 5 });
			expect(r.coverage).toBeGreaterThanOrEqual(0.9);
			expect(r.coverage).toBeLessThanOrEqual(0.99);
			expect(Math.abs(r.meanRatio - 1)).toBeLessThan(0.06);
		},
	);

	it('a week into a fresh deployment the band still covers, and says it is wide (low confidence)', () => {
		// A few days cannot tell growth from a level, so the band allows for both: it over-covers.
		for (const noise of NOISE) {
			const r = backtest({ noise, daysElapsed: 5, history: 'fresh', months: 200, seed: 7 });
			expect(r.coverage).toBeGreaterThanOrEqual(0.95);
			expect(r.meanConfidence).toBeLessThan(0.2);
			expect(r.meanError).toBeLessThan(0.4);
		}
	});

	it('confidence follows the band: narrower bands read higher', () => {
		const early = backtest({ noise: 0.2, daysElapsed: 8, history: 'established', months: 100 });
		const late = backtest({ noise: 0.2, daysElapsed: 26, history: 'established', months: 100 });
		expect(late.meanWidth).toBeLessThan(early.meanWidth);
		expect(late.meanConfidence).toBeGreaterThan(early.meanConfidence);
		expect(late.meanConfidence).toBeGreaterThan(0.9);
	});
});

describe('forecast after a ramp-up', () => {
	it.each([3, 5, 8])('two ramp-up days are not extrapolated into the month (%s days in)', (daysElapsed) => {
		const r = backtest({
			noise: 0.2,
			daysElapsed,
			history: 'fresh',
			rampDays: 2,
			growth: [0, 0],
			months: 200,
			seed: 9,
		});
		// The previous model forecast 7.8× the bill 3 days in (4.0× at 5 days, 2.2× at 8).
		expect(r.meanRatio).toBeGreaterThan(0.7);
		expect(r.meanRatio).toBeLessThan(1.3);
		expect(r.coverage).toBeGreaterThanOrEqual(0.9);
	});

	it('sets a deployment’s ramp-up days aside and follows the level after them', () => {
		const xs = [0, 1, 2, 3, 4, 5, 6, 7];
		const ys = [100, 500, 1000, 1010, 990, 1000, 1005, 995];
		const fits = fitBasis(xs, ys, 3);
		expect(fits?.chosen.start).toBe(2);
		expect(fits?.chosen.model).toBe('level');
		expect(fits?.chosen.intercept).toBeCloseTo(1000, 0);
		// Without leave to set days aside (an established series), the same data is a trend.
		expect(fitBasis(xs, ys, 0)?.chosen.model).toBe('linear');
	});
});

describe('prediction interval arithmetic', () => {
	it('Student t quantiles: small samples widen the band', () => {
		expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
		expect(tQuantile975(10)).toBeCloseTo(2.228, 3);
		expect(tQuantile975(1000)).toBeCloseTo(1.96, 2);
	});

	it('a level over n days: half-width = t · σ · √(W + W²/n), σ including the prior day', () => {
		// Days 9, 11, 9, 11: mean 10, SSE 4 on 3 residual df; prior 10% of 10 worth one df.
		const fits = fitBasis([0, 1, 2, 3], [9, 11, 9, 11]);
		const fit = fits?.chosen;
		expect(fit?.model).toBe('level');
		expect(fit?.df).toBe(4);
		expect(fit?.sigma).toBeCloseTo(Math.sqrt((1 * 1 + 4) / 4), 9);
		if (!fit) return;
		const r = predictSum(fit, [4, 5], [1, 1]);
		const half = 2.776 * Math.sqrt(5 / 4) * Math.sqrt(2 + 4 / 4);
		expect(r.mid).toBeCloseTo(20, 9);
		expect(r.high - r.mid).toBeCloseTo(half, 9);
		expect(r.mid - r.low).toBeCloseTo(half, 9);
	});
});
