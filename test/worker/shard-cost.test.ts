/**
 * What a StatsShard writes for the reports it receives, by its own usage counters (the rows it
 * books for itself, as the bill counts them). Sparse traffic, a client sending a request now and
 * then, costs one report per client and flush: its rows are the line that grows with clients.
 */
import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../../worker/src/contract/time.ts';
import type { CollectorReport } from '../../worker/src/core/reports.ts';
import { floorTo, utcDate } from '../../worker/src/core/rollup.ts';
import { MeteredSql } from '../../worker/src/objects/metered-sql.ts';
import { ShardStore } from '../../worker/src/objects/shard-store.ts';

const IPS = 60;

function report(ip: string, requests: number, minute: number, isNew: boolean): CollectorReport {
	return {
		ip,
		isNew,
		state: {
			totalRequests: requests,
			pathCount: 1,
			storageBytes: 16_384,
			firstSeen: minute,
			lastActivity: minute,
		},
		// The collector's own rows are zero here: only the shard's rows are counted.
		minutes: {
			[minute]: {
				records: 1,
				doRequests: { record: 1, admin: 0, job: 0 },
				rowsRead: 0,
				rowsWritten: 0,
				activeMs: 1,
				newPaths: isNew ? 1 : 0,
			},
		},
	};
}

describe('StatsShard rows per report', () => {
	it('writes two rows for a new client, one for a returning one (two in a new hour), the totals once per batch', async () => {
		const shard = env.STATS_SHARD.getByName(`cost-${crypto.randomUUID()}`);
		const now = Date.now();
		// Two hours back, five minutes into the hour: the first returning flush stays in that hour.
		const minute = floorTo(now - 2 * HOUR_MS, HOUR_MS) + 5 * MINUTE_MS;
		const ips = Array.from({ length: IPS }, (_, i) => `198.51.100.${i + 1}`);
		const written = async () =>
			(await shard.usage({ now, days: 2 })).reduce((n, d) => n + d.day.rowsWritten, 0);
		const perClient = async (requests: number, at: number, isNew: boolean) => {
			const before = await written();
			await shard.reportCollectors(ips.map((ip) => report(ip, requests, at, isNew)));
			return ((await written()) - before) / IPS;
		};
		// The first batch also creates the schema; the next new clients are measured.
		await shard.reportCollectors([report('203.0.113.1', 1, minute, true)]);
		const perNew = await perClient(1, minute, true);
		const perReturning = await perClient(2, minute + MINUTE_MS, false);
		const perNextHour = await perClient(3, minute + HOUR_MS, false);
		// A new client: its registry row (which holds its open day) with its activity index entry. A
		// returning one: the registry row; its activity index entry only when the activity moved to
		// another hour. The totals, rollups and usage rows are written once per batch or read,
		// whatever the number of clients.
		expect(perNew).toBeGreaterThanOrEqual(2);
		expect(perNew).toBeLessThan(2.5);
		expect(perReturning).toBeGreaterThanOrEqual(1);
		expect(perReturning).toBeLessThan(1.5);
		expect(perNextHour).toBeGreaterThanOrEqual(2);
		expect(perNextHour).toBeLessThan(2.5);
		const summary = await shard.summarize({
			now,
			windowSeconds: 900,
			activeWindowSeconds: 3600,
			topLimit: 5,
		});
		expect(summary.registry.ips).toBe(IPS + 1);
		expect(summary.registry.requests).toBe(3 * IPS + 1);
		expect(summary.top.map((t) => t.totalRequests)).toEqual([3, 3, 3, 3, 3]);
		// Active since the last batch (an hour after the others): its clients only, counted through
		// the hour index and the exact time.
		const activeWindowSeconds = Math.ceil((now - (minute + HOUR_MS)) / 1000) + 1;
		const active = await shard.summarize({ now, windowSeconds: 900, activeWindowSeconds, topLimit: 1 });
		expect(active.registry.activeIps).toBe(IPS);
	});
});

const OPEN_DAY_COLUMNS = [
	'open_day',
	'day_requests',
	'day_calls',
	'day_errors',
	'day_latency_ms_sum',
	'day_latency_ms_max',
];

/** A shard's registry as schema v4 (both old indexes), v5 (the activity index) or v7 (no open day) left it. */
function registryBefore(sql: SqlStorage, version: 4 | 5 | 7): void {
	for (const column of OPEN_DAY_COLUMNS) sql.exec(`ALTER TABLE registry DROP COLUMN ${column}`);
	if (version === 7) {
		sql.exec("UPDATE meta SET value = '7' WHERE key = 'schema_version'");
		return;
	}
	sql.exec('DROP INDEX registry_by_hour');
	sql.exec('ALTER TABLE registry DROP COLUMN active_hour');
	if (version === 4) sql.exec('CREATE INDEX registry_by_requests ON registry (total_requests DESC, ip)');
	sql.exec('CREATE INDEX registry_by_activity ON registry (last_activity DESC, ip)');
	sql.exec("UPDATE meta SET value = ? WHERE key = 'schema_version'", String(version));
}

describe('StatsShard registry migration to the hour index', () => {
	it("gives a registry written before it each row's activity hour and counts the same active IPs", async () => {
		const shard = env.STATS_SHARD.getByName(`migrate-${crypto.randomUUID()}`);
		const now = Date.now();
		const times = Array.from({ length: 40 }, (_, i) => now - i * 7 * MINUTE_MS);
		await runInDurableObject(shard, (_instance, state) => {
			const sql = state.storage.sql;
			// Back to the registry as v4 wrote it: no hour column, the two old indexes.
			registryBefore(sql, 4);
			for (const [i, t] of times.entries())
				sql.exec(
					'INSERT INTO registry VALUES (?, ?, ?, ?, 1, 100, NULL, 0)',
					`192.0.2.${i + 1}`,
					t,
					t,
					i + 1,
				);
			const store = new ShardStore(new MeteredSql(sql));
			store.migrate(state.storage);
			const indexes = sql
				.exec<{ name: string }>(
					"SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'registry'",
				)
				.toArray()
				.map((r) => r.name);
			expect(indexes).toEqual(['registry_by_hour']);
			const hours = sql.exec<{ ok: number }>(
				`SELECT COUNT(*) AS ok FROM registry WHERE active_hour = CAST(last_activity / ${HOUR_MS} AS INTEGER)`,
			);
			expect(hours.one().ok).toBe(times.length);
			for (const minutes of [5, 30, 61, 200, 400])
				expect(store.countActiveSince(now - minutes * MINUTE_MS)).toBe(
					times.filter((t) => t >= now - minutes * MINUTE_MS).length,
				);
		});
	});
});

describe('StatsShard migration to open days in the registry', () => {
	it('adds a day a client had a row for to the figures its registry row holds from then on', async () => {
		const shard = env.STATS_SHARD.getByName(`open-day-${crypto.randomUUID()}`);
		const now = Date.now();
		// This minute: the same UTC day as `now`, whenever the test runs.
		const minute = floorTo(now, MINUTE_MS);
		const ip = '198.51.100.71';
		const today = utcDate(minute);
		await runInDurableObject(shard, (_instance, state) => {
			const sql = state.storage.sql;
			registryBefore(sql, 7);
			// What v7 wrote for a client seen today: its registry row and its day row.
			sql.exec(
				'INSERT INTO registry VALUES (?, ?, ?, 5, 1, 100, NULL, 0, ?)',
				ip,
				minute,
				minute,
				Math.floor(minute / HOUR_MS),
			);
			sql.exec('INSERT INTO ip_day VALUES (?, ?, 5, 2, 0, 30, 20)', ip, today);
			new ShardStore(new MeteredSql(sql)).migrate(state.storage);
			expect(
				sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").one().value,
			).toBe('8');
		});
		await shard.reportCollectors(
			[report(ip, 8, minute, false)],
			[{ ip, day: today, calls: 1, errors: 0, latencyMsSum: 12, latencyMsMax: 12 }],
		);
		expect(await shard.ipDaily({ now, ip, days: 1 })).toEqual([
			{ day: today, requests: 6, calls: 3, errors: 0, latencyMeanMs: 14, latencyMaxMs: 20 },
		]);
		// The day row stays as v7 left it; the report's figures went to the registry row.
		const dayRow = await runInDurableObject(shard, (_i, state) =>
			state.storage.sql.exec<{ requests: number }>('SELECT requests FROM ip_day WHERE ip = ?', ip).one(),
		);
		expect(dayRow.requests).toBe(5);
	});
});

describe('StatsShard schema newer than the code', () => {
	it('refuses to run on it, naming both versions, and changes nothing', async () => {
		const shard = env.STATS_SHARD.getByName(`newer-${crypto.randomUUID()}`);
		await runInDurableObject(shard, (_instance, state) => {
			const sql = state.storage.sql;
			const current = Number(
				sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").one().value,
			);
			sql.exec("UPDATE meta SET value = ? WHERE key = 'schema_version'", String(current + 1));
			expect(() => new ShardStore(new MeteredSql(sql)).migrate(state.storage)).toThrow(
				`stored shard schema v${current + 1} is newer than this code (v${current}); deploy the newer version`,
			);
			const version = sql
				.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'")
				.one();
			expect(version.value).toBe(String(current + 1));
		});
	});
});

describe('StatsShard batch of reports', () => {
	it('applies all of a batch or none of it: a report that fails leaves the rows and totals of the others unwritten', async () => {
		const shard = env.STATS_SHARD.getByName(`atomic-${crypto.randomUUID()}`);
		const now = Date.now();
		const minute = floorTo(now - 3 * MINUTE_MS, MINUTE_MS);
		const ips = ['198.51.100.61', '198.51.100.62', '198.51.100.63'];
		await shard.reportCollectors(ips.map((ip) => report(ip, 1, minute, true)));
		const read = () => shard.summarize({ now, windowSeconds: 900, activeWindowSeconds: 3600, topLimit: 10 });
		const before = await read();
		// The third report's count is not a number: its registry write fails (NOT NULL), after the
		// first two reports' rows were written in the same batch.
		const batch = ips.map((ip) => report(ip, 5, minute + MINUTE_MS, false));
		const bad = batch[2];
		if (bad) bad.state.totalRequests = Number.NaN;
		// Called in the object: a rejection over RPC would also surface as the object's unhandled one.
		await runInDurableObject(shard, (instance) =>
			expect(instance.reportCollectors(batch)).rejects.toThrow(/NOT NULL/),
		);
		const after = await read();
		expect(after.registry).toEqual(before.registry);
		expect(after.top.map((t) => t.totalRequests)).toEqual([1, 1, 1]);
		expect(after.window.records).toBe(before.window.records);
	});
});

describe('StatsShard migration failing midway', () => {
	it('keeps the version before whole, so the next wake runs the same version again', async () => {
		const shard = env.STATS_SHARD.getByName(`midway-${crypto.randomUUID()}`);
		await runInDurableObject(shard, (_instance, state) => {
			const sql = state.storage.sql;
			// Back to v5's registry, with a table in the way of v6's third statement (its index name).
			registryBefore(sql, 5);
			sql.exec('CREATE TABLE registry_by_hour (x INTEGER)');
			const columns = () =>
				sql
					.exec<{ name: string }>("SELECT name FROM pragma_table_info('registry')")
					.toArray()
					.map((c) => c.name);
			const store = new ShardStore(new MeteredSql(sql));
			expect(() => store.migrate(state.storage)).toThrow(/registry_by_hour/);
			expect(columns()).not.toContain('active_hour');
			expect(
				sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").one().value,
			).toBe('5');
			// Once out of the way, the same version runs whole.
			sql.exec('DROP TABLE registry_by_hour');
			store.migrate(state.storage);
			expect(columns()).toContain('active_hour');
		});
	});
});
