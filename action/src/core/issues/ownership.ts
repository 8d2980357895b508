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

/**
 * The bot pathwatch most likely runs as when it could not ask. An installation token (a GitHub
 * App's) is refused GET /user, so without a configured login pathwatch assumes the Actions bot;
 * if then every open marker-carrying issue was opened by one other bot and none by the assumed
 * one, those are most likely pathwatch's own issues from earlier runs, and opening another would
 * duplicate them. Null when the issues say nothing of the kind.
 */
export function unconfirmedIdentity(
	issues: readonly { author: string | null }[],
	assumed: string,
): string | null {
	const first = issues[0]?.author ?? null;
	if (first === null || !GITHUB_LOGIN.test(first) || !first.endsWith('[bot]')) return null;
	if (sameLogin(first, assumed)) return null;
	return issues.every((i) => sameLogin(i.author, first)) ? first : null;
}

/** Why the run stops opening issues: the login it writes as is not the one it manages. */
export function identityMismatchMessage(actual: string, expected: string, proof: string): string {
	return (
		`pathwatch writes issues as ${actual} but manages only those opened by ${expected} (${proof}), ` +
		`so every run would open a duplicate: set \`issues.author: ${actual}\` in the config ` +
		`(the \`issues-author\` input, or --issues-author). ` +
		`If ${actual} is not the identity pathwatch runs as, set issues.author to the one it is. ` +
		'No issue is opened until then.'
	);
}
