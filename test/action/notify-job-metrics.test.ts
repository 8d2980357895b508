/** The job_failed / job_overdue metrics behind the default maintenance rules, from the snapshot's last runs. */
import { describe, expect, it } from 'vitest';
import { jobsFailed, jobsOverdue } from '../../action/src/core/alerts/job-metrics.ts';
import type { JobRun } from '../../worker/src/contract/jobs.ts';
import { makeSnapshot } from './fixtures.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const HOUR = 3_600_000;
const run = (type: JobRun['type'], state: JobRun['state'], hoursAgo: number): JobRun => ({
	id: `${type}-1`,
	type,
	state,
	startedAt: new Date(NOW - hoursAgo * HOUR).toISOString(),
	finishedAt: state === 'running' ? null : new Date(NOW - hoursAgo * HOUR + 60_000).toISOString(),
	durationMs: state === 'running' ? null : 60_000,
	errorCode: state === 'failed' ? 'r2_unavailable' : null,
	summary: {},
});
const snap = (jobs: JobRun[] | undefined) => ({
	...makeSnapshot({ now: NOW }),
	generatedAt: new Date(NOW).toISOString(),
	jobs,
});

describe('maintenance job metrics', () => {
	it.each([
		['no jobs reported (older collector)', undefined, null, null],
		['all fresh and fine', [run('backup', 'succeeded', 10), run('compact', 'succeeded', 100)], 0, 0],
		['a failed backup', [run('backup', 'failed', 2), run('cleanup', 'succeeded', 3)], 1, 0],
		['daily backup last started 37 h ago', [run('backup', 'succeeded', 37)], 0, 1],
		['weekly compact 8 days ago is on time', [run('compact', 'succeeded', 8 * 24)], 0, 0],
		['weekly compact 11 days ago is overdue', [run('compact', 'succeeded', 11 * 24)], 0, 1],
		['unscheduled export never overdue', [run('export', 'failed', 500)], 1, 0],
	] as const)('%s', (_, jobs, failed, overdue) => {
		const s = snap(jobs ? [...jobs] : undefined);
		expect(jobsFailed(s)).toBe(failed);
		expect(jobsOverdue(s)).toBe(overdue);
	});
});
