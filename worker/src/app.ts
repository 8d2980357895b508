import { Hono } from 'hono';
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
			console.error(JSON.stringify({ msg: 'request failed', path: c.req.path, err: String(err) }));
		return c.json(body, status);
	});
	return app;
}
