/**
 * metrics.prom: the snapshot in Prometheus text format 0.0.4 for scrapers that read the
 * published site rather than the collector, rendered with the Worker's own exposition code.
 * No per-IP labels; base units (seconds, bytes); unmeasured values are left out, not zeroed.
 */
import type { Snapshot } from '../../../../worker/src/contract/index.ts';
import {
	type MetricFamily,
	renderPrometheus,
	type Sample,
} from '../../../../worker/src/contract/prometheus.ts';

type MaybeSample = { labels?: Record<string, string>; value: number | null };

function family(name: string, help: string, samples: MaybeSample[]): MetricFamily {
	return {
		name,
		help,
		type: 'gauge',
		samples: samples.filter((s): s is Sample => s.value !== null),
	};
}

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);

export function renderSnapshotMetrics(snap: Snapshot): string {
	const p = snap.performance;
	const today = snap.usage.today;
	const window = `over the last ${p.windowSeconds} s`;
	return renderPrometheus([
		family(
			'pathwatch_site_durable_objects',
			'Path-collector Durable Objects (one per client IP) by activity state.',
			[
				{ labels: { state: 'active' }, value: snap.summary.activeIps },
				{ labels: { state: 'idle' }, value: snap.summary.idleIps },
			],
		),
		family('pathwatch_site_record_latency_seconds', `End-to-end record latency ${window}, by statistic.`, [
			{ labels: { stat: 'avg' }, value: seconds(p.avgMs) },
			{ labels: { stat: 'p50' }, value: seconds(p.p50Ms) },
			{ labels: { stat: 'p95' }, value: seconds(p.p95Ms) },
			{ labels: { stat: 'p99' }, value: seconds(p.p99Ms) },
		]),
		family('pathwatch_site_record_failure_ratio', `Share of record requests by failure outcome ${window}.`, [
			{ labels: { outcome: 'error' }, value: p.errorRate },
			{ labels: { outcome: 'timeout' }, value: p.timeoutRate },
			{ labels: { outcome: 'fallback' }, value: p.fallbackRate },
		]),
		family('pathwatch_site_record_throughput_per_second', `Record requests per second ${window}.`, [
			{ value: p.throughputPerSecond },
		]),
		family('pathwatch_site_paths', 'Distinct normalised paths across all Durable Objects.', [
			{ value: snap.resources.totalPaths },
		]),
		family('pathwatch_site_storage_bytes', 'SQLite storage used by all Durable Objects.', [
			{ value: snap.resources.storageBytes },
		]),
		family('pathwatch_site_journal_backlog', 'Events in the fallback journal awaiting replay.', [
			{ value: snap.journal.backlog },
		]),
		family('pathwatch_site_monitoring_overhead_ratio', 'Report DO requests per record DO request, today.', [
			{ value: snap.overhead.ratio },
		]),
		family('pathwatch_site_breaker_open', 'Whether the circuit breaker is open (1) or not (0).', [
			{ value: snap.breaker.state === 'open' ? 1 : 0 },
		]),
		family('pathwatch_site_usage_today', 'Cost-model usage so far today (UTC), by kind.', [
			{ labels: { kind: 'worker_requests' }, value: today.workerRequests },
			{ labels: { kind: 'do_requests' }, value: today.doRequests },
			{ labels: { kind: 'rows_read' }, value: today.rowsRead },
			{ labels: { kind: 'rows_written' }, value: today.rowsWritten },
			{ labels: { kind: 'active_gb_seconds' }, value: today.activeGbSeconds },
		]),
		family(
			'pathwatch_site_snapshot_timestamp_seconds',
			'When the collector produced this snapshot (Unix time).',
			[{ value: Date.parse(snap.generatedAt) / 1000 }],
		),
	]);
}
