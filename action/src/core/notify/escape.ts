/**
 * Untrusted text for each notification target. Slack's mrkdwn treats `&`, `<` and `>` as
 * control characters (`<!channel>`, `<@U123>`, `<url|text>`), so those are entity-escaped,
 * and a zero-width space breaks `@here`-style words; JSON targets only lose invisible and
 * control characters (JSON encoding itself is safe).
 */
import { stripControls } from '../sanitize.ts';

export type EscapeTarget = 'slack' | 'json';

const SLACK_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of inert Slack mrkdwn, at most `max` characters of the original. */
export function escapeSlack(text: string, max = 500): string {
	let clean = stripControls(text);
	if (clean.length > max) clean = `${clean.slice(0, max - 1)}…`;
	return clean
		.replace(/[&<>]/g, (c) => SLACK_ENTITIES[c] ?? c)
		.replace(/([@!])(here|channel|everyone|group)\b/gi, '$1\u200B$2');
}

export function escapeJson(text: string, max = 1000): string {
	const clean = stripControls(text);
	return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function escapeFor(target: EscapeTarget): (text: string) => string {
	return target === 'slack' ? (t) => escapeSlack(t) : (t) => escapeJson(t);
}
