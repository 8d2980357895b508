/**
 * The dead-man end to end: the Worker under `wrangler dev` with its real cron handler (fired
 * through `--test-scheduled`), real SQLite DO storage, and the GitHub stand-in on 127.0.0.1.
 * /metrics reads never close the dead-man issue; the monitor's heartbeat does, and its gauge
 * passes `promtool check metrics` (required when PATHWATCH_REQUIRE_PROMTOOL=1).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';

const ADMIN_TOKEN = 'e2e-admin-token';
const DEAD_MAN = 'pathwatch-deadman';
const havePromtool = spawnSync('promtool', ['--version']).status === 0;
const requirePromtool = process.env.PATHWATCH_REQUIRE_PROMTOOL === '1';

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = probe();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

describe('dead-man watchdog in the running Worker', () => {
	let gh: FakeGitHub;
	let worker: LocalWorker;
	let dir: string;

	beforeAll(async () => {
		gh = await startFakeGitHub();
		dir = await mkdtemp(join(tmpdir(), 'pathwatch-deadman-'));
		worker = await startLocalWorker({
			persistTo: dir,
			testScheduled: true,
			vars: {
				ADMIN_TOKEN,
				GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
				GITHUB_WATCHDOG_TOKEN: gh.token,
				GITHUB_API_URL: gh.url,
			},
		});
	});

	afterAll(async () => {
		await worker?.stop();
		await gh?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
	const deadManIssues = () =>
		[...gh.issues.values()].filter((i) => i.labels.some((l) => l.name === DEAD_MAN));
	const listCalls = () =>
		gh.log.filter((r) => r.method === 'GET' && r.path.includes(`labels=${DEAD_MAN}`)).length;

	/** Fires the cron trigger and waits until its tick has read GitHub and had time to act. */
	async function tick(): Promise<void> {
		const before = listCalls();
		const res = await fetch(`${worker.url}/__scheduled?cron=*/5+*+*+*+*`);
		await res.arrayBuffer();
		await until('the watchdog tick', () => listCalls() > before);
		await new Promise((r) => setTimeout(r, 1000));
	}

	async function metrics(): Promise<string> {
		const res = await fetch(`${worker.url}/metrics`, { headers: admin });
		expect(res.status).toBe(200);
		return res.text();
	}

	it('opens the dead-man issue while only /metrics is read, and closes it after a heartbeat', async () => {
		await tick();
		const [issue] = await until('the dead-man issue', () => deadManIssues().length > 0 && deadManIssues());
		expect(issue?.state).toBe('open');
		expect(issue?.body).toContain('has never reported a finished run');
		// The stand-in has no workflows, so the dispatch is refused, as for a disabled workflow:
		// the dead-man issue opens all the same.
		expect(gh.log.some((r) => r.path.endsWith('/actions/workflows/monitor.yml/dispatches'))).toBe(true);

		// Someone scrapes /metrics (and reads the snapshot): the monitor is still dead.
		for (let i = 0; i < 3; i++)
			expect(await metrics()).not.toMatch(/^pathwatch_monitor_last_run_timestamp_seconds /m);
		const snapshot = await fetch(`${worker.url}/api/admin/snapshot`, { headers: admin });
		expect(((await snapshot.json()) as { monitorHeartbeat: unknown }).monitorHeartbeat).toBeNull();
		await tick();
		expect(deadManIssues().map((i) => i.state)).toEqual(['open']);

		const at = new Date().toISOString();
		const hb = await fetch(`${worker.url}/api/admin/heartbeat`, {
			method: 'POST',
			headers: { ...admin, 'content-type': 'application/json' },
			body: JSON.stringify({ runId: '4242', at }),
		});
		expect(hb.status).toBe(200);
		const text = await metrics();
		expect(text).toContain(`pathwatch_monitor_last_run_timestamp_seconds ${Date.parse(at) / 1000}\n`);
		if (havePromtool || requirePromtool) {
			const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
			expect(`${check.stdout}${check.stderr}`, text).toBe('');
			expect(check.status).toBe(0);
		}

		await tick();
		await until('the dead-man issue to close', () => deadManIssues().every((i) => i.state === 'closed'));
		expect(deadManIssues()).toHaveLength(1);
	}, 120_000);
});
