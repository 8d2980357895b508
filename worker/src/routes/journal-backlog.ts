/**
 * The fallback journal's backlog for /metrics and the snapshot: a bounded KV listing (key names
 * and metadata only, never values), its list operations booked into usage.
 */
import { observeUsage, type WaitUntil } from '../adapters/front-metrics.ts';
import { type JournalListing, readJournalBacklog } from '../adapters/journal.ts';
import type { Bindings } from '../env.ts';

/**
 * At most this many list operations (1000 keys each) per read: beyond 10,000 waiting entries
 * the count is a lower bound (flagged), while the oldest entry's age stays exact.
 */
export const JOURNAL_MAX_PAGES = 10;

/** Lists the journal and books the list operations it took. */
export async function journalBacklog(env: Bindings, ctx: WaitUntil | null): Promise<JournalListing> {
	const j = await readJournalBacklog(env.JOURNAL, JOURNAL_MAX_PAGES);
	if (ctx) observeUsage(env, ctx, { kvReads: j.pages });
	return j;
}
