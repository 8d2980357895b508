import { createApp } from './app.ts';
import { redactIps } from './contract/redact.ts';
import type { Bindings } from './env.ts';
import { runWatchdog } from './scheduled.ts';

export { JobRunner } from './objects/job-runner.ts';
export { PathCollector } from './objects/path-collector.ts';
export { StatsShard } from './objects/stats-shard.ts';

export default {
	fetch: createApp().fetch,
	async scheduled(_controller, env, ctx) {
		ctx.waitUntil(
			runWatchdog(env, Date.now(), fetch).catch((err: unknown) => {
				// A failed tick is retried by the next one; log it for `wrangler tail`.
				console.error(JSON.stringify({ msg: 'watchdog failed', err: redactIps(String(err)) }));
			}),
		);
	},
} satisfies ExportedHandler<Bindings>;
