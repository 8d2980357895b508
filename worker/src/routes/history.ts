/**
 * `POST /api/admin/history` (admin token): imports hourly history into the rollups, for hours
 * before any shard's own data (see contract/history.ts). One call per shard to find its oldest
 * hour, then one to shard 0, which keeps the imported buckets: every read sums the shards, so
 * where the history sits does not change a figure. Bad input is a 400 and stores nothing; an
 * overlap is a 409 and stores nothing.
 */
import { Hono } from 'hono';
import { eachShard, shardStub } from '../adapters/stats-shards.ts';
import { type HistoryImport, type HistoryImportResponse, HistoryImportSchema } from '../contract/history.ts';
import { HOUR_MS } from '../contract/time.ts';
import { UpstreamError, UserError } from '../core/errors.ts';
import { historyBuckets } from '../core/history-import.ts';
import type { AppEnv } from '../env.ts';

export const historyRoutes = new Hono<AppEnv>();

const USAGE =
	'send {"hours": [{"start": "<hour, ISO 8601>", "records": n, "latency": [[ms, requests], …], …}]}';

async function readBody(req: Request): Promise<HistoryImport> {
	const json: unknown = await req.json().catch(() => {
		throw new UserError(400, 'bad_request', `the body is not JSON: ${USAGE}`);
	});
	const parsed = HistoryImportSchema.safeParse(json);
	if (!parsed.success) {
		const issues = parsed.error.issues
			.slice(0, 10)
			.map((i) => ({ path: i.path.join('.'), message: i.message }));
		throw new UserError(400, 'bad_request', USAGE, { issues });
	}
	return parsed.data;
}

historyRoutes.post('/history', async (c) => {
	const body = await readBody(c.req.raw);
	const now = Date.now();
	const oldest = (await eachShard(c.env, (shard) => shard.oldestHour({ now }))).filter(
		(h): h is number => h !== null,
	);
	const set = historyBuckets(body, oldest.length ? Math.min(...oldest) : null, now);
	await shardStub(c.env, 0)
		.importHistory({ now, set, storedBytes: body.storedBytes })
		.catch((err: unknown) => {
			throw new UpstreamError(503, 'shard_unavailable', 'the history could not be stored; retry', {
				cause: String(err),
			});
		});
	const starts = [...set.hours.keys()];
	const response: HistoryImportResponse = {
		hours: set.hours.size,
		days: set.days.size,
		from: new Date(Math.min(...starts)).toISOString(),
		until: new Date(Math.max(...starts) + HOUR_MS).toISOString(),
	};
	return c.json(response);
});
