/**
 * JSON safe to place inside `<script type="application/json">`: `<`, `>` and `&` are escaped
 * so no string can close the element or open a comment, and U+2028/U+2029 so the text is also
 * valid JavaScript. The result parses back to exactly the same value with JSON.parse.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function scriptSafeJson(value: unknown): string {
	const json = JSON.stringify(value);
	if (json === undefined) throw new TypeError('scriptSafeJson: value is not JSON-serialisable');
	return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
