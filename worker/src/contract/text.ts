/** Text helpers every component needs alike (pure). */

/**
 * The first `max` UTF-16 code units of `text`, one fewer when the cut would split a surrogate
 * pair: a lone surrogate is not valid Unicode and breaks JSON consumers and SQLite's UTF-8.
 */
export function truncateText(text: string, max: number): string {
	if (text.length <= max) return text;
	const last = text.charCodeAt(max - 1);
	return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
