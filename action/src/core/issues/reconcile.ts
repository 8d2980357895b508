/**
 * Alert issues (this folder): their hidden state block, rendering, the tracker port and the
 * reconciler. The reconciler is a pure plan from what evaluation says and what the issues say.
 * A steady state plans nothing, so a quiet run costs one list call. Missing data never
 * resolves; a silence or maintenance window suppresses writes only; flapping pauses
 * close/reopen churn.
 */
import type { Plan, PlanContext, PlannedAction, ReconcileInput } from './plan.ts';
import { planFiring } from './plan-firing.ts';
import { planInactive } from './plan-inactive.ts';
import { planDuplicates, planRetirements } from './reconcile-sweep.ts';
import type { ParsedIssue } from './state.ts';

export function reconcile(input: ReconcileInput): Plan {
	const ctx: PlanContext = { ...input, clients: input.clients ?? [] };
	const canonical = canonicalOpen(input.open);
	const actions: PlannedAction[] = planDuplicates(input.open);
	let needsClosedSince: number | null = null;
	for (const e of input.evals) {
		if (e.suppressedBy || e.status === 'nodata') continue;
		const issue = canonical.get(e.fingerprint);
		const planned =
			e.status === 'firing' && e.severity
				? planFiring(e, e.severity, issue, ctx)
				: planInactive(e, issue, ctx);
		if (planned === null) {
			const since = input.now - Math.max(e.reopenWindowMs, input.config.evaluation.lookback);
			needsClosedSince = Math.min(needsClosedSince ?? since, since);
		} else actions.push(...planned);
	}
	actions.push(...planRetirements(input.evals, canonical, input.now));
	return { actions, needsClosedSince: input.closed === null ? needsClosedSince : null };
}

/** The lowest-numbered open issue per fingerprint (the others are duplicates). */
export function canonicalOpen(open: readonly ParsedIssue[]): Map<string, ParsedIssue> {
	const out = new Map<string, ParsedIssue>();
	for (const issue of [...open].sort((a, b) => a.number - b.number)) {
		if (issue.alert?.duplicateOf) continue;
		if (!out.has(issue.fingerprint)) out.set(issue.fingerprint, issue);
	}
	return out;
}
