/**
 * PathCollector's bookkeeping SQL: seen event ids in packed segments (collector-ids.ts) and the
 * per-minute report deltas of work that was not handed back in a `record` answer.
 */
import { z } from 'zod';
import { unpackIds } from '../core/collector-ids.ts';
import type { CollectorMinuteDelta } from '../core/reports.ts';
import type { MeteredSql } from '../objects/metered-sql.ts';

/**
 * A segment is rewritten whole on each append, so it stays small (two fit a 4 KB page); a
 * new one starts when it is full. About 110 front-assigned ids per segment.
 */
export const SEEN_SEGMENT_BYTES = 1900;

export type SeenSegment = { seg: number; lastAt: number; ids: string[] };

export function readSeenSegments(db: MeteredSql): SeenSegment[] {
	return db.all('SELECT seg, last_at, ids FROM seen_ids ORDER BY seg').map((raw) => {
		const r = z.object({ seg: z.number(), last_at: z.number(), ids: z.instanceof(ArrayBuffer) }).parse(raw);
		return { seg: r.seg, lastAt: r.last_at, ids: unpackIds(new Uint8Array(r.ids)) };
	});
}

/** Writes a segment whole (insert or replace its blob): one row written. */
export function writeSeenSegment(db: MeteredSql, seg: number, lastAt: number, packed: Uint8Array): void {
	db.run(
		`INSERT INTO seen_ids (seg, last_at, ids) VALUES (?, ?, ?)
		ON CONFLICT (seg) DO UPDATE SET last_at = excluded.last_at, ids = excluded.ids`,
		seg,
		lastAt,
		// A copy: its buffer is exactly the blob, typed as the ArrayBuffer SQLite binds.
		new Uint8Array(packed).buffer,
	);
}

/** Forgets segments whose newest id is older than the cutoff. */
export function deleteSeenBefore(db: MeteredSql, cutoff: number): void {
	db.run('DELETE FROM seen_ids WHERE last_at < ?', cutoff);
}

const DELTA_COLUMNS = 'records, do_record, do_admin, do_job, rows_read, rows_written, active_ms, new_paths';

function deltaValues(d: CollectorMinuteDelta): number[] {
	const r = d.doRequests;
	return [d.records, r.record, r.admin, r.job, d.rowsRead, d.rowsWritten, d.activeMs, d.newPaths];
}

/** Adds a delta to its minute's pending row (persisted with the work it describes). */
export function addPending(db: MeteredSql, minute: number, d: CollectorMinuteDelta): void {
	db.run(
		`INSERT INTO pending_deltas (minute, ${DELTA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (minute) DO UPDATE SET records = records + excluded.records, do_record = do_record + excluded.do_record,
			do_admin = do_admin + excluded.do_admin, do_job = do_job + excluded.do_job, rows_read = rows_read + excluded.rows_read,
			rows_written = rows_written + excluded.rows_written, active_ms = active_ms + excluded.active_ms,
			new_paths = new_paths + excluded.new_paths`,
		minute,
		...deltaValues(d),
	);
}

const PendingRowSchema = z.object({
	minute: z.number(),
	records: z.number(),
	do_record: z.number(),
	do_admin: z.number(),
	do_job: z.number(),
	rows_read: z.number(),
	rows_written: z.number(),
	active_ms: z.number(),
	new_paths: z.number(),
});

export type PendingMinute = { minute: number; delta: CollectorMinuteDelta };

export function readPending(db: MeteredSql): PendingMinute[] {
	return db.all(`SELECT minute, ${DELTA_COLUMNS} FROM pending_deltas ORDER BY minute`).map((raw) => {
		const r = PendingRowSchema.parse(raw);
		const delta: CollectorMinuteDelta = {
			records: r.records,
			doRequests: { record: r.do_record, admin: r.do_admin, job: r.do_job },
			rowsRead: r.rows_read,
			rowsWritten: r.rows_written,
			activeMs: r.active_ms,
			newPaths: r.new_paths,
		};
		return { minute: r.minute, delta };
	});
}

/** Removes what a successful report carried; increments that arrived meanwhile stay pending. */
export function subtractPending(db: MeteredSql, sent: readonly PendingMinute[]): void {
	for (const { minute, delta } of sent) {
		db.run(
			`UPDATE pending_deltas SET records = records - ?2, do_record = do_record - ?3, do_admin = do_admin - ?4,
				do_job = do_job - ?5, rows_read = rows_read - ?6, rows_written = rows_written - ?7, active_ms = active_ms - ?8,
				new_paths = new_paths - ?9 WHERE minute = ?1`,
			minute,
			...deltaValues(delta),
		);
	}
	db.run(
		`DELETE FROM pending_deltas WHERE records = 0 AND do_record = 0 AND do_admin = 0 AND do_job = 0 AND rows_read = 0
			AND rows_written = 0 AND active_ms = 0 AND new_paths = 0`,
	);
}
