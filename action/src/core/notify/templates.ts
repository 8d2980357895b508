/**
 * Handlebars templates that word a notification. Every string in the context is escaped for
 * the target before rendering and the template is compiled with `noEscape`, so a template
 * (built-in or from .github/pathwatch/templates/) can neither forget to escape nor undo it.
 */
import Handlebars from 'handlebars';
import type { ChannelType } from '../config/notify.ts';
import { UserError } from '../errors.ts';
import { type EscapeTarget, escapeFor } from './escape.ts';
import type { NotificationEvent } from './event.ts';

const TEXT = `{{#if resolved}}[RESOLVED]{{else}}[{{upper severity}}]{{/if}} {{alertname}}: {{summary}}{{#if escalated}} (escalated: not acknowledged){{/if}}`;

/** Built-in templates per channel type; a file named after the channel (or `template:`) overrides. */
export const DEFAULT_TEMPLATES: Record<ChannelType, string> = {
	webhook: TEXT,
	pagerduty: TEXT,
	alertmanager: '{{summary}}',
	slack: [
		'{{#if resolved}}:white_check_mark: *RESOLVED*{{else}}{{#if escalated}}:rotating_light: *ESCALATED*{{else}}:red_circle: *{{upper severity}}*{{/if}}{{/if}} *{{alertname}}*: {{summary}}',
		'Value {{value}} (threshold {{threshold}}){{#if acknowledged_by}} · acknowledged by {{acknowledged_by}}{{/if}} · <{{issue_url}}|issue #{{issue_number}}>{{#if runbook_url}} · <{{runbook_url}}|runbook>{{/if}}',
	].join('\n'),
};

export type TemplateFn = (event: NotificationEvent) => string;

function environment(): typeof Handlebars {
	const hb = Handlebars.create();
	hb.registerHelper('upper', (s: unknown) => String(s ?? '').toUpperCase());
	hb.registerHelper('lower', (s: unknown) => String(s ?? '').toLowerCase());
	hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
	return hb;
}

/** The template context: snake_case names, every string escaped for the target. */
export function templateContext(event: NotificationEvent, target: EscapeTarget): Record<string, unknown> {
	const esc = escapeFor(target);
	const opt = (s: string | null) => (s === null ? null : esc(s));
	return {
		transition: event.transition,
		status: event.status,
		resolved: event.status === 'resolved',
		escalated: event.transition === 'escalated',
		alertname: esc(event.alertname),
		fingerprint: event.fingerprint,
		severity: event.severity,
		labels: Object.fromEntries(Object.entries(event.labels).map(([k, v]) => [esc(k), esc(v)])),
		metric: esc(event.metric),
		value: esc(event.valueText),
		threshold: esc(event.thresholdText),
		summary: esc(event.summary),
		description: opt(event.description),
		runbook_url: opt(event.runbookUrl),
		issue_number: event.issueNumber,
		issue_url: esc(event.issueUrl),
		dashboard_url: opt(event.dashboardUrl),
		starts_at: event.startsAt,
		ends_at: event.endsAt,
		timestamp: event.timestamp,
		acknowledged_by: opt(event.acknowledgedBy),
	};
}

/** Compiles a template; a syntax error is the user's to fix and names the file. */
export function compileTemplate(source: string, target: EscapeTarget, origin: string): TemplateFn {
	const hb = environment();
	let fn: HandlebarsTemplateDelegate;
	try {
		fn = hb.compile(source, { noEscape: true, strict: false });
		// Handlebars parses lazily: render once so a syntax error surfaces now, not mid-run.
		fn({});
	} catch (e) {
		throw new UserError(`template ${origin}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
	}
	return (event) => fn(templateContext(event, target), { allowProtoPropertiesByDefault: false }).trim();
}

export function targetOf(type: ChannelType): EscapeTarget {
	return type === 'slack' ? 'slack' : 'json';
}
