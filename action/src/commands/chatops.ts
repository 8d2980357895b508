/**
 * `pathwatch chatops`: handles one `issue_comment` event (GITHUB_EVENT_PATH or --event).
 * `/pathwatch ack | silence <duration> [reason] | unsilence` on an alert issue, honoured only
 * from users with write access or more, answered with a reaction and a short comment (anyone
 * else gets a reaction only); the result lives in the issue's hidden state, where the next
 * monitor run reads it. It manages the same issues as the monitor (`--issues-author`, else
 * the config's `issues.author`, else the same default) and goes through the same GitHub client
 * and issue tracker. On any other issue it writes nothing at all, not even a reaction: the
 * run's log says why.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type ChatOpsGitHub, createChatOpsGitHub } from '../adapters/github/chatops.ts';
import { githubClientFromEnv } from '../adapters/github/github-client.ts';
import { createGitHubTracker } from '../adapters/github/github-issues.ts';
import type { Command } from '../cli-types.ts';
import { UserError } from '../core/errors.ts';
import { sameLogin } from '../core/issues/ownership.ts';
import type { IssueTracker, TrackedIssue } from '../core/issues/ports.ts';
import { replaceState } from '../core/issues/reconcile-sweep.ts';
import { type AlertState, parseIssue } from '../core/issues/state.ts';
import {
	applyCommand,
	type ChatCommand,
	commandHeld,
	parseCommand,
	roleAllowed,
} from '../core/notify/chatops.ts';
import { parseEnv } from '../inputs.ts';
import { ESCALATED_LABEL } from '../monitor/notify-step.ts';
import { issuesAuthor, loadConfig } from '../monitor/options.ts';
import { resolveOwner } from '../monitor/own-issues.ts';
import { writeIssue } from '../monitor/write-issue.ts';

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

export type ChatOpsDeps = {
	gh: ChatOpsGitHub;
	tracker: Pick<IssueTracker, 'get' | 'update' | 'comment' | 'whoami' | 'defaultAuthor' | 'fixedAuthor'>;
};

/**
 * The alert state of an issue pathwatch manages as `configured` (the monitor's rule), or why
 * it is not one.
 */
async function managedState(
	tracker: ChatOpsDeps['tracker'],
	issue: TrackedIssue,
	configured: string | undefined,
): Promise<{ state: AlertState } | { not: string }> {
	const parsed = parseIssue(issue);
	if (!parsed?.alert) return { not: 'carries no pathwatch alert state' };
	const owner = await resolveOwner(tracker, configured, [parsed]);
	if (!sameLogin(issue.author, owner))
		return { not: `was opened by ${issue.author ?? 'an unknown user'}, not ${owner}` };
	return { state: parsed.alert };
}

/** Writes the command's state; an ack takes the `escalated` label off the labels the issue has now. */
async function writeCommand(
	tracker: ChatOpsDeps['tracker'],
	number: number,
	cmd: ChatCommand,
	state: AlertState,
) {
	await writeIssue(
		tracker,
		number,
		(fresh) => {
			const unlabel = cmd.kind === 'ack' && fresh.labels.includes(ESCALATED_LABEL);
			return {
				body: replaceState(fresh.body, state),
				...(unlabel ? { labels: fresh.labels.filter((l) => l !== ESCALATED_LABEL) } : {}),
			};
		},
		'chatops',
	);
}

export type ChatOpsOptions = {
	now: number;
	issueAuthor: string | undefined;
	/** Longer than any writer takes between its re-read and its write (`notify.claim_settle`). */
	settleMs: number;
	sleep?: (ms: number) => Promise<void>;
};

/**
 * Writes the command, waits out any write already under way, and checks it held: a writer that
 * re-read the issue just before this write may replace it with its own copy (GitHub has no
 * compare-and-swap), so the command is written once more, merged, when it did not hold.
 */
async function writeHeld(
	tracker: ChatOpsDeps['tracker'],
	number: number,
	cmd: ChatCommand,
	state: AlertState,
	opts: ChatOpsOptions,
): Promise<void> {
	await writeCommand(tracker, number, cmd, state);
	await (opts.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))))(opts.settleMs);
	const after = parseIssue(await tracker.get(number))?.alert ?? null;
	if (!commandHeld(after, state)) await writeCommand(tracker, number, cmd, state);
}

/** Handles one comment event; returns what happened, for logs and tests. */
export async function handleComment(
	{ gh, tracker }: ChatOpsDeps,
	event: CommentEvent,
	opts: ChatOpsOptions,
): Promise<{ outcome: ChatOpsOutcome; message: string }> {
	const cmd = parseCommand(event.comment.body ?? '');
	if (event.action !== 'created' || event.issue.pull_request || cmd === null)
		return { outcome: 'ignored', message: 'no /pathwatch command' };
	const user = event.comment.user.login;
	const number = event.issue.number;
	// Not ours (a forgery, or any other issue): never edited, commented on or reacted to.
	const managed = await managedState(tracker, await tracker.get(number), opts.issueAuthor);
	if ('not' in managed)
		return {
			outcome: 'ignored',
			message: `#${number} is not an alert issue pathwatch manages: it ${managed.not}`,
		};
	const role = await gh.role(user);
	// Anyone who can comment can type `/pathwatch`: a reply per attempt would let any outside
	// user make the bot post (and notify every subscriber) at will. A reaction is one per
	// comment, carries no text and notifies nobody, so a refusal gets only that.
	if (!roleAllowed(role)) {
		await gh.react(event.comment.id, '-1');
		return { outcome: 'refused', message: `${user} has role ${role}; commands need write access or more` };
	}
	const rejected = async (error: string) => {
		await gh.react(event.comment.id, 'confused');
		await tracker.comment(number, error);
		return { outcome: 'rejected' as const, message: error };
	};
	if ('error' in cmd) return rejected(cmd.error);
	const result = applyCommand(managed.state, cmd, user, opts.now);
	if ('error' in result) return rejected(result.error);
	await writeHeld(tracker, number, cmd, result.state, opts);
	await gh.react(event.comment.id, '+1');
	await tracker.comment(number, result.reply);
	return { outcome: 'applied', message: result.reply };
}

const USAGE = `usage: pathwatch chatops [--event <file>] [--config <path>] [--issues-author <login>]

  --event <file>           the issue_comment event (default $GITHUB_EVENT_PATH)
  --config <path>          config file, for issues.author (default .github/pathwatch.yml)
  --issues-author <login>  the login whose alert issues pathwatch manages, as for monitor

environment: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, PATHWATCH_PACE_MS`;

function parseChatOpsArgs(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			options: {
				event: { type: 'string' },
				config: { type: 'string' },
				'issues-author': { type: 'string' },
			},
			strict: true,
		}).values;
	} catch (e) {
		throw new UserError(`${(e as Error).message}\n\n${USAGE}`);
	}
}

async function readEvent(path: string): Promise<CommentEvent> {
	let json: unknown;
	try {
		json = JSON.parse(await readFile(path, 'utf8'));
	} catch (e) {
		throw new UserError(`cannot read the event ${path}: ${(e as Error).message}`);
	}
	const parsed = EventSchema.safeParse(json);
	if (!parsed.success)
		throw new UserError(`${path} is not an issue_comment event: ${parsed.error.issues[0]?.message}`);
	return parsed.data;
}

const command: Command = async (ctx) => {
	const values = parseChatOpsArgs(ctx.argv);
	const env = parseEnv(ctx.env);
	const path = values.event ?? env.GITHUB_EVENT_PATH;
	if (!path) throw new UserError(`no event: set GITHUB_EVENT_PATH or pass --event\n\n${USAGE}`);
	const event = await readEvent(resolve(ctx.cwd, path));
	const { config } = await loadConfig(values.config, ctx.cwd);
	const github = githubClientFromEnv(env, (m) => ctx.stderr(`warning: ${m}`));
	if (!github) throw new UserError('set GITHUB_TOKEN and GITHUB_REPOSITORY');
	const deps = { gh: createChatOpsGitHub(github), tracker: createGitHubTracker(github) };
	const result = await handleComment(deps, event, {
		now: Date.now(),
		issueAuthor: issuesAuthor(values['issues-author'], config),
		settleMs: config.notify.claim_settle,
	});
	ctx.stdout(`pathwatch chatops: ${result.outcome}: ${result.message}`);
	return 0;
};
export default command;
