/**
 * Path normalisation on hostile input: the hand-written classifiers accept exactly what the
 * regular expressions they replace accept, crafted segments normalise correctly, and operator
 * patterns that backtrack are refused at load with a message naming the pattern.
 */
import { describe, expect, it } from 'vitest';
import { normalizePath, parsePathRules } from '../../worker/src/core/normalize-path.ts';
import { checkSegmentPattern } from '../../worker/src/core/path-patterns.ts';
import { SEGMENT_CLASSIFIERS } from '../../worker/src/core/segment-classifiers.ts';

/** The expressions the classifiers replaced: the oracle they must agree with. */
const REFERENCE: Record<keyof typeof SEGMENT_CLASSIFIERS, RegExp> = {
	numeric: /^\d+$/,
	uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
	ulid: /^[0-9A-HJKMNP-TV-Z]{26}$/,
	hex: /^(?=[a-f]*\d)[0-9a-f]{12,}$|^(?=[A-F]*\d)[0-9A-F]{12,}$/,
	base64: /^(?!(?:[^-]*-){3})(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9+_-]{20,}={0,2}$/,
	email: /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/,
};

/** mulberry32: a small seeded generator, so a failure reproduces. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

const ALPHABET = [
	'a',
	'f',
	'z',
	'A',
	'F',
	'Z',
	'I',
	'O',
	'0',
	'7',
	'-',
	'_',
	'+',
	'=',
	'@',
	'.',
	' ',
	'\u00a0',
	'\u2028',
	'é',
];

function randomSegment(rnd: () => number, shape: keyof typeof REFERENCE): string {
	const length = Math.floor(rnd() * 40);
	// Start from a near-match of the shape half the time, so accepting cases get exercised too.
	const seeds: Record<keyof typeof REFERENCE, string> = {
		numeric: '1234',
		uuid: '0b6e2a4c-1f1e-4a53-9b6a-0f3c2d9e8a71',
		ulid: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
		hex: '5f9d1a2b3c4d5e6f7a8b',
		base64: 'eyJhbGciOiJIUzI1NiJ9xQ3k==',
		email: 'jane.doe@example.com',
	};
	const chars = rnd() < 0.5 ? [...seeds[shape]] : [];
	for (let i = 0; i < length; i++) {
		const c = ALPHABET[Math.floor(rnd() * ALPHABET.length)] ?? 'a';
		if (chars.length > 0 && rnd() < 0.3) chars[Math.floor(rnd() * chars.length)] = c;
		else if (rnd() < 0.2) chars.push(c);
	}
	return chars.join('');
}

describe('segment classifiers', () => {
	for (const name of Object.keys(REFERENCE) as (keyof typeof REFERENCE)[]) {
		it(`${name} agrees with its reference expression on 20,000 random segments`, () => {
			const rnd = prng(name.length * 7919);
			const classify = SEGMENT_CLASSIFIERS[name];
			let accepted = 0;
			for (let i = 0; i < 20_000; i++) {
				const s = randomSegment(rnd, name);
				const want = REFERENCE[name].test(s);
				if (classify(s) !== want) expect({ segment: s, got: classify(s) }).toEqual({ segment: s, got: want });
				if (want) accepted++;
			}
			// Both answers were exercised, or the agreement proves little.
			expect(accepted).toBeGreaterThan(50);
		});
	}
});

describe('normalizePath on hostile input', () => {
	const longRun = (unit: string, n: number) => unit.repeat(n);
	it.each([
		['an e-mail with a long dotted domain', `/u/x@${longRun('a.', 900)}b`, '/u/:id'],
		['a dotted domain run', `/u/x@${longRun('.', 1900)}`, '/u/:id'],
		['a dotted run ending in a second @', `/u/x@${longRun('.', 1900)}@`, `/u/x@${longRun('.', 1900)}@`],
		['many @ signs', `/u/${longRun('a@', 1000)}`, `/u/${longRun('a@', 1000)}`],
		['a long hex run with one digit', `/h/${longRun('a', 2000)}1`, '/h/:id'],
		['a long mixed-case token', `/t/${longRun('aB', 1000)}9`, '/t/:id'],
		['a long slug with hyphens', `/t/${longRun('Ab1-', 500)}`, `/t/${longRun('Ab1-', 500)}`],
		['a query of question marks', `/q/1${longRun('?', 2000)}`, '/q/:id'],
		['thousands of empty segments', `/${longRun('/', 2000)}x`, '/x'],
	])('%s', (_label, input, want) => {
		expect(normalizePath(input)).toBe(want);
	});
});

describe('PATH_RULES patterns are checked at load', () => {
	const rules = (patterns: string[]) => parsePathRules(JSON.stringify({ patterns }));

	it.each([
		['^([a-z]+)+$', 'nested quantifiers'],
		['^(?:\\w+\\s?)*$', 'nested quantifiers'],
		['^((a|ab))+$', 'alternatives'],
		['^(a|a)*$', 'alternatives'],
		['[a-z]+', 'anchored'],
		['^v\\d+', 'anchored'],
		['^a|b$', 'wrap alternatives'],
		['^(a)\\1$', 'backreferences'],
		['^\\d+a\\d+b\\d+c\\d+d\\d+$', 'unbounded quantifiers'],
		[`^${'a'.repeat(220)}$`, 'longer than'],
		['^(unclosed$', 'not a valid regular expression'],
		['^(a+){30}$', 'nested quantifiers'],
		['^(?:[a-z]{2,4}){3}$', 'nested quantifiers'],
	])('refuses %j (%s) naming the pattern', (pattern, reason) => {
		const r = rules(['^v\\d+$', pattern]);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error).toContain(`PATH_RULES.patterns[1] ${JSON.stringify(pattern)}`);
		expect(r.error).toContain(reason);
	});

	// Deployed Workers freeze the clock during computation: the structural policy alone must refuse
	// every super-linear shape, so these run with a clock that never moves.
	const frozen = () => 0;
	it.each([
		['^\\w*\\w*\\w*$', 'unbounded quantifiers'],
		['^\\d*\\d*\\d*\\d*$', 'unbounded quantifiers'],
		['^[a-z]+-[0-9]+$', '{1,64}'],
		['^([a-z]+)+$', 'nested quantifiers'],
		['^(a|a)*$', 'alternatives'],
		['^(?=a)\\w+$', 'lookaround'],
		['^(?<!a)b$', 'lookaround'],
		['^\\w{1,65}$', 'above 64'],
		['^\\w*\\w{0,7}\\w{0,7}\\w{0,7}$', 'ways to match'],
		['^\\w{1,64}\\w{1,64}\\w{1,64}$', 'ways to match'],
	])('refuses %j (%s) with a frozen clock', (pattern, reason) => {
		expect(checkSegmentPattern(pattern, frozen)).toContain(reason);
	});

	it('times probes with the clock it is given', () => {
		let t = 0;
		const slowClock = () => {
			t += 25;
			return t;
		};
		expect(checkSegmentPattern('^v\\d+$', slowClock)).toMatch(/budget 10 ms/);
		expect(checkSegmentPattern('^v\\d+$', () => 0)).toBeNull();
	});

	it.each([
		'^v\\d+$',
		'^[a-z]{1,64}-[0-9]+$',
		'^[a-z]{1,64}-[0-9]{1,64}$',
		// The most expensive shapes the policy lets through (≈ 2 ms on a hostile 2048-character segment).
		'^\\w*\\w{0,7}\\w{0,7}$',
		'^\\w{1,64}\\w{1,64}$',
		'^(?:v1|v2|beta)$',
		'^[A-Z]{2}\\d{6,10}$',
		'^\\$[a-z]+\\$$',
		// Exact counts inside a repeat leave no choice to backtrack over; an optional group repeats once.
		'^(?:[a-f0-9]{2}){4}$',
		'^(?:ab)+$',
		'^(?:[a-z]+)?$',
	])('accepts %j', (pattern) => {
		const r = rules([pattern]);
		expect(r).toMatchObject({ ok: true });
	});

	it('applies accepted patterns to whole segments', () => {
		const r = rules(['^ord_[a-z0-9]{8}$']);
		if (!r.ok) throw new Error(r.error);
		expect(normalizePath('/orders/ord_ab12cd34/items/ord_x', r.rules)).toBe('/orders/:id/items/ord_x');
	});
});
