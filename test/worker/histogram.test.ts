import { describe, expect, it } from 'vitest';
import { createRng as rng } from '../../action/src/core/traffic/traffic.ts';
import {
	bucketIndexFor,
	bucketLowerMs,
	bucketUpperMs,
	bucketWidthAt,
	cumulativeCounts,
	DOUBLING_BOUNDS_MS,
	estimateQuantile,
	histogramCount,
	LATENCY_BUCKET_COUNT,
	mergeHistograms,
	observeLatency,
} from '../../worker/src/core/histogram.ts';

/** Nearest-rank quantile: the sample of rank ⌈q·n⌉. */
function exactQuantile(sorted: number[], q: number): number {
	return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const DISTRIBUTIONS: Record<string, (r: () => number) => number> = {
	// Typical record latency: log-normal around 8 ms.
	lognormal: (r) =>
		Math.exp(Math.log(8) + 0.9 * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())),
	// What workerd's coarse clock gives: whole milliseconds, many zeros.
	integerMs: (r) => Math.floor(-Math.log(1 - r()) * 4),
	// A slow tail: 90 % fast, 10 % between 200 ms and 3 s.
	bimodal: (r) => (r() < 0.9 ? 1 + r() * 20 : 200 + r() * 2800),
	uniformWide: (r) => r() * 70_000,
};

describe('latency histogram buckets', () => {
	it('puts every bucket upper bound in its own bucket and just above it in the next', () => {
		for (let i = 0; i < LATENCY_BUCKET_COUNT - 1; i++) {
			const upper = bucketUpperMs(i);
			expect(bucketIndexFor(upper)).toBe(i);
			expect(bucketIndexFor(upper * (1 + 1e-9))).toBe(i + 1);
			expect(bucketLowerMs(i + 1)).toBe(upper);
		}
		expect(bucketIndexFor(0)).toBe(0);
		expect(bucketIndexFor(-5)).toBe(0);
		expect(bucketIndexFor(Number.NaN)).toBe(0);
		expect(bucketIndexFor(10 ** 9)).toBe(LATENCY_BUCKET_COUNT - 1);
	});

	it('has buckets 2^(1/4) apart, so a bucket is about 19 % of its lower bound wide', () => {
		for (const ms of [1, 7, 50, 999, 20_000]) {
			const width = bucketWidthAt(ms);
			expect(width / bucketLowerMs(bucketIndexFor(ms))).toBeCloseTo(2 ** 0.25 - 1, 9);
		}
		expect(DOUBLING_BOUNDS_MS[0]).toBe(0.25);
		expect(DOUBLING_BOUNDS_MS.at(-1)).toBe(65_536);
	});

	it('returns null for an empty histogram', () => {
		expect(estimateQuantile([], 0.95)).toBeNull();
		expect(estimateQuantile([0, 0, 0], 0.5)).toBeNull();
	});
});

describe('quantiles from histograms merged across shards', () => {
	for (const [name, draw] of Object.entries(DISTRIBUTIONS)) {
		for (const seed of [1, 2, 3]) {
			it(`${name} (seed ${seed}): p50/p95/p99 within one bucket width of the exact value`, () => {
				const r = rng(seed * 7919);
				const shards: number[][] = Array.from({ length: 16 }, () => []);
				const samples: number[] = [];
				for (let i = 0; i < 20_000; i++) {
					const ms = draw(r);
					samples.push(ms);
					observeLatency(shards[Math.floor(r() * shards.length)] ?? [], ms);
				}
				const merged = shards.reduce((acc, h) => mergeHistograms(acc, h), []);
				expect(histogramCount(merged)).toBe(samples.length);
				samples.sort((a, b) => a - b);
				for (const q of [0.5, 0.95, 0.99]) {
					const exact = exactQuantile(samples, q);
					const estimate = estimateQuantile(merged, q);
					expect(estimate).not.toBeNull();
					const i = bucketIndexFor(exact);
					// The estimate lies in the bucket of the exact quantile, hence within its width.
					expect(estimate ?? Number.NaN).toBeGreaterThanOrEqual(bucketLowerMs(i));
					expect(estimate ?? Number.NaN).toBeLessThanOrEqual(bucketUpperMs(i));
					expect(Math.abs((estimate ?? 0) - exact)).toBeLessThanOrEqual(bucketWidthAt(exact));
				}
			});
		}
	}

	it('merging is order-independent and equals one histogram of all samples', () => {
		const r = rng(42);
		const all: number[] = [];
		const a: number[] = [];
		const b: number[] = [];
		for (let i = 0; i < 5000; i++) {
			const ms = DISTRIBUTIONS.lognormal?.(r) ?? 0;
			observeLatency(all, ms);
			observeLatency(i % 3 ? a : b, ms);
		}
		expect(mergeHistograms(a, b)).toEqual(mergeHistograms(b, a));
		expect(mergeHistograms(a, b)).toEqual(mergeHistograms(all, []));
	});

	it('cumulative counts at `le` bounds match a brute-force count', () => {
		const r = rng(9);
		const samples = Array.from({ length: 3000 }, () => DISTRIBUTIONS.bimodal?.(r) ?? 0);
		samples.push(1, 2, 4, 0.25); // exactly on bounds: `le` includes them
		const h: number[] = [];
		for (const s of samples) observeLatency(h, s);
		const cumulative = cumulativeCounts(h, DOUBLING_BOUNDS_MS);
		DOUBLING_BOUNDS_MS.forEach((le, k) => {
			expect(cumulative[k]).toBe(samples.filter((s) => s <= le).length);
		});
	});
});
