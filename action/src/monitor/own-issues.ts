/**
 * Alert issues as the monitor reads them: only those carrying the marker and opened by the
 * identity pathwatch runs as. The rest are reported as possible forgeries and never written.
 */
import { type ForeignIssue, sameLogin, splitByAuthor } from '../core/issues/ownership.ts';
import type { IssueTracker, TrackedIssue } from '../core/issues/ports.ts';
import { type ParsedIssue, parseIssue } from '../core/issues/state.ts';

export type OwnIssues = {
	/** The login whose issues this run manages. */
	owner: string;
	/** Open marker-carrying issues by `owner`. */
	open: ParsedIssue[];
	/** Open marker-carrying issues by anyone else. */
	foreign: ForeignIssue[];
	/** Own closed issues updated since `since`. */
	closedSince(since: Date): Promise<ParsedIssue[]>;
	/** Own open issues, listed again (after this run created some). */
	listOpen(): Promise<ParsedIssue[]>;
};

function parsed(issues: readonly TrackedIssue[]): ParsedIssue[] {
	return issues.map(parseIssue).filter((i) => i !== null);
}

/**
 * Who pathwatch is: the store's only author when it has accounts of none (the local
 * directory), else the configured login, else the tracker's default author; only when an
 * issue by someone else carries the marker is the server asked (GET /user names a PAT's
 * owner), so a steady run with the Actions token costs no extra request.
 */
export async function resolveOwner(
	tracker: Pick<IssueTracker, 'fixedAuthor' | 'defaultAuthor' | 'whoami'>,
	configured: string | undefined,
	issues: readonly ParsedIssue[],
): Promise<string> {
	if (tracker.fixedAuthor) return tracker.fixedAuthor;
	if (configured) return configured;
	const assumed = tracker.defaultAuthor;
	if (issues.every((i) => sameLogin(i.author, assumed))) return assumed;
	return (await tracker.whoami()) ?? assumed;
}

export async function readOwnIssues(
	tracker: IssueTracker,
	label: string,
	configured: string | undefined,
): Promise<OwnIssues> {
	const listed = parsed(await tracker.listOpen(label));
	const owner = await resolveOwner(tracker, configured, listed);
	const { own, foreign } = splitByAuthor(listed, owner);
	return {
		owner,
		open: own,
		foreign: foreign.map((i) => ({ number: i.number, url: i.url, author: i.author, title: i.title })),
		closedSince: async (since) =>
			splitByAuthor(parsed(await tracker.listClosedSince(label, since)), owner).own,
		listOpen: async () => splitByAuthor(parsed(await tracker.listOpen(label)), owner).own,
	};
}
