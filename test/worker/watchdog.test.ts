import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { DEAD_MAN_LABEL } from '../../worker/src/adapters/github-watchdog.ts';
import { planWatchdog } from '../../worker/src/core/watchdog.ts';
import { runWatchdog } from '../../worker/src/scheduled.ts';

const MIN = 60_000;

describe('planWatchdog', () => {
	it.each([
		{ name: 'never scraped, no issue', lastScrapeAt: null, openIssue: null, expected: 'open' },
		{ name: 'three intervals silent', lastScrapeAt: -15 * MIN - 1, openIssue: null, expected: 'open' },
		{ name: 'silent, issue already open', lastScrapeAt: -20 * MIN, openIssue: 7, expected: 'none' },
		{ name: 'fresh scrape, issue open', lastScrapeAt: -2 * MIN, openIssue: 7, expected: 'close' },
		{ name: 'exactly three intervals', lastScrapeAt: -15 * MIN, openIssue: null, expected: 'none' },
	])('$name → $expected', ({ lastScrapeAt, openIssue, expected }) => {
		const now = 1_800_000_000_000;
		const plan = planWatchdog({
			now,
			lastScrapeAt: lastScrapeAt === null ? null : now + lastScrapeAt,
			intervalMs: 5 * MIN,
			openIssue,
			dispatchEnabled: true,
		});
		expect(plan.deadMan.action).toBe(expected);
		expect(plan.dispatch).toBe(true);
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

	it('dispatches the monitor, opens one dead-man issue while silent, and closes it when scrapes resume', async () => {
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

		// The monitor scrapes: the next tick closes the issue with a comment.
		const res = await exports.default.fetch('http://collector/api/admin/snapshot', {
			headers: { authorization: 'Bearer test-admin-token' },
		});
		expect(res.status).toBe(200);
		const third = await runWatchdog(watchdogEnv, Date.now(), gh.fetcher);
		expect(third?.deadMan.action).toBe('close');
		expect(gh.issues.filter((i) => !i.pull_request && i.state === 'open')).toHaveLength(0);
		expect(gh.calls.some((c) => /\/comments$/.test(c.path))).toBe(true);
	});

	it('fails loudly when GitHub refuses the token', async () => {
		const gh = fakeGitHub();
		await expect(
			runWatchdog({ ...watchdogEnv, GITHUB_WATCHDOG_TOKEN: 'wrong' }, Date.now(), gh.fetcher),
		).rejects.toThrow(/HTTP 401/);
	});
});
