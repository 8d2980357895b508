/**
 * `pathwatch chatops`: handles one `issue_comment` event (GITHUB_EVENT_PATH or --event).
 * `/pathwatch ack | silence <duration> [reason] | unsilence` on an alert issue, honoured only
 * from users with write access or more, answered with a reaction and a short comment; the
 * result lives in the issue's hidden state, where the next monitor run reads it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { retry } from '@octokit/plugin-retry';
import { Octokit } from '@octokit/rest';
import { z } from 'zod';
import { type ChatOpsGitHub, createChatOpsGitHub } from '../adapters/github-chatops.ts';
import type { Command } from '../cli-types.ts';
import { UserError } from '../core/errors.ts';
import { sameLogin } from '../core/issues/ownership.ts';
import { replaceState } from '../core/issues/reconcile-sweep.ts';
import { parseIssue } from '../core/issues/state.ts';
import { applyCommand, parseCommand, roleAllowed } from '../core/notify/chatops.ts';
import { neutralize } from '../core/sanitize.ts';
import { ESCALATED_LABEL } from '../monitor/notify-step.ts';

const EventSchema = z.object({
	action: z.string(),
	comment: z.object({
		id: z.number().int(),
		body: z.string().nullable(),
		user: z.object({ login: z.string() }),
	}),
	issue: z.object({ number: z.number().int(), pull_request: z.unknown().optional() }),
});
export type CommentEvent = z.infer<typeof EventSchema>;

export type ChatOpsOutcome = 'ignored' | 'refused' | 'rejected' | 'applied';

/** Handles one comment event; returns what happened, for logs and tests. */
export async function handleComment(
	gh: ChatOpsGitHub,
	event: CommentEvent,
	opts: { now: number; issueAuthor: string },
): Promise<{ outcome: ChatOpsOutcome; message: string }> {
	const cmd = parseCommand(event.comment.body ?? '');
	if (event.action !== 'created' || event.issue.pull_request || cmd === null)
		return { outcome: 'ignored', message: 'no /pathwatch command' };
	const user = event.comment.user.login;
	const number = event.issue.number;
	const role = await gh.role(user);
	if (!roleAllowed(role)) {
		await gh.react(event.comment.id, 'confused');
		await gh.comment(
			number,
			`\`/pathwatch\` commands need write access to this repository (${neutralize(role, 20)} is not enough).`,
		);
		return { outcome: 'refused', message: `${user} has role ${role}` };
	}
	const issue = await gh.issue(number);
	const parsed = parseIssue({
		...issue,
		title: '',
		stateReason: null,
		createdAt: '',
		updatedAt: '',
		closedAt: null,
	});
	const state = sameLogin(issue.author, opts.issueAuthor) ? parsed?.alert : null;
	const result =
		'error' in cmd
			? cmd
			: state
				? applyCommand(state, cmd, user, opts.now)
				: { error: 'This is not an alert issue pathwatch manages.' };
	if ('error' in result) {
		await gh.react(event.comment.id, 'confused');
		await gh.comment(number, result.error);
		return { outcome: 'rejected', message: result.error };
	}
	const labels =
		'kind' in cmd && cmd.kind === 'ack' && issue.labels.includes(ESCALATED_LABEL)
			? { labels: issue.labels.filter((l) => l !== ESCALATED_LABEL) }
			: {};
	await gh.update(number, { body: replaceState(issue.body, result.state), ...labels });
	await gh.react(event.comment.id, '+1');
	await gh.comment(number, result.reply);
	return { outcome: 'applied', message: result.reply };
}

const USAGE =
	'usage: pathwatch chatops [--event <issue_comment event JSON>] [--issues-author <login pathwatch opens issues as>]';

const command: Command = async (ctx) => {
	let values: { event?: string | undefined; 'issues-author'?: string | undefined };
	try {
		({ values } = parseArgs({
			args: ctx.argv,
			options: { event: { type: 'string' }, 'issues-author': { type: 'string' } },
			strict: true,
		}));
	} catch (e) {
		throw new UserError(`${(e as Error).message}\n\n${USAGE}`);
	}
	const path = values.event ?? ctx.env.GITHUB_EVENT_PATH;
	if (!path) throw new UserError(`no event: set GITHUB_EVENT_PATH or pass --event\n\n${USAGE}`);
	const parsed = EventSchema.safeParse(JSON.parse(await readFile(resolve(ctx.cwd, path), 'utf8')));
	if (!parsed.success)
		throw new UserError(`${path} is not an issue_comment event: ${parsed.error.issues[0]?.message}`);
	const token = ctx.env.GITHUB_TOKEN;
	const repository = ctx.env.GITHUB_REPOSITORY;
	if (!token || !repository) throw new UserError('set GITHUB_TOKEN and GITHUB_REPOSITORY');
	const [owner = '', repo = ''] = repository.split('/');
	if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY must be owner/repo, got '${repository}'`);
	// A handful of calls per comment: Octokit's retry plugin is enough, no write pacing needed.
	const octokit = new (Octokit.plugin(retry))({
		auth: token,
		baseUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
		userAgent: 'pathwatch',
	});
	const result = await handleComment(createChatOpsGitHub(octokit, owner, repo), parsed.data, {
		now: Date.now(),
		issueAuthor: values['issues-author'] || 'github-actions[bot]',
	});
	ctx.stdout(`pathwatch chatops: ${result.outcome}: ${result.message}`);
	return 0;
};
export default command;
