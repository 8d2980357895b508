/**
 * Validation of the operator's extra segment patterns (`PATH_RULES.patterns`). They are regular
 * expressions run by a backtracking engine over untrusted path segments. Deployed Workers
 * freeze the clock during computation, so a timing check cannot refuse a slow pattern there:
 * the structural policy below is what keeps matching cheap, on its own. A pattern is refused
 * at load, with its index and text in the message, unless it is
 * - short (≤ MAX_PATTERN_LENGTH) and anchored (`^…$`, no top-level `|`);
 * - free of backreferences and lookarounds;
 * - free of nested quantifiers: no repeated group whose own matches vary in length or pick
 *   among alternatives (`^([a-z]+)+$`, `^(a|a)*$`);
 * - at most MAX_UNBOUNDED_QUANTIFIERS (one) unbounded quantifier (`*`, `+`, `{n,}`): two of
 *   them over the same run already make matching quadratic, three cubic (`^\w*\w*\w*$`);
 * - bounded repeats at most MAX_BOUNDED_REPEAT (`{1,64}`), and few ways to match: the repeat
 *   ranges and alternatives multiply to at most MAX_CHOICES, or MAX_CHOICES_WITH_UNBOUNDED
 *   when the pattern also has an unbounded quantifier.
 * Under that policy a match backtracks over at most (segment length × choices) paths, so it
 * is linear in the segment with a small constant (≈ 2 ms on a 2048-character segment for the
 * worst accepted shape, measured in Node 24). A short timing probe then runs as an extra check
 * where the clock moves (local workerd, Node); its work is bounded by the probes' total length,
 * never by the clock.
 */

export const MAX_PATTERN_LENGTH = 200;
export const MAX_UNBOUNDED_QUANTIFIERS = 1;
export const MAX_BOUNDED_REPEAT = 64;
export const MAX_CHOICES = 4096;
export const MAX_CHOICES_WITH_UNBOUNDED = 64;
export const PROBE_BUDGET_MS = 10;
/** Probe lengths: a short run and a path's maximum length (2048 characters). */
const PROBE_LENGTHS = [64, 2048];
/** Pumped units tried on every pattern, plus a few of the pattern's own literal characters. */
const PROBE_PUMPS = ['a', '0', 'aA0', '-', '.'];
const PROBE_LITERALS = 4;

/** What a group holds, directly or in nested groups: a quantifier with a choice of length or alternatives. */
type Frame = { quantified: boolean; alternation: boolean; branches: number; choices: number };
type Scan = {
	error: string | null;
	unbounded: number;
	choices: number;
	topAlternation: boolean;
	literals: string;
};

/** A quantifier at `i` (length 0 if none) with its repeat bounds. */
type Quantifier = { length: number; min: number; max: number };

const SUGGEST_BOUND = `bound the others, e.g. {1,${MAX_BOUNDED_REPEAT}} instead of + or *`;

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

const newFrame = (): Frame => ({ quantified: false, alternation: false, branches: 1, choices: 1 });

/** Why the escape at `i` is refused, or null. */
function escapeProblem(src: string, i: number): string | null {
	const next = src[i + 1] ?? '';
	if (/[1-9]/.test(next) || (next === 'k' && src[i + 2] === '<'))
		return 'uses backreferences, which can take exponential time';
	return null;
}

/** Why a quantifier `q` applied to the atom just scanned (`inner` when it is a group) is refused, or null. */
function quantifierProblem(q: Quantifier, inner: Frame | null): string | null {
	// Repeating a group whose own matches can vary in length (or pick among alternatives)
	// lets the engine split one run in exponentially many ways before it fails.
	if (inner && q.max > 1 && inner.quantified)
		return 'has a repeated group that itself contains a quantifier (nested quantifiers), which backtracks exponentially';
	if (inner && q.max > 1 && inner.alternation)
		return 'has a repeated group with alternatives, which backtracks exponentially';
	if (Number.isFinite(q.max) && q.max > MAX_BOUNDED_REPEAT)
		return `has a repeat count above ${MAX_BOUNDED_REPEAT} ({…,${q.max}}): use at most {1,${MAX_BOUNDED_REPEAT}}`;
	return null;
}

/** One left-to-right pass over the pattern's syntax: groups, quantifiers, escapes, classes. */
function scanPattern(src: string): Scan {
	const stack: Frame[] = [newFrame()];
	const scan: Scan = { error: null, unbounded: 0, choices: 1, topAlternation: false, literals: '' };
	let i = 0;
	while (i < src.length && scan.error === null) {
		const c = src[i] ?? '';
		let inner: Frame | null = null;
		if (c === '\\') {
			scan.error = escapeProblem(src, i);
			i += 2;
		} else if (c === '[') i = skipClass(src, i);
		else if (c === '(') {
			if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) scan.error = 'uses a lookaround, which is not allowed';
			stack.push(newFrame());
			i++;
			continue;
		} else if (c === ')') {
			inner = stack.length > 1 ? (stack.pop() as Frame) : null;
			if (inner) inner.choices *= inner.branches;
			i++;
		} else if (c === '|') {
			const top = stack[stack.length - 1] as Frame;
			top.alternation = true;
			top.branches++;
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
			parent.choices *= inner.choices;
		}
		if (q.length === 0) continue;
		scan.error = quantifierProblem(q, inner);
		if (q.min !== q.max) parent.quantified = true;
		if (!Number.isFinite(q.max)) scan.unbounded++;
		else parent.choices *= q.max - q.min + 1;
		i += q.length;
	}
	scan.choices = (stack[0] as Frame).choices;
	return scan;
}

/** Why the pattern's counts of unbounded quantifiers and choices are refused, or null. */
function budgetProblem(scan: Scan): string | null {
	if (scan.unbounded > MAX_UNBOUNDED_QUANTIFIERS)
		return `has ${scan.unbounded} unbounded quantifiers (*, +, {n,}); at most ${MAX_UNBOUNDED_QUANTIFIERS} is allowed: ${SUGGEST_BOUND}`;
	const cap = scan.unbounded > 0 ? MAX_CHOICES_WITH_UNBOUNDED : MAX_CHOICES;
	if (scan.choices > cap)
		return `has ${scan.choices} ways to match (repeat ranges × alternatives; at most ${cap}${scan.unbounded > 0 ? ' beside an unbounded quantifier' : ''}): narrow the ranges`;
	return null;
}

/** A few strings meant to make a backtracking matcher try many ways of splitting a long run. */
function probeStrings(literals: string): string[] {
	const pumps = new Set(PROBE_PUMPS);
	for (const ch of [...new Set(literals)].slice(0, PROBE_LITERALS)) pumps.add(ch).add(`a${ch}`);
	const out: string[] = [];
	for (const n of PROBE_LENGTHS)
		for (const p of pumps) out.push(`${p.repeat(Math.ceil(n / p.length)).slice(0, n)}!`);
	return out;
}

/**
 * Times the pattern on the probes; one over budget is timed twice more and the fastest run
 * counts, so a busy machine does not refuse a linear pattern. With a frozen clock every probe
 * reads 0 ms: the work done is still bounded (probe count × length × the choices allowed).
 */
function probeTime(re: RegExp, literals: string, now: () => number): string | null {
	for (const probe of probeStrings(literals)) {
		let t = Number.POSITIVE_INFINITY;
		for (let run = 0; run < 3 && t > PROBE_BUDGET_MS; run++) {
			const t0 = now();
			re.test(probe);
			t = Math.min(t, now() - t0);
		}
		if (t > PROBE_BUDGET_MS)
			return `took ${Math.round(t)} ms on a ${probe.length}-character probe (budget ${PROBE_BUDGET_MS} ms): it backtracks super-linearly`;
	}
	return null;
}

/**
 * Checks one pattern; returns null when it is safe to run over untrusted segments, else why not.
 * `now` is the clock the probes are timed with (milliseconds); the verdict does not depend on
 * it for any pattern the structural checks let through in linear time.
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
	return budgetProblem(scan) ?? probeTime(re, scan.literals, now);
}
