/**
 * Writers of an alert issue (monitor runs, their notification step, ChatOps) each rewrite the
 * whole hidden state block, and GitHub has no compare-and-swap on an issue. So every writer
 * re-reads the issue right before writing and merges by field ownership: the monitor owns the
 * evaluation fields and the body text; notify fields merge as merge-notify.ts says; anyone else
 * keeps what the issue says now.
 */
import { mergeNotifyState } from '../notify/merge-notify.ts';
import { EMPTY_NOTIFY_STATE } from '../notify/notify-state.ts';
import type { IssuePatch, TrackedIssue } from './ports.ts';
import { replaceState } from './reconcile-sweep.ts';
import { type AlertState, parseState } from './state.ts';

/**
 * `monitor`: evaluation (status, severity, episodes, …) and the rendered body;
 * `deliveries`: the notification step (its claim, delivery records);
 * `chatops`: ack and silence only.
 */
export type StateWriter = 'monitor' | 'deliveries' | 'chatops';

/** The state to write: `mine` merged with `current` (the issue's state now; null when unreadable). */
export function mergeState(mine: AlertState, current: AlertState | null, writer: StateWriter): AlertState {
	if (!current || current.fingerprint !== mine.fingerprint) return mine;
	const base = writer === 'monitor' ? mine : current;
	const notify = mergeNotifyState(
		mine.notify ?? EMPTY_NOTIFY_STATE,
		current.notify ?? EMPTY_NOTIFY_STATE,
		writer === 'deliveries' ? 'deliveries' : 'other',
	);
	return { ...base, notify };
}

/**
 * The patch to send, given the issue as just re-read: a body carrying a state block gets its
 * state merged; writers other than the monitor keep the body text the issue has now (a
 * concurrent monitor run may just have re-rendered it). Patches without a state block pass.
 */
export function mergePatch(fresh: TrackedIssue, patch: IssuePatch, writer: StateWriter): IssuePatch {
	if (patch.body === undefined) return patch;
	const mine = parseState(patch.body);
	if (!mine) return patch;
	const merged = mergeState(mine, parseState(fresh.body), writer);
	const text = writer === 'monitor' ? patch.body : fresh.body;
	return { ...patch, body: replaceState(text, merged) };
}
