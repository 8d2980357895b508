/**
 * Validation of the operator's extra segment patterns (`PATH_RULES.patterns`). They are regular
 * expressions run by a backtracking engine over untrusted path segments, so each one is
 * refused at load, with its index and text in the message, unless it is
 * - short (≤ MAX_PATTERN_LENGTH) and anchored (`^…$`, no top-level `|`);
 * - free of the constructs that backtrack exponentially: a repeated group containing a
 *   quantifier or an alternation (`^([a-z]+)+$`, `^(a|ab)*$`), backreferences;
 * - at most MAX_UNBOUNDED_QUANTIFIERS unbounded quantifiers (each can add a polynomial degree);
 * - fast on probe strings: pumped runs of likely characters with a failing tail, at lengths up
 *   to a path segment's maximum, each under PROBE_BUDGET_MS and all under PATTERN_BUDGET_MS.
 * The probes are timed with the clock passed in. In local workerd and Node the clock advances
 * during computation; deployed Workers freeze it between I/O, so there the structural checks
 * are what refuse a pattern (they alone reject every known exponential shape).
 */

export const MAX_PATTERN_LENGTH = 200;
export const MAX_UNBOUNDED_QUANTIFIERS = 4;
export const PROBE_BUDGET_MS = 10;
export const PATTERN_BUDGET_MS = 200;
/** Longest segment a probe tries (a path is at most 2048 characters). */
const MAX_PROBE_LENGTH = 2048;
/** Bounded repeats above this count behave like unbounded ones for backtracking. */
const SMALL_REPEAT = 16;

/**
 * What a group holds, directly or in nested groups: a quantifier with a choice of length
 * (`+`, `*`, `?`, `{2,5}`; an exact `{4}` leaves no choice) or alternatives.
 */
type Frame = { quantified: boolean; alternation: boolean };
type Scan = { error: string | null; unbounded: number; topAlternation: boolean; literals: string };

/** A quantifier at `i` (length 0 if none) with its repeat bounds. */
type Quantifier = { length: number; min: number; max: number };

function quantifierAt(src: string, i: number): Quantifier {
	const c = src[i];
	const lazy = src[i + 1] === '?' ? 2 : 1;
	if (c === '*') return { length: lazy, min: 0, max: Number.POSITIVE_INFINITY };
	if (c === '+') return { length: lazy, min: 1, max: Number.POSITIVE_INFINITY };
	if (c === '?') return { length: lazy, min: 0, max: 1 };
	if (c !== '{') return { length: 0, min: 1, max: 1 };
	const m = /^\{(\d{1,5})(,(\d{0,5}))?\}\??/.exec(src.slice(i, i + 16));
	if (!m) return { length: 0, min: 1, max: 1 };
	const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
	return { length: m[0].length, min: Number(m[1]), max };
}

/** Index just past the character class opening at `i`. */
function skipClass(src: string, i: number): number {
	let j = i + 1;
	if (src[j] === '^') j++;
	if (src[j] === ']') j++;
	while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
	return j + 1;
}

/** One left-to-right pass over the pattern's syntax: groups, quantifiers, escapes, classes. */
function scanPattern(src: string): Scan {
	const stack: Frame[] = [{ quantified: false, alternation: false }];
	const scan: Scan = { error: null, unbounded: 0, topAlternation: false, literals: '' };
	let i = 0;
	while (i < src.length && scan.error === null) {
		const c = src[i] ?? '';
		const top = stack[stack.length - 1] as Frame;
		let inner: Frame | null = null;
		if (c === '\\') {
			const next = src[i + 1] ?? '';
			if (/[1-9]/.test(next) || (next === 'k' && src[i + 2] === '<'))
				scan.error = 'backreferences can take exponential time';
			i += 2;
		} else if (c === '[') i = skipClass(src, i);
		else if (c === '(') {
			stack.push({ quantified: false, alternation: false });
			i++;
			continue;
		} else if (c === ')') {
			inner = stack.length > 1 ? (stack.pop() as Frame) : null;
			i++;
		} else if (c === '|') {
			top.alternation = true;
			if (stack.length === 1) scan.topAlternation = true;
			i++;
			continue;
		} else {
			if (/[A-Za-z0-9\-_.~@:+=!,;]/.test(c)) scan.literals += c;
			i++;
		}
		const q = quantifierAt(src, i);
		const parent = stack[stack.length - 1] as Frame;
		if (inner) {
			parent.quantified ||= inner.quantified;
			parent.alternation ||= inner.alternation;
		}
		if (q.length === 0) continue;
		// Repeating a group whose own matches can vary in length (or pick among alternatives)
		// lets the engine split one run in exponentially many ways before it fails.
		if (inner && q.max > 1 && (inner.quantified || inner.alternation))
			scan.error = inner.quantified
				? 'a repeated group that itself contains a quantifier (nested quantifiers) backtracks exponentially'
				: 'a repeated group with alternatives backtracks exponentially';
		if (q.min !== q.max) parent.quantified = true;
		if (q.max > SMALL_REPEAT) scan.unbounded++;
		i += q.length;
	}
	return scan;
}

/** Strings meant to make a backtracking matcher try every way of splitting a long run. */
function probeStrings(literals: string): string[] {
	const pumps = new Set(['a', 'A', '0', 'a0', 'aA0', '-', '.', '_', 'a.', 'a-', 'a@', ' ', 'aa']);
	for (const ch of literals) pumps.add(ch).add(`a${ch}`);
	const lengths: number[] = [];
	for (let n = 4; n <= 32; n += 2) lengths.push(n);
	for (let n = 48; n <= MAX_PROBE_LENGTH; n *= 1.5) lengths.push(Math.round(n));
	lengths.push(MAX_PROBE_LENGTH);
	const out: string[] = [];
	for (const n of lengths)
		for (const p of pumps) {
			const run = p.repeat(Math.ceil(n / p.length)).slice(0, n);
			for (const tail of ['!', '/', ' ']) out.push(run + tail);
		}
	return out;
}

/** Milliseconds one match of `probe` takes. */
function timeOnce(re: RegExp, probe: string, now: () => number): number {
	const t0 = now();
	re.test(probe);
	return now() - t0;
}

/**
 * Times the pattern on the probes, shortest first; the first over budget stops the run. A probe
 * over budget is timed twice more and the fastest run counts, so a busy machine (preemption,
 * a garbage collection) does not refuse a linear pattern, while a backtracking one is slow
 * every time.
 */
function probeTime(re: RegExp, literals: string, now: () => number): string | null {
	let total = 0;
	for (const probe of probeStrings(literals)) {
		let t = timeOnce(re, probe, now);
		for (let retry = 0; retry < 2 && t > PROBE_BUDGET_MS; retry++) t = Math.min(t, timeOnce(re, probe, now));
		total += t;
		if (t > PROBE_BUDGET_MS)
			return `took ${Math.round(t)} ms on a ${probe.length}-character probe (budget ${PROBE_BUDGET_MS} ms): it backtracks super-linearly`;
		if (total > PATTERN_BUDGET_MS)
			return `took over ${PATTERN_BUDGET_MS} ms on its probe strings: it backtracks super-linearly`;
	}
	return null;
}

/**
 * Checks one pattern; returns null when it is safe to run over untrusted segments, else why not.
 * `now` is the clock the probes are timed with (milliseconds).
 */
export function checkSegmentPattern(source: string, now: () => number): string | null {
	if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
	let re: RegExp;
	try {
		re = new RegExp(source);
	} catch {
		return 'is not a valid regular expression';
	}
	const anchoredEnd = /(^|[^\\])(\\\\)*\$$/.test(source);
	if (!source.startsWith('^') || !anchoredEnd) return 'must be anchored: start with ^ and end with $';
	const scan = scanPattern(source);
	if (scan.error) return scan.error;
	if (scan.topAlternation) return 'must be anchored as a whole: wrap alternatives in a group, ^(?:a|b)$';
	if (scan.unbounded > MAX_UNBOUNDED_QUANTIFIERS)
		return `has ${scan.unbounded} unbounded quantifiers (at most ${MAX_UNBOUNDED_QUANTIFIERS})`;
	return probeTime(re, scan.literals, now);
}
