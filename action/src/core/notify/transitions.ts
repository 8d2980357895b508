/**
 * Which transitions each channel still has to hear about, from the alert issue's hidden state
 * alone, and how a delivery outcome changes that state. A transition counts as told only once
 * its delivery succeeded, so a failed channel is simply still pending on the next run.
 */
import { type Severity, severityRank } from '../../../../worker/src/contract/severity.ts';
import { HOUR_MS, MINUTE_MS } from '../../../../worker/src/contract/time.ts';
import type { Route } from '../config/notify.ts';
import type { AlertState } from '../issues/state.ts';
import {
	acknowledged,
	type ChannelRecord,
	type NotifyState,
	notifyStateOf,
	silencedAt,
} from './notify-state.ts';
import { routeAlert } from './routing.ts';

export type Transition = 'fired' | 'escalated' | 'resolved';
export type Pending = { channel: string; transition: Transition };

/** Why nothing is delivered for an issue, or null. */
export function holdReason(state: AlertState, issueState: 'open' | 'closed', now: number): string | null {
	const n = notifyStateOf(state);
	if (silencedAt(n, now)) return `silenced until ${n.silence?.until}`;
	if (state.duplicateOf !== null) return 'duplicate';
	// Closed by hand while firing: "silenced until resolved".
	if (issueState === 'closed' && state.status === 'firing') return 'closed by hand until it resolves';
	return null;
}

const firedKey = (since: string, severity: Severity) => `${since}|${severity}`;

/** True when the record already carries a fired notice for this episode at this severity or above. */
function firedCovers(rec: ChannelRecord | undefined, since: string, severity: Severity): boolean {
	if (!rec?.fired) return false;
	const [recSince, recSeverity] = rec.fired.split('|');
	return recSince === since && severityRank(recSeverity as Severity) >= severityRank(severity);
}

function toldFired(rec: ChannelRecord | undefined, since: string): boolean {
	return rec?.fired?.split('|')[0] === since;
}

/** The transitions still owed to each channel for this alert at `now`. */
export function pendingTransitions(state: AlertState, routes: readonly Route[], now: number): Pending[] {
	const n = notifyStateOf(state);
	const out: Pending[] = [];
	if (state.status === 'resolved') {
		// Only channels that heard it fire hear it resolve, whatever the routes say now.
		for (const [channel, rec] of Object.entries(n.sent))
			if (toldFired(rec, state.since) && rec.resolved !== state.since)
				out.push({ channel, transition: 'resolved' });
		return out;
	}
	const routed = routeAlert(routes, state.labels, state.severity);
	const age = now - Date.parse(state.since);
	for (const [channel, route] of routed) {
		const rec = n.sent[channel];
		if (!firedCovers(rec, state.since, state.severity)) {
			out.push({ channel, transition: 'fired' });
			continue;
		}
		const due = route.escalateAfterMs !== null && age >= route.escalateAfterMs;
		if (due && !acknowledged(n, state.since) && rec?.escalated !== state.since)
			out.push({ channel, transition: 'escalated' });
	}
	return out;
}

/**
 * Across runs a failing channel backs off: the first three failed runs retry on the next run,
 * then it waits 10 min, 20 min, … up to an hour between runs that try it, so a dead endpoint
 * does not cost two issue writes on every run.
 */
export function retryDue(rec: ChannelRecord | undefined, now: number): boolean {
	if (!rec || rec.failures < 3 || !rec.at) return true;
	const wait = Math.min(HOUR_MS, 10 * MINUTE_MS * 2 ** (rec.failures - 3));
	return now - Date.parse(rec.at) >= wait;
}

export type Outcome = { channel: string; transitions: Transition[]; ok: boolean; error?: string | undefined };

/** The notify state after a delivery attempt. */
export function recordOutcome(state: AlertState, outcome: Outcome, now: number): NotifyState {
	const n = notifyStateOf(state);
	const prev = n.sent[outcome.channel] ?? { failures: 0 };
	const at = new Date(now).toISOString();
	let rec: ChannelRecord;
	if (!outcome.ok) {
		rec = { ...prev, failures: prev.failures + 1, error: (outcome.error ?? 'failed').slice(0, 300), at };
	} else {
		rec = { ...prev, failures: 0, at };
		delete rec.error;
		for (const t of outcome.transitions) {
			if (t === 'fired') rec.fired = firedKey(state.since, state.severity);
			if (t === 'escalated') rec.escalated = state.since;
			if (t === 'resolved') rec.resolved = state.since;
		}
	}
	const escalated = outcome.ok && outcome.transitions.includes('escalated') ? state.since : n.escalated;
	return { ...n, escalated, sent: { ...n.sent, [outcome.channel]: rec } };
}

/** True when the issue should carry the `escalated` label. */
export function isEscalated(state: AlertState): boolean {
	const n = notifyStateOf(state);
	return state.status === 'firing' && n.escalated === state.since && !acknowledged(n, state.since);
}
