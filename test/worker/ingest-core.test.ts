import { describe, expect, it } from 'vitest';
import { canonicalIp, networkPrefix, parseIp } from '../../worker/src/contract/ip.ts';
import { mapLimit } from '../../worker/src/contract/map-limit.ts';
import { faultsActive, parseFaults, pickFault } from '../../worker/src/core/faults.ts';
import { normalizePath, parsePathRules } from '../../worker/src/core/normalize-path.ts';

describe('canonicalIp', () => {
	it.each([
		['192.0.2.1', '192.0.2.1'],
		['0.0.0.0', '0.0.0.0'],
		['255.255.255.255', '255.255.255.255'],
		['2001:DB8::1', '2001:db8::1'],
		['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
		['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
		['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
		['::', '::'],
		['::1', '::1'],
		['fe80::', 'fe80::'],
		['::ffff:192.0.2.7', '192.0.2.7'],
		['::FFFF:c000:0207', '192.0.2.7'],
		['64:ff9b::192.0.2.1', '64:ff9b::c000:201'],
		['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
	])('%s → %s', (input, want) => {
		expect(canonicalIp(input)).toBe(want);
	});

	it.each([
		'',
		'1.2.3',
		'1.2.3.4.5',
		'256.0.0.1',
		'01.2.3.4',
		'1.2.3.-4',
		' 1.2.3.4',
		'1:2:3:4:5:6:7:8:9',
		'1::2::3',
		'12345::',
		'2001:db8::g',
		'fe80::1%eth0',
		'[::1]',
		':1:2:3:4:5:6:7',
		'::ffff:1.2.3.256',
		'example.com',
	])('rejects %j', (input) => {
		expect(canonicalIp(input)).toBeNull();
		expect(parseIp(input)).toBeNull();
		expect(networkPrefix(input)).toBeNull();
	});
});

describe('networkPrefix', () => {
	it.each([
		['192.0.2.77', undefined, '192.0.2.0/24'],
		['::ffff:192.0.2.77', undefined, '192.0.2.0/24'],
		['2001:db8:abcd:12::1', undefined, '2001:db8:abcd::/48'],
		['2001:DB8:ABCD:0012:0:0:0:1', { v4: 16, v6: 56 }, '2001:db8:abcd::/56'],
		['10.1.255.3', { v4: 20, v6: 48 }, '10.1.240.0/20'],
		['2001:db8:abcd:12ff::', { v4: 24, v6: 60 }, '2001:db8:abcd:12f0::/60'],
	])('%s → %s', (input, bits, want) => {
		expect(networkPrefix(input, bits)).toBe(want);
	});
});

describe('normalizePath', () => {
	it.each([
		['/users/123', '/users/:id'],
		['/users/123/orders/456?expand=1#top', '/users/:id/orders/:id'],
		['/orders/0b6e2a4c-1f1e-4a53-9b6a-0f3c2d9e8a71', '/orders/:id'],
		['/objects/5f9d1a2b3c4d5e6f7a8b9c0d', '/objects/:id'],
		['/commits/9fceb02d0ae598e95dc970b74767f19372d61af8', '/commits/:id'],
		['/sessions/eyJhbGciOiJIUzI1NiJ9xQ3k', '/sessions/:id'],
		['/events/01ARZ3NDEKTSV4RRFFQ69G5FAV', '/events/:id'],
		['/users/jane.doe@example.com/profile', '/users/:id/profile'],
		['/api/v2/users', '/api/v2/users'],
		['/blog/getting-started-with-durable-objects', '/blog/getting-started-with-durable-objects'],
		['/docs/Getting-Started-Guide-Version2024', '/docs/Getting-Started-Guide-Version2024'],
		['/static/deadbeef', '/static/deadbeef'],
		['/a//b/', '/a/b'],
		['/', '/'],
		['/?q=1', '/'],
	])('%s → %s', (input, want) => {
		expect(normalizePath(input)).toBe(want);
	});

	it('follows configured rules: chosen built-ins, extra patterns, placeholder', () => {
		const parsed = parsePathRules(
			JSON.stringify({ templates: ['uuid'], patterns: ['^v\\d+$'], placeholder: '{id}' }),
		);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(normalizePath('/v2/users/123/0b6e2a4c-1f1e-4a53-9b6a-0f3c2d9e8a71', parsed.rules)).toBe(
			'/{id}/users/123/{id}',
		);
	});

	it('rejects invalid configuration with a message instead of ignoring it', () => {
		expect(parsePathRules('{"templates":["nope"]}')).toMatchObject({ ok: false });
		expect(parsePathRules('{"patterns":["("]}')).toMatchObject({ ok: false });
		expect(parsePathRules('not json')).toEqual({ ok: false, error: 'PATH_RULES is not valid JSON' });
		expect(parsePathRules(undefined)).toMatchObject({ ok: true });
	});
});

describe('PATHWATCH_FAULTS', () => {
	it('is off when unset or empty', () => {
		expect(parseFaults(undefined)).toBeNull();
		expect(parseFaults('  ')).toBeNull();
	});

	it('parses probabilities, delay and seed', () => {
		expect(parseFaults('fail=0.3, timeout=0.1, delay=50ms, seed=7')).toEqual({
			fail: 0.3,
			timeout: 0.1,
			delayMs: 50,
			seed: '7',
			from: null,
			until: null,
		});
		expect(parseFaults('delay=1.5s')).toMatchObject({ delayMs: 1500 });
	});

	it('limits faults to the from/until window', () => {
		const plan = parseFaults('fail=1,from=1000,until=2000');
		expect(plan).toMatchObject({ from: 1000, until: 2000 });
		if (!plan) throw new Error('expected a plan');
		expect([999, 1000, 1999, 2000].map((t) => faultsActive(plan, t))).toEqual([false, true, true, false]);
		expect(parseFaults('fail=1') && faultsActive({ ...plan, from: null, until: null }, 0)).toBe(true);
	});

	it.each([
		'from=soon',
		'until=-5',
		'fail=2',
		'fail=',
		'timeout=-0.1',
		'delay=soon',
		'explode=1',
		'fail=0.7,timeout=0.5',
	])('rejects %j', (spec) => {
		expect(() => parseFaults(spec)).toThrow(/PATHWATCH_FAULTS/);
	});

	it('with a seed, hits about the configured share of calls, the same ones every time', () => {
		const plan = parseFaults('fail=0.3,timeout=0.1,seed=42');
		if (!plan) throw new Error('expected a plan');
		const never = () => {
			throw new Error('seeded plans must not use the random source');
		};
		const picks = Array.from({ length: 2000 }, (_, i) => pickFault(plan, `event-${i}`, never));
		const share = (f: string) => picks.filter((p) => p === f).length / picks.length;
		expect(share('fail')).toBeGreaterThan(0.25);
		expect(share('fail')).toBeLessThan(0.35);
		expect(share('timeout')).toBeGreaterThan(0.07);
		expect(share('timeout')).toBeLessThan(0.13);
		expect(Array.from({ length: 2000 }, (_, i) => pickFault(plan, `event-${i}`, never))).toEqual(picks);
	});
});

describe('mapLimit', () => {
	it('keeps input order and never runs more than the limit at once', async () => {
		let running = 0;
		let peak = 0;
		const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n, i) => {
			running++;
			peak = Math.max(peak, running);
			await new Promise((r) => setTimeout(r, n));
			running--;
			return `${i}:${n}`;
		});
		expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
		expect(peak).toBe(3);
	});
});
