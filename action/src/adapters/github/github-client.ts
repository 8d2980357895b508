/**
 * The GitHub REST client: @octokit/rest with the retry and throttling plugins, built once by
 * the entry point and passed to the issue tracker and the workflow-runs reader, the same in
 * Actions and on a laptop. GITHUB_API_URL is honoured (GHES, or a local stand-in in tests).
 * Writes go one at a time, paced as GitHub's best practices ask; every HTTP request is counted.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { UpstreamError, UserError } from '../../core/errors.ts';

const PathwatchOctokit = Octokit.plugin(retry, throttling);
export type GitHubOctokit = InstanceType<typeof PathwatchOctokit>;

export type GitHubClientOptions = {
	token: string;
	/** `owner/repo`. */
	repository: string;
	/** REST API root, from GITHUB_API_URL (default https://api.github.com). */
	apiUrl?: string;
	/**
	 * Base pacing unit in ms (default 1000): writes are spaced by one unit, issue and comment
	 * creation by three, and retry waits are multiplied by it. Lower only where GitHub's
	 * secondary rate limits do not apply (tests, some GHES instances).
	 */
	paceMs?: number;
	warn?: (message: string) => void;
};

/** Requests this client sent (retries included), and how many of them were answered 304. */
export type GitHubCounters = { apiCalls: number; notModified: number };

export type GitHubClient = {
	octokit: GitHubOctokit;
	owner: string;
	repo: string;
	counters: GitHubCounters;
};

/** What the commands read from the environment (parsed by `parseEnv`) to reach GitHub. */
export type GitHubEnv = {
	GITHUB_TOKEN?: string | undefined;
	GITHUB_REPOSITORY?: string | undefined;
	GITHUB_API_URL?: string | undefined;
	PATHWATCH_PACE_MS?: number | undefined;
};

/** The one GitHub client a command builds from its environment; null without a token and repository. */
export function githubClientFromEnv(env: GitHubEnv, warn: (message: string) => void): GitHubClient | null {
	const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository } = env;
	if (!token || !repository) return null;
	return createGitHubClient({
		token,
		repository,
		...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
		...(env.PATHWATCH_PACE_MS !== undefined ? { paceMs: env.PATHWATCH_PACE_MS } : {}),
		warn,
	});
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
	const [owner = '', repo = '', ...extra] = opts.repository.split('/');
	if (!owner || !repo || extra.length > 0)
		throw new UserError(`GITHUB_REPOSITORY must be owner/repo, got '${opts.repository}'`);
	const pace = opts.paceMs ?? 1000;
	const warn = opts.warn ?? (() => {});
	const counters: GitHubCounters = { apiCalls: 0, notModified: 0 };
	const countingFetch: typeof fetch = (input, init) => {
		counters.apiCalls++;
		return fetch(input, init);
	};
	const octokit = new PathwatchOctokit({
		auth: opts.token,
		baseUrl: (opts.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
		userAgent: 'pathwatch',
		request: { fetch: countingFetch },
		retry: { retryAfterBaseValue: pace },
		throttle: {
			retryAfterBaseValue: pace,
			write: new Bottleneck.Group({ maxConcurrent: 1, minTime: pace }),
			notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * pace }),
			onRateLimit: (after, options, _octokit, count) => {
				warn(`GitHub rate limit on ${options.method} ${options.url}; retry after ${after}s`);
				// Waiting out a primary limit beyond a minute would stall the run; fail it instead.
				return count < 1 && after <= 60;
			},
			onSecondaryRateLimit: (after, options, _octokit, count) => {
				warn(`GitHub secondary rate limit on ${options.method} ${options.url}; retry after ${after}s`);
				return count < 3;
			},
		},
	});
	return { octokit, owner, repo, counters };
}

/** The HTTP status of an Octokit failure (RequestError), 0 when GitHub did not answer. */
export function statusOf(e: unknown): number {
	return typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number' ? e.status : 0;
}

/** Maps an Octokit failure to an UpstreamError classified by HTTP status. */
export function githubError(e: unknown, what: string): UpstreamError {
	const status = statusOf(e);
	const detail = e instanceof Error ? e.message : String(e);
	return new UpstreamError(
		`GitHub ${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`,
		status,
		'github',
	);
}
