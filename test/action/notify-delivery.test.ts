/**
 * Notifications through `runMonitor` with the real local issue store, the collector client
 * talking HTTP to a fake collector and a local HTTP receiver: one POST per transition over
 * repeated and overlapping runs, signed bodies, retries within and across runs, escalation.
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { parseIssue } from '../../action/src/core/issues/state.ts';
import { prepareNotify } from '../../action/src/monitor/notify-context.ts';
import { runMonitor } from '../../action/src/monitor/run.ts';
import { type Receiver, startReceiver } from '../support/http-receiver.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

const T0 = Date.parse('2026-11-22T12:00:00Z');
const SECRET = 'hook-secret';
const yaml = (extra = '') => `budgets: []
slos: []
rules:
  - alert: Errors
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05 }
    critical: { threshold: 0.2 }
notify:
  retry: { attempts: 3, backoff: 5ms }
  claim_settle: 150ms
  dashboard_url: https://example.org/dash
  channels:
    hook: { type: webhook, url_env: HOOK_URL, secret_env: HOOK_SECRET }
    other: { type: webhook, url_env: OTHER_URL }
  routes:
    - channels: [hook, other]
${extra}`;

type Timeline = [number, number, number][];
const pctAt = (tl: Timeline, t: number) => tl.find(([a, b]) => t >= a && t < b)?.[2] ?? 0;

describe('notification delivery', () => {
	let fc: FakeCollector;
	let hook: Receiver;
	let other: Receiver;
	let dir: string;
	let tracker: ReturnType<typeof createLocalTracker>;

	beforeEach(async () => {
		fc = await startFakeCollector();
		hook = await startReceiver();
		other = await startReceiver();
		dir = await mkdtemp(join(tmpdir(), 'pw-notify-'));
		tracker = createLocalTracker(dir, { now: () => new Date(T0) });
	});
	afterEach(async () => {
		await Promise.all([fc.close(), hook.close(), other.close()]);
		await rm(dir, { recursive: true, force: true });
	});

	async function runAt(t: number, tl: Timeline, config = yaml()) {
		fc.set({
			snapshot: makeSnapshot({ now: t }),
			timeseries: makeTimeseries(t, (b) => ({ requests: 100, errors: pctAt(tl, b) })),
			usage: makeUsage(t, 20, () => 1000),
		});
		const parsed = parseConfig(config, 'test.yml');
		const env = { HOOK_URL: `${hook.url}/in`, HOOK_SECRET: SECRET, OTHER_URL: `${other.url}/x` };
		return runMonitor({
			config: parsed,
			collector: createWorkerClient({ url: fc.url, token: fc.token, backoffMs: 1 }),
			tracker,
			dryRun: false,
			now: () => new Date(t),
			notify: await prepareNotify(parsed, env, dir),
		});
	}
	const events = (r: Receiver) =>
		r.accepted().map((b) => {
			const body = b as { transition: string; level: string };
			return `${body.transition}:${body.level}`;
		});

	it('posts once per transition over repeated runs, signed, with the reference fields', async () => {
		const tl: Timeline = [
			[T0 - 10 * MINUTE, T0 + 20 * MINUTE, 10],
			[T0 + 20 * MINUTE, T0 + 40 * MINUTE, 30],
		];
		for (let k = 0; k <= 12; k++) await runAt(T0 + k * 5 * MINUTE, tl);
		// warning fired, critical fired (severity rose), resolved; nothing for the steady runs.
		expect(events(hook)).toEqual(['fired:warning', 'fired:critical', 'resolved:critical']);
		expect(events(other)).toEqual(events(hook));
		for (const r of hook.received) {
			const expected = `sha256=${createHmac('sha256', SECRET).update(r.raw).digest('hex')}`;
			expect(r.headers['x-pathwatch-signature-256']).toBe(expected);
			expect(r.path).toBe('/in');
		}
		expect(other.received[0]?.headers['x-pathwatch-signature-256']).toBeUndefined();
		const first = hook.accepted()[0] as Record<string, unknown>;
		for (const field of [
			'level',
			'metric',
			'message',
			'timestamp',
			'status',
			'alertname',
			'fingerprint',
			'labels',
			'value',
			'issue_url',
			'dashboard_url',
		])
			expect(first[field], field).not.toBeUndefined();
		expect(first).toMatchObject({
			level: 'warning',
			metric: 'error_rate',
			status: 'firing',
			alertname: 'Errors',
			labels: { alertname: 'Errors' },
			dashboard_url: 'https://example.org/dash',
		});
		expect(String(first.message)).toContain('[WARNING] Errors');
		const last = hook.accepted().at(-1) as Record<string, unknown>;
		expect(last).toMatchObject({ status: 'resolved', transition: 'resolved' });
	});

	it('two overlapping runs deliver each transition once', async () => {
		const tl: Timeline = [[T0 - 10 * MINUTE, T0 + 30 * MINUTE, 10]];
		await Promise.all([runAt(T0, tl), runAt(T0, tl)]);
		await Promise.all([runAt(T0 + 5 * MINUTE, tl), runAt(T0 + 5 * MINUTE, tl)]);
		await Promise.all([runAt(T0 + 40 * MINUTE, tl), runAt(T0 + 40 * MINUTE, tl)]);
		expect(events(hook)).toEqual(['fired:warning', 'resolved:warning']);
		expect(hook.received).toHaveLength(2);
	});

	it('a receiver answering 500 twice then 200 gets exactly one accepted delivery', async () => {
		const tl: Timeline = [[T0 - 10 * MINUTE, T0 + 30 * MINUTE, 10]];
		hook.script([500, 500]);
		const r = await runAt(T0, tl);
		expect(hook.received.map((x) => x.status)).toEqual([500, 500, 200]);
		expect(hook.accepted()).toHaveLength(1);
		expect(r.notify.deliveries.find((d) => d.channel === 'hook')).toMatchObject({ ok: true, attempts: 3 });
		await runAt(T0 + 5 * MINUTE, tl);
		expect(hook.accepted()).toHaveLength(1);
	});

	it('a failing channel blocks neither the issue nor other channels, and is retried next run', async () => {
		const tl: Timeline = [[T0 - 10 * MINUTE, T0 + 30 * MINUTE, 10]];
		hook.script([503, 503, 503]);
		const r1 = await runAt(T0, tl);
		expect(r1.notify.deliveries.find((d) => d.channel === 'hook')).toMatchObject({ ok: false, attempts: 3 });
		expect(r1.summary).toContain('### Notifications');
		expect(r1.summary).toContain('1 delivered, 1 failed');
		expect(other.accepted()).toHaveLength(1);
		const issues = (await tracker.all()).map(parseIssue);
		expect(issues).toHaveLength(1);
		expect(issues[0]?.state).toBe('open');
		expect(issues[0]?.alert?.notify?.sent.hook).toMatchObject({ failures: 1 });
		await runAt(T0 + 5 * MINUTE, tl);
		expect(events(hook)).toEqual(['fired:warning']);
		expect(other.accepted()).toHaveLength(1);
	});

	it('escalates once after escalate_after unless acknowledged, and labels the issue', async () => {
		const config = yaml().replace(
			'    - channels: [hook, other]\n',
			'    - channels: [hook]\n      escalate_after: 30m\n',
		);
		const tl: Timeline = [[T0 - 10 * MINUTE, T0 + 90 * MINUTE, 10]];
		for (let k = 0; k <= 8; k++) await runAt(T0 + k * 5 * MINUTE, tl, config);
		const escalations = events(hook).filter((e) => e.startsWith('escalated'));
		expect(escalations).toHaveLength(1);
		const issue = (await tracker.all())[0];
		expect(issue?.labels).toContain('escalated');
		expect(other.received).toHaveLength(0);
	});
});
