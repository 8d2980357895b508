/**
 * PathCollector's schema migrations (the list is in core/collector-schema.ts), run synchronously
 * at the start of the first call after a wake, before it touches anything (no other call can run
 * meanwhile); each one is a single transaction.
 */
import { packIds } from '../core/collector-ids.ts';
import { FRESH_SCHEMA, LATEST_SCHEMA_VERSION, pendingMigrations } from '../core/collector-schema.ts';
import type { CollectorDb } from '../objects/collector-db.ts';
import { SEEN_SEGMENT_BYTES } from './collector-log-sql.ts';

const setVersion = (db: CollectorDb, version: number) =>
	db.run(
		"INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
		String(version),
	);

/**
 * Brings the object's schema to the latest version: an object without one gets the latest
 * schema at once (FRESH_SCHEMA), an older one each later migration in order. Statements go
 * through `db`, so a new IP's schema rows (a CREATE TABLE writes two) are billed with its first
 * request; the one-time v3 conversion of older objects runs on the raw storage.
 */
export function migrateCollector(storage: DurableObjectStorage, db: CollectorDb): void {
	const current = storedVersion(db);
	if (current === null || current === 0) {
		storage.transactionSync(() => {
			for (const statement of FRESH_SCHEMA) db.run(statement);
			setVersion(db, LATEST_SCHEMA_VERSION);
		});
		// A table created just now holds only the version (so no `paths` table): the first request
		// reads nothing more of it.
		if (current === null) db.keepMeta(new Map([['schema_version', String(LATEST_SCHEMA_VERSION)]]));
		return;
	}
	for (const m of pendingMigrations(current)) {
		storage.transactionSync(() => {
			for (const statement of m.statements) db.run(statement);
			if (m.convert === 'v3-compact') convertToV3(storage.sql);
			setVersion(db, m.version);
		});
	}
}

/**
 * The stored schema version: null for a new or purged object, which has no `meta` table yet
 * (FRESH_SCHEMA creates it), 0 for a `meta` table without one. One statement on an existing
 * object, which is every wake of a collector: it reads the whole `meta` table, which the wake's
 * next reads then take their keys from (collector-db.ts).
 */
function storedVersion(db: CollectorDb): number | null {
	try {
		const version = db.loadMeta().get('schema_version');
		return version === undefined ? 0 : Number(version);
	} catch (err) {
		// Only an object without a `meta` table has no version; any other failure is real. Asked of
		// the schema, not read from the error's wording, which the runtime may change.
		const tables = db.all("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
		if (tables.length > 0) throw err;
		return null;
	}
}

const put = (sql: SqlStorage, key: string, value: unknown) =>
	sql.exec('INSERT INTO meta (key, value) VALUES (?, ?)', key, JSON.stringify(value));

/** v2 → v3: dictionary, path rows, summary, pending deltas and seen ids move; old tables go. */
function convertToV3(sql: SqlStorage): void {
	type OldPath = {
		method: string;
		path: string;
		count: number;
		first_seen: number;
		last_seen: number;
		last_user_agent: string | null;
		country: string | null;
	};
	const clients = new Map<string, number>();
	for (const p of sql.exec<OldPath>('SELECT * FROM paths')) {
		let client: number | null = null;
		if (p.last_user_agent !== null || p.country !== null) {
			const key = JSON.stringify([p.last_user_agent, p.country]);
			client = clients.get(key) ?? clients.size + 1;
			if (!clients.has(key)) put(sql, `client:${client}`, [p.last_user_agent, p.country]);
			clients.set(key, client);
		}
		sql.exec(
			'INSERT INTO paths_v3 VALUES (?, ?, ?, ?, ?, ?)',
			p.method,
			p.path,
			p.count,
			p.first_seen,
			p.last_seen,
			client,
		);
	}
	sql.exec('DROP TABLE paths');
	sql.exec('ALTER TABLE paths_v3 RENAME TO paths');
	const t = sql
		.exec('SELECT ip, overflow_requests, first_seen, last_activity, reported, report_dirty FROM totals')
		.one();
	put(sql, 'summary', t);
	sql.exec('DROP TABLE totals');
	const columns = 'records, do_record, do_admin, do_job, rows_read, rows_written, active_ms, new_paths';
	for (const d of sql.exec(`SELECT minute, ${columns} FROM pending_deltas`)) {
		const { minute, ...rest } = d;
		put(sql, `pending:${minute}`, Object.values(rest));
	}
	sql.exec('DROP TABLE pending_deltas');
	packSeenEvents(sql);
}

/** One row per event id becomes packed segments, oldest first. */
function packSeenEvents(sql: SqlStorage): void {
	let ids: string[] = [];
	let bytes = 0;
	let lastAt = 0;
	const write = () => {
		if (ids.length > 0)
			sql.exec(
				'INSERT INTO seen_ids (last_at, ids) VALUES (?, ?)',
				lastAt,
				new Uint8Array(packIds(ids)).buffer,
			);
		ids = [];
		bytes = 0;
	};
	for (const r of sql.exec<{ id: string; seen_at: number }>(
		'SELECT id, seen_at FROM seen_events ORDER BY seen_at',
	)) {
		const size = packIds([r.id]).length;
		if (bytes + size > SEEN_SEGMENT_BYTES) write();
		ids.push(r.id);
		bytes += size;
		lastAt = r.seen_at;
	}
	write();
	sql.exec('DROP TABLE seen_events');
}
