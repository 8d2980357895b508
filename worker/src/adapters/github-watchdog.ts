/**
 * The few GitHub REST calls the Worker's watchdog makes: find, open and close its dead-man
 * issue (Issues list API by label, pull requests filtered out) and dispatch the monitor
 * workflow. `fetch` is injected so tests stand in for GitHub at the HTTP boundary.
 */
import { UpstreamError } from '../core/errors.ts';

export const DEAD_MAN_LABEL = 'pathwatch-deadman';

export type GitHubWatchdogOptions = {
	apiUrl: string;
	repository: string;
	token: string;
	fetch: typeof fetch;
};

export type GitHubWatchdog = {
	findOpenIssue(): Promise<number | null>;
	openIssue(title: string, body: string): Promise<number>;
	closeIssue(issue: number, comment: string): Promise<void>;
	dispatchWorkflow(workflow: string, ref: string): Promise<void>;
};

export function createGitHubWatchdog(o: GitHubWatchdogOptions): GitHubWatchdog {
	const base = `${o.apiUrl.replace(/\/+$/, '')}/repos/${o.repository}`;
	// Called detached: workerd's global fetch throws "Illegal invocation" when `this` is `o`.
	const fetcher = o.fetch;
	const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
		const res = await fetcher(`${base}${path}`, {
			method,
			headers: {
				accept: 'application/vnd.github+json',
				authorization: `Bearer ${o.token}`,
				'user-agent': 'pathwatch-watchdog',
				'x-github-api-version': '2022-11-28',
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		if (!res.ok) throw new UpstreamError(502, 'github_error', `GitHub ${method} ${path}: HTTP ${res.status}`);
		return res.status === 204 ? null : res.json();
	};
	return {
		async findOpenIssue() {
			const list = (await call('GET', `/issues?state=open&labels=${DEAD_MAN_LABEL}&per_page=10`)) as {
				number: number;
				pull_request?: unknown;
			}[];
			return list.find((i) => i.pull_request === undefined)?.number ?? null;
		},
		async openIssue(title, body) {
			const issue = (await call('POST', '/issues', {
				title,
				body,
				labels: ['pathwatch', DEAD_MAN_LABEL],
			})) as {
				number: number;
			};
			return issue.number;
		},
		async closeIssue(issue, comment) {
			await call('POST', `/issues/${issue}/comments`, { body: comment });
			await call('PATCH', `/issues/${issue}`, { state: 'closed', state_reason: 'completed' });
		},
		async dispatchWorkflow(workflow, ref) {
			await call('POST', `/actions/workflows/${encodeURIComponent(workflow)}/dispatches`, { ref });
		},
	};
}
