/**
 * Trends panel: one figure per chart (requests, latency, errors, cost) with an aria-label
 * summary and a table fallback per range. Tables aggregate to hours (24 h) or days (7 d, 30 d):
 * counts are summed, averages weighted by requests, percentiles shown as the worst bucket
 * (percentiles cannot be merged from their values).
 */

import type { Timeseries, TimeseriesWindow } from '../../../../worker/src/contract/index.ts';
import { DAY_MS, DAY_SECONDS, HOUR_SECONDS } from '../../../../worker/src/contract/time.ts';
import { weightedMean } from '../display/change.ts';
import {
	formatCompact,
	formatInt,
	formatMoney,
	formatMs,
	formatPercent,
	formatUtc,
} from '../display/format.ts';
import {
	bucketTimes,
	CHART_META,
	countNulls,
	maxOf,
	perMinute,
	sumOf,
	type Values,
} from '../display/series.ts';
import type { CostInput } from '../types.ts';

export const RANGES: { id: TimeseriesWindow; label: string; seconds: number; periodSeconds: number }[] = [
	{ id: '24h', label: 'last 24 hours', seconds: DAY_SECONDS, periodSeconds: HOUR_SECONDS },
	{ id: '7d', label: 'last 7 days', seconds: 7 * DAY_SECONDS, periodSeconds: DAY_SECONDS },
	{ id: '30d', label: 'last 30 days', seconds: 30 * DAY_SECONDS, periodSeconds: DAY_SECONDS },
];

/** Cost is daily: a window shorter than a week would show one or two bars, so show a week. */
export function costWindowSeconds(rangeSeconds: number): number {
	return Math.max(rangeSeconds, 7 * DAY_SECONDS);
}

export type TrendTable = { range: TimeseriesWindow; caption: string; columns: string[]; rows: string[][] };
export type TrendFigure = {
	id: 'requests' | 'latency' | 'errors' | 'cost';
	title: string;
	unit: string;
	legend: { label: string; style: string }[];
	/** The default range's summary, rendered into the page. */
	initialSummary: string;
	/** Per range: the canvas' aria-label. */
	summaries: Record<TimeseriesWindow, string>;
	tables: TrendTable[];
};

type Period = { label: string; from: number; to: number };

/** Indices of `ts` buckets grouped into periods of `periodSeconds` (UTC-aligned). */
function periods(ts: Timeseries, periodSeconds: number): { period: Period; idx: number[] }[] {
	const times = bucketTimes(ts);
	const groups = new Map<number, number[]>();
	times.forEach((t, i) => {
		const key = Math.floor(t / (periodSeconds * 1000)) * periodSeconds * 1000;
		const g = groups.get(key) ?? [];
		g.push(i);
		groups.set(key, g);
	});
	return [...groups.entries()].map(([from, idx]) => ({
		period: {
			label: periodSeconds >= DAY_SECONDS ? formatUtc(from).slice(0, 10) : formatUtc(from).slice(0, 16),
			from,
			to: from + periodSeconds * 1000,
		},
		idx,
	}));
}

const pick = (values: Values, idx: number[]): Values => idx.map((i) => values[i] ?? null);

type Range = (typeof RANGES)[number];
/** One range's buckets, shared by the four figures. */
type RangeData = {
	range: Range;
	ts: Timeseries;
	groups: { period: Period; idx: number[] }[];
	col: string;
	times: number[];
};
type RangeView = { summary: string; table: TrendTable };

function requestsView({ range, ts, groups, col, times }: RangeData): RangeView {
	const s = ts.series;
	const perMin = perMinute(s.requests, ts.stepSeconds);
	const peak = maxOf(perMin);
	const gaps = countNulls(s.requests);
	const summary =
		`Requests per minute, ${range.label}: ${formatInt(sumOf(s.requests))} requests in total` +
		(peak
			? `, peak ${formatCompact(peak.value)} per minute at ${formatUtc(times[peak.index] ?? 0)}`
			: ', no traffic recorded') +
		(gaps ? `; ${formatInt(gaps)} of ${formatInt(s.requests.length)} buckets without data.` : '.');
	return {
		summary,
		table: {
			range: range.id,
			caption: `Requests, ${range.label}`,
			columns: [col, 'Requests', 'DO requests', 'Peak per minute'],
			rows: groups.map(({ period, idx }) => [
				period.label,
				formatInt(sumOf(pick(s.requests, idx))),
				formatInt(sumOf(pick(s.doRequests, idx))),
				formatCompact(maxOf(pick(perMin, idx))?.value ?? null),
			]),
		},
	};
}

function latencyView({ range, ts, groups, col, times }: RangeData): RangeView {
	const s = ts.series;
	const p95 = maxOf(s.p95Ms);
	const p99 = maxOf(s.p99Ms);
	const summary =
		`Record latency, ${range.label}: average ${formatMs(weightedMean(s.avgMs, s.requests))}` +
		(p95
			? `, highest p95 ${formatMs(p95.value)} at ${formatUtc(times[p95.index] ?? 0)}`
			: ', no latency measured') +
		(p99 ? `, highest p99 ${formatMs(p99.value)}.` : '.');
	return {
		summary,
		table: {
			range: range.id,
			caption: `Record latency, ${range.label} (percentiles: worst bucket in the period)`,
			columns: [col, 'Average', 'p50', 'p95', 'p99'],
			rows: groups.map(({ period, idx }) => [
				period.label,
				formatMs(weightedMean(pick(s.avgMs, idx), pick(s.requests, idx))),
				formatMs(maxOf(pick(s.p50Ms, idx))?.value ?? null),
				formatMs(maxOf(pick(s.p95Ms, idx))?.value ?? null),
				formatMs(maxOf(pick(s.p99Ms, idx))?.value ?? null),
			]),
		},
	};
}

function errorsView({ range, ts, groups, col }: RangeData): RangeView {
	const s = ts.series;
	const reqTotal = sumOf(s.requests);
	const errTotal = sumOf(s.errors);
	const summary =
		`Errors, ${range.label}: ${formatInt(errTotal ?? 0)} errors in ${formatInt(reqTotal ?? 0)} requests` +
		` (${formatPercent(rate(errTotal, reqTotal))}), ${formatInt(sumOf(s.timeouts) ?? 0)} timeouts, ${formatInt(sumOf(s.fallbacks) ?? 0)} fallbacks.`;
	const row = ({ period, idx }: { period: Period; idx: number[] }) => {
		const r = sumOf(pick(s.requests, idx));
		const e = sumOf(pick(s.errors, idx));
		return [
			period.label,
			formatInt(r),
			formatInt(e),
			formatPercent(rate(e, r)),
			formatInt(sumOf(pick(s.timeouts, idx))),
			formatInt(sumOf(pick(s.fallbacks, idx))),
		];
	};
	return {
		summary,
		table: {
			range: range.id,
			caption: `Errors, ${range.label}`,
			columns: [col, 'Requests', 'Errors', 'Error rate', 'Timeouts', 'Fallbacks'],
			rows: groups.map(row),
		},
	};
}

function costView(range: Range, cost: CostInput | null, now: number): RangeView {
	const costSeconds = costWindowSeconds(range.seconds);
	const costLabel = costSeconds === range.seconds ? range.label : 'last 7 days';
	const days = costDays(cost, costSeconds, now);
	const top = days.reduce<(typeof days)[number] | null>(
		(m, d) => (m === null || d.grossCost > m.grossCost ? d : m),
		null,
	);
	const summary = cost
		? `Daily cost at list price, ${costLabel}: ${formatMoney(
				days.reduce((n, d) => n + d.grossCost, 0),
				cost.currency,
			)} in total over ${days.length} days` +
			(top ? `, highest ${formatMoney(top.grossCost, cost.currency)} on ${top.date}.` : '.')
		: 'No cost analysis in this build.';
	return {
		summary,
		table: {
			range: range.id,
			caption: `Daily cost at list price, ${costLabel}`,
			columns: ['Day (UTC)', 'Cost'],
			rows: days.map((d) => [
				d.complete ? d.date : `${d.date} (partial)`,
				formatMoney(d.grossCost, cost?.currency),
			]),
		},
	};
}

function rangeData(range: Range, ts: Timeseries): RangeData {
	const col = range.periodSeconds >= DAY_SECONDS ? 'Day (UTC)' : 'Hour (UTC)';
	return { range, ts, groups: periods(ts, range.periodSeconds), col, times: bucketTimes(ts) };
}

export function trendFigures(
	timeseries: Record<TimeseriesWindow, Timeseries>,
	cost: CostInput | null,
	now: number,
): TrendFigure[] {
	const views: [TrendFigure['id'], string, string, (r: RangeData) => RangeView][] = [
		['requests', 'Requests', 'per minute', requestsView],
		['latency', 'Record latency', 'milliseconds', latencyView],
		['errors', 'Errors', 'percent of requests', errorsView],
		['cost', 'Daily cost', `${cost?.currency ?? 'USD'} at list price`, (r) => costView(r.range, cost, now)],
	];
	const data = RANGES.map((range) => rangeData(range, timeseries[range.id]));
	return views.map(([id, title, unit, view]) => {
		const perRange = data.map(view);
		const summaries = Object.fromEntries(
			data.map((d, i) => [d.range.id, perRange[i]?.summary ?? '']),
		) as Record<TimeseriesWindow, string>;
		return {
			id,
			title,
			unit,
			legend: id === 'cost' ? [] : CHART_META[id].lines.map((l) => ({ label: l.label, style: l.style })),
			initialSummary: summaries['24h'],
			summaries,
			tables: perRange.map((v) => v.table),
		};
	});
}

function rate(num: number | null, den: number | null): number | null {
	return num === null || den === null || den === 0 ? null : num / den;
}

/** Days of the cost analysis that overlap the last `seconds` before `now`. */
export function costDays(cost: CostInput | null, seconds: number, now: number): CostInput['daily'] {
	if (!cost) return [];
	const from = now - seconds * 1000;
	return cost.daily.filter((d) => Date.parse(`${d.date}T00:00:00Z`) + DAY_MS > from);
}
