/**
 * The dashboard's sources at the edge: the collector's snapshot, time series and usage (from
 * the admin API or from a directory of saved responses, validated with the contract schemas)
 * and an alerts file. `site-input.ts` turns them into the site's input.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { type AlertView, AlertViewListSchema } from '../../../reports-site/src/index.ts';
import {
	type Snapshot,
	SnapshotSchema,
	type Timeseries,
	TimeseriesSchema,
	type TimeseriesWindow,
	type UsageDay,
	UsageResponseSchema,
} from '../../../worker/src/contract/index.ts';
import type { WorkerClient } from '../adapters/worker-client.ts';
import { UserError } from '../core/errors.ts';

/** Usage days fetched: a 30-day chart plus the cost model's 14-day anomaly baseline. */
export const USAGE_DAYS = 45;

export type CollectorData = {
	snapshot: Snapshot;
	timeseries: Record<TimeseriesWindow, Timeseries>;
	usage: UsageDay[];
};

/** One call per payload: snapshot, three windows, usage. */
export async function fetchCollectorData(
	client: Pick<WorkerClient, 'snapshot' | 'timeseries' | 'usage'>,
): Promise<CollectorData> {
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
