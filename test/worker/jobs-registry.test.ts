/**
 * The JobRunner decides which jobs may overlap (a conflicting start names the running job), and
 * records the last run of each type for the snapshot, read with one call.
 */
import { reset } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../worker/src/contract/index.ts';
import { JOB_REGISTRY_NAME } from '../../worker/src/objects/job-ports.ts';
import { DAY_MS, driveJob, freshIp, postJob, seedIp, startJob } from './jobs-fixtures.ts';

async function snapshotJobs() {
	const res = await exports.default.fetch('http://collector/api/admin/snapshot', {
		headers: { authorization: 'Bearer test-admin-token' },
	});
	expect(res.status).toBe(200);
	return SnapshotSchema.parse(await res.json()).jobs ?? [];
}

describe('job overlap and last runs', () => {
	beforeEach(() => reset());

	it('refuses an overlapping exclusive job, naming the running one; same type follows it', async () => {
		for (let i = 0; i < 3; i++) await seedIp(freshIp(), Date.now() - 60 * DAY_MS - i);
		const cleanup = await startJob('cleanup', {}, 'running-cleanup');

		const restore = await postJob({ type: 'restore', params: { backupId: 'b1' } });
		expect(restore.status).toBe(409);
		const body = (await restore.json()) as { error: { code: string; details: Record<string, string> } };
		expect(body.error.code).toBe('job_busy');
		expect(body.error.details).toEqual({ runningId: cleanup, runningType: 'cleanup' });

		const again = await postJob({ type: 'cleanup', params: { inactiveDays: 60 }, id: 'second-cleanup' });
		expect(again.status).toBe(202);
		expect(await again.json()).toMatchObject({ id: cleanup, created: false });

		// Export only reads: it runs beside anything.
		expect((await postJob({ type: 'export', params: {} })).status).toBe(202);

		expect((await driveJob(cleanup)).state).toBe('succeeded');
		const backup = await postJob({ type: 'backup', params: {} });
		expect(backup.status).toBe(202);
	});

	it('a claim whose job never started does not block anything', async () => {
		const registry = env.JOB_RUNNER.getByName(JOB_REGISTRY_NAME);
		expect(await registry.claim({ id: 'ghost-job', type: 'repair' })).toEqual({ granted: true });
		const res = await postJob({ type: 'compact', params: {} });
		expect(res.status).toBe(202);
	});

	it('the snapshot carries the last run of each type with a short summary', async () => {
		await seedIp(freshIp(), Date.now() - 1000);
		expect(await snapshotJobs()).toEqual([]);
		const backup = await driveJob(await startJob('backup'));
		const failed = await driveJob(await startJob('restore', { backupId: 'no-such-backup' }));

		const jobs = await snapshotJobs();
		expect(jobs.map((j) => j.type)).toEqual(['backup', 'restore']);
		expect(jobs[0]).toMatchObject({
			id: backup.id,
			state: 'succeeded',
			errorCode: null,
			summary: { backup: 'complete', verified: true, backedUp: 1, retention: 'applied' },
		});
		expect(jobs[0]?.durationMs).toBeGreaterThanOrEqual(0);
		expect(jobs[1]).toMatchObject({ id: failed.id, state: 'failed', errorCode: 'not_found' });
		expect(jobs[1]?.finishedAt).not.toBeNull();

		// A newer run of a type replaces the older one; while it runs it shows as queued or running.
		const next = await startJob('backup');
		const running = (await snapshotJobs()).find((j) => j.type === 'backup');
		expect(running).toMatchObject({ id: next, finishedAt: null, durationMs: null });
		expect(['queued', 'running']).toContain(running?.state);
	});
});
