/**
 * Path normalisation at ingest: query strings and fragments are dropped (they carry personal
 * data and explode cardinality) and ID-like segments become a placeholder, so `/users/123`
 * and `/users/456` are one row `/users/:id`. Which segments count as IDs is configurable.
 */
import { z } from 'zod';
import { checkSegmentPattern } from './path-patterns.ts';
import { SEGMENT_CLASSIFIERS, type SegmentRuleName } from './segment-classifiers.ts';

export { SEGMENT_CLASSIFIERS, type SegmentRuleName } from './segment-classifiers.ts';

const RULE_NAMES = Object.keys(SEGMENT_CLASSIFIERS) as [SegmentRuleName, ...SegmentRuleName[]];

/**
 * The `PATH_RULES` variable (JSON): which built-in rules apply, extra segment patterns, the
 * placeholder. Unset means every built-in rule with `:id`.
 */
export const PathRulesSchema = z
	.object({
		templates: z.array(z.enum(RULE_NAMES)).default(RULE_NAMES),
		/** Extra regular expressions, each matched against a whole segment (checked at load by `parsePathRules`). */
		patterns: z.array(z.string()).max(20).default([]),
		placeholder: z
			.string()
			.regex(/^[:{}A-Za-z0-9_-]{1,32}$/)
			.default(':id'),
		/** `/a/b/` and `/a//b` become `/a/b`. */
		collapseSlashes: z.boolean().default(true),
	})
	.strict();
export type PathRulesConfig = z.infer<typeof PathRulesSchema>;

/** Compiled rules, ready to apply: one test per ID-like segment shape. */
export type PathRules = {
	matchers: ((segment: string) => boolean)[];
	placeholder: string;
	collapseSlashes: boolean;
};

/** Compiles a validated configuration whose patterns passed `checkSegmentPattern`. */
export function compilePathRules(config: PathRulesConfig): PathRules {
	const patterns = config.patterns.map((p) => new RegExp(p));
	return {
		matchers: [
			...config.templates.map((n) => SEGMENT_CLASSIFIERS[n]),
			...patterns.map((re) => (segment: string) => re.test(segment)),
		],
		placeholder: config.placeholder,
		collapseSlashes: config.collapseSlashes,
	};
}

export const DEFAULT_PATH_RULES: PathRules = compilePathRules(PathRulesSchema.parse({}));

/**
 * Parses the `PATH_RULES` variable: absent → the defaults; a JSON string or an object (a
 * wrangler `vars` entry may be either) → validated rules; anything else → an error message
 * (naming the offending pattern). `now` times the pattern probes (see core/path-patterns.ts).
 */
export function parsePathRules(
	value: unknown,
	now: () => number = Date.now,
): { ok: true; rules: PathRules } | { ok: false; error: string } {
	if (value === undefined || value === null || value === '') return { ok: true, rules: DEFAULT_PATH_RULES };
	let raw: unknown = value;
	if (typeof value === 'string') {
		try {
			raw = JSON.parse(value);
		} catch {
			return { ok: false, error: 'PATH_RULES is not valid JSON' };
		}
	}
	const parsed = PathRulesSchema.safeParse(raw);
	if (!parsed.success) return { ok: false, error: `PATH_RULES: ${z.prettifyError(parsed.error)}` };
	for (const [i, p] of parsed.data.patterns.entries()) {
		const problem = checkSegmentPattern(p, now);
		if (problem) return { ok: false, error: `PATH_RULES.patterns[${i}] ${JSON.stringify(p)} ${problem}` };
	}
	return { ok: true, rules: compilePathRules(parsed.data) };
}

/** Index of the first `?` or `#` (where the query or fragment starts), or the length. */
function pathEnd(path: string): number {
	for (let i = 0; i < path.length; i++) {
		const c = path.charCodeAt(i);
		if (c === 63 || c === 35) return i;
	}
	return path.length;
}

/**
 * Strips query and fragment, then templates ID-like segments. `path` starts with `/`. Linear in
 * the path's length: one scan for the query, one split, one pass of each classifier per segment.
 */
export function normalizePath(path: string, rules: PathRules = DEFAULT_PATH_RULES): string {
	const bare = path.slice(0, pathEnd(path));
	let segments = bare.split('/').slice(1);
	if (rules.collapseSlashes) segments = segments.filter((s) => s !== '');
	const out = segments.map((s) => (s !== '' && rules.matchers.some((m) => m(s)) ? rules.placeholder : s));
	return `/${out.join('/')}`;
}
