import { runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEAD_MAN_LABEL } from '../../worker/src/adapters/github-watchdog.ts';
import { shardName } from '../../worker/src/core/shard-key.ts';
import { nextHeartbeat, planWatchdog } from '../../worker/src/core/watchdog.ts';
import { runWatchdog } from '../../worker/src/scheduled.ts';

const MIN = 60_000;
const ADMIN = { authorization: 'Bearer test-admin-token' };

describe('planWatchdog', () => {
	it.each([
		{ name: 'never ran, no issue', lastRunAt: null, openIssue: null, expected: 'open' },
		{ name: 'three intervals silent', lastRunAt: -15 * MIN - 1, openIssue: null, expected: 'open' },
		{ name: 'silent, issue already open', lastRunAt: -20 * MIN, openIssue: 7, expected: 'none' },
		{ name: 'fresh heartbeat, issue open', lastRunAt: -2 * MIN, openIssue: 7, expected: 'close' },
		{ name: 'exactly three intervals', lastRunAt: -15 * MIN, openIssue: null, expected: 'none' },
	])('$name → $expected', ({ lastRunAt, openIssue, expected }) => {
		const now = 1_800_000_000_000;
		const plan = planWatchdog({
			now,
			lastRunAt: lastRunAt === null ? null : now + lastRunAt,
			intervalMs: 5 * MIN,
			openIssue,
			dispatchEnabled: true,
		});
		expect(plan.deadMan.action).toBe(expected);
		expect(plan.dispatch).toBe(true);
	});
});

describe('nextHeartbeat', () => {
	const now = 1_800_000_000_000;
	const prev = { runId: 'r1', at: now - 5 * MIN, receivedAt: now - 5 * MIN };
	it.each([
		{ name: 'first', prev: null, at: now - 1000, accepted: true, keptAt: now - 1000 },
		{ name: 'newer', prev, at: now - 1000, accepted: true, keptAt: now - 1000 },
		{ name: 'older (a retried request)', prev, at: now - 6 * MIN, accepted: false, keptAt: prev.at },
		{ name: 'runner clock ahead, clamped', prev, at: now + 60_000, accepted: true, keptAt: now },
	])('$name', ({ prev, at, accepted, keptAt }) => {
		const next = nextHeartbeat(prev, { runId: 'r2', at }, now);
		expect(next.accepted).toBe(accepted);
		expect(next.heartbeat.at).toBe(keptAt);
		if (accepted) expect(next.heartbeat).toEqual({ runId: 'r2', at: keptAt, receivedAt: now });
	});
});

/** Stands in for GitHub's REST API: records calls and keeps one repository's issues. */
function fakeGitHub() {
	const calls: { method: string; path: string; body: unknown }[] = [];
	const issues: { number: number; state: string; labels: string[]; pull_request?: object }[] = [
		{ number: 1, state: 'open', labels: [DEAD_MAN_LABEL], pull_request: {} },
	];
	const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = new URL(String(input));
		const method = init?.method ?? 'GET';
		const body = init?.body ? JSON.parse(String(init.body)) : undefined;
		const path = url.pathname.replace('/repos/o/r', '');
		calls.push({ method, path, body });
		if (new Headers(init?.headers).get('authorization') !== 'Bearer gh-token')
			return new Response('{}', { status: 401 });
		if (method === 'GET' && path === '/issues') {
			const label = url.searchParams.get('labels');
			return Response.json(issues.filter((i) => i.state === 'open' && label && i.labels.includes(label)));
		}
		if (method === 'POST' && path === '/issues') {
			const issue = { number: issues.length + 1, state: 'open', labels: body.labels };
			issues.push(issue);
			return Response.json(issue, { status: 201 });
		}
		const patch = /^\/issues\/(\d+)$/.exec(path);
		if (method === 'PATCH' && patch) {
			const issue = issues.find((i) => i.number === Number(patch[1]));
			if (issue) issue.state = body.state;
			return Response.json(issue);
		}
		if (method === 'POST' && /^\/issues\/\d+\/comments$/.test(path))
			return Response.json({ id: 1 }, { status: 201 });
		if (method === 'POST' && path.endsWith('/dispatches')) return new Response(null, { status: 204 });
		return new Response('{}', { status: 404 });
	}) as typeof fetch;
	return { calls, issues, fetcher };
}

function sendHeartbeat(body: unknown, headers: Record<string, string> = ADMIN): Promise<Response> {
	return exports.default.fetch('http://collector/api/admin/heartbeat', {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
}

async function readSnapshotHeartbeat(): Promise<unknown> {
	const res = await exports.default.fetch('http://collector/api/admin/snapshot', { headers: ADMIN });
	expect(res.status).toBe(200);
	return ((await res.json()) as { monitorHeartbeat: unknown }).monitorHeartbeat;
}

/** The heartbeat gauge as /metrics exposes it (undefined when absent). */
async function readHeartbeatGauge(): Promise<number | undefined> {
	const res = await exports.default.fetch('http://collector/metrics', { headers: ADMIN });
	expect(res.status).toBe(200);
	const line = /^pathwatch_monitor_last_run_timestamp_seconds (\S+)$/m.exec(await res.text());
	return line?.[1] === undefined ? undefined : Number(line[1]);
}

// Storage lasts for the whole file: each test starts from a monitor that never sent a heartbeat.
beforeEach(async () => {
	await runInDurableObject(env.STATS_SHARD.getByName(shardName(0)), (_shard, state) => {
		state.storage.sql.exec("DELETE FROM meta WHERE key = 'monitor_heartbeat'");
	});
});

const watchdogEnv = {
	...env,
	GITHUB_REPOSITORY: 'o/r',
	GITHUB_WATCHDOG_TOKEN: 'gh-token',
	GITHUB_API_URL: 'https://gh.test',
};

describe('runWatchdog', () => {
	it('does nothing, and calls nobody, without a repository and token', async () => {
		const gh = fakeGitHub();
		expect(await runWatchdog(env, Date.now(), gh.fetcher)).toBeNull();
		expect(gh.calls).toHaveLength(0);
	});

	it('dispatches the monitor, opens one dead-man issue while silent, and closes it when heartbeats resume', async () => {
		const gh = fakeGitHub();
		const first = await runWatchdog(watchdogEnv, Date.now(), gh.fetcher);
		expect(first?.deadMan.action).toBe('open');
		expect(gh.calls.filter((c) => c.path.endsWith('/dispatches'))).toEqual([
			{ method: 'POST', path: '/actions/workflows/monitor.yml/dispatches', body: { ref: 'main' } },
		]);
		const opened = gh.issues.filter((i) => !i.pull_request && i.state === 'open');
		expect(opened).toHaveLength(1);

		// Still silent: no second issue.
		await runWatchdog(watchdogEnv, Date.now(), gh.fetcher);
		expect(gh.issues.filter((i) => !i.pull_request && i.state === 'open')).toHaveLength(1);

		// A monitor run finishes and sends its heartbeat: the next tick closes the issue with a comment.
		expect((await sendHeartbeat({ runId: 'run-1', at: new Date().toISOString() })).status).toBe(200);
		const third = await runWatchdog(watchdogEnv, Date.now(), gh.fetcher);
		expect(third?.deadMan.action).toBe('close');
		expect(gh.issues.filter((i) => !i.pull_request && i.state === 'open')).toHaveLength(0);
		expect(gh.calls.some((c) => /\/comments$/.test(c.path))).toBe(true);
	});

	it('still opens the dead-man issue when GitHub refuses the dispatch (a disabled workflow), and reports the refusal', async () => {
		const gh = fakeGitHub();
		const refusing = (async (input: RequestInfo | URL, init?: RequestInit) =>
			String(input).endsWith('/dispatches')
				? Response.json({ message: 'Workflow is disabled' }, { status: 422 })
				: gh.fetcher(input, init)) as typeof fetch;
		await expect(runWatchdog(watchdogEnv, Date.now(), refusing)).rejects.toThrow(/dispatches: HTTP 422/);
		expect(gh.issues.filter((i) => !i.pull_request && i.state === 'open')).toHaveLength(1);
	});

	it('fails loudly when GitHub refuses the token', async () => {
		const gh = fakeGitHub();
		await expect(
			runWatchdog({ ...watchdogEnv, GITHUB_WATCHDOG_TOKEN: 'wrong' }, Date.now(), gh.fetcher),
		).rejects.toThrow(/HTTP 401/);
	});
});

describe('the dead-man only the monitor can feed', () => {
	it('fires while /metrics and the snapshot are read every minute, and a heartbeat quiets it', async () => {
		const gh = fakeGitHub();
		const t0 = Date.now();
		expect((await sendHeartbeat({ runId: 'run-7', at: new Date(t0).toISOString() })).status).toBe(200);
		// The same isolate runs the Worker, so faking Date moves the collector's clock too.
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			const ticks: string[] = [];
			for (let minute = 1; minute <= 20; minute++) {
				vi.setSystemTime(t0 + minute * MIN);
				// A Prometheus server (or a person) keeps reading; the monitor stays silent.
				expect(await readHeartbeatGauge()).toBe(t0 / 1000);
				if (minute % 2 === 0) expect(await readSnapshotHeartbeat()).toMatchObject({ runId: 'run-7' });
				if (minute % 5 === 0) {
					const plan = await runWatchdog(watchdogEnv, Date.now(), gh.fetcher);
					ticks.push(`${minute}:${plan?.deadMan.action}`);
				}
			}
			// Three 5-minute intervals of silence, then the dead-man issue opens despite the reads.
			expect(ticks).toEqual(['5:none', '10:none', '15:none', '20:open']);
			expect(gh.issues.filter((i) => !i.pull_request && i.state === 'open')).toHaveLength(1);

			vi.setSystemTime(t0 + 21 * MIN);
			expect((await sendHeartbeat({ runId: 'run-8', at: new Date(Date.now()).toISOString() })).status).toBe(
				200,
			);
			expect(await readHeartbeatGauge()).toBe((t0 + 21 * MIN) / 1000);
			const plan = await runWatchdog(watchdogEnv, Date.now(), gh.fetcher);
			expect(plan?.deadMan.action).toBe('close');
		} finally {
			vi.useRealTimers();
		}
	});

	it('rejects a bad heartbeat with 400 (or 401 without the token) and changes nothing', async () => {
		const at = new Date(Date.now() - 1000).toISOString();
		expect((await sendHeartbeat({ runId: 'run-good', at })).status).toBe(200);
		const before = await readSnapshotHeartbeat();
		expect(before).toEqual({ runId: 'run-good', at, receivedAt: expect.any(String) });
		const bad: [unknown, number][] = [
			[{ at }, 400],
			[{ runId: '', at }, 400],
			[{ runId: 'r', at: 'yesterday' }, 400],
			[{ runId: 'r', at: new Date(Date.now() + 60 * MIN).toISOString() }, 400],
			['{"runId": "r", "at":', 400],
			[[1, 2], 400],
		];
		for (const [body, status] of bad) {
			const res = await sendHeartbeat(body);
			expect(res.status, JSON.stringify(body)).toBe(status);
			expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request');
		}
		expect((await sendHeartbeat({ runId: 'r', at }, { authorization: 'Bearer wrong' })).status).toBe(401);
		expect(await readSnapshotHeartbeat()).toEqual(before);
	});

	it('keeps the newest heartbeat when an older one arrives late', async () => {
		const now = Date.now();
		await sendHeartbeat({ runId: 'run-new', at: new Date(now).toISOString() });
		const late = await sendHeartbeat({ runId: 'run-old', at: new Date(now - 10 * MIN).toISOString() });
		expect(late.status).toBe(200);
		expect(await late.json()).toMatchObject({ accepted: false, heartbeat: { runId: 'run-new' } });
		expect(await readSnapshotHeartbeat()).toMatchObject({ runId: 'run-new' });
	});
});
