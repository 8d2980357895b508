/**
 * The dashboard's sources at the edge: the collector's snapshot, time series and usage (from
 * the admin API or from a directory of saved responses, validated with the contract schemas)
 * and an alerts file. `site-input.ts` turns them into the site's input.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import {
	type AlertView,
	AlertViewListSchema,
	type ClientInput,
	type PathsInput,
} from '../../../reports-site/src/index.ts';
import {
	PathsNewResponseSchema,
	PathsTopResponseSchema,
	type Snapshot,
	SnapshotSchema,
	type Timeseries,
	TimeseriesSchema,
	type TimeseriesWindow,
	type UsageDay,
	UsageResponseSchema,
} from '../../../worker/src/contract/index.ts';
import { DAY_MS } from '../../../worker/src/contract/time.ts';
import type { WorkerClient } from '../adapters/worker-client.ts';
import { UpstreamError, UserError } from '../core/errors.ts';

/** Usage days fetched: a 30-day chart plus the cost model's 14-day anomaly baseline. */
export const USAGE_DAYS = 45;

/** Paths in the top-paths table, and the most new paths listed. */
export const TOP_PATHS = 25;
const NEW_PATHS = 25;
/** New paths are those first seen within this many days. */
const NEW_PATHS_DAYS = 7;
/** Clients given a drill-down page (one `GET /api/admin/ips/:ip` each), and paths shown on it. */
export const CLIENT_PAGES = 10;
const CLIENT_PATHS = 50;

export type CollectorData = {
	snapshot: Snapshot;
	timeseries: Record<TimeseriesWindow, Timeseries>;
	usage: UsageDay[];
	paths: PathsInput | null;
	clients: ClientInput[] | null;
};

type Client = Pick<WorkerClient, 'snapshot' | 'timeseries' | 'usage' | 'pathsTop' | 'pathsNew' | 'ipDetail'>;

/** A collector older than the paths routes answers 404: the Paths section is left out, nothing fails. */
async function unlessMissing<T>(read: () => Promise<T>): Promise<T | null> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof UpstreamError && e.status === 404) return null;
		throw e;
	}
}

async function fetchPaths(client: Client, now: number): Promise<PathsInput | null> {
	const since = new Date(now - NEW_PATHS_DAYS * DAY_MS).toISOString();
	const [top, fresh] = await Promise.all([
		unlessMissing(() => client.pathsTop({ by: 'requests', window: '24h', limit: TOP_PATHS })),
		unlessMissing(() => client.pathsNew({ since, limit: NEW_PATHS })),
	]);
	return top && fresh ? { top, fresh } : null;
}

/** The top clients' details, one call each, bounded by CLIENT_PAGES whatever the number of IPs. */
async function fetchClients(client: Client, snapshot: Snapshot): Promise<ClientInput[]> {
	const ips = snapshot.topIps.slice(0, CLIENT_PAGES).map((t) => t.ip);
	const details = await Promise.all(ips.map((ip) => unlessMissing(() => client.ipDetail(ip, CLIENT_PATHS))));
	return ips.flatMap((ip, i) => {
		const detail = details[i];
		return detail ? [{ ip, detail }] : [];
	});
}

/** One call per payload: snapshot, three windows, usage, top and new paths, then the top clients. */
export async function fetchCollectorData(client: Client, now = Date.now()): Promise<CollectorData> {
	const [snapshot, day, week, month, usage, paths] = await Promise.all([
		client.snapshot(),
		client.timeseries('24h'),
		client.timeseries('7d'),
		client.timeseries('30d'),
		client.usage(USAGE_DAYS),
		fetchPaths(client, now),
	]);
	const clients = await fetchClients(client, snapshot);
	return { snapshot, timeseries: { '24h': day, '7d': week, '30d': month }, usage, paths, clients };
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

async function readOptional<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
	try {
		await stat(file);
	} catch {
		// Absent is allowed: the section it feeds is left out.
		return null;
	}
	return readJson(file, schema);
}

/**
 * Saved admin API responses: snapshot.json, timeseries-24h.json, timeseries-7d.json,
 * timeseries-30d.json and usage.json (`{days: [...]}`), as the collector serves them; and,
 * optionally, paths-top.json and paths-new.json for the Paths section.
 */
export async function readCollectorDir(dir: string): Promise<CollectorData> {
	const [top, fresh] = await Promise.all([
		readOptional(join(dir, 'paths-top.json'), PathsTopResponseSchema),
		readOptional(join(dir, 'paths-new.json'), PathsNewResponseSchema),
	]);
	const paths = top && fresh ? { top, fresh } : null;
	const [snapshot, day, week, month, usage] = await Promise.all([
		readJson(join(dir, 'snapshot.json'), SnapshotSchema),
		readJson(join(dir, 'timeseries-24h.json'), TimeseriesSchema),
		readJson(join(dir, 'timeseries-7d.json'), TimeseriesSchema),
		readJson(join(dir, 'timeseries-30d.json'), TimeseriesSchema),
		readJson(join(dir, 'usage.json'), UsageResponseSchema),
	]);
	return {
		snapshot,
		timeseries: { '24h': day, '7d': week, '30d': month },
		usage: usage.days,
		paths,
		clients: null,
	};
}

/** An alerts file: a JSON array of AlertView. */
export function readAlertsFile(file: string): Promise<AlertView[]> {
	return readJson(file, AlertViewListSchema);
}
