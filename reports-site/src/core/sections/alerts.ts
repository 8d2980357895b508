/**
 * Alerts panel: firing alerts first, then recently resolved ones, each group ordered by
 * severity then time (newest first), linking to their issues.
 */

import { severityRank } from '../../../../worker/src/contract/severity.ts';
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { formatDuration, formatUtc } from '../display/format.ts';
import { type Level, type Status, status } from '../display/health.ts';
import type { AlertView, Severity } from '../types.ts';

export type AlertRow = {
	fingerprint: string;
	title: string;
	severity: Status;
	state: 'firing' | 'resolved';
	stateText: string;
	flapping: boolean;
	/** The issue link, or null when it is not an http(s) URL. */
	url: string | null;
	openedIso: string;
	openedText: string;
	resolvedIso: string | null;
	resolvedText: string | null;
	durationText: string;
	labels: { name: string; value: string }[];
};

export type AlertsPanel = {
	loaded: boolean;
	firing: AlertRow[];
	resolved: AlertRow[];
	summary: string;
	resolvedWithinDays: number;
};

/** The contract's rank; an unreadable severity (`info`) ranks below every known one. */
const rank = (s: Severity) => severityRank(s === 'info' ? null : s);
const LEVEL: Record<Severity, Level> = { critical: 'critical', warning: 'warning', info: 'ok' };

/** Only absolute http(s) links survive: a `javascript:` or relative URL from an issue never renders. */
export function safeHttpUrl(url: string): string | null {
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
	} catch {
		// Not a URL at all: render the alert without a link.
		return null;
	}
}

/** Firing alerts, then those resolved within `withinDays` of `now`, each by severity then time. */
export function selectAlerts(
	alerts: AlertView[] | null,
	now: number,
	withinDays: number,
): { firing: AlertView[]; resolved: AlertView[] } {
	if (alerts === null) return { firing: [], resolved: [] };
	const since = now - withinDays * DAY_MS;
	const timeOf = (a: AlertView) => Date.parse(a.resolvedAt ?? a.openedAt);
	const order = (a: AlertView, b: AlertView) => rank(b.severity) - rank(a.severity) || timeOf(b) - timeOf(a);
	return {
		firing: alerts.filter((a) => a.state === 'firing').sort(order),
		resolved: alerts
			.filter((a) => a.state === 'resolved' && a.resolvedAt !== null && Date.parse(a.resolvedAt) >= since)
			.sort(order),
	};
}

export function alertsPanel(alerts: AlertView[] | null, now: number, withinDays: number): AlertsPanel {
	const { firing, resolved } = selectAlerts(alerts, now, withinDays);
	const critical = firing.filter((a) => a.severity === 'critical').length;
	const summary =
		alerts === null
			? 'Alert issues were not read for this build.'
			: firing.length === 0
				? 'No alert is firing.'
				: `${firing.length} firing${critical ? ` (${critical} critical)` : ''}.`;
	return {
		loaded: alerts !== null,
		firing: firing.map((a) => alertRow(a, now)),
		resolved: resolved.map((a) => alertRow(a, now)),
		summary,
		resolvedWithinDays: withinDays,
	};
}

function alertRow(a: AlertView, now: number): AlertRow {
	const opened = Date.parse(a.openedAt);
	const resolved = a.resolvedAt === null ? null : Date.parse(a.resolvedAt);
	const severityText = a.severity[0]?.toUpperCase() + a.severity.slice(1);
	return {
		fingerprint: a.fingerprint,
		title: a.title,
		severity: status(LEVEL[a.severity], severityText),
		state: a.state,
		stateText: a.state === 'firing' ? 'Firing' : 'Resolved',
		flapping: a.flapping,
		url: safeHttpUrl(a.url),
		openedIso: a.openedAt,
		openedText: formatUtc(opened),
		resolvedIso: a.resolvedAt,
		resolvedText: resolved === null ? null : formatUtc(resolved),
		durationText:
			resolved === null
				? `firing for ${formatDuration((now - opened) / 1000)}`
				: `lasted ${formatDuration((resolved - opened) / 1000)}`,
		labels: Object.entries(a.labels)
			.sort(([x], [y]) => x.localeCompare(y))
			.map(([name, value]) => ({ name, value })),
	};
}
