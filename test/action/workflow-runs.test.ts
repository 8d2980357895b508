import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../action/src/adapters/github/github-client.ts';
import { latestScheduledLag, readWorkflowSchedule } from '../../action/src/adapters/github/workflow-runs.ts';
import { UpstreamError } from '../../action/src/core/errors.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';

const options = { workflow: 'monitor.yml', schedule: '3-59/5 * * * *' };

describe('scheduler lag of the monitor workflow', () => {
	let gh: FakeGitHub;
	const client = (token = gh.token) =>
		createGitHubClient({ token, repository: `${gh.owner}/${gh.repo}`, apiUrl: `${gh.url}/`, paceMs: 1 });
	beforeEach(async () => {
		gh = await startFakeGitHub();
	});
	afterEach(() => gh.close());

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

	it('measures the latest scheduled run against its cron time, in one request', async () => {
		gh.workflowRuns.set('monitor.yml', [
			{ id: 3, event: 'workflow_dispatch', created_at: '2026-11-22T04:20:00Z' },
			{ id: 2, event: 'schedule', created_at: '2026-11-22T04:11:42Z' },
			{ id: 1, event: 'schedule', created_at: '2026-11-22T04:03:05Z' },
		]);
		const github = client();
		expect(await latestScheduledLag(github, options)).toEqual({
			expected: '2026-11-22T04:08:00.000Z',
			actual: '2026-11-22T04:11:42.000Z',
			lagSeconds: 222,
		});
		expect(gh.log.map((l) => `${l.method} ${l.path}`)).toEqual([
			`GET /repos/${gh.owner}/${gh.repo}/actions/workflows/monitor.yml/runs?event=schedule&per_page=1`,
		]);
		expect(github.counters.apiCalls).toBe(1);
	});

	it('has nothing to say before the first scheduled run, and fails on a refused token', async () => {
		expect(await latestScheduledLag(client(), options)).toBeNull();
		const err = await latestScheduledLag(client('wrong'), options).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(UpstreamError);
		expect(err).toMatchObject({ status: 401, service: 'github' });
	});
});
