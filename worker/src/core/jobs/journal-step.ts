/**
 * A job's first phase that replays the KV fallback journal into the collectors, one page per
 * step. Event ids make a replay count each event once, however often it runs, but only while
 * the collector still holds the id: an event its collector counted and the front journaled too
 * (the call's answer timed out) would be counted again if a purge deleted the IP's ids before
 * the replay. So repair replays first, and cleanup replays before it purges anything.
 */
import type { StepContext } from './ports.ts';

export type JournalParams = { replayJournal: boolean; journalBatch: number };

export async function replayJournalStep(ctx: StepContext<JournalParams>): Promise<boolean> {
	if (!ctx.params.replayJournal) return true;
	const r = await ctx.ports.replayJournal(ctx.params.journalBatch);
	ctx.store.bump({
		journalEntries: r.replayed,
		journalEvents: r.events,
		journalRecorded: r.recorded,
		journalDuplicates: r.duplicates,
		journalFailed: r.failed,
		journalDeadLettered: r.deadLettered,
	});
	// Entries whose collector keeps failing stay in the journal; stop instead of re-reading them forever.
	if (r.more && r.replayed + r.deadLettered === 0) {
		ctx.store.bump({ journalLeftForLater: 1 });
		return true;
	}
	return !r.more;
}
