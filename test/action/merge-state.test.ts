/**
 * Merging a writer's copy of an alert issue's hidden state into what the issue holds now:
 * who owns which field, deliveries as a union per (channel, transition), newest ack/silence.
 */
import { describe, expect, it } from 'vitest';
import { mergePatch, mergeState, type StateWriter } from '../../action/src/core/issues/merge-state.ts';
import type { TrackedIssue } from '../../action/src/core/issues/ports.ts';
import { replaceState } from '../../action/src/core/issues/reconcile-sweep.ts';
import { type AlertState, fingerprintMarker, parseState } from '../../action/src/core/issues/state.ts';
import { commandHeld } from '../../action/src/core/notify/chatops.ts';
import { mergeChannelRecord } from '../../action/src/core/notify/merge-notify.ts';
import {
	type ChannelRecord,
	EMPTY_NOTIFY_STATE,
	type NotifyState,
} from '../../action/src/core/notify/notify-state.ts';

const at = (min: number) => new Date(Date.parse('2026-11-22T12:00:00Z') + min * 60_000).toISOString();
const E1 = at(0);
const E2 = at(60);

function state(over: Partial<AlertState> = {}, notify: Partial<NotifyState> = {}): AlertState {
	return {
		fingerprint: 'f00dfeedf00dfeed',
		alertname: 'Errors',
		kind: 'rule',
		labels: { alertname: 'Errors' },
		status: 'firing',
		severity: 'warning',
		since: E1,
		resolvedAt: null,
		lastNotified: {},
		episodes: [{ from: E1, to: null }],
		flapping: false,
		duplicateOf: null,
		period: null,
		updatedAt: at(5),
		notify: { ...EMPTY_NOTIFY_STATE, ...notify },
		...over,
	};
}

describe('mergeChannelRecord: each transition keeps its newest delivery', () => {
	const cases: [string, ChannelRecord | undefined, ChannelRecord | undefined, ChannelRecord][] = [
		[
			'only theirs',
			undefined,
			{ fired: `${E1}|warning`, failures: 0 },
			{ fired: `${E1}|warning`, failures: 0 },
		],
		['only mine', { resolved: E1, failures: 0 }, undefined, { resolved: E1, failures: 0 }],
		[
			'a lagging copy without the fired record keeps it',
			{ failures: 0 },
			{ fired: `${E1}|warning`, failures: 0, at: at(3) },
			{ fired: `${E1}|warning`, failures: 0, at: at(3) },
		],
		[
			'a later episode supersedes an earlier one',
			{ fired: `${E2}|warning`, failures: 0, at: at(61) },
			{ fired: `${E1}|critical`, resolved: E1, failures: 0, at: at(30) },
			{ fired: `${E2}|warning`, resolved: E1, failures: 0, at: at(61) },
		],
		[
			'the same episode keeps the higher severity',
			{ fired: `${E1}|warning`, failures: 0, at: at(2) },
			{ fired: `${E1}|critical`, failures: 0, at: at(1) },
			{ fired: `${E1}|critical`, failures: 0, at: at(2) },
		],
		[
			'failures and error come from the newer attempt',
			{ fired: `${E1}|warning`, escalated: E1, failures: 0, at: at(20) },
			{ fired: `${E1}|warning`, failures: 2, error: 'HTTP 500', at: at(10) },
			{ fired: `${E1}|warning`, escalated: E1, failures: 0, at: at(20) },
		],
		[
			'a newer failure keeps the older success recorded',
			{ fired: `${E1}|warning`, failures: 0, at: at(1) },
			{ failures: 1, error: 'HTTP 500', at: at(9) },
			{ fired: `${E1}|warning`, failures: 1, error: 'HTTP 500', at: at(9) },
		],
	];
	it.each(cases)('%s', (_name, mine, theirs, want) => {
		expect(mergeChannelRecord(mine, theirs)).toEqual(want);
	});
});

describe('mergeState: fields by owner', () => {
	const ack = { by: 'alice', at: at(7), since: E1 };
	const silence = { by: 'alice', at: at(8), until: at(128), reason: 'deploy' };
	const lifted = { by: 'bob', at: at(9), until: at(9), reason: null };
	const claim = { run: 'run-a', at: at(6) };
	type Case = [string, StateWriter, AlertState, AlertState, (s: AlertState) => void];
	const cases: Case[] = [
		[
			'the monitor keeps an ack that landed after its read',
			'monitor',
			state({ severity: 'critical', updatedAt: at(10) }),
			state({}, { ack }),
			(s) => {
				expect(s.severity).toBe('critical');
				expect(s.updatedAt).toBe(at(10));
				expect(s.notify?.ack).toEqual(ack);
			},
		],
		[
			'the monitor keeps a delivery recorded after its read',
			'monitor',
			state({ status: 'resolved', resolvedAt: at(10) }),
			state({}, { sent: { hook: { fired: `${E1}|warning`, failures: 0, at: at(4) } } }),
			(s) => {
				expect(s.status).toBe('resolved');
				expect(s.notify?.sent.hook?.fired).toBe(`${E1}|warning`);
			},
		],
		[
			'a monitor write neither drops nor resurrects a claim',
			'monitor',
			state({}, { claim }),
			state(),
			(s) => expect(s.notify?.claim).toBeNull(),
		],
		[
			'the delivery step writes its own claim, last writer wins',
			'deliveries',
			state({}, { claim }),
			state({}, { claim: { run: 'run-b', at: at(5) } }),
			(s) => expect(s.notify?.claim).toEqual(claim),
		],
		[
			'the delivery step keeps evaluation as the issue has it now',
			'deliveries',
			state({ status: 'firing' }),
			state({ status: 'resolved', resolvedAt: at(9) }),
			(s) => expect(s.status).toBe('resolved'),
		],
		[
			'chatops changes ack and silence only',
			'chatops',
			state({ severity: 'warning', updatedAt: at(1) }, { silence, claim }),
			state({ severity: 'critical', updatedAt: at(10) }, { claim: { run: 'run-b', at: at(5) } }),
			(s) => {
				expect(s.severity).toBe('critical');
				expect(s.updatedAt).toBe(at(10));
				expect(s.notify?.silence).toEqual(silence);
				expect(s.notify?.claim?.run).toBe('run-b');
			},
		],
		[
			'an unsilence beats the older silence a stale copy carries',
			'monitor',
			state({}, { silence }),
			state({}, { silence: lifted }),
			(s) => expect(s.notify?.silence).toEqual(lifted),
		],
		[
			'a newer silence beats an older unsilence',
			'chatops',
			state({}, { silence: { ...silence, at: at(12) } }),
			state({}, { silence: lifted }),
			(s) => expect(s.notify?.silence?.at).toBe(at(12)),
		],
		[
			'the later escalation is kept',
			'monitor',
			state({}, { escalated: null }),
			state({}, { escalated: E1 }),
			(s) => expect(s.notify?.escalated).toBe(E1),
		],
		[
			"another alert's state (a different fingerprint) is replaced, not merged",
			'deliveries',
			state({}, { claim }),
			state({ fingerprint: 'aaaaaaaaaaaaaaaa' }, { ack }),
			(s) => {
				expect(s.fingerprint).toBe('f00dfeedf00dfeed');
				expect(s.notify?.ack).toBeNull();
			},
		],
	];
	it.each(cases)('%s', (_name, writer, mine, current, check) => check(mergeState(mine, current, writer)));

	it('writes the planned state as is when the issue has no readable state', () => {
		const mine = state({}, { ack });
		expect(mergeState(mine, null, 'chatops')).toBe(mine);
	});
});

describe('mergePatch', () => {
	const issue = (body: string): TrackedIssue => ({
		number: 1,
		title: 'Errors',
		body,
		state: 'open',
		stateReason: null,
		labels: ['pathwatch'],
		author: 'github-actions[bot]',
		createdAt: at(0),
		updatedAt: at(0),
		closedAt: null,
		url: 'https://github.com/acme/service/issues/1',
	});
	const bodyOf = (text: string, s: AlertState) =>
		replaceState(`${fingerprintMarker(s.fingerprint)}\n${text}`, s);
	const ack = { by: 'alice', at: at(7), since: E1 };

	it('the monitor sends its own body text with the state merged', () => {
		const fresh = issue(bodyOf('old text', state({}, { ack })));
		const patch = mergePatch(fresh, { body: bodyOf('new text', state({ severity: 'critical' })) }, 'monitor');
		expect(patch.body).toContain('new text');
		expect(parseState(patch.body ?? '')).toMatchObject({ severity: 'critical', notify: { ack } });
	});

	it('other writers keep the body text the issue has now', () => {
		const fresh = issue(bodyOf('re-rendered by another run', state({ severity: 'critical' })));
		const patch = mergePatch(
			fresh,
			{ body: bodyOf('stale text', state({}, { ack })), labels: ['x'] },
			'chatops',
		);
		expect(patch.body).toContain('re-rendered by another run');
		expect(patch.body).not.toContain('stale text');
		expect(patch.labels).toEqual(['x']);
		expect(parseState(patch.body ?? '')).toMatchObject({ severity: 'critical', notify: { ack } });
	});

	it('passes patches without a state block unchanged', () => {
		const fresh = issue(bodyOf('text', state()));
		const patch = { state: 'closed' as const, stateReason: 'not_planned' as const };
		expect(mergePatch(fresh, patch, 'monitor')).toBe(patch);
		const plain = { body: 'no state here' };
		expect(mergePatch(fresh, plain, 'monitor')).toBe(plain);
	});
});

describe('commandHeld: whether a /pathwatch command survived later writes', () => {
	const ack = { by: 'alice', at: at(7), since: E1 };
	const silence = { by: 'alice', at: at(8), until: at(128), reason: null };
	const written = state({}, { ack, silence });
	const cases: [string, AlertState | null, boolean][] = [
		['still there', state({ severity: 'critical' }, { ack, silence }), true],
		['replaced by a stale copy without the ack', state({}, { silence }), false],
		['replaced by a stale copy without the silence', state({}, { ack }), false],
		['superseded by a newer silence', state({}, { ack, silence: { ...silence, at: at(9) } }), true],
		['issue unreadable', null, false],
		['another alert', state({ fingerprint: 'aaaaaaaaaaaaaaaa' }, { ack, silence }), false],
	];
	it.each(cases)('%s', (_name, current, held) => expect(commandHeld(current, written)).toBe(held));
});
