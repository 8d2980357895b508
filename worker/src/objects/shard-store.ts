/**
 * A StatsShard's SQLite storage: schema migrations, the IP registry with running totals (so no
 * total scans the registry; a top list does, reading rows rather than writing an index entry on
 * every report), rollup buckets stored as validated JSON, isolate breaker reports and retention
 * pruning.
 */
import { z } from 'zod';
import { DAY_MS, HOUR_MS } from '../contract/time.ts';
import type { BucketSet } from '../core/buckets.ts';
import { type DayFigures, NO_FIGURES, type OpenDay, withOpenDay } from '../core/client-days.ts';
import {
	addRollups,
	addToDay,
	DAY_RETENTION_MS,
	DayRollupSchema,
	emptyDayRollup,
	emptyRollup,
	HOUR_RETENTION_MS,
	MINUTE_RETENTION_MS,
	type Rollup,
	RollupSchema,
	utcDate,
} from '../core/rollup.ts';
import type { RegistryEntry } from '../core/rpc.ts';
import type { TopBy } from '../core/shard-reads.ts';
import type { DatedDay } from '../core/usage.ts';
import type { MeteredSql } from './metered-sql.ts';
import { PATH_TABLES } from './shard-paths.ts';

/** Each entry migrates the schema from version i to i + 1; never edit a shipped entry. */
const MIGRATIONS: readonly (readonly string[])[] = [
	[
		`CREATE TABLE registry (ip TEXT PRIMARY KEY, first_seen INTEGER NOT NULL, last_activity INTEGER NOT NULL,
			total_requests INTEGER NOT NULL, path_count INTEGER NOT NULL, storage_bytes INTEGER NOT NULL,
			active_day TEXT, active_ms_day REAL NOT NULL DEFAULT 0) WITHOUT ROWID`,
		'CREATE INDEX registry_by_requests ON registry (total_requests DESC, ip)',
		'CREATE INDEX registry_by_activity ON registry (last_activity DESC, ip)',
		`CREATE TABLE registry_totals (id INTEGER PRIMARY KEY CHECK (id = 1), ips INTEGER NOT NULL,
			paths INTEGER NOT NULL, storage_bytes INTEGER NOT NULL, requests INTEGER NOT NULL)`,
		'INSERT INTO registry_totals VALUES (1, 0, 0, 0, 0)',
		'CREATE TABLE rollup_minute (bucket INTEGER PRIMARY KEY, data TEXT NOT NULL)',
		'CREATE TABLE rollup_hour (bucket INTEGER PRIMARY KEY, data TEXT NOT NULL)',
		'CREATE TABLE usage_day (date TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID',
		'CREATE TABLE counters (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)',
		`CREATE TABLE isolates (isolate_id TEXT PRIMARY KEY, state TEXT NOT NULL, since INTEGER,
			recent_failures INTEGER NOT NULL, reported_at INTEGER NOT NULL) WITHOUT ROWID`,
	],
	PATH_TABLES,
	[
		`CREATE TABLE ip_day (ip TEXT NOT NULL, day TEXT NOT NULL, requests INTEGER NOT NULL,
			PRIMARY KEY (ip, day)) WITHOUT ROWID`,
		'CREATE INDEX ip_day_by_day ON ip_day (day)',
	],
	[
		// What the front Worker measured of its calls to the client's collector that day.
		'ALTER TABLE ip_day ADD COLUMN calls INTEGER NOT NULL DEFAULT 0',
		'ALTER TABLE ip_day ADD COLUMN errors INTEGER NOT NULL DEFAULT 0',
		'ALTER TABLE ip_day ADD COLUMN latency_ms_sum REAL NOT NULL DEFAULT 0',
		'ALTER TABLE ip_day ADD COLUMN latency_ms_max REAL NOT NULL DEFAULT 0',
	],
	[
		// Every report rewrote this index's entry of its IP: one row written per IP and flush, for a
		// sort only the snapshot's top list needs. That list now scans the registry, as the other
		// orders always did: rows read cost a thousandth of rows written.
		'DROP INDEX IF EXISTS registry_by_requests',
	],
	[
		// The activity index on the hour, not the millisecond: a report rewrites an IP's index entry
		// only when its activity moves to a new hour, not on every flush (`writeRow`).
		'ALTER TABLE registry ADD COLUMN active_hour INTEGER NOT NULL DEFAULT 0',
		`UPDATE registry SET active_hour = CAST(last_activity / ${HOUR_MS} AS INTEGER)`,
		'CREATE INDEX registry_by_hour ON registry (active_hour)',
		'DROP INDEX IF EXISTS registry_by_activity',
	],
	[
		// A client's first report of a day wrote a day-index entry beside its day row, for a prune
		// that now runs once a day as a scan (`prune`).
		'DROP INDEX IF EXISTS ip_day_by_day',
	],
	[
		// A client's latest day rides in its registry row, which each of its reports rewrites anyway:
		// a report no longer upserts a day row beside it (core/client-days.ts).
		'ALTER TABLE registry ADD COLUMN open_day TEXT',
		'ALTER TABLE registry ADD COLUMN day_requests INTEGER NOT NULL DEFAULT 0',
		'ALTER TABLE registry ADD COLUMN day_calls INTEGER NOT NULL DEFAULT 0',
		'ALTER TABLE registry ADD COLUMN day_errors INTEGER NOT NULL DEFAULT 0',
		'ALTER TABLE registry ADD COLUMN day_latency_ms_sum REAL NOT NULL DEFAULT 0',
		'ALTER TABLE registry ADD COLUMN day_latency_ms_max REAL NOT NULL DEFAULT 0',
	],
];

/** The UTC hour of an epoch-ms time, as the registry's activity index holds it. */
const hourOf = (ms: number) => Math.floor(ms / HOUR_MS);

/** Days of per-IP daily counts kept (the client trend shows the last 30). */
export const IP_DAY_RETENTION_DAYS = 35;

const IpDayRowSchema = z.object({
	day: z.string(),
	requests: z.number(),
	calls: z.number(),
	errors: z.number(),
	latency_ms_sum: z.number(),
	latency_ms_max: z.number(),
});
export type IpDayRow = z.infer<typeof IpDayRowSchema>;

/** What one flush adds to a client's day: requests its collector reported, and the front's calls. */
export type IpDayDelta = DayFigures;

const RegistryRowSchema = z.object({
	ip: z.string(),
	first_seen: z.number(),
	last_activity: z.number(),
	total_requests: z.number(),
	path_count: z.number(),
	storage_bytes: z.number(),
	active_day: z.string().nullable(),
	active_ms_day: z.number(),
	open_day: z.string().nullable(),
	day_requests: z.number(),
	day_calls: z.number(),
	day_errors: z.number(),
	day_latency_ms_sum: z.number(),
	day_latency_ms_max: z.number(),
});
export type RegistryRow = z.infer<typeof RegistryRowSchema>;

const TotalsSchema = z.object({
	ips: z.number(),
	paths: z.number(),
	storage_bytes: z.number(),
	requests: z.number(),
});
export type RegistryTotals = { ips: number; paths: number; storageBytes: number; requests: number };

/** What writes move the running totals by (field by field, the same shape as the totals). */
export type TotalsDelta = RegistryTotals;

export const NO_TOTALS_CHANGE: TotalsDelta = { ips: 0, paths: 0, storageBytes: 0, requests: 0 };

export const addTotals = (a: TotalsDelta, b: TotalsDelta): TotalsDelta => ({
	ips: a.ips + b.ips,
	paths: a.paths + b.paths,
	storageBytes: a.storageBytes + b.storageBytes,
	requests: a.requests + b.requests,
});

export type BreakerRow = {
	state: 'closed' | 'open' | 'half-open';
	since: number | null;
	recentFailures: number;
};
const BreakerRowSchema = z.object({
	state: z.enum(['closed', 'open', 'half-open']),
	since: z.number().nullable(),
	recent_failures: z.number(),
});

const TOP_ORDER: Record<TopBy, string> = {
	requests: 'total_requests DESC, ip',
	paths: 'path_count DESC, ip',
	storage: 'storage_bytes DESC, ip',
	recent: 'last_activity DESC, ip',
};

/** The client-day a registry row holds open. */
export function openDayOf(row: RegistryRow | null): OpenDay {
	if (!row) return { day: null, figures: NO_FIGURES };
	return {
		day: row.open_day,
		figures: {
			requests: row.day_requests,
			calls: row.day_calls,
			errors: row.day_errors,
			latency_ms_sum: row.day_latency_ms_sum,
			latency_ms_max: row.day_latency_ms_max,
		},
	};
}

/** A registry row's open-day columns for `open`. */
export function openDayColumns(
	open: OpenDay,
): Pick<
	RegistryRow,
	'open_day' | 'day_requests' | 'day_calls' | 'day_errors' | 'day_latency_ms_sum' | 'day_latency_ms_max'
> {
	return {
		open_day: open.day,
		day_requests: open.figures.requests,
		day_calls: open.figures.calls,
		day_errors: open.figures.errors,
		day_latency_ms_sum: open.figures.latency_ms_sum,
		day_latency_ms_max: open.figures.latency_ms_max,
	};
}

export function toEntry(row: RegistryRow): RegistryEntry {
	return {
		ip: row.ip,
		firstSeen: row.first_seen,
		lastActivity: row.last_activity,
		totalRequests: row.total_requests,
		pathCount: row.path_count,
		storageBytes: row.storage_bytes,
	};
}

export class ShardStore {
	readonly sql: MeteredSql;

	constructor(sql: MeteredSql) {
		this.sql = sql;
	}

	/**
	 * Brings the schema to the latest version, each version in one transaction with its version
	 * row (a statement failing midway leaves the version before, whole, to try again on the next
	 * wake); run inside `blockConcurrencyWhile`.
	 */
	migrate(storage: Pick<DurableObjectStorage, 'transactionSync'>): void {
		this.sql.run('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
		let version = Number(this.getMeta('schema_version') ?? 0);
		// As a collector does: code older than the schema would write rows the schema no longer takes.
		if (version > MIGRATIONS.length)
			throw new Error(
				`stored shard schema v${version} is newer than this code (v${MIGRATIONS.length}); deploy the newer version`,
			);
		for (; version < MIGRATIONS.length; version++) {
			const next = version + 1;
			storage.transactionSync(() => {
				for (const statement of MIGRATIONS[next - 1] ?? []) this.sql.run(statement);
				this.setMeta('schema_version', String(next));
			});
		}
	}

	getMeta(key: string): string | null {
		return this.sql.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', key)[0]?.value ?? null;
	}

	setMeta(key: string, value: string): void {
		this.sql.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', key, value);
	}

	getRow(ip: string): RegistryRow | null {
		const row = this.sql.all('SELECT * FROM registry WHERE ip = ?', ip)[0];
		return row ? RegistryRowSchema.parse(row) : null;
	}

	/**
	 * Writes an IP's row over `prev` (the row the caller read, null for a new IP): one statement.
	 * Its activity index entry is written only when the row is new or its activity moved to
	 * another hour; otherwise the update leaves every indexed column alone (one row written).
	 * Returns what the write moves the running totals by; the caller moves them once for all its
	 * writes (`moveTotals`), so a batch of reports writes the totals row once, not once per IP.
	 */
	writeRow(row: RegistryRow, prev: RegistryRow | null): TotalsDelta {
		const sameHour = prev !== null && hourOf(prev.last_activity) === hourOf(row.last_activity);
		const values = [
			row.first_seen,
			row.last_activity,
			row.total_requests,
			row.path_count,
			row.storage_bytes,
			row.active_day,
			row.active_ms_day,
			row.open_day,
			row.day_requests,
			row.day_calls,
			row.day_errors,
			row.day_latency_ms_sum,
			row.day_latency_ms_max,
		];
		if (sameHour)
			this.sql.run(
				`UPDATE registry SET first_seen = ?, last_activity = ?, total_requests = ?, path_count = ?,
					storage_bytes = ?, active_day = ?, active_ms_day = ?, open_day = ?, day_requests = ?,
					day_calls = ?, day_errors = ?, day_latency_ms_sum = ?, day_latency_ms_max = ? WHERE ip = ?`,
				...values,
				row.ip,
			);
		else
			this.sql.run(
				`INSERT OR REPLACE INTO registry (first_seen, last_activity, total_requests, path_count,
					storage_bytes, active_day, active_ms_day, open_day, day_requests, day_calls, day_errors,
					day_latency_ms_sum, day_latency_ms_max, ip, active_hour)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				...values,
				row.ip,
				hourOf(row.last_activity),
			);
		return {
			ips: prev ? 0 : 1,
			paths: row.path_count - (prev?.path_count ?? 0),
			storageBytes: row.storage_bytes - (prev?.storage_bytes ?? 0),
			requests: row.total_requests - (prev?.total_requests ?? 0),
		};
	}

	/**
	 * Deletes the IPs' rows and day rows; returns how many IPs had a row. Two statements for the
	 * whole list (the rows' figures come back from their DELETE), and the totals move once.
	 */
	deleteRows(ips: readonly string[]): number {
		const list = JSON.stringify(ips);
		const gone = this.sql.all<Pick<RegistryRow, 'path_count' | 'storage_bytes' | 'total_requests'>>(
			'DELETE FROM registry WHERE ip IN (SELECT value FROM json_each(?)) RETURNING path_count, storage_bytes, total_requests',
			list,
		);
		if (gone.length === 0) return 0;
		this.sql.run('DELETE FROM ip_day WHERE ip IN (SELECT value FROM json_each(?))', list);
		const sum = (f: (r: (typeof gone)[number]) => number) => gone.reduce((a, r) => a + f(r), 0);
		this.moveTotals({
			ips: -gone.length,
			paths: -sum((r) => r.path_count),
			storageBytes: -sum((r) => r.storage_bytes),
			requests: -sum((r) => r.total_requests),
		});
		return gone.length;
	}

	/** Moves the running totals by `d`; writes nothing when it moves none of them. */
	moveTotals(d: TotalsDelta): void {
		if (d.ips === 0 && d.paths === 0 && d.storageBytes === 0 && d.requests === 0) return;
		this.sql.run(
			`UPDATE registry_totals SET ips = ips + ?, paths = paths + ?, storage_bytes = storage_bytes + ?,
				requests = requests + ? WHERE id = 1`,
			d.ips,
			d.paths,
			d.storageBytes,
			d.requests,
		);
	}

	totals(): RegistryTotals {
		const t = TotalsSchema.parse(this.sql.all('SELECT * FROM registry_totals WHERE id = 1')[0]);
		return { ips: t.ips, paths: t.paths, storageBytes: t.storage_bytes, requests: t.requests };
	}

	/** IPs active at or after `since` (reads the rows active since its hour, through the hour index). */
	countActiveSince(since: number): number {
		const rows = this.sql.all<{ n: number }>(
			'SELECT COUNT(*) AS n FROM registry WHERE active_hour >= ? AND last_activity >= ?',
			hourOf(since),
			since,
		);
		return rows[0]?.n ?? 0;
	}

	page(cursor: string | null, limit: number): { items: RegistryEntry[]; nextCursor: string | null } {
		const rows = this.sql
			.all('SELECT * FROM registry WHERE ip > ? ORDER BY ip LIMIT ?', cursor ?? '', limit + 1)
			.map((r) => RegistryRowSchema.parse(r));
		const items = rows.slice(0, limit).map(toEntry);
		return { items, nextCursor: rows.length > limit ? (items.at(-1)?.ip ?? null) : null };
	}

	top(by: TopBy, limit: number): RegistryEntry[] {
		return this.sql
			.all(`SELECT * FROM registry ORDER BY ${TOP_ORDER[by]} LIMIT ?`, limit)
			.map((r) => toEntry(RegistryRowSchema.parse(r)));
	}

	/** Adds a bucket set to the rollup tables; `storedBytes` is recorded on today's usage row. */
	applyBuckets(set: BucketSet, now: number, storedBytes: number): void {
		for (const [bucket, r] of set.minutes) this.addRollup('rollup_minute', bucket, r);
		for (const [bucket, r] of set.hours) this.addRollup('rollup_hour', bucket, r);
		const today = utcDate(now);
		for (const [date, r] of set.days) {
			const prev = this.sql.all<{ data: string }>('SELECT data FROM usage_day WHERE date = ?', date)[0];
			const day = addToDay(prev ? DayRollupSchema.parse(JSON.parse(prev.data)) : emptyDayRollup(), r);
			day.maxActiveMsPerObject = Math.max(day.maxActiveMsPerObject, set.objectActiveMs.get(date) ?? 0);
			if (date === today) day.storedBytes = storedBytes;
			this.sql.run('INSERT OR REPLACE INTO usage_day (date, data) VALUES (?, ?)', date, JSON.stringify(day));
		}
		const prevTotal = this.sql.all<{ data: string }>('SELECT data FROM counters WHERE id = 1')[0];
		const total = addRollups(
			prevTotal ? RollupSchema.parse(JSON.parse(prevTotal.data)) : emptyRollup(),
			set.total,
		);
		this.sql.run('INSERT OR REPLACE INTO counters (id, data) VALUES (1, ?)', JSON.stringify(total));
	}

	private addRollup(table: 'rollup_minute' | 'rollup_hour', bucket: number, r: Rollup): void {
		const prev = this.sql.all<{ data: string }>(`SELECT data FROM ${table} WHERE bucket = ?`, bucket)[0];
		const next = prev ? addRollups(RollupSchema.parse(JSON.parse(prev.data)), r) : r;
		this.sql.run(
			`INSERT OR REPLACE INTO ${table} (bucket, data) VALUES (?, ?)`,
			bucket,
			JSON.stringify(next),
		);
	}

	/** Rollup buckets with `from ≤ bucket ≤ to`, in time order. */
	rollups(granularity: 'minute' | 'hour', from: number, to: number): [number, Rollup][] {
		const table = granularity === 'minute' ? 'rollup_minute' : 'rollup_hour';
		return this.sql
			.all<{ bucket: number; data: string }>(
				`SELECT bucket, data FROM ${table} WHERE bucket >= ? AND bucket <= ? ORDER BY bucket`,
				from,
				to,
			)
			.map((row) => [row.bucket, RollupSchema.parse(JSON.parse(row.data))]);
	}

	/** Start of the oldest hour rollup, or null when there is none. */
	oldestHour(): number | null {
		return this.sql.all<{ b: number | null }>('SELECT MIN(bucket) AS b FROM rollup_hour')[0]?.b ?? null;
	}

	/**
	 * Adds imported history (hours and days only; the caller checked it precedes this shard's
	 * own hours). The all-time counters stay as they are; a day's stored bytes are set when given.
	 */
	importBuckets(set: BucketSet, storedBytes: Record<string, number>): void {
		for (const [bucket, r] of set.hours) this.addRollup('rollup_hour', bucket, r);
		for (const [date, r] of set.days) {
			const prev = this.sql.all<{ data: string }>('SELECT data FROM usage_day WHERE date = ?', date)[0];
			const day = addToDay(prev ? DayRollupSchema.parse(JSON.parse(prev.data)) : emptyDayRollup(), r);
			const bytes = storedBytes[date];
			if (bytes !== undefined) day.storedBytes = bytes;
			day.maxActiveMsPerObject = Math.max(day.maxActiveMsPerObject, set.objectActiveMs.get(date) ?? 0);
			this.sql.run('INSERT OR REPLACE INTO usage_day (date, data) VALUES (?, ?)', date, JSON.stringify(day));
		}
	}

	/** Start of the oldest minute rollup, or null when there is none. */
	oldestMinute(): number | null {
		return this.sql.all<{ b: number | null }>('SELECT MIN(bucket) AS b FROM rollup_minute')[0]?.b ?? null;
	}

	/** Usage rows with `from ≤ date ≤ to` (ISO dates compare as text). */
	days(from: string, to: string): DatedDay[] {
		return this.sql
			.all<{ date: string; data: string }>(
				'SELECT date, data FROM usage_day WHERE date >= ? AND date <= ? ORDER BY date',
				from,
				to,
			)
			.map((row) => ({ date: row.date, day: DayRollupSchema.parse(JSON.parse(row.data)) }));
	}

	counters(): Rollup {
		const row = this.sql.all<{ data: string }>('SELECT data FROM counters WHERE id = 1')[0];
		return row ? RollupSchema.parse(JSON.parse(row.data)) : emptyRollup();
	}

	putBreaker(isolateId: string, b: BreakerRow, now: number): void {
		this.sql.run(
			'INSERT OR REPLACE INTO isolates VALUES (?, ?, ?, ?, ?)',
			isolateId,
			b.state,
			b.since,
			b.recentFailures,
			now,
		);
	}

	/** Breaker states isolates reported at or after `since`. */
	breakersSince(since: number): BreakerRow[] {
		return this.sql
			.all('SELECT state, since, recent_failures FROM isolates WHERE reported_at >= ?', since)
			.map((r) => {
				const row = BreakerRowSchema.parse(r);
				return { state: row.state, since: row.since, recentFailures: row.recent_failures };
			});
	}

	/** Adds figures to a closed day of the IP (its day row): one upsert, whatever the events behind it. */
	addIpDay(ip: string, day: string, d: IpDayDelta): void {
		this.sql.run(
			`INSERT INTO ip_day (ip, day, requests, calls, errors, latency_ms_sum, latency_ms_max)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (ip, day) DO UPDATE SET requests = requests + excluded.requests,
					calls = calls + excluded.calls, errors = errors + excluded.errors,
					latency_ms_sum = latency_ms_sum + excluded.latency_ms_sum,
					latency_ms_max = max(latency_ms_max, excluded.latency_ms_max)`,
			ip,
			day,
			d.requests,
			d.calls,
			d.errors,
			d.latency_ms_sum,
			d.latency_ms_max,
		);
	}

	/**
	 * The IP's days from `fromDay` on, oldest first: its closed day rows and the day its registry
	 * row holds open (days with nothing recorded have no row).
	 */
	ipDays(ip: string, fromDay: string): IpDayRow[] {
		const closed = this.sql
			.all(
				`SELECT day, requests, calls, errors, latency_ms_sum, latency_ms_max FROM ip_day
					WHERE ip = ? AND day >= ? ORDER BY day`,
				ip,
				fromDay,
			)
			.map((r) => IpDayRowSchema.parse(r));
		return withOpenDay(closed, openDayOf(this.getRow(ip)), fromDay);
	}

	/** Deletes what is past retention. */
	prune(now: number): void {
		this.sql.run('DELETE FROM rollup_minute WHERE bucket < ?', now - MINUTE_RETENTION_MS);
		this.sql.run('DELETE FROM rollup_hour WHERE bucket < ?', now - HOUR_RETENTION_MS);
		this.sql.run('DELETE FROM usage_day WHERE date < ?', utcDate(now - DAY_RETENTION_MS));
		this.sql.run('DELETE FROM isolates WHERE reported_at < ?', now - DAY_MS);
		// Client days expire by the day: one scan at the first prune of a UTC day (the alarm prunes
		// hourly), instead of a day index written with every new client-day row.
		const today = utcDate(now);
		if (this.getMeta('ip_day_pruned') !== today) {
			this.sql.run('DELETE FROM ip_day WHERE day < ?', utcDate(now - IP_DAY_RETENTION_DAYS * DAY_MS));
			this.setMeta('ip_day_pruned', today);
		}
	}
}
