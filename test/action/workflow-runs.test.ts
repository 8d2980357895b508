import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestScheduledLag, readWorkflowSchedule } from '../../action/src/adapters/workflow-runs.ts';

/** GitHub's workflow-runs endpoint, for one repository with the given runs. */
function fakeRuns(runs: { created_at: string }[]) {
	const seen: string[] = [];
	const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
		seen.push(String(input));
		if (new Headers(init?.headers).get('authorization') !== 'Bearer t')
			return new Response('{}', { status: 401 });
		return Response.json({ total_count: runs.length, workflow_runs: runs });
	}) as typeof fetch;
	return { fetcher, seen };
}

const base = {
	apiUrl: 'https://gh.test/',
	token: 't',
	repository: 'o/r',
	workflow: 'monitor.yml',
	schedule: '3-59/5 * * * *',
};

describe('scheduler lag of the monitor workflow', () => {
	it('reads the cron of the workflow file', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'pw-wf-'));
		await writeFile(
			join(dir, 'monitor.yml'),
			"on:\n  schedule:\n    - cron: '3-59/5 * * * *'\n  workflow_dispatch:\n",
		);
		await writeFile(join(dir, 'manual.yml'), 'on:\n  workflow_dispatch:\n');
		expect(await readWorkflowSchedule(join(dir, 'monitor.yml'))).toBe('3-59/5 * * * *');
		expect(await readWorkflowSchedule(join(dir, 'manual.yml'))).toBeNull();
		await rm(dir, { recursive: true });
	});

	it('measures the latest scheduled run against its cron time', async () => {
		const gh = fakeRuns([{ created_at: '2026-11-22T04:11:42Z' }]);
		expect(await latestScheduledLag({ ...base, fetch: gh.fetcher })).toEqual({
			expected: '2026-11-22T04:08:00.000Z',
			actual: '2026-11-22T04:11:42.000Z',
			lagSeconds: 222,
		});
		expect(gh.seen).toEqual([
			'https://gh.test/repos/o/r/actions/workflows/monitor.yml/runs?event=schedule&per_page=1',
		]);
	});

	it('has nothing to say before the first scheduled run, and fails on a refused token', async () => {
		expect(await latestScheduledLag({ ...base, fetch: fakeRuns([]).fetcher })).toBeNull();
		await expect(latestScheduledLag({ ...base, token: 'x', fetch: fakeRuns([]).fetcher })).rejects.toThrow(
			/HTTP 401/,
		);
	});
});
