import { reset } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { JobStatusSchema } from '../../worker/src/contract/index.ts';
import { LATEST_SCHEMA_VERSION } from '../../worker/src/core/collector-schema.ts';
import {
	collector,
	DAY_MS,
	driveJob,
	freshIp,
	jobStatus,
	postJob,
	registryRow,
	seedIp,
	startJob,
} from './jobs-fixtures.ts';

const admin = { authorization: 'Bearer test-admin-token' };

describe('POST /api/admin/jobs', () => {
	beforeEach(() => reset());

	it('requires the admin token', async () => {
		const res = await exports.default.fetch(
			new Request('http://collector/api/admin/jobs', {
				method: 'POST',
				body: JSON.stringify({ type: 'backup' }),
			}),
		);
		expect(res.status).toBe(401);
	});

	it.each([
		[{ type: 'defrag' }, 'bad_request'],
		[{ type: 'cleanup', params: { inactiveDays: 'thirty' } }, 'bad_params'],
		[{ type: 'cleanup', params: { inactiveDayz: 30 } }, 'bad_params'],
		[{ type: 'restore', params: {} }, 'bad_params'],
		[{ type: 'restore', params: { backupId: 'b', ips: '10.0.0.1,not-an-ip' } }, 'bad_params'],
		[{ type: 'backup', id: 'has spaces' }, 'bad_request'],
	])('answers %j with 400 and starts nothing', async (body, code) => {
		const res = await postJob({ id: 'rejected-job', ...body });
		expect(res.status).toBe(400);
		expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
		const status = await exports.default.fetch('http://collector/api/admin/jobs/rejected-job', {
			headers: admin,
		});
		expect(status.status).toBe(404);
	});

	it('treats a repeated id as the same job, and other params under it as a conflict', async () => {
		const first = await postJob({ type: 'compact', id: 'nightly-compact', params: { minRequests: 10 } });
		expect(first.status).toBe(202);
		expect(await first.json()).toMatchObject({ id: 'nightly-compact', created: true });
		const again = await postJob({ type: 'compact', id: 'nightly-compact', params: { minRequests: 10 } });
		expect(await again.json()).toMatchObject({ id: 'nightly-compact', created: false, resumed: false });
		const other = await postJob({ type: 'compact', id: 'nightly-compact', params: { minRequests: 11 } });
		expect(other.status).toBe(409);
		const done = await driveJob('nightly-compact');
		expect(JobStatusSchema.parse(done).state).toBe('succeeded');
	});

	it('generates ids and reports status with progress and a result', async () => {
		await seedIp(freshIp(), Date.now() - 1000);
		const id = await startJob('backup');
		expect(id).toMatch(/^backup-/);
		const queued = await jobStatus(id);
		expect(['queued', 'running', 'succeeded']).toContain(queued.state);
		const done = await driveJob(id);
		expect(done.progress).toMatchObject({ done: 1, total: 1, percent: 100 });
		expect(done.result?.maxSubrequestsPerInvocation).toBeGreaterThan(0);
		expect(done.result?.maxSubrequestsPerInvocation).toBeLessThan(1000);
		expect(done.finishedAt).not.toBeNull();
	});

	it('answers unknown and malformed ids', async () => {
		expect(
			(await exports.default.fetch('http://collector/api/admin/jobs/nope', { headers: admin })).status,
		).toBe(404);
		expect(
			(await exports.default.fetch('http://collector/api/admin/jobs/a%20b', { headers: admin })).status,
		).toBe(400);
	});
});

describe('compact and optimize', () => {
	beforeEach(() => reset());

	it('compact merges paths recorded before templating, on busy IPs only', async () => {
		const busy = freshIp();
		const quiet = freshIp();
		const t = Date.now() - 60_000;
		const rows = [1, 2, 3].map((n) => ({
			method: 'GET',
			path: `/users/${n}`,
			count: 600,
			firstSeen: t,
			lastSeen: t + n,
			lastUserAgent: null,
			country: null,
		}));
		await collector(busy).importExact({
			schemaVersion: LATEST_SCHEMA_VERSION,
			ip: busy,
			totalRequests: 1800,
			overflowRequests: 0,
			firstSeen: t,
			lastActivity: t + 3,
			paths: rows,
		});
		await collector(busy).flushReport();
		await seedIp(quiet, t);

		const done = await driveJob(await startJob('compact'));
		expect(done.result).toMatchObject({
			candidates: 1,
			compacted: 1,
			pathsBefore: 3,
			pathsAfter: 1,
			pathsMerged: 2,
		});
		expect(typeof done.result?.bytesSaved).toBe('number');
		const stats = await collector(busy).stats();
		expect(stats).toMatchObject({ totalRequests: 1800, pathCount: 1 });
	});

	it('optimize flushes idle collectors with pending reports and estimates the saving', async () => {
		const now = Date.now();
		const pending = freshIp();
		await seedIp(pending, now - 20 * 60_000);
		await collector(pending).record([
			{
				id: 'late-1',
				ip: pending,
				path: '/late',
				method: 'GET',
				userAgent: null,
				country: null,
				timestamp: now - 20 * 60_000,
			},
		]);
		await seedIp(freshIp(), now - 30 * 60_000);
		await seedIp(freshIp(), now - 60_000);
		await seedIp(freshIp(), now - 2 * DAY_MS);

		const done = await driveJob(await startJob('optimize'));
		expect(done.result).toMatchObject({ candidates: 2, flushed: 1, nothingPending: 1 });
		// Quantities, not money: the action prices them.
		expect(done.result?.savedQuantities).toMatchObject({ doRequests: 1, gbSeconds: 1.28 });
		expect(done.result?.estimatedSavingsUsd).toBeUndefined();
		expect((await registryRow(pending))?.totalRequests).toBe(
			(await collector(pending).stats()).totalRequests,
		);
	});
});
