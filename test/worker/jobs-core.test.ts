import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../worker/src/contract/map-limit.ts';
import { csvCell, encodeExportCsv } from '../../worker/src/core/jobs/dump-codec.ts';
import { batchSizeFor } from '../../worker/src/core/jobs/items.ts';
import { JobError } from '../../worker/src/core/jobs/job-error.ts';
import { createMeter } from '../../worker/src/core/jobs/meter.ts';
import { parseJobParams } from '../../worker/src/core/jobs/params.ts';
import { expiredBackups } from '../../worker/src/core/jobs/retention.ts';
import {
	afterFailure,
	afterStep,
	backoffMs,
	decideStart,
	MAX_ATTEMPTS,
	newJob,
	toJobStatus,
} from '../../worker/src/core/jobs/state.ts';

const DAY = 86_400_000;

describe('job state machine', () => {
	const job = newJob('j1', 'backup', '{}', 1000);

	it('advances phases and finishes after the last', () => {
		const a = afterStep(job, false, 3, 2000, 10);
		expect(a).toMatchObject({ state: 'running', phase: 0, invocations: 1, maxSubrequests: 10 });
		const b = afterStep(a, true, 3, 3000, 4);
		expect(b).toMatchObject({ phase: 1, maxSubrequests: 10 });
		const done = afterStep({ ...b, phase: 2 }, true, 3, 4000, 1);
		expect(done).toMatchObject({ state: 'succeeded', finishedAt: 4000 });
	});

	it('backs off transient failures and gives up after MAX_ATTEMPTS', () => {
		let rec = job;
		const delays: number[] = [];
		for (let i = 0; i < MAX_ATTEMPTS; i++) {
			const r = afterFailure(rec, { code: 'step_failed', message: 'boom', permanent: false }, 10_000, 3);
			rec = r.rec;
			if (r.retryAt !== null) delays.push(r.retryAt - 10_000);
		}
		expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000]);
		expect(rec).toMatchObject({ state: 'failed', failedSteps: MAX_ATTEMPTS, error: { code: 'step_failed' } });
		expect(backoffMs(20)).toBe(60_000);
	});

	it('fails at once on a permanent error, and a success clears the last error', () => {
		const failed = afterFailure(job, { code: 'not_found', message: 'x', permanent: true }, 5, 0);
		expect(failed).toMatchObject({ retryAt: null, rec: { state: 'failed' } });
		const retried = afterFailure(job, { code: 'step_failed', message: 'x', permanent: false }, 5, 0).rec;
		expect(afterStep(retried, false, 2, 6, 0)).toMatchObject({ error: null, attempts: 0, failedSteps: 1 });
	});

	it.each([
		[null, 'backup', '{}', 'create'],
		[{ state: 'running' }, 'backup', '{}', 'existing'],
		[{ state: 'succeeded' }, 'backup', '{}', 'existing'],
		[{ state: 'failed' }, 'backup', '{}', 'resume'],
		[{ state: 'running' }, 'backup', '{"keep":3}', 'conflict'],
		[{ state: 'running' }, 'export', '{}', 'conflict'],
	] as const)('a post over %j as %s %s means %s', (existing, type, params, action) => {
		const rec = existing ? { ...job, ...existing } : null;
		expect(decideStart(rec, type, params).action).toBe(action);
	});

	it('reports percent from done and total, 100 once succeeded', () => {
		expect(toJobStatus(job, { done: 1, total: 4, phase: 'process' }, null).progress.percent).toBe(25);
		expect(toJobStatus(job, { done: 0, total: null, phase: 'plan' }, null).progress.percent).toBeNull();
		expect(
			toJobStatus({ ...job, state: 'succeeded' }, { done: 0, total: 0, phase: 'done' }, null).progress
				.percent,
		).toBe(100);
	});
});

describe('job params', () => {
	it('applies defaults and canonicalises IP lists', () => {
		expect(parseJobParams('cleanup', {})).toMatchObject({ inactiveDays: 30, dryRun: false, concurrency: 32 });
		expect(parseJobParams('restore', { backupId: 'b1', ips: '::ffff:10.0.0.1, 2001:DB8::1' }).ips).toEqual([
			'10.0.0.1',
			'2001:db8::1',
		]);
	});

	it.each([
		['cleanup', { inactiveDays: 0 }],
		['compact', { minRequests: -1 }],
		['export', { format: 'xml' }],
		['restore', { backupId: 'a', archiveId: 'b' }],
		['restore', { backupId: '../etc' }],
		['backup', { keep: 0 }],
	] as const)('rejects %s %j', (type, params) => {
		expect(() => parseJobParams(type, params)).toThrow(/invalid/);
	});
});

describe('batching and limits', () => {
	it('sizes batches under the subrequest budget', () => {
		expect(batchSizeFor(4, { maxBatch: 100 })).toBe(100);
		expect(batchSizeFor(7, { maxBatch: 100 })).toBe(70);
		expect(batchSizeFor(1, { maxBatch: 200, batchSize: 3 })).toBe(3);
	});

	it('refuses calls past the hard limit but records calls already made', async () => {
		const meter = createMeter(3);
		for (let i = 0; i < 3; i++) await meter.call(async () => i);
		await expect(meter.call(async () => 4)).rejects.toBeInstanceOf(JobError);
		meter.add(2);
		expect(meter.count).toBe(5);
	});

	it('stops starting items after a failure and reports every failure', async () => {
		const started: number[] = [];
		const failures: number[] = [];
		await mapLimit(
			[1, 2, 3, 4, 5, 6],
			2,
			async (n) => {
				started.push(n);
				// Item 2 fails at once; every other item takes a while, so 2 fails while 1 is in flight.
				if (n === 2) failures.push(n);
				else await new Promise((r) => setTimeout(r, 5));
			},
			() => failures.length === 0,
		);
		expect(failures).toEqual([2]);
		expect(started).toEqual([1, 2]);
	});
});

describe('backup retention', () => {
	const now = 100 * DAY;
	const backups = [1, 2, 3, 4, 5].map((i) => ({ id: `b${i}`, createdAt: now - (6 - i) * DAY }));

	it('keeps the newest by count, the current one always', () => {
		expect(expiredBackups(backups, { keep: 3, now, current: 'b6' }).sort()).toEqual(['b1', 'b2', 'b3']);
		expect(expiredBackups(backups, { keep: 1, now, current: 'b5' }).sort()).toEqual(['b1', 'b2', 'b3', 'b4']);
	});

	it('also deletes by age', () => {
		expect(expiredBackups(backups, { keep: 10, maxAgeDays: 3, now, current: 'b6' }).sort()).toEqual([
			'b1',
			'b2',
		]);
	});
});

describe('export CSV', () => {
	it('quotes and neutralises spreadsheet formulas', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell(null)).toBe('');
		expect(csvCell(-3)).toBe('-3');
	});

	it('adds an overflow row so counts add up to the total', () => {
		const csv = encodeExportCsv({
			schemaVersion: 1,
			ip: '10.0.0.1',
			totalRequests: 7,
			overflowRequests: 2,
			firstSeen: 0,
			lastActivity: 1000,
			paths: [
				{
					method: 'GET',
					path: '/a',
					count: 5,
					firstSeen: 0,
					lastSeen: 1000,
					lastUserAgent: '@x',
					country: null,
				},
			],
		});
		const rows = csv.trim().split('\n');
		expect(rows).toHaveLength(2);
		expect(rows.reduce((s, r) => s + Number(r.split(',')[3]), 0)).toBe(7);
		expect(rows[0]).toContain(`'@x`);
	});
});
