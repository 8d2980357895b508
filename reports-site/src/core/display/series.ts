/**
 * Chart series derived from the collector's time series. Shared by the build (table
 * fallbacks, summaries) and the browser script (charts), so both show the same figures.
 * `null` is a bucket without data and stays null through every derivation: a gap, not a zero.
 */
import type { Timeseries } from '../../../../worker/src/contract/index.ts';

export type Values = (number | null)[];
export type ChartId = 'requests' | 'latency' | 'errors';
export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type ChartLine = { id: string; label: string; style: LineStyle; values: Values };
export type ChartData = { id: ChartId; title: string; unit: string; lines: ChartLine[] };

/** Bucket start times in epoch milliseconds. */
export function bucketTimes(ts: Pick<Timeseries, 'start' | 'stepSeconds' | 'series'>): number[] {
	const start = Date.parse(ts.start);
	const n = ts.series.requests.length;
	const out = new Array<number>(n);
	for (let i = 0; i < n; i++) out[i] = start + i * ts.stepSeconds * 1000;
	return out;
}

/** Per-bucket counts scaled to a per-minute rate so every window reads in the same unit. */
export function perMinute(values: Values, stepSeconds: number): Values {
	const factor = stepSeconds > 0 ? 60 / stepSeconds : 0;
	return values.map((v) => (v === null ? null : v * factor));
}

/** num ÷ den per bucket; null where either is missing or the bucket saw no requests. */
export function ratio(num: Values, den: Values): Values {
	return den.map((d, i) => {
		const n = num[i];
		return d === null || d === 0 || n === null || n === undefined ? null : n / d;
	});
}

/** Titles, units and line styles of the three series charts (line style tells lines apart). */
export const CHART_META: Record<
	ChartId,
	{ title: string; unit: string; lines: Omit<ChartLine, 'values'>[] }
> = {
	requests: {
		title: 'Requests',
		unit: 'req/min',
		lines: [
			{ id: 'requests', label: 'Recorded requests', style: 'solid' },
			{ id: 'doRequests', label: 'DO requests', style: 'dashed' },
		],
	},
	latency: {
		title: 'Record latency',
		unit: 'ms',
		lines: [
			{ id: 'p50', label: 'p50', style: 'solid' },
			{ id: 'p95', label: 'p95', style: 'dashed' },
			{ id: 'p99', label: 'p99', style: 'dotted' },
		],
	},
	errors: {
		title: 'Errors',
		unit: '%',
		lines: [
			{ id: 'errorRate', label: 'Error rate', style: 'solid' },
			{ id: 'timeoutRate', label: 'Timeout rate', style: 'dashed' },
			{ id: 'fallbackRate', label: 'Fallback rate', style: 'dotted' },
		],
	},
};

/** The values of every line of the three series charts, in CHART_META order. */
export function chartData(ts: Timeseries): ChartData[] {
	const s = ts.series;
	const values: Record<ChartId, Values[]> = {
		requests: [perMinute(s.requests, ts.stepSeconds), perMinute(s.doRequests, ts.stepSeconds)],
		latency: [s.p50Ms, s.p95Ms, s.p99Ms],
		errors: [
			pct(ratio(s.errors, s.requests)),
			pct(ratio(s.timeouts, s.requests)),
			pct(ratio(s.fallbacks, s.requests)),
		],
	};
	return (Object.keys(CHART_META) as ChartId[]).map((id) => ({
		id,
		title: CHART_META[id].title,
		unit: CHART_META[id].unit,
		lines: CHART_META[id].lines.map((line, i) => ({ ...line, values: values[id][i] ?? [] })),
	}));
}

function pct(values: Values): Values {
	return values.map((v) => (v === null ? null : v * 100));
}

/** Sum of the non-null values, or null when every value is null. */
export function sumOf(values: Values): number | null {
	let total: number | null = null;
	for (const v of values) if (v !== null) total = (total ?? 0) + v;
	return total;
}

/** Largest non-null value and its index, or null. */
export function maxOf(values: Values): { value: number; index: number } | null {
	let best: { value: number; index: number } | null = null;
	values.forEach((v, index) => {
		if (v !== null && (best === null || v > best.value)) best = { value: v, index };
	});
	return best;
}

export function countNulls(values: Values): number {
	let n = 0;
	for (const v of values) if (v === null) n++;
	return n;
}
