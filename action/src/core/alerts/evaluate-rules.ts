/** Threshold rules: series metrics replayed over the time series, instant ones from the snapshot. */

import type { Snapshot } from '../../../../worker/src/contract/index.ts';
import type { Severity } from '../../../../worker/src/contract/severity.ts';
import { HOUR_MS, MINUTE_MS } from '../../../../worker/src/contract/time.ts';
import type { Rule } from '../config/rule-schema.ts';
import type { CostReport } from '../cost/cost.ts';
import { type AlertEval, type PreviousState, renderTemplate } from './alert.ts';
import type { EvalContext } from './evaluate-context.ts';
import { fingerprint } from './fingerprint.ts';
import { jobsFailed, jobsOverdue } from './job-metrics.ts';
import { formatValue, type MetricName, metricDef } from './metrics.ts';
import { type ReplayResult, replay, type Step, thresholdSignal } from './replay.ts';
import { metricSeries } from './series.ts';

/** The snapshot-only metrics, as of the snapshot; null where there is nothing to measure. */
export function instantValue(metric: MetricName, snapshot: Snapshot, cost: CostReport): number | null {
	const today = snapshot.usage.today;
	switch (metric) {
		case 'projected_monthly_cost':
			return cost.projected.cost;
		case 'month_to_date_cost':
			return cost.monthToDate.cost;
		case 'cost_growth_dod':
			return cost.growth.dayOverDay;
		case 'cost_growth_wow':
			return cost.growth.weekOverWeek;
		case 'quarter_forecast_cost':
			return cost.quarter.cost;
		case 'cost_per_request':
			return cost.costPerRequest;
		case 'active_hours_per_do':
			return today.maxActiveSecondsPerObject / 3600;
		case 'active_hours_total':
			return today.activeSeconds / 3600;
		case 'journal_backlog':
			return snapshot.journal.backlog;
		case 'journal_oldest_age_seconds':
			// Older collectors report only the oldest write time.
			return (
				snapshot.journal.oldestAgeSeconds ??
				(snapshot.journal.oldestAt === null
					? 0
					: Math.max(0, Date.parse(snapshot.generatedAt) - Date.parse(snapshot.journal.oldestAt)) / 1000)
			);
		case 'job_failed':
			return jobsFailed(snapshot);
		case 'job_overdue':
			return jobsOverdue(snapshot);
		case 'breaker_open':
			return snapshot.breaker.state === 'open' ? 1 : 0;
		case 'monitoring_overhead':
			return snapshot.overhead.ratio;
		case 'storage_bytes':
			return snapshot.resources.storageBytes;
		default:
			return null;
	}
}

const lowestLevel = (rule: Rule): Severity => (rule.levels.warning ? 'warning' : 'critical');

/** Carries the open issue's state into a replay whose history starts after it began. */
export function carriedState(
	prev: PreviousState | undefined,
	firstStep: number,
): { level: Severity; since: number } | undefined {
	return prev && prev.status === 'firing' && prev.since < firstStep
		? { level: prev.severity, since: prev.since }
		: undefined;
}

function replayRule(rule: Rule, ctx: EvalContext, prev: PreviousState | undefined): ReplayResult | null {
	const data = ctx.data;
	if (!data) return null;
	const opts = {
		forMs: rule.forMs,
		keepFiringForMs: rule.keepFiringForMs,
		noData: rule.noData,
		lowest: lowestLevel(rule),
	};
	if (metricDef(rule.metric).kind === 'instant') {
		const signal = thresholdSignal(instantValue(rule.metric, data.snapshot, data.cost), rule.levels);
		const initial = carriedState(prev, ctx.now + 1);
		return replay([{ start: ctx.now, end: ctx.now, signal }], { ...opts, initial, noData: 'keep_last' });
	}
	const series = metricSeries(
		rule.metric,
		rule.windowMs,
		data.timeseries,
		data.snapshot,
		data.usage,
		ctx.now,
	);
	const steps: Step[] = series.values.map((v, i) => {
		const start = series.starts[i] ?? 0;
		return { start, end: start + series.stepMs, signal: thresholdSignal(v, rule.levels) };
	});
	return replay(steps, { ...opts, initial: carriedState(prev, steps[0]?.start ?? ctx.now) });
}

export function evaluateRule(rule: Rule, ctx: EvalContext): AlertEval {
	const labels = { alertname: rule.alert, ...rule.labels };
	const fp = fingerprint(labels);
	const prev = ctx.previous.get(fp);
	const r = replayRule(rule, ctx, prev);
	const def = metricDef(rule.metric);
	const firing = !!r?.level;
	const severity = r?.level ?? null;
	const threshold = rule.levels[severity ?? lowestLevel(rule)]?.threshold ?? null;
	const value = r?.value ?? null;
	const fill = { value: formatValue(value, def.unit), threshold: formatValue(threshold, def.unit), labels };
	const lookbackStart = ctx.now - ctx.config.evaluation.lookback;
	return {
		fingerprint: fp,
		alertname: rule.alert,
		kind: 'rule',
		labels,
		status: firing ? 'firing' : r?.sawData ? 'inactive' : 'nodata',
		severity,
		since: r?.since ?? null,
		value,
		threshold,
		unit: def.unit,
		metric: rule.metric,
		summary: renderTemplate(
			rule.annotations.summary ?? `${rule.metric} at $value (threshold $threshold)`,
			fill,
		),
		description: rule.annotations.description ? renderTemplate(rule.annotations.description, fill) : null,
		runbookUrl: rule.annotations.runbook_url ?? null,
		details: [`Metric \`${rule.metric}\`: ${def.description}.`, ...levelLines(rule)],
		endedEpisodes: (r?.episodes ?? []).filter((e) => e.end !== null && e.end >= lookbackStart),
		history: (r?.episodes ?? []).map((e) => ({ from: e.start, to: e.end })),
		cooldownMs: {
			warning: rule.levels.warning?.cooldownMs ?? HOUR_MS,
			critical: rule.levels.critical?.cooldownMs ?? HOUR_MS,
		},
		reopenWindowMs: ctx.config.issues.reopen_window,
		period: null,
		traffic: def.traffic === true,
		suppressedBy: null,
	};
}

function levelLines(rule: Rule): string[] {
	const unit = metricDef(rule.metric).unit;
	const out: string[] = [];
	for (const l of ['warning', 'critical'] as const) {
		const lv = rule.levels[l];
		if (lv)
			out.push(
				`${l}: at or above ${formatValue(lv.threshold, unit)}, clears below ${formatValue(lv.recover, unit)}`,
			);
	}
	if (rule.forMs) out.push(`pending for ${rule.forMs / MINUTE_MS} min before firing`);
	if (rule.keepFiringForMs) out.push(`keeps firing ${rule.keepFiringForMs / MINUTE_MS} min after clearing`);
	return out;
}
