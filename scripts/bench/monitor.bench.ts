/**
 * Monitor benchmark: wall time of a monitor run against collectors holding 10k and 100k IPs
 * (snapshot fixtures generated here), and GitHub API calls per steady-state run, against the
 * GitHub-compatible test server on 127.0.0.1. Prints the numbers and records them in
 * docs/BENCHMARKS.md.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fileEtagStore } from '../../action/src/adapters/github/etag-store.ts';
import { createGitHubClient } from '../../action/src/adapters/github/github-client.ts';
import { createGitHubTracker } from '../../action/src/adapters/github/github-issues.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { runMonitor } from '../../action/src/monitor/run.ts';
import { startFakeCollector } from '../../test/action/fake-collector.ts';
import {
	makeIpDetail,
	makeSnapshot,
	makeTimeseries,
	makeUsage,
	makeUsageDay,
} from '../../test/action/fixtures.ts';
import { startFakeGitHub } from '../../test/support/fake-github.ts';
import { recordBenchmark } from './record.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const CLI = fileURLToPath(new URL('../../action/src/cli.ts', import.meta.url));
const RUNS = 7;

/** A collector with `ips` IPs: Zipf-like request counts, the top 100 in the snapshot. */
function collectorState(ips: number) {
	const ipOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
	const requestsOf = (i: number) => Math.max(1, Math.round(200_000 / (i + 1)));
	let total = 0;
	for (let i = 0; i < ips; i++) total += requestsOf(i);
	const topIps = Array.from({ length: 100 }, (_, i) => ({ ip: ipOf(i), requests: requestsOf(i) }));
	// Today's DO requests above the 100k critical threshold: a traffic alert fires and its issue
	// lists the top clients, so the run also reads three IPs' paths.
	const today = makeUsageDay('2026-11-22', total);
	const ipDetails = Object.fromEntries(
		topIps.slice(0, 3).map((t) => [
			t.ip,
			makeIpDetail(
				t.ip,
				Array.from({ length: 10 }, (_, k) => ({ path: `/api/v1/items/${k}`, count: 100 - k })),
				NOW,
			),
		]),
	);
	return {
		snapshot: makeSnapshot({ now: NOW, totalIps: ips, today, topIps }),
		timeseries: makeTimeseries(NOW, (t) => ({
			requests: 1000,
			errors: 0,
			p95Ms: 25,
			doRequests: Math.round(total / 1440),
			activeIps: Math.min(ips, 5000) + (t % 7),
		})),
		usage: [...makeUsage(NOW, 45, () => total).slice(0, -1), today],
		ips: ipDetails,
	};
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
}

async function benchAt(ips: number) {
	const gh = await startFakeGitHub({ clock: () => new Date(NOW) });
	const fc = await startFakeCollector();
	const dir = await mkdtemp(join(tmpdir(), 'pw-bench-'));
	fc.set(collectorState(ips));
	const config = parseConfig('', 'defaults');
	const etagFile = join(dir, 'etags.json');
	const once = async () => {
		const github = createGitHubClient({
			token: gh.token,
			repository: `${gh.owner}/${gh.repo}`,
			apiUrl: gh.url,
			paceMs: 0,
		});
		const tracker = createGitHubTracker(github, { etags: await fileEtagStore(etagFile) });
		const before = gh.counted();
		const t = performance.now();
		const r = await runMonitor({
			config,
			collector: createWorkerClient({ url: fc.url, token: fc.token }),
			tracker,
			dryRun: false,
			now: () => new Date(NOW),
		});
		return {
			ms: performance.now() - t,
			api: r.api,
			counted: gh.counted() - before,
			actions: r.actions.length,
			firing: r.firing.map((e) => e.alertname).join(', '),
		};
	};
	const first = await once();
	const steady = [];
	for (let i = 0; i < RUNS; i++) steady.push(await once());
	// The same steady run as a process, as a scheduled workflow runs it (Node start-up included).
	const env = {
		PATH: process.env.PATH ?? '',
		PATHWATCH_URL: fc.url,
		PATHWATCH_ADMIN_TOKEN: fc.token,
		GITHUB_TOKEN: gh.token,
		GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
		GITHUB_API_URL: gh.url,
		PATHWATCH_PACE_MS: '0',
	};
	const cli: number[] = [];
	for (let i = 0; i < 3; i++) {
		const t = performance.now();
		// Asynchronously: the fake servers answer from this process's event loop.
		await promisify(execFile)(
			process.execPath,
			[CLI, 'monitor', '--at', new Date(NOW).toISOString(), '--etag-cache', etagFile],
			{
				cwd: dir,
				env,
			},
		);
		cli.push(performance.now() - t);
	}
	await gh.close();
	await fc.close();
	await rm(dir, { recursive: true, force: true });
	const last = steady.at(-1);
	return {
		ips,
		firstMs: first.ms,
		firstActions: first.actions,
		firing: first.firing,
		steadyMs: median(steady.map((s) => s.ms)),
		cliMs: median(cli),
		steadyCalls: last?.api.apiCalls ?? -1,
		steadyNotModified: last?.api.notModified ?? -1,
		steadyCounted: last?.counted ?? -1,
		steadyActions: last?.actions ?? -1,
	};
}

const rows = [];
for (const ips of [10_000, 100_000]) {
	const r = await benchAt(ips);
	console.log(JSON.stringify(r));
	rows.push([
		ips.toLocaleString('en-US'),
		`${r.firstMs.toFixed(0)} ms (${r.firstActions} issues opened: ${r.firing})`,
		`${r.steadyMs.toFixed(0)} ms`,
		`${r.cliMs.toFixed(0)} ms`,
		`${r.steadyCalls} (${r.steadyNotModified} × 304, ${r.steadyCounted} against the rate limit)`,
		r.steadyActions,
	]);
}
await recordBenchmark(
	'monitor',
	[
		'IPs',
		'first run (opens issues)',
		'steady run, in process (median of 7)',
		'steady run, CLI process (median of 3)',
		'GitHub API calls per steady run',
		'issue writes per steady run',
	],
	rows,
	[
		'Default config (`.github/pathwatch.yml`); collector and GitHub are the local test servers on 127.0.0.1, so times exclude Internet latency; write pacing set to 0 (GitHub itself asks for ≥ 1 s between writes, which pathwatch keeps by default).',
		'The snapshot is aggregated by the collector (one call per shard), so the monitor reads the same few payloads whatever the number of IPs: the 100 top IPs, a 24 h series of 1440 buckets, 45 usage rows, and the paths of the top 3 IPs when a traffic alert is written.',
		'The first run is a cold process (JIT warm-up included), so the 10,000 row is the slower one.',
		'Steady state: one list call for the open alert issues, answered 304 from the ETag cache (`--etag-cache`), so it does not count against the rate limit.',
	],
);
