/**
 * Gathers a SiteInput at the edge: the collector's snapshot, time series and usage (from the
 * admin API or from a directory of saved responses, validated with the contract schemas), the
 * alert issues, and the action's cost and health models computed over them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { CollectorClient } from '../../../action/src/adapters/collector.ts';
import type { AlertIssueView } from '../../../action/src/alert-issues.ts';
import { computeHealth } from '../../../action/src/core/alerts/health.ts';
import type { Config } from '../../../action/src/core/config/config.ts';
import { analyzeCost } from '../../../action/src/core/cost/cost.ts';
import { UserError } from '../../../action/src/core/errors.ts';
import { pricesFor } from '../../../action/src/monitor/run.ts';
import {
	type Snapshot,
	SnapshotSchema,
	type Timeseries,
	TimeseriesSchema,
	type TimeseriesWindow,
	type UsageDay,
	UsageResponseSchema,
} from '../../../worker/src/contract/index.ts';
import { type AlertView, AlertViewListSchema, type SiteInput } from '../core/types.ts';

/** Usage days fetched: a 30-day chart plus the cost model's 14-day anomaly baseline. */
export const USAGE_DAYS = 45;

export type CollectorData = {
	snapshot: Snapshot;
	timeseries: Record<TimeseriesWindow, Timeseries>;
	usage: UsageDay[];
};

/** One call per payload: snapshot, three windows, usage. */
export async function fetchCollectorData(client: CollectorClient): Promise<CollectorData> {
	const [snapshot, day, week, month, usage] = await Promise.all([
		client.snapshot(),
		client.timeseries('24h'),
		client.timeseries('7d'),
		client.timeseries('30d'),
		client.usage(USAGE_DAYS),
	]);
	return { snapshot, timeseries: { '24h': day, '7d': week, '30d': month }, usage };
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (e) {
		throw new UserError(`cannot read ${file}: ${(e as Error).message}`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		throw new UserError(`${file}: not JSON (${(e as Error).message})`);
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new UserError(`${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`);
	}
	return parsed.data;
}

/**
 * Saved admin API responses: snapshot.json, timeseries-24h.json, timeseries-7d.json,
 * timeseries-30d.json and usage.json (`{days: [...]}`), as the collector serves them.
 */
export async function readCollectorDir(dir: string): Promise<CollectorData> {
	const [snapshot, day, week, month, usage] = await Promise.all([
		readJson(join(dir, 'snapshot.json'), SnapshotSchema),
		readJson(join(dir, 'timeseries-24h.json'), TimeseriesSchema),
		readJson(join(dir, 'timeseries-7d.json'), TimeseriesSchema),
		readJson(join(dir, 'timeseries-30d.json'), TimeseriesSchema),
		readJson(join(dir, 'usage.json'), UsageResponseSchema),
	]);
	return { snapshot, timeseries: { '24h': day, '7d': week, '30d': month }, usage: usage.days };
}

/** An alerts file: a JSON array of AlertView. */
export function readAlertsFile(file: string): Promise<AlertView[]> {
	return readJson(file, AlertViewListSchema);
}

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

/** Adds the cost report and health score (the monitor's models, same config) to the data. */
export function assembleSiteInput(
	data: CollectorData,
	alerts: AlertView[] | null,
	config: Config,
	now: Date,
): SiteInput {
	return {
		...data,
		alerts,
		cost: analyzeCost(data.usage, pricesFor(config), now, {
			anomalyZ: config.cost.anomaly_z,
			baselineDays: config.cost.baseline_days,
		}),
		health: computeHealth(data.snapshot, config.sla, now),
		generatedAt: now.toISOString(),
	};
}
