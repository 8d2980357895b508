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

		// The same type and params is a repeated start: it follows the running job.
		const again = await postJob({ type: 'cleanup', params: {}, id: 'second-cleanup' });
		expect(again.status).toBe(202);
		expect(await again.json()).toMatchObject({ id: cleanup, created: false });
		// Other params are another job: never answered with the running one's id.
		const other = await postJob({ type: 'cleanup', params: { inactiveDays: 60 }, id: 'third-cleanup' });
		expect(other.status).toBe(409);
		const otherBody = (await other.json()) as { error: { code: string; message: string; details: unknown } };
		expect(otherBody.error.code).toBe('job_busy');
		expect(otherBody.error.details).toEqual({ runningId: cleanup, runningType: 'cleanup' });
		expect(otherBody.error.message).toContain(cleanup);

		// Export only reads: it runs beside anything.
		expect((await postJob({ type: 'export', params: {} })).status).toBe(202);

		expect((await driveJob(cleanup)).state).toBe('succeeded');
		const backup = await postJob({ type: 'backup', params: {} });
		expect(backup.status).toBe(202);
	});

	it('a restore of another backup during a restore is refused, naming the running one', async () => {
		for (let i = 0; i < 4; i++) await seedIp(freshIp(), Date.now() - 1000 - i);
		const b1 = String((await driveJob(await startJob('backup'))).result?.backupId);
		const b2 = String((await driveJob(await startJob('backup'))).result?.backupId);
		const first = await startJob('restore', { backupId: b1, batchSize: 1 }, 'restore-b1');

		const second = await postJob({ type: 'restore', params: { backupId: b2 }, id: 'restore-b2' });
		expect(second.status).toBe(409);
		const body = (await second.json()) as { error: { code: string; details: unknown } };
		expect(body.error).toMatchObject({
			code: 'job_busy',
			details: { runningId: first, runningType: 'restore' },
		});
		// Nothing was created under the refused id.
		expect(
			(
				await exports.default.fetch('http://collector/api/admin/jobs/restore-b2', {
					headers: { authorization: 'Bearer test-admin-token' },
				})
			).status,
		).toBe(404);

		const same = await postJob({
			type: 'restore',
			params: { backupId: b1, batchSize: 1 },
			id: 'restore-b1-again',
		});
		expect(same.status).toBe(202);
		expect(await same.json()).toMatchObject({ id: first, created: false });
		const byId = await postJob({ type: 'restore', params: { backupId: b1, batchSize: 1 }, id: first });
		expect(byId.status).toBe(202);
		expect(await byId.json()).toMatchObject({ id: first, created: false });
		expect((await driveJob(first)).state).toBe('succeeded');
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
