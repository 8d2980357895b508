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
	convert?: 'v3-compact';
};

/** v3's path rows (a client dictionary id instead of the user agent and country). */
const pathsTable = (name: string) => `CREATE TABLE ${name} (
	method TEXT NOT NULL,
	path TEXT NOT NULL,
	count INTEGER NOT NULL,
	first_seen INTEGER NOT NULL,
	last_seen INTEGER NOT NULL,
	client INTEGER,
	PRIMARY KEY (method, path)
) WITHOUT ROWID`;

/** v3's segments of packed event ids (v4 adds `deltas`). */
const SEEN_IDS_V3 =
	'CREATE TABLE seen_ids (seg INTEGER PRIMARY KEY, last_at INTEGER NOT NULL, ids BLOB NOT NULL)';

/**
 * v4: the open segment, under the fixed key 0, also holds the path deltas not yet folded into
 * `paths` (JSON, see core/pending-paths.ts), so that a request writes the one row its ids need
 * and nothing else (adapters/collector-log-sql.ts).
 */
const SEEN_IDS_TABLE =
	'CREATE TABLE seen_ids (seg INTEGER PRIMARY KEY, last_at INTEGER NOT NULL, ids BLOB NOT NULL, deltas TEXT)';

/** The `meta` key present once the object has its `paths` table (from `PATHS_MARKED_SINCE`). */
export const PATHS_MARK = 'paths_table';
/** The schema version from which `PATHS_MARK` is always written with the table. */
export const PATHS_MARKED_SINCE = 6;

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
			'about one row written per event, half the bytes: packed event ids, a client dictionary, small state in meta',
		// Every table costs at least one 4 KB page per IP, so the summary, the (user agent, country)
		// dictionary and pending report deltas become `meta` keys; the data moves in `convert`.
		statements: [
			pathsTable('paths_v3'),
			// Event ids packed into blobs (collector-ids.ts): one row written per request, not per event.
			SEEN_IDS_V3,
		],
		convert: 'v3-compact',
	},
	{
		version: 4,
		description: 'one row written per request: path deltas ride in the event-id segment until folded',
		statements: [
			'ALTER TABLE seen_ids ADD COLUMN deltas TEXT',
			// The newest segment becomes the open one; a full one is sealed again by the next append.
			'UPDATE seen_ids SET seg = 0 WHERE seg = (SELECT max(seg) FROM seen_ids)',
		],
	},
	{
		version: 5,
		// Nothing changes in an object that has the table. The version marks what a new object may
		// lack, so that a Worker from before it refuses such an object by its version (see
		// `pendingMigrations`) instead of failing on the missing table.
		description: 'a new object gets its paths table with its first path row (FRESH_SCHEMA)',
		statements: [],
	},
	{
		version: 6,
		// From v6 a `meta` key says whether the table exists, written before the table is created
		// (objects/collector-db.ts): a woken object learns it from the `meta` reading every wake
		// makes, instead of a failing read of the table and a look at the schema.
		description: 'the paths table is marked in meta, so a wake knows whether it exists',
		statements: [
			`INSERT OR IGNORE INTO meta (key, value)
				SELECT '${PATHS_MARK}', '1' FROM sqlite_master WHERE type = 'table' AND name = 'paths'`,
		],
	},
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * The latest schema, created at once for an object with no schema yet (a new IP, or one a purge
 * emptied). Running the migrations instead made a new IP's first request create seven tables,
 * convert four of them and drop them again, some twenty statements: under `wrangler dev`, 8.1 ms
 * of workerd CPU per new IP against 4.8 ms this way (every client's first event, and every junk
 * event from a new address). The `paths` table is not in it: `PATHS_TABLE` creates it with the
 * first path row (objects/collector-db.ts), so a client whose path counts never leave its open
 * id row (most one-off addresses) costs two rows written and a page fewer. With it, the schema
 * is the migrations' (test/worker/migration.test.ts compares them column by column).
 */
export const FRESH_SCHEMA: readonly string[] = [
	'CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID',
	SEEN_IDS_TABLE,
];

/** The path rows' table, created when the first row is written (IF NOT EXISTS: one statement either way). */
export const PATHS_TABLE = pathsTable('IF NOT EXISTS paths');

/** Migrations still to apply to an object at `current`; throws if the object is newer than this code. */
export function pendingMigrations(current: number): readonly Migration[] {
	if (current > LATEST_SCHEMA_VERSION) {
		throw new Error(
			`stored schema v${current} is newer than this code (v${LATEST_SCHEMA_VERSION}); deploy the newer version`,
		);
	}
	return MIGRATIONS.filter((m) => m.version > current);
}
