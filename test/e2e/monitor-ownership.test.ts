/**
 * Only our own issues: the monitor CLI against the GitHub stand-in, with issues that copy
 * pathwatch's marker and labels but were opened by someone else. They are never edited,
 * commented on, reopened or closed; pathwatch opens its own issue and reports them as
 * possible forgeries. With a personal token, GET /user names the identity pathwatch runs as.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../action/src/adapters/github/github-client.ts';
import { createGitHubTracker } from '../../action/src/adapters/github/github-issues.ts';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { listAlertIssues } from '../../action/src/alert-issues.ts';
import { runCli } from '../../action/src/run-cli.ts';
import { type FakeCollector, startFakeCollector } from '../action/fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from '../action/fixtures.ts';
import { type FakeGitHub, type FakeIssue, startFakeGitHub } from '../support/fake-github.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const CONFIG = `rules:
  - alert: ErrorRateHigh
    metric: error_rate
    window: 5m
    warning: { threshold: 0.01 }
budgets: []
slos: []
`;

type Run = { code: number; out: string; err: string };

describe('pathwatch manages only the issues it opened', () => {
	let fc: FakeCollector;
	let dir: string;
	const servers: FakeGitHub[] = [];

	beforeEach(async () => {
		fc = await startFakeCollector();
		dir = await mkdtemp(join(tmpdir(), 'pw-owner-'));
		await writeFile(join(dir, 'pathwatch.yml'), CONFIG);
		breaching(true);
	});
	afterEach(async () => {
		await fc.close();
		for (const gh of servers.splice(0)) await gh.close();
		await rm(dir, { recursive: true, force: true });
	});

	/** Errors at 5 % over the last half hour (firing), or none (resolved). */
	function breaching(on: boolean) {
		fc.set({
			snapshot: makeSnapshot({ now: NOW }),
			timeseries: makeTimeseries(NOW, (t) => ({
				requests: 100,
				errors: on && t > NOW - 30 * MINUTE ? 5 : 0,
			})),
			usage: makeUsage(NOW, 20, () => 1000),
		});
	}

	async function github(login?: string): Promise<FakeGitHub> {
		const gh = await startFakeGitHub({ clock: () => new Date(NOW), ...(login ? { login } : {}) });
		servers.push(gh);
		return gh;
	}

	async function monitor(gh: FakeGitHub, extra: string[] = []): Promise<Run> {
		const out: string[] = [];
		const err: string[] = [];
		const code = await runCli(
			['monitor', '--config', 'pathwatch.yml', '--at', new Date(NOW).toISOString(), ...extra],
			{
				cwd: dir,
				env: {
					PATHWATCH_URL: fc.url,
					PATHWATCH_ADMIN_TOKEN: fc.token,
					GITHUB_TOKEN: gh.token,
					GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
					GITHUB_API_URL: gh.url,
					PATHWATCH_PACE_MS: '2',
				},
				stdout: (l) => out.push(l),
				stderr: (l) => err.push(l),
			},
		);
		return { code, out: out.join('\n'), err: err.join('\n') };
	}

	/** The issue pathwatch writes for this alert, copied byte for byte into another repository by `author`. */
	async function forge(target: FakeGitHub, author: string, state: 'open' | 'closed'): Promise<FakeIssue> {
		const original = await github();
		expect((await monitor(original)).code).toBe(0);
		const real = [...original.issues.values()][0];
		if (!real) throw new Error('pathwatch opened no issue to copy');
		return target.addIssue({
			title: real.title,
			body: real.body ?? '',
			labels: real.labels.map((l) => l.name),
			author,
			state,
		});
	}

	const untouched = (gh: FakeGitHub, forged: FakeIssue) => {
		const snapshot = structuredClone(forged);
		return () => {
			expect(gh.issues.get(forged.number)).toEqual(snapshot);
			expect(gh.comments.filter((c) => c.issue === forged.number)).toEqual([]);
			const writes = gh.log.filter((l) => l.method !== 'GET' && l.path.includes(`/issues/${forged.number}`));
			expect(writes).toEqual([]);
		};
	};

	it('leaves an open forgery alone, opens its own issue, and lists the forgery in the summary', async () => {
		const gh = await github();
		const forged = await forge(gh, 'mallory', 'open');
		const check = untouched(gh, forged);
		const run = await monitor(gh);
		expect(run.code, run.err).toBe(0);
		const own = [...gh.issues.values()].filter((i) => i.user.login === 'github-actions[bot]');
		expect(own).toHaveLength(1);
		expect(own[0]?.title).toBe(forged.title);
		expect(own[0]?.state).toBe('open');
		expect(run.out).toContain('### Possible forgeries');
		expect(run.out).toContain(`#${forged.number}`);
		expect(run.out).toContain('mallory');
		check();
		// The incident ends: pathwatch resolves its own issue; the forgery is still not touched.
		breaching(false);
		expect((await monitor(gh)).code).toBe(0);
		expect(gh.issues.get(own[0]?.number ?? 0)?.state).toBe('closed');
		check();
	});

	it('never reopens a closed forgery: a re-fire opens an issue of its own', async () => {
		const gh = await github();
		const forged = await forge(gh, 'mallory', 'closed');
		const check = untouched(gh, forged);
		expect((await monitor(gh)).code).toBe(0);
		const own = [...gh.issues.values()].filter((i) => i.user.login === 'github-actions[bot]');
		expect(own.map((i) => i.state)).toEqual(['open']);
		check();
	});

	it('with a personal token, manages the issues of the login GET /user names, and nobody else’s', async () => {
		const gh = await github('octo-ops');
		expect((await monitor(gh)).code).toBe(0);
		const [mine] = [...gh.issues.values()];
		expect(mine?.user.login).toBe('octo-ops');
		const forged = await forge(gh, 'mallory', 'open');
		const check = untouched(gh, forged);
		breaching(false);
		const run = await monitor(gh);
		expect(run.code, run.err).toBe(0);
		expect(gh.log.some((l) => l.method === 'GET' && l.path === '/user')).toBe(true);
		expect(gh.issues.get(mine?.number ?? 0)?.state).toBe('closed');
		expect(run.out).toContain('### Possible forgeries');
		check();
	});

	it('the dashboard lists pathwatch’s own alert issues, not the forgery', async () => {
		const gh = await github();
		const forged = await forge(gh, 'mallory', 'open');
		expect((await monitor(gh)).code).toBe(0);
		const tracker = createGitHubTracker(
			createGitHubClient({
				token: gh.token,
				repository: `${gh.owner}/${gh.repo}`,
				apiUrl: gh.url,
				paceMs: 1,
			}),
		);
		const views = await listAlertIssues(tracker, { now: new Date(NOW) });
		expect(views.map((v) => v.number)).not.toContain(forged.number);
		expect(views.map((v) => v.alertname)).toEqual(['ErrorRateHigh']);
	});

	it('a configured GitHub login does not apply to the local store, which has no accounts', async () => {
		const gh = await github();
		for (let run = 0; run < 2; run++) {
			const r = await monitor(gh, ['--issues', 'local:issues', '--issues-author', 'octo-ops']);
			expect(r.code, r.err).toBe(0);
		}
		const local = createLocalTracker(join(dir, 'issues'));
		expect((await local.all()).map((i) => [i.title.split(':')[0], i.state])).toEqual([
			['ErrorRateHigh', 'open'],
		]);
		expect(gh.log).toEqual([]);
	});

	it('as a GitHub App with no issues.author, fails at once naming the login and never opens a duplicate', async () => {
		const gh = await github('pathwatch-app[bot]');
		const setting = 'issues.author: pathwatch-app[bot]';
		for (let run = 1; run <= 3; run++) {
			const r = await monitor(gh);
			expect(r.code, `run ${run}: ${r.err}`).toBe(1);
			expect(r.err).toContain(setting);
			expect(r.err).toContain('issues-author');
			expect(r.out).toContain(setting);
			expect([...gh.issues.keys()], `run ${run}`).toEqual([1]);
		}
		const [first] = [...gh.issues.values()];
		expect(first?.user.login).toBe('pathwatch-app[bot]');
		expect(first?.state).toBe('open');
		// Set as told, the same runs manage that issue: no new one, and it closes when the alert resolves.
		const fixed = await monitor(gh, ['--issues-author', 'pathwatch-app[bot]']);
		expect(fixed.code, fixed.err).toBe(0);
		expect([...gh.issues.keys()]).toEqual([1]);
		breaching(false);
		expect((await monitor(gh, ['--issues-author', 'pathwatch-app[bot]'])).code).toBe(0);
		expect(gh.issues.get(1)?.state).toBe('closed');
	});

	it('a bot’s marker-carrying issues stop the Actions token from opening issues until issues.author says who it is', async () => {
		const gh = await github();
		const forged = await forge(gh, 'other-app[bot]', 'open');
		const check = untouched(gh, forged);
		const refused = await monitor(gh);
		expect(refused.code).toBe(1);
		expect(refused.err).toContain('issues.author: other-app[bot]');
		expect([...gh.issues.keys()]).toEqual([forged.number]);
		check();
		const run = await monitor(gh, ['--issues-author', 'github-actions[bot]']);
		expect(run.code, run.err).toBe(0);
		expect([...gh.issues.values()].filter((i) => i.user.login === 'github-actions[bot]')).toHaveLength(1);
		check();
	});

	it('a configured login is trusted as is: the Actions token costs no GET /user', async () => {
		const gh = await github();
		await forge(gh, 'mallory', 'open');
		const run = await monitor(gh, ['--issues-author', 'github-actions[bot]']);
		expect(run.code, run.err).toBe(0);
		expect(gh.log.some((l) => l.path === '/user')).toBe(false);
		expect([...gh.issues.values()].filter((i) => i.user.login === 'github-actions[bot]')).toHaveLength(1);
	});
});
