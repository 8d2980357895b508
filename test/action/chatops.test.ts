/**
 * `/pathwatch` commands through the GitHub stand-in (collaborator permission API, reactions),
 * and what the monitor does with the result: an ack stops escalation, a silence suppresses
 * notifications and issue writes, a hand-closed issue is "silenced until resolved".
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { replaceState } from '../../action/src/core/issues/reconcile-sweep.ts';
import {
	type AlertState,
	fingerprintMarker,
	parseIssue,
	parseState,
	serializeState,
} from '../../action/src/core/issues/state.ts';
import { applyCommand } from '../../action/src/core/notify/chatops.ts';
import { prepareNotify } from '../../action/src/monitor/notify-context.ts';
import { runMonitor } from '../../action/src/monitor/run.ts';
import { runCli } from '../../action/src/run-cli.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';
import { type Receiver, startReceiver } from '../support/http-receiver.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

const T0 = Date.parse('2026-11-22T12:00:00Z');

function alertState(over: Partial<AlertState> = {}): AlertState {
	return {
		fingerprint: 'f00dfeedf00dfeed',
		alertname: 'Errors',
		kind: 'rule',
		labels: { alertname: 'Errors' },
		status: 'firing',
		severity: 'critical',
		since: new Date(T0 - 40 * MINUTE).toISOString(),
		resolvedAt: null,
		lastNotified: {},
		episodes: [],
		flapping: false,
		duplicateOf: null,
		period: null,
		updatedAt: new Date(T0).toISOString(),
		...over,
	};
}

describe('chatops commands (GitHub stand-in)', () => {
	let gh: FakeGitHub;
	let dir: string;
	beforeEach(async () => {
		gh = await startFakeGitHub();
		dir = await mkdtemp(join(tmpdir(), 'pw-chatops-'));
		gh.setRole('alice', 'maintain');
		gh.setRole('bob', 'read');
	});
	afterEach(async () => {
		await gh.close();
		await rm(dir, { recursive: true, force: true });
	});

	function alertIssue(state = alertState(), labels = ['pathwatch', 'severity:critical', 'escalated']) {
		const body = `${fingerprintMarker(state.fingerprint)}\nfiring\n${serializeState(state)}`;
		return gh.addIssue({ title: 'Errors: boom', body, labels });
	}
	let commentId = 90_000;
	async function comment(issue: number, user: string, text: string, args: string[] = []) {
		const id = commentId++;
		gh.comments.push({ id, issue, body: text, user: { login: user }, created_at: new Date().toISOString() });
		const event = {
			action: 'created',
			comment: { id, body: text, user: { login: user } },
			issue: { number: issue },
		};
		const path = join(dir, `event-${id}.json`);
		await writeFile(path, JSON.stringify(event));
		const out: string[] = [];
		const code = await runCli(['chatops', '--event', path, ...args], {
			env: {
				GITHUB_TOKEN: gh.token,
				GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
				GITHUB_API_URL: gh.url,
				PATHWATCH_PACE_MS: '1',
			},
			cwd: dir,
			stdout: (s) => out.push(s),
			stderr: (s) => out.push(s),
		});
		return { id, code, out: out.join('\n') };
	}
	const stateOf = (n: number) => parseState(gh.issues.get(n)?.body ?? '');
	const repliesOn = (n: number) =>
		gh.comments.filter((c) => c.issue === n && c.user.login !== 'alice' && c.user.login !== 'bob');

	/** What the bot wrote to GitHub: anything but a read. */
	const writes = () => gh.log.filter((l) => l.method !== 'GET');

	it('refuses a read-only user with a reaction only: no reply, nothing changed, however often', async () => {
		const issue = alertIssue();
		const before = issue.body;
		const ids: number[] = [];
		for (const text of ['/pathwatch ack', '/pathwatch silence 2h @everyone look', '/pathwatch nonsense']) {
			const c = await comment(issue.number, 'bob', text);
			expect(c.code).toBe(0);
			expect(c.out).toContain('refused');
			ids.push(c.id);
		}
		expect(gh.reactions).toEqual(ids.map((comment) => ({ comment, content: '-1' })));
		expect(repliesOn(issue.number)).toEqual([]);
		expect(writes().every((l) => l.path.endsWith('/reactions'))).toBe(true);
		expect(gh.issues.get(issue.number)?.body).toBe(before);
		expect(gh.log.some((l) => l.path.endsWith('/collaborators/bob/permission'))).toBe(true);
	});

	it('ack from a maintainer: +1, reply, ack in the state for this episode, escalated label removed', async () => {
		const issue = alertIssue();
		const c = await comment(issue.number, 'alice', 'Looking.\n/pathwatch ack');
		expect(c.out).toContain('applied');
		expect(gh.reactions).toEqual([{ comment: c.id, content: '+1' }]);
		expect(stateOf(issue.number)?.notify?.ack).toMatchObject({ by: 'alice', since: alertState().since });
		expect(gh.issues.get(issue.number)?.labels.map((l) => l.name)).not.toContain('escalated');
		expect(repliesOn(issue.number)[0]?.body).toMatch(/^Acknowledged by @alice/);
	});

	it('silence and unsilence; the reason is neutralised in the reply', async () => {
		const issue = alertIssue();
		await comment(issue.number, 'alice', '/pathwatch silence 2h deploying @team #12 <b>x</b>');
		const silence = stateOf(issue.number)?.notify?.silence;
		expect(silence).toMatchObject({ by: 'alice', reason: 'deploying @team #12 <b>x</b>' });
		const ms = Date.parse(silence?.until ?? '') - Date.now();
		expect(ms).toBeGreaterThan(2 * 3_600_000 - 60_000);
		expect(ms).toBeLessThanOrEqual(2 * 3_600_000);
		const reply = repliesOn(issue.number)[0]?.body ?? '';
		expect(reply).not.toMatch(/@team|#12|<b>/);
		await comment(issue.number, 'alice', '/pathwatch unsilence');
		// Lifted as a silence ending now: its time lets it win over an older copy of the silence.
		const lifted = stateOf(issue.number)?.notify?.silence;
		expect(lifted).toMatchObject({ by: 'alice', reason: null });
		expect(lifted?.until).toBe(lifted?.at);
		const again = await comment(issue.number, 'alice', '/pathwatch unsilence');
		expect(again.out).toContain('Nothing to unsilence');
	});

	it('rejects a bad command from a writer on its own issue with a reaction and a reply', async () => {
		const issue = alertIssue();
		const bad = await comment(issue.number, 'alice', '/pathwatch silence forever');
		expect(bad.out).toContain('rejected');
		expect(gh.reactions).toEqual([{ comment: bad.id, content: 'confused' }]);
		expect(repliesOn(issue.number)).toHaveLength(1);
		const none = await comment(issue.number, 'alice', 'just a comment');
		expect(none.out).toContain('ignored');
	});

	it('does nothing visible on issues it does not own: a forgery, or one without its marker', async () => {
		const forged = gh.addIssue({ title: 'x', body: alertIssue().body ?? '', author: 'mallory' });
		const plain = gh.addIssue({ title: 'Question', body: 'How do I silence?' });
		const before = structuredClone([...gh.issues.values()]);
		gh.log.length = 0;
		for (const [n, user, text] of [
			[forged.number, 'alice', '/pathwatch ack'],
			[forged.number, 'alice', '/pathwatch silence forever'],
			[forged.number, 'bob', '/pathwatch ack'],
			[plain.number, 'bob', '/pathwatch silence 2h'],
			[plain.number, 'alice', '/pathwatch ack'],
		] as const) {
			const c = await comment(n, user, text);
			expect(c.code).toBe(0);
			expect(c.out).toContain(`ignored: #${n} is not an alert issue pathwatch manages`);
		}
		expect(writes()).toEqual([]);
		expect(gh.reactions).toEqual([]);
		expect(repliesOn(forged.number)).toEqual([]);
		expect(repliesOn(plain.number)).toEqual([]);
		expect([...gh.issues.values()]).toEqual(before);
		// Nobody's role is even asked: an outsider's comment costs one read.
		expect(gh.log.some((l) => l.path.includes('/collaborators/'))).toBe(false);
	});

	it("manages the monitor's identity: the config's issues.author, or --issues-author", async () => {
		const issue = alertIssue();
		issue.user = { login: 'octo-ops[bot]' };
		const before = issue.body;
		const refused = await comment(issue.number, 'alice', '/pathwatch ack');
		expect(refused.out).toContain('not an alert issue pathwatch manages');
		expect(refused.out).toContain('opened by octo-ops[bot]');
		expect(gh.issues.get(issue.number)?.body).toBe(before);
		expect(writes()).toEqual([]);
		await mkdir(join(dir, '.github'));
		await writeFile(join(dir, '.github/pathwatch.yml'), 'issues:\n  author: octo-ops[bot]\n');
		const applied = await comment(issue.number, 'alice', '/pathwatch ack');
		expect(applied.out).toContain('applied');
		expect(stateOf(issue.number)?.notify?.ack?.by).toBe('alice');
		const other = alertIssue();
		const viaFlag = await comment(other.number, 'alice', '/pathwatch ack', [
			'--issues-author',
			'someone-else',
		]);
		expect(viaFlag.out).toContain('not an alert issue pathwatch manages');
	});
});

describe('ack, silence and hand-closed issues in the monitor', () => {
	let fc: FakeCollector;
	let rx: Receiver;
	let dir: string;
	let tracker: ReturnType<typeof createLocalTracker>;
	const CONFIG = `budgets: []
slos: []
rules:
  - alert: Errors
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05 }
notify:
  retry: { attempts: 1, backoff: 1ms }
  claim_settle: 20ms
  channels:
    hook: { type: webhook, url_env: HOOK_URL }
  routes:
    - channels: [hook]
      escalate_after: 20m
`;
	beforeEach(async () => {
		fc = await startFakeCollector();
		rx = await startReceiver();
		dir = await mkdtemp(join(tmpdir(), 'pw-ack-'));
		tracker = createLocalTracker(dir, { now: () => new Date(T0) });
	});
	afterEach(async () => {
		await Promise.all([fc.close(), rx.close()]);
		await rm(dir, { recursive: true, force: true });
	});
	async function runAt(t: number, firing: (b: number) => boolean) {
		fc.set({
			snapshot: makeSnapshot({ now: t }),
			timeseries: makeTimeseries(t, (b) => ({ requests: 100, errors: firing(b) ? 10 : 0 })),
			usage: makeUsage(t, 20, () => 1000),
		});
		const config = parseConfig(CONFIG, 't.yml');
		return runMonitor({
			config,
			collector: createWorkerClient({ url: fc.url, token: fc.token, backoffMs: 1 }),
			tracker,
			dryRun: false,
			now: () => new Date(t),
			notify: await prepareNotify(config, { HOOK_URL: rx.url }, dir),
		});
	}
	const transitions = () => rx.accepted().map((b) => (b as { transition: string }).transition);
	async function command(cmd: Parameters<typeof applyCommand>[1], t: number) {
		const issue = (await tracker.all())[0];
		const st = issue && parseIssue(issue)?.alert;
		if (!issue || !st) throw new Error('no alert issue');
		const r = applyCommand(st, cmd, 'alice', t);
		if ('error' in r) throw new Error(r.error);
		await tracker.update(issue.number, { body: replaceState(issue.body, r.state) });
	}

	it('an ack stops escalation', async () => {
		const always = () => true;
		await runAt(T0, always);
		await command({ kind: 'ack' }, T0 + MINUTE);
		for (let k = 1; k <= 8; k++) await runAt(T0 + k * 5 * MINUTE, always);
		expect(transitions()).toEqual(['fired']);
	});

	it('without an ack it escalates once', async () => {
		for (let k = 0; k <= 8; k++) await runAt(T0 + k * 5 * MINUTE, () => true);
		expect(transitions()).toEqual(['fired', 'escalated']);
	});

	it('a silence suppresses notifications and issue writes until it expires', async () => {
		const until = T0 + 30 * MINUTE;
		await runAt(T0, () => true);
		await command({ kind: 'silence', ms: 15 * MINUTE, reason: 'deploy' }, T0 + 15 * MINUTE);
		const silencedBody = (await tracker.all())[0]?.body;
		// The alert resolves while silenced: neither the issue nor the receiver hear of it.
		const r = await runAt(T0 + 20 * MINUTE, (b) => b < T0 + 16 * MINUTE);
		expect(r.actions).toEqual([]);
		expect((await tracker.all())[0]?.body).toBe(silencedBody);
		expect(transitions()).toEqual(['fired']);
		await runAt(until + MINUTE, (b) => b < T0 + 16 * MINUTE);
		expect((await tracker.all())[0]?.state).toBe('closed');
		expect(transitions()).toEqual(['fired', 'resolved']);
	});

	it('a hand-closed snapshot-metric alert stays closed while it keeps firing', async () => {
		const config = parseConfig(
			'budgets: []\nslos: []\nrules:\n  - alert: BreakerOpen\n    metric: breaker_open\n    critical: { threshold: 1 }\n',
			't.yml',
		);
		const runOpen = (t: number) => {
			const snapshot = makeSnapshot({ now: t });
			fc.set({
				snapshot: {
					...snapshot,
					breaker: { state: 'open', since: new Date(T0).toISOString(), recentFailures: 9 },
				},
				timeseries: makeTimeseries(t, () => ({ requests: 100, errors: 0 })),
				usage: makeUsage(t, 20, () => 1000),
			});
			return runMonitor({
				config,
				collector: createWorkerClient({ url: fc.url, token: fc.token, backoffMs: 1 }),
				tracker,
				dryRun: false,
				now: () => new Date(t),
			});
		};
		await runOpen(T0);
		const issue = (await tracker.all())[0];
		if (!issue) throw new Error('no issue');
		await tracker.update(issue.number, { state: 'closed', stateReason: 'not_planned' });
		for (let k = 1; k <= 3; k++) {
			const r = await runOpen(T0 + k * 5 * MINUTE);
			expect(r.actions).toEqual([]);
		}
		expect((await tracker.all()).map((i) => i.state)).toEqual(['closed']);
	});

	it('a hand-closed issue is silenced until resolved: no duplicate, reopened only on a new firing', async () => {
		const first = (b: number) => b < T0 + 30 * MINUTE;
		await runAt(T0, first);
		const issue = (await tracker.all())[0];
		if (!issue) throw new Error('no issue');
		await tracker.update(issue.number, { state: 'closed', stateReason: 'completed' });
		await runAt(T0 + 10 * MINUTE, first);
		await runAt(T0 + 20 * MINUTE, first);
		expect(await tracker.all()).toHaveLength(1);
		expect((await tracker.all())[0]?.state).toBe('closed');
		await runAt(T0 + 40 * MINUTE, first);
		expect(parseIssue((await tracker.all())[0] ?? issue)?.alert?.status).toBe('resolved');
		const again = (b: number) => first(b) || b >= T0 + 60 * MINUTE;
		await runAt(T0 + 65 * MINUTE, again);
		const all = await tracker.all();
		expect(all.map((i) => [i.number, i.state])).toEqual([[issue.number, 'open']]);
		// Channels that heard it fire hear it resolve (an incident is never left open), then fire anew.
		expect(transitions()).toEqual(['fired', 'resolved', 'fired']);
	});
});
