/**
 * A mergeable latency histogram over fixed log-scale buckets, so percentiles can be combined
 * across isolates, shards and time buckets by adding counts (never by averaging percentiles).
 *
 * Buckets (milliseconds) include their upper bound, as Prometheus' `le` does: bucket 0 is
 * [0, 0.25]; bucket i (1 ≤ i ≤ 72) is (0.25·2^((i−1)/4), 0.25·2^(i/4)]; the last bucket (73) is
 * (65 536, ∞). Each finite bucket is
 * 2^(1/4) ≈ 1.189 times wider at its upper edge than at its lower one, so its width is ≈ 18.9 %
 * of its lower bound (≈ 15.9 % of its upper bound). A quantile estimate interpolates inside the
 * bucket that holds the exact quantile, so it is never further than that bucket's width from it.
 * A histogram is a plain `number[]` of per-bucket counts; trailing zero buckets may be omitted.
 */

/** Upper bound of bucket 0 in milliseconds. */
export const LATENCY_MIN_MS = 0.25;
/** Buckets per doubling of latency. */
export const BUCKETS_PER_DOUBLING = 4;
/** Finite buckets: 0 … 72; bucket 73 collects everything from 65 536 ms on. */
export const LATENCY_BUCKET_COUNT = 74;

const FINITE = LATENCY_BUCKET_COUNT - 1;

/** Upper bound (inclusive) of bucket `i` in ms; Infinity for the overflow bucket. */
export function bucketUpperMs(i: number): number {
	if (i >= FINITE) return Number.POSITIVE_INFINITY;
	return LATENCY_MIN_MS * 2 ** (i / BUCKETS_PER_DOUBLING);
}

/** Lower bound (exclusive, except 0) of bucket `i` in ms. */
export function bucketLowerMs(i: number): number {
	return i <= 0 ? 0 : bucketUpperMs(i - 1);
}

/** The bucket a latency falls into (negative and NaN latencies count as 0). */
export function bucketIndexFor(ms: number): number {
	if (!(ms > LATENCY_MIN_MS)) return 0;
	if (ms > bucketUpperMs(FINITE - 1)) return FINITE;
	let i = Math.ceil(Math.log2(ms / LATENCY_MIN_MS) * BUCKETS_PER_DOUBLING);
	// Correct floating-point error at exact bucket edges.
	if (ms > bucketUpperMs(i)) i++;
	else if (i > 1 && ms <= bucketLowerMs(i)) i--;
	return i;
}

/** Adds one observation to `counts` in place (the per-isolate batch's hot path). */
export function observeLatency(counts: number[], ms: number): void {
	const i = bucketIndexFor(ms);
	while (counts.length <= i) counts.push(0);
	counts[i] = (counts[i] ?? 0) + 1;
}

/** Sum of two histograms, trailing zero buckets trimmed. */
export function mergeHistograms(a: readonly number[], b: readonly number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i < Math.max(a.length, b.length); i++) out.push((a[i] ?? 0) + (b[i] ?? 0));
	return trimHistogram(out);
}

/** Drops trailing zero buckets (smaller storage and payloads). */
export function trimHistogram(counts: number[]): number[] {
	let end = counts.length;
	while (end > 0 && !counts[end - 1]) end--;
	return end === counts.length ? counts : counts.slice(0, end);
}

export function histogramCount(counts: readonly number[]): number {
	let n = 0;
	for (const c of counts) n += c;
	return n;
}

/**
 * Estimates quantile `q` (0 < q ≤ 1) with linear interpolation inside the bucket holding the
 * sample of rank ⌈q·n⌉; null for an empty histogram. In the overflow bucket it returns the
 * bucket's lower bound (65 536 ms), the only finite figure it knows.
 */
export function estimateQuantile(counts: readonly number[], q: number): number | null {
	const total = histogramCount(counts);
	if (total === 0) return null;
	const rank = Math.min(Math.max(q, 0), 1) * total;
	let before = 0;
	for (let i = 0; i < counts.length; i++) {
		const c = counts[i] ?? 0;
		if (c > 0 && before + c >= rank) {
			const lower = bucketLowerMs(i);
			const upper = bucketUpperMs(i);
			if (!Number.isFinite(upper)) return lower;
			return lower + ((upper - lower) * Math.max(rank - before, 0)) / c;
		}
		before += c;
	}
	return bucketLowerMs(counts.length - 1);
}

/** Width of the bucket holding `ms`: the accuracy bound of any quantile estimate near it. */
export function bucketWidthAt(ms: number): number {
	const i = bucketIndexFor(ms);
	return bucketUpperMs(i) - bucketLowerMs(i);
}

/** Observations at or below each of `boundsMs` (which must be bucket upper bounds), cumulative. */
export function cumulativeCounts(counts: readonly number[], boundsMs: readonly number[]): number[] {
	return boundsMs.map((bound) => {
		let n = 0;
		for (let i = 0; i < counts.length && bucketUpperMs(i) <= bound; i++) n += counts[i] ?? 0;
		return n;
	});
}

/** Every fourth upper bound (0.25 ms · 2^k up to 65 536 ms): the coarser `le` set /metrics exposes. */
export const DOUBLING_BOUNDS_MS: readonly number[] = Array.from(
	{ length: (FINITE - 1) / BUCKETS_PER_DOUBLING + 1 },
	(_, k) => bucketUpperMs(k * BUCKETS_PER_DOUBLING),
);
