/** Plans for an alert that is not firing: resolve its open issue, or record missed episodes. */
import type { AlertEval } from '../alerts/alert.ts';
import { planHandClosedResolved } from '../notify/hand-closed.ts';
import { closeIntervals, desiredLabels, knownIntervals, nextState, storedIntervals } from './issue-state.ts';
import {
	flapCommentFor,
	flapState,
	isDuplicate,
	type PlanContext,
	type PlannedAction,
	renderPatch,
} from './plan.ts';
import { comments, renderTitle } from './render.ts';
import type { ParsedIssue } from './state.ts';

/** null when the plan depends on closed issues that were not fetched yet. */
export function planInactive(
	e: AlertEval,
	issue: ParsedIssue | undefined,
	ctx: PlanContext,
): PlannedAction[] | null {
	if (issue) return planResolve(e, issue, ctx);
	const handClosed = ctx.closed ? planHandClosedResolved(e, ctx.closed, ctx.now) : [];
	if (handClosed.length > 0) return handClosed;
	if (e.endedEpisodes.length === 0) return [];
	if (ctx.closed === null) return null;
	return planMissed(e, ctx.closed, ctx);
}

function planResolve(e: AlertEval, issue: ParsedIssue, ctx: PlanContext): PlannedAction[] {
	const st = issue.alert;
	const base = { fingerprint: e.fingerprint, alertname: e.alertname, issue: issue.number };
	const lastEnd = e.history.at(-1)?.to ?? null;
	const resolvedAt =
		st?.status === 'resolved' && st.resolvedAt ? Date.parse(st.resolvedAt) : (lastEnd ?? ctx.now);
	const since = st ? Date.parse(st.since) : Date.parse(issue.createdAt);
	const severity = st?.severity ?? 'warning';
	const intervals = closeIntervals(knownIntervals(e, [issue]), resolvedAt);
	const was = st?.flapping ?? false;
	const flap = flapState(intervals, was, ctx);
	const state = nextState(
		e,
		st,
		{ status: 'resolved', severity, since, resolvedAt, flapping: flap.flapping, intervals },
		ctx.now,
	);
	const labels = desiredLabels(issue.labels, ctx.config.issues.label, severity, flap.flapping);
	if (flap.flapping) {
		if (st?.status === 'resolved' && was) return [];
		return [
			{
				...base,
				reason: 'flapping',
				patch: renderPatch(e, state, ctx, labels),
				...(was ? {} : { comment: flapCommentFor(flap.pct, ctx) }),
				note: `#${issue.number} cleared but flapping: kept open`,
			},
		];
	}
	const comment = was ? comments.settled(flap.pct, true) : comments.resolved(e, resolvedAt - since);
	return [
		{
			...base,
			reason: was ? 'settle' : 'resolve',
			comment,
			commentFirst: true,
			patch: { ...renderPatch(e, state, ctx, labels), state: 'closed', stateReason: 'completed' },
			note: `resolve and close #${issue.number}`,
		},
	];
}

/** Episodes that began and ended between runs: recorded on the last closed issue, or a new closed one. */
function planMissed(e: AlertEval, closed: readonly ParsedIssue[], ctx: PlanContext): PlannedAction[] {
	const related = closed.filter((c) => c.fingerprint === e.fingerprint && !isDuplicate(c));
	const known = related.flatMap((c) => storedIntervals(c.alert));
	const uncovered = e.endedEpisodes.filter(
		(ep) => !known.some((iv) => iv.from <= (ep.end ?? ctx.now) && (iv.to === null || iv.to >= ep.start)),
	);
	const last = uncovered.at(-1);
	if (!last) return [];
	const severity = uncovered.some((ep) => ep.peak === 'critical') ? 'critical' : 'warning';
	const latest = [...related].sort((a, b) => b.number - a.number)[0];
	const intervals = knownIntervals(e, latest ? [latest] : []);
	const state = nextState(
		e,
		latest?.alert ?? null,
		{
			status: 'resolved',
			severity,
			since: last.start,
			resolvedAt: last.end ?? ctx.now,
			flapping: false,
			intervals,
		},
		ctx.now,
	);
	const extra = latest ? [] : ctx.config.issues.labels;
	const labels = desiredLabels(latest?.labels ?? [], ctx.config.issues.label, severity, false, extra);
	const patch = renderPatch(e, state, ctx, labels);
	const base = {
		fingerprint: e.fingerprint,
		alertname: e.alertname,
		reason: 'record' as const,
		comment: comments.missed(uncovered),
	};
	const n = uncovered.length;
	if (latest)
		return [
			{ ...base, issue: latest.number, patch, note: `record ${n} missed episode(s) on #${latest.number}` },
		];
	return [
		{
			...base,
			issue: null,
			// A resolved patch keeps the issue's title; a new issue needs one.
			create: { title: patch.title ?? renderTitle(e), body: patch.body ?? '', labels },
			patch: { state: 'closed', stateReason: 'completed' },
			note: `record ${n} missed episode(s) in a new closed issue`,
		},
	];
}
