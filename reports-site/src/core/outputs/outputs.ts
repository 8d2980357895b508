/**
 * Outputs (this folder): the files published beside the HTML (JSON summaries and history,
 * badges, the Atom feed, metrics.prom) plus the page-weight budget and script-safe JSON.
 *
 * Machine-readable outputs beside the HTML: api/summary.json, api/history-*.json and
 * shields.io endpoint badges. Raw numbers, not display strings; IPs anonymised as on the page.
 */
import type { Timeseries } from '../../../../worker/src/contract/index.ts';
import { anonymiseIp } from '../anonymise.ts';
import { formatDecimal, formatInt, formatMoney, formatMs, formatPercent } from '../display/format.ts';
import { healthStatus, type Level, levelOf } from '../display/health.ts';
import { selectAlerts } from '../sections/alerts.ts';
import type { AlertView, SiteInput, ViewOptions } from '../types.ts';

export const SUMMARY_SCHEMA_VERSION = 1;

export function summaryJson(input: SiteInput, options: ViewOptions) {
	const now = Date.parse(input.generatedAt);
	const snap = input.snapshot;
	const { firing, resolved } = selectAlerts(input.alerts, now, options.resolvedWithinDays);
	const alert = (a: AlertView) => ({
		fingerprint: a.fingerprint,
		title: a.title,
		severity: a.severity,
		state: a.state,
		url: a.url,
		openedAt: a.openedAt,
		resolvedAt: a.resolvedAt,
		labels: a.labels,
	});
	const cost = input.cost;
	return {
		schemaVersion: SUMMARY_SCHEMA_VERSION,
		generatedAt: input.generatedAt,
		snapshotAt: snap.generatedAt,
		stale: (now - Date.parse(snap.generatedAt)) / 1000 > options.staleAfterSeconds,
		collectorVersion: snap.version,
		summary: { ...snap.summary, healthScore: input.health?.score ?? null },
		health: input.health,
		performance: snap.performance,
		resources: snap.resources,
		business: snap.business,
		cost,
		alerts: input.alerts === null ? null : { firing: firing.map(alert), resolved: resolved.map(alert) },
		topIps: snap.topIps.map((ip) => ({ ...ip, ip: anonymiseIp(ip.ip, options.anonymise) })),
		links: {
			history: { '24h': 'history-24h.json', '7d': 'history-7d.json', '30d': 'history-30d.json' },
			feed: '../feed.xml',
			metrics: '../metrics.prom',
		},
	};
}

/** The collector's time series as served by the admin API, stamped with the build time. */
export function historyJson(ts: Timeseries, generatedAt: string) {
	return { schemaVersion: SUMMARY_SCHEMA_VERSION, generatedAt, ...ts };
}

export type Badge = { schemaVersion: 1; label: string; message: string; color: string };

const COLOR: Record<Level, string> = {
	ok: 'brightgreen',
	warning: 'orange',
	critical: 'red',
	unknown: 'lightgrey',
};

/** shields.io endpoint badges (https://shields.io/badges/endpoint-badge), keyed by file name. */
export function badges(input: SiteInput, options: ViewOptions): Record<string, Badge> {
	const t = options.thresholds;
	const p = input.snapshot.performance;
	const health = input.health?.score ?? null;
	const { firing } = selectAlerts(input.alerts, Date.parse(input.generatedAt), options.resolvedWithinDays);
	const critical = firing.filter((a) => a.severity === 'critical').length;
	const projected = input.cost?.projected.cost ?? null;
	const badge = (label: string, message: string, level: Level): Badge => ({
		schemaVersion: 1,
		label,
		message,
		color: COLOR[level],
	});
	return {
		health: badge(
			'health',
			health === null ? 'no data' : `${formatDecimal(health)} / 100`,
			healthStatus(health).level,
		),
		alerts:
			input.alerts === null
				? badge('alerts', 'not loaded', 'unknown')
				: badge(
						'alerts',
						firing.length === 0
							? 'none firing'
							: `${firing.length} firing${critical ? ` (${critical} critical)` : ''}`,
						critical ? 'critical' : firing.length ? 'warning' : 'ok',
					),
		'p95-latency': badge('p95 latency', formatMs(p.p95Ms).replace('—', 'no data'), levelOf(p.p95Ms, t.p95Ms)),
		'error-rate': badge(
			'error rate',
			formatPercent(p.errorRate).replace('—', 'no data'),
			levelOf(p.errorRate, t.errorRate),
		),
		'monthly-cost': badge(
			'projected cost',
			projected === null ? 'no data' : `${formatMoney(projected, input.cost?.currency)} / month`,
			levelOf(projected, t.monthlyCost),
		),
		'active-dos': {
			...badge('active DOs', formatInt(input.snapshot.summary.activeIps), 'ok'),
			color: 'blue',
		},
	};
}
