/** Plans for a firing alert: open, reopen, escalate, de-escalate, re-fire, flap. */

import type { Severity } from '../../../../worker/src/contract/severity.ts';
import type { AlertEval } from '../alerts/alert.ts';
import type { Interval } from '../alerts/flap.ts';
import { heldByHandClose } from '../notify/hand-closed.ts';
import { cooledDown, desiredLabels, knownIntervals, nextState, openInterval } from './issue-state.ts';
import {
	type ActionReason,
	flapCommentFor,
	flapState,
	isDuplicate,
	type PlanContext,
	type PlannedAction,
	renderPatch,
} from './plan.ts';
import { comments } from './render.ts';
import type { ParsedIssue } from './state.ts';

type Flap = { pct: number; flapping: boolean };

/** null when the plan depends on closed issues that were not fetched yet. */
export function planFiring(
	e: AlertEval,
	sev: Severity,
	issue: ParsedIssue | undefined,
	ctx: PlanContext,
): PlannedAction[] | null {
	if (issue) return planFiringOnOpen(e, sev, issue, ctx);
	if (ctx.closed === null) return null;
	// Closed by hand while firing: silenced until it resolves, and no duplicate is opened.
	if (heldByHandClose(e, ctx.closed, ctx.now)) return [];
	const since = e.since ?? ctx.now;
	const candidate = reopenCandidate(e, ctx.closed, ctx.now);
	const intervals = openInterval(knownIntervals(e, candidate ? [candidate] : []), since);
	const prevFlapping = candidate?.alert?.flapping ?? false;
	const flap = flapState(intervals, prevFlapping, ctx);
	const flapComment = flap.flapping && !prevFlapping ? flapCommentFor(flap.pct, ctx) : undefined;
	if (candidate) return [planReopen(e, sev, candidate, { flap, flapComment, intervals, since }, ctx)];
	return [planOpen(e, sev, { flap, flapComment, intervals, since }, ctx)];
}

type Firing = { flap: Flap; flapComment: string | undefined; intervals: Interval[]; since: number };

function planReopen(
	e: AlertEval,
	sev: Severity,
	candidate: ParsedIssue,
	f: Firing,
	ctx: PlanContext,
): PlannedAction {
	const st = candidate.alert;
	const resolved = st?.resolvedAt || (candidate.closedAt ?? candidate.updatedAt);
	const quiet = ctx.now - Date.parse(resolved);
	const allowed = cooledDown(st, sev, e.cooldownMs[sev], ctx.now);
	const comment =
		f.flapComment ?? (!f.flap.flapping && allowed ? comments.refired(e, sev, quiet) : undefined);
	const state = nextState(
		e,
		st,
		{
			status: 'firing',
			severity: sev,
			since: f.since,
			resolvedAt: null,
			notified: comment ? sev : undefined,
			flapping: f.flap.flapping,
			intervals: f.intervals,
		},
		ctx.now,
	);
	const labels = desiredLabels(candidate.labels, ctx.config.issues.label, sev, f.flap.flapping);
	return {
		fingerprint: e.fingerprint,
		alertname: e.alertname,
		reason: 'reopen',
		issue: candidate.number,
		patch: { ...renderPatch(e, state, ctx, labels), state: 'open', stateReason: 'reopened' },
		...(comment ? { comment } : {}),
		note: `reopen #${candidate.number} (${sev})${comment ? '' : ' without a comment (cooldown or flapping)'}`,
	};
}

function planOpen(e: AlertEval, sev: Severity, f: Firing, ctx: PlanContext): PlannedAction {
	const state = nextState(
		e,
		null,
		{
			status: 'firing',
			severity: sev,
			since: f.since,
			resolvedAt: null,
			notified: sev,
			flapping: f.flap.flapping,
			intervals: f.intervals,
		},
		ctx.now,
	);
	const labels = desiredLabels([], ctx.config.issues.label, sev, f.flap.flapping, ctx.config.issues.labels);
	const patch = renderPatch(e, state, ctx, labels);
	return {
		fingerprint: e.fingerprint,
		alertname: e.alertname,
		reason: 'open',
		issue: null,
		create: { title: patch.title ?? '', body: patch.body ?? '', labels },
		...(f.flapComment ? { comment: f.flapComment } : {}),
		note: `open a ${sev} issue`,
	};
}

function planFiringOnOpen(
	e: AlertEval,
	sev: Severity,
	issue: ParsedIssue,
	ctx: PlanContext,
): PlannedAction[] {
	const st = issue.alert;
	const since = e.since ?? ctx.now;
	const base = { fingerprint: e.fingerprint, alertname: e.alertname, issue: issue.number };
	const intervals = openInterval(
		knownIntervals(e, [issue]),
		st?.status === 'firing' ? Date.parse(st.since) : since,
	);
	const was = st?.flapping ?? false;
	const flap = flapState(intervals, was, ctx);
	const labels = desiredLabels(issue.labels, ctx.config.issues.label, sev, flap.flapping);
	if (!st) {
		const state = nextState(
			e,
			null,
			{ status: 'firing', severity: sev, since, resolvedAt: null, flapping: flap.flapping, intervals },
			ctx.now,
		);
		const note = `#${issue.number}: state block unreadable, rewritten`;
		return [{ ...base, reason: 'refresh', patch: renderPatch(e, state, ctx, labels), note }];
	}
	const refire = st.status === 'resolved';
	const sevChange = st.severity !== sev;
	if (!refire && !sevChange && flap.flapping === was) return [];
	const { comment, held } = firingComment(e, sev, st, { flap, was, sevChange }, ctx);
	const state = nextState(
		e,
		st,
		{
			status: 'firing',
			severity: sev,
			since: refire ? since : Date.parse(st.since),
			resolvedAt: null,
			notified: comment && (sevChange || refire) ? sev : undefined,
			flapping: flap.flapping,
			intervals,
		},
		ctx.now,
	);
	const reason = firingReason(sev, sevChange, refire, flap.flapping);
	return [
		{
			...base,
			reason,
			patch: renderPatch(e, state, ctx, labels),
			...(comment ? { comment } : {}),
			note: `${reason} #${issue.number} (${st.severity} → ${sev})${held ? ', comment held back by cooldown' : ''}${flap.flapping ? ', flapping' : ''}`,
		},
	];
}

/** The comment for a change on an open issue; a cooldown holds back escalation and re-fire notes. */
function firingComment(
	e: AlertEval,
	sev: Severity,
	st: NonNullable<ParsedIssue['alert']>,
	change: { flap: Flap; was: boolean; sevChange: boolean },
	ctx: PlanContext,
): { comment: string | undefined; held: boolean } {
	const { flap, was, sevChange } = change;
	if (flap.flapping && !was) return { comment: flapCommentFor(flap.pct, ctx), held: false };
	if (!flap.flapping && was) return { comment: comments.settled(flap.pct, false), held: false };
	if (flap.flapping) return { comment: undefined, held: false };
	if (!cooledDown(st, sev, e.cooldownMs[sev], ctx.now)) return { comment: undefined, held: true };
	if (sevChange)
		return { comment: sev === 'critical' ? comments.escalated(e) : comments.deescalated(e), held: false };
	return {
		comment: comments.refired(e, sev, ctx.now - Date.parse(st.resolvedAt ?? st.updatedAt)),
		held: false,
	};
}

function firingReason(sev: Severity, sevChange: boolean, refire: boolean, flapping: boolean): ActionReason {
	if (sevChange) return sev === 'critical' ? 'escalate' : 'deescalate';
	if (refire) return 'refire';
	return flapping ? 'flapping' : 'settle';
}

function reopenCandidate(e: AlertEval, closed: readonly ParsedIssue[], now: number): ParsedIssue | undefined {
	return closed
		.filter((c) => c.fingerprint === e.fingerprint && !isDuplicate(c) && c.closedAt)
		.filter((c) => now - Date.parse(c.closedAt ?? '') <= e.reopenWindowMs)
		.sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? ''))[0];
}
