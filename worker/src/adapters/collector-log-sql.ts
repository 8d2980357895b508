/**
 * PathCollector's bookkeeping SQL: seen event ids in packed segments (collector-ids.ts) and the
 * per-minute report deltas (`meta` keys) of work that was not handed back in a `record` answer.
 */
import { z } from 'zod';
import { addDelta, isZeroDelta, subtractDelta } from '../core/collector-batch.ts';
import { unpackIds } from '../core/collector-ids.ts';
import type { CollectorMinuteDelta } from '../core/reports.ts';
import type { CollectorDb } from '../objects/collector-db.ts';
import type { MeteredSql } from '../objects/metered-sql.ts';
import { metaDelete, metaGet, metaPut, metaScan } from './collector-sql.ts';

/**
 * A segment is rewritten whole on each append, so it stays small; four fill a 4 KB page
 * without an overflow page. About 58 front-assigned ids per segment.
 */
export const SEEN_SEGMENT_BYTES = 1000;

/**
 * The key of the open segment, the one being appended to. It holds the unfolded path deltas
 * (core/pending-paths.ts) with its ids, so a request writes this row alone. Its number is one
 * more than the last sealed segment's; sealed segments are stored under their number, with no
 * deltas. A fixed key keeps the open row, which grows to a few KB with its deltas, out of the
 * pages where sealed segments are appended: they fill a page four at a time.
 */
export const OPEN_SEGMENT_KEY = 0;

/** `deltas`: the unfolded path deltas, held by the open segment (key OPEN_SEGMENT_KEY) only. */
export type SeenSegment = { seg: number; lastAt: number; blob: Uint8Array; deltas: string | null };

// Built once: a zod schema costs far more to build than to run.
const SegmentRowSchema = z.object({
	seg: z.number(),
	last_at: z.number(),
	ids: z.instanceof(ArrayBuffer),
	deltas: z.string().nullable(),
});
const SegmentIdsSchema = z.object({ ids: z.instanceof(ArrayBuffer) });
const OpenDeltasSchema = z.object({ deltas: z.string().nullable() });

/**
 * Every stored segment, by key: the open one first (key OPEN_SEGMENT_KEY) if stored, then the
 * sealed ones oldest first, still packed (the caller unpacks one at a time: bounded memory).
 */
export function readSeenSegments(db: MeteredSql): SeenSegment[] {
	return db.all('SELECT seg, last_at, ids, deltas FROM seen_ids ORDER BY seg').map((raw) => {
		const r = SegmentRowSchema.parse(raw);
		return { seg: r.seg, lastAt: r.last_at, blob: new Uint8Array(r.ids), deltas: r.deltas };
	});
}

/** The ids of one sealed segment (empty when it was deleted): one row read, for an exact check. */
export function readSeenSegmentIds(db: MeteredSql, seg: number): string[] {
	const row = db.all('SELECT ids FROM seen_ids WHERE seg = ?', seg)[0];
	if (row === undefined) return [];
	return unpackIds(new Uint8Array(SegmentIdsSchema.parse(row).ids));
}

/** The unfolded path deltas, without reading any other segment: one row read. */
export function readOpenDeltas(db: MeteredSql): string | null {
	const row = db.all('SELECT deltas FROM seen_ids WHERE seg = ?', OPEN_SEGMENT_KEY)[0];
	return row === undefined ? null : OpenDeltasSchema.parse(row).deltas;
}

/** Forgets the path deltas (folded or discarded): one row written. */
export function clearOpenDeltas(db: MeteredSql): void {
	db.run('UPDATE seen_ids SET deltas = NULL WHERE seg = ?', OPEN_SEGMENT_KEY);
}

/** Writes the open segment whole, ids and deltas: one row written. */
export function writeOpenSegment(
	db: MeteredSql,
	lastAt: number,
	packed: Uint8Array,
	deltas: string | null,
): void {
	db.run(
		`INSERT INTO seen_ids (seg, last_at, ids, deltas) VALUES (?, ?, ?, ?)
		ON CONFLICT (seg) DO UPDATE SET last_at = excluded.last_at, ids = excluded.ids, deltas = excluded.deltas`,
		OPEN_SEGMENT_KEY,
		lastAt,
		// A copy: its buffer is exactly the blob, typed as the ArrayBuffer SQLite binds.
		packed.slice().buffer,
		deltas,
	);
}

/** Stores a segment that takes no more ids under its number: one row written. */
export function writeSealedSegment(db: MeteredSql, seg: number, lastAt: number, packed: Uint8Array): void {
	if (seg <= OPEN_SEGMENT_KEY) throw new Error(`sealed segment number ${seg} is not positive`);
	db.run('INSERT INTO seen_ids (seg, last_at, ids) VALUES (?, ?, ?)', seg, lastAt, packed.slice().buffer);
}

/** Deletes the open segment (its ids expired, it holds no deltas): one row written. */
export function deleteOpenSegment(db: MeteredSql): void {
	db.run('DELETE FROM seen_ids WHERE seg = ?', OPEN_SEGMENT_KEY);
}

/**
 * Forgets sealed segments whose newest id is older than the cutoff, among those numbered up to
 * `throughSeg` (the newest expired one the caller knows of): a key range, so the delete reads
 * about the rows it removes instead of scanning every segment.
 */
export function deleteSeenBefore(db: MeteredSql, cutoff: number, throughSeg: number): void {
	db.run(
		'DELETE FROM seen_ids WHERE seg > ? AND seg <= ? AND last_at < ?',
		OPEN_SEGMENT_KEY,
		throughSeg,
		cutoff,
	);
}

const PENDING_PREFIX = 'pending:';

/** A delta as stored: [records, record, admin, job, rowsRead, rowsWritten, activeMs, newPaths]. */
const StoredDeltaSchema = z.tuple([
	z.number(),
	z.number(),
	z.number(),
	z.number(),
	z.number(),
	z.number(),
	z.number(),
	z.number(),
]);

function toStored(d: CollectorMinuteDelta): number[] {
	const r = d.doRequests;
	return [d.records, r.record, r.admin, r.job, d.rowsRead, d.rowsWritten, d.activeMs, d.newPaths];
}

function fromStored(value: string): CollectorMinuteDelta {
	const [records, record, admin, job, rowsRead, rowsWritten, activeMs, newPaths] = StoredDeltaSchema.parse(
		JSON.parse(value),
	);
	return { records, doRequests: { record, admin, job }, rowsRead, rowsWritten, activeMs, newPaths };
}

const pendingKey = (minute: number) => `${PENDING_PREFIX}${minute}`;

/** Adds a delta to its minute's pending entry (persisted with the work it describes). */
export function addPending(db: CollectorDb, minute: number, d: CollectorMinuteDelta): void {
	const current = metaGet(db, pendingKey(minute));
	metaPut(db, pendingKey(minute), JSON.stringify(toStored(current ? addDelta(fromStored(current), d) : d)));
}

export type PendingMinute = { minute: number; delta: CollectorMinuteDelta };

export function readPending(db: CollectorDb): PendingMinute[] {
	return metaScan(db, PENDING_PREFIX).map((r) => ({
		minute: Number(r.key.slice(PENDING_PREFIX.length)),
		delta: fromStored(r.value),
	}));
}

/** Removes what a successful report carried; increments that arrived meanwhile stay pending. */
export function subtractPending(db: CollectorDb, sent: readonly PendingMinute[]): void {
	for (const { minute, delta } of sent) {
		const current = metaGet(db, pendingKey(minute));
		if (current === null) continue;
		const left = subtractDelta(fromStored(current), delta);
		if (isZeroDelta(left)) metaDelete(db, pendingKey(minute));
		else metaPut(db, pendingKey(minute), JSON.stringify(toStored(left)));
	}
}
