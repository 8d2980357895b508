/**
 * Notifications against a real Alertmanager (Debian's prometheus-alertmanager), started on
 * 127.0.0.1 with a temporary config and storage and clustering off: the alert is active in
 * `GET /api/v2/alerts` while firing, re-sent every run, and gone once it resolves. Required
 * (fails instead of skipping) when PATHWATCH_REQUIRE_ALERTMANAGER=1, as in CI.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { prepareNotify } from '../../action/src/monitor/notify-context.ts';
import { runMonitor } from '../../action/src/monitor/run.ts';
import { type FakeCollector, startFakeCollector } from '../action/fake-collector.ts';
import { MINUTE, makeSnapshot, makeTimeseries, makeUsage } from '../action/fixtures.ts';

const BINARY = process.env.PATHWATCH_ALERTMANAGER_BIN ?? '/usr/bin/prometheus-alertmanager';
const REQUIRED = process.env.PATHWATCH_REQUIRE_ALERTMANAGER === '1';
const AVAILABLE = existsSync(BINARY);
const T0 = Date.now() - 10 * MINUTE;

const CONFIG = `budgets: []
slos: []
rules:
  - alert: Errors
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05 }
    labels: { team: edge }
    annotations: { summary: 'Record error rate $value' }
notify:
  claim_settle: 50ms
  channels:
    am: { type: alertmanager, url_env: ALERTMANAGER_URL }
  routes:
    - channels: [am]
`;

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

type AmAlert = {
	labels: Record<string, string>;
	annotations: Record<string, string>;
	status: { state: string };
	generatorURL: string;
};

describe.skipIf(!AVAILABLE && !REQUIRED)('Alertmanager channel (real Alertmanager)', () => {
	let am: ChildProcess;
	let amUrl = '';
	let dir = '';
	let fc: FakeCollector;
	let output = '';

	beforeAll(async () => {
		if (!AVAILABLE)
			throw new Error(
				`PATHWATCH_REQUIRE_ALERTMANAGER=1 but ${BINARY} is missing (apt-get install prometheus-alertmanager)`,
			);
		dir = await mkdtemp(join(tmpdir(), 'pw-am-'));
		await writeFile(join(dir, 'am.yml'), "route:\n  receiver: 'null'\nreceivers:\n  - name: 'null'\n");
		const port = await freePort();
		amUrl = `http://127.0.0.1:${port}`;
		am = spawn(BINARY, [
			`--config.file=${join(dir, 'am.yml')}`,
			`--storage.path=${join(dir, 'data')}`,
			`--web.listen-address=127.0.0.1:${port}`,
			'--cluster.listen-address=',
		]);
		am.stderr?.on('data', (d: Buffer) => {
			output += d.toString();
		});
		// Generous: on a loaded CI machine Alertmanager can take seconds to open its port.
		const deadline = Date.now() + 45_000;
		while (
			!(await fetch(`${amUrl}/-/ready`).then(
				(r) => r.ok,
				() => false,
			))
		) {
			if (Date.now() > deadline || am.exitCode !== null)
				throw new Error(`Alertmanager did not start:\n${output}`);
			await new Promise((r) => setTimeout(r, 100));
		}
		fc = await startFakeCollector();
	}, 60_000);

	afterAll(async () => {
		am?.kill('SIGTERM');
		await fc?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	async function runAt(t: number, errorsPct: number, tracker: ReturnType<typeof createLocalTracker>) {
		fc.set({
			snapshot: makeSnapshot({ now: t }),
			timeseries: makeTimeseries(t, () => ({ requests: 100, errors: errorsPct })),
			usage: makeUsage(t, 20, () => 1000),
		});
		const config = parseConfig(CONFIG, 'test.yml');
		return runMonitor({
			config,
			collector: createWorkerClient({ url: fc.url, token: fc.token, backoffMs: 1 }),
			tracker,
			dryRun: false,
			now: () => new Date(t),
			notify: await prepareNotify(
				config,
				{ ALERTMANAGER_URL: amUrl, GITHUB_REPOSITORY: 'acme/service' },
				dir,
			),
		});
	}
	const alerts = async () => (await (await fetch(`${amUrl}/api/v2/alerts`)).json()) as AmAlert[];

	it('is active while firing, re-sent each run, and gone after it resolves', async () => {
		const tracker = createLocalTracker(join(dir, 'issues'), { now: () => new Date(T0) });
		const r1 = await runAt(T0, 10, tracker);
		expect(r1.notify.deliveries).toMatchObject([{ channel: 'am', transition: 'fired', ok: true }]);
		const firing = await alerts();
		expect(firing).toHaveLength(1);
		expect(firing[0]?.labels).toMatchObject({ alertname: 'Errors', severity: 'warning', team: 'edge' });
		expect(firing[0]?.status.state).toBe('active');
		expect(firing[0]?.annotations.summary).toContain('Record error rate');
		expect(firing[0]?.annotations.runbook_url).toBeUndefined();
		expect(firing[0]?.generatorURL).toMatch(/^file:|^http/);
		const r2 = await runAt(T0 + 5 * MINUTE, 10, tracker);
		expect(r2.notify.deliveries).toMatchObject([{ channel: 'am', transition: 'resend', ok: true }]);
		expect(await alerts()).toHaveLength(1);
		const r3 = await runAt(T0 + 10 * MINUTE, 0, tracker);
		expect(r3.notify.deliveries).toMatchObject([{ channel: 'am', transition: 'resolved', ok: true }]);
		expect(await alerts()).toEqual([]);
	}, 60_000);
});
