/**
 * The issue tracker on GitHub, through the shared Octokit client. Alert issues are found with
 * the Issues list API by label (never the Search API, which lags); pull requests are filtered
 * out; list pages are read conditionally with ETags, so an unchanged page costs one request
 * answered 304 (free against the rate limit).
 */
import type { RestEndpointMethodTypes } from '@octokit/rest';
import { z } from 'zod';
import { HOUR_MS } from '../../../../worker/src/contract/time.ts';
import type {
	IssuePatch,
	IssueTracker,
	NewIssue,
	TrackedIssue,
	TrackerStats,
} from '../../core/issues/ports.ts';
import { TrackedIssueSchema } from '../../core/issues/ports.ts';
import { type EtagStore, memoryEtagStore } from './etag-store.ts';
import { type GitHubClient, githubError, statusOf } from './github-client.ts';

/** What the Actions token writes as; an App or a PAT writes as someone else (see `whoami`). */
export const ACTIONS_BOT = 'github-actions[bot]';

type ListParams = RestEndpointMethodTypes['issues']['listForRepo']['parameters'];
type ApiIssue = RestEndpointMethodTypes['issues']['get']['response']['data'];
type ListItem = RestEndpointMethodTypes['issues']['listForRepo']['response']['data'][number];

function toTracked(i: ApiIssue | ListItem): TrackedIssue {
	const reason = i.state_reason;
	return {
		number: i.number,
		title: i.title,
		body: i.body ?? '',
		state: i.state === 'closed' ? 'closed' : 'open',
		stateReason:
			reason === 'completed' || reason === 'not_planned' || reason === 'reopened' || reason === 'duplicate'
				? reason
				: null,
		labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
		author: i.user?.login ?? null,
		createdAt: i.created_at,
		updatedAt: i.updated_at,
		closedAt: i.closed_at,
		url: i.html_url,
	};
}

// Cached pages hold mapped issues; the version in the key retires entries of older formats.
const CACHE_VERSION = 2;
const CachedPageSchema = z.array(TrackedIssueSchema);

export type GitHubTrackerOptions = { etags?: EtagStore };

type Page = { items: TrackedIssue[]; next: number | null };

/** One page of the issues list, read conditionally against the cached copy. */
async function listPage(
	github: GitHubClient,
	etags: EtagStore,
	query: ListParams & { page: number },
): Promise<Page> {
	const key = JSON.stringify({ v: CACHE_VERSION, ...query });
	const cached = etags.get(key);
	const cachedItems = cached ? CachedPageSchema.safeParse(cached.items) : null;
	const etag = cachedItems?.success ? cached?.etag : undefined;
	try {
		const res = await github.octokit.rest.issues.listForRepo({
			...query,
			headers: etag ? { 'if-none-match': etag } : {},
		});
		const items = res.data.filter((i) => !i.pull_request).map(toTracked);
		const next = nextPageOf(res.headers.link);
		if (res.headers.etag) etags.set(key, { etag: res.headers.etag, items, nextPage: next });
		return { items, next };
	} catch (e) {
		if (statusOf(e) !== 304 || !cached || !cachedItems?.success) throw githubError(e, 'listing issues');
		github.counters.notModified++;
		return { items: cachedItems.data, next: cached.nextPage };
	}
}

/** Every page of a list, 100 issues a page; the cache is saved once the list is complete. */
async function listAll(
	github: GitHubClient,
	etags: EtagStore,
	params: Omit<ListParams, 'owner' | 'repo'>,
): Promise<TrackedIssue[]> {
	const out: TrackedIssue[] = [];
	for (let page: number | null = 1; page !== null; ) {
		const got = await listPage(github, etags, {
			owner: github.owner,
			repo: github.repo,
			per_page: 100,
			...params,
			page,
		});
		out.push(...got.items);
		page = got.next;
	}
	await etags.flush();
	return out;
}

async function updateIssue(github: GitHubClient, number: number, patch: IssuePatch): Promise<TrackedIssue> {
	const res = await github.octokit.rest.issues.update({
		owner: github.owner,
		repo: github.repo,
		issue_number: number,
		...(patch.title !== undefined ? { title: patch.title } : {}),
		...(patch.body !== undefined ? { body: patch.body } : {}),
		...(patch.labels !== undefined ? { labels: patch.labels } : {}),
		...(patch.state !== undefined ? { state: patch.state } : {}),
		...(patch.stateReason !== undefined ? { state_reason: patch.stateReason } : {}),
	});
	return toTracked(res.data);
}

export function createGitHubTracker(github: GitHubClient, opts: GitHubTrackerOptions = {}): IssueTracker {
	const { octokit, owner, repo, counters } = github;
	const etags = opts.etags ?? memoryEtagStore();
	let writes = 0;

	async function write<T>(what: string, call: () => Promise<T>): Promise<T> {
		try {
			const result = await call();
			writes++;
			return result;
		} catch (e) {
			throw githubError(e, what);
		}
	}

	return {
		name: `github:${owner}/${repo}`,
		defaultAuthor: ACTIONS_BOT,
		whoami: () => whoami(github),
		fixedAuthor: null,
		listOpen: (label) =>
			listAll(github, etags, { state: 'open', labels: label, sort: 'created', direction: 'asc' }),
		// `since` is rounded down to the hour so the request, and so its ETag, stays stable for an hour.
		listClosedSince: (label, since) =>
			listAll(github, etags, {
				state: 'closed',
				labels: label,
				sort: 'updated',
				direction: 'desc',
				since: new Date(Math.floor(since.getTime() / HOUR_MS) * HOUR_MS).toISOString(),
			}),
		get: async (number: number) => {
			try {
				return toTracked((await octokit.rest.issues.get({ owner, repo, issue_number: number })).data);
			} catch (e) {
				throw githubError(e, `reading issue #${number}`);
			}
		},
		create: (issue: NewIssue) =>
			write('creating an issue', async () =>
				toTracked((await octokit.rest.issues.create({ owner, repo, ...issue })).data),
			),
		update: (number: number, patch: IssuePatch) =>
			write(`updating issue #${number}`, () => updateIssue(github, number, patch)),
		comment: (number: number, body: string) =>
			write(`commenting on issue #${number}`, async () => {
				await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
			}),
		stats: (): TrackerStats => ({ apiCalls: counters.apiCalls, notModified: counters.notModified, writes }),
	};
}

/**
 * The token's own login from `GET /user` (a PAT); null for installation tokens (the Actions
 * token, a GitHub App), which GitHub answers with 403 "Resource not accessible by integration".
 */
async function whoami({ octokit }: GitHubClient): Promise<string | null> {
	try {
		return (await octokit.rest.users.getAuthenticated()).data.login;
	} catch (e) {
		if (statusOf(e) === 403) return null;
		throw githubError(e, 'reading the token owner');
	}
}

/** The `page` of the `rel="next"` link, or null on the last page. */
export function nextPageOf(link: string | undefined): number | null {
	const next = link?.split(',').find((part) => /rel="next"/.test(part));
	const url = next ? /<([^>]+)>/.exec(next)?.[1] : undefined;
	if (!url) return null;
	const page = Number(new URL(url).searchParams.get('page'));
	return Number.isInteger(page) && page > 0 ? page : null;
}
