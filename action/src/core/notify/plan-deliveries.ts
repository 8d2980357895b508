/**
 * What this run owes each channel: per alert issue, the pending transitions and Alertmanager
 * re-sends, from the issues' hidden state and this run's evaluation. Pure.
 */
import type { AlertEval } from '../alerts/alert.ts';
import type { NotifyConfig } from '../config/notify.ts';
import type { AlertState, ParsedIssue } from '../issues/state.ts';
import { buildEvent } from './event.ts';
import { notifyStateOf } from './notify-state.ts';
import type { Rendered } from './payloads.ts';
import { routeAlert } from './routing.ts';
import type { TemplateFn } from './templates.ts';
import { holdReason, type Pending, pendingTransitions, retryDue } from './transitions.ts';

export type IssueNotice = {
	issue: ParsedIssue;
	state: AlertState;
	eval: AlertEval;
	pending: Pending[];
	/** Alertmanager channels re-sent a firing alert that they already know about. */
	resend: string[];
};

export type DeliveryPlan = {
	notices: IssueNotice[];
	held: { number: number; alertname: string; reason: string }[];
};

/** The issue that speaks for each alert: its lowest-numbered open issue, else the latest closed one. */
function issuePerAlert(issues: readonly ParsedIssue[]): ParsedIssue[] {
	const best = new Map<string, ParsedIssue>();
	const rank = (i: ParsedIssue) =>
		i.state === 'open' ? [0, i.number] : [1, -Date.parse(i.closedAt ?? i.updatedAt)];
	for (const issue of issues) {
		if (!issue.alert || issue.alert.duplicateOf !== null) continue;
		const cur = best.get(issue.fingerprint);
		const [a0 = 0, a1 = 0] = rank(issue);
		const [b0 = 0, b1 = 0] = cur ? rank(cur) : [Number.POSITIVE_INFINITY, 0];
		if (a0 < b0 || (a0 === b0 && a1 < b1)) best.set(issue.fingerprint, issue);
	}
	return [...best.values()];
}

export function planDeliveries(
	issues: readonly ParsedIssue[],
	evals: readonly AlertEval[],
	notify: NotifyConfig,
	now: number,
): DeliveryPlan {
	const byFp = new Map(evals.map((e) => [e.fingerprint, e]));
	const plan: DeliveryPlan = { notices: [], held: [] };
	if (Object.keys(notify.channels).length === 0) return plan;
	for (const issue of issuePerAlert(issues)) {
		const state = issue.alert;
		const e = byFp.get(issue.fingerprint);
		if (!state || !e) continue;
		const reason = holdReason(state, issue.state, now);
		const sent = notifyStateOf(state).sent;
		// Channels removed from the config are owed nothing; failing ones wait out their backoff.
		const pending = pendingTransitions(state, notify.routes, now).filter(
			(p) => p.channel in notify.channels && retryDue(sent[p.channel], now),
		);
		if (reason !== null) {
			if (pending.length > 0) plan.held.push({ number: issue.number, alertname: state.alertname, reason });
			continue;
		}
		const resend = state.status === 'firing' ? amResends(state, notify, pending) : [];
		if (pending.length > 0 || resend.length > 0)
			plan.notices.push({ issue, state, eval: e, pending, resend });
	}
	return plan;
}

function amResends(state: AlertState, notify: NotifyConfig, pending: readonly Pending[]): string[] {
	const sent = notifyStateOf(state).sent;
	return [...routeAlert(notify.routes, state.labels, state.severity).keys()].filter(
		(ch) =>
			notify.channels[ch]?.type === 'alertmanager' &&
			sent[ch]?.fired !== undefined &&
			!pending.some((p) => p.channel === ch),
	);
}

/** A rendered notification and where it came from, so outcomes map back to issues. */
export type Item = Rendered & { issue: number; channel: string; resend: boolean };

/** Every notification of the plan, rendered with its channel's template, grouped by channel. */
export function renderByChannel(
	notices: readonly IssueNotice[],
	templates: ReadonlyMap<string, TemplateFn>,
	dashboardUrl: string | null,
	now: number,
): Map<string, Item[]> {
	const out = new Map<string, Item[]>();
	const add = (n: IssueNotice, channel: string, transition: Pending['transition'], resend: boolean) => {
		const event = buildEvent(transition, n.state, n.eval, n.issue, dashboardUrl, now);
		const text = templates.get(channel)?.(event) ?? event.summary;
		out.set(channel, [...(out.get(channel) ?? []), { event, text, issue: n.issue.number, channel, resend }]);
	};
	for (const n of notices) {
		for (const p of n.pending) add(n, p.channel, p.transition, false);
		for (const ch of n.resend) add(n, ch, 'fired', true);
	}
	return out;
}
