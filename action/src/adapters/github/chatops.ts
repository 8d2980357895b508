/**
 * What `/pathwatch` commands need from GitHub beyond the issue tracker, through the shared
 * client: the commenter's role (collaborator permission API) and a reaction on the comment.
 * Parameter types come from Octokit's own method types.
 */
import type { RestEndpointMethodTypes } from '@octokit/rest';
import { type GitHubClient, githubError } from './github-client.ts';

type ReactionContent = RestEndpointMethodTypes['reactions']['createForIssueComment']['parameters']['content'];

export type ChatOpsGitHub = {
	/** The user's role: admin, maintain, write, triage, read (or none). */
	role(user: string): Promise<string>;
	react(commentId: number, content: ReactionContent): Promise<void>;
};

export function createChatOpsGitHub({ octokit, owner, repo }: GitHubClient): ChatOpsGitHub {
	return {
		role: async (username) => {
			try {
				const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
				// `role_name` distinguishes maintain and triage; `permission` is the legacy fallback.
				return data.role_name || data.permission;
			} catch (e) {
				throw githubError(e, `reading ${username}'s permission`);
			}
		},
		react: async (comment_id, content) => {
			try {
				await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id, content });
			} catch (e) {
				throw githubError(e, 'adding a reaction');
			}
		},
	};
}
