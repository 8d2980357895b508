/**
 * An alert issue closed by hand while the alert fires means "silenced until resolved": no
 * duplicate is opened and nothing is written or notified until the alert resolves; a new
 * firing after that reopens the issue as usual. pathwatch itself never closes an issue whose
 * state says firing (duplicates carry `duplicateOf`, retirements resolve first), so the
 * state block tells a hand-close apart.
 */
import type { AlertEval } from '../alerts/alert.ts';
import type { PlannedAction } from '../issues/plan.ts';
import { replaceState } from '../issues/reconcile-sweep.ts';
import type { ParsedIssue } from '../issues/state.ts';

export function handClosedFiring(issue: ParsedIssue): boolean {
	return issue.state === 'closed' && issue.alert?.status === 'firing' && issue.alert.duplicateOf === null;
}

/**
 * The hand-closed issue that holds this firing alert back, if any. An alert whose episode
 * began after the close is a new firing. An alert with no memory of when it began (snapshot
 * metrics, budgets: `since` is this run) stays held while it fires, until a run sees it clear
 * or the issue leaves the closed issues looked at (`issues.reopen_window` after the close).
 */
export function heldByHandClose(
	e: AlertEval,
	closed: readonly ParsedIssue[],
	now: number,
): ParsedIssue | undefined {
	return closed.find((c) => {
		if (c.fingerprint !== e.fingerprint || !handClosedFiring(c)) return false;
		const closedAt = Date.parse(c.closedAt ?? c.updatedAt);
		return e.since === null || e.since >= now || e.since <= closedAt;
	});
}

/** The alert cleared: record it on the hand-closed issue (body only, no comment, stays closed). */
export function planHandClosedResolved(
	e: AlertEval,
	closed: readonly ParsedIssue[],
	now: number,
): PlannedAction[] {
	const held = closed.find((c) => c.fingerprint === e.fingerprint && handClosedFiring(c));
	const st = held?.alert;
	if (!held || !st) return [];
	const at = new Date(now).toISOString();
	const state = { ...st, status: 'resolved' as const, resolvedAt: at, updatedAt: at };
	return [
		{
			reason: 'record',
			fingerprint: e.fingerprint,
			alertname: e.alertname,
			issue: held.number,
			patch: { body: replaceState(held.body, state) },
			note: `#${held.number} was closed by hand while firing; the alert has now resolved`,
		},
	];
}
