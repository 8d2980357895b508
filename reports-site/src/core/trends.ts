/**
 * Trends panel: one figure per chart (requests, latency, errors, cost) with an aria-label
 * summary and a table fallback per range. Tables aggregate to hours (24 h) or days (7 d, 30 d):
 * counts are summed, averages weighted by requests, percentiles shown as the worst bucket
 * (percentiles cannot be merged from their values).
 */

import type { Timeseries, TimeseriesWindow } from '../../../worker/src/contract/index.ts';
import { weightedMean } from './change.ts';
import { formatCompact, formatInt, formatMoney, formatMs, formatPercent, formatUtc } from './format.ts';
import { bucketTimes, CHART_META, countNulls, maxOf, perMinute, sumOf, type Values } from './series.ts';
import type { CostInput } from './types.ts';

export const RANGES: { id: TimeseriesWindow; label: string; seconds: number; periodSeconds: number }[] = [
	{ id: '24h', label: 'last 24 hours', seconds: 86_400, periodSeconds: 3600 },
	{ id: '7d', label: 'last 7 days', seconds: 7 * 86_400, periodSeconds: 86_400 },
	{ id: '30d', label: 'last 30 days', seconds: 30 * 86_400, periodSeconds: 86_400 },
];

/** Cost is daily: a window shorter than a week would show one or two bars, so show a week. */
export function costWindowSeconds(rangeSeconds: number): number {
	return Math.max(rangeSeconds, 7 * 86_400);
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
			label: periodSeconds >= 86_400 ? formatUtc(from).slice(0, 10) : formatUtc(from).slice(0, 16),
			from,
			to: from + periodSeconds * 1000,
		},
		idx,
	}));
}

const pick = (values: Values, idx: number[]): Values => idx.map((i) => values[i] ?? null);

export function trendFigures(
	timeseries: Record<TimeseriesWindow, Timeseries>,
	cost: CostInput | null,
	now: number,
): TrendFigure[] {
	const figure = (id: TrendFigure['id'], title: string, unit: string): TrendFigure => ({
		id,
		title,
		unit,
		legend: id === 'cost' ? [] : CHART_META[id].lines.map((l) => ({ label: l.label, style: l.style })),
		initialSummary: '',
		summaries: { '24h': '', '7d': '', '30d': '' },
		tables: [],
	});
	const requests = figure('requests', 'Requests', 'per minute');
	const latency = figure('latency', 'Record latency', 'milliseconds');
	const errors = figure('errors', 'Errors', 'percent of requests');
	const costFig = figure('cost', 'Daily cost', `${cost?.currency ?? 'USD'} at list price`);
	const figures = [requests, latency, errors, costFig];
	for (const range of RANGES) {
		const ts = timeseries[range.id];
		const groups = periods(ts, range.periodSeconds);
		const s = ts.series;
		const col = range.periodSeconds >= 86_400 ? 'Day (UTC)' : 'Hour (UTC)';
		const perMin = perMinute(s.requests, ts.stepSeconds);
		const peak = maxOf(perMin);
		const times = bucketTimes(ts);
		const gaps = countNulls(s.requests);
		requests.summaries[range.id] =
			`Requests per minute, ${range.label}: ${formatInt(sumOf(s.requests))} requests in total` +
			(peak
				? `, peak ${formatCompact(peak.value)} per minute at ${formatUtc(times[peak.index] ?? 0)}`
				: ', no traffic recorded') +
			(gaps ? `; ${formatInt(gaps)} of ${formatInt(s.requests.length)} buckets without data.` : '.');
		requests.tables.push({
			range: range.id,
			caption: `Requests, ${range.label}`,
			columns: [col, 'Requests', 'DO requests', 'Peak per minute'],
			rows: groups.map(({ period, idx }) => [
				period.label,
				formatInt(sumOf(pick(s.requests, idx))),
				formatInt(sumOf(pick(s.doRequests, idx))),
				formatCompact(maxOf(pick(perMin, idx))?.value ?? null),
			]),
		});

		const p95 = maxOf(s.p95Ms);
		const p99 = maxOf(s.p99Ms);
		latency.summaries[range.id] =
			`Record latency, ${range.label}: average ${formatMs(weightedMean(s.avgMs, s.requests))}` +
			(p95
				? `, highest p95 ${formatMs(p95.value)} at ${formatUtc(times[p95.index] ?? 0)}`
				: ', no latency measured') +
			(p99 ? `, highest p99 ${formatMs(p99.value)}.` : '.');
		latency.tables.push({
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
		});

		const reqTotal = sumOf(s.requests);
		const errTotal = sumOf(s.errors);
		errors.summaries[range.id] =
			`Errors, ${range.label}: ${formatInt(errTotal ?? 0)} errors in ${formatInt(reqTotal ?? 0)} requests` +
			` (${formatPercent(rate(errTotal, reqTotal))}), ${formatInt(sumOf(s.timeouts) ?? 0)} timeouts, ${formatInt(sumOf(s.fallbacks) ?? 0)} fallbacks.`;
		errors.tables.push({
			range: range.id,
			caption: `Errors, ${range.label}`,
			columns: [col, 'Requests', 'Errors', 'Error rate', 'Timeouts', 'Fallbacks'],
			rows: groups.map(({ period, idx }) => {
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
			}),
		});

		const costSeconds = costWindowSeconds(range.seconds);
		const costLabel = costSeconds === range.seconds ? range.label : 'last 7 days';
		const days = costDays(cost, costSeconds, now);
		const top = days.reduce<(typeof days)[number] | null>(
			(m, d) => (m === null || d.grossCost > m.grossCost ? d : m),
			null,
		);
		costFig.summaries[range.id] = cost
			? `Daily cost at list price, ${costLabel}: ${formatMoney(
					days.reduce((n, d) => n + d.grossCost, 0),
					cost.currency,
				)} in total over ${days.length} days` +
				(top ? `, highest ${formatMoney(top.grossCost, cost.currency)} on ${top.date}.` : '.')
			: 'No cost analysis in this build.';
		costFig.tables.push({
			range: range.id,
			caption: `Daily cost at list price, ${costLabel}`,
			columns: ['Day (UTC)', 'Cost'],
			rows: days.map((d) => [
				d.complete ? d.date : `${d.date} (partial)`,
				formatMoney(d.grossCost, cost?.currency),
			]),
		});
	}
	for (const f of figures) f.initialSummary = f.summaries['24h'];
	return figures;
}

function rate(num: number | null, den: number | null): number | null {
	return num === null || den === null || den === 0 ? null : num / den;
}

/** Days of the cost analysis that overlap the last `seconds` before `now`. */
export function costDays(cost: CostInput | null, seconds: number, now: number): CostInput['daily'] {
	if (!cost) return [];
	const from = now - seconds * 1000;
	return cost.daily.filter((d) => Date.parse(`${d.date}T00:00:00Z`) + 86_400_000 > from);
}
