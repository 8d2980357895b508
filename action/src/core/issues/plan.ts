/** The reconciler's vocabulary: planned issue changes and the helpers every planner shares. */
import type { AlertEval } from '../alerts/alert.ts';
import { flapPercent, type Interval } from '../alerts/flap.ts';
import type { Config } from '../config/config.ts';
import type { IssuePatch, NewIssue } from './ports.ts';
import { type ClientContext, comments, renderBody, renderTitle } from './render.ts';
import type { AlertState, ParsedIssue } from './state.ts';

export type ActionReason =
	| 'open'
	| 'reopen'
	| 'refire'
	| 'escalate'
	| 'deescalate'
	| 'resolve'
	| 'record'
	| 'flapping'
	| 'settle'
	| 'refresh'
	| 'duplicate'
	| 'retire';

export type PlannedAction = {
	reason: ActionReason;
	fingerprint: string;
	alertname: string;
	/** The issue to change; null to create one. */
	issue: number | null;
	create?: NewIssue;
	comment?: string;
	/** Post the comment before the patch (a resolution note before the close). */
	commentFirst?: boolean;
	patch?: IssuePatch;
	/** One line for dry runs and the job summary. */
	note: string;
};

export type ReconcileInput = {
	evals: readonly AlertEval[];
	open: readonly ParsedIssue[];
	/** Recently closed issues, or null when not fetched yet. */
	closed: readonly ParsedIssue[] | null;
	config: Config;
	now: number;
	clients?: readonly ClientContext[];
};

export type Plan = {
	actions: PlannedAction[];
	/** Set when the plan needs closed issues updated since this time (epoch ms) and `closed` was null. */
	needsClosedSince: number | null;
};

/** What one planner sees: the reconcile input with its optional parts filled in. */
export type PlanContext = ReconcileInput & { clients: readonly ClientContext[] };

/** The flap percentage over the configured window, with hysteresis between `high` and `low`. */
export function flapState(
	intervals: Interval[],
	wasFlapping: boolean,
	ctx: PlanContext,
): { pct: number; flapping: boolean } {
	const f = ctx.config.evaluation.flapping;
	const pct = flapPercent(intervals, ctx.now, f.window);
	return { pct, flapping: wasFlapping ? pct >= f.low : pct >= f.high };
}

export function flapCommentFor(pct: number, ctx: PlanContext): string {
	const f = ctx.config.evaluation.flapping;
	return comments.flapping(pct, f.window, f.low);
}

/**
 * Title, body and labels of an alert issue in `state`. A resolved (or cleared but flapping)
 * issue keeps the title it fired with: the title quotes the value at firing time, and the
 * body shows the value at resolution separately.
 */
export function renderPatch(e: AlertEval, state: AlertState, ctx: PlanContext, labels: string[]): IssuePatch {
	const body = renderBody(e, state, ctx.now, ctx.clients);
	return state.status === 'resolved' ? { body, labels } : { title: renderTitle(e), body, labels };
}

/** Closed as a duplicate (or by hand as not planned): never reopened or recorded on. */
export function isDuplicate(issue: ParsedIssue): boolean {
	return (
		!!issue.alert?.duplicateOf || issue.stateReason === 'not_planned' || issue.stateReason === 'duplicate'
	);
}
