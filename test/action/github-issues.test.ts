import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../action/src/adapters/github/github-client.ts';
import { createGitHubTracker, nextPageOf } from '../../action/src/adapters/github/github-issues.ts';
import { UpstreamError, UserError } from '../../action/src/core/errors.ts';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github.ts';

describe('GitHub issues adapter against a GitHub-compatible server', () => {
	let gh: FakeGitHub;
	const warnings: string[] = [];
	const tracker = (token?: string) =>
		createGitHubTracker(
			createGitHubClient({
				token: token ?? gh.token,
				repository: `${gh.owner}/${gh.repo}`,
				apiUrl: gh.url,
				paceMs: 5,
				warn: (m) => warnings.push(m),
			}),
		);
	beforeEach(async () => {
		gh = await startFakeGitHub();
		warnings.length = 0;
	});
	afterEach(() => gh.close());

	it('filters pull requests out of the issues list', async () => {
		gh.addIssue({ title: 'alert', labels: ['pathwatch'] });
		gh.addIssue({ title: 'a PR with the label', labels: ['pathwatch'], pullRequest: true });
		const open = await tracker().listOpen('pathwatch');
		expect(open.map((i) => i.title)).toEqual(['alert']);
	});

	it('follows Link pagination 100 at a time', async () => {
		for (let i = 0; i < 250; i++) gh.addIssue({ title: `i${i}`, labels: ['pathwatch'] });
		const t = tracker();
		expect(await t.listOpen('pathwatch')).toHaveLength(250);
		const lists = gh.log.filter((l) => l.method === 'GET' && l.path.includes('/issues?'));
		expect(lists).toHaveLength(3);
		expect(lists.every((l) => l.path.includes('per_page=100'))).toBe(true);
		expect(t.stats().apiCalls).toBe(3);
	});

	it('reads an unchanged list with a conditional request that does not count against the rate limit', async () => {
		gh.addIssue({ title: 'alert', labels: ['pathwatch'] });
		const t = tracker();
		await t.listOpen('pathwatch');
		const counted = gh.counted();
		const again = await t.listOpen('pathwatch');
		expect(again.map((i) => i.title)).toEqual(['alert']);
		expect(gh.log.at(-1)?.status).toBe(304);
		expect(gh.counted()).toBe(counted);
		expect(t.stats()).toMatchObject({ apiCalls: 2, notModified: 1 });
		// A change is seen on the next read.
		gh.addIssue({ title: 'second', labels: ['pathwatch'] });
		expect(await t.listOpen('pathwatch')).toHaveLength(2);
	});

	it.each([
		['a 403 secondary rate limit with retry-after', { kind: 'secondary', retryAfter: 1 }],
		['a 429', { kind: 'too-many', retryAfter: 1 }],
		['a 502', { kind: 'server', status: 502 }],
		['a dropped connection', { kind: 'drop' }],
	] as const)('retries a write after %s', async (_name, fault) => {
		const t = tracker();
		gh.inject({ match: `POST /repos/${gh.owner}/${gh.repo}/issues`, ...fault });
		const issue = await t.create({ title: 'after a fault', body: '', labels: ['pathwatch'] });
		expect(gh.issues.get(issue.number)?.title).toBe('after a fault');
		expect(gh.issues.size).toBe(1);
		expect(t.stats().apiCalls).toBe(2);
	});

	it('retries a read after repeated 5xx and gives up after three retries', async () => {
		gh.inject({ kind: 'server', status: 503, times: 2 });
		expect(await tracker().listOpen('pathwatch')).toEqual([]);
		gh.inject({ kind: 'server', status: 503, times: 10 });
		const err = await tracker()
			.listOpen('pathwatch')
			.catch((e: unknown) => e);
		expect(err).toBeInstanceOf(UpstreamError);
		expect((err as UpstreamError).status).toBe(503);
	});

	it('fails fast when the primary rate limit is exhausted (reset an hour away)', async () => {
		gh.setRateLimit(0);
		const err = await tracker()
			.listOpen('pathwatch')
			.catch((e: unknown) => e);
		expect(err).toBeInstanceOf(UpstreamError);
		expect((err as UpstreamError).status).toBe(403);
		expect(warnings.join('\n')).toContain('rate limit');
	});

	it('reports bad credentials as a 401 without retrying', async () => {
		const t = tracker('wrong');
		const err = await t.listOpen('pathwatch').catch((e: unknown) => e);
		expect((err as UpstreamError).status).toBe(401);
		expect(t.stats().apiCalls).toBe(1);
	});

	it('a body over GitHub’s limit is rejected by the server as a 422', async () => {
		const err = await tracker()
			.create({ title: 't', body: 'x'.repeat(70_000), labels: [] })
			.catch((e: unknown) => e);
		expect((err as UpstreamError).status).toBe(422);
	});

	it('refuses a repository that is not owner/repo before sending anything', () => {
		for (const repository of ['acme', 'acme/service/extra', '/service'])
			expect(() => createGitHubClient({ token: gh.token, repository, apiUrl: gh.url })).toThrow(UserError);
		expect(gh.log).toEqual([]);
	});

	it.each([
		['<https://x/r?page=2&per_page=100>; rel="next", <https://x/r?page=5>; rel="last"', 2],
		['<https://x/r?page=1>; rel="first", <https://x/r?page=4>; rel="prev"', null],
		[undefined, null],
	] as const)('next page of %j is %j', (link, page) => {
		expect(nextPageOf(link)).toBe(page);
	});
});
