/**
 * `/pathwatch ack`, `/pathwatch silence <duration> [reason]` and `/pathwatch unsilence` in an
 * alert issue's comments: parsing, who may, and the state change. The reply is plain text;
 * anything taken from the comment is neutralised before it reaches the issue.
 */
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { formatDuration, parseDuration } from '../config/duration.ts';
import type { AlertState } from '../issues/state.ts';
import { neutralize, stripControls } from '../sanitize.ts';
import { mergeNotifyState } from './merge-notify.ts';
import { notifyStateOf, silencedAt } from './notify-state.ts';

export type ChatCommand =
	| { kind: 'ack' }
	| { kind: 'silence'; ms: number; reason: string | null }
	| { kind: 'unsilence' };

export const MAX_SILENCE_MS = 30 * DAY_MS;
/** Repository roles that may run commands (the collaborator permission API's `role_name`). */
export const ALLOWED_ROLES = ['admin', 'maintain', 'write'];

const LINE = /^\s*\/pathwatch(?:\s+(\S+))?(?:\s+(.*))?$/;

/** The command in a comment (its first `/pathwatch` line), an error to reply, or null. */
export function parseCommand(body: string): ChatCommand | { error: string } | null {
	const line = body.split(/\r?\n/).find((l) => /^\s*\/pathwatch\b/.test(l));
	if (line === undefined) return null;
	const m = LINE.exec(line);
	const verb = m?.[1]?.toLowerCase();
	const rest = (m?.[2] ?? '').trim();
	if (verb === 'ack') return { kind: 'ack' };
	if (verb === 'unsilence') return { kind: 'unsilence' };
	if (verb === 'silence') {
		const [first = '', ...words] = rest.split(/\s+/);
		const ms = parseDuration(first);
		if (ms === null || ms <= 0)
			return {
				error: 'usage: `/pathwatch silence <duration> [reason]`, e.g. `/pathwatch silence 2h deploying`',
			};
		if (ms > MAX_SILENCE_MS) return { error: `a silence lasts at most ${formatDuration(MAX_SILENCE_MS)}` };
		const reason = stripControls(words.join(' ')).slice(0, 200);
		return { kind: 'silence', ms, reason: reason || null };
	}
	return {
		error: 'commands: `/pathwatch ack`, `/pathwatch silence <duration> [reason]`, `/pathwatch unsilence`',
	};
}

export function roleAllowed(role: string): boolean {
	return ALLOWED_ROLES.includes(role);
}

export type CommandResult = { state: AlertState; reply: string } | { error: string };

/** The state after a command by `user` at `now`, and the short reply to post. */
export function applyCommand(state: AlertState, cmd: ChatCommand, user: string, now: number): CommandResult {
	const n = notifyStateOf(state);
	const at = new Date(now).toISOString();
	// A GitHub login mentions its owner in the reply; anything else is neutralised.
	const who = /^[A-Za-z0-9-]{1,39}$/.test(user) ? user : neutralize(user, 40);
	if (cmd.kind === 'ack') {
		if (state.status !== 'firing') return { error: 'Nothing to acknowledge: the alert is not firing.' };
		const notify = { ...n, ack: { by: user, at, since: state.since } };
		return {
			state: { ...state, notify },
			reply: `Acknowledged by @${who}: no further escalation for this episode. It notifies again when it resolves or fires anew.`,
		};
	}
	if (cmd.kind === 'silence') {
		const until = new Date(now + cmd.ms).toISOString();
		const notify = { ...n, silence: { by: user, at, until, reason: cmd.reason } };
		const why = cmd.reason ? ` (${neutralize(cmd.reason, 200)})` : '';
		return {
			state: { ...state, notify },
			reply: `Silenced by @${who} for ${formatDuration(cmd.ms)}, until ${until.slice(0, 16).replace('T', ' ')} UTC${why}: no notifications and no issue updates until then.`,
		};
	}
	if (!silencedAt(n, now)) return { error: 'Nothing to unsilence.' };
	// Lifted as a silence that ends now, not removed: the timestamp lets it win over an older
	// copy of the silence that a concurrent writer still carries (see merge-notify.ts).
	const lifted = { by: user, at, until: at, reason: null };
	return {
		state: { ...state, notify: { ...n, silence: lifted } },
		reply: `Silence lifted by @${who}: notifications and issue updates resume on the next run.`,
	};
}

type Stamp = { by: string; at: string; until?: string } | null;
const sameStamp = (a: Stamp, b: Stamp) =>
	a === null || b === null ? a === b : a.by === b.by && a.at === b.at && a.until === b.until;

/**
 * True when `current` (the issue as read after a command was written) still carries the ack and
 * silence the command wrote, or newer ones: false when another writer's stale copy replaced them.
 */
export function commandHeld(current: AlertState | null, written: AlertState): boolean {
	if (!current || current.fingerprint !== written.fingerprint) return false;
	const now = notifyStateOf(current);
	const merged = mergeNotifyState(notifyStateOf(written), now, 'other');
	return sameStamp(merged.ack, now.ack) && sameStamp(merged.silence, now.silence);
}
