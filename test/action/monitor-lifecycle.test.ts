/**
 * The alert lifecycle through `runMonitor`, with the real local issue store and the collector
 * client talking HTTP to a fake collector: open, steady state, escalate, de-escalate, resolve,
 * reopen, cooldown, flapping, silences, no data, duplicates, retirement, dry runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { listAlertIssues } from '../../action/src/alert-issues.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { fingerprintMarker } from '../../action/src/core/issues/state.ts';
import { runMonitor } from '../../action/src/monitor/run.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

const T0 = Date.parse('2026-11-22T12:00:00Z');
const HOUR = 60 * MINUTE;
const RULES = `budgets: []
slos: []
rules:
  - alert: Errors
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05, cooldown: 30m }
    critical: { threshold: 0.2, cooldown: 10m }
`;

/** Error percentage per minute over absolute time: [from, to, pct] segments, 0 elsewhere. */
type Timeline = [number, number, number][];
const pctAt = (timeline: Timeline, t: number) => timeline.find(([a, b]) => t >= a && t < b)?.[2] ?? 0;

describe('alert lifecycle', () => {
	let fc: FakeCollector;
	let dir: string;
	let clock = T0;
	let tracker: ReturnType<typeof createLocalTracker>;

	beforeEach(async () => {
		fc = await startFakeCollector();
		dir = await mkdtemp(join(tmpdir(), 'pw-life-'));
		tracker = createLocalTracker(dir, { now: () => new Date(clock) });
	});
	afterEach(async () => {
		await fc.close();
		await rm(dir, { recursive: true, force: true });
	});

	async function runAt(
		t: number,
		timeline: Timeline,
		yaml = RULES,
		opts: { dryRun?: boolean; noData?: boolean } = {},
	) {
		clock = t;
		fc.set({
			snapshot: makeSnapshot({ now: t }),
			timeseries: makeTimeseries(t, (b) =>
				opts.noData ? { requests: null } : { requests: 100, errors: pctAt(timeline, b) },
			),
			usage: makeUsage(t, 20, () => 1000),
		});
		return runMonitor({
			config: parseConfig(yaml, 'test.yml'),
			collector: createWorkerClient({ url: fc.url, token: fc.token, backoffMs: 1 }),
			tracker,
			dryRun: opts.dryRun ?? false,
			now: () => new Date(t),
		});
	}
	const all = () => tracker.all();
	const texts = async (n: number) => (await tracker.comments(n)).map((c) => c.body);

	it('opens, stays quiet, escalates, de-escalates, resolves with a comment and closes', async () => {
		const tl: Timeline = [
			[T0 - 10 * MINUTE, T0 + 20 * MINUTE, 10],
			[T0 + 20 * MINUTE, T0 + 40 * MINUTE, 30],
			[T0 + 40 * MINUTE, T0 + 60 * MINUTE, 10],
		];
		const r1 = await runAt(T0, tl);
		expect(r1.actions.map((a) => a.reason)).toEqual(['open']);
		const [issue] = await all();
		expect(issue?.labels).toEqual(['pathwatch', 'severity:warning']);
		expect(issue?.body).toContain('firing since 2026-11-22 11:51 UTC');
		const writes = tracker.stats().writes;
		expect((await runAt(T0 + 10 * MINUTE, tl)).actions).toEqual([]);
		expect(tracker.stats().writes).toBe(writes);
		await runAt(T0 + 30 * MINUTE, tl);
		expect((await all())[0]?.labels).toContain('severity:critical');
		await runAt(T0 + 50 * MINUTE, tl);
		expect((await all())[0]?.labels).toContain('severity:warning');
		await runAt(T0 + 70 * MINUTE, tl);
		const closed = (await all())[0];
		expect(closed?.state).toBe('closed');
		expect(await texts(closed?.number ?? 0)).toEqual([
			expect.stringContaining('Escalated to **critical**'),
			expect.stringContaining('De-escalated to **warning**'),
			expect.stringMatching(/^Resolved after 1h 10m/),
		]);
	});

	it('a resolved issue keeps the title it fired with; the body shows the value at resolution; the summary links #N', async () => {
		const yaml = RULES.replace(
			'critical: { threshold: 0.2, cooldown: 10m }',
			'critical: { threshold: 0.2, cooldown: 10m }\n    annotations: { summary: error rate $value }',
		);
		const tl: Timeline = [[T0 - 10 * MINUTE, T0 + 10 * MINUTE, 10]];
		const fired = await runAt(T0, tl, yaml);
		expect(fired.summary).toMatch(/Errors: open a warning issue/);
		const title = (await all())[0]?.title ?? '';
		expect(title).toBe('Errors: error rate 10.00%');
		const resolved = await runAt(T0 + 20 * MINUTE, tl, yaml);
		const closed = (await all())[0];
		expect(closed?.state).toBe('closed');
		expect(closed?.title).toBe(title);
		expect(closed?.body).toContain('| Value at resolution | 0\\.000% |');
		expect(resolved.summary).toContain(`Errors: resolve and close #${closed?.number}`);
		expect(resolved.summary).not.toContain('&#8203;');
	});

	it('an episode that began and ended between runs is recorded in a closed issue with a title', async () => {
		const tl: Timeline = [[T0 + 5 * MINUTE, T0 + 10 * MINUTE, 10]];
		await runAt(T0, tl);
		await runAt(T0 + 20 * MINUTE, tl);
		const [issue] = await all();
		expect(issue?.state).toBe('closed');
		expect(issue?.title).toMatch(/^Errors: /);
	});

	it('a re-fire within 24 h reopens the same issue; after 24 h it opens a new one', async () => {
		const tl: Timeline = [
			[T0 - 10 * MINUTE, T0, 10],
			[T0 + 2 * HOUR, T0 + 2 * HOUR + 10 * MINUTE, 10],
			[T0 + 30 * HOUR, T0 + 31 * HOUR, 10],
		];
		await runAt(T0 - 5 * MINUTE, tl);
		await runAt(T0 + 30 * MINUTE, tl);
		await runAt(T0 + 2 * HOUR + 5 * MINUTE, tl);
		let issues = await all();
		expect(issues).toHaveLength(1);
		expect(issues[0]?.state).toBe('open');
		expect(issues[0]?.stateReason).toBe('reopened');
		expect((await texts(1)).at(-1)).toMatch(/^Firing again \(\*\*warning\*\*\) 2h/);
		await runAt(T0 + 3 * HOUR, tl);
		await runAt(T0 + 30 * HOUR + 5 * MINUTE, tl);
		issues = await all();
		expect(issues.map((i) => [i.number, i.state])).toEqual([
			[1, 'closed'],
			[2, 'open'],
		]);
	});

	it('a re-fire inside the cooldown reopens without a comment (no comment storm)', async () => {
		const tl: Timeline = [
			[T0 - 10 * MINUTE, T0, 10],
			[T0 + 15 * MINUTE, T0 + 25 * MINUTE, 10],
		];
		await runAt(T0 - 5 * MINUTE, tl);
		await runAt(T0 + 10 * MINUTE, tl);
		await runAt(T0 + 20 * MINUTE, tl);
		expect((await all())[0]?.state).toBe('open');
		expect(await texts(1)).toEqual([expect.stringMatching(/^Resolved after/)]);
	});

	it('flapping labels the issue once and stops close/reopen churn until it settles', async () => {
		// On for 5 minutes, off for 5, for two hours; then quiet.
		const tl: Timeline = [];
		for (let t = T0 - 2 * HOUR; t < T0; t += 10 * MINUTE) tl.push([t, t + 5 * MINUTE, 10]);
		const first = await runAt(T0 - 2 * HOUR + 3 * MINUTE, tl);
		expect(first.actions.map((a) => a.reason)).toEqual(['open']);
		for (let t = T0 - 2 * HOUR + 8 * MINUTE; t < T0; t += 5 * MINUTE) await runAt(t, tl);
		const issue = (await all())[0];
		expect(issue?.labels).toContain('flapping');
		expect(issue?.state).toBe('open');
		const during = await texts(1);
		expect(during.filter((c) => c.startsWith('Flapping'))).toHaveLength(1);
		// Before flapping was detected it closed and reopened a few times; after, never again.
		const churnBefore = during.length;
		for (let t = T0; t < T0 + 30 * MINUTE; t += 5 * MINUTE) await runAt(t, tl);
		expect((await texts(1)).length).toBe(churnBefore);
		await runAt(T0 + 3 * HOUR, tl);
		const settled = (await all())[0];
		expect(settled?.state).toBe('closed');
		expect(settled?.labels).not.toContain('flapping');
		expect((await texts(1)).at(-1)).toMatch(/^No longer flapping .* closing/);
	});

	it('a silence suppresses issue writes but not evaluation; afterwards the issue catches up', async () => {
		const tl: Timeline = [[T0 - 30 * MINUTE, T0 + 2 * HOUR, 10]];
		const silenced = `${RULES}silences:\n  - matchers: [alertname=Errors]\n    starts_at: 2026-11-22T11:00:00Z\n    ends_at: 2026-11-22T13:00:00Z\n    comment: deploy\n`;
		const during = await runAt(T0, tl, silenced);
		expect(during.firing.map((e) => e.alertname)).toEqual(['Errors']);
		expect(during.actions).toEqual([]);
		expect(during.summary).toContain('Errors: silenced until 2026\\-11\\-22T13:00:00Z');
		expect(await all()).toEqual([]);
		await runAt(T0 + 90 * MINUTE, tl, silenced);
		const [issue] = await all();
		expect(issue?.state).toBe('open');
		expect(issue?.body).toContain('firing since 2026-11-22 11:31 UTC');
	});

	it('no data never resolves; a failed scrape raises CollectorUnreachable and resolves it on recovery', async () => {
		const tl: Timeline = [[T0 - 30 * MINUTE, T0 + 5 * HOUR, 10]];
		await runAt(T0, tl);
		expect((await runAt(T0 + HOUR, tl, RULES, { noData: true })).actions).toEqual([]);
		fc.failNext(100, 503);
		const down = await runAt(T0 + 2 * HOUR, tl);
		expect(down.scrapeError).toContain('HTTP 503');
		let issues = await all();
		expect(issues.map((i) => [i.title.split(':')[0], i.state])).toEqual([
			['Errors', 'open'],
			['CollectorUnreachable', 'open'],
		]);
		fc.failNext(0, 503);
		await runAt(T0 + 3 * HOUR, tl);
		issues = await all();
		expect(issues.map((i) => i.state)).toEqual(['open', 'closed']);
	});

	it('closes a duplicate, keeps the oldest, and never touches issues it did not create', async () => {
		const tl: Timeline = [[T0 - 30 * MINUTE, T0 + HOUR, 10]];
		await runAt(T0, tl);
		const [first] = await all();
		const dup = await tracker.create({ title: 'dup', body: first?.body ?? '', labels: ['pathwatch'] });
		const foreign = await tracker.create({
			title: 'human',
			body: `mentions ${'pathwatch'} but no marker`,
			labels: ['pathwatch'],
		});
		const forged = await tracker.create({
			title: 'forged',
			body: `${fingerprintMarker('0123456789abcdef')}`,
			labels: ['bug'],
		});
		const r = await runAt(T0 + 5 * MINUTE, tl);
		expect(r.actions.map((a) => [a.reason, a.issue])).toEqual([['duplicate', dup.number]]);
		const byNumber = new Map((await all()).map((i) => [i.number, i]));
		expect(byNumber.get(dup.number)?.state).toBe('closed');
		expect(byNumber.get(first?.number ?? 0)?.state).toBe('open');
		expect(byNumber.get(foreign.number)?.updatedAt).toBe(foreign.updatedAt);
		expect(byNumber.get(forged.number)?.updatedAt).toBe(forged.updatedAt);
	});

	it('closes an issue whose rule was removed from the config', async () => {
		await runAt(T0, [[T0 - 30 * MINUTE, T0 + HOUR, 10]]);
		const r = await runAt(T0 + 5 * MINUTE, [], 'rules: []\nbudgets: []\nslos: []\n');
		expect(r.actions.map((a) => a.reason)).toEqual(['retire']);
		expect((await all())[0]?.state).toBe('closed');
		expect(await texts(1)).toEqual(['Closing: this alert is no longer in the configuration.']);
	});

	it('lists open and recently resolved alert issues for the dashboard', async () => {
		const tl: Timeline = [
			[T0 - 30 * MINUTE, T0 + 10 * MINUTE, 10],
			[T0 + HOUR, T0 + 3 * HOUR, 30],
		];
		const yaml = `${RULES}  - alert: Latency\n    metric: p95_ms\n    warning: { threshold: 15 }\n`;
		await runAt(T0, tl, yaml);
		await runAt(T0 + 30 * MINUTE, tl, yaml);
		const views = await listAlertIssues(tracker, { now: new Date(T0 + 30 * MINUTE) });
		// Newest episode first: the errors began at 11:31, the latency (p95 20 ms ≥ 15) a day ago.
		expect(views.map((v) => [v.alertname, v.state, v.status, v.severity])).toEqual([
			['Errors', 'closed', 'resolved', 'warning'],
			['Latency', 'open', 'firing', 'warning'],
		]);
		expect(views[0]?.resolvedAt).toBe('2026-11-22T12:11:00.000Z');
		expect(views[1]?.url).toMatch(/^file:/);
	});

	it('a dry run plans the same changes and writes nothing', async () => {
		const r = await runAt(T0, [[T0 - 30 * MINUTE, T0 + HOUR, 10]], RULES, { dryRun: true });
		expect(r.actions.map((a) => a.reason)).toEqual(['open']);
		expect(r.summary).toContain('planned (dry run)');
		expect(await all()).toEqual([]);
	});
});
