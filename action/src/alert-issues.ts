/** Reading alert issues for other parts of pathwatch (the dashboard lists open and recent alerts). */
import { DAY_MS } from '../../worker/src/contract/time.ts';
import { type AlertIssueView, toAlertIssueView } from './core/issues/alert-view.ts';
import { splitByAuthor } from './core/issues/ownership.ts';
import type { IssueTracker } from './core/issues/ports.ts';
import { parseIssue } from './core/issues/state.ts';
import { resolveOwner } from './monitor/own-issues.ts';

export type { AlertIssueView };

/**
 * Open alert issues plus those closed within `resolvedWithinDays` (default 7), newest first.
 * Issues without pathwatch's fingerprint marker, duplicates and marker-carrying issues opened
 * by anyone but pathwatch's identity (`author`, else as the monitor finds it) are left out.
 * Costs one list call for the open issues and one for the recently closed ones (plus pages
 * beyond 100).
 */
export async function listAlertIssues(
	tracker: IssueTracker,
	options: { label?: string; resolvedWithinDays?: number; now?: Date; author?: string | undefined } = {},
): Promise<AlertIssueView[]> {
	const label = options.label ?? 'pathwatch';
	const now = options.now ?? new Date();
	const since = new Date(now.getTime() - (options.resolvedWithinDays ?? 7) * DAY_MS);
	const [open, closed] = await Promise.all([tracker.listOpen(label), tracker.listClosedSince(label, since)]);
	const marked = [...open, ...closed].map(parseIssue).filter((i) => i !== null);
	const { own } = splitByAuthor(marked, await resolveOwner(tracker, options.author, marked));
	return own
		.filter((i) => !i.alert?.duplicateOf && i.stateReason !== 'not_planned')
		.map(toAlertIssueView)
		.sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
}
