/**
 * The event ids a collector has counted within the retention period, for idempotent retries and
 * journal replays. Ids live in packed segments (about 110 ids per row, see collector-ids.ts) and
 * in a Set loaded on the first `record` after the object wakes: a batch costs one segment write
 * and no read, whatever its size. The open segment is rewritten whole on each append.
 */
import {
	deleteSeenBefore,
	readSeenSegments,
	SEEN_SEGMENT_BYTES,
	writeSeenSegment,
} from '../adapters/collector-log-sql.ts';
import { HOUR_MS } from '../contract/time.ts';
import { packedSize, packIds } from '../core/collector-ids.ts';
import type { NormalizedEvent } from '../core/rpc.ts';
import type { MeteredSql } from './metered-sql.ts';

/** Cleanups scan the segments; at most one an hour. */
const CLEANUP_SPACING_MS = HOUR_MS;

type Open = { seg: number; ids: string[]; bytes: number };
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
		let open: Open = { seg: 1, ids: [], bytes: 0 };
		for (const s of readSeenSegments(this.db)) {
			for (const id of s.ids) ids.add(id);
			lastAt.set(s.seg, s.lastAt);
			const bytes = s.ids.reduce((n, id) => n + packedSize(id), 0);
			open =
				bytes < SEEN_SEGMENT_BYTES
					? { seg: s.seg, ids: s.ids, bytes }
					: { seg: s.seg + 1, ids: [], bytes: 0 };
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

	/** Remembers the ids of counted events (call inside the transaction that counts them). */
	add(events: readonly NormalizedEvent[], now: number): void {
		const l = this.#load();
		let open = l.open;
		let dirty = false;
		for (const e of events) {
			const size = packedSize(e.id);
			if (open.ids.length > 0 && open.bytes + size > SEEN_SEGMENT_BYTES) {
				if (dirty) this.#write(open, now);
				open = { seg: open.seg + 1, ids: [], bytes: 0 };
			}
			open.ids.push(e.id);
			open.bytes += size;
			dirty = true;
		}
		if (dirty) this.#write(open, now);
		for (const e of events) l.ids.add(e.id);
		l.open = open;
	}

	#write(open: Open, now: number): void {
		writeSeenSegment(this.db, open.seg, now, packIds(open.ids));
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
