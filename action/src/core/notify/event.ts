/** One notification about one alert transition: the facts every channel's payload is built from. */
import type { AlertEval } from '../alerts/alert.ts';
import { formatValue } from '../alerts/metrics.ts';
import type { AlertState } from '../issues/state.ts';
import { notifyStateOf } from './notify-state.ts';
import type { Transition } from './transitions.ts';

export type NotificationEvent = {
	transition: Transition;
	status: 'firing' | 'resolved';
	alertname: string;
	fingerprint: string;
	severity: 'warning' | 'critical';
	labels: Record<string, string>;
	metric: string;
	value: number | null;
	valueText: string;
	threshold: number | null;
	thresholdText: string;
	summary: string;
	description: string | null;
	runbookUrl: string | null;
	issueNumber: number;
	issueUrl: string;
	dashboardUrl: string | null;
	/** When the episode began firing, ISO 8601. */
	startsAt: string;
	/** When it resolved, ISO 8601; null while firing. */
	endsAt: string | null;
	/** When this notification was produced, ISO 8601. */
	timestamp: string;
	acknowledgedBy: string | null;
};

export type IssueRef = { number: number; url: string };

/** The event for a transition, from the issue's state and this run's evaluation of the alert. */
export function buildEvent(
	transition: Transition,
	state: AlertState,
	e: AlertEval,
	issue: IssueRef,
	dashboardUrl: string | null,
	now: number,
): NotificationEvent {
	const n = notifyStateOf(state);
	return {
		transition,
		status: state.status,
		alertname: state.alertname,
		fingerprint: state.fingerprint,
		severity: state.severity,
		labels: state.labels,
		metric: e.metric,
		value: e.value,
		valueText: formatValue(e.value, e.unit),
		threshold: e.threshold,
		thresholdText: formatValue(e.threshold, e.unit),
		summary: e.summary,
		description: e.description,
		runbookUrl: e.runbookUrl,
		issueNumber: issue.number,
		issueUrl: issue.url,
		dashboardUrl,
		startsAt: state.since,
		endsAt: state.status === 'resolved' ? (state.resolvedAt ?? new Date(now).toISOString()) : null,
		timestamp: new Date(now).toISOString(),
		acknowledgedBy: n.ack && n.ack.since === state.since ? n.ack.by : null,
	};
}
