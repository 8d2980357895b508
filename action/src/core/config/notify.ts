/**
 * The `notify:` section: channels beside the alert issue and the routes that pick them. URLs,
 * routing keys and signing secrets are never in the file: a channel names the environment
 * variables (repository secrets) that hold them.
 */
import { z } from 'zod';
import { duration } from './schema-parts.ts';

const envName = z
	.string()
	.regex(/^[A-Z_][A-Z0-9_]*$/, { message: 'expected an environment variable name such as OPS_WEBHOOK_URL' });
const channelName = z
	.string()
	.regex(/^[a-z0-9][a-z0-9_-]{0,49}$/, { message: 'expected a lower-case channel name such as team-slack' });
const template = z
	.string()
	.regex(/^[A-Za-z0-9_.-]+\.hbs$/, { message: 'expected a file name under .github/pathwatch/templates/' })
	.optional()
	.describe(
		'Handlebars template under .github/pathwatch/templates/ (default: <channel name>.hbs if present).',
	);

const WebhookChannel = z.strictObject({
	type: z.literal('webhook'),
	url_env: envName.describe('Environment variable holding the URL to POST to.'),
	secret_env: envName
		.optional()
		.describe('Environment variable holding the HMAC secret for X-Pathwatch-Signature-256.'),
	template,
});
const SlackChannel = z.strictObject({
	type: z.literal('slack'),
	url_env: envName.describe('Environment variable holding the Slack incoming-webhook URL.'),
	template,
});
const PagerDutyChannel = z.strictObject({
	type: z.literal('pagerduty'),
	routing_key_env: envName.describe('Environment variable holding the Events API v2 integration key.'),
	url_env: envName
		.optional()
		.describe(
			'Environment variable overriding the Events API URL (default https://events.pagerduty.com/v2/enqueue).',
		),
	template,
});
const AlertmanagerChannel = z.strictObject({
	type: z.literal('alertmanager'),
	url_env: envName.describe(
		'Environment variable holding the Alertmanager base URL (…/api/v2/alerts is appended).',
	),
	resend_ttl: duration
		.prefault('1h')
		.describe('endsAt of a firing alert is now plus this; every run re-sends it before it lapses.'),
	template,
});

export const ChannelSchema = z.discriminatedUnion('type', [
	WebhookChannel,
	SlackChannel,
	PagerDutyChannel,
	AlertmanagerChannel,
]);
export type Channel = z.output<typeof ChannelSchema>;
export type ChannelType = Channel['type'];

const RouteSchema = z.strictObject({
	match: z
		.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), z.string().max(100))
		.default({})
		.describe('Label equality matchers (alertname, severity and rule labels); empty matches every alert.'),
	channels: z.array(channelName).min(1).describe('Channels told about matching alerts.'),
	escalate_after: duration
		.optional()
		.describe(
			'Still firing and not acknowledged after this long: notify these channels again and label the issue `escalated`.',
		),
});
export type Route = z.output<typeof RouteSchema>;

export const NotifySchema = z
	.strictObject({
		channels: z.record(channelName, ChannelSchema).default({}),
		routes: z.array(RouteSchema).default([]),
		retry: z
			.strictObject({
				attempts: z.number().int().min(1).max(10).default(3),
				backoff: duration.prefault('1s'),
			})
			.prefault({})
			.describe('Retries within a run (exponential backoff from `backoff`); failures retry again next run.'),
		claim_settle: duration
			.prefault('2s')
			.describe(
				'Wait between claiming deliveries in the issue and checking the claim held (overlapping runs).',
			),
		dashboard_url: z
			.url({ protocol: /^https?$/ })
			.optional()
			.describe('Linked from every notification.'),
		runbooks_url: z
			.url({ protocol: /^https?$/ })
			.optional()
			.describe(
				'docs/RUNBOOKS.md as a URL; default rules link their anchor in it (default: this repository on GitHub).',
			),
	})
	.prefault({})
	.superRefine((n, ctx) => {
		for (const [i, r] of n.routes.entries())
			for (const [j, c] of r.channels.entries())
				if (!(c in n.channels))
					ctx.addIssue({
						code: 'custom',
						path: ['routes', i, 'channels', j],
						message: `unknown channel '${c}' (define it under notify.channels)`,
					});
	})
	.describe('Notification channels (webhook, Slack, PagerDuty, Alertmanager) and routes.');
export type NotifyConfig = z.output<typeof NotifySchema>;
