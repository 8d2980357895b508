/** Sweeps: duplicates (two runs raced to open the same alert) and issues no alert maps to any more. */
import type { AlertEval } from '../alerts/alert.ts';
import type { PlannedAction } from './plan.ts';
import { comments } from './render.ts';
import { type AlertState, type ParsedIssue, serializeState } from './state.ts';

const STATE_BLOCK = /<!-- pathwatch:state v\d+ .*? -->/gs;

/** The body with its state block replaced (or appended when it had none). */
export function replaceState(body: string, state: AlertState): string {
	const stripped = body.replace(STATE_BLOCK, '').trimEnd();
	return `${stripped}\n${serializeState(state)}`;
}

/**
 * Keeps the lowest-numbered open issue per fingerprint and closes the others as duplicates,
 * marking them so they are never reopened.
 */
export function planDuplicates(open: readonly ParsedIssue[]): PlannedAction[] {
	const groups = new Map<string, ParsedIssue[]>();
	for (const issue of open) groups.set(issue.fingerprint, [...(groups.get(issue.fingerprint) ?? []), issue]);
	const actions: PlannedAction[] = [];
	for (const [fp, issues] of groups) {
		if (issues.length < 2) continue;
		const [keep, ...rest] = [...issues].sort((a, b) => a.number - b.number);
		if (!keep) continue;
		for (const dup of rest) {
			const body = dup.alert ? replaceState(dup.body, { ...dup.alert, duplicateOf: keep.number }) : dup.body;
			actions.push({
				reason: 'duplicate',
				fingerprint: fp,
				alertname: dup.alert?.alertname ?? keep.alert?.alertname ?? fp,
				issue: dup.number,
				comment: comments.duplicate(keep.number, fp),
				commentFirst: true,
				patch: { body, state: 'closed', stateReason: 'not_planned' },
				note: `close #${dup.number} as a duplicate of #${keep.number}`,
			});
		}
	}
	return actions;
}

/** Open issues whose fingerprint no evaluated alert has: a past budget period, or a removed rule. */
export function planRetirements(
	evals: readonly AlertEval[],
	canonical: ReadonlyMap<string, ParsedIssue>,
	now: number,
): PlannedAction[] {
	const live = new Set(evals.map((e) => e.fingerprint));
	const actions: PlannedAction[] = [];
	for (const [fp, issue] of canonical) {
		if (live.has(fp)) continue;
		const st = issue.alert;
		const periodEnded = st?.kind === 'budget' && st.period !== null;
		const reason = periodEnded
			? `the budget period ${st?.period} has ended`
			: 'this alert is no longer in the configuration';
		const body = st
			? replaceState(issue.body, {
					...st,
					status: 'resolved',
					resolvedAt: st.resolvedAt ?? new Date(now).toISOString(),
					updatedAt: new Date(now).toISOString(),
				})
			: issue.body;
		actions.push({
			reason: 'retire',
			fingerprint: fp,
			alertname: st?.alertname ?? fp,
			issue: issue.number,
			comment: comments.retired(reason),
			commentFirst: true,
			patch: { body, state: 'closed', stateReason: periodEnded ? 'completed' : 'not_planned' },
			note: `close #${issue.number}: ${reason}`,
		});
	}
	return actions;
}
