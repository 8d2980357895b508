/**
 * `pathwatch site` end to end through the CLI entry: from saved admin API responses, from a
 * collector answering over HTTP on 127.0.0.1 (a fake of the outside world, serving
 * schema-valid payloads and checking the admin token), and with alert issues read through
 * the local issue tracker.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { fingerprintMarker, serializeState } from '../../action/src/core/issues/state.ts';
import { runCli } from '../../action/src/run-cli.ts';
import { syntheticAlerts, syntheticCollectorData } from './fixtures.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'pathwatch-site-cli-'));
	dirs.push(dir);
	return dir;
}
afterAll(async () => {
	for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function run(args: string[], env: Record<string, string | undefined> = {}, cwd = process.cwd()) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(['site', ...args], {
		env,
		cwd,
		stdout: (s) => out.push(s),
		stderr: (s) => err.push(s),
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

const now = new Date();
const data = syntheticCollectorData({ now });

async function savedResponses(): Promise<string> {
	const dir = await tempDir();
	const write = (name: string, v: unknown) => writeFile(join(dir, name), JSON.stringify(v));
	await write('snapshot.json', data.snapshot);
	for (const w of ['24h', '7d', '30d'] as const) await write(`timeseries-${w}.json`, data.timeseries[w]);
	await write('usage.json', { days: data.usage });
	return dir;
}

describe('pathwatch site --from-dir', () => {
	it('builds the site from saved responses and an alerts file', async () => {
		const from = await savedResponses();
		const out = join(await tempDir(), 'dist');
		const alerts = join(from, 'alerts.json');
		await writeFile(alerts, JSON.stringify(syntheticAlerts(now)));
		const r = await run([
			'--from-dir',
			from,
			'--alerts',
			alerts,
			'--out',
			out,
			'--site-url',
			'https://acme.github.io/edge',
		]);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/page weight [\d.]+ KB HTML \+ [\d.]+ KB JS \(gzip\)/);
		const html = await readFile(join(out, 'index.html'), 'utf8');
		expect(html).toContain('P95LatencyHigh: record latency p95 at 231 ms');
		const summary = JSON.parse(await readFile(join(out, 'api/summary.json'), 'utf8'));
		expect(summary.alerts.firing).toHaveLength(2);
		expect(summary.cost.month).toBe(now.toISOString().slice(0, 7));
		expect(await readFile(join(out, 'feed.xml'), 'utf8')).toContain('https://acme.github.io/edge/feed.xml');
	});

	it('rejects a saved response that does not match the contract, naming the file and field', async () => {
		const from = await savedResponses();
		await writeFile(
			join(from, 'snapshot.json'),
			JSON.stringify({ ...data.snapshot, summary: { totalIps: -1 } }),
		);
		const r = await run(['--from-dir', from, '--issues', 'none', '--out', join(await tempDir(), 'dist')]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/snapshot\.json: summary\.totalIps/);
	});

	it('explains bad arguments with a one-line reason', async () => {
		expect((await run(['--stale-after', 'soon'])).err).toContain('--stale-after must be a duration');
		const noUrl = await run(['--issues', 'none'], {});
		expect(noUrl.code).toBe(2);
		expect(noUrl.err).toContain('PATHWATCH_URL');
		const noToken = await run(['--from-dir', await savedResponses()], {});
		expect(noToken.code).toBe(2);
		expect(noToken.err).toContain('GITHUB_TOKEN');
	});
});

describe('pathwatch site against a collector over HTTP', () => {
	let server: Server;
	let url: string;
	const seen: string[] = [];

	beforeAll(async () => {
		server = createServer((req, res) => {
			seen.push(req.url ?? '');
			if (req.headers.authorization !== 'Bearer admin-secret') {
				res.writeHead(401, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { code: 'unauthorized', message: 'bad token' } }));
				return;
			}
			const u = new URL(req.url ?? '/', 'http://x');
			const body =
				u.pathname === '/api/admin/snapshot'
					? data.snapshot
					: u.pathname === '/api/admin/timeseries'
						? data.timeseries[u.searchParams.get('window') as '24h' | '7d' | '30d']
						: u.pathname === '/api/admin/usage'
							? { days: data.usage.slice(-Number(u.searchParams.get('days'))) }
							: u.pathname === '/api/admin/paths/top'
								? data.paths?.top
								: u.pathname === '/api/admin/paths/new'
									? data.paths?.fresh
									: data.clients?.find((c) => u.pathname === `/api/admin/ips/${encodeURIComponent(c.ip)}`)
											?.detail;
			res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body ?? { error: { code: 'not_found', message: 'no route' } }));
		});
		await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
		const address = server.address();
		url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

	it('reads the snapshot, the three windows and 45 usage days with the admin token', async () => {
		seen.length = 0;
		const out = join(await tempDir(), 'dist');
		const r = await run(['--url', url, '--issues', 'none', '--out', out], {
			PATHWATCH_ADMIN_TOKEN: 'admin-secret',
		});
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		const ipCalls = seen.filter((p) => p.startsWith('/api/admin/ips/'));
		expect(seen.filter((p) => !ipCalls.includes(p)).sort()).toEqual(
			[
				'/api/admin/paths/new?since=',
				'/api/admin/paths/top?by=requests&window=24h&limit=25',
				'/api/admin/snapshot',
				'/api/admin/timeseries?window=24h',
				'/api/admin/timeseries?window=30d',
				'/api/admin/timeseries?window=7d',
				'/api/admin/usage?days=45',
			].map((p, i) =>
				i === 0 ? expect.stringMatching(/^\/api\/admin\/paths\/new\?since=2\d{3}-.*&limit=25$/) : p,
			),
		);
		// One detail call per top client, bounded whatever the number of IPs; a 404 leaves its page out.
		expect(ipCalls).toHaveLength(Math.min(10, data.snapshot.topIps.length));
		const page = await readFile(join(out, 'clients/1.html'), 'utf8');
		expect(page).toContain('/api/users/:id');
		expect(r.out).toContain('alert issues not read');
		const history = JSON.parse(await readFile(join(out, 'api/history-24h.json'), 'utf8'));
		expect(history.series.p95Ms).toEqual(data.timeseries['24h'].series.p95Ms);
	});

	it('fails with the collector status when the token is refused', async () => {
		const r = await run(['--url', url, '--issues', 'none', '--out', join(await tempDir(), 'dist')], {
			PATHWATCH_ADMIN_TOKEN: 'wrong',
		});
		// A refused token is the user's to fix: exit 2, like any other 4xx from the collector.
		expect(r.code).toBe(2);
		expect(r.err).toContain('401');
	});
});

describe('pathwatch site --issues local:<dir>', () => {
	it('lists open and recently closed alert issues through the issue tracker', async () => {
		const issues = await tempDir();
		const tracker = createLocalTracker(issues);
		const state = (fp: string, status: 'firing' | 'resolved', severity: 'warning' | 'critical') => ({
			fingerprint: fp,
			alertname: 'P95LatencyHigh',
			kind: 'rule' as const,
			labels: { alertname: 'P95LatencyHigh' },
			status,
			severity,
			since: new Date(now.getTime() - 3_600_000).toISOString(),
			resolvedAt: status === 'resolved' ? new Date(now.getTime() - 600_000).toISOString() : null,
			lastNotified: {},
			episodes: [],
			flapping: false,
			duplicateOf: null,
			period: null,
			updatedAt: now.toISOString(),
		});
		const body = (s: ReturnType<typeof state>) =>
			`${fingerprintMarker(s.fingerprint)}\nbody\n${serializeState(s)}`;
		await tracker.create({
			title: 'p95 at 231 ms',
			body: body(state('0123456789abcdef', 'firing', 'critical')),
			labels: ['pathwatch'],
		});
		const done = await tracker.create({
			title: 'error rate recovered',
			body: body(state('fedcba9876543210', 'resolved', 'warning')),
			labels: ['pathwatch'],
		});
		await tracker.update(done.number, { state: 'closed', stateReason: 'completed' });
		await tracker.create({ title: 'not ours', body: 'no marker', labels: ['pathwatch'] });

		const out = join(await tempDir(), 'dist');
		const r = await run(['--from-dir', await savedResponses(), '--issues', `local:${issues}`, '--out', out]);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		const summary = JSON.parse(await readFile(join(out, 'api/summary.json'), 'utf8'));
		expect(
			summary.alerts.firing.map((a: { title: string; severity: string }) => [a.title, a.severity]),
		).toEqual([['p95 at 231 ms', 'critical']]);
		expect(summary.alerts.resolved.map((a: { title: string }) => a.title)).toEqual(['error rate recovered']);
	});
});
