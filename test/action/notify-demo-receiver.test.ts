/**
 * The demo's notification path without the demo's minutes of traffic: its config and its
 * webhook receiver, with the monitor against a fake collector. The receiver checks signatures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../action/src/adapters/notify-receiver.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { DEMO_CONFIG_YAML } from '../../action/src/demo/demo-config.ts';
import { prepareNotify } from '../../action/src/monitor/notify-context.ts';
import { runMonitor } from '../../action/src/monitor/run.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

describe('demo webhook receiver', () => {
	let fc: FakeCollector;
	let hook: WebhookReceiver;
	let dir: string;
	beforeEach(async () => {
		[fc, hook] = await Promise.all([startFakeCollector(), startWebhookReceiver()]);
		dir = await mkdtemp(join(tmpdir(), 'pw-demo-hook-'));
	});
	afterEach(async () => {
		await Promise.all([fc.close(), hook.close()]);
		await rm(dir, { recursive: true, force: true });
	});

	async function runAt(now: number, errors: number, env: Record<string, string>) {
		fc.set({
			snapshot: makeSnapshot({ now }),
			timeseries: makeTimeseries(now, () => ({ requests: 100, errors })),
			usage: makeUsage(now, 20, () => 1000),
		});
		const config = parseConfig(DEMO_CONFIG_YAML, 'demo.yml');
		return runMonitor({
			config,
			collector: createWorkerClient({ url: fc.url, token: fc.token, backoffMs: 1 }),
			tracker: createLocalTracker(join(dir, 'issues')),
			dryRun: false,
			now: () => new Date(now),
			notify: await prepareNotify(config, env, dir),
		});
	}

	it('receives the demo alert firing and resolving, signed', async () => {
		const now = Date.now();
		await runAt(now, 5, hook.env);
		await runAt(now + 120_000, 0, hook.env);
		// The default SLO's burn-rate alert fires and resolves beside it.
		const all = hook.drain();
		expect(all.every((l) => l.endsWith('signature valid'))).toBe(true);
		const lines = all.filter((l) => l.includes('ErrorRateHigh'));
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^fired ErrorRateHigh \(critical, value 0\.05\) → .*; signature valid$/);
		expect(lines[1]).toMatch(/^resolved ErrorRateHigh .*; signature valid$/);
		expect(hook.drain()).toEqual([]);
	});

	it('flags a delivery signed with another secret', async () => {
		const r = await runAt(Date.now(), 5, { ...hook.env, PATHWATCH_DEMO_WEBHOOK_SECRET: 'wrong' });
		expect(hook.drain()[0]).toMatch(/signature INVALID$/);
		expect(r.notify.deliveries[0]).toMatchObject({ ok: false });
	});
});
