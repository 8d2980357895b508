/**
 * The one way an existing alert issue is written: re-read it, then send the patch with its
 * state merged into what the issue holds now (merge-state.ts). What any other writer
 * (an overlapping run, a `/pathwatch` command) wrote since this writer's own read survives;
 * the window left is the single request between this re-read and the write.
 */
import { mergePatch, type StateWriter } from '../core/issues/merge-state.ts';
import type { IssuePatch, IssueTracker, TrackedIssue } from '../core/issues/ports.ts';

export type IssueWriter = Pick<IssueTracker, 'get' | 'update'>;

/**
 * Writes `patch` to issue `number` as `writer`. A function patch is computed from the issue as
 * just re-read (labels toggled against the current set, a claim decided on the current claim);
 * returning null writes nothing and gives null.
 */
export async function writeIssue(
	tracker: IssueWriter,
	number: number,
	patch: IssuePatch | ((fresh: TrackedIssue) => IssuePatch | null),
	writer: StateWriter,
): Promise<TrackedIssue | null> {
	const fresh = await tracker.get(number);
	const wanted = typeof patch === 'function' ? patch(fresh) : patch;
	if (wanted === null) return null;
	return tracker.update(number, mergePatch(fresh, wanted, writer));
}
