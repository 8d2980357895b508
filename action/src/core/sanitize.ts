/**
 * Neutralises untrusted text (paths, user agents, countries, IPs) before it reaches an issue,
 * a comment, a job summary or the dashboard. The result is inert Markdown: no @mention or
 * #123 reference fires, no HTML or HTML comment (marker forgery) survives, no link is formed.
 */

/** GitHub's limit on an issue or comment body. */
export const GITHUB_BODY_LIMIT = 65_536;
/** What we aim for, leaving room for the state block and multi-byte counting differences. */
export const BODY_BUDGET = 60_000;

const ZWSP = '&#8203;';
// C0/C1 controls (newlines handled separately), bidi overrides/isolates (Trojan Source), BOM.
const INVISIBLE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};
// Markdown punctuation that could start emphasis, code, links, images, tables or headings.
const MD_PUNCT = /[\\`*_{}[\]()#+\-.!|~]/g;

/** Strips invisible and control characters and collapses whitespace to single spaces. */
export function stripControls(text: string): string {
	return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Untrusted text as one inert line of Markdown, at most `max` characters of the original.
 * HTML is entity-escaped, Markdown punctuation backslash-escaped, and a zero-width space
 * (as an entity) breaks `@name`, `#123`, `GH-123`, `scheme://` and `www.` so GitHub never
 * turns them into mentions, references or links.
 */
export function neutralize(text: string, max = 200): string {
	let clean = stripControls(text);
	if (clean.length > max) clean = `${clean.slice(0, max - 1)}…`;
	// Markdown escapes first: the HTML entities added next contain '#', which must stay bare.
	return clean
		.replace(MD_PUNCT, (c) => `\\${c}`)
		.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
		.replace(/@/g, `@${ZWSP}`)
		.replace(/\\#/g, `\\#${ZWSP}`)
		.replace(/\b(GH)\\-(?=\d)/gi, `$1${ZWSP}\\-`)
		.replace(/:\/\//g, `${ZWSP}://`)
		.replace(/\b(www)\\\./gi, `$1${ZWSP}\\.`);
}

/** For plain-text places (issue titles): no HTML or Markdown rendering, but mentions and references. */
export function neutralizePlain(text: string, max = 200): string {
	let clean = stripControls(text);
	if (clean.length > max) clean = `${clean.slice(0, max - 1)}…`;
	return clean.replace(/([@#])/g, '$1\u200B').replace(/:\/\//g, '\u200B://');
}

/** Escapes text for HTML contexts (the job summary's HTML, dashboard attributes). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Keeps a rendered body under the budget by cutting at a line boundary and saying so. The
 * tail (markers and state block) must be passed separately so it is never cut.
 */
export function capBody(content: string, tail: string, budget = BODY_BUDGET): string {
	const room = budget - tail.length - 80;
	if (content.length <= room) return `${content}\n${tail}`;
	const cut = content.lastIndexOf('\n', room);
	const kept = content.slice(0, cut > 0 ? cut : room);
	return `${kept}\n\n_… truncated: the full body exceeded GitHub's size limit._\n${tail}`;
}
