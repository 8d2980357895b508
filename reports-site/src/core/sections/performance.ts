/**
 * Performance and resource cards. Current figures come from the snapshot (measured at the
 * front Worker); changes compare the last 24 h with the 24 h before from the 7-day series,
 * with ratios computed from summed counts and latency averages weighted by requests.
 * Percentiles are compared bucket to bucket (same hour yesterday), never averaged.
 */
import type { Snapshot, Timeseries } from '../../../../worker/src/contract/index.ts';
import { type Card, card, spark } from '../display/cards.ts';
import { lastTwoWindows, relativeChange, weightedMean } from '../display/change.ts';
import {
	formatBytes,
	formatCompact,
	formatDecimal,
	formatDuration,
	formatInt,
	formatMs,
	formatPercent,
} from '../display/format.ts';
import { levelOf, status } from '../display/health.ts';
import { perMinute, ratio, sumOf, type Values } from '../display/series.ts';
import type { Thresholds } from '../types.ts';
import { bucketsPerDay } from './tiles.ts';

const BASIS = 'vs previous 24 h';

export function performanceCards(
	snapshot: Snapshot,
	ts: Record<'24h' | '7d', Timeseries>,
	t: Thresholds,
): Card[] {
	const p = snapshot.performance;
	const s24 = ts['24h'].series;
	const week = ts['7d'];
	const n = bucketsPerDay(week);
	const req = lastTwoWindows(week.series.requests, n);
	const sumRatio = (key: 'errors' | 'timeouts' | 'fallbacks') => {
		const w = lastTwoWindows(week.series[key], n);
		return [
			safeDiv(sumOf(w.current), sumOf(req.current)),
			safeDiv(sumOf(w.previous), sumOf(req.previous)),
		] as const;
	};
	const avgW = lastTwoWindows(week.series.avgMs, n);
	const percentileCard = (id: 'p50Ms' | 'p95Ms' | 'p99Ms', label: string) =>
		card({
			id,
			label,
			value: formatMs(p[id]),
			change: sameBucketYesterday(week.series[id], n),
			spark: spark(s24[id], `${label}, last 24 h`),
			status: id === 'p95Ms' ? status(levelOf(p.p95Ms, t.p95Ms)) : null,
		});
	const [errNow, errPrev] = sumRatio('errors');
	const [toNow, toPrev] = sumRatio('timeouts');
	const [fbNow, fbPrev] = sumRatio('fallbacks');
	const window = `over the last ${formatDuration(p.windowSeconds)}`;
	return [
		card({
			id: 'avg',
			label: 'Average latency',
			value: formatMs(p.avgMs),
			hint: window,
			change: relativeChange(
				weightedMean(avgW.current, req.current),
				weightedMean(avgW.previous, req.previous),
				'lower-better',
				BASIS,
			),
			spark: spark(s24.avgMs, 'average latency, last 24 h'),
		}),
		percentileCard('p50Ms', 'p50 latency'),
		percentileCard('p95Ms', 'p95 latency'),
		percentileCard('p99Ms', 'p99 latency'),
		card({
			id: 'error-rate',
			label: 'Error rate',
			value: formatPercent(p.errorRate),
			hint: `${formatInt(p.requests)} requests ${window}`,
			change: relativeChange(errNow, errPrev, 'lower-better', BASIS),
			spark: spark(ratio(s24.errors, s24.requests), 'error rate, last 24 h'),
			status: status(levelOf(p.errorRate, t.errorRate)),
		}),
		card({
			id: 'timeout-rate',
			label: 'Timeouts',
			value: formatPercent(p.timeoutRate),
			change: relativeChange(toNow, toPrev, 'lower-better', BASIS),
			spark: spark(ratio(s24.timeouts, s24.requests), 'timeout rate, last 24 h'),
		}),
		card({
			id: 'fallback-rate',
			label: 'Fallbacks to journal',
			value: formatPercent(p.fallbackRate),
			change: relativeChange(fbNow, fbPrev, 'lower-better', BASIS),
			spark: spark(ratio(s24.fallbacks, s24.requests), 'fallback rate, last 24 h'),
		}),
		card({
			id: 'throughput',
			label: 'Throughput',
			value: formatCompact(p.throughputPerSecond),
			unit: 'req/s',
			change: relativeChange(sumOf(req.current), sumOf(req.previous), 'neutral', BASIS),
			spark: spark(perMinute(s24.requests, ts['24h'].stepSeconds), 'requests per minute, last 24 h'),
		}),
	];
}

function safeDiv(a: number | null, b: number | null): number | null {
	return a === null || b === null || b === 0 ? null : a / b;
}

/** The latest bucket against the bucket one day earlier. */
function sameBucketYesterday(values: Values, perDay: number) {
	const lastIndex = values.findLastIndex((v) => v !== null);
	if (lastIndex < perDay) return null;
	return relativeChange(
		values[lastIndex] ?? null,
		values[lastIndex - perDay] ?? null,
		'lower-better',
		'latest bucket vs a day earlier',
	);
}

export function resourceCards(snapshot: Snapshot): Card[] {
	const r = snapshot.resources;
	const today = snapshot.usage.today;
	const breaker = snapshot.breaker;
	return [
		card({
			compares: false,
			id: 'paths',
			label: 'Distinct paths',
			value: formatInt(r.totalPaths),
			hint: `${formatDecimal(r.avgPathsPerIp)} per IP on average`,
		}),
		card({
			compares: false,
			id: 'storage',
			label: 'Stored data',
			value: formatBytes(r.storageBytes),
			hint: 'SQLite storage across all DOs',
		}),
		card({
			compares: false,
			id: 'do-requests',
			label: 'DO requests today',
			value: formatInt(today.doRequests),
			hint: `${formatInt(today.workerRequests)} Worker requests`,
		}),
		card({
			compares: false,
			id: 'rows',
			label: 'SQL rows today',
			value: formatCompact(today.rowsRead),
			unit: 'read',
			hint: `${formatCompact(today.rowsWritten)} written`,
		}),
		card({
			compares: false,
			id: 'overhead',
			label: 'Monitoring overhead',
			...overheadFigure(snapshot.overhead),
		}),
		card({
			compares: false,
			id: 'breaker',
			label: 'Circuit breaker',
			value: breaker.state,
			hint: `${formatInt(breaker.recentFailures)} recent failures`,
			status: status(
				breaker.state === 'closed' ? 'ok' : breaker.state === 'open' ? 'critical' : 'warning',
				breakerText(breaker.state),
			),
		}),
		card({
			compares: false,
			id: 'journal',
			label: 'Fallback journal',
			value: formatInt(snapshot.journal.backlog),
			unit: 'pending',
			hint: snapshot.journal.oldestAt ? `oldest ${snapshot.journal.oldestAt}` : 'nothing waiting for replay',
			status: status(
				snapshot.journal.backlog === 0 ? 'ok' : 'warning',
				snapshot.journal.backlog === 0 ? 'Empty' : 'Backlog',
			),
		}),
		card({
			compares: false,
			id: 'active-seconds',
			label: 'DO active time today',
			value: formatDuration(today.activeSeconds),
			hint: `${formatDecimal(today.activeGbSeconds)} GB-s`,
		}),
	];
}

/**
 * Overhead as report requests per 1,000 record requests, with why it is high at low volume: a
 * collector reports at most once per flush interval while active, so the cost per event falls
 * as traffic grows (a ratio of 24% at demo volume said nothing without that).
 */
function overheadFigure(o: Snapshot['overhead']): Pick<Card, 'value' | 'unit' | 'hint'> {
	const per1000 = o.ratio === null ? null : o.ratio * 1000;
	return {
		value: per1000 === null ? '—' : formatInt(Math.round(per1000)),
		unit: 'reports per 1,000 records',
		hint: `${formatInt(o.reportRequests)} report ÷ ${formatInt(o.recordRequests)} record DO requests today; at most one report per active collector per flush interval, so it falls as traffic per client grows`,
	};
}

function breakerText(state: Snapshot['breaker']['state']): string {
	return state === 'closed'
		? 'Closed'
		: state === 'open'
			? 'Open: writes go to the journal'
			: 'Half-open: probing';
}
