import { Hono } from 'hono';
import type { z } from 'zod';
import { observeUsage } from '../adapters/front-metrics.ts';
import type { ReadinessSchema } from '../contract/index.ts';
import type { AppEnv, Bindings } from '../env.ts';
import { VERSION } from '../version.ts';
import { executionContextOf } from './execution-context.ts';

export const healthRoutes = new Hono<AppEnv>();

/** Liveness: the Worker runs. Touches no binding. */
healthRoutes.get('/health', (c) => c.json({ status: 'ok' as const, version: VERSION }));

type Readiness = z.infer<typeof ReadinessSchema>;
type Check = Readiness['checks'][string];

const CHECK_TIMEOUT_MS = 2000;
/** Names the probes use; nothing is ever stored under them. */
const PROBE_KEY = '__pathwatch_health__';

async function probe(run: () => Promise<unknown>): Promise<Check> {
	const started = Date.now();
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		await Promise.race([
			run(),
			new Promise<never>((_, reject) => {
				timer = setTimeout(
					() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
					CHECK_TIMEOUT_MS,
				);
			}),
		]);
		return { ok: true, latencyMs: Date.now() - started };
	} catch (err) {
		return {
			ok: false,
			latencyMs: Date.now() - started,
			error: err instanceof Error ? err.message : String(err),
		};
	} finally {
		if (timer !== undefined) clearTimeout(timer);
	}
}

/**
 * Readiness: one cheap call per dependency, concurrently. The Durable Object probe uses a
 * dedicated collector name and a method that neither records nor reports anything.
 */
export async function checkReadiness(env: Bindings): Promise<Readiness> {
	const [durableObject, kv, r2] = await Promise.all([
		probe(() => env.PATH_COLLECTOR.getByName(PROBE_KEY).ping()),
		probe(() => env.JOURNAL.get(PROBE_KEY)),
		probe(() => env.ARCHIVE.head(PROBE_KEY)),
	]);
	const checks = { durableObject, kv, r2 };
	const ready = Object.values(checks).every((c) => c.ok);
	return { status: ready ? 'ready' : 'unavailable', checks };
}

/**
 * 200 when every dependency answers; 503 naming the failing ones otherwise. Its calls are
 * billed like any other, so they are booked into usage: the Worker request, one DO request
 * (as 'admin'), one KV read, one R2 class B operation — whether or not each one answered.
 */
healthRoutes.get('/health/ready', async (c) => {
	const ctx = executionContextOf(c);
	if (ctx) observeUsage(c.env, ctx, { workerRequests: 1, doRequests: 1, kvReads: 1, r2ClassB: 1 });
	const readiness = await checkReadiness(c.env);
	return c.json(readiness, readiness.status === 'ready' ? 200 : 503);
});
