/** The pure notification core: what each channel is owed, and command parsing. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import type { AlertState } from '../../action/src/core/issues/state.ts';
import { parseCommand } from '../../action/src/core/notify/chatops.ts';
import { EMPTY_NOTIFY_STATE, type NotifyState } from '../../action/src/core/notify/notify-state.ts';
import { holdReason, pendingTransitions, retryDue } from '../../action/src/core/notify/transitions.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const SINCE = '2026-11-22T11:00:00.000Z';
const routes = parseConfig(
	`notify:
  channels:
    pd: { type: pagerduty, routing_key_env: K }
    hook: { type: webhook, url_env: U }
  routes:
    - match: { severity: critical }
      channels: [pd]
      escalate_after: 30m
    - channels: [hook]
`,
	't.yml',
).notify.routes;

function state(over: Partial<AlertState>, notify: Partial<NotifyState> = {}): AlertState {
	return {
		fingerprint: '0123456789abcdef',
		alertname: 'X',
		kind: 'rule',
		labels: { alertname: 'X' },
		status: 'firing',
		severity: 'warning',
		since: SINCE,
		resolvedAt: null,
		lastNotified: {},
		episodes: [],
		flapping: false,
		duplicateOf: null,
		period: null,
		updatedAt: SINCE,
		notify: { ...EMPTY_NOTIFY_STATE, ...notify },
		...over,
	};
}
const told = (fired: string, extra = {}) => ({ fired, failures: 0, ...extra });

describe('pending transitions', () => {
	it.each([
		['warning fires: only the default route', state({}), ['hook:fired']],
		[
			'critical fires: both routes, escalation not before fired',
			state({ severity: 'critical' }),
			['pd:fired', 'hook:fired'],
		],
		[
			'already told at warning, now critical',
			state({ severity: 'critical' }, { sent: { hook: told(`${SINCE}|warning`) } }),
			['pd:fired', 'hook:fired'],
		],
		['told critical, now warning: nothing new', state({}, { sent: { hook: told(`${SINCE}|critical`) } }), []],
		[
			'a new episode fires again',
			state({}, { sent: { hook: told('2026-11-21T00:00:00.000Z|warning') } }),
			['hook:fired'],
		],
		[
			'critical for 60 min, told: escalate pd only',
			state(
				{ severity: 'critical' },
				{ sent: { pd: told(`${SINCE}|critical`), hook: told(`${SINCE}|critical`) } },
			),
			['pd:escalated'],
		],
		[
			'acknowledged: no escalation',
			state(
				{ severity: 'critical' },
				{ sent: { pd: told(`${SINCE}|critical`) }, ack: { by: 'a', at: SINCE, since: SINCE } },
			),
			['hook:fired'],
		],
		[
			'resolved: only channels told it fired this episode',
			state(
				{ status: 'resolved' },
				{ sent: { hook: told(`${SINCE}|warning`), pd: told('2026-11-01T00:00:00.000Z|critical') } },
			),
			['hook:resolved'],
		],
		[
			'resolved and told',
			state({ status: 'resolved' }, { sent: { hook: told(`${SINCE}|warning`, { resolved: SINCE }) } }),
			[],
		],
	])('%s', (_, st, expected) => {
		expect(pendingTransitions(st, routes, NOW).map((p) => `${p.channel}:${p.transition}`)).toEqual(expected);
	});

	it('holds silenced, duplicate and hand-closed firing issues', () => {
		const until = new Date(NOW + 60_000).toISOString();
		expect(
			holdReason(state({}, { silence: { by: 'a', at: SINCE, until, reason: null } }), 'open', NOW),
		).toMatch(/^silenced/);
		expect(
			holdReason(state({}, { silence: { by: 'a', at: SINCE, until: SINCE, reason: null } }), 'open', NOW),
		).toBeNull();
		expect(holdReason(state({ duplicateOf: 3 }), 'open', NOW)).toBe('duplicate');
		expect(holdReason(state({}), 'closed', NOW)).toMatch(/closed by hand/);
		expect(holdReason(state({ status: 'resolved' }), 'closed', NOW)).toBeNull();
	});
});

describe('retries across runs', () => {
	const rec = (failures: number, minutesAgo: number) => ({
		failures,
		at: new Date(NOW - minutesAgo * 60_000).toISOString(),
	});
	it.each([
		['never tried', undefined, true],
		['failed twice, last run 5 min ago', rec(2, 5), true],
		['failed 3 times, 5 min ago', rec(3, 5), false],
		['failed 3 times, 10 min ago', rec(3, 10), true],
		['failed 4 times, 15 min ago', rec(4, 15), false],
		['failed 4 times, 20 min ago', rec(4, 20), true],
		['failed 20 times, 59 min ago', rec(20, 59), false],
		['failed 20 times, an hour ago', rec(20, 60), true],
	])('%s → %s', (_, r, due) => {
		expect(retryDue(r, NOW)).toBe(due);
	});
});

describe('command parsing', () => {
	it.each([
		['/pathwatch ack', { kind: 'ack' }],
		['thanks\n  /pathwatch   ACK  ', { kind: 'ack' }],
		['/pathwatch silence 2h deploying now', { kind: 'silence', ms: 7_200_000, reason: 'deploying now' }],
		['/pathwatch silence 90m', { kind: 'silence', ms: 5_400_000, reason: null }],
		['/pathwatch unsilence', { kind: 'unsilence' }],
		['no command here', null],
		['/pathwatchx ack', null],
	])('%j', (body, expected) => {
		expect(parseCommand(body)).toEqual(expected);
	});

	it.each(['/pathwatch silence', '/pathwatch silence soon', '/pathwatch silence 60d', '/pathwatch reboot'])(
		'%j is an error to reply',
		(body) => {
			expect(parseCommand(body)).toHaveProperty('error');
		},
	);
});
