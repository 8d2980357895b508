/**
 * The GitHub Action entry run as a GitHub App (the stand-in's `pathwatch-app[bot]`, refused
 * GET /user as installation tokens are) without the `issues-author` input: the step fails once,
 * naming the input to set, and no run opens a second issue; with the input it succeeds.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../action/src/action.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

describe('action entry as a GitHub App', () => {
	let fc: FakeCollector;
	let gh: FakeGitHub;
	let dir: string;
	const saved = { ...process.env };
	let stdout: string[] = [];

	beforeEach(async () => {
		fc = await startFakeCollector();
		gh = await startFakeGitHub({ login: 'pathwatch-app[bot]' });
		dir = await mkdtemp(join(tmpdir(), 'pw-app-'));
		await mkdir(join(dir, '.github'));
		await writeFile(
			join(dir, '.github/pathwatch.yml'),
			'rules:\n  - alert: ErrorRateHigh\n    metric: error_rate\n    window: 5m\n    warning: { threshold: 0.01 }\nbudgets: []\nslos: []\n',
		);
		const now = Date.now();
		fc.set({
			snapshot: makeSnapshot({ now }),
			timeseries: makeTimeseries(now, (t) => ({ requests: 100, errors: t > now - 30 * MINUTE ? 5 : 0 })),
			usage: makeUsage(now, 20, () => 1000),
		});
		await writeFile(join(dir, 'out.txt'), '');
		await writeFile(join(dir, 'summary.md'), '');
		Object.assign(process.env, {
			INPUT_COMMAND: 'monitor',
			'INPUT_WORKER-URL': fc.url,
			'INPUT_ADMIN-TOKEN': fc.token,
			'INPUT_GITHUB-TOKEN': gh.token,
			INPUT_ISSUES: 'github',
			INPUT_CONFIG: '.github/pathwatch.yml',
			'INPUT_DRY-RUN': 'false',
			GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
			GITHUB_API_URL: gh.url,
			PATHWATCH_PACE_MS: '1',
			GITHUB_OUTPUT: join(dir, 'out.txt'),
			GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
			GITHUB_WORKSPACE: dir,
		});
		stdout = [];
		vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			stdout.push(String(chunk));
			return true;
		});
	});

	afterEach(async () => {
		vi.restoreAllMocks();
		for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
		Object.assign(process.env, saved);
		process.exitCode = undefined;
		await fc.close();
		await gh.close();
		await rm(dir, { recursive: true, force: true });
	});

	const errors = () =>
		stdout
			.join('')
			.split('\n')
			.filter((l) => l.startsWith('::error::'));

	it('fails every run without issues-author, opens one issue in all, and succeeds once it is set', async () => {
		for (let n = 1; n <= 2; n++) {
			stdout = [];
			process.exitCode = undefined;
			await run();
			expect(process.exitCode, `run ${n}`).toBe(1);
			expect(errors(), `run ${n}`).toHaveLength(1);
			expect(errors()[0]).toContain('issues.author: pathwatch-app[bot]');
			expect(errors()[0]).toContain('issues-author');
			expect([...gh.issues.values()].map((i) => i.user.login)).toEqual(['pathwatch-app[bot]']);
		}
		stdout = [];
		process.exitCode = undefined;
		process.env['INPUT_ISSUES-AUTHOR'] = 'pathwatch-app[bot]';
		await run();
		expect(errors()).toEqual([]);
		expect(process.exitCode).toBeUndefined();
		expect(gh.issues.size).toBe(1);
	});
});
