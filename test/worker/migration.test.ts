import { evictDurableObject, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { migrateCollector } from '../../worker/src/adapters/collector-migrate.ts';
import { LATEST_SCHEMA_VERSION, PATHS_MARK } from '../../worker/src/core/collector-schema.ts';
import { CollectorDb } from '../../worker/src/objects/collector-db.ts';
import { CollectorStore } from '../../worker/src/objects/collector-store.ts';
import { SEEN_RETENTION_MS } from '../../worker/src/objects/path-collector.ts';
import { collector, freshIp } from './ingest-helpers.ts';

/** The schema as the first release wrote it, typed out by hand (not taken from the migration list). */
const V1_SCHEMA = [
	'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID',
	`CREATE TABLE paths (method TEXT NOT NULL, path TEXT NOT NULL, count INTEGER NOT NULL, first_seen INTEGER NOT NULL,
		last_seen INTEGER NOT NULL, last_user_agent TEXT, country TEXT, PRIMARY KEY (method, path)) WITHOUT ROWID`,
	`CREATE TABLE totals (id INTEGER PRIMARY KEY CHECK (id = 1), ip TEXT, total_requests INTEGER NOT NULL DEFAULT 0,
		first_seen INTEGER, last_activity INTEGER)`,
];

/** What v2 added, typed out by hand as well. */
const V2_ADDITIONS = [
	'CREATE TABLE seen_events (id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL) WITHOUT ROWID',
	`ALTER TABLE totals ADD COLUMN path_count INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE totals ADD COLUMN overflow_requests INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE totals ADD COLUMN reported INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE totals ADD COLUMN report_dirty INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE totals ADD COLUMN next_cleanup_at INTEGER`,
	`CREATE TABLE pending_deltas (minute INTEGER PRIMARY KEY, records INTEGER NOT NULL DEFAULT 0,
		do_record INTEGER NOT NULL DEFAULT 0, do_admin INTEGER NOT NULL DEFAULT 0, do_job INTEGER NOT NULL DEFAULT 0,
		rows_read INTEGER NOT NULL DEFAULT 0, rows_written INTEGER NOT NULL DEFAULT 0, active_ms INTEGER NOT NULL DEFAULT 0,
		new_paths INTEGER NOT NULL DEFAULT 0)`,
];

const T0 = Date.UTC(2026, 0, 1);

/** A `GET /a` event of `ip` at T0. */
const eventAt = (ip: string, id: string) => ({
	id,
	ip,
	path: '/a',
	method: 'GET',
	userAgent: null,
	country: null,
	timestamp: T0,
});

/** Replaces what the current code created with an empty v1 object. */
async function writeV1(state: DurableObjectState): Promise<SqlStorage> {
	await state.storage.deleteAll();
	const sql = state.storage.sql;
	for (const s of V1_SCHEMA) sql.exec(s);
	sql.exec("INSERT INTO meta (key, value) VALUES ('schema_version', '1')");
	return sql;
}

/** The object's own tables (not the runtime's `_cf_…` or the local runtime's `__…` ones), by name. */
function tablesOf(stub: ReturnType<typeof collector>): Promise<string[]> {
	return runInDurableObject(stub, (_i, state) =>
		state.storage.sql
			.exec<{ name: string }>(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name",
			)
			.toArray()
			.map((t) => t.name),
	);
}

describe('PathCollector schema migrations', () => {
	it('upgrades an object written with schema v1 and keeps its data', async () => {
		const ip = freshIp();
		const stub = collector(ip);
		await runInDurableObject(stub, async (_instance, state) => {
			// Replace what the current code created with a v1 object holding data.
			const sql = await writeV1(state);
			sql.exec(
				'INSERT INTO paths VALUES (?, ?, ?, ?, ?, ?, ?)',
				'GET',
				'/users/:id',
				40,
				T0,
				T0 + 5000,
				'ua',
				'NL',
			);
			sql.exec(
				'INSERT INTO paths VALUES (?, ?, ?, ?, ?, ?, ?)',
				'POST',
				'/login',
				2,
				T0 + 10,
				T0 + 20,
				null,
				null,
			);
			sql.exec('INSERT INTO totals VALUES (1, ?, 42, ?, ?)', ip, T0, T0 + 5000);
		});
		// A fresh instance runs the migrations in its constructor.
		await evictDurableObject(stub);

		expect(await stub.stats()).toMatchObject({
			ip,
			totalRequests: 42,
			pathCount: 2,
			overflowRequests: 0,
			firstSeen: new Date(T0).toISOString(),
			lastActivity: new Date(T0 + 5000).toISOString(),
		});
		const dump = await stub.exportAll();
		expect(dump.paths).toEqual([
			{
				method: 'GET',
				path: '/users/:id',
				count: 40,
				firstSeen: T0,
				lastSeen: T0 + 5000,
				lastUserAgent: 'ua',
				country: 'NL',
			},
			{
				method: 'POST',
				path: '/login',
				count: 2,
				firstSeen: T0 + 10,
				lastSeen: T0 + 20,
				lastUserAgent: null,
				country: null,
			},
		]);
		const version = await runInDurableObject(
			stub,
			(_i, state) =>
				state.storage.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").one()
					.value,
		);
		expect(Number(version)).toBe(LATEST_SCHEMA_VERSION);

		// The upgraded object works as a current one: idempotent ids and exact counts.
		const event = {
			id: 'm-1',
			ip,
			path: '/login',
			method: 'POST',
			userAgent: null,
			country: null,
			timestamp: T0 + 30,
		};
		expect(await stub.record([event, event])).toEqual({ recorded: 1, duplicates: 1 });
		expect(await stub.stats()).toMatchObject({ totalRequests: 43, pathCount: 2 });
	});

	it('upgrades a v2 object: seen ids still deduplicate, pending deltas and overflow survive', async () => {
		const ip = freshIp();
		const stub = collector(ip);
		const seen = Array.from({ length: 300 }, (_, i) => (i % 2 ? crypto.randomUUID() : `client-id-${i}`));
		await runInDurableObject(stub, async (_i, state) => {
			await state.storage.deleteAll();
			const sql = state.storage.sql;
			for (const s of [...V1_SCHEMA, ...V2_ADDITIONS]) sql.exec(s);
			sql.exec("INSERT INTO meta (key, value) VALUES ('schema_version', '2')");
			sql.exec('INSERT INTO paths VALUES (?, ?, ?, ?, ?, ?, ?)', 'GET', '/a', 296, T0, T0 + 9, 'ua', 'NL');
			sql.exec('INSERT INTO paths VALUES (?, ?, ?, ?, ?, ?, ?)', 'GET', '/b', 1, T0 + 1, T0 + 2, 'ua', 'NL');
			sql.exec(
				'INSERT INTO totals (id, ip, total_requests, first_seen, last_activity, path_count, overflow_requests, reported) VALUES (1, ?, 300, ?, ?, 2, 3, 1)',
				ip,
				T0,
				T0 + 12,
			);
			for (const [i, id] of seen.entries())
				sql.exec('INSERT INTO seen_events VALUES (?, ?)', id, Date.now() - 1000 + i);
			sql.exec('INSERT INTO pending_deltas (minute, records, do_record) VALUES (?, 7, 2)', T0);
		});
		await evictDurableObject(stub);

		expect(await stub.stats()).toMatchObject({ totalRequests: 300, pathCount: 2, overflowRequests: 3 });
		const dump = await stub.exportAll();
		expect(dump).toMatchObject({ firstSeen: T0, lastActivity: T0 + 12 });
		expect(dump.paths.map((p) => [p.path, p.count, p.lastUserAgent, p.country])).toEqual([
			['/a', 296, 'ua', 'NL'],
			['/b', 1, 'ua', 'NL'],
		]);
		const replay = seen.map((id) => eventAt(ip, id));
		expect(await stub.record(replay)).toEqual({ recorded: 0, duplicates: 300 });
		// New ids seal the migrated open segment and fill new ones; after a wake all 400 are known.
		const more = replay.slice(0, 100).map((e) => ({ ...e, id: crypto.randomUUID() }));
		expect(await stub.record(more)).toEqual({ recorded: 100, duplicates: 0 });
		await evictDurableObject(stub);
		expect(await stub.record([...replay, ...more])).toEqual({ recorded: 0, duplicates: 400 });
		expect(await stub.stats()).toMatchObject({ totalRequests: 400 });
		expect(await tablesOf(stub)).toEqual(['meta', 'paths', 'seen_ids']);
		// The v2 pending delta (7 records) is still reported.
		expect(await stub.flushReport()).toBe(true);
	});

	it('marks data recorded before v2 for its first shard report', async () => {
		const ip = freshIp();
		const stub = collector(ip);
		await runInDurableObject(stub, async (_i, state) => {
			const sql = await writeV1(state);
			sql.exec('INSERT INTO paths VALUES (?, ?, ?, ?, ?, ?, ?)', 'GET', '/', 3, T0, T0, null, null);
			sql.exec('INSERT INTO totals VALUES (1, ?, 3, ?, ?)', ip, T0, T0);
		});
		await evictDurableObject(stub);
		// Nothing was recorded since the upgrade, yet the registry must learn about this IP.
		expect(await stub.flushReport()).toBe(true);
	});

	it('treats only a missing meta table as a new object: an unreadable one fails and nothing is created', async () => {
		const stub = collector(freshIp());
		await runInDurableObject(stub, async (_i, state) => {
			await state.storage.deleteAll();
			// A `meta` the version cannot be read from (no value column).
			state.storage.sql.exec('CREATE TABLE meta (key TEXT PRIMARY KEY) WITHOUT ROWID');
		});
		await evictDurableObject(stub);
		await runInDurableObject(stub, (instance) => expect(instance.ping()).rejects.toThrow(/value/));
		expect(await tablesOf(stub)).toEqual(['meta']);
	});

	it('gives a new object the schema the migrations give an old one, directly', async () => {
		const event = (ip: string) => ({
			id: `fresh-${ip}`,
			ip,
			path: '/a',
			method: 'GET',
			userAgent: 'ua',
			country: 'NL',
			timestamp: T0,
		});
		// An object written with v1 and upgraded, and a new one (no schema yet), each with one event.
		const oldIp = freshIp();
		const old = collector(oldIp);
		await runInDurableObject(old, async (_i, state) => {
			(await writeV1(state)).exec('INSERT INTO totals (id) VALUES (1)');
		});
		expect(await old.record([event(oldIp)])).toMatchObject({ recorded: 1 });
		const newIp = freshIp();
		const fresh = collector(newIp);
		expect(await fresh.record([event(newIp)])).toMatchObject({ recorded: 1 });
		// No `paths` table until a path row is written (a fold: here, before a page of paths is read).
		expect(await tablesOf(fresh)).toEqual(['meta', 'seen_ids']);
		expect((await fresh.stats()).pathCount).toBe(1);
		expect((await fresh.paths()).items.map((p) => [p.path, p.count])).toEqual([['/a', 1]]);

		const schemaOf = (stub: typeof old) =>
			runInDurableObject(stub, (_i, state) => {
				const sql = state.storage.sql;
				const names = sql
					.exec<{ name: string }>(
						"SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name",
					)
					.toArray()
					.map((t) => t.name);
				const columns = names.map((n) => [n, sql.exec(`PRAGMA table_xinfo(${n})`).toArray()]);
				const version = sql
					.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'")
					.one();
				const paths = sql.exec<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'paths'").one();
				return { names, columns, version: Number(version.value), pathsSql: paths.sql };
			});
		const [a, b] = [await schemaOf(old), await schemaOf(fresh)];
		expect(b.names).toEqual(['meta', 'paths', 'seen_ids']);
		expect(b.columns).toEqual(a.columns);
		expect(b.version).toBe(LATEST_SCHEMA_VERSION);
		// The new object's table was created as it is, not as v3's paths_v3 renamed: no migration ran
		// (they would create and drop four tables, some twenty statements on a new IP's first request).
		expect(a.pathsSql).toMatch(/^CREATE TABLE "paths"/);
		expect(b.pathsSql).toMatch(/^CREATE TABLE paths \(/);
	});
});

describe('the path table of a new collector', () => {
	it('comes with the first path row; a rolled-back creation is forgotten, and reads see none meanwhile', async () => {
		await inEmptyCollector(async (ip, state, { store }) => {
			expect(store.pathRows()).toEqual([]);
			// A transaction that creates the table and then fails leaves no table, and the store
			// does not take it for created.
			const event = eventAt(ip, 'rb-1');
			expect(() =>
				store.transact(() => {
					store.record([event], T0, 100);
					store.fold();
					throw new Error('abort');
				}),
			).toThrow('abort');
			const tables = () =>
				state.storage.sql
					.exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'paths'")
					.toArray().length;
			expect(tables()).toBe(0);
			expect(store.pathRows()).toEqual([]);
			expect(store.summary().totalRequests).toBe(0);
			// The same event again, folded: the table and its row exist.
			store.transact(() => store.record([event], T0, 100));
			expect(store.pathRows().map((p) => [p.path, p.count])).toEqual([['/a', 1]]);
			expect(tables()).toBe(1);
		});
	});

	it('is marked in meta with its creation, so a woken object neither reads a table it lacks nor misses one it has', async () => {
		await inEmptyCollector(async (ip, state, { store }) => {
			store.transact(() => store.record([eventAt(ip, 'mark-1')], T0, 100));
			const mark = () =>
				state.storage.sql.exec('SELECT value FROM meta WHERE key = ?', PATHS_MARK).toArray().length;
			expect(mark()).toBe(0);
			// Woken without the table: the meta reading says so, and its unfolded count is exported.
			const woken = wake(state);
			expect(woken.store.dump(ip).paths.map((p) => [p.path, p.count])).toEqual([['/a', 1]]);
			expect(woken.failed()).toBe(0);
			// Folded: the mark comes with the table, and the next wake reads the rows.
			woken.store.transact(() => woken.store.fold());
			expect(mark()).toBe(1);
			const again = wake(state);
			expect(again.store.dump(ip).paths.map((p) => [p.path, p.count])).toEqual([['/a', 1]]);
			expect(again.store.pathRows()).toHaveLength(1);
			expect(again.failed()).toBe(0);
		});
	});

	it('marks the table of an object written before v6 as it migrates, and only one that has it', async () => {
		for (const folded of [true, false]) {
			await inEmptyCollector(async (ip, state, { store }) => {
				store.transact(() => store.record([eventAt(ip, `v5-${folded}`)], T0, 100));
				if (folded) store.transact(() => store.fold());
				// As v5 left it: no mark whether or not the table exists.
				state.storage.sql.exec('DELETE FROM meta WHERE key = ?', PATHS_MARK);
				state.storage.sql.exec("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
				const migrated = wake(state);
				expect(migrated.store.dump(ip).paths.map((p) => [p.path, p.count])).toEqual([['/a', 1]]);
				const marks = state.storage.sql.exec('SELECT value FROM meta WHERE key = ?', PATHS_MARK).toArray();
				expect(marks).toHaveLength(folded ? 1 : 0);
				// The wake after knows from the mark.
				const next = wake(state);
				expect(next.store.dump(ip).paths.map((p) => [p.path, p.count])).toEqual([['/a', 1]]);
				expect(next.failed()).toBe(0);
			});
		}
	});
});

/** Runs `test` in a new collector with no storage, woken (see `wake`). */
async function inEmptyCollector(
	test: (ip: string, state: DurableObjectState, woken: ReturnType<typeof wake>) => void | Promise<void>,
): Promise<void> {
	const ip = freshIp();
	await runInDurableObject(collector(ip), async (_i, state) => {
		await state.storage.deleteAll();
		await test(ip, state, wake(state));
	});
}

/** The collector as it wakes on `state`: schema check, then a store, counting statements that fail. */
function wake(state: DurableObjectState) {
	let failed = 0;
	const sql = state.storage.sql;
	const counted = new Proxy(sql, {
		get(target, key) {
			if (key !== 'exec') return Reflect.get(target, key, target);
			return (query: string, ...bindings: unknown[]) => {
				try {
					return target.exec(query, ...bindings);
				} catch (err) {
					failed++;
					throw err;
				}
			};
		},
	});
	const db = new CollectorDb(counted);
	migrateCollector(state.storage, db);
	return {
		store: new CollectorStore(state.storage, db, SEEN_RETENTION_MS, () => 100),
		failed: () => failed,
	};
}
