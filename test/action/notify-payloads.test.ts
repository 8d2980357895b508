/**
 * Channel payloads and templates: Slack grouping and escaping, PagerDuty Events API v2 shape,
 * template overrides and their errors, routing. Payloads go through the real channel adapter
 * to a local receiver, so what is checked is what a receiver gets.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToChannel } from '../../action/src/adapters/notify-channels.ts';
import { loadTemplates } from '../../action/src/adapters/notify-templates.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import type { NotificationEvent } from '../../action/src/core/notify/event.ts';
import { routeAlert } from '../../action/src/core/notify/routing.ts';
import { compileTemplate, DEFAULT_TEMPLATES } from '../../action/src/core/notify/templates.ts';
import { type Receiver, startReceiver } from '../support/http-receiver.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');

function event(over: Partial<NotificationEvent> = {}): NotificationEvent {
	return {
		transition: 'fired',
		status: 'firing',
		alertname: 'ErrorRateHigh',
		fingerprint: '0123456789abcdef',
		severity: 'critical',
		labels: { alertname: 'ErrorRateHigh' },
		metric: 'error_rate',
		value: 0.2,
		valueText: '20.00%',
		threshold: 0.01,
		thresholdText: '1.00%',
		summary: 'Record error rate 20.00% over 5 minutes',
		description: null,
		runbookUrl: 'https://github.com/acme/service/blob/HEAD/docs/RUNBOOKS.md#errorratehigh',
		issueNumber: 7,
		issueUrl: 'https://github.com/acme/service/issues/7',
		dashboardUrl: null,
		startsAt: '2026-11-22T11:50:00.000Z',
		endsAt: null,
		timestamp: '2026-11-22T12:00:00.000Z',
		acknowledgedBy: null,
		...over,
	};
}

describe('channel payloads', () => {
	let rx: Receiver;
	beforeAll(async () => {
		rx = await startReceiver();
	});
	afterAll(() => rx.close());
	const ctx = () => ({
		env: { URL: `${rx.url}/hook`, PD_KEY: 'R0UTINGKEY' },
		policy: { attempts: 1, backoffMs: 1 },
		now: NOW,
		dashboardUrl: 'https://example.org/dash',
		source: 'github.com/acme/service',
	});
	const slackText = compileTemplate(DEFAULT_TEMPLATES.slack, 'slack', 'built-in');
	const textOf = compileTemplate(DEFAULT_TEMPLATES.pagerduty, 'json', 'built-in');

	it('Slack: one grouped Block Kit message per channel, resolved shown as resolved', async () => {
		rx.received.length = 0;
		const evs = [
			event(),
			event({ alertname: 'P95LatencyHigh', fingerprint: 'aaaaaaaaaaaaaaaa', severity: 'warning' }),
			event({
				alertname: 'JournalBacklog',
				status: 'resolved',
				transition: 'resolved',
				endsAt: '2026-11-22T11:59:00.000Z',
			}),
		];
		const sends = await sendToChannel(
			{ type: 'slack', url_env: 'URL' },
			evs.map((e) => ({ event: e, text: slackText(e) })),
			ctx(),
		);
		expect(sends).toHaveLength(1);
		expect(rx.received).toHaveLength(1);
		const body = JSON.parse(rx.received[0]?.raw ?? '{}') as {
			text: string;
			blocks: { type: string; text?: { text: string } }[];
		};
		expect(body.text).toBe('pathwatch: 2 firing, 1 resolved');
		const sections = body.blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
		expect(sections).toHaveLength(3);
		expect(sections[0]).toContain('*CRITICAL*');
		expect(sections[2]).toContain('*RESOLVED*');
		expect(sections[2]).toContain('JournalBacklog');
		expect(sections[0]).toContain('<https://github.com/acme/service/issues/7|issue #7>');
	});

	it('Slack: untrusted text cannot mention, link or inject control sequences', () => {
		const hostile = event({
			summary: 'boom <!channel> @here <!everyone> <https://evil.example|click> & <@U123> \u202Ereversed',
			labels: { alertname: 'ErrorRateHigh', path: '<!here>' },
		});
		const text = slackText(hostile);
		expect(text).not.toMatch(/<!channel>|<!everyone>|<!here>|<@U123>|<https:\/\/evil/);
		expect(text).not.toMatch(/(^|[^\u200B])@here/);
		expect(text).toContain('&lt;!\u200Bchannel&gt;');
		expect(text).toContain('&amp;');
		expect(text).not.toContain('\u202E');
	});

	it('PagerDuty: Events API v2 trigger and resolve with dedup_key = fingerprint and mapped severity', async () => {
		rx.received.length = 0;
		const fired = event();
		const resolved = event({
			transition: 'resolved',
			status: 'resolved',
			endsAt: '2026-11-22T12:10:00.000Z',
		});
		await sendToChannel(
			{ type: 'pagerduty', routing_key_env: 'PD_KEY', url_env: 'URL' },
			[fired, resolved].map((e) => ({ event: e, text: textOf(e) })),
			ctx(),
		);
		const [trigger, resolve] = rx.received.map((r) => JSON.parse(r.raw) as Record<string, unknown>);
		expect(trigger).toMatchObject({
			routing_key: 'R0UTINGKEY',
			event_action: 'trigger',
			dedup_key: '0123456789abcdef',
			payload: {
				summary: '[CRITICAL] ErrorRateHigh: Record error rate 20.00% over 5 minutes',
				source: 'github.com/acme/service',
				severity: 'critical',
				timestamp: '2026-11-22T11:50:00.000Z',
				component: 'error_rate',
				group: 'pathwatch',
				class: 'ErrorRateHigh',
			},
		});
		const payload = trigger?.payload as Record<string, unknown>;
		expect(['critical', 'error', 'warning', 'info']).toContain(payload.severity);
		expect(String(payload.summary).length).toBeLessThanOrEqual(1024);
		expect(Number.isNaN(Date.parse(String(payload.timestamp)))).toBe(false);
		expect(payload.custom_details).toMatchObject({ value: '20.00%', threshold: '1.00%' });
		expect(resolve).toEqual({
			routing_key: 'R0UTINGKEY',
			event_action: 'resolve',
			dedup_key: '0123456789abcdef',
		});
	});

	it('a missing secret fails the channel without a request and without echoing values', async () => {
		rx.received.length = 0;
		const [send] = await sendToChannel(
			{ type: 'webhook', url_env: 'NOPE_URL' },
			[{ event: event(), text: 'x' }],
			ctx(),
		);
		expect(send?.result).toMatchObject({
			ok: false,
			attempts: 0,
			error: 'environment variable NOPE_URL is not set',
		});
		expect(rx.received).toHaveLength(0);
	});
});

describe('templates and routes', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'pw-tpl-'));
		await mkdir(join(dir, '.github/pathwatch/templates'), { recursive: true });
		await writeFile(
			join(dir, '.github/pathwatch/templates/team-slack.hbs'),
			'{{alertname}} is {{status}} ({{labels.path}})',
		);
		await writeFile(join(dir, '.github/pathwatch/templates/broken.hbs'), '{{#if resolved}}never closed');
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));
	const config = (channels: string) =>
		parseConfig(`notify:\n  channels:\n${channels}\n  routes:\n    - channels: [team-slack]\n`, 't.yml')
			.notify;

	it('a file named after the channel overrides the built-in template, still escaped', async () => {
		const t = await loadTemplates(config('    team-slack: { type: slack, url_env: SLACK_URL }'), dir);
		const text = t.get('team-slack')?.(event({ labels: { alertname: 'ErrorRateHigh', path: '<!channel>' } }));
		expect(text).toBe('ErrorRateHigh is firing (&lt;!\u200Bchannel&gt;)');
	});

	it('a broken or missing named template is a clear error', async () => {
		await expect(
			loadTemplates(config('    team-slack: { type: slack, url_env: SLACK_URL, template: broken.hbs }'), dir),
		).rejects.toThrow(/template \.github\/pathwatch\/templates\/broken\.hbs/);
		await expect(
			loadTemplates(config('    team-slack: { type: slack, url_env: SLACK_URL, template: gone.hbs }'), dir),
		).rejects.toThrow(/gone\.hbs does not exist/);
	});

	it('config refuses unknown channels in routes and URLs in place of env names', () => {
		expect(() =>
			parseConfig('notify:\n  channels: {}\n  routes:\n    - channels: [nowhere]\n', 't.yml'),
		).toThrow(/unknown channel 'nowhere'/);
		expect(() =>
			parseConfig(
				'notify:\n  channels:\n    h: { type: webhook, url_env: "https://hooks.example/x" }\n',
				't.yml',
			),
		).toThrow(/environment variable name/);
	});

	it('routes match labels and severity; a channel escalates after its shortest escalate_after', () => {
		const routes = parseConfig(
			`notify:
  channels:
    a: { type: webhook, url_env: A }
    b: { type: webhook, url_env: B }
  routes:
    - match: { severity: critical }
      channels: [a]
      escalate_after: 30m
    - match: { team: edge }
      channels: [a, b]
      escalate_after: 10m
    - channels: [b]
`,
			't.yml',
		).notify.routes;
		expect([...routeAlert(routes, { alertname: 'X' }, 'warning')]).toEqual([
			['b', { escalateAfterMs: null }],
		]);
		expect(Object.fromEntries(routeAlert(routes, { alertname: 'X', team: 'edge' }, 'critical'))).toEqual({
			a: { escalateAfterMs: 600_000 },
			b: { escalateAfterMs: 600_000 },
		});
	});
});
