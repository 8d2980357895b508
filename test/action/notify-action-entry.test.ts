/**
 * Notifications through the Action entry, `run()`: secrets from the environment the config
 * names, a failing channel in the outputs and the job summary, the step still green.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../action/src/action.ts';
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
			GITHUB_OUTPUT: join(dir, 'out.txt'),
			GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
			GITHUB_WORKSPACE: dir,
			GOOD_URL: good.url,
			DOWN_URL: down.url,
		});
		await writeFile(join(dir, 'out.txt'), '');
		await writeFile(join(dir, 'summary.md'), '');
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
		const outputs = parseOutputs(await readFile(join(dir, 'out.txt'), 'utf8'));
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
		const summary = await readFile(join(dir, 'summary.md'), 'utf8');
		expect(summary).toContain('### Notifications');
		expect(summary).toContain('1 delivered, 1 failed');
	});
});
