import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { runCli } from '../../action/src/run-cli.ts';
import { SnapshotSchema } from '../../worker/src/contract/index.ts';

const TOKEN = 'e2e-admin-token';
const IPS = ['192.0.2.10', '192.0.2.11', '192.0.2.12', '192.0.2.13'];
let worker: LocalWorker;
let dir = '';

/** Seeds IPs idle for 60 days through POST /record, then waits until their shards list them. */
async function seed(): Promise<void> {
	const old = Date.now() - 60 * 86_400_000;
	const events = IPS.flatMap((ip, i) =>
		[0, 1, 2].map((n) => ({
			ip,
			path: `/orders/${n}/items`,
			method: 'GET',
			timestamp: old + i * 10 + n,
			id: `e2e-${i}-${n}`,
		})),
	);
	const res = await fetch(`${worker.url}/record`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ events }),
	});
	expect(res.status).toBe(202);
	for (let i = 0; i < 100; i++) {
		const snap = await fetch(`${worker.url}/api/admin/snapshot`, {
			headers: { authorization: `Bearer ${TOKEN}` },
		});
		if (SnapshotSchema.parse(await snap.json()).summary.totalIps === IPS.length) return;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('collectors never reported to their shards');
}

async function cli(args: string[], extraEnv: Record<string, string> = {}) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(['job', ...args, '--interval', '200ms'], {
		env: { PATHWATCH_URL: worker.url, PATHWATCH_ADMIN_TOKEN: TOKEN, ...extraEnv },
		cwd: dir,
		stdout: (s) => out.push(s),
		stderr: (s) => err.push(s),
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'pathwatch-job-e2e-'));
	worker = await startLocalWorker({
		persistTo: join(dir, 'state'),
		vars: { ADMIN_TOKEN: TOKEN, FLUSH_INTERVAL_MS: '500' },
	});
	await seed();
});

afterAll(async () => {
	await worker?.stop();
	await rm(dir, { recursive: true, force: true });
});

describe('pathwatch job against wrangler dev', () => {
	it('exports to a CSV file, then archives and cleans up every idle IP', async () => {
		// Raw addresses asked for explicitly: exports carry pseudonyms by default.
		const exported = await cli([
			'export',
			'--param',
			'format=csv',
			'--param',
			'raw=true',
			'--out',
			'paths.csv',
		]);
		expect(exported.err).toBe('');
		expect(exported.code).toBe(0);
		const csv = (await readFile(join(dir, 'paths.csv'), 'utf8')).trim().split('\n');
		expect(csv[0]).toBe('ip,method,path,count,first_seen,last_seen,last_user_agent,country');
		expect(new Set(csv.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(IPS));
		expect(csv.slice(1).reduce((s, l) => s + Number(l.split(',')[3]), 0)).toBe(IPS.length * 3);

		const summary = join(dir, 'summary.md');
		const cleaned = await cli(['cleanup', '--id', 'e2e-cleanup'], { GITHUB_STEP_SUMMARY: summary });
		expect(cleaned.code).toBe(0);
		expect(cleaned.out).toMatch(/e2e-cleanup succeeded \[done\] 4\/4 100\.0%/);
		const md = await readFile(summary, 'utf8');
		expect(md).toMatch(/\| cleaned \| 4 \|/);
		expect(md).toMatch(/\| maxSubrequestsPerInvocation \| \d+ \|/);
	});
});
