import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { ErrorBodySchema, UsageResponseSchema } from '../../worker/src/contract/index.ts';

const ROUTES: [method: string, path: string][] = [
	['GET', '/metrics'],
	['GET', '/api/admin/snapshot'],
	['GET', '/api/admin/timeseries?window=24h'],
	['GET', '/api/admin/timeseries?window=30d'],
	['GET', '/api/admin/usage?days=7'],
	['GET', '/api/admin/top?by=requests&limit=5'],
	['GET', '/api/admin/ips/192.0.2.10'],
	['POST', '/api/admin/jobs'],
	['GET', '/api/admin/jobs/some-job'],
	['GET', '/api/admin/no-such-route'],
];

const BAD_AUTH: [label: string, header: string | null][] = [
	['no header', null],
	['wrong token', 'Bearer wrong-token'],
	['right length, wrong bytes', `Bearer ${'x'.repeat('test-admin-token'.length)}`],
	['token prefix', 'Bearer test-admin-toke'],
	['token plus suffix', 'Bearer test-admin-token2'],
	['other scheme', 'Basic dGVzdC1hZG1pbi10b2tlbg=='],
	['ingest token', 'Bearer test-ingest-token'],
	['empty bearer', 'Bearer '],
];

describe('admin authentication', () => {
	for (const [method, path] of ROUTES) {
		for (const [label, header] of BAD_AUTH) {
			it(`${method} ${path} refuses ${label} with a 401 JSON error`, async () => {
				const headers: Record<string, string> = { 'Content-Type': 'application/json' };
				if (header !== null) headers.Authorization = header;
				const res = await exports.default.fetch(`http://collector${path}`, {
					method,
					headers,
					body: method === 'POST' ? JSON.stringify({ type: 'compact' }) : undefined,
				});
				expect(res.status).toBe(401);
				expect(res.headers.get('content-type')).toMatch(/application\/json/);
				const body = ErrorBodySchema.parse(await res.json());
				expect(body.error.code).toBe('unauthorized');
			});
		}
	}

	it('lets the right token through', async () => {
		const res = await exports.default.fetch('http://collector/api/admin/usage?days=1', {
			headers: { Authorization: 'Bearer test-admin-token' },
		});
		expect(res.status).toBe(200);
	});

	it('applies once per request: an admin request, jobs routes included, is one Worker request', async () => {
		const headers = { Authorization: 'Bearer test-admin-token' };
		const workerRequests = async () => {
			await flushFrontMetrics(env);
			const res = await exports.default.fetch('http://collector/api/admin/usage?days=1', { headers });
			return UsageResponseSchema.parse(await res.json()).days.at(-1)?.workerRequests ?? 0;
		};
		const before = await workerRequests();
		const job = await exports.default.fetch('http://collector/api/admin/jobs/no-such-job', { headers });
		expect(job.status).toBe(404);
		// The usage read before plus the jobs read: two, not three.
		expect((await workerRequests()) - before).toBe(2);
	});
});
