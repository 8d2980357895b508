/**
 * `/api/admin/*` reads. Each costs exactly one DO request per shard (or, for one IP, two to
 * its collector), whatever the number of IPs; the shards count those requests as 'admin'.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { eachShard, shardForIp } from '../adapters/stats-shards.ts';
import {
	IP_DAILY_DAYS,
	type IpDetail,
	TimeseriesWindowSchema,
	type TopResponse,
	type UsageResponse,
} from '../contract/index.ts';
import { canonicalIp } from '../contract/ip.ts';
import { MAX_NEW_PATHS_AGE_DAYS, PathsNewQuerySchema, PathsTopQuerySchema } from '../contract/paths.ts';
import { redactIps } from '../contract/redact.ts';
import { DAY_MS } from '../contract/time.ts';
import { UpstreamError, UserError } from '../core/errors.ts';
import { candidateNames, mergeNewPaths } from '../core/path-new.ts';
import { candidatesFor, mergePathsTop } from '../core/path-top.ts';
import {
	ACTIVE_WINDOW_SECONDS,
	mergeSnapshot,
	mergeTop,
	PERFORMANCE_WINDOW_SECONDS,
	SNAPSHOT_TOP_IPS,
	toTopIp,
} from '../core/snapshot.ts';
import { buildTimeseries, windowSpec } from '../core/timeseries.ts';
import { mergeDayLists, toUsageDay } from '../core/usage.ts';
import { type AppEnv, settingsOf } from '../env.ts';
import { VERSION } from '../version.ts';
import { executionContextOf } from './execution-context.ts';
import { heartbeatRoutes } from './heartbeat.ts';
import { lastJobRuns } from './jobs.ts';
import { journalBacklog } from './journal-backlog.ts';

/** Mounted inside the admin route group (app.ts), which applies the admin token check once. */
export const adminRoutes = new Hono<AppEnv>();
adminRoutes.route('/', heartbeatRoutes);

/** Validates a query string once; a bad value is a 400 naming the parameter. */
function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.infer<T> {
	const parsed = schema.safeParse(query);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => ({ param: i.path.join('.'), message: i.message }));
		throw new UserError(
			400,
			'invalid_query',
			`invalid query: ${issues.map((i) => i.param).join(', ')}`,
			issues,
		);
	}
	return parsed.data;
}

adminRoutes.get('/snapshot', async (c) => {
	const now = Date.now();
	const [journal, jobs, partials] = await Promise.all([
		journalBacklog(c.env, executionContextOf(c)),
		lastJobRuns(c.env),
		eachShard(c.env, (shard, i) =>
			shard.summarize({
				now,
				windowSeconds: PERFORMANCE_WINDOW_SECONDS,
				activeWindowSeconds: ACTIVE_WINDOW_SECONDS,
				topLimit: SNAPSHOT_TOP_IPS,
				scrape: i === 0,
			}),
		),
	]);
	const snapshot = mergeSnapshot(partials, {
		now,
		version: VERSION,
		shards: partials.length,
		windowSeconds: PERFORMANCE_WINDOW_SECONDS,
		activeWindowSeconds: ACTIVE_WINDOW_SECONDS,
		topLimit: SNAPSHOT_TOP_IPS,
		journal,
		ingestOpen: settingsOf(c.env).ingestToken === null,
	});
	return c.json(jobs === null ? snapshot : { ...snapshot, jobs });
});

const TimeseriesQuerySchema = z.object({ window: TimeseriesWindowSchema.default('24h') });
const UsageQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(400).default(30) });

adminRoutes.get('/timeseries', async (c) => {
	const { window } = parseQuery(TimeseriesQuerySchema, c.req.query());
	const now = Date.now();
	const partials = await eachShard(c.env, (shard) => shard.timeseries({ now, window }));
	return c.json(buildTimeseries(window, windowSpec(window, now, settingsOf(c.env).rollupStepMs), partials));
});

adminRoutes.get('/usage', async (c) => {
	const { days } = parseQuery(UsageQuerySchema, c.req.query());
	const now = Date.now();
	const partials = await eachShard(c.env, (shard) => shard.usage({ now, days }));
	const body: UsageResponse = { days: [...mergeDayLists(partials)].map(([date, d]) => toUsageDay(date, d)) };
	return c.json(body);
});

const TopQuerySchema = z.object({
	by: z.enum(['requests', 'paths', 'storage', 'recent']).default('requests'),
	limit: z.coerce.number().int().min(1).max(1000).default(10),
});

adminRoutes.get('/top', async (c) => {
	const { by, limit } = parseQuery(TopQuerySchema, c.req.query());
	const now = Date.now();
	const partials = await eachShard(c.env, (shard) => shard.top({ now, by, limit }));
	const body: TopResponse = { by, items: mergeTop(partials, by, limit).map(toTopIp) };
	return c.json(body);
});

const PathsQuerySchema = z.object({
	cursor: z.string().max(4096).optional(),
	limit: z.coerce.number().int().min(1).max(1000).default(100),
	sort: z.enum(['count', 'recent', 'path']).default('count'),
});

adminRoutes.get('/ips/:ip', async (c) => {
	const ip = canonicalIp(c.req.param('ip'));
	if (ip === null) throw new UserError(400, 'invalid_ip', 'the path must end with an IPv4 or IPv6 address');
	const { cursor, limit, sort } = parseQuery(PathsQuerySchema, c.req.query());
	const collector = c.env.PATH_COLLECTOR.getByName(ip);
	const fromShard = shardForIp(c.env, ip)
		.ipDaily({ now: Date.now(), ip, days: IP_DAILY_DAYS })
		.catch((err: unknown) => {
			throw new UpstreamError(
				503,
				'shard_unavailable',
				'the stats shard of this IP did not answer; retry the read',
				{
					cause: redactIps(String(err)),
				},
			);
		});
	const fromCollector = Promise.all([
		collector.stats(),
		collector.paths({ cursor: cursor ?? null, limit, sort }),
	]).catch((err: unknown) => {
		// No raw IP in errors (DESIGN, Privacy): the caller knows which address it asked for.
		throw new UpstreamError(503, 'collector_unavailable', 'the collector of this IP did not answer', {
			cause: redactIps(String(err)),
		});
	});
	const [[stats, paths], daily] = await Promise.all([fromCollector, fromShard]);
	if (stats.firstSeen === null && stats.totalRequests === 0) {
		throw new UserError(404, 'unknown_ip', 'no events were ever recorded for this IP');
	}
	const body: IpDetail = { stats, paths, daily };
	return c.json(body);
});

/** Top paths across clients: one call per shard (its best candidates with client sketches), merged. */
adminRoutes.get('/paths/top', async (c) => {
	const { by, window, limit } = parseQuery(PathsTopQuerySchema, c.req.query());
	const now = Date.now();
	const max = candidatesFor(limit);
	const partials = await eachShard(c.env, (shard) => shard.pathsTop({ now, by, window, max }));
	return c.json(mergePathsTop(partials, { by, window, limit, now }));
});

/**
 * Paths first seen since a time: two calls per shard, since a path is new only if no shard saw
 * it earlier (names first, then every shard's first-seen time for those names).
 */
adminRoutes.get('/paths/new', async (c) => {
	const { since, limit } = parseQuery(PathsNewQuerySchema, c.req.query());
	const now = Date.now();
	const sinceMs = Date.parse(since);
	if (sinceMs < now - MAX_NEW_PATHS_AGE_DAYS * DAY_MS) {
		throw new UserError(
			400,
			'invalid_query',
			`invalid query: since must be within the last ${MAX_NEW_PATHS_AGE_DAYS} days (first-seen times are kept that long)`,
			[{ param: 'since', message: `more than ${MAX_NEW_PATHS_AGE_DAYS} days ago` }],
		);
	}
	const phase1 = await eachShard(c.env, (shard) => shard.pathsNewCandidates({ now, since: sinceMs, limit }));
	const paths = candidateNames(phase1);
	const phase2 =
		paths.length === 0
			? phase1.map(() => [])
			: await eachShard(c.env, (shard) => shard.pathsSummary({ now, paths, since: sinceMs }));
	return c.json(mergeNewPaths(phase1, phase2, { since: sinceMs, limit, now }));
});
