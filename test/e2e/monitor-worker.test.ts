/**
 * The monitor CLI against the real collector Worker (wrangler dev on 127.0.0.1) and the
 * GitHub-compatible server: the contract holds end to end, and a path recorded through
 * POST /record reaches the alert issue neutralised.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { SnapshotSchema } from '../../worker/src/contract/index.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';

const CLI = fileURLToPath(new URL('../../action/src/cli.ts', import.meta.url));
// The Worker cuts paths at '#' (fragments are dropped at ingest), so `#1` rides in the user agent.
const HOSTILE = '/u/@someone/<!-- marker -->/<script>alert(1)</script>';

describe('pathwatch monitor against the real Worker', () => {
	let worker: LocalWorker;
	let gh: FakeGitHub;
	let dir: string;
	let run: { code: number; stdout: string; stderr: string };

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'pw-e2e-worker-'));
		worker = await startLocalWorker({
			vars: { ADMIN_TOKEN: 'e2e-admin', FLUSH_INTERVAL_MS: '500' },
			persistTo: join(dir, 'state'),
		});
		gh = await startFakeGitHub();
		const events = Array.from({ length: 40 }, (_, i) => ({
			ip: '198.51.100.7',
			path: i % 2 ? HOSTILE : '/api/items',
			method: 'GET',
			userAgent: 'bot @admin see #1',
		}));
		const res = await fetch(`${worker.url}/record`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ events }),
		});
		expect(res.status).toBe(202);
		// Collectors report to their shard after the flush interval; wait until the IP is known.
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			const snap = await fetch(`${worker.url}/api/admin/snapshot`, {
				headers: { authorization: 'Bearer e2e-admin' },
			});
			const body = (await snap.json()) as { topIps?: unknown[] };
			if ((body.topIps?.length ?? 0) > 0) break;
			await new Promise((r) => setTimeout(r, 250));
		}
		await writeFile(
			join(dir, 'pathwatch.yml'),
			'rules:\n  - alert: TrafficSeen\n    metric: daily_do_requests\n    warning: { threshold: 1 }\nbudgets: []\nslos: []\n',
		);
		// Evaluate two minutes ahead so the minute that holds the events counts as complete.
		const at = new Date(Date.now() + 120_000).toISOString();
		run = await new Promise((resolve) => {
			execFile(
				process.execPath,
				[CLI, 'monitor', '--config', 'pathwatch.yml', '--at', at],
				{
					cwd: dir,
					env: {
						PATH: process.env.PATH ?? '',
						PATHWATCH_URL: worker.url,
						PATHWATCH_ADMIN_TOKEN: 'e2e-admin',
						GITHUB_TOKEN: gh.token,
						GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
						GITHUB_API_URL: gh.url,
						PATHWATCH_PACE_MS: '5',
					},
				},
				(err, stdout, stderr) =>
					resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
			);
		});
	}, 180_000);

	afterAll(async () => {
		await worker?.stop();
		await gh?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('scrapes the Worker, opens the alert issue and neutralises the recorded path', () => {
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).not.toContain('could not be scraped');
		const issues = [...gh.issues.values()];
		expect(issues.map((i) => i.title.split(':')[0])).toEqual(['TrafficSeen']);
		const body = issues[0]?.body ?? '';
		expect(body).toContain('198\\.51\\.100\\.0/24');
		expect(body).toContain(
			'/u/@&#8203;someone/&lt;\\!\\-\\- marker \\-\\-&gt;/&lt;script&gt;alert\\(1\\)&lt;/script&gt;',
		);
		expect(body).toContain('bot @&#8203;admin see \\#&#8203;1');
		for (const raw of ['@someone', '<script>', '<!-- marker -->', '198.51.100.7', '@admin', ' #1'])
			expect(body).not.toContain(raw);
	});

	it('ends the run with a heartbeat the Worker keeps: the run id and a time no later than now', async () => {
		const res = await fetch(`${worker.url}/api/admin/snapshot`, {
			headers: { authorization: 'Bearer e2e-admin' },
		});
		const snapshot = SnapshotSchema.parse(await res.json());
		expect(snapshot.monitorHeartbeat?.runId).toMatch(/^local-[0-9a-f-]{36}$/);
		const at = Date.parse(snapshot.monitorHeartbeat?.at ?? '');
		expect(Date.now() - at).toBeGreaterThanOrEqual(0);
		expect(Date.now() - at).toBeLessThan(120_000);
		expect(run.stderr).not.toContain('heartbeat not sent');
	});
});
