/**
 * The event ids a collector has counted within the retention period, for idempotent retries and
 * journal replays. Ids live in packed segments (about 58 ids per row, see collector-ids.ts),
 * loaded on the first `record` after the object wakes: a batch costs one segment write, whatever
 * its size. The open segment is rewritten whole on each append, from its packed bytes kept in
 * memory in a segment-sized buffer (only the new ids are packed, all at once), under a fixed
 * key with the collector's unfolded path deltas (collector-log-sql.ts, OPEN_SEGMENT_KEY); a
 * full one is sealed, stored under its number.
 *
 * Memory is bounded by `exactCap`: the newest segments' ids (at most the cap, plus the open
 * segment) sit in an exact Set; older segments keep only a 32-bit fingerprint and segment number
 * per id (core/seen-index.ts, 8 bytes instead of ~77). An id whose fingerprint matches is
 * checked against the rows of the matching segments, so dedup stays exact: rows are read only
 * on a fingerprint hit (a real old duplicate, or a 1-in-2^32-per-id collision). A waking object
 * reads every segment once (about 58 ids per row read) to rebuild both; a cleanup deletes
 * expired segments by key range (reading about the rows it deletes) and drops them from memory
 * in place, without a reload.
 */
import {
	clearOpenDeltas,
	deleteOpenSegment,
	deleteSeenBefore,
	OPEN_SEGMENT_KEY,
	readOpenDeltas,
	readSeenSegmentIds,
	readSeenSegments,
	SEEN_SEGMENT_BYTES,
	type SeenSegment,
	writeOpenSegment,
	writeSealedSegment,
} from '../adapters/collector-log-sql.ts';
import { HOUR_MS } from '../contract/time.ts';
import { entrySizeAt, packIds, unpackIds } from '../core/collector-ids.ts';
import type { NormalizedEvent } from '../core/rpc.ts';
import {
	type ColdRun,
	candidateSegments,
	dropSegments,
	fingerprint,
	mergeRuns,
	RunBuilder,
} from '../core/seen-index.ts';
import type { MeteredSql } from './metered-sql.ts';

/** Cleanups scan the segments; at most one an hour. */
const CLEANUP_SPACING_MS = HOUR_MS;
/** More runs than this are merged into one: each run costs a binary search per fresh id. */
const MAX_COLD_RUNS = 8;

/** The segment being appended to: its packed bytes are the first `bytes` of `buf`. */
type Open = { seg: number; buf: Uint8Array; bytes: number };

const emptyOpen = (seg: number): Open => ({ seg, buf: new Uint8Array(SEEN_SEGMENT_BYTES), bytes: 0 });

/** The open segment continuing the stored one (a full one is sealed by the next append). */
function reopen(seg: number, blob: Uint8Array): Open {
	const open = emptyOpen(seg);
	open.buf.set(blob);
	open.bytes = blob.length;
	return open;
}
/** A segment whose ids are in the exact Set, oldest first. */
type ExactSeg = { seg: number; ids: string[] };
type Loaded = {
	ids: Set<string>;
	exact: ExactSeg[];
	cold: ColdRun[];
	open: Open;
	lastAt: Map<number, number>;
	/** The unfolded path deltas stored with the open segment. */
	deltas: string | null;
};

/**
 * Splits the stored segments (oldest first): the newest ones holding at most `cap` ids (the
 * newest one always) go to the exact Set, older ones straight to fingerprint runs. Segments are
 * unpacked one at a time, newest first, so a wake never holds every id as a string.
 */
function splitWindow(segments: readonly SeenSegment[], cap: number): Pick<Loaded, 'ids' | 'exact' | 'cold'> {
	const exact: ExactSeg[] = [];
	const ids = new Set<string>();
	const cold = new RunBuilder();
	let full = false;
	for (let i = segments.length - 1; i >= 0; i--) {
		const s = segments[i];
		if (!s) continue;
		const segIds = unpackIds(s.blob);
		full ||= exact.length > 0 && ids.size + segIds.length > cap;
		if (full) for (const id of segIds) cold.push(fingerprint(id), s.seg);
		else {
			exact.push({ seg: s.seg, ids: segIds });
			for (const id of segIds) ids.add(id);
		}
	}
	return { ids, exact: exact.reverse(), cold: cold.build() };
}

export class SeenIds {
	#loaded: Loaded | null = null;
	/** The stored deltas as read without loading the ids (undefined: not read since the last load). */
	#newest: string | null | undefined;
	#lastCleanupAt = 0;

	private readonly db: MeteredSql;
	private readonly retentionMs: number;
	private readonly exactCap: () => number;

	/** `exactCap`: ids kept exactly in memory (read per load, so a setting change applies on wake). */
	constructor(db: MeteredSql, retentionMs: number, exactCap: () => number) {
		this.db = db;
		this.retentionMs = retentionMs;
		this.exactCap = exactCap;
	}

	invalidate(): void {
		this.#loaded = null;
		this.#newest = undefined;
	}

	#load(): Loaded {
		if (this.#loaded) return this.#loaded;
		const lastAt = new Map<number, number>();
		const rows = readSeenSegments(this.db);
		const stored = rows[0]?.seg === OPEN_SEGMENT_KEY ? rows[0] : undefined;
		const sealed = stored ? rows.slice(1) : rows;
		// The open segment is numbered after the last sealed one.
		const seg = (sealed.at(-1)?.seg ?? 0) + 1;
		const segments = stored ? [...sealed, { ...stored, seg }] : sealed;
		for (const s of segments) lastAt.set(s.seg, s.lastAt);
		const open = stored ? reopen(seg, stored.blob) : emptyOpen(seg);
		const deltas = stored?.deltas ?? null;
		this.#loaded = { ...splitWindow(segments, this.exactCap()), open, lastAt, deltas };
		this.#newest = undefined;
		return this.#loaded;
	}

	/**
	 * The unfolded path deltas stored with the ids (core/pending-paths.ts): from memory once the
	 * ids are loaded, otherwise one row read (an export or an admin read never loads the ids).
	 */
	storedDeltas(): string | null {
		if (this.#loaded) return this.#loaded.deltas;
		if (this.#newest === undefined) this.#newest = readOpenDeltas(this.db);
		return this.#newest;
	}

	/** Forgets the stored path deltas (call inside the transaction that folds or discards them). */
	clearDeltas(): void {
		if (this.storedDeltas() === null) return;
		clearOpenDeltas(this.db);
		if (this.#loaded) this.#loaded.deltas = null;
		else this.#newest = null;
	}

	/** The ids kept exactly in memory and those summarised by fingerprint (memory figures, tests). */
	sizes(): { exact: number; cold: number } {
		const l = this.#load();
		return { exact: l.ids.size, cold: l.cold.reduce((n, r) => n + r.fps.length, 0) };
	}

	/** The events whose id was never counted (first of each id within the batch). */
	fresh(events: readonly NormalizedEvent[]): NormalizedEvent[] {
		const l = this.#load();
		const batch = new Set<string>();
		const candidates = new Map<string, number[]>();
		const out = events.filter((e) => {
			if (l.ids.has(e.id) || batch.has(e.id)) return false;
			batch.add(e.id);
			const segs = l.cold.length > 0 ? candidateSegments(l.cold, fingerprint(e.id)) : [];
			if (segs.length > 0) candidates.set(e.id, segs);
			return true;
		});
		if (candidates.size === 0) return out;
		const old = this.#confirm(candidates);
		return out.filter((e) => !old.has(e.id));
	}

	/** Reads each candidate segment once and returns the ids it really holds. */
	#confirm(candidates: ReadonlyMap<string, readonly number[]>): Set<string> {
		const segIds = new Map<number, Set<string>>();
		const seen = new Set<string>();
		for (const [id, segs] of candidates) {
			for (const seg of segs) {
				let ids = segIds.get(seg);
				if (!ids) {
					ids = new Set(readSeenSegmentIds(this.db, seg));
					segIds.set(seg, ids);
				}
				if (ids.has(id)) seen.add(id);
			}
		}
		return seen;
	}

	/**
	 * Remembers the ids of counted events (call inside the transaction that counts them), with
	 * `deltas`, every unfolded path delta after this request (null when none; required, as the
	 * row is rewritten whole: a call that left it out would drop them). A request's ids go
	 * to the open segment, rewritten whole with the deltas: one row. When they do not fit, the
	 * open segment is sealed first (stored under its number: one more row) and a new one opens;
	 * only a request larger than a segment seals more than one.
	 */
	add(events: readonly NormalizedEvent[], now: number, deltas: string | null): void {
		if (events.length === 0) return;
		const l = this.#load();
		const ids = events.map((e) => e.id);
		const packed = packIds(ids);
		let open = l.open;
		if (open.bytes > 0 && open.bytes + packed.length > SEEN_SEGMENT_BYTES) {
			this.#seal(open, l.lastAt.get(open.seg) ?? now);
			open = emptyOpen(open.seg + 1);
		}
		// Entries are copied a run at a time: the whole request, unless it needs another segment.
		let from = 0;
		let at = 0;
		for (const id of ids) {
			const size = entrySizeAt(packed, at);
			if (open.bytes + (at - from) + size > SEEN_SEGMENT_BYTES) {
				this.#append(open, packed.subarray(from, at));
				this.#seal(open, now);
				open = emptyOpen(open.seg + 1);
				from = at;
			}
			at += size;
			this.#exactSeg(l, open.seg).ids.push(id);
			l.ids.add(id);
		}
		this.#append(open, packed.subarray(from, at));
		writeOpenSegment(this.db, now, open.buf.subarray(0, open.bytes), deltas);
		l.lastAt.set(open.seg, now);
		l.deltas = deltas;
		l.open = open;
		this.#evict(l, this.exactCap());
	}

	#append(open: Open, bytes: Uint8Array): void {
		open.buf.set(bytes, open.bytes);
		open.bytes += bytes.length;
	}

	/** The exact window's entry for a segment being appended to (always the newest). */
	#exactSeg(l: Loaded, seg: number): ExactSeg {
		const last = l.exact.at(-1);
		if (last?.seg === seg) return last;
		const created = { seg, ids: [] };
		l.exact.push(created);
		return created;
	}

	/**
	 * Moves the oldest segments out of the exact Set once it holds more than `cap` ids, down to
	 * 7/8 of the cap so that each move builds a run of a useful size. The newest segment stays.
	 */
	#evict(l: Loaded, cap: number): void {
		if (l.ids.size <= cap) return;
		const target = cap - Math.floor(cap / 8);
		const moved = new RunBuilder();
		while (l.ids.size > target && l.exact.length > 1) {
			const s = l.exact.shift();
			if (!s) break;
			for (const id of s.ids) {
				l.ids.delete(id);
				moved.push(fingerprint(id), s.seg);
			}
		}
		l.cold.push(...moved.build());
		if (l.cold.length > MAX_COLD_RUNS) l.cold = mergeRuns(l.cold);
	}

	/** Stores a segment that takes no more ids under its number (`at`: its newest id's time). */
	#seal(open: Open, at: number): void {
		writeSealedSegment(this.db, open.seg, at, open.buf.subarray(0, open.bytes));
		this.#load().lastAt.set(open.seg, at);
	}

	/**
	 * Forgets expired ids when a cleanup is due: one DELETE statement, alone or in the caller's
	 * transaction. Nothing schedules one: writes, alarms and the compaction job call this or
	 * `cleanup`, so an idle object is never woken for its ids; expired ids it still holds only
	 * make dedup stricter.
	 */
	cleanupIfDue(now: number): void {
		const due = this.nextCleanupAt();
		if (due !== null && due <= now) this.cleanup(now);
	}

	/** When the oldest segment expires (null while none is stored). */
	nextCleanupAt(): number | null {
		// Segments are numbered in write order, so the first one holds the oldest ids.
		const oldest = this.#load().lastAt.values().next();
		if (oldest.done) return null;
		return Math.max(oldest.value + this.retentionMs, this.#lastCleanupAt + CLEANUP_SPACING_MS);
	}

	/**
	 * Forgets ids older than the retention period; returns when the next cleanup is due. The
	 * memory drops the same segments in place, without a reload.
	 */
	cleanup(now: number): number | null {
		const cutoff = now - this.retentionMs;
		const l = this.#load();
		const gone = new Set<number>();
		let through = 0;
		for (const [seg, at] of l.lastAt) {
			if (at >= cutoff) continue;
			if (seg === l.open.seg) {
				// The open segment holding unfolded path deltas stays until they are folded.
				if (l.deltas === null) gone.add(seg);
				continue;
			}
			gone.add(seg);
			through = Math.max(through, seg);
		}
		this.#lastCleanupAt = now;
		if (gone.size === 0) return this.nextCleanupAt();
		// Memory mirrors every committed row, so these are exactly the rows the deletes match.
		if (through > 0) deleteSeenBefore(this.db, cutoff, through);
		if (gone.has(l.open.seg)) deleteOpenSegment(this.db);
		this.#forget(l, gone);
		return this.nextCleanupAt();
	}

	/** Drops deleted segments from memory (the window, the fingerprint runs, the open segment). */
	#forget(l: Loaded, gone: ReadonlySet<number>): void {
		for (const seg of gone) l.lastAt.delete(seg);
		l.exact = l.exact.filter((s) => {
			if (!gone.has(s.seg)) return true;
			for (const id of s.ids) l.ids.delete(id);
			return false;
		});
		l.cold = l.cold.map((r) => dropSegments(r, gone)).filter((r) => r.fps.length > 0);
		// Its row is gone: appending to its bytes would bring the expired ids back.
		if (gone.has(l.open.seg)) l.open = emptyOpen(l.open.seg + 1);
	}
}
