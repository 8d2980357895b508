/**
 * Notifications through the Action entry, `run()`: secrets from the environment the config
 * names, a failing channel in the outputs and the job summary, the step still green.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../action/src/action.ts';
import { parseState } from '../../action/src/core/issues/state.ts';
import { startFakeGitHub } from '../support/fake-github.ts';
import { type Receiver, startReceiver } from '../support/http-receiver.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

function parseOutputs(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	const re = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
	for (const m of text.matchAll(re)) if (m[1]) out[m[1]] = m[3] ?? '';
	return out;
}

const CONFIG = `budgets: []
slos: []
rules:
  - alert: Errors
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05 }
notify:
  retry: { attempts: 2, backoff: 1ms }
  claim_settle: 10ms
  channels:
    good: { type: webhook, url_env: GOOD_URL }
    down: { type: slack, url_env: DOWN_URL }
  routes:
    - channels: [good, down]
`;

describe('action entry with notification channels', () => {
	let fc: FakeCollector;
	let good: Receiver;
	let down: Receiver;
	let dir: string;
	const saved = { ...process.env };
	// @actions/core caches the summary file path for the process, as one runner step would.
	let files: string;
	beforeAll(async () => {
		files = await mkdtemp(join(tmpdir(), 'pw-action-notify-files-'));
	});
	afterAll(() => rm(files, { recursive: true, force: true }));

	beforeEach(async () => {
		[fc, good, down] = await Promise.all([startFakeCollector(), startReceiver(), startReceiver()]);
		dir = await mkdtemp(join(tmpdir(), 'pw-action-notify-'));
		await mkdir(join(dir, '.github'));
		await writeFile(join(dir, '.github/pathwatch.yml'), CONFIG);
		const now = Date.now();
		fc.set({
			snapshot: makeSnapshot({ now }),
			timeseries: makeTimeseries(now, (t) => ({ requests: 100, errors: t > now - 30 * MINUTE ? 10 : 0 })),
			usage: makeUsage(now, 20, () => 1000),
		});
		down.script([500, 500]);
		Object.assign(process.env, {
			INPUT_COMMAND: 'monitor',
			'INPUT_WORKER-URL': fc.url,
			'INPUT_ADMIN-TOKEN': fc.token,
			'INPUT_GITHUB-TOKEN': '',
			INPUT_ISSUES: `local:${join(dir, 'issues')}`,
			INPUT_CONFIG: '.github/pathwatch.yml',
			'INPUT_DRY-RUN': 'false',
			GITHUB_OUTPUT: join(files, 'out.txt'),
			GITHUB_STEP_SUMMARY: join(files, 'summary.md'),
			GITHUB_WORKSPACE: dir,
			GOOD_URL: good.url,
			DOWN_URL: down.url,
		});
		await writeFile(join(files, 'out.txt'), '');
		await writeFile(join(files, 'summary.md'), '');
		vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
	});

	afterEach(async () => {
		vi.restoreAllMocks();
		for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
		Object.assign(process.env, saved);
		process.exitCode = undefined;
		await Promise.all([fc.close(), good.close(), down.close()]);
		await rm(dir, { recursive: true, force: true });
	});

	it('reports sent and failed notifications in the outputs and the summary; the step stays green', async () => {
		await run();
		expect(process.exitCode).not.toBe(1);
		const outputs = parseOutputs(await readFile(join(files, 'out.txt'), 'utf8'));
		expect(outputs['notifications-sent']).toBe('1');
		expect(JSON.parse(outputs['notifications-failed'] ?? '[]')).toEqual([
			{
				channel: 'down',
				alert: 'Errors',
				issue: 1,
				event: 'fired',
				error: expect.stringContaining('HTTP 500'),
			},
		]);
		expect(good.accepted()).toHaveLength(1);
		expect(down.received).toHaveLength(2);
		const summary = await readFile(join(files, 'summary.md'), 'utf8');
		expect(summary).toContain('### Notifications');
		expect(summary).toContain('1 delivered, 1 failed');
	});

	it('runs /pathwatch commands from an issue_comment event (the chatops workflow)', async () => {
		const gh = await startFakeGitHub();
		try {
			gh.setRole('alice', 'write');
			await run();
			expect(process.exitCode, 'monitor run').not.toBe(1);
			const local = JSON.parse(await readFile(join(dir, 'issues', '1.json'), 'utf8')) as { body: string };
			const issue = gh.addIssue({ title: 'Errors: x', body: local.body, labels: ['pathwatch'] });
			gh.comments.push({
				id: 7,
				issue: issue.number,
				body: '/pathwatch ack',
				user: { login: 'alice' },
				created_at: new Date().toISOString(),
			});
			const event = {
				action: 'created',
				comment: { id: 7, body: '/pathwatch ack', user: { login: 'alice' } },
				issue: { number: issue.number },
			};
			await writeFile(join(dir, 'event.json'), JSON.stringify(event));
			Object.assign(process.env, {
				INPUT_COMMAND: 'chatops',
				'INPUT_GITHUB-TOKEN': gh.token,
				GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
				GITHUB_API_URL: gh.url,
				GITHUB_EVENT_PATH: join(dir, 'event.json'),
			});
			const lines: string[] = [];
			vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
				lines.push(String(chunk));
				return true;
			});
			await run();
			expect(process.exitCode, lines.join('')).not.toBe(1);
			expect(gh.reactions).toEqual([{ comment: 7, content: '+1' }]);
			expect(parseState(gh.issues.get(issue.number)?.body ?? '')?.notify?.ack?.by).toBe('alice');
		} finally {
			await gh.close();
		}
	});
});
