/**
 * End to end: the `pathwatch monitor` CLI, as separate processes, against a GitHub-compatible
 * server and a scripted collector, both on 127.0.0.1. Thirty runs ten minutes apart walk
 * through a latency incident (escalate, de-escalate, resolve), an error incident that re-fires
 * (reopen), two runs starting at once, and a request surge whose top path is hostile.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCollector, startFakeCollector } from '../action/fake-collector.ts';
import {
	MINUTE,
	makeIpDetail,
	makeSnapshot,
	makeTimeseries,
	makeUsage,
	makeUsageDay,
} from '../action/fixtures.ts';
import { type FakeGitHub, type FakeIssue, startFakeGitHub } from '../support/fake-github.ts';

const CLI = fileURLToPath(new URL('../../action/src/cli.ts', import.meta.url));
const T0 = Date.parse('2026-11-22T06:00:00Z');
const at = (hhmm: string) => Date.parse(`2026-11-22T${hhmm}:00Z`);
const HOSTILE_PATH = '/u/@someone/#1/<!-- marker -->/<script>alert(1)</script>';
const CLIENT_IP = '203.0.113.9';

const CONFIG = `rules:
  - alert: P95LatencyHigh
    metric: p95_ms
    for: 5m
    warning: { threshold: 100, cooldown: 30m }
    critical: { threshold: 200, cooldown: 10m }
  - alert: ErrorRateHigh
    metric: error_rate
    window: 5m
    for: 5m
    warning: { threshold: 0.005, cooldown: 1h }
    critical: { threshold: 0.01, cooldown: 15m }
  - alert: DailyDoRequestsHigh
    metric: daily_do_requests
    warning: { threshold: 80000, cooldown: 2h }
    critical: { threshold: 100000, cooldown: 30m }
budgets: []
slos: []
`;

const within = (t: number, a: string, b: string) => t >= at(a) && t < at(b);
function bucket(t: number) {
	const p95 = within(t, '07:10', '07:30') ? 250 : within(t, '06:30', '07:50') ? 150 : 20;
	const errors = within(t, '08:05', '08:25') || within(t, '09:00', '09:20') ? 2 : 0;
	const doRequests = t >= at('09:40') ? 2000 : 10;
	return { requests: 100, errors, p95Ms: p95, doRequests };
}

function collectorAt(now: number) {
	const timeseries = makeTimeseries(now, bucket);
	const midnight = at('00:00');
	let today = 0;
	for (let t = midnight; t <= now; t += MINUTE) today += bucket(t).doRequests;
	const usage = [...makeUsage(now, 20, () => 1000).slice(0, -1), makeUsageDay('2026-11-22', today)];
	return {
		snapshot: makeSnapshot({ now, today: usage.at(-1), topIps: [{ ip: CLIENT_IP, requests: 4321 }] }),
		timeseries,
		usage,
		ips: {
			[CLIENT_IP]: makeIpDetail(CLIENT_IP, [{ path: HOSTILE_PATH, count: 4000, ua: 'bot @admin' }], now),
		},
	};
}

type Run = { code: number; stdout: string; stderr: string };

describe('pathwatch monitor end to end (CLI ↔ GitHub-compatible server ↔ collector)', () => {
	let gh: FakeGitHub;
	let fc: FakeCollector;
	let dir: string;
	let clock = T0;
	const results: { at: string; run: Run; counted: number }[] = [];

	function cli(now: number): Promise<Run> {
		const env = {
			PATH: process.env.PATH ?? '',
			PATHWATCH_URL: fc.url,
			PATHWATCH_ADMIN_TOKEN: fc.token,
			GITHUB_TOKEN: gh.token,
			GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
			GITHUB_API_URL: gh.url,
			PATHWATCH_PACE_MS: '5',
		};
		const args = [CLI, 'monitor', '--at', new Date(now).toISOString(), '--etag-cache', 'etags.json'];
		return new Promise((resolve) => {
			execFile(process.execPath, args, { cwd: dir, env, timeout: 60_000 }, (err, stdout, stderr) => {
				resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
			});
		});
	}

	async function runAt(now: number, concurrent = 1): Promise<Run[]> {
		clock = now;
		fc.set(collectorAt(now));
		const before = gh.counted();
		const runs = await Promise.all(Array.from({ length: concurrent }, () => cli(now)));
		for (const run of runs)
			results.push({ at: new Date(now).toISOString().slice(11, 16), run, counted: gh.counted() - before });
		return runs;
	}

	const ours = () =>
		[...gh.issues.values()].filter((i) => !i.pull_request && i.body?.includes('<!-- pathwatch:fingerprint'));
	const byAlert = (name: string) => ours().filter((i) => i.title.startsWith(`${name}:`));
	const commentsOn = (i: FakeIssue | undefined) =>
		gh.comments.filter((c) => c.issue === i?.number).map((c) => c.body);

	beforeAll(async () => {
		gh = await startFakeGitHub({ clock: () => new Date(clock) });
		fc = await startFakeCollector();
		dir = await mkdtemp(join(tmpdir(), 'pw-e2e-'));
		await mkdir(join(dir, '.github'));
		await writeFile(join(dir, '.github/pathwatch.yml'), CONFIG);
		// 120 open issues people filed with the same label (two list pages), and a pull request.
		for (let i = 0; i < 120; i++)
			gh.addIssue({ title: `human ${i}`, body: 'not an alert', labels: ['pathwatch'] });
		gh.addIssue({
			title: 'a PR',
			body: '<!-- pathwatch:fingerprint 0123456789abcdef -->',
			labels: ['pathwatch'],
			pullRequest: true,
		});
		for (let k = 0; k < 30; k++) {
			const now = T0 + k * 10 * MINUTE;
			const hhmm = new Date(now).toISOString().slice(11, 16);
			if (hhmm === '07:20')
				gh.inject({
					kind: 'secondary',
					retryAfter: 1,
					match: (m, p) => m === 'POST' && p.endsWith('/comments'),
				});
			if (hhmm === '07:40') gh.inject({ kind: 'server', status: 502, times: 2, match: (m) => m === 'GET' });
			if (hhmm === '08:20') gh.barrier((m, p) => m === 'GET' && p.endsWith('/issues'), 2);
			await runAt(now, hhmm === '08:20' ? 2 : 1);
		}
	}, 240_000);

	afterAll(async () => {
		await gh?.close();
		await fc?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('every run exits 0: firing alerts are not failures', () => {
		expect(results).toHaveLength(31);
		for (const r of results) expect(r.run.code, `${r.at}: ${r.run.stderr}`).toBe(0);
	});

	it('the latency incident opens one issue that escalates, de-escalates and resolves', () => {
		const [p95, ...more] = byAlert('P95LatencyHigh');
		expect(more).toEqual([]);
		expect(p95?.state).toBe('closed');
		expect(p95?.state_reason).toBe('completed');
		expect(p95?.created_at).toBe('2026-11-22T06:40:00.000Z');
		expect(commentsOn(p95)).toEqual([
			expect.stringMatching(/^Escalated to \*\*critical\*\*: 250 ms/),
			expect.stringMatching(/^De-escalated to \*\*warning\*\*: 150 ms/),
			expect.stringMatching(/^Resolved after 1h 16m/),
		]);
	});

	it('the error incident opens once, resolves, re-fires within 24 h into the same issue, and resolves again', () => {
		const errors = byAlert('ErrorRateHigh');
		const live = errors.filter((i) => i.state_reason !== 'not_planned');
		expect(live).toHaveLength(1);
		expect(live[0]?.created_at).toBe('2026-11-22T08:20:00.000Z');
		expect(live[0]?.state).toBe('closed');
		expect(commentsOn(live[0])).toEqual([
			expect.stringMatching(/^Resolved after 18m/),
			expect.stringMatching(/^Firing again \(\*\*critical\*\*\) 41m after it resolved/),
			expect.stringMatching(/^Resolved after 18m/),
		]);
	});

	it('two runs starting at once leave exactly one issue: the later creation closes itself as a duplicate', () => {
		const errors = byAlert('ErrorRateHigh');
		expect(errors).toHaveLength(2);
		const [keep, dup] = errors.sort((a, b) => a.number - b.number);
		expect(dup?.state).toBe('closed');
		expect(dup?.state_reason).toBe('not_planned');
		expect(commentsOn(dup)).toEqual([
			`Duplicate of #${keep?.number} (same fingerprint \`${dup?.body?.match(/fingerprint ([0-9a-f]{16})/)?.[1]}\`): closing this one.`,
		]);
		// No other duplicates were ever open at the same time afterwards.
		expect(
			ours()
				.filter((i) => i.state === 'open')
				.map((i) => i.title.split(':')[0]),
		).toEqual(['DailyDoRequestsHigh']);
	});

	it('the request surge opens a traffic issue whose hostile top path is neutralised', () => {
		const [daily, ...more] = byAlert('DailyDoRequestsHigh');
		expect(more).toEqual([]);
		expect(daily?.state).toBe('open');
		expect(daily?.labels.map((l) => l.name).sort()).toEqual(['pathwatch', 'severity:critical']);
		expect(commentsOn(daily)).toEqual([expect.stringMatching(/^Escalated to \*\*critical\*\*: 105,800/)]);
		const body = daily?.body ?? '';
		expect(body).toContain(
			'/u/@&#8203;someone/\\#&#8203;1/&lt;\\!\\-\\- marker \\-\\-&gt;/&lt;script&gt;alert\\(1\\)&lt;/script&gt;',
		);
		expect(body).toContain('bot @&#8203;admin');
		expect(body).toContain('203\\.0\\.113\\.0/24');
		for (const raw of ['@someone', '<script>', '<!-- marker -->', CLIENT_IP, '@admin'])
			expect(body).not.toContain(raw);
		expect(body.length).toBeLessThan(65_536);
	});

	it('never touches the 120 issues people filed or the pull request, though it reads both list pages', () => {
		const humans = [...gh.issues.values()].filter((i) => i.title.startsWith('human') || i.pull_request);
		expect(humans).toHaveLength(121);
		for (const i of humans) {
			expect(i.comments).toBe(0);
			expect(i.updated_at).toBe(i.created_at);
		}
		expect(gh.log.some((l) => l.path.includes('/issues?') && l.path.includes('page=2'))).toBe(true);
	});

	it('retries through a secondary rate limit and a 502 without duplicating anything', () => {
		const statuses = gh.log.map((l) => l.status);
		expect(statuses).toContain(403);
		expect(statuses).toContain(502);
		// The escalation comment was retried after the 403 and posted once.
		expect(commentsOn(byAlert('P95LatencyHigh')[0]).filter((c) => c.startsWith('Escalated'))).toHaveLength(1);
	});

	it('a steady-state run makes no write and costs no rate limit with the ETag cache', () => {
		// Runs whose previous run wrote nothing after its last list: every list page answers 304.
		const steady = results.filter((r) => ['06:10', '06:50', '07:00', '07:10'].includes(r.at));
		expect(steady).toHaveLength(4);
		for (const r of steady) expect(r.counted, r.at).toBe(0);
		expect(
			steady.every((r) => / 0 issue change\(s\) applied, 2 GitHub API call\(s\)/.test(r.run.stderr)),
		).toBe(true);
	});

	it('prints the job summary with the firing alerts and cost', () => {
		const last = results.at(-1)?.run.stdout ?? '';
		expect(last).toContain('## pathwatch monitor');
		expect(last).toMatch(/\| critical \| DailyDoRequestsHigh \| 145,800 \| 100,000 \| \d+m \| \[#\d+\]/);
		expect(last).toContain('### Cost (2026-11)');
	});

	it('a broken config exits 2 naming the path in the file, and touches nothing', async () => {
		const broken = join(dir, 'broken.yml');
		await writeFile(broken, 'rules:\n  - alert: X\n    metric: p95_ms\n    warning: { threshold: fast }\n');
		const writes = gh.log.length;
		const run = await new Promise<Run>((resolve) => {
			execFile(
				process.execPath,
				[CLI, 'monitor', '--config', broken, '--issues', 'dry-run'],
				{
					cwd: dir,
					env: { PATH: process.env.PATH ?? '', PATHWATCH_URL: fc.url, PATHWATCH_ADMIN_TOKEN: fc.token },
				},
				(err, stdout, stderr) =>
					resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout, stderr }),
			);
		});
		expect(run.code).toBe(2);
		expect(run.stderr).toContain(':4: rules[0].warning.threshold: expected number, received string');
		expect(gh.log.length).toBe(writes);
		expect(await readFile(join(dir, 'etags.json'), 'utf8')).toContain('etag');
	});
});
