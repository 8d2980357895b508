/**
 * The GitHub calls `/pathwatch` commands need: the commenter's role (collaborator permission
 * API), the issue, its update, a reaction on the comment and a reply. Parameter types come
 * from Octokit's own method types.
 */
import type { Octokit, RestEndpointMethodTypes } from '@octokit/rest';
import { UpstreamError } from '../core/errors.ts';
import type { TrackedIssue } from '../core/issues/ports.ts';

type ReactionContent = RestEndpointMethodTypes['reactions']['createForIssueComment']['parameters']['content'];

export type ChatOpsIssue = Pick<TrackedIssue, 'number' | 'body' | 'labels' | 'state' | 'url'> & {
	author: string | null;
};

export type ChatOpsGitHub = {
	/** The user's role: admin, maintain, write, triage, read (or none). */
	role(user: string): Promise<string>;
	issue(number: number): Promise<ChatOpsIssue>;
	update(number: number, patch: { body: string; labels?: string[] }): Promise<void>;
	react(commentId: number, content: ReactionContent): Promise<void>;
	comment(number: number, body: string): Promise<void>;
};

/** Classifies an Octokit failure by HTTP status (0: GitHub did not answer). */
function githubError(e: unknown, what: string): UpstreamError {
	const status =
		typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number' ? e.status : 0;
	return new UpstreamError(`GitHub ${what} failed${status ? ` (HTTP ${status})` : ''}`, status, 'github');
}

export function createChatOpsGitHub(octokit: Octokit, owner: string, repo: string): ChatOpsGitHub {
	const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
		try {
			return await fn();
		} catch (e) {
			throw githubError(e, what);
		}
	};
	return {
		role: (username) =>
			call('collaborator permission', async () => {
				const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
				// `role_name` distinguishes maintain and triage; `permission` is the legacy fallback.
				return data.role_name || data.permission;
			}),
		issue: (issue_number) =>
			call('issue read', async () => {
				const { data } = await octokit.rest.issues.get({ owner, repo, issue_number });
				return {
					number: data.number,
					body: data.body ?? '',
					labels: data.labels
						.map((l: string | { name?: string }) => (typeof l === 'string' ? l : (l.name ?? '')))
						.filter(Boolean),
					state: data.state === 'closed' ? 'closed' : 'open',
					url: data.html_url,
					author: data.user?.login ?? null,
				};
			}),
		update: (issue_number, patch) =>
			call('issue update', async () => {
				await octokit.rest.issues.update({ owner, repo, issue_number, ...patch });
			}),
		react: (comment_id, content) =>
			call('reaction', async () => {
				await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id, content });
			}),
		comment: (issue_number, body) =>
			call('comment', async () => {
				await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
			}),
	};
}
