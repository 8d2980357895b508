/**
 * `GET /api/admin/timeseries`: fixed windows over the shards' rollups. A bucket no shard holds
 * a rollup for is `null` in every series (no data, never 0); latency series are also `null`
 * where a bucket saw no /record request.
 */
import type { SeriesKey, Timeseries, TimeseriesWindow } from '../contract/index.ts';
import { SERIES_KEYS } from '../contract/index.ts';
import { HOUR_MS, MINUTE_MS } from '../contract/time.ts';
import { estimateQuantile, histogramCount, mergeHistograms } from './histogram.ts';
import { floorTo, type Rollup, refusedCount, serverErrorCount } from './rollup.ts';

export type WindowSpec = {
	granularity: 'minute' | 'hour';
	stepMs: number;
	steps: number;
	/** First bucket start (epoch ms); the last bucket is the one holding `now`. */
	start: number;
	end: number;
};

const WINDOWS: Record<TimeseriesWindow, { granularity: 'minute' | 'hour'; stepMs: number; steps: number }> = {
	'24h': { granularity: 'minute', stepMs: MINUTE_MS, steps: 1440 },
	'7d': { granularity: 'hour', stepMs: HOUR_MS, steps: 168 },
	'30d': { granularity: 'hour', stepMs: HOUR_MS, steps: 720 },
};

/**
 * The window's buckets. `minuteStepMs` is the finest rollup step (`ROLLUP_STEP_MS`): the 24h
 * window spans the same day in steps of that size; hourly windows do not depend on it.
 */
export function windowSpec(
	window: TimeseriesWindow,
	now: number,
	minuteStepMs: number = MINUTE_MS,
): WindowSpec {
	const base = WINDOWS[window];
	const w =
		base.granularity === 'minute'
			? { ...base, stepMs: minuteStepMs, steps: Math.round((base.steps * base.stepMs) / minuteStepMs) }
			: base;
	const end = floorTo(now, w.stepMs);
	return { ...w, start: end - (w.steps - 1) * w.stepMs, end };
}

/** The part of a rollup a time series needs (keeps shard replies small). */
export type TimeseriesCell = {
	records: number;
	errors: number;
	/** Refused requests (absent from cells of shards running an older version). */
	refused?: number;
	/** Clients and paths first seen in the bucket (absent from cells of older shards). */
	newIps?: number;
	newPaths?: number;
	timeouts: number;
	fallbacks: number;
	doRequests: number;
	reportRequests: number;
	rowsRead: number;
	rowsWritten: number;
	activeIps: number;
	latency: number[];
	latencySumMs: number;
};

/** One shard's bucket (RPC `StatsShard.timeseries` returns a list of these). */
export type TimeseriesBucket = { bucket: number; cell: TimeseriesCell };

export function toCell(r: Rollup): TimeseriesCell {
	const d = r.doRequests;
	return {
		records: r.records,
		errors: serverErrorCount(r),
		refused: refusedCount(r),
		newIps: r.newIps,
		newPaths: r.newPaths,
		timeouts: r.timeouts,
		fallbacks: r.fallbackRequests,
		doRequests: d.record + d.report + d.admin + d.job,
		reportRequests: d.report,
		rowsRead: r.rowsRead,
		rowsWritten: r.rowsWritten,
		activeIps: r.activeIps,
		latency: r.latency,
		latencySumMs: r.latencySumMs,
	};
}

function addCells(a: TimeseriesCell, b: TimeseriesCell): TimeseriesCell {
	return {
		records: a.records + b.records,
		errors: a.errors + b.errors,
		refused: (a.refused ?? 0) + (b.refused ?? 0),
		newIps: (a.newIps ?? 0) + (b.newIps ?? 0),
		newPaths: (a.newPaths ?? 0) + (b.newPaths ?? 0),
		timeouts: a.timeouts + b.timeouts,
		fallbacks: a.fallbacks + b.fallbacks,
		doRequests: a.doRequests + b.doRequests,
		reportRequests: a.reportRequests + b.reportRequests,
		rowsRead: a.rowsRead + b.rowsRead,
		rowsWritten: a.rowsWritten + b.rowsWritten,
		activeIps: a.activeIps + b.activeIps,
		latency: mergeHistograms(a.latency, b.latency),
		latencySumMs: a.latencySumMs + b.latencySumMs,
	};
}

function seriesValues(c: TimeseriesCell): Record<SeriesKey, number | null> {
	const n = histogramCount(c.latency);
	return {
		requests: n,
		errors: c.errors,
		timeouts: c.timeouts,
		fallbacks: c.fallbacks,
		avgMs: n > 0 ? c.latencySumMs / n : null,
		p50Ms: estimateQuantile(c.latency, 0.5),
		p95Ms: estimateQuantile(c.latency, 0.95),
		p99Ms: estimateQuantile(c.latency, 0.99),
		doRequests: c.doRequests,
		reportRequests: c.reportRequests,
		rowsRead: c.rowsRead,
		rowsWritten: c.rowsWritten,
		activeIps: c.activeIps,
		records: c.records,
	};
}

/** Merges the shards' bucket lists into the response (one slot per step). */
export function buildTimeseries(
	window: TimeseriesWindow,
	spec: WindowSpec,
	partials: Iterable<readonly TimeseriesBucket[]>,
): Timeseries {
	const slots: (TimeseriesCell | null)[] = new Array(spec.steps).fill(null);
	for (const list of partials) {
		for (const { bucket, cell } of list) {
			const i = Math.round((bucket - spec.start) / spec.stepMs);
			if (i < 0 || i >= spec.steps || bucket % spec.stepMs !== 0) continue;
			const prev = slots[i];
			slots[i] = prev ? addCells(prev, cell) : cell;
		}
	}
	const series = Object.fromEntries(SERIES_KEYS.map((k) => [k, [] as (number | null)[]])) as Record<
		SeriesKey,
		(number | null)[]
	>;
	const extra = {
		refused: [] as (number | null)[],
		newIps: [] as (number | null)[],
		newPaths: [] as (number | null)[],
	};
	for (const cell of slots) {
		const values = cell ? seriesValues(cell) : null;
		for (const k of SERIES_KEYS) series[k].push(values ? values[k] : null);
		for (const k of ['refused', 'newIps', 'newPaths'] as const) extra[k].push(cell ? (cell[k] ?? 0) : null);
	}
	return {
		window,
		start: new Date(spec.start).toISOString(),
		stepSeconds: spec.stepMs / 1000,
		series: { ...series, ...extra },
	};
}
