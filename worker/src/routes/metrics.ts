/**
 * `GET /metrics`: Prometheus text format 0.0.4, one DO request per shard whatever the number of
 * IPs, no per-IP labels. Shard 0 keeps the scrape time (shared with snapshot reads).
 */
import { Hono } from 'hono';
import { eachShard } from '../adapters/stats-shards.ts';
import { PROMETHEUS_CONTENT_TYPE, renderPrometheus } from '../contract/prometheus.ts';
import { buildMetricFamilies } from '../core/metrics.ts';
import { ACTIVE_WINDOW_SECONDS, PERFORMANCE_WINDOW_SECONDS } from '../core/snapshot.ts';
import { type AppEnv, settingsOf } from '../env.ts';
import { VERSION } from '../version.ts';
import { requireAdmin } from './admin-auth.ts';
import { executionContextOf } from './execution-context.ts';
import { journalBacklog } from './journal-backlog.ts';

export const metricsRoutes = new Hono<AppEnv>();

metricsRoutes.get('/metrics', requireAdmin, async (c) => {
	const now = Date.now();
	const [journal, partials] = await Promise.all([
		journalBacklog(c.env, executionContextOf(c)),
		eachShard(c.env, (shard, i) =>
			shard.metrics({
				now,
				activeWindowSeconds: ACTIVE_WINDOW_SECONDS,
				breakerWindowSeconds: PERFORMANCE_WINDOW_SECONDS,
				scrape: i === 0,
			}),
		),
	]);
	const text = renderPrometheus(
		buildMetricFamilies(partials, {
			version: VERSION,
			now,
			journal,
			ingestOpen: settingsOf(c.env).ingestToken === null,
		}),
	);
	return c.body(text, 200, { 'Content-Type': PROMETHEUS_CONTENT_TYPE });
});
