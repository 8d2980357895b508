/**
 * Applies a plan through the tracker, one write at a time, in plan order. Existing issues are
 * re-read right before each write and their state merged (write-issue.ts), so what another
 * writer recorded since this run listed them is kept.
 */

import type { PlannedAction } from '../core/issues/plan.ts';
import type { IssueTracker, TrackedIssue } from '../core/issues/ports.ts';
import { writeIssue } from './write-issue.ts';

export type ApplyResult = {
	created: TrackedIssue[];
	touched: Map<string, { number: number; url: string }>;
	/** An issue this run opened that came back by an author it does not manage; writing stopped there. */
	strayCreate: { number: number; author: string } | null;
};

export async function applyPlan(
	tracker: IssueTracker,
	actions: readonly PlannedAction[],
	log: (line: string) => void,
	manages?: (author: string) => Promise<boolean>,
): Promise<ApplyResult> {
	const created: TrackedIssue[] = [];
	const touched = new Map<string, { number: number; url: string }>();
	for (const a of actions) {
		let issue: TrackedIssue | null = null;
		let number = a.issue;
		if (number === null) {
			if (!a.create) continue;
			issue = await tracker.create(a.create);
			created.push(issue);
			number = issue.number;
		}
		if (a.comment && (a.commentFirst || a.issue === null)) await tracker.comment(number, a.comment);
		if (a.patch)
			issue = issue
				? await tracker.update(number, a.patch)
				: await writeIssue(tracker, number, a.patch, 'monitor');
		if (a.comment && !a.commentFirst && a.issue !== null) await tracker.comment(number, a.comment);
		if (issue) touched.set(a.fingerprint, { number, url: issue.url });
		log(`${a.alertname}: ${a.note}${a.issue === null ? ` (#${number})` : ''}`);
		// The author of an issue pathwatch just opened is proof of who it writes as: if that is
		// not the identity it manages, later runs would not see this issue and open it again.
		const author = a.issue === null ? (issue?.author ?? null) : null;
		if (manages && author !== null && !(await manages(author)))
			return { created, touched, strayCreate: { number, author } };
	}
	return { created, touched, strayCreate: null };
}
