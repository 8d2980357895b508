/**
 * Writers of one alert issue against the GitHub stand-in: a `/pathwatch ack` (the chatops
 * command) landing between a monitor run's read and its write survives that write, and a
 * lagging monitor run cannot erase the delivery another run recorded meanwhile, so the local
 * receiver gets each transition once.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../action/src/adapters/github/github-client.ts';
import { createGitHubTracker } from '../../action/src/adapters/github/github-issues.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { parseState } from '../../action/src/core/issues/state.ts';
import { prepareNotify } from '../../action/src/monitor/notify-context.ts';
import { runMonitor } from '../../action/src/monitor/run.ts';
import { runCli } from '../../action/src/run-cli.ts';
import { type FakeCollector, startFakeCollector } from '../action/fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from '../action/fixtures.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';
import { type Receiver, startReceiver } from '../support/http-receiver.ts';

const T0 = Date.parse('2026-11-22T12:00:00Z');
const CONFIG = `budgets: []
slos: []
rules:
  - alert: Errors
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05 }
    critical: { threshold: 0.2 }
notify:
  retry: { attempts: 1, backoff: 1ms }
  claim_settle: 20ms
  channels:
    hook: { type: webhook, url_env: HOOK_URL }
  routes:
    - channels: [hook]
      escalate_after: 20m
`;

describe('issue writers merge instead of overwriting (GitHub stand-in)', () => {
	let gh: FakeGitHub;
	let fc: FakeCollector;
	let rx: Receiver;
	let dir: string;
	beforeEach(async () => {
		[gh, fc, rx] = await Promise.all([startFakeGitHub(), startFakeCollector(), startReceiver()]);
		dir = await mkdtemp(join(tmpdir(), 'pw-merge-'));
		gh.setRole('alice', 'write');
	});
	afterEach(async () => {
		await Promise.all([gh.close(), fc.close(), rx.close()]);
		await rm(dir, { recursive: true, force: true });
	});

	const repository = () => `${gh.owner}/${gh.repo}`;
	/** The collector's answer at `t`: `errors` per 100 requests in every minute. */
	function collectorAt(t: number, errors: number) {
		fc.set({
			snapshot: makeSnapshot({ now: t }),
			timeseries: makeTimeseries(t, () => ({ requests: 100, errors })),
			usage: makeUsage(t, 20, () => 1000),
		});
	}
	/** One monitor run as of `t`, with its own GitHub client, as a separate workflow run would have. */
	async function monitorAt(t: number) {
		const config = parseConfig(CONFIG, 't.yml');
		const github = createGitHubClient({
			token: gh.token,
			repository: repository(),
			apiUrl: gh.url,
			paceMs: 1,
		});
		return runMonitor({
			config,
			collector: createWorkerClient({ url: fc.url, token: fc.token, backoffMs: 1 }),
			tracker: createGitHubTracker(github),
			dryRun: false,
			now: () => new Date(t),
			notify: await prepareNotify(config, { HOOK_URL: rx.url }, dir),
		});
	}
	/** The chatops command as the workflow runs it, for a comment by `user`. */
	async function chatops(issue: number, user: string, text: string): Promise<string> {
		const id = 50_000 + gh.comments.length;
		gh.comments.push({ id, issue, body: text, user: { login: user }, created_at: new Date().toISOString() });
		const path = join(dir, `event-${id}.json`);
		await writeFile(
			path,
			JSON.stringify({
				action: 'created',
				comment: { id, body: text, user: { login: user } },
				issue: { number: issue },
			}),
		);
		const out: string[] = [];
		const env = {
			GITHUB_TOKEN: gh.token,
			GITHUB_REPOSITORY: repository(),
			GITHUB_API_URL: gh.url,
			PATHWATCH_PACE_MS: '1',
		};
		await runCli(['chatops', '--event', path], {
			env,
			cwd: dir,
			stdout: (s) => out.push(s),
			stderr: (s) => out.push(s),
		});
		return out.join('\n');
	}
	const alertIssue = () => {
		const issue = [...gh.issues.values()].find((i) => i.body?.includes('pathwatch:fingerprint'));
		if (!issue) throw new Error('no alert issue');
		return issue;
	};
	/** The first request about this one issue (not the list, not its comments) after the list read. */
	const aboutIssue = (n: number) => (_m: string, p: string) =>
		p === `/repos/${gh.owner}/${gh.repo}/issues/${n}`;
	const transitions = () =>
		rx.accepted().map((b) => `${(b as { transition: string }).transition}:${(b as { level: string }).level}`);

	it('an ack landing between a monitor run’s read and its write survives, and stops escalation', async () => {
		collectorAt(T0, 10);
		await monitorAt(T0);
		const issue = alertIssue();
		expect(parseState(issue.body ?? '')?.severity).toBe('warning');
		// The next run reads the issue (firing, warning), then alice acks before it writes critical.
		let reply = '';
		gh.before(aboutIssue(issue.number), async () => {
			reply = await chatops(issue.number, 'alice', '/pathwatch ack');
		});
		collectorAt(T0 + 5 * MINUTE, 30);
		const run = await monitorAt(T0 + 5 * MINUTE);
		expect(reply).toContain('applied');
		expect(run.actions.map((a) => a.issue)).toContain(issue.number);
		const after = parseState(alertIssue().body ?? '');
		expect(after?.severity).toBe('critical');
		expect(after?.notify?.ack).toMatchObject({ by: 'alice', since: after?.since });
		// Past escalate_after, still firing: the ack holds, so no escalation reaches the receiver.
		for (const k of [25, 30]) {
			collectorAt(T0 + k * MINUTE, 30);
			await monitorAt(T0 + k * MINUTE);
		}
		expect(transitions()).toEqual(['fired:warning', 'fired:critical']);
		expect(alertIssue().labels.map((l) => l.name)).not.toContain('escalated');
	}, 60_000);

	it('an ack written between a monitor run’s re-read and its write is written again by the command', async () => {
		// The command waits this long before checking its write held (longer than the monitor's
		// re-read-to-write gap, which here is one request).
		await mkdir(join(dir, '.github'));
		await writeFile(
			join(dir, '.github/pathwatch.yml'),
			CONFIG.replace('claim_settle: 20ms', 'claim_settle: 500ms'),
		);
		collectorAt(T0, 10);
		await monitorAt(T0);
		const issue = alertIssue();
		const acked = () => parseState(gh.issues.get(issue.number)?.body ?? '')?.notify?.ack?.by === 'alice';
		let command: Promise<string> | null = null;
		// The monitor has re-read the issue; its PATCH waits until alice's ack has landed.
		gh.before(
			(m, p) => m === 'PATCH' && aboutIssue(issue.number)(m, p),
			async () => {
				command = chatops(issue.number, 'alice', '/pathwatch ack');
				while (!acked()) await new Promise((r) => setTimeout(r, 5));
			},
		);
		collectorAt(T0 + 5 * MINUTE, 30);
		await monitorAt(T0 + 5 * MINUTE);
		expect(command).not.toBeNull();
		expect(await command).toContain('applied');
		const after = parseState(alertIssue().body ?? '');
		expect(after?.severity).toBe('critical');
		expect(after?.notify?.ack).toMatchObject({ by: 'alice', since: after?.since });
	}, 60_000);

	it('a lagging run cannot erase a delivery another run recorded: one POST per transition', async () => {
		collectorAt(T0, 10);
		await monitorAt(T0);
		const issue = alertIssue();
		// Run A reads the firing issue, then stalls before its first write; run B resolves the
		// alert meanwhile and delivers and records the resolution; then A writes its stale plan.
		collectorAt(T0 + 10 * MINUTE, 0);
		let b: Awaited<ReturnType<typeof monitorAt>> | null = null;
		gh.before(aboutIssue(issue.number), async () => {
			b = await monitorAt(T0 + 10 * MINUTE);
		});
		const a = await monitorAt(T0 + 10 * MINUTE);
		expect(b).not.toBeNull();
		expect(a.actions.map((x) => x.issue)).toContain(issue.number);
		const sent = parseState(alertIssue().body ?? '')?.notify?.sent.hook;
		expect(sent?.resolved).toBe(parseState(alertIssue().body ?? '')?.since);
		await monitorAt(T0 + 20 * MINUTE);
		expect(transitions()).toEqual(['fired:warning', 'resolved:warning']);
		expect(alertIssue().state).toBe('closed');
	}, 60_000);
});
