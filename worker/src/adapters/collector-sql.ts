/**
 * PathCollector's SQL: path rows, the client dictionary and the summary (both `meta` keys). Every
 * statement goes through `MeteredSql` (shared with StatsShard), which adds up the rows read and
 * written that Cloudflare bills, so the collector reports its own storage cost from measurement.
 */
import { z } from 'zod';
import { pathKey } from '../core/collector-batch.ts';
import { encodePathCursor, type PathCursor, type PathSort } from '../core/path-cursor.ts';
import type { PendingPath } from '../core/pending-paths.ts';
import type { PathRow } from '../core/rpc.ts';
import type { CollectorDb } from '../objects/collector-db.ts';

/**
 * `meta` keys (schema version, summary, dictionary, pending deltas): one small table, one page.
 * Reads take the table as read at the wake while nothing was written since (collector-db.ts).
 */
export function metaGet(db: CollectorDb, key: string): string | null {
	const kept = db.keptMeta();
	if (kept) return kept.get(key) ?? null;
	const row = db.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', key)[0];
	return row ? row.value : null;
}

export function metaPut(db: CollectorDb, key: string, value: string): void {
	db.run(
		'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
		key,
		value,
	);
}

/** Keys starting with `prefix` (which ends with ':'), in key order. */
export function metaScan(db: CollectorDb, prefix: string): { key: string; value: string }[] {
	const end = `${prefix.slice(0, -1)};`;
	const kept = db.keptMeta();
	if (kept)
		return [...kept].filter(([key]) => key >= prefix && key < end).map(([key, value]) => ({ key, value }));
	return db.all<{ key: string; value: string }>(
		'SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key',
		prefix,
		end,
	);
}

export function metaDelete(db: CollectorDb, key: string): void {
	db.run('DELETE FROM meta WHERE key = ?', key);
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

export const EMPTY_SUMMARY: SummaryRow = {
	ip: null,
	overflow_requests: 0,
	first_seen: null,
	last_activity: null,
	reported: 0,
	report_dirty: 0,
};

export function readSummaryRow(db: CollectorDb): SummaryRow {
	const value = metaGet(db, 'summary');
	// A fresh (or purged) object: the key appears with its first write.
	return value === null ? EMPTY_SUMMARY : SummaryRowSchema.parse(JSON.parse(value));
}

export function writeSummaryRow(db: CollectorDb, s: SummaryRow): void {
	metaPut(db, 'summary', JSON.stringify(s));
}

const ClientSchema = z.tuple([z.string().nullable(), z.string().nullable()]);
const CLIENT_PREFIX = 'client:';

/** Dictionary entries: one per distinct (user agent, country) a path row points at. */
export function readClients(
	db: CollectorDb,
): { id: number; userAgent: string | null; country: string | null }[] {
	return metaScan(db, CLIENT_PREFIX).map((r) => {
		const [userAgent, country] = ClientSchema.parse(JSON.parse(r.value));
		return { id: Number(r.key.slice(CLIENT_PREFIX.length)), userAgent, country };
	});
}

export function insertClient(
	db: CollectorDb,
	id: number,
	userAgent: string | null,
	country: string | null,
): void {
	metaPut(db, `${CLIENT_PREFIX}${id}`, JSON.stringify([userAgent, country]));
}

const PathKeyRowSchema = z.object({
	method: z.string(),
	path: z.string(),
	count: z.number(),
	first_seen: z.number(),
	last_seen: z.number(),
});

/** The aggregates of the path rows, read once when the object wakes. */
export function readPathKeys(
	db: CollectorDb,
): { key: string; count: number; firstSeen: number; lastSeen: number }[] {
	return db
		.readPaths(() => db.all('SELECT method, path, count, first_seen, last_seen FROM paths'))
		.map((raw) => {
			const r = PathKeyRowSchema.parse(raw);
			return {
				key: pathKey(r.method, r.path),
				count: r.count,
				firstSeen: r.first_seen,
				lastSeen: r.last_seen,
			};
		});
}

/**
 * Rows per upsert statement: six bound values each, under the 100 bound values a Durable
 * Object's SQLite accepts in one statement.
 */
const UPSERT_CHUNK = 16;

/**
 * One row write per (method, path) of the folded deltas, insert or update, without reading the
 * row first. The rows go in one statement (per 16): a statement's own cost in a Durable Object
 * exceeds what one more row in it costs. `groups` holds distinct (method, path) pairs.
 */
export function upsertPaths(db: CollectorDb, groups: readonly PendingPath[]): void {
	if (groups.length > 0) db.ensurePaths();
	for (let at = 0; at < groups.length; at += UPSERT_CHUNK) {
		const chunk = groups.slice(at, at + UPSERT_CHUNK);
		const values: SqlStorageValue[] = [];
		for (const g of chunk) values.push(g.method, g.path, g.count, g.firstSeen, g.lastSeen, g.client);
		db.run(
			`INSERT INTO paths (method, path, count, first_seen, last_seen, client) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
			ON CONFLICT (method, path) DO UPDATE SET count = count + excluded.count,
				first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen),
				client = CASE WHEN excluded.last_seen >= last_seen THEN excluded.client ELSE client END`,
			...values,
		);
	}
}

const PATH_SELECT = `SELECT p.method, p.path, p.count, p.first_seen, p.last_seen,
		c.value ->> '$[0]' AS user_agent, c.value ->> '$[1]' AS country
	FROM paths p LEFT JOIN meta c ON c.key = 'client:' || p.client`;

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
export function allPathRows(db: CollectorDb): PathRow[] {
	return db.readPaths(() => db.all(`${PATH_SELECT} ORDER BY p.method, p.path`)).map(toPathRow);
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
	db: CollectorDb,
	sort: PathSort,
	after: PathCursor | null,
	limit: number,
): { rows: PathRow[]; nextCursor: string | null } {
	const o = ORDER[sort];
	const where = after ? `WHERE ${o.after}` : '';
	const bindings: SqlStorageValue[] = after ? [after.value, after.method, after.path] : [];
	const rows = db
		.readPaths(() => db.all(`${PATH_SELECT} ${where} ORDER BY ${o.order} LIMIT ${limit + 1}`, ...bindings))
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
export function deleteAllPaths(db: CollectorDb): void {
	db.ensurePaths();
	db.run('DELETE FROM paths');
	db.run("DELETE FROM meta WHERE key >= 'client:' AND key < 'client;'");
}

export function deletePath(db: CollectorDb, method: string, path: string): void {
	db.ensurePaths();
	db.run('DELETE FROM paths WHERE method = ? AND path = ?', method, path);
}

/** Writes a whole row (imports, merges): the count is set, not added. */
export function putPath(db: CollectorDb, p: PathRow, client: number | null): void {
	db.ensurePaths();
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
export function pruneClients(db: CollectorDb): void {
	db.ensurePaths();
	db.run(
		`DELETE FROM meta WHERE key >= 'client:' AND key < 'client;'
			AND CAST(substr(key, 8) AS INTEGER) NOT IN (SELECT client FROM paths WHERE client IS NOT NULL)`,
	);
}
