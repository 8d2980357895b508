/**
 * The built-in ID classifiers of path normalisation, as hand-written single-pass scanners over
 * one path segment. Paths are untrusted input: a backtracking regular expression can take
 * quadratic (or worse) time on a crafted segment, a scanner takes one look at each character.
 * Each scanner accepts exactly what the regular expression in its comment accepts (the tests
 * check them against those expressions on random and hostile segments).
 */

type CharTest = (c: number) => boolean;

const isDigit: CharTest = (c) => c >= 48 && c <= 57;
const isUpper: CharTest = (c) => c >= 65 && c <= 90;
const isLower: CharTest = (c) => c >= 97 && c <= 122;
const isLowerHex: CharTest = (c) => isDigit(c) || (c >= 97 && c <= 102);
const isUpperHex: CharTest = (c) => isDigit(c) || (c >= 65 && c <= 70);
const isHex: CharTest = (c) => isLowerHex(c) || (c >= 65 && c <= 70);
const HYPHEN = 45;
const EQUALS = 61;

/** ECMAScript `\s`: WhiteSpace and LineTerminator code points. */
function isSpace(c: number): boolean {
	if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || c === 0xfeff) return true;
	if (c >= 0x2000 && c <= 0x200a) return true;
	return c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function every(s: string, test: CharTest, from = 0, to = s.length): boolean {
	for (let i = from; i < to; i++) if (!test(s.charCodeAt(i))) return false;
	return true;
}

function some(s: string, test: CharTest, from = 0, to = s.length): boolean {
	for (let i = from; i < to; i++) if (test(s.charCodeAt(i))) return true;
	return false;
}

/** `^\d+$` */
export function isNumeric(s: string): boolean {
	return s.length > 0 && every(s, isDigit);
}

/** `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$` with the `i` flag. */
export function isUuid(s: string): boolean {
	if (s.length !== 36) return false;
	for (let i = 0; i < 36; i++) {
		const c = s.charCodeAt(i);
		const dash = i === 8 || i === 13 || i === 18 || i === 23;
		if (dash ? c !== HYPHEN : !isHex(c)) return false;
	}
	return true;
}

/** Crockford base32: digits and upper-case letters without I, L, O, U. */
const isCrockford: CharTest = (c) =>
	isDigit(c) || (isUpper(c) && c !== 73 && c !== 76 && c !== 79 && c !== 85);

/** `^[0-9A-HJKMNP-TV-Z]{26}$` (ULIDs). */
export function isUlid(s: string): boolean {
	return s.length === 26 && every(s, isCrockford);
}

/** `^(?=[a-f]*\d)[0-9a-f]{12,}$|^(?=[A-F]*\d)[0-9A-F]{12,}$`: one case, at least one digit. */
export function isHexId(s: string): boolean {
	if (s.length < 12 || !some(s, isDigit)) return false;
	return every(s, isLowerHex) || every(s, isUpperHex);
}

const isBase64Char: CharTest = (c) =>
	isDigit(c) || isUpper(c) || isLower(c) || c === 43 || c === 95 || c === HYPHEN;

/**
 * `^(?!(?:[^-]*-){3})(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9+_-]{20,}={0,2}$`: a token of 20+
 * characters mixing digits, lower and upper case, fewer than three hyphens, up to two `=`.
 */
export function isBase64Token(s: string): boolean {
	let end = s.length;
	while (end > 0 && s.length - end < 2 && s.charCodeAt(end - 1) === EQUALS) end--;
	if (end < 20 || !every(s, isBase64Char, 0, end)) return false;
	let hyphens = 0;
	for (let i = 0; i < end; i++) if (s.charCodeAt(i) === HYPHEN) hyphens++;
	return hyphens < 3 && some(s, isDigit, 0, end) && some(s, isLower, 0, end) && some(s, isUpper, 0, end);
}

/** `^[^@\s/]+@[^@\s/]+\.[^@\s/]+$`: one `@` after something, a dot inside what follows it. */
export function isEmail(s: string): boolean {
	let at = -1;
	let innerDot = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 47 || isSpace(c)) return false;
		if (c === 64) {
			if (at !== -1) return false;
			at = i;
		} else if (c === 46 && at !== -1 && i >= at + 2 && i <= s.length - 2) innerDot = true;
	}
	return at >= 1 && innerDot;
}

/** Built-in segment classifiers, by the name `PATH_RULES.templates` uses. */
export const SEGMENT_CLASSIFIERS = {
	/** Decimal numbers: `/orders/1234`. */
	numeric: isNumeric,
	uuid: isUuid,
	/** ULIDs (Crockford base32, 26 characters). */
	ulid: isUlid,
	/** Hex of 12+ characters with at least one digit: object ids, hashes, commit SHAs. */
	hex: isHexId,
	/**
	 * Base64/base64url tokens of 20+ characters mixing upper case, lower case and digits; three or
	 * more hyphens mean a title-case slug (`Getting-Started-Guide-2024`), not a token.
	 */
	base64: isBase64Token,
	/** E-mail addresses: personal data, never a route. */
	email: isEmail,
} as const satisfies Record<string, (segment: string) => boolean>;
export type SegmentRuleName = keyof typeof SEGMENT_CLASSIFIERS;
