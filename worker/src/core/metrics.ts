/**
 * The families `GET /metrics` exposes, built from one partial per shard. Counters come from the
 * shards' all-time rows (monotonic, never pruned); gauges from their registries. No label
 * carries an IP, so the series count does not grow with traffic.
 */

import { histogramSamples, type MetricFamily } from '../contract/prometheus.ts';
import { REFUSAL_REASONS } from '../contract/refusals.ts';
import { cumulativeCounts, DOUBLING_BOUNDS_MS, histogramCount } from './histogram.ts';
import { DO_REQUEST_KINDS, isServerErrorReason, type Rollup, refusalCounts, sumRollups } from './rollup.ts';
import { type BreakerReportState, type JournalBacklog, worstBreaker } from './snapshot.ts';
import type { StoredHeartbeat } from './watchdog.ts';

/**
 * Failure reasons of requests that passed authentication and validation (refusals are counted
 * apart); all are exported (as 0 until seen) so rates never start from a gap.
 */
export const RECORD_ERROR_REASONS = [
	'do_error',
	'do_timeout',
	'breaker_open',
	'journal_error',
	'internal',
] as const;
export type RecordErrorReason = (typeof RECORD_ERROR_REASONS)[number];

/** What one shard contributes to a scrape (RPC `StatsShard.metrics`). */
export type MetricsPartial = {
	counters: Rollup;
	registry: { ips: number; paths: number; storageBytes: number; activeIps: number };
	breakers: BreakerReportState[];
	lastScrapeAt: number | null;
	/** The monitor's last heartbeat (only from the shard that keeps it). */
	heartbeat?: StoredHeartbeat | null;
};

export type MetricsContext = {
	version: string;
	now: number;
	journal: JournalBacklog;
	/** INGEST_TOKEN is unset. */
	ingestOpen: boolean;
};

const sum = (partials: readonly MetricsPartial[], f: (p: MetricsPartial) => number) =>
	partials.reduce((acc, p) => acc + f(p), 0);

function counter(name: string, help: string, value: number): MetricFamily {
	return { name, help, type: 'counter', samples: [{ value }] };
}

function gauge(name: string, help: string, value: number | null): MetricFamily {
	return { name, help, type: 'gauge', samples: value === null ? [] : [{ value }] };
}

export function buildMetricFamilies(
	partials: readonly MetricsPartial[],
	ctx: MetricsContext,
): MetricFamily[] {
	const c = sumRollups(partials.map((p) => p.counters));
	const breaker = worstBreaker(partials.flatMap((p) => p.breakers));
	const lastScrape = partials.map((p) => p.lastScrapeAt).find((t) => t !== null) ?? null;
	const heartbeat = partials.map((p) => p.heartbeat ?? null).find((h) => h !== null) ?? null;
	const reasons = [...new Set<string>([...RECORD_ERROR_REASONS, ...Object.keys(c.errors)])].filter(
		isServerErrorReason,
	);
	const latencyCount = histogramCount(c.latency);
	return [
		{
			name: 'pathwatch_build_info',
			help: 'Collector build; always 1.',
			type: 'gauge',
			samples: [{ labels: { version: ctx.version }, value: 1 }],
		},
		counter(
			'pathwatch_records_total',
			'Events recorded by collector Durable Objects (exact counts).',
			c.records,
		),
		counter('pathwatch_worker_requests_total', 'Requests served by the front Worker.', c.workerRequests),
		{
			name: 'pathwatch_record_errors_total',
			help: 'POST /record requests that passed the checks and met a failure, by reason (DO failures included even when the journal took the events).',
			type: 'counter',
			samples: reasons.map((reason) => ({ labels: { reason }, value: c.errors[reason] ?? 0 })),
		},
		counter(
			'pathwatch_record_timeouts_total',
			'POST /record requests whose Durable Object call timed out.',
			c.timeouts,
		),
		counter(
			'pathwatch_fallbacks_total',
			'Events written to the fallback journal instead of their Durable Object.',
			c.fallbacks,
		),
		{
			name: 'pathwatch_record_latency_seconds',
			help: 'End-to-end POST /record latency measured by the front Worker (refused requests excluded).',
			type: 'histogram',
			samples: histogramSamples(
				DOUBLING_BOUNDS_MS.map((ms) => ms / 1000),
				cumulativeCounts(c.latency, DOUBLING_BOUNDS_MS),
				c.latencySumMs / 1000,
				latencyCount,
			),
		},
		gauge(
			'pathwatch_tracked_ips',
			'IPs in the shard registries.',
			sum(partials, (p) => p.registry.ips),
		),
		gauge(
			'pathwatch_active_ips',
			'IPs with activity in the last 10 minutes.',
			sum(partials, (p) => p.registry.activeIps),
		),
		gauge(
			'pathwatch_paths',
			'Distinct (method, path) rows stored across all IPs.',
			sum(partials, (p) => p.registry.paths),
		),
		gauge(
			'pathwatch_storage_bytes',
			'Bytes stored by collector Durable Objects.',
			sum(partials, (p) => p.registry.storageBytes),
		),
		{
			name: 'pathwatch_do_requests_total',
			help: 'Durable Object requests by purpose: recording, monitoring reports, admin reads, jobs.',
			type: 'counter',
			samples: DO_REQUEST_KINDS.map((kind) => ({ labels: { kind }, value: c.doRequests[kind] })),
		},
		counter('pathwatch_sql_rows_read_total', 'SQLite rows read by collectors and shards.', c.rowsRead),
		counter(
			'pathwatch_sql_rows_written_total',
			'SQLite rows written by collectors and shards.',
			c.rowsWritten,
		),
		counter(
			'pathwatch_do_active_seconds_total',
			'Wall-clock seconds collectors spent serving requests.',
			c.activeMs / 1000,
		),
		counter('pathwatch_kv_reads_total', 'KV read and list operations by the front Worker.', c.kvReads),
		counter('pathwatch_kv_writes_total', 'KV writes by the front Worker (journal).', c.kvWrites),
		{
			name: 'pathwatch_breaker_state',
			help: 'Worst circuit breaker state isolates reported in the last 15 minutes (1 for the current state).',
			type: 'gauge',
			samples: (['closed', 'half-open', 'open'] as const).map((state) => ({
				labels: { state },
				value: breaker.state === state ? 1 : 0,
			})),
		},
		gauge(
			'pathwatch_last_scrape_timestamp_seconds',
			'Unix time of the previous /metrics or snapshot read (absent before the first); informational, the dead-man uses the monitor heartbeat.',
			lastScrape === null ? null : lastScrape / 1000,
		),
		gauge(
			'pathwatch_monitor_last_run_timestamp_seconds',
			'Unix time of the last finished monitor run, from its heartbeat (absent before the first).',
			heartbeat === null ? null : heartbeat.at / 1000,
		),
		...ingestFamilies(c, ctx),
		...journalFamilies(ctx.journal, ctx.now),
	];
}

/** Refusals by reason (outside the SLI) and whether ingest is open to anyone. */
function ingestFamilies(c: Rollup, ctx: MetricsContext): MetricFamily[] {
	const refused = refusalCounts(c);
	return [
		{
			name: 'pathwatch_record_refused_total',
			help: 'POST /record requests refused before recording (401 unauthorized, 400 invalid, 413 too_large, 415 unsupported_media_type); never in errors or latency.',
			type: 'counter',
			samples: REFUSAL_REASONS.map((reason) => ({ labels: { reason }, value: refused[reason] })),
		},
		gauge(
			'pathwatch_ingest_open',
			'1 when INGEST_TOKEN is unset: anyone with the URL can record events.',
			ctx.ingestOpen ? 1 : 0,
		),
	];
}

/** Replay backlog: how many events wait and how long the oldest has waited. */
function journalFamilies(j: JournalBacklog, now: number): MetricFamily[] {
	return [
		gauge(
			'pathwatch_journal_backlog',
			'Events waiting in the fallback journal for replay (a lower bound when pathwatch_journal_listing_complete is 0).',
			j.events,
		),
		gauge(
			'pathwatch_journal_oldest_event_age_seconds',
			'Seconds since the oldest event still waiting in the journal was written; 0 when the journal is empty.',
			j.oldestAt === null ? 0 : Math.max(0, now - j.oldestAt) / 1000,
		),
		gauge(
			'pathwatch_journal_listing_complete',
			'1 when the bounded journal listing reached the end, so the backlog is exact.',
			j.complete ? 1 : 0,
		),
	];
}
