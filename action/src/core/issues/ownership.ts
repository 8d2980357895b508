/**
 * Only our own issues: pathwatch manages the marker-carrying issues authored by the identity it
 * runs as. Anyone can copy the hidden marker and the labels into an issue; such an issue is
 * never edited, commented on or closed, only reported as a possible forgery.
 */

/** A GitHub login: a user, or an app's `<slug>[bot]`. */
export const GITHUB_LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/;

/** GitHub logins are case-insensitive. */
export function sameLogin(a: string | null, b: string | null): boolean {
	return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/** Splits issues into those `owner` opened and the rest (possible forgeries). */
export function splitByAuthor<T extends { author: string | null }>(
	issues: readonly T[],
	owner: string,
): { own: T[]; foreign: T[] } {
	const own: T[] = [];
	const foreign: T[] = [];
	for (const issue of issues) (sameLogin(issue.author, owner) ? own : foreign).push(issue);
	return { own, foreign };
}

/** A marker-carrying issue someone else opened, as the summary and the outputs list it. */
export type ForeignIssue = { number: number; url: string; author: string | null; title: string };
