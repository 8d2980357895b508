/**
 * `Bearer ADMIN_TOKEN` on `/metrics` and every `/api/admin/*` route, compared in constant time;
 * anything else is a 401 with the standard JSON error. Also counts the request as a Worker
 * request for the cost model (once, even when two routers apply the middleware).
 */
import { createMiddleware } from 'hono/factory';
import { observeUsage, type WaitUntil } from '../adapters/front-metrics.ts';
import { bearerToken, tokensMatch } from '../core/auth.ts';
import { UserError } from '../core/errors.ts';
import type { AppEnv } from '../env.ts';

const seen = new WeakSet<Request>();

/** The execution context, or null under `app.request()` without one (nothing to flush to then). */
export function executionContextOf(c: { executionCtx: WaitUntil }): WaitUntil | null {
	try {
		return c.executionCtx;
	} catch {
		// Hono throws when the runtime gave no context (direct `app.request()` in tests).
		return null;
	}
}

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
	if (!seen.has(c.req.raw)) {
		seen.add(c.req.raw);
		const ctx = executionContextOf(c);
		if (ctx) observeUsage(c.env, ctx, { workerRequests: 1 });
	}
	const token = bearerToken(c.req.header('Authorization'));
	const expected = c.env.ADMIN_TOKEN;
	if (!expected || token === null || !tokensMatch(token, expected)) {
		throw new UserError(401, 'unauthorized', 'send Authorization: Bearer <ADMIN_TOKEN>');
	}
	await next();
});
