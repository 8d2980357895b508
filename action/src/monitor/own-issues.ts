/**
 * Alert issues as the monitor reads them: only those carrying the marker and opened by the
 * identity pathwatch runs as. The rest are reported as possible forgeries and never written.
 */
import {
	type ForeignIssue,
	sameLogin,
	splitByAuthor,
	unconfirmedIdentity,
} from '../core/issues/ownership.ts';
import type { IssueTracker, TrackedIssue } from '../core/issues/ports.ts';
import { type ParsedIssue, parseIssue } from '../core/issues/state.ts';

export type OwnIssues = {
	/** The login whose issues this run manages. */
	owner: string;
	/** Open marker-carrying issues by `owner`. */
	open: ParsedIssue[];
	/** Open marker-carrying issues by anyone else. */
	foreign: ForeignIssue[];
	/**
	 * The bot that opened every open marker-carrying issue while GET /user was refused and no
	 * login was configured: most likely pathwatch itself as a GitHub App (see unconfirmedIdentity).
	 */
	unconfirmed: string | null;
	/** Own closed issues updated since `since`. */
	closedSince(since: Date): Promise<ParsedIssue[]>;
	/** Own open issues, listed again (after this run created some). */
	listOpen(): Promise<ParsedIssue[]>;
	/**
	 * Whether an issue this run opened, authored by `author`, is one it manages. When the owner
	 * was only assumed (no issue asked for proof), GET /user is asked once: a PAT's first issue
	 * names its owner, who becomes `owner` for the rest of the run.
	 */
	manages(author: string): Promise<boolean>;
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
	return (await identify(tracker, configured, issues)).owner;
}

async function identify(
	tracker: Pick<IssueTracker, 'fixedAuthor' | 'defaultAuthor' | 'whoami'>,
	configured: string | undefined,
	issues: readonly ParsedIssue[],
): Promise<{ owner: string; unconfirmed: string | null; assumed: boolean }> {
	const known = tracker.fixedAuthor ?? configured;
	if (known) return { owner: known, unconfirmed: null, assumed: false };
	const assumed = tracker.defaultAuthor;
	if (issues.every((i) => sameLogin(i.author, assumed)))
		return { owner: assumed, unconfirmed: null, assumed: true };
	const named = await tracker.whoami();
	if (named) return { owner: named, unconfirmed: null, assumed: false };
	return { owner: assumed, unconfirmed: unconfirmedIdentity(issues, assumed), assumed: false };
}

export async function readOwnIssues(
	tracker: IssueTracker,
	label: string,
	configured: string | undefined,
): Promise<OwnIssues> {
	const listed = parsed(await tracker.listOpen(label));
	const id = await identify(tracker, configured, listed);
	const { own, foreign } = splitByAuthor(listed, id.owner);
	let mayAsk = id.assumed;
	const result: OwnIssues = {
		owner: id.owner,
		unconfirmed: id.unconfirmed,
		open: own,
		foreign: foreign.map((i) => ({ number: i.number, url: i.url, author: i.author, title: i.title })),
		closedSince: async (since) =>
			splitByAuthor(parsed(await tracker.listClosedSince(label, since)), result.owner).own,
		listOpen: async () => splitByAuthor(parsed(await tracker.listOpen(label)), result.owner).own,
		manages: async (author) => {
			if (sameLogin(author, result.owner)) return true;
			if (!mayAsk) return false;
			mayAsk = false;
			const named = await tracker.whoami();
			if (named === null || !sameLogin(named, author)) return false;
			result.owner = named;
			return true;
		},
	};
	return result;
}
