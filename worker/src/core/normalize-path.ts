/**
 * Path normalisation at ingest: query strings and fragments are dropped (they carry personal
 * data and explode cardinality) and ID-like segments become a placeholder, so `/users/123`
 * and `/users/456` are one row `/users/:id`. Which segments count as IDs is configurable.
 */
import { z } from 'zod';

/** Built-in segment classifiers, by name. Each is tested against one whole path segment. */
export const SEGMENT_RULES = {
	/** Decimal numbers: `/orders/1234`. */
	numeric: /^\d+$/,
	uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
	/** ULIDs (Crockford base32, 26 characters). */
	ulid: /^[0-9A-HJKMNP-TV-Z]{26}$/,
	/** Hex of 12+ characters with at least one digit: object ids, hashes, commit SHAs. */
	hex: /^(?=[a-f]*\d)[0-9a-f]{12,}$|^(?=[A-F]*\d)[0-9A-F]{12,}$/,
	/**
	 * Base64/base64url tokens of 20+ characters mixing upper case, lower case and digits; three or
	 * more hyphens mean a title-case slug (`Getting-Started-Guide-2024`), not a token.
	 */
	base64: /^(?!(?:[^-]*-){3})(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9+_-]{20,}={0,2}$/,
	/** E-mail addresses: personal data, never a route. */
	email: /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/,
} as const;
export type SegmentRuleName = keyof typeof SEGMENT_RULES;

const RULE_NAMES = Object.keys(SEGMENT_RULES) as [SegmentRuleName, ...SegmentRuleName[]];

/**
 * The `PATH_RULES` variable (JSON): which built-in rules apply, extra segment patterns, the
 * placeholder. Unset means every built-in rule with `:id`.
 */
export const PathRulesSchema = z
	.object({
		templates: z.array(z.enum(RULE_NAMES)).default(RULE_NAMES),
		/** Extra regular expressions, each matched against a whole segment. */
		patterns: z
			.array(
				z.string().refine((s) => {
					try {
						new RegExp(s);
						return true;
					} catch {
						return false;
					}
				}, 'not a valid regular expression'),
			)
			.default([]),
		placeholder: z
			.string()
			.regex(/^[:{}A-Za-z0-9_-]{1,32}$/)
			.default(':id'),
		/** `/a/b/` and `/a//b` become `/a/b`. */
		collapseSlashes: z.boolean().default(true),
	})
	.strict();
export type PathRulesConfig = z.infer<typeof PathRulesSchema>;

/** Compiled rules, ready to apply. */
export type PathRules = { matchers: RegExp[]; placeholder: string; collapseSlashes: boolean };

/** Compiles a validated configuration. */
export function compilePathRules(config: PathRulesConfig): PathRules {
	return {
		matchers: [
			...config.templates.map((n) => SEGMENT_RULES[n]),
			...config.patterns.map((p) => new RegExp(p)),
		],
		placeholder: config.placeholder,
		collapseSlashes: config.collapseSlashes,
	};
}

export const DEFAULT_PATH_RULES: PathRules = compilePathRules(PathRulesSchema.parse({}));

/**
 * Parses the `PATH_RULES` variable: absent → the defaults; a JSON string or an object (a
 * wrangler `vars` entry may be either) → validated rules; anything else → an error message.
 */
export function parsePathRules(
	value: unknown,
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
	return { ok: true, rules: compilePathRules(parsed.data) };
}

/** Strips query and fragment, then templates ID-like segments. `path` starts with `/`. */
export function normalizePath(path: string, rules: PathRules = DEFAULT_PATH_RULES): string {
	const cut = path.search(/[?#]/);
	const bare = cut === -1 ? path : path.slice(0, cut);
	let segments = bare.split('/').slice(1);
	if (rules.collapseSlashes) segments = segments.filter((s) => s !== '');
	const out = segments.map((s) =>
		s !== '' && rules.matchers.some((m) => m.test(s)) ? rules.placeholder : s,
	);
	return `/${out.join('/')}`;
}
