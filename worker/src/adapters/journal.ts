/**
 * The fallback journal in KV: events that could not reach their Durable Object (failure,
 * timeout, open breaker) are appended as one new key per IP group of a request, never by
 * rewriting a shared key, so concurrent writers cannot lose each other's events. Replay moves
 * them into their collectors; collectors skip event ids they have seen, so replaying an entry
 * twice (a crash between record and delete, or KV's eventually consistent listing) counts
 * nothing twice.
 */
import { z } from 'zod';
import { networkPrefix } from '../contract/ip.ts';
import { mapLimit } from '../contract/map-limit.ts';
import { redactIps } from '../contract/redact.ts';
import type { JournalReplay } from '../core/jobs/ports.ts';
import type { NormalizedEvent } from '../core/rpc.ts';
import type { Bindings } from '../env.ts';

export const JOURNAL_PREFIX = 'journal/v1/';
/** Entries that cannot be parsed are moved here (kept for inspection, out of the replay path). */
export const DEAD_LETTER_PREFIX = 'journal-dead/v1/';

export type JournalReason = 'do_error' | 'do_timeout' | 'breaker_open';

const EventSchema = z.object({
	id: z.string().min(1),
	ip: z.string().min(1),
	path: z.string().startsWith('/'),
	method: z.string().min(1),
	userAgent: z.string().nullable(),
	country: z.string().nullable(),
	timestamp: z.number().int(),
});

const EntrySchema = z.object({
	v: z.literal(1),
	ip: z.string().min(1),
	reason: z.string(),
	events: z.array(EventSchema).min(1),
});

const MetadataSchema = z.object({ ip: z.string(), n: z.number().int(), at: z.number() });

/** Appends one entry (the events of one IP from one request). Keys sort by time of writing. */
export async function appendJournal(
	kv: KVNamespace,
	ip: string,
	events: NormalizedEvent[],
	reason: JournalReason,
	now: number,
): Promise<void> {
	const key = `${JOURNAL_PREFIX}${String(now).padStart(13, '0')}/${crypto.randomUUID()}`;
	const value = JSON.stringify({ v: 1, ip, reason, events });
	await kv.put(key, value, { metadata: { ip, n: events.length, at: now } });
}

/** What one replay call did (the shape the repair job's port declares). */
export type ReplayResult = JournalReplay;

type Entry = { key: string; ip: string; events: NormalizedEvent[] };

/** Reads one page of entries; unparseable ones are dead-lettered, vanished ones skipped. */
async function readEntries(
	kv: KVNamespace,
	limit: number,
): Promise<{ entries: Entry[]; dead: number; scanned: number; more: boolean }> {
	const page = await kv.list({ prefix: JOURNAL_PREFIX, limit });
	let dead = 0;
	const read = await mapLimit(page.keys, 6, async ({ name }) => {
		const text = await kv.get(name, 'text');
		// Already replayed and deleted by a concurrent run (KV listings lag deletes).
		if (text === null) return null;
		let parsed: ReturnType<typeof EntrySchema.safeParse> | null = null;
		try {
			parsed = EntrySchema.safeParse(JSON.parse(text));
		} catch {
			// Not JSON: handled below as a dead letter.
		}
		if (!parsed?.success || parsed.data.events.some((e) => e.ip !== parsed.data.ip)) {
			await kv.put(`${DEAD_LETTER_PREFIX}${name.slice(JOURNAL_PREFIX.length)}`, text);
			await kv.delete(name);
			dead++;
			return null;
		}
		return { key: name, ip: parsed.data.ip, events: parsed.data.events };
	});
	const entries = read.filter((e): e is Entry => e !== null);
	return { entries, dead, scanned: page.keys.length, more: !page.list_complete };
}

const MAX_EVENTS_PER_CALL = 1000;

/**
 * Moves up to `limit` journal entries into their collectors (one DO call per IP, at most 1000
 * events each) and deletes the entries that were recorded. Safe to run concurrently and
 * repeatedly: event ids make every event count once.
 */
export async function replayJournal(
	env: Bindings,
	options: { limit?: number; concurrency?: number } = {},
): Promise<ReplayResult> {
	const { entries, dead, scanned, more } = await readEntries(
		env.JOURNAL,
		Math.min(options.limit ?? 50, 1000),
	);
	const byIp = new Map<string, Entry[]>();
	for (const e of entries) byIp.set(e.ip, [...(byIp.get(e.ip) ?? []), e]);
	const result: ReplayResult = {
		scanned,
		replayed: 0,
		events: 0,
		recorded: 0,
		duplicates: 0,
		failed: 0,
		deadLettered: dead,
		more,
	};
	await mapLimit([...byIp], options.concurrency ?? 4, async ([ip, group]) => {
		const events = group.flatMap((g) => g.events);
		try {
			const stub = env.PATH_COLLECTOR.getByName(ip);
			for (let i = 0; i < events.length; i += MAX_EVENTS_PER_CALL) {
				const r = await stub.record(events.slice(i, i + MAX_EVENTS_PER_CALL));
				result.recorded += r.recorded;
				result.duplicates += r.duplicates;
			}
		} catch (err) {
			// The entries stay in the journal for the next replay; partial chunks are deduplicated then.
			// The network, not the address: log lines carry no raw IP (nor does the error text).
			const network = networkPrefix(ip);
			console.error(JSON.stringify({ msg: 'journal replay failed', network, err: redactIps(String(err)) }));
			result.failed += group.length;
			return;
		}
		await mapLimit(group, 6, (g) => env.JOURNAL.delete(g.key));
		result.replayed += group.length;
		result.events += events.length;
	});
	return result;
}

/** The write time a journal key carries (`journal/v1/<13-digit ms>/<uuid>`), or null. */
export function journalKeyTime(name: string): number | null {
	const ms = Number(name.slice(JOURNAL_PREFIX.length, JOURNAL_PREFIX.length + 13));
	return name.startsWith(JOURNAL_PREFIX) && Number.isSafeInteger(ms) ? ms : null;
}

/** What a bounded listing of the journal found; `pages` is the KV list operations it took. */
export type JournalListing = {
	entries: number;
	events: number;
	oldestAt: number | null;
	complete: boolean;
	pages: number;
};

/**
 * Journal backlog from key names and metadata alone (no value reads), at most `maxPages` KV
 * list operations (1000 keys each). KV lists keys in lexicographic order and keys start with
 * the zero-padded write time, so the first key listed is the oldest entry: its age is exact
 * whatever the backlog; the event count is a lower bound when `complete` is false.
 */
export async function readJournalBacklog(kv: KVNamespace, maxPages = 10): Promise<JournalListing> {
	let cursor: string | undefined;
	const out: JournalListing = { entries: 0, events: 0, oldestAt: null, complete: false, pages: 0 };
	while (out.pages < maxPages) {
		const res = await kv.list({ prefix: JOURNAL_PREFIX, cursor });
		out.pages++;
		for (const k of res.keys) {
			out.entries++;
			const meta = MetadataSchema.safeParse(k.metadata);
			if (meta.success) out.events += meta.data.n;
			const at = journalKeyTime(k.name) ?? (meta.success ? meta.data.at : null);
			if (at !== null) out.oldestAt = out.oldestAt === null ? at : Math.min(out.oldestAt, at);
		}
		if (res.list_complete) {
			out.complete = true;
			break;
		}
		cursor = res.cursor;
	}
	return out;
}
