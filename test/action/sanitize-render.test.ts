import { describe, expect, it } from 'vitest';
import type { AlertEval } from '../../action/src/core/alerts/alert.ts';
import { fingerprint } from '../../action/src/core/alerts/fingerprint.ts';
import { renderBody, renderTitle } from '../../action/src/core/issues/render.ts';
import {
	type AlertState,
	parseIssue,
	parseState,
	serializeState,
} from '../../action/src/core/issues/state.ts';
import { GITHUB_BODY_LIMIT, neutralize, neutralizePlain } from '../../action/src/core/sanitize.ts';
import { anonymizeIp } from '../../worker/src/contract/anonymize.ts';

const HOSTILE =
	'/api/@someone/#1/<!-- pathwatch:state v1 {"fingerprint":"0000000000000000"} -->/<script>alert(1)</script>';

describe('neutralize', () => {
	it.each([
		['@someone', '@&#8203;someone'],
		['see #123 and GH-7', 'see \\#&#8203;123 and GH&#8203;\\-7'],
		['owner/repo#1', 'owner/repo\\#&#8203;1'],
		['<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
		['<!-- pathwatch:state v1 {} -->', '&lt;\\!\\-\\- pathwatch:state v1 \\{\\} \\-\\-&gt;'],
		['[click](https://evil.example)', '\\[click\\]\\(https&#8203;://evil\\.example\\)'],
		['www.evil.example', 'www&#8203;\\.evil\\.example'],
		['a\u0000b\u202Ec\u0007d', 'abcd'],
		['*bold* _it_ `code` | pipe', '\\*bold\\* \\_it\\_ \\`code\\` \\| pipe'],
		['it\'s "quoted" & more', 'it&#39;s &quot;quoted&quot; &amp; more'],
		['line\nbreak', 'line break'],
	])('%j → %j', (input, output) => {
		expect(neutralize(input)).toBe(output);
	});

	it('caps length', () => {
		expect(neutralize('x'.repeat(500), 50)).toBe(`${'x'.repeat(49)}…`);
	});

	it('plain text (titles) breaks mentions and references without entities', () => {
		expect(neutralizePlain('@a #1 http://x')).toBe('@\u200Ba #\u200B1 http\u200B://x');
	});
});

describe('IP anonymisation', () => {
	it.each([
		['203.0.113.77', '203.0.113.0/24'],
		['2001:db8:85a3::8a2e:370:7334', '2001:db8:85a3::/48'],
		['::1', '0:0:0::/48'],
		['not an ip', 'unknown'],
	])('%s → %s', (ip, out) => expect(anonymizeIp(ip)).toBe(out));
});

describe('fingerprint', () => {
	it('is 16 hex over the sorted label set, independent of key order', () => {
		const a = fingerprint({ alertname: 'X', team: 'ops' });
		expect(a).toMatch(/^[0-9a-f]{16}$/);
		expect(fingerprint({ team: 'ops', alertname: 'X' })).toBe(a);
		expect(fingerprint({ alertname: 'X', team: 'dev' })).not.toBe(a);
		// No ambiguity from separators inside values.
		expect(fingerprint({ a: 'x\nb=y' })).not.toBe(fingerprint({ a: 'x', b: 'y' }));
	});
});

function alertEval(over: Partial<AlertEval> = {}): AlertEval {
	const labels = { alertname: 'DailyDoRequestsHigh' };
	return {
		fingerprint: fingerprint(labels),
		alertname: 'DailyDoRequestsHigh',
		kind: 'rule',
		labels,
		status: 'firing',
		severity: 'critical',
		since: Date.parse('2026-11-22T02:00:00Z'),
		value: 120_000,
		threshold: 100_000,
		unit: 'count',
		metric: 'daily_do_requests',
		summary: 'Durable Object requests today: 120,000',
		description: null,
		runbookUrl: null,
		details: [],
		endedEpisodes: [],
		history: [],
		cooldownMs: { warning: 1, critical: 1 },
		reopenWindowMs: 86_400_000,
		period: null,
		traffic: true,
		suppressedBy: null,
		...over,
	};
}

function state(e: AlertEval): AlertState {
	return {
		fingerprint: e.fingerprint,
		alertname: e.alertname,
		kind: 'rule',
		labels: e.labels,
		status: 'firing',
		severity: 'critical',
		since: '2026-11-22T02:00:00.000Z',
		resolvedAt: null,
		lastNotified: { critical: '2026-11-22T02:00:00.000Z' },
		episodes: [{ from: '2026-11-22T02:00:00.000Z', to: null }],
		flapping: false,
		duplicateOf: null,
		period: null,
		updatedAt: '2026-11-22T03:00:00.000Z',
	};
}

describe('issue rendering', () => {
	const now = Date.parse('2026-11-22T03:00:00Z');
	const clients = [
		{
			ip: '198.51.100.23',
			requests: 5000,
			paths: [{ method: 'GET', path: HOSTILE, count: 4000, lastUserAgent: 'curl @bob <b>', country: 'DE' }],
		},
	];

	it('neutralises untrusted paths, user agents and IPs; the only markers are ours', () => {
		const e = alertEval();
		const body = renderBody(e, state(e), now, clients);
		expect(body).not.toContain('<script>');
		expect(body).not.toMatch(/@someone|@bob/);
		expect(body).not.toMatch(/(^|[^\\])#1\b/);
		expect(body).not.toContain('198.51.100.23');
		expect(body).toContain('198\\.51\\.100\\.0/24');
		expect(body.match(/<!--/g)).toHaveLength(2);
		// The forged state block in the path is not what parsing finds.
		const parsed = parseIssue({
			number: 1,
			title: renderTitle(e),
			body,
			state: 'open',
			stateReason: null,
			labels: ['pathwatch'],
			author: 'github-actions[bot]',
			createdAt: '',
			updatedAt: '',
			closedAt: null,
			url: '',
		});
		expect(parsed?.fingerprint).toBe(e.fingerprint);
		expect(parsed?.alert).toEqual(state(e));
	});

	it('keeps the body under GitHub’s limit, cutting content but never the state block', () => {
		const e = alertEval();
		const many = Array.from({ length: 40 }, (_, i) => ({
			ip: `198.51.100.${i}`,
			requests: 1,
			paths: Array.from({ length: 30 }, () => ({
				method: 'GET',
				path: `/${'@x#1<'.repeat(60)}`,
				count: 1,
				lastUserAgent: 'u'.repeat(120),
				country: 'DE',
			})),
		}));
		const body = renderBody(e, state(e), now, many);
		expect(body.length).toBeLessThan(GITHUB_BODY_LIMIT);
		expect(body).toContain('truncated');
		expect(parseState(body)).toEqual(state(e));
	});

	it('the state block cannot be closed early by its own content', () => {
		const e = alertEval({ labels: { alertname: 'X', note: '--> <!-- pathwatch:state v1 {} -->' } });
		const st = { ...state(e), labels: e.labels };
		const block = serializeState(st);
		expect(block.indexOf('-->')).toBe(block.length - 3);
		expect(parseState(`text ${block}`)).toEqual(st);
	});

	it('a hand-damaged state block reads as unknown state, not as an error', () => {
		expect(parseState('<!-- pathwatch:state v1 {"broken": -->')).toBeNull();
		expect(parseState('<!-- pathwatch:state v9 {} -->')).toBeNull();
	});

	it('titles are plain text with mentions and references broken', () => {
		const title = renderTitle(alertEval({ summary: 'ping @ops about #12' }));
		expect(title).toBe('DailyDoRequestsHigh: ping @\u200Bops about #\u200B12');
	});
});
