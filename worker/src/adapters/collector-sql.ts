/**
 * PathCollector's SQL: migrations, the record write path, pending report deltas. Every
 * statement goes through `MeteredSql` (shared with StatsShard), which adds up the rows read and
 * written that Cloudflare bills, so the collector reports its own storage cost from measurement.
 */
import { z } from 'zod';
import { aggregateByPath } from '../core/collector-batch.ts';
import { pendingMigrations } from '../core/collector-schema.ts';
import { encodePathCursor, type PathCursor, type PathSort } from '../core/path-cursor.ts';
import type { CollectorMinuteDelta } from '../core/reports.ts';
import type { CollectorDump, NormalizedEvent, PathRow } from '../core/rpc.ts';
import type { MeteredSql } from '../objects/metered-sql.ts';

type Row = Record<string, SqlStorageValue>;

/** Brings the object's schema to the latest version; each migration is one transaction. */
export function migrateCollector(storage: DurableObjectStorage): void {
	const sql = storage.sql;
	sql.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
	const row = sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").toArray()[0];
	for (const m of pendingMigrations(row ? Number(row.value) : 0)) {
		storage.transactionSync(() => {
			for (const statement of m.statements) sql.exec(statement);
			sql.exec(
				"INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
				String(m.version),
			);
		});
	}
}

const TotalsSchema = z.object({
	ip: z.string().nullable(),
	total_requests: z.number(),
	first_seen: z.number().nullable(),
	last_activity: z.number().nullable(),
	path_count: z.number(),
	overflow_requests: z.number(),
	reported: z.number(),
	report_dirty: z.number(),
	next_cleanup_at: z.number().nullable(),
});
export type Totals = z.infer<typeof TotalsSchema>;

export function readTotals(db: MeteredSql): Totals {
	return TotalsSchema.parse(db.all('SELECT * FROM totals WHERE id = 1')[0]);
}

export type BatchResult = {
	recorded: number;
	duplicates: number;
	newPaths: number;
	/** When the next cleanup of seen event ids is due (null while none are stored). */
	nextCleanupAt: number | null;
};

/** Records a batch (call inside a transaction): skips seen ids, one row update per distinct path. */
export function recordBatch(
	db: MeteredSql,
	events: readonly NormalizedEvent[],
	now: number,
	opts: { maxPaths: number; retentionMs: number },
): BatchResult {
	const fresh = events.filter(
		(e) =>
			db.all(
				'INSERT INTO seen_events (id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING 1 AS n',
				e.id,
				now,
			).length > 0,
	);
	const totals = readTotals(db);
	let pathCount = totals.path_count;
	let overflow = 0;
	let newPaths = 0;
	for (const g of aggregateByPath(fresh)) {
		const updated = db.all(
			`UPDATE paths SET count = count + ?1, first_seen = min(first_seen, ?2), last_seen = max(last_seen, ?3),
				last_user_agent = CASE WHEN ?3 >= last_seen THEN ?4 ELSE last_user_agent END,
				country = CASE WHEN ?3 >= last_seen THEN ?5 ELSE country END
			WHERE method = ?6 AND path = ?7 RETURNING 1 AS n`,
			g.count,
			g.firstSeen,
			g.lastSeen,
			g.lastUserAgent,
			g.country,
			g.method,
			g.path,
		);
		if (updated.length > 0) continue;
		if (pathCount >= opts.maxPaths) {
			overflow += g.count;
			continue;
		}
		db.run(
			'INSERT INTO paths (method, path, count, first_seen, last_seen, last_user_agent, country) VALUES (?, ?, ?, ?, ?, ?, ?)',
			g.method,
			g.path,
			g.count,
			g.firstSeen,
			g.lastSeen,
			g.lastUserAgent,
			g.country,
		);
		pathCount++;
		newPaths++;
	}
	if (fresh.length > 0) {
		const first = Math.min(...fresh.map((e) => e.timestamp));
		const last = Math.max(...fresh.map((e) => e.timestamp));
		db.run(
			`UPDATE totals SET ip = coalesce(ip, ?1), total_requests = total_requests + ?2, path_count = ?3,
				overflow_requests = overflow_requests + ?4, first_seen = min(coalesce(first_seen, ?5), ?5),
				last_activity = max(coalesce(last_activity, ?6), ?6), next_cleanup_at = coalesce(next_cleanup_at, ?7)
			WHERE id = 1`,
			fresh[0]?.ip ?? null,
			fresh.length,
			pathCount,
			overflow,
			first,
			last,
			now + opts.retentionMs,
		);
	}
	const nextCleanupAt = totals.next_cleanup_at ?? (fresh.length > 0 ? now + opts.retentionMs : null);
	return { recorded: fresh.length, duplicates: events.length - fresh.length, newPaths, nextCleanupAt };
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

export function readPending(db: MeteredSql): { minute: number; delta: CollectorMinuteDelta }[] {
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
export function subtractPending(
	db: MeteredSql,
	sent: { minute: number; delta: CollectorMinuteDelta }[],
): void {
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

/** Forgets event ids older than the retention; returns when the next cleanup is due (null: none left). */
export function cleanupSeenEvents(db: MeteredSql, now: number, retentionMs: number): number | null {
	db.run('DELETE FROM seen_events WHERE seen_at < ?', now - retentionMs);
	const oldest = db.all<{ m: number | null }>('SELECT min(seen_at) AS m FROM seen_events')[0]?.m ?? null;
	// At most one cleanup a day: each one scans the table.
	const next = oldest === null ? null : Math.max(oldest + retentionMs, now + 24 * 3600_000);
	db.run('UPDATE totals SET next_cleanup_at = ? WHERE id = 1', next);
	return next;
}

const PathRowDbSchema = z.object({
	method: z.string(),
	path: z.string(),
	count: z.number(),
	first_seen: z.number(),
	last_seen: z.number(),
	last_user_agent: z.string().nullable(),
	country: z.string().nullable(),
});

export function toPathRow(raw: Row): PathRow {
	const r = PathRowDbSchema.parse(raw);
	return {
		method: r.method,
		path: r.path,
		count: r.count,
		firstSeen: r.first_seen,
		lastSeen: r.last_seen,
		lastUserAgent: r.last_user_agent,
		country: r.country,
	};
}

export function insertPathRow(db: MeteredSql, p: PathRow): void {
	db.run(
		'INSERT INTO paths (method, path, count, first_seen, last_seen, last_user_agent, country) VALUES (?, ?, ?, ?, ?, ?, ?)',
		p.method,
		p.path,
		p.count,
		p.firstSeen,
		p.lastSeen,
		p.lastUserAgent,
		p.country,
	);
}

const ORDER: Record<PathSort, { order: string; after: string; value: (p: PathRow) => number }> = {
	count: {
		order: 'count DESC, method, path',
		after: 'count < ?1 OR (count = ?1 AND (method > ?2 OR (method = ?2 AND path > ?3)))',
		value: (p) => p.count,
	},
	recent: {
		order: 'last_seen DESC, method, path',
		after: 'last_seen < ?1 OR (last_seen = ?1 AND (method > ?2 OR (method = ?2 AND path > ?3)))',
		value: (p) => p.lastSeen,
	},
	path: {
		order: 'path, method',
		after: 'path > ?3 OR (path = ?3 AND method > ?2)',
		value: () => 0,
	},
};

/** One page of paths in keyset order; `nextCursor` is null on the last page. */
export function pathPage(
	db: MeteredSql,
	sort: PathSort,
	after: PathCursor | null,
	limit: number,
): { rows: PathRow[]; nextCursor: string | null } {
	const o = ORDER[sort];
	const where = after ? `WHERE ${o.after}` : '';
	const bindings: SqlStorageValue[] = after ? [after.value, after.method, after.path] : [];
	const rows = db
		.all(`SELECT * FROM paths ${where} ORDER BY ${o.order} LIMIT ${limit + 1}`, ...bindings)
		.map(toPathRow);
	const page = rows.slice(0, limit);
	const last = page[page.length - 1];
	const nextCursor =
		rows.length > limit && last
			? encodePathCursor({ sort, value: o.value(last), method: last.method, path: last.path })
			: null;
	return { rows: page, nextCursor };
}

/** Replaces every path row and the totals with a validated dump (call inside a transaction). */
export function replaceWithDump(db: MeteredSql, d: CollectorDump): void {
	db.run('DELETE FROM paths');
	for (const p of d.paths) insertPathRow(db, p);
	db.run(
		`UPDATE totals SET ip = ?, total_requests = ?, overflow_requests = ?, first_seen = ?, last_activity = ?,
			path_count = ?, report_dirty = report_dirty + 1 WHERE id = 1`,
		d.ip,
		d.totalRequests,
		d.overflowRequests,
		d.firstSeen,
		d.lastActivity,
		d.paths.length,
	);
}

/** Writes merged rows in place of their sources (call inside a transaction); returns the path count. */
export function applyMerges(db: MeteredSql, merged: readonly { from: PathRow[]; row: PathRow }[]): number {
	for (const m of merged) {
		for (const old of m.from) db.run('DELETE FROM paths WHERE method = ? AND path = ?', old.method, old.path);
		insertPathRow(db, m.row);
	}
	db.run('UPDATE totals SET path_count = (SELECT count(*) FROM paths) WHERE id = 1');
	if (merged.length > 0)
		db.run('UPDATE totals SET report_dirty = report_dirty + 1 WHERE id = 1 AND ip IS NOT NULL');
	return readTotals(db).path_count;
}
