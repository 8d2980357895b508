/**
 * `POST /api/admin/heartbeat`: each monitor run ends here, and nothing else feeds the dead-man
 * watchdog. Mounted inside the admin routes, so the admin token guards it. A bad body or an
 * `at` from the future is a 400 and stores nothing.
 */
import { Hono } from 'hono';
import {
	HEARTBEAT_MAX_SKEW_MS,
	type HeartbeatRequest,
	HeartbeatRequestSchema,
	type HeartbeatResponse,
} from '../contract/heartbeat.ts';
import { MINUTE_MS } from '../contract/time.ts';
import { UpstreamError, UserError } from '../core/errors.ts';
import { shardName } from '../core/shard-key.ts';
import type { AppEnv } from '../env.ts';

export const heartbeatRoutes = new Hono<AppEnv>();

const USAGE = 'send {"runId": "<run id>", "at": "<ISO 8601 time>"}';

/** The body, validated once; malformed JSON and a wrong shape are the same 400. */
async function readBody(req: Request): Promise<HeartbeatRequest> {
	const json: unknown = await req.json().catch(() => {
		throw new UserError(400, 'bad_request', `the body is not JSON: ${USAGE}`);
	});
	const parsed = HeartbeatRequestSchema.safeParse(json);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
		throw new UserError(400, 'bad_request', USAGE, { issues });
	}
	return parsed.data;
}

heartbeatRoutes.post('/heartbeat', async (c) => {
	const { runId, at } = await readBody(c.req.raw);
	const now = Date.now();
	const atMs = Date.parse(at);
	if (atMs > now + HEARTBEAT_MAX_SKEW_MS)
		throw new UserError(
			400,
			'bad_request',
			`at is more than ${HEARTBEAT_MAX_SKEW_MS / MINUTE_MS} min ahead of the collector's clock`,
		);
	// Shard 0 keeps the heartbeat: one row, and the snapshot and /metrics already read that shard.
	const { heartbeat, accepted } = await c.env.STATS_SHARD.getByName(shardName(0))
		.recordHeartbeat({ runId, at: atMs }, now)
		.catch((err: unknown) => {
			throw new UpstreamError(503, 'shard_unavailable', 'the heartbeat could not be stored; retry', {
				cause: String(err),
			});
		});
	const body: HeartbeatResponse = {
		accepted,
		heartbeat: {
			runId: heartbeat.runId,
			at: new Date(heartbeat.at).toISOString(),
			receivedAt: new Date(heartbeat.receivedAt).toISOString(),
		},
	};
	return c.json(body);
});
