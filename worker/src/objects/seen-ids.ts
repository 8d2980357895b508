/**
 * The event ids a collector has counted within the retention period, for idempotent retries and
 * journal replays. Ids live in packed segments (about 58 ids per row, see collector-ids.ts) and
 * in a Set loaded on the first `record` after the object wakes: a batch costs one segment write
 * and no read, whatever its size. The open segment is rewritten whole on each append, from its
 * packed bytes kept in memory (only the new ids are packed).
 *
 * Memory grows with the ids of the retention period (about 77 bytes per UUID as a Set entry,
 * measured in V8): an IP recording a million events a week holds about 77 MB of a Durable
 * Object's 128 MB. A waking object reads every segment once (about 58 ids per row read).
 */
import {
	deleteSeenBefore,
	readSeenSegments,
	SEEN_SEGMENT_BYTES,
	writeSeenSegment,
} from '../adapters/collector-log-sql.ts';
import { HOUR_MS } from '../contract/time.ts';
import { packIds } from '../core/collector-ids.ts';
import type { NormalizedEvent } from '../core/rpc.ts';
import type { MeteredSql } from './metered-sql.ts';

/** Cleanups scan the segments; at most one an hour. */
const CLEANUP_SPACING_MS = HOUR_MS;

/** The segment being appended to: its packed parts, concatenated when written. */
type Open = { seg: number; parts: Uint8Array[]; bytes: number };
type Loaded = { ids: Set<string>; open: Open; lastAt: Map<number, number> };

export class SeenIds {
	#loaded: Loaded | null = null;
	#lastCleanupAt = 0;

	private readonly db: MeteredSql;
	private readonly retentionMs: number;

	constructor(db: MeteredSql, retentionMs: number) {
		this.db = db;
		this.retentionMs = retentionMs;
	}

	invalidate(): void {
		this.#loaded = null;
	}

	#load(): Loaded {
		if (this.#loaded) return this.#loaded;
		const ids = new Set<string>();
		const lastAt = new Map<number, number>();
		let open: Open = { seg: 1, parts: [], bytes: 0 };
		for (const s of readSeenSegments(this.db)) {
			for (const id of s.ids) ids.add(id);
			lastAt.set(s.seg, s.lastAt);
			const bytes = s.blob.length;
			open =
				bytes < SEEN_SEGMENT_BYTES
					? { seg: s.seg, parts: [s.blob], bytes }
					: { seg: s.seg + 1, parts: [], bytes: 0 };
		}
		this.#loaded = { ids, open, lastAt };
		return this.#loaded;
	}

	/** The events whose id was never counted (first of each id within the batch). */
	fresh(events: readonly NormalizedEvent[]): NormalizedEvent[] {
		const { ids } = this.#load();
		const batch = new Set<string>();
		return events.filter((e) => {
			if (ids.has(e.id) || batch.has(e.id)) return false;
			batch.add(e.id);
			return true;
		});
	}

	/**
	 * Remembers the ids of counted events (call inside the transaction that counts them). A
	 * request's ids go to one segment (a new one if they do not fit the open one), so a request
	 * writes one row; only a request larger than a segment spans several.
	 */
	add(events: readonly NormalizedEvent[], now: number): void {
		const l = this.#load();
		const packed = events.map((e) => packIds([e.id]));
		const total = packed.reduce((n, p) => n + p.length, 0);
		let open = l.open;
		if (open.bytes > 0 && open.bytes + total > SEEN_SEGMENT_BYTES)
			open = { seg: open.seg + 1, parts: [], bytes: 0 };
		let dirty = false;
		for (const p of packed) {
			if (open.bytes > 0 && open.bytes + p.length > SEEN_SEGMENT_BYTES) {
				this.#write(open, now);
				open = { seg: open.seg + 1, parts: [], bytes: 0 };
			}
			open.parts.push(p);
			open.bytes += p.length;
			dirty = true;
		}
		if (dirty) this.#write(open, now);
		for (const e of events) l.ids.add(e.id);
		l.open = open;
	}

	#write(open: Open, now: number): void {
		const blob = new Uint8Array(open.bytes);
		let at = 0;
		for (const p of open.parts) {
			blob.set(p, at);
			at += p.length;
		}
		// One part from now on: the next append copies it once instead of many small parts.
		open.parts = [blob];
		writeSeenSegment(this.db, open.seg, now, blob);
		this.#load().lastAt.set(open.seg, now);
	}

	/** When the oldest segment expires (null while none is stored). */
	nextCleanupAt(): number | null {
		// Segments are numbered in write order, so the first one holds the oldest ids.
		const oldest = this.#load().lastAt.values().next();
		if (oldest.done) return null;
		return Math.max(oldest.value + this.retentionMs, this.#lastCleanupAt + CLEANUP_SPACING_MS);
	}

	/** Forgets ids older than the retention period; returns when the next cleanup is due. */
	cleanup(now: number): number | null {
		deleteSeenBefore(this.db, now - this.retentionMs);
		this.#lastCleanupAt = now;
		this.invalidate();
		return this.nextCleanupAt();
	}
}
