/**
 * The reconciler: a pure plan from what evaluation says and what the issues say. A steady
 * state plans nothing, so a quiet run costs one list call. Missing data never resolves; a
 * silence or maintenance window suppresses writes only; flapping pauses close/reopen churn.
 */
import type { AlertEval } from '../alerts/alert.ts';
import { flapPercent, type Interval } from '../alerts/flap.ts';
import type { Config, Severity } from '../config/config.ts';
import {
	closeIntervals,
	cooledDown,
	desiredLabels,
	knownIntervals,
	nextState,
	openInterval,
	storedIntervals,
} from './issue-state.ts';
import type { IssuePatch, NewIssue } from './ports.ts';
import { planDuplicates, planRetirements } from './reconcile-sweep.ts';
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

type Ctx = ReconcileInput & { clients: readonly ClientContext[] };

export function reconcile(input: ReconcileInput): Plan {
	const ctx: Ctx = { ...input, clients: input.clients ?? [] };
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

function flapState(
	intervals: Interval[],
	wasFlapping: boolean,
	ctx: Ctx,
): { pct: number; flapping: boolean } {
	const f = ctx.config.evaluation.flapping;
	const pct = flapPercent(intervals, ctx.now, f.window);
	return { pct, flapping: wasFlapping ? pct >= f.low : pct >= f.high };
}

function render(e: AlertEval, state: AlertState, ctx: Ctx, labels: string[]): IssuePatch {
	return { title: renderTitle(e), body: renderBody(e, state, ctx.now, ctx.clients), labels };
}

function planFiring(
	e: AlertEval,
	sev: Severity,
	issue: ParsedIssue | undefined,
	ctx: Ctx,
): PlannedAction[] | null {
	const since = e.since ?? ctx.now;
	const identity = ctx.config.issues.label;
	const base = { fingerprint: e.fingerprint, alertname: e.alertname };
	if (issue) return planFiringOnOpen(e, sev, issue, ctx);
	if (ctx.closed === null) return null;
	const candidate = reopenCandidate(e, ctx.closed, ctx.now);
	const intervals = openInterval(knownIntervals(e, candidate ? [candidate] : []), since);
	const prevFlapping = candidate?.alert?.flapping ?? false;
	const flap = flapState(intervals, prevFlapping, ctx);
	const flapComment = flap.flapping && !prevFlapping ? flapCommentFor(flap.pct, ctx) : undefined;
	if (candidate) {
		const st = candidate.alert;
		const quiet =
			ctx.now -
			(st?.resolvedAt ? Date.parse(st.resolvedAt) : Date.parse(candidate.closedAt ?? candidate.updatedAt));
		const allowed = cooledDown(st, sev, e.cooldownMs[sev], ctx.now);
		const comment = flapComment ?? (!flap.flapping && allowed ? comments.refired(e, sev, quiet) : undefined);
		const state = nextState(
			e,
			st,
			{
				status: 'firing',
				severity: sev,
				since,
				resolvedAt: null,
				notified: comment ? sev : undefined,
				flapping: flap.flapping,
				intervals,
			},
			ctx.now,
		);
		const labels = desiredLabels(candidate.labels, identity, sev, flap.flapping);
		return [
			{
				...base,
				reason: 'reopen',
				issue: candidate.number,
				patch: { ...render(e, state, ctx, labels), state: 'open', stateReason: 'reopened' },
				...(comment ? { comment } : {}),
				note: `reopen #${candidate.number} (${sev})${comment ? '' : ' without a comment (cooldown or flapping)'}`,
			},
		];
	}
	const state = nextState(
		e,
		null,
		{
			status: 'firing',
			severity: sev,
			since,
			resolvedAt: null,
			notified: sev,
			flapping: flap.flapping,
			intervals,
		},
		ctx.now,
	);
	const labels = desiredLabels([], identity, sev, flap.flapping, ctx.config.issues.labels);
	const patch = render(e, state, ctx, labels);
	return [
		{
			...base,
			reason: 'open',
			issue: null,
			create: { title: patch.title ?? '', body: patch.body ?? '', labels },
			...(flapComment ? { comment: flapComment } : {}),
			note: `open a ${sev} issue`,
		},
	];
}

function planFiringOnOpen(e: AlertEval, sev: Severity, issue: ParsedIssue, ctx: Ctx): PlannedAction[] {
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
		return [
			{
				...base,
				reason: 'refresh',
				patch: render(e, state, ctx, labels),
				note: `#${issue.number}: state block unreadable, rewritten`,
			},
		];
	}
	const refire = st.status === 'resolved';
	const sevChange = st.severity !== sev;
	if (!refire && !sevChange && flap.flapping === was) return [];
	let comment: string | undefined;
	let held = false;
	if (flap.flapping && !was) comment = flapCommentFor(flap.pct, ctx);
	else if (!flap.flapping && was) comment = comments.settled(flap.pct, false);
	else if (!flap.flapping) {
		if (sevChange) comment = sev === 'critical' ? comments.escalated(e) : comments.deescalated(e);
		else comment = comments.refired(e, sev, ctx.now - Date.parse(st.resolvedAt ?? st.updatedAt));
		held = !cooledDown(st, sev, e.cooldownMs[sev], ctx.now);
		if (held) comment = undefined;
	}
	const notified = comment && (sevChange || refire) ? sev : undefined;
	const state = nextState(
		e,
		st,
		{
			status: 'firing',
			severity: sev,
			since: refire ? since : Date.parse(st.since),
			resolvedAt: null,
			notified,
			flapping: flap.flapping,
			intervals,
		},
		ctx.now,
	);
	const reason: ActionReason = sevChange
		? sev === 'critical'
			? 'escalate'
			: 'deescalate'
		: refire
			? 'refire'
			: flap.flapping
				? 'flapping'
				: 'settle';
	return [
		{
			...base,
			reason,
			patch: render(e, state, ctx, labels),
			...(comment ? { comment } : {}),
			note: `${reason} #${issue.number} (${st.severity} → ${sev})${held ? ', comment held back by cooldown' : ''}${flap.flapping ? ', flapping' : ''}`,
		},
	];
}

function planInactive(e: AlertEval, issue: ParsedIssue | undefined, ctx: Ctx): PlannedAction[] | null {
	if (issue) return planResolve(e, issue, ctx);
	if (e.endedEpisodes.length === 0) return [];
	if (ctx.closed === null) return null;
	return planMissed(e, ctx.closed, ctx);
}

function planResolve(e: AlertEval, issue: ParsedIssue, ctx: Ctx): PlannedAction[] {
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
				patch: render(e, state, ctx, labels),
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
			patch: { ...render(e, state, ctx, labels), state: 'closed', stateReason: 'completed' },
			note: `resolve and close #${issue.number}`,
		},
	];
}

/** Episodes that began and ended between runs: recorded on the last closed issue, or a new closed one. */
function planMissed(e: AlertEval, closed: readonly ParsedIssue[], ctx: Ctx): PlannedAction[] {
	const related = closed.filter((c) => c.fingerprint === e.fingerprint && !isDuplicate(c));
	const known = related.flatMap((c) => storedIntervals(c.alert));
	const uncovered = e.endedEpisodes.filter(
		(ep) => !known.some((iv) => iv.from <= (ep.end ?? ctx.now) && (iv.to === null || iv.to >= ep.start)),
	);
	if (uncovered.length === 0) return [];
	const first = uncovered[0];
	const last = uncovered.at(-1);
	if (!first || !last) return [];
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
	const labels = desiredLabels(
		latest?.labels ?? [],
		ctx.config.issues.label,
		severity,
		false,
		latest ? [] : ctx.config.issues.labels,
	);
	const patch = render(e, state, ctx, labels);
	const base = {
		fingerprint: e.fingerprint,
		alertname: e.alertname,
		reason: 'record' as const,
		comment: comments.missed(uncovered),
	};
	if (latest)
		return [
			{
				...base,
				issue: latest.number,
				patch,
				note: `record ${uncovered.length} missed episode(s) on #${latest.number}`,
			},
		];
	return [
		{
			...base,
			issue: null,
			create: { title: patch.title ?? '', body: patch.body ?? '', labels },
			patch: { state: 'closed', stateReason: 'completed' },
			note: `record ${uncovered.length} missed episode(s) in a new closed issue`,
		},
	];
}

function isDuplicate(issue: ParsedIssue): boolean {
	return (
		!!issue.alert?.duplicateOf || issue.stateReason === 'not_planned' || issue.stateReason === 'duplicate'
	);
}

function reopenCandidate(e: AlertEval, closed: readonly ParsedIssue[], now: number): ParsedIssue | undefined {
	return closed
		.filter((c) => c.fingerprint === e.fingerprint && !isDuplicate(c) && c.closedAt)
		.filter((c) => now - Date.parse(c.closedAt ?? '') <= e.reopenWindowMs)
		.sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? ''))[0];
}

function flapCommentFor(pct: number, ctx: Ctx): string {
	return comments.flapping(pct, ctx.config.evaluation.flapping.window, ctx.config.evaluation.flapping.low);
}
