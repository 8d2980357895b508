/**
 * Per-bucket values of a metric from the collector's time series. `null` is a bucket without
 * data (never 0): rules decide what missing data means.
 */
import type { Snapshot, Timeseries, UsageDay } from '../../../../worker/src/contract/index.ts';
import type { MetricName } from './metrics.ts';

export type Series = {
	/** Bucket start, epoch ms. */
	starts: number[];
	stepMs: number;
	values: (number | null)[];
};

type Column = (number | null)[];

/** Index one past the last bucket that has ended by `now` (partial buckets are not judged). */
export function completeCount(ts: Timeseries, now: number): number {
	const start = Date.parse(ts.start);
	const step = ts.stepSeconds * 1000;
	const n = ts.series.requests.length;
	if (step <= 0) return 0;
	return Math.max(0, Math.min(n, Math.floor((now - start) / step)));
}

function starts(ts: Timeseries, n: number): number[] {
	const start = Date.parse(ts.start);
	const step = ts.stepSeconds * 1000;
	return Array.from({ length: n }, (_, i) => start + i * step);
}

/**
 * Sum of `num` ÷ sum of `den` over the trailing `k` buckets ending at each bucket; null where
 * the window holds no denominator (no traffic is no data, not a zero error rate).
 */
export function windowedRatio(num: Column, den: Column, k: number): (number | null)[] {
	const out: (number | null)[] = [];
	let sumNum = 0;
	let sumDen = 0;
	for (let i = 0; i < den.length; i++) {
		sumNum += den[i] === null ? 0 : (num[i] ?? 0);
		sumDen += den[i] ?? 0;
		const j = i - k;
		if (j >= 0) {
			sumNum -= den[j] === null ? 0 : (num[j] ?? 0);
			sumDen -= den[j] ?? 0;
		}
		out.push(sumDen > 0 ? Math.max(0, sumNum) / sumDen : null);
	}
	return out;
}

/** Sum over the trailing `k` buckets; null when every bucket in the window is missing. */
export function windowedSum(col: Column, k: number): (number | null)[] {
	const out: (number | null)[] = [];
	let sum = 0;
	let present = 0;
	for (let i = 0; i < col.length; i++) {
		const v = col[i];
		if (v !== null && v !== undefined) {
			sum += v;
			present++;
		}
		const old = i - k >= 0 ? col[i - k] : null;
		if (old !== null && old !== undefined) {
			sum -= old;
			present--;
		}
		out.push(present > 0 ? sum : null);
	}
	return out;
}

/**
 * DO requests since 00:00 UTC at the end of each bucket: each day's total (today's from the
 * snapshot, earlier days' from usage rows) minus the requests of that day's later buckets.
 */
export function dailyCumulative(
	ts: Timeseries,
	snapshot: Snapshot,
	usage: readonly UsageDay[],
): (number | null)[] {
	const totals = new Map(usage.map((u) => [u.date, u.doRequests]));
	totals.set(snapshot.usage.today.date, snapshot.usage.today.doRequests);
	const col = ts.series.doRequests;
	const s = starts(ts, col.length);
	const out: (number | null)[] = new Array(col.length).fill(null);
	let day = '';
	let remaining: number | null = null;
	for (let i = col.length - 1; i >= 0; i--) {
		const d = new Date(s[i] ?? 0).toISOString().slice(0, 10);
		if (d !== day) {
			day = d;
			remaining = totals.get(d) ?? null;
		}
		out[i] = remaining;
		if (remaining !== null) remaining = Math.max(0, remaining - (col[i] ?? 0));
	}
	return out;
}

/** Refused requests per bucket; all null when the collector predates the series (no data, not 0). */
function refusedColumn(ts: Timeseries): Column {
	return ts.series.refused ?? ts.series.requests.map(() => null);
}

/** Served plus refused requests: every `POST /record` request the collector answered. */
function allRecordRequests(served: Column, refused: Column): Column {
	return served.map((s, i) => {
		const r = refused[i] ?? null;
		return s === null && r === null ? null : (s ?? 0) + (r ?? 0);
	});
}

/** The metric's value per bucket, for every bucket that has ended by `now`. */
export function metricSeries(
	metric: MetricName,
	windowMs: number,
	ts: Timeseries,
	snapshot: Snapshot,
	usage: readonly UsageDay[],
	now: number,
): Series {
	const n = completeCount(ts, now);
	const stepMs = ts.stepSeconds * 1000;
	const k = Math.max(1, Math.round(windowMs / Math.max(1, stepMs)));
	const c = ts.series;
	const all = ((): Column => {
		switch (metric) {
			case 'error_rate':
				return windowedRatio(c.errors, c.requests, k);
			case 'timeout_rate':
				return windowedRatio(c.timeouts, c.requests, k);
			case 'fallback_rate':
				return windowedRatio(c.fallbacks, c.requests, k);
			case 'refused_requests':
				return windowedSum(refusedColumn(ts), k);
			case 'refusal_ratio': {
				const refused = refusedColumn(ts);
				return windowedRatio(refused, allRecordRequests(c.requests, refused), k);
			}
			case 'requests':
				return windowedSum(c.requests, k);
			case 'p50_ms':
				return c.p50Ms;
			case 'p95_ms':
				return c.p95Ms;
			case 'p99_ms':
				return c.p99Ms;
			case 'avg_ms':
				return c.avgMs;
			case 'active_ips':
				return c.activeIps;
			case 'daily_do_requests':
				return dailyCumulative(ts, snapshot, usage);
			default:
				return [];
		}
	})();
	return { starts: starts(ts, n), stepMs, values: all.slice(0, n) };
}
