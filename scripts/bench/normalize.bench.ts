/**
 * Path normalisation on hostile input: the time to normalise a batch of crafted paths (e-mail
 * lookalikes with long dotted domains, long hex and token runs, `@` runs, thousands of empty
 * segments) ÷ the time for a benign batch of the same size (same number of paths, same
 * lengths). Linear-time classifiers keep the ratio near 1; the regular expressions they
 * replaced are timed on the same batches for comparison. Pure CPU work, no Worker needed.
 */
import { DEFAULT_PATH_RULES, normalizePath, type PathRules } from '../../worker/src/core/normalize-path.ts';
import { recordBenchmark } from './record.ts';

const PATHS = 400;
const PATH_LENGTH = 2000;
const ROUNDS = 15;
/** The acceptance bound from the issue: crafted ÷ benign ≤ 1.5. */
const MAX_RATIO = 1.5;

/** The expressions the scanners replaced (timed for comparison only). */
const REGEX_RULES: PathRules = {
	...DEFAULT_PATH_RULES,
	matchers: [
		/^\d+$/,
		/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
		/^[0-9A-HJKMNP-TV-Z]{26}$/,
		/^(?=[a-f]*\d)[0-9a-f]{12,}$|^(?=[A-F]*\d)[0-9A-F]{12,}$/,
		/^(?!(?:[^-]*-){3})(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9+_-]{20,}={0,2}$/,
		/^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/,
	].map((re) => (s: string) => re.test(s)),
};

/** A path of exactly PATH_LENGTH characters: a short prefix, then `segment` filling the rest. */
function pathOf(prefix: string, fill: (n: number) => string): string {
	const p = `/${prefix}/`;
	return p + fill(PATH_LENGTH - p.length);
}

const run = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Segments built to make a backtracking matcher retry every split of a long run. */
const CRAFTED: ((i: number) => string)[] = [
	() => pathOf('u', (n) => `x@${run('a.')(n - 3)}@`),
	() => pathOf('u', (n) => `x@${run('.')(n - 3)}@`),
	() => pathOf('u', (n) => `${run('a@')(n - 1)}!`),
	() => pathOf('h', (n) => `${run('a')(n - 1)}g`),
	() => pathOf('t', (n) => `${run('aB1')(n - 4)}----`),
	() => pathOf('e', (n) => `${run('a')(n - 12)}@example.co!`),
	() => pathOf('q', (n) => `${run('/')(n - 1)}x`),
	// Many short e-mail lookalikes: every segment goes through every classifier.
	() => pathOf('m', run('x@a.a.a.a.a.a.@/')),
	() => pathOf('m', run('a@b.c.d.e.f.g.h/')),
];

/** Ordinary long paths: word slugs, numeric and UUID ids, the way real routes look. */
const BENIGN: ((i: number) => string)[] = [
	(i) => pathOf('blog', run(`getting-started-with-durable-objects-part-${i}-`)),
	(i) => pathOf('api', run(`v2/users/${1000 + i}/orders/0b6e2a4c-1f1e-4a53-9b6a-0f3c2d9e8a71/items/`)),
	(i) => pathOf('docs', run(`reference/configuration/section-${i}/`)),
	(i) => pathOf('shop', run(`catalog/shoes/running/size-${i % 13}/colour-blue/`)),
];

function batch(makers: ((i: number) => string)[]): string[] {
	return Array.from({ length: PATHS }, (_, i) => (makers[i % makers.length] as (i: number) => string)(i));
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median wall time (ms) of normalising the whole batch, over ROUNDS after one warm-up. */
function time(paths: string[], rules: PathRules): number {
	const samples: number[] = [];
	for (let r = 0; r <= ROUNDS; r++) {
		const t0 = performance.now();
		for (const p of paths) normalizePath(p, rules);
		if (r > 0) samples.push(performance.now() - t0);
	}
	return median(samples);
}

const crafted = batch(CRAFTED);
const benign = batch(BENIGN);
const chars = (b: string[]) => b.reduce((n, p) => n + p.length, 0);
if (chars(crafted) !== chars(benign)) throw new Error('the two batches must be the same size');

const rows: (string | number)[][] = [];
for (const [name, rules] of [
	['scanners (shipped)', DEFAULT_PATH_RULES],
	['regular expressions (before)', REGEX_RULES],
] as const) {
	const b = time(benign, rules);
	const c = time(crafted, rules);
	const ratio = c / b;
	console.log(`${name}: benign ${b.toFixed(2)} ms, crafted ${c.toFixed(2)} ms, ratio ${ratio.toFixed(2)}`);
	rows.push([name, b.toFixed(2), c.toFixed(2), ratio.toFixed(2)]);
}
const shippedRatio = Number(rows[0]?.[3]);
await recordBenchmark(
	'Path normalisation',
	['classifiers', 'benign batch (ms)', 'crafted batch (ms)', 'crafted ÷ benign'],
	rows,
	[
		`Each batch: ${PATHS} paths of ${PATH_LENGTH} characters (${chars(benign).toLocaleString('en-US')} characters), default rules, median of ${ROUNDS} rounds. Crafted: e-mail lookalikes with long dotted domains and many short ones, \`@\` runs, long hex and token runs, thousands of empty segments. Bound: crafted ÷ benign ≤ ${MAX_RATIO}.`,
		'`node scripts/bench/normalize.bench.ts`',
	],
);
if (!(shippedRatio <= MAX_RATIO)) {
	console.error(`crafted ÷ benign = ${shippedRatio} exceeds ${MAX_RATIO}`);
	process.exit(1);
}
