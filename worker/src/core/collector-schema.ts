/**
 * PathCollector's SQLite schema as an ordered list of migrations. The applied version lives in
 * `meta` (key `schema_version`); an object runs every later migration, each in one
 * transaction, inside `blockConcurrencyWhile` before it serves anything.
 */

export type Migration = {
	version: number;
	description: string;
	statements: string[];
	/** A data step SQL cannot express, run by the adapter in the same transaction after `statements`. */
	convert?: 'pack-seen-ids';
};

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		description: 'paths with exact counts, per-object totals',
		statements: [
			'CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID',
			`CREATE TABLE paths (
				method TEXT NOT NULL,
				path TEXT NOT NULL,
				count INTEGER NOT NULL,
				first_seen INTEGER NOT NULL,
				last_seen INTEGER NOT NULL,
				last_user_agent TEXT,
				country TEXT,
				PRIMARY KEY (method, path)
			) WITHOUT ROWID`,
			`CREATE TABLE totals (
				id INTEGER PRIMARY KEY CHECK (id = 1),
				ip TEXT,
				total_requests INTEGER NOT NULL DEFAULT 0,
				first_seen INTEGER,
				last_activity INTEGER
			)`,
			'INSERT INTO totals (id) VALUES (1)',
		],
	},
	{
		version: 2,
		description: 'idempotent event ids, path cap with overflow, batched shard reports',
		statements: [
			// No index on seen_at: the daily cleanup's scan costs reads, an index would cost a write per event.
			'CREATE TABLE seen_events (id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL) WITHOUT ROWID',
			'ALTER TABLE totals ADD COLUMN path_count INTEGER NOT NULL DEFAULT 0',
			'ALTER TABLE totals ADD COLUMN overflow_requests INTEGER NOT NULL DEFAULT 0',
			'UPDATE totals SET path_count = (SELECT COUNT(*) FROM paths)',
			'ALTER TABLE totals ADD COLUMN reported INTEGER NOT NULL DEFAULT 0',
			'ALTER TABLE totals ADD COLUMN report_dirty INTEGER NOT NULL DEFAULT 0',
			'ALTER TABLE totals ADD COLUMN next_cleanup_at INTEGER',
			`CREATE TABLE pending_deltas (
				minute INTEGER PRIMARY KEY,
				records INTEGER NOT NULL DEFAULT 0,
				do_record INTEGER NOT NULL DEFAULT 0,
				do_admin INTEGER NOT NULL DEFAULT 0,
				do_job INTEGER NOT NULL DEFAULT 0,
				rows_read INTEGER NOT NULL DEFAULT 0,
				rows_written INTEGER NOT NULL DEFAULT 0,
				active_ms INTEGER NOT NULL DEFAULT 0,
				new_paths INTEGER NOT NULL DEFAULT 0
			)`,
			// Data recorded before v2 has never been reported to a shard.
			'UPDATE totals SET report_dirty = 1 WHERE total_requests > 0',
		],
	},
	{
		version: 3,
		description:
			'about one row written per event: packed event ids, user agents and countries in a dictionary',
		statements: [
			// One row per distinct (user agent, country) instead of the text on every path row.
			'CREATE TABLE clients (id INTEGER PRIMARY KEY, user_agent TEXT, country TEXT)',
			`INSERT INTO clients (user_agent, country)
				SELECT DISTINCT last_user_agent, country FROM paths WHERE last_user_agent IS NOT NULL OR country IS NOT NULL`,
			`CREATE TABLE paths_v3 (
				method TEXT NOT NULL,
				path TEXT NOT NULL,
				count INTEGER NOT NULL,
				first_seen INTEGER NOT NULL,
				last_seen INTEGER NOT NULL,
				client INTEGER,
				PRIMARY KEY (method, path)
			) WITHOUT ROWID`,
			`INSERT INTO paths_v3 SELECT p.method, p.path, p.count, p.first_seen, p.last_seen, c.id FROM paths p
				LEFT JOIN clients c ON c.user_agent IS p.last_user_agent AND c.country IS p.country`,
			'DROP TABLE paths',
			'ALTER TABLE paths_v3 RENAME TO paths',
			// Totals, path count and activity are derived from the path rows when the object wakes;
			// this row holds only what they cannot tell (written on the first event, overflow, import).
			`CREATE TABLE summary (
				id INTEGER PRIMARY KEY CHECK (id = 1),
				ip TEXT,
				overflow_requests INTEGER NOT NULL DEFAULT 0,
				first_seen INTEGER,
				last_activity INTEGER,
				reported INTEGER NOT NULL DEFAULT 0,
				report_dirty INTEGER NOT NULL DEFAULT 0
			)`,
			`INSERT INTO summary (id, ip, overflow_requests, first_seen, last_activity, reported, report_dirty)
				SELECT 1, ip, overflow_requests, first_seen, last_activity, reported, report_dirty FROM totals`,
			'DROP TABLE totals',
			// Event ids packed into blobs (collector-ids.ts): one row written per request, not per event.
			'CREATE TABLE seen_ids (seg INTEGER PRIMARY KEY, last_at INTEGER NOT NULL, ids BLOB NOT NULL)',
		],
		convert: 'pack-seen-ids',
	},
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Migrations still to apply to an object at `current`; throws if the object is newer than this code. */
export function pendingMigrations(current: number): readonly Migration[] {
	if (current > LATEST_SCHEMA_VERSION) {
		throw new Error(
			`stored schema v${current} is newer than this code (v${LATEST_SCHEMA_VERSION}); deploy the newer version`,
		);
	}
	return MIGRATIONS.filter((m) => m.version > current);
}
