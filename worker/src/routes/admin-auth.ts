/**
 * `Bearer ADMIN_TOKEN` on `/metrics` and the `/api/admin` route group, compared in constant
 * time; anything else is a 401 with the standard JSON error. Applied once per route group (see
 * app.ts), it also counts the request as a Worker request for the cost model.
 */
import { createMiddleware } from 'hono/factory';
import { observeUsage } from '../adapters/front-metrics.ts';
import { bearerToken, tokensMatch } from '../core/auth.ts';
import { UserError } from '../core/errors.ts';
import type { AppEnv } from '../env.ts';
import { executionContextOf } from './execution-context.ts';

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
	const ctx = executionContextOf(c);
	if (ctx) observeUsage(c.env, ctx, { workerRequests: 1 });
	const token = bearerToken(c.req.header('Authorization'));
	const expected = c.env.ADMIN_TOKEN;
	if (!expected || token === null || !tokensMatch(token, expected)) {
		throw new UserError(401, 'unauthorized', 'send Authorization: Bearer <ADMIN_TOKEN>');
	}
	await next();
});
