/** Building the next state block and label set of an alert issue. */

import type { Severity } from '../../../../worker/src/contract/severity.ts';
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import type { AlertEval } from '../alerts/alert.ts';
import { type Interval, mergeIntervals } from '../alerts/flap.ts';
import type { AlertState, ParsedIssue } from './state.ts';

export const FLAPPING_LABEL = 'flapping';
const SEVERITY_PREFIX = 'severity:';
const KEEP_EPISODES = 20;
const KEEP_EPISODES_MS = 7 * DAY_MS;

/** The issue's label set with our managed labels replaced; labels people added stay. */
export function desiredLabels(
	current: readonly string[],
	identity: string,
	severity: Severity,
	flapping: boolean,
	extra: readonly string[] = [],
): string[] {
	const kept = current.filter(
		(l) => !l.startsWith(SEVERITY_PREFIX) && l !== FLAPPING_LABEL && l !== identity,
	);
	const out = [
		identity,
		`${SEVERITY_PREFIX}${severity}`,
		...(flapping ? [FLAPPING_LABEL] : []),
		...kept,
		...extra,
	];
	return [...new Set(out)];
}

export function sameLabels(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Episodes stored in the state, as epoch-ms intervals. */
export function storedIntervals(state: AlertState | null): Interval[] {
	return (state?.episodes ?? []).map((e) => ({
		from: Date.parse(e.from),
		to: e.to ? Date.parse(e.to) : null,
	}));
}

/** Everything known about when the alert fired: the issue's record and the time series. */
export function knownIntervals(e: AlertEval, issues: readonly ParsedIssue[]): Interval[] {
	return mergeIntervals(e.history, ...issues.map((i) => storedIntervals(i.alert)));
}

export type StateChange = {
	status: 'firing' | 'resolved';
	severity: Severity;
	since: number;
	resolvedAt: number | null;
	notified?: Severity | undefined;
	flapping: boolean;
	duplicateOf?: number | undefined;
	intervals: Interval[];
};

/** The next state block from the previous one (if any) and what changed. */
export function nextState(
	e: AlertEval,
	prev: AlertState | null,
	change: StateChange,
	now: number,
): AlertState {
	const iso = (ms: number) => new Date(ms).toISOString();
	const lastNotified = { ...(prev?.lastNotified ?? {}) };
	if (change.notified) lastNotified[change.notified] = iso(now);
	const episodes = change.intervals
		.filter((iv) => iv.to === null || iv.to >= now - KEEP_EPISODES_MS)
		.slice(-KEEP_EPISODES)
		.map((iv) => ({ from: iso(iv.from), to: iv.to === null ? null : iso(iv.to) }));
	return {
		fingerprint: e.fingerprint,
		alertname: e.alertname,
		kind: e.kind,
		labels: e.labels,
		status: change.status,
		severity: change.severity,
		since: iso(change.since),
		resolvedAt: change.resolvedAt === null ? null : iso(change.resolvedAt),
		lastNotified,
		episodes,
		flapping: change.flapping,
		duplicateOf: change.duplicateOf ?? prev?.duplicateOf ?? null,
		period: e.period,
		updatedAt: iso(now),
		...(prev?.notify ? { notify: prev.notify } : {}),
	};
}

/** Closes the open interval (if any) at `at`, or opens one at `from`. */
export function closeIntervals(intervals: readonly Interval[], at: number): Interval[] {
	return intervals.map((iv) => (iv.to === null ? { ...iv, to: Math.max(iv.from, at) } : iv));
}

export function openInterval(intervals: readonly Interval[], from: number): Interval[] {
	return intervals.some((iv) => iv.to === null)
		? [...intervals]
		: mergeIntervals(intervals, [{ from, to: null }]);
}

/** True when a notification at `level` is allowed by its cooldown. */
export function cooledDown(
	state: AlertState | null,
	level: Severity,
	cooldownMs: number,
	now: number,
): boolean {
	const last = state?.lastNotified[level];
	return !last || now - Date.parse(last) >= cooldownMs;
}
