/**
 * End to end: two `pathwatch monitor` CLI processes started together, against the
 * GitHub-compatible server (both read the same issues before either writes) and a local
 * webhook receiver: each transition reaches the receiver exactly once, and what was
 * delivered is recorded in the issue's hidden state.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../action/src/core/issues/state.ts';
import { type FakeCollector, startFakeCollector } from '../action/fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from '../action/fixtures.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';
import { type Receiver, startReceiver } from '../support/http-receiver.ts';

const CLI = fileURLToPath(new URL('../../action/src/cli.ts', import.meta.url));
const T0 = Date.parse('2026-11-22T06:00:00Z');
const CONFIG = `rules:
  - alert: ErrorRateHigh
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05 }
budgets: []
slos: []
notify:
  claim_settle: 1s
  retry: { attempts: 2, backoff: 10ms }
  channels:
    ops-hook: { type: webhook, url_env: OPS_WEBHOOK_URL, secret_env: OPS_WEBHOOK_SECRET }
  routes:
    - channels: [ops-hook]
`;

describe('notifications end to end (two CLI runs at once ↔ GitHub-compatible server ↔ receiver)', () => {
	let gh: FakeGitHub;
	let fc: FakeCollector;
	let rx: Receiver;
	let dir: string;
	let clock = T0;

	function cli(now: number): Promise<{ code: number; stderr: string }> {
		const env = {
			PATH: process.env.PATH ?? '',
			PATHWATCH_URL: fc.url,
			PATHWATCH_ADMIN_TOKEN: fc.token,
			GITHUB_TOKEN: gh.token,
			GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
			GITHUB_API_URL: gh.url,
			PATHWATCH_PACE_MS: '5',
			OPS_WEBHOOK_URL: `${rx.url}/hook`,
			OPS_WEBHOOK_SECRET: 's3cret',
		};
		const args = [CLI, 'monitor', '--at', new Date(now).toISOString()];
		return new Promise((resolve) => {
			execFile(process.execPath, args, { cwd: dir, env, timeout: 60_000 }, (err, _stdout, stderr) => {
				resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr });
			});
		});
	}

	async function twoRunsAt(now: number, errors: number) {
		clock = now;
		fc.set({
			snapshot: makeSnapshot({ now }),
			timeseries: makeTimeseries(now, () => ({ requests: 100, errors })),
			usage: makeUsage(now, 20, () => 1000),
		});
		// Both runs list the open issues before either writes anything.
		gh.barrier((m, p) => m === 'GET' && p.endsWith('/issues'), 2);
		const runs = await Promise.all([cli(now), cli(now)]);
		for (const r of runs) expect(r.code, r.stderr).toBe(0);
	}

	beforeAll(async () => {
		gh = await startFakeGitHub({ clock: () => new Date(clock) });
		fc = await startFakeCollector();
		rx = await startReceiver();
		dir = await mkdtemp(join(tmpdir(), 'pw-e2e-notify-'));
		await mkdir(join(dir, '.github'));
		await writeFile(join(dir, '.github/pathwatch.yml'), CONFIG);
	});
	afterAll(async () => {
		await Promise.all([gh.close(), fc.close(), rx.close()]);
		await rm(dir, { recursive: true, force: true });
	});

	it('delivers fired and resolved once each over overlapping runs', async () => {
		await twoRunsAt(T0, 10);
		await twoRunsAt(T0 + 10 * MINUTE, 10);
		await twoRunsAt(T0 + 20 * MINUTE, 0);
		await twoRunsAt(T0 + 30 * MINUTE, 0);
		const got = rx.accepted().map((b) => (b as { transition: string }).transition);
		expect(got).toEqual(['fired', 'resolved']);
		const alerts = [...gh.issues.values()].filter((i) => i.body?.includes('pathwatch:fingerprint'));
		const canonical = alerts.find((i) => !parseState(i.body ?? '')?.duplicateOf);
		const sent = parseState(canonical?.body ?? '')?.notify?.sent['ops-hook'];
		expect(sent).toMatchObject({ failures: 0 });
		expect(sent?.fired).toMatch(/\|warning$/);
		expect(sent?.resolved).toBeDefined();
		expect(parseState(canonical?.body ?? '')?.notify?.claim).toBeNull();
	}, 120_000);

	it('never notifies for, claims or writes a forged issue carrying the marker', async () => {
		const mine = [...gh.issues.values()].find((i) => i.body?.includes('pathwatch:fingerprint'));
		const state = parseState(mine?.body ?? '');
		if (!mine || !state) throw new Error('no alert issue from the first test');
		const forgedState = {
			...state,
			status: 'firing' as const,
			since: new Date(T0 + 35 * MINUTE).toISOString(),
		};
		const forged = gh.addIssue({
			title: 'ErrorRateHigh: forged',
			body: `<!-- pathwatch:fingerprint ${state.fingerprint} -->\n${serializeState({ ...forgedState, notify: undefined })}`,
			labels: ['pathwatch'],
			author: 'mallory',
		});
		const before = forged.body;
		const received = rx.received.length;
		await twoRunsAt(T0 + 40 * MINUTE, 0);
		expect(rx.received.length).toBe(received);
		expect(gh.issues.get(forged.number)?.body).toBe(before);
	}, 120_000);
});
