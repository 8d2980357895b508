/**
 * Alertmanager-style label matchers for silences and maintenance windows:
 * `alertname=ErrorRateHigh`, `severity!=critical`, `alertname=~"P9.Latency.*"`, `budget!~"dev.*"`.
 * `severity` matches the alert's current severity (an attribute, not part of the fingerprint).
 */
export type Matcher = { name: string; op: '=' | '!=' | '=~' | '!~'; value: string; regex: RegExp | null };

const SHAPE = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|(.*?))\s*$/;

/** Parses one matcher; a string result is the reason it is invalid. */
export function parseMatcher(text: string): Matcher | string {
	const m = SHAPE.exec(text);
	if (!m?.[1] || !m[2]) return `expected name=value, name!=value, name=~regex or name!~regex, got '${text}'`;
	const op = m[2] as Matcher['op'];
	const value = m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : (m[4] ?? '');
	if (op === '=' || op === '!=') return { name: m[1], op, value, regex: null };
	try {
		// Anchored like Prometheus: the whole label value must match.
		return { name: m[1], op, value, regex: new RegExp(`^(?:${value})$`) };
	} catch (e) {
		return `invalid regular expression '${value}': ${(e as Error).message}`;
	}
}

function holds(m: Matcher, value: string): boolean {
	if (m.op === '=') return value === m.value;
	if (m.op === '!=') return value !== m.value;
	const hit = m.regex?.test(value) ?? false;
	return m.op === '=~' ? hit : !hit;
}

/** True when every matcher holds for the labels (a missing label is the empty string). */
export function matchesAll(matchers: readonly Matcher[], labels: Record<string, string>): boolean {
	return matchers.every((m) => holds(m, labels[m.name] ?? ''));
}
