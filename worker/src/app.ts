import { Hono } from 'hono';
import { redactIps } from './contract/redact.ts';
import { toErrorResponse, UserError } from './core/errors.ts';
import type { AppEnv } from './env.ts';
import { adminRoutes } from './routes/admin.ts';
import { requireAdmin } from './routes/admin-auth.ts';
import { healthRoutes } from './routes/health.ts';
import { historyRoutes } from './routes/history.ts';
import { jobRoutes } from './routes/jobs.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { recordRoutes } from './routes/record.ts';

/** `/api/admin/*`: one group, one admin token check, whatever the routes inside. */
function adminGroup(): Hono<AppEnv> {
	const admin = new Hono<AppEnv>();
	admin.use('*', requireAdmin);
	admin.route('/', adminRoutes);
	admin.route('/', jobRoutes);
	admin.route('/', historyRoutes);
	return admin;
}

/**
 * The request path as a log line shows it: `/api/admin/ips/:ip` carries an address, which may
 * arrive percent-encoded (`2001%3Adb8%3A%3A1`), so the path is decoded, then redacted.
 */
function loggedPath(path: string): string {
	try {
		return redactIps(decodeURIComponent(path));
	} catch {
		// A malformed escape: redact what can be read as is.
		return redactIps(path);
	}
}

/** Builds the Worker's router; errors are mapped to the JSON error body in exactly one place. */
export function createApp(): Hono<AppEnv> {
	const app = new Hono<AppEnv>();
	app.route('/', healthRoutes);
	app.route('/', recordRoutes);
	app.route('/', metricsRoutes);
	app.route('/api/admin', adminGroup());
	app.notFound(() => {
		throw new UserError(404, 'not_found', 'no such route');
	});
	app.onError((err, c) => {
		const { status, body } = toErrorResponse(err);
		if (status >= 500)
			console.error(
				JSON.stringify({ msg: 'request failed', path: loggedPath(c.req.path), err: redactIps(String(err)) }),
			);
		return c.json(body, status);
	});
	return app;
}
