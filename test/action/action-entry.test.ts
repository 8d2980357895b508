/**
 * The GitHub Action entry, `run()`, as the runner calls it: inputs in INPUT_* variables,
 * outputs and the job summary written to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../action/src/action.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

function parseOutputs(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	const re = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
	for (const m of text.matchAll(re)) if (m[1]) out[m[1]] = m[3] ?? '';
	return out;
}

describe('action entry', () => {
	let fc: FakeCollector;
	let dir: string;
	const saved = { ...process.env };
	let stdout: string[] = [];
	// @actions/core caches the summary file path for the process, as one runner step would: one
	// summary file for the whole suite, truncated before each test.
	let files: string;
	beforeAll(async () => {
		files = await mkdtemp(join(tmpdir(), 'pw-action-files-'));
	});
	afterAll(() => rm(files, { recursive: true, force: true }));

	beforeEach(async () => {
		fc = await startFakeCollector();
		dir = await mkdtemp(join(tmpdir(), 'pw-action-'));
		await mkdir(join(dir, '.github'));
		const now = Date.now();
		fc.set({
			snapshot: makeSnapshot({ now }),
			timeseries: makeTimeseries(now, (t) => ({ requests: 100, errors: t > now - 30 * MINUTE ? 5 : 0 })),
			usage: makeUsage(now, 20, () => 1000),
		});
		await writeFile(join(files, 'out.txt'), '');
		await writeFile(join(files, 'summary.md'), '');
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
		await rm(dir, { recursive: true, force: true });
	});

	it('runs the monitor, sets outputs and writes the job summary; firing alerts do not fail the step', async () => {
		await run();
		expect(stdout.filter((l) => l.startsWith('::error::'))).toEqual([]);
		expect(process.exitCode).toBeUndefined();
		const outputs = parseOutputs(await readFile(join(files, 'out.txt'), 'utf8'));
		expect(outputs['firing-count']).toBe('2');
		expect(outputs['critical-count']).toBe('2');
		expect(Number(outputs['health-score'])).toBeGreaterThan(0);
		expect(Number(outputs['projected-monthly-cost'])).toBeGreaterThanOrEqual(0);
		expect(outputs['collector-reachable']).toBe('true');
		expect(outputs['api-calls']).toBe('0');
		expect(
			JSON.parse(outputs.firing ?? '[]')
				.map((f: { alert: string }) => f.alert)
				.sort(),
		).toEqual(['ErrorRateHigh', 'SLOBurnRate']);
		const summary = await readFile(join(files, 'summary.md'), 'utf8');
		expect(summary).toContain('## pathwatch monitor');
		expect(summary).toContain('| critical | ErrorRateHigh |');
		// The admin token is registered as a secret so the runner masks it in logs.
		expect(stdout.join('')).toContain(`::add-mask::${fc.token}`);
	});

	it('ends a run with a heartbeat carrying the GitHub run id; a refused heartbeat is a warning only', async () => {
		process.env.GITHUB_RUN_ID = '987654';
		await run();
		expect(fc.heartbeats).toEqual([{ runId: '987654', at: expect.any(String) }]);
		const at = Date.parse((fc.heartbeats[0] as { at: string }).at);
		expect(Math.abs(Date.now() - at)).toBeLessThan(60_000);
		fc.answerHeartbeats(400);
		await run();
		expect(process.exitCode).toBeUndefined();
		expect(stdout.join('')).toMatch(
			/::warning::heartbeat not sent: POST \/api\/admin\/heartbeat answered HTTP 400/,
		);
		expect(fc.heartbeats).toHaveLength(1);
	});

	it('reports how late the scheduler started a scheduled run', async () => {
		await writeFile(join(dir, 'event.json'), JSON.stringify({ schedule: '* * * * *' }));
		Object.assign(process.env, { GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: join(dir, 'event.json') });
		await run();
		const outputs = parseOutputs(await readFile(join(files, 'out.txt'), 'utf8'));
		const lag = Number(outputs['scheduler-lag-seconds']);
		expect(lag).toBeGreaterThanOrEqual(0);
		expect(lag).toBeLessThan(60);
		expect(await readFile(join(files, 'summary.md'), 'utf8')).toMatch(
			/### Scheduler[\s\S]*`\* \* \* \* \*`[\s\S]*s late/,
		);
	});

	it('a broken config fails the step once, with the path in the file', async () => {
		await writeFile(
			join(dir, '.github/pathwatch.yml'),
			'rules:\n  - alert: X\n    metric: nope\n    warning: { threshold: 1 }\n',
		);
		await run();
		expect(process.exitCode).toBe(1);
		const errors = stdout
			.join('')
			.split('\n')
			.filter((l) => l.startsWith('::error::'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('.github/pathwatch.yml:3: rules[0].metric');
	});

	it('an unreachable collector raises the meta alert but does not fail the step', async () => {
		fc.failNext(1000, 503);
		process.env['INPUT_DRY-RUN'] = 'true';
		process.env.PATHWATCH_PACE_MS = '20';
		await run();
		expect(stdout.filter((l) => l.startsWith('::error::'))).toEqual([]);
		expect(process.exitCode).toBeUndefined();
		const outputs = parseOutputs(await readFile(join(files, 'out.txt'), 'utf8'));
		expect(outputs['collector-reachable']).toBe('false');
		// A dry run changes nothing, so it does not count as the monitor having run.
		expect(fc.heartbeats).toEqual([]);
		expect(outputs['issue-changes']).toBe('1');
		expect(JSON.parse(outputs.firing ?? '[]')).toEqual([
			expect.objectContaining({ alert: 'CollectorUnreachable', severity: 'critical' }),
		]);
	}, 30_000);
});
