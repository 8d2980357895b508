/**
 * Request bodies per channel type, from notification events and their rendered text:
 * a generic webhook (the reference's level/metric/message/timestamp plus identity and links),
 * Slack Block Kit (one grouped message per run and channel), PagerDuty Events API v2 and
 * Alertmanager's `POST /api/v2/alerts`.
 */
import type { NotificationEvent } from './event.ts';

export type Rendered = { event: NotificationEvent; text: string };

export function webhookPayload({ event: e, text }: Rendered): Record<string, unknown> {
	return {
		alert_type: 'pathwatch',
		system: 'pathwatch',
		level: e.severity,
		metric: e.metric,
		message: text,
		timestamp: e.timestamp,
		status: e.status,
		transition: e.transition,
		alertname: e.alertname,
		fingerprint: e.fingerprint,
		labels: e.labels,
		value: e.value,
		threshold: e.threshold,
		summary: e.summary,
		runbook_url: e.runbookUrl,
		issue_url: e.issueUrl,
		dashboard_url: e.dashboardUrl,
		starts_at: e.startsAt,
		ends_at: e.endsAt,
		acknowledged_by: e.acknowledgedBy,
	};
}

/** Slack allows 50 blocks per message; 3 go to the header, the count and the footer. */
const SLACK_MAX_ALERTS = 45;
const SLACK_SECTION_MAX = 3000;

export function slackPayload(
	items: readonly Rendered[],
	dashboardUrl: string | null,
): Record<string, unknown> {
	const firing = items.filter((i) => i.event.status === 'firing').length;
	const resolved = items.length - firing;
	const headline = [firing ? `${firing} firing` : '', resolved ? `${resolved} resolved` : '']
		.filter(Boolean)
		.join(', ');
	const shown = items.slice(0, SLACK_MAX_ALERTS);
	const blocks: Record<string, unknown>[] = [
		{ type: 'header', text: { type: 'plain_text', text: `pathwatch: ${headline}` } },
		...shown.map((i) => ({
			type: 'section',
			text: { type: 'mrkdwn', text: i.text.slice(0, SLACK_SECTION_MAX) },
		})),
	];
	if (items.length > shown.length)
		blocks.push({
			type: 'context',
			elements: [{ type: 'mrkdwn', text: `… and ${items.length - shown.length} more` }],
		});
	if (dashboardUrl)
		blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${dashboardUrl}|dashboard>` }] });
	return { text: `pathwatch: ${headline}`, blocks };
}

/** pathwatch's two levels on PagerDuty's four (critical, error, warning, info). */
export const PAGERDUTY_SEVERITY = { critical: 'critical', warning: 'warning' } as const;

export function pagerdutyPayload(
	{ event: e, text }: Rendered,
	routingKey: string,
	source: string,
): Record<string, unknown> {
	if (e.transition === 'resolved')
		return { routing_key: routingKey, event_action: 'resolve', dedup_key: e.fingerprint };
	const links = [
		{ href: e.issueUrl, text: `Issue #${e.issueNumber}` },
		...(e.runbookUrl ? [{ href: e.runbookUrl, text: 'Runbook' }] : []),
		...(e.dashboardUrl ? [{ href: e.dashboardUrl, text: 'Dashboard' }] : []),
	];
	return {
		routing_key: routingKey,
		event_action: 'trigger',
		dedup_key: e.fingerprint,
		client: 'pathwatch',
		client_url: e.issueUrl,
		links,
		payload: {
			summary: text.slice(0, 1024),
			source,
			severity: PAGERDUTY_SEVERITY[e.severity],
			timestamp: e.startsAt,
			component: e.labels.component ?? e.metric,
			group: e.labels.group ?? 'pathwatch',
			class: e.alertname,
			custom_details: {
				value: e.valueText,
				threshold: e.thresholdText,
				labels: e.labels,
				escalated: e.transition === 'escalated',
				fingerprint: e.fingerprint,
			},
		},
	};
}

/**
 * One Alertmanager alert. While firing, `endsAt` lies `ttlMs` ahead and every run re-sends
 * it (Alertmanager's resend convention), so it lapses only if pathwatch stops running; on
 * resolve `endsAt` is the resolution time.
 */
export function alertmanagerAlert(
	{ event: e, text }: Rendered,
	ttlMs: number,
	now: number,
): Record<string, unknown> {
	const annotations: Record<string, string> = { summary: text };
	if (e.description) annotations.description = e.description;
	if (e.runbookUrl) annotations.runbook_url = e.runbookUrl;
	if (e.dashboardUrl) annotations.dashboard_url = e.dashboardUrl;
	annotations.issue_url = e.issueUrl;
	return {
		labels: { ...e.labels, alertname: e.alertname, severity: e.severity },
		annotations,
		startsAt: e.startsAt,
		endsAt: e.endsAt ?? new Date(now + ttlMs).toISOString(),
		generatorURL: e.issueUrl,
	};
}
