/**
 * The site's input, composed by the action: collector data plus the monitor's own models over
 * it (cost report, health score and its per-bucket series, status thresholds from the config),
 * so the page, the badges and the monitor's alerts agree. No I/O of its own.
 */

import type {
	AlertView,
	JobScheduleEntry,
	LevelPair,
	SiteInput,
	Thresholds,
} from '../../../reports-site/src/index.ts';
import type { Snapshot, Timeseries, TimeseriesWindow } from '../../../worker/src/contract/index.ts';
import type { AlertIssueView } from '../alert-issues.ts';
import { computeHealth } from '../core/alerts/health.ts';
import { JOB_INTERVAL_MS, JOB_OVERDUE_GRACE } from '../core/alerts/job-metrics.ts';
import type { Config } from '../core/config/config.ts';
import { costOptionsFor } from '../core/config/cost.ts';
import { analyzeCost } from '../core/cost/cost.ts';
import { pricesFor } from '../monitor/scrape.ts';
import type { CollectorData } from './sources.ts';

/** The dashboard's view of an alert issue listed by `listAlertIssues`. */
export function toAlertView(issue: AlertIssueView): AlertView {
	return {
		fingerprint: issue.fingerprint,
		title: issue.title,
		severity: issue.severity ?? 'info',
		state: issue.status,
		flapping: issue.flapping,
		url: issue.url,
		openedAt: issue.openedAt,
		resolvedAt: issue.status === 'resolved' ? issue.resolvedAt : null,
		labels: issue.alertLabels,
	};
}

/**
 * Health per bucket: the monitor's formula applied to each bucket's p95, error and timeout
 * rates. Utilisation is only known as of the snapshot, so it is held at its current value.
 */
export function healthSeries(
	ts: Timeseries,
	snapshot: Snapshot,
	sla: Config['sla'],
	now: Date,
): (number | null)[] {
	const s = ts.series;
	return s.requests.map((req, i) => {
		if (req === null || req === 0) return null;
		const errors = s.errors[i] ?? null;
		const timeouts = s.timeouts[i] ?? null;
		const performance = {
			...snapshot.performance,
			p95Ms: s.p95Ms[i] ?? null,
			errorRate: errors === null ? null : errors / req,
			timeoutRate: timeouts === null ? null : timeouts / req,
		};
		return computeHealth({ ...snapshot, performance }, sla, now).score;
	});
}

/** Adds the cost report, health score and health series (the monitor's models, same config). */
export function assembleSiteInput(
	data: CollectorData,
	alerts: AlertView[] | null,
	config: Config,
	now: Date,
): SiteInput {
	const series = (w: TimeseriesWindow) => healthSeries(data.timeseries[w], data.snapshot, config.sla, now);
	return {
		...data,
		alerts,
		cost: analyzeCost(data.usage, pricesFor(config), now, costOptionsFor(config.cost)),
		health: computeHealth(data.snapshot, config.sla, now),
		healthSeries: { '24h': series('24h'), '7d': series('7d'), '30d': series('30d') },
		generatedAt: now.toISOString(),
		jobSchedule: jobSchedule(),
	};
}

/** The scheduled jobs' intervals and overdue points, as the monitor's MaintenanceJobOverdue rule judges them. */
export function jobSchedule(): JobScheduleEntry[] {
	return Object.entries(JOB_INTERVAL_MS).flatMap(([type, ms]) =>
		ms === undefined
			? []
			: [
					{
						type: type as JobScheduleEntry['type'],
						intervalSeconds: ms / 1000,
						overdueAfterSeconds: (ms * JOB_OVERDUE_GRACE) / 1000,
					},
				],
	);
}

function ruleLevels(config: Config, metric: 'p95_ms' | 'error_rate'): LevelPair {
	const rule = config.rules.find((r) => r.metric === metric);
	return {
		warning: rule?.levels.warning?.threshold ?? null,
		critical: rule?.levels.critical?.threshold ?? null,
	};
}

function budgetLevels(config: Config): LevelPair {
	const budget = config.budgets[0];
	const at = (severity: 'warning' | 'critical') => {
		const percents = (budget?.thresholds ?? [])
			.filter((t) => t.basis === 'forecast' && t.severity === severity)
			.map((t) => t.percent);
		return budget && percents.length ? (budget.amount * Math.min(...percents)) / 100 : null;
	};
	return { warning: at('warning'), critical: at('critical') };
}

/**
 * Display thresholds from the config: the first rule on `p95_ms` and on `error_rate`, and the
 * first budget's forecast thresholds. With the built-in config these are the seed's values
 * (100/200 ms, 0.5%/1%, $30/$50 a month).
 */
export function thresholdsFromConfig(config: Config): Thresholds {
	return {
		p95Ms: ruleLevels(config, 'p95_ms'),
		errorRate: ruleLevels(config, 'error_rate'),
		monthlyCost: budgetLevels(config),
		sla: config.sla,
	};
}
