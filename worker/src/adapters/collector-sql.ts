/**
 * PathCollector's SQL: migrations, path rows, the client dictionary and the summary row. Every
 * statement goes through `MeteredSql` (shared with StatsShard), which adds up the rows read and
 * written that Cloudflare bills, so the collector reports its own storage cost from measurement.
 */
import { z } from 'zod';
import type { PathGroup } from '../core/collector-batch.ts';
import { packIds } from '../core/collector-ids.ts';
import { pendingMigrations } from '../core/collector-schema.ts';
import { encodePathCursor, type PathCursor, type PathSort } from '../core/path-cursor.ts';
import type { PathRow } from '../core/rpc.ts';
import type { MeteredSql } from '../objects/metered-sql.ts';
import { SEEN_SEGMENT_BYTES } from './collector-log-sql.ts';

/** Brings the object's schema to the latest version; each migration is one transaction. */
export function migrateCollector(storage: DurableObjectStorage): void {
	const sql = storage.sql;
	sql.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
	const row = sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").toArray()[0];
	for (const m of pendingMigrations(row ? Number(row.value) : 0)) {
		storage.transactionSync(() => {
			for (const statement of m.statements) sql.exec(statement);
			if (m.convert === 'pack-seen-ids') packSeenEvents(sql);
			sql.exec(
				"INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
				String(m.version),
			);
		});
	}
}

/** v2 → v3: one row per event id becomes packed segments, oldest first, then the old table goes. */
function packSeenEvents(sql: SqlStorage): void {
	const rows = sql.exec<{ id: string; seen_at: number }>(
		'SELECT id, seen_at FROM seen_events ORDER BY seen_at',
	);
	let ids: string[] = [];
	let lastAt = 0;
	const write = () => {
		if (ids.length > 0) sql.exec('INSERT INTO seen_ids (last_at, ids) VALUES (?, ?)', lastAt, packIds(ids));
		ids = [];
	};
	for (const r of rows) {
		ids.push(r.id);
		lastAt = r.seen_at;
		if (packIds(ids).length >= SEEN_SEGMENT_BYTES) write();
	}
	write();
	sql.exec('DROP TABLE seen_events');
}

const SummaryRowSchema = z.object({
	ip: z.string().nullable(),
	overflow_requests: z.number(),
	first_seen: z.number().nullable(),
	last_activity: z.number().nullable(),
	reported: z.number(),
	report_dirty: z.number(),
});
/** What the path rows cannot tell: the owner, overflow, imported bounds and report flags. */
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

export function readSummaryRow(db: MeteredSql): SummaryRow {
	const row = db.all('SELECT * FROM summary WHERE id = 1')[0];
	if (row === undefined) {
		// A fresh (or purged) object: the row appears with its first write.
		return {
			ip: null,
			overflow_requests: 0,
			first_seen: null,
			last_activity: null,
			reported: 0,
			report_dirty: 0,
		};
	}
	return SummaryRowSchema.parse(row);
}

export function writeSummaryRow(db: MeteredSql, s: SummaryRow): void {
	db.run(
		`INSERT INTO summary (id, ip, overflow_requests, first_seen, last_activity, reported, report_dirty)
		VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET ip = excluded.ip,
			overflow_requests = excluded.overflow_requests, first_seen = excluded.first_seen,
			last_activity = excluded.last_activity, reported = excluded.reported, report_dirty = excluded.report_dirty`,
		s.ip,
		s.overflow_requests,
		s.first_seen,
		s.last_activity,
		s.reported,
		s.report_dirty,
	);
}

/** Dictionary entries: one per distinct (user agent, country) a path row points at. */
export function readClients(
	db: MeteredSql,
): { id: number; userAgent: string | null; country: string | null }[] {
	return db.all('SELECT id, user_agent, country FROM clients').map((raw) => {
		const r = z
			.object({ id: z.number(), user_agent: z.string().nullable(), country: z.string().nullable() })
			.parse(raw);
		return { id: r.id, userAgent: r.user_agent, country: r.country };
	});
}

export function insertClient(
	db: MeteredSql,
	id: number,
	userAgent: string | null,
	country: string | null,
): void {
	db.run('INSERT INTO clients (id, user_agent, country) VALUES (?, ?, ?)', id, userAgent, country);
}

/** The aggregates of the path rows, read once when the object wakes. */
export function readPathKeys(
	db: MeteredSql,
): { key: string; count: number; firstSeen: number; lastSeen: number }[] {
	return db.all('SELECT method, path, count, first_seen, last_seen FROM paths').map((raw) => {
		const r = z
			.object({
				method: z.string(),
				path: z.string(),
				count: z.number(),
				first_seen: z.number(),
				last_seen: z.number(),
			})
			.parse(raw);
		return { key: pathKey(r.method, r.path), count: r.count, firstSeen: r.first_seen, lastSeen: r.last_seen };
	});
}

export const pathKey = (method: string, path: string): string => `${method} ${path}`;

/** One write per (method, path) of a batch, insert or update, without reading the row first. */
export function upsertPath(db: MeteredSql, g: PathGroup, client: number | null): void {
	db.run(
		`INSERT INTO paths (method, path, count, first_seen, last_seen, client) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
		ON CONFLICT (method, path) DO UPDATE SET count = count + excluded.count,
			first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen),
			client = CASE WHEN excluded.last_seen >= last_seen THEN excluded.client ELSE client END`,
		g.method,
		g.path,
		g.count,
		g.firstSeen,
		g.lastSeen,
		client,
	);
}

const PATH_SELECT = `SELECT p.method, p.path, p.count, p.first_seen, p.last_seen, c.user_agent, c.country
	FROM paths p LEFT JOIN clients c ON c.id = p.client`;

const PathRowDbSchema = z.object({
	method: z.string(),
	path: z.string(),
	count: z.number(),
	first_seen: z.number(),
	last_seen: z.number(),
	user_agent: z.string().nullable(),
	country: z.string().nullable(),
});

function toPathRow(raw: Record<string, SqlStorageValue>): PathRow {
	const r = PathRowDbSchema.parse(raw);
	return {
		method: r.method,
		path: r.path,
		count: r.count,
		firstSeen: r.first_seen,
		lastSeen: r.last_seen,
		lastUserAgent: r.user_agent,
		country: r.country,
	};
}

/** Every path row, in (method, path) order (dumps, compaction). */
export function allPathRows(db: MeteredSql): PathRow[] {
	return db.all(`${PATH_SELECT} ORDER BY p.method, p.path`).map(toPathRow);
}

const ORDER: Record<PathSort, { order: string; after: string; value: (p: PathRow) => number }> = {
	count: {
		order: 'p.count DESC, p.method, p.path',
		after: 'p.count < ?1 OR (p.count = ?1 AND (p.method > ?2 OR (p.method = ?2 AND p.path > ?3)))',
		value: (p) => p.count,
	},
	recent: {
		order: 'p.last_seen DESC, p.method, p.path',
		after: 'p.last_seen < ?1 OR (p.last_seen = ?1 AND (p.method > ?2 OR (p.method = ?2 AND p.path > ?3)))',
		value: (p) => p.lastSeen,
	},
	path: {
		order: 'p.path, p.method',
		after: 'p.path > ?3 OR (p.path = ?3 AND p.method > ?2)',
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
		.all(`${PATH_SELECT} ${where} ORDER BY ${o.order} LIMIT ${limit + 1}`, ...bindings)
		.map(toPathRow);
	const page = rows.slice(0, limit);
	const last = page[page.length - 1];
	const nextCursor =
		rows.length > limit && last
			? encodePathCursor({ sort, value: o.value(last), method: last.method, path: last.path })
			: null;
	return { rows: page, nextCursor };
}

/** Deletes every path row and dictionary entry (a dump replaces them). */
export function deleteAllPaths(db: MeteredSql): void {
	db.run('DELETE FROM paths');
	db.run('DELETE FROM clients');
}

export function deletePath(db: MeteredSql, method: string, path: string): void {
	db.run('DELETE FROM paths WHERE method = ? AND path = ?', method, path);
}

/** Writes a whole row (imports, merges): the count is set, not added. */
export function putPath(db: MeteredSql, p: PathRow, client: number | null): void {
	db.run(
		`INSERT INTO paths (method, path, count, first_seen, last_seen, client) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (method, path) DO UPDATE SET count = excluded.count, first_seen = excluded.first_seen,
			last_seen = excluded.last_seen, client = excluded.client`,
		p.method,
		p.path,
		p.count,
		p.firstSeen,
		p.lastSeen,
		client,
	);
}

/** Drops dictionary entries no path row points at any more (after merges). */
export function pruneClients(db: MeteredSql): void {
	db.run('DELETE FROM clients WHERE id NOT IN (SELECT client FROM paths WHERE client IS NOT NULL)');
}
