/**
 * The issue tracker on GitHub: Octokit from @actions/github with the retry and throttling
 * plugins. Alert issues are found with the Issues list API by label (never the Search API,
 * which lags); pull requests are filtered out; list pages are read conditionally with ETags;
 * writes go one at a time, paced as GitHub's best practices ask; every HTTP request is counted.
 */
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { UpstreamError } from '../core/errors.ts';
import type { IssuePatch, IssueTracker, NewIssue, TrackedIssue, TrackerStats } from '../core/issues/ports.ts';
import { type EtagStore, memoryEtagStore } from './etag-store.ts';

export type GitHubTrackerOptions = {
	token: string;
	/** `owner/repo`. */
	repository: string;
	/** REST API root, from GITHUB_API_URL (a local fake in tests, GHES in enterprises). */
	apiUrl?: string;
	/**
	 * Base pacing unit in ms (default 1000): writes are spaced by one unit, issue and comment
	 * creation by three, and retry waits are multiplied by it. Lower only where GitHub's
	 * secondary rate limits do not apply (tests, some GHES instances).
	 */
	paceMs?: number;
	etags?: EtagStore;
	warn?: (message: string) => void;
};

type Octokit = ReturnType<typeof getOctokit>;
type ListParams = {
	state: 'open' | 'closed';
	labels: string;
	sort: 'created' | 'updated';
	direction: 'asc' | 'desc';
	since?: string;
};
type ApiIssue = {
	number: number;
	title: string;
	body?: string | null;
	state: string;
	state_reason?: string | null;
	labels: (string | { name?: string | undefined })[];
	created_at: string;
	updated_at: string;
	closed_at: string | null;
	html_url: string;
	pull_request?: unknown;
};

function toTracked(i: ApiIssue): TrackedIssue {
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
		createdAt: i.created_at,
		updatedAt: i.updated_at,
		closedAt: i.closed_at,
		url: i.html_url,
	};
}

function statusOf(e: unknown): number {
	return typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number' ? e.status : 0;
}

/** Maps an Octokit failure to an UpstreamError classified by HTTP status. */
function upstream(e: unknown, what: string): UpstreamError {
	const status = statusOf(e);
	const detail = e instanceof Error ? e.message : String(e);
	return new UpstreamError(
		`GitHub ${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`,
		status,
		'github',
	);
}

export function createOctokit(opts: GitHubTrackerOptions, stats: TrackerStats): Octokit {
	const pace = opts.paceMs ?? 1000;
	const warn = opts.warn ?? (() => {});
	const baseFetch = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
	const countingFetch: typeof fetch = (input, init) => {
		stats.apiCalls++;
		return baseFetch(input, init);
	};
	return getOctokit(
		opts.token,
		{
			baseUrl: (opts.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
			request: { fetch: countingFetch },
			retry: { retryAfterBaseValue: pace },
			throttle: {
				retryAfterBaseValue: pace,
				write: new Bottleneck.Group({ maxConcurrent: 1, minTime: pace }),
				notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * pace }),
				onRateLimit: (after, options, _octokit, count) => {
					warn(`GitHub rate limit on ${options.method} ${options.url}; retry after ${after}s`);
					return count < 1 && after <= 60;
				},
				onSecondaryRateLimit: (after, options, _octokit, count) => {
					warn(`GitHub secondary rate limit on ${options.method} ${options.url}; retry after ${after}s`);
					return count < 3;
				},
			},
		},
		retry,
		throttling,
	);
}

export function createGitHubTracker(opts: GitHubTrackerOptions): IssueTracker {
	const [owner = '', repo = ''] = opts.repository.split('/');
	if (!owner || !repo)
		throw new UpstreamError(`GITHUB_REPOSITORY must be owner/repo, got '${opts.repository}'`, 0, 'github');
	const stats: TrackerStats = { apiCalls: 0, notModified: 0, writes: 0 };
	const octokit = createOctokit(opts, stats);
	const etags = opts.etags ?? memoryEtagStore();

	/** Every page of a list, each read conditionally against the cached copy. */
	async function listAll(params: ListParams): Promise<TrackedIssue[]> {
		const out: TrackedIssue[] = [];
		let page: number | null = 1;
		while (page !== null) {
			const query = { owner, repo, per_page: 100, ...params, page };
			const key = JSON.stringify(query);
			const cached = etags.get(key);
			try {
				const res = await octokit.request('GET /repos/{owner}/{repo}/issues', {
					...query,
					headers: cached ? { 'if-none-match': cached.etag } : {},
				});
				const nextPage = nextPageOf(res.headers.link);
				const items = res.data as unknown as ApiIssue[];
				if (res.headers.etag) etags.set(key, { etag: res.headers.etag, items, nextPage });
				out.push(...items.filter((i) => !i.pull_request).map(toTracked));
				page = nextPage;
			} catch (e) {
				if (statusOf(e) !== 304 || !cached) throw upstream(e, 'listing issues');
				stats.notModified++;
				out.push(...(cached.items as ApiIssue[]).filter((i) => !i.pull_request).map(toTracked));
				page = cached.nextPage;
			}
		}
		await etags.flush();
		return out;
	}

	return {
		name: `github:${owner}/${repo}`,
		listOpen: (label) => listAll({ state: 'open', labels: label, sort: 'created', direction: 'asc' }),
		// `since` is rounded down to the hour so the request, and so its ETag, stays stable for an hour.
		listClosedSince: (label, since) =>
			listAll({
				state: 'closed',
				labels: label,
				sort: 'updated',
				direction: 'desc',
				since: new Date(Math.floor(since.getTime() / 3_600_000) * 3_600_000).toISOString(),
			}),
		async create(issue: NewIssue) {
			try {
				const res = await octokit.rest.issues.create({ owner, repo, ...issue });
				stats.writes++;
				return toTracked(res.data as ApiIssue);
			} catch (e) {
				throw upstream(e, 'creating an issue');
			}
		},
		async update(number: number, patch: IssuePatch) {
			try {
				const res = await octokit.rest.issues.update({
					owner,
					repo,
					issue_number: number,
					...(patch.title !== undefined ? { title: patch.title } : {}),
					...(patch.body !== undefined ? { body: patch.body } : {}),
					...(patch.labels !== undefined ? { labels: patch.labels } : {}),
					...(patch.state !== undefined ? { state: patch.state } : {}),
					...(patch.stateReason !== undefined ? { state_reason: patch.stateReason } : {}),
				});
				stats.writes++;
				return toTracked(res.data as ApiIssue);
			} catch (e) {
				throw upstream(e, `updating issue #${number}`);
			}
		},
		async comment(number: number, body: string) {
			try {
				await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
				stats.writes++;
			} catch (e) {
				throw upstream(e, `commenting on issue #${number}`);
			}
		},
		stats: () => ({ ...stats }),
	};
}

/** The `page` of the `rel="next"` link, or null on the last page. */
export function nextPageOf(link: string | undefined): number | null {
	const next = link?.split(',').find((part) => /rel="next"/.test(part));
	const url = next ? /<([^>]+)>/.exec(next)?.[1] : undefined;
	if (!url) return null;
	const page = Number(new URL(url).searchParams.get('page'));
	return Number.isInteger(page) && page > 0 ? page : null;
}
