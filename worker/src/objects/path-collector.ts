import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import {
	addPending,
	applyMerges,
	cleanupSeenEvents,
	migrateCollector,
	pathPage,
	readPending,
	readTotals,
	recordBatch,
	replaceWithDump,
	subtractPending,
	type Totals,
	toPathRow,
} from '../adapters/collector-sql.ts';
import { shardForIp } from '../adapters/stats-shards.ts';
import type { IpStats, PathStat } from '../contract/index.ts';
import {
	addDelta,
	buildCollectorReport,
	emptyDelta,
	mergeByTemplate,
	minuteOf,
	toPathStat,
} from '../core/collector-batch.ts';
import { CollectorDumpSchema } from '../core/collector-dump.ts';
import { LATEST_SCHEMA_VERSION } from '../core/collector-schema.ts';
import { decideRestore } from '../core/jobs/restore-guard.ts';
import { normalizePath, parsePathRules } from '../core/normalize-path.ts';
import { decodePathCursor, PATH_SORTS } from '../core/path-cursor.ts';
import type { CollectorMinuteDelta, CollectorReport } from '../core/reports.ts';
import type {
	CollectorDump,
	CollectorRecordResult,
	CollectorRpc,
	CompactResult,
	NormalizedEvent,
	PathPageOptions,
	PurgeExpectation,
	RecordOptions,
	RestoreGuard,
	RestoreOutcome,
} from '../core/rpc.ts';
import type { Bindings } from '../env.ts';
import { MeteredSql } from './metered-sql.ts';

/** Event ids are remembered this long: a journal entry must be replayed within it. */
export const SEEN_RETENTION_MS = 7 * 24 * 3600_000;
const MAX_FLUSH_BACKOFF_MS = 10 * 60_000;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

type Kind = 'record' | 'admin' | 'job';

/**
 * One client IP's path statistics (one object per IP, `getByName(ip)`), in SQLite. Counts are
 * exact; event ids make retries and journal replays count once; at most MAX_PATHS_PER_IP rows
 * exist, later new paths only add to the overflow counter. Per-minute deltas are persisted with
 * the writes they describe and sent to the IP's StatsShard at most once per flush interval
 * while active, and once more from an alarm when idle.
 */
export class PathCollector extends DurableObject<Bindings> implements CollectorRpc {
	private schemaReady = false;
	private lastFlushAt = Date.now();
	private flushing: Promise<boolean> | null = null;
	private flushFailures = 0;
	private alarmAt: number | null = null;
	/** Self-accounting not yet persisted (alarm wake-ups, the bookkeeping writes themselves). */
	private carry: CollectorMinuteDelta = emptyDelta();

	constructor(ctx: DurableObjectState, env: Bindings) {
		super(ctx, env);
		void ctx.blockConcurrencyWhile(async () => {
			this.ensureSchema();
			this.alarmAt = await ctx.storage.getAlarm();
		});
	}

	/** Runs pending migrations (also after `purge`, which leaves the storage empty). */
	private ensureSchema(): void {
		if (this.schemaReady) return;
		migrateCollector(this.ctx.storage);
		this.schemaReady = true;
	}

	private flushIntervalMs(): number {
		return Number(this.env.FLUSH_INTERVAL_MS) || 10_000;
	}

	/** Readiness probe: proves the object runs and its SQLite answers; touches no data, reports nothing. */
	async ping(): Promise<{ ok: true; schemaVersion: number }> {
		this.ensureSchema();
		return { ok: true, schemaVersion: LATEST_SCHEMA_VERSION };
	}

	async record(events: NormalizedEvent[], options: RecordOptions = {}): Promise<CollectorRecordResult> {
		const started = Date.now();
		this.ensureSchema();
		const db = new MeteredSql(this.ctx.storage.sql);
		const ip = events[0]?.ip;
		if (ip === undefined) return { recorded: 0, duplicates: 0 };
		const owner = this.ctx.id.name;
		if (events.some((e) => e.ip !== ip) || (owner !== undefined && owner !== ip)) {
			throw new Error(`collector ${owner ?? '?'} received events of another IP`);
		}
		const maxPaths = Number(this.env.MAX_PATHS_PER_IP) || 1000;
		const result = this.ctx.storage.transactionSync(() => {
			const r = recordBatch(db, events, started, { maxPaths, retentionMs: SEEN_RETENTION_MS });
			this.persistDelta(db, started, 'record', { records: r.recorded, newPaths: r.newPaths });
			return r;
		});
		// An in-flight flush owns the pending rows it read; relaying now could send them twice.
		const report = options.relay && !this.flushing ? this.takeReport(started) : null;
		if (report) {
			// Nothing is left to report: only the seen-id cleanup needs an alarm.
			if (result.nextCleanupAt !== null) await this.ensureAlarm(result.nextCleanupAt);
		} else await this.afterWrite(started, result.nextCleanupAt);
		return { recorded: result.recorded, duplicates: result.duplicates, ...(report ? { report } : {}) };
	}

	/**
	 * Adds this request's delta (plus the unpersisted carry) to its minute's pending row, in the
	 * caller's transaction. The upsert's own row write lands in the carry for the next one.
	 */
	private persistDelta(
		db: MeteredSql,
		started: number,
		kind: Kind,
		extra: Partial<CollectorMinuteDelta> = {},
	): void {
		const own = emptyDelta();
		own.doRequests[kind] = 1;
		const delta = addDelta(addDelta(this.carry, own), {
			...emptyDelta(),
			...extra,
			...db.take(),
			activeMs: Date.now() - started,
		});
		addPending(db, minuteOf(started), delta);
		this.carry = { ...emptyDelta(), ...db.take() };
	}

	/** Adds the rows a statement sequence used to the carry (work not persisted as a delta). */
	private absorb(db: MeteredSql): void {
		this.carry = addDelta(this.carry, { ...emptyDelta(), ...db.take() });
	}

	/** Accounts for a request that read or changed data; objects that never held data stay silent. */
	private account(db: MeteredSql, started: number, kind: Kind, totals: Totals): void {
		if (totals.ip === null) return;
		this.persistDelta(db, started, kind);
	}

	/** Flushes when the interval has passed; otherwise makes sure an alarm will (idle flush, id cleanup). */
	private async afterWrite(now: number, nextCleanupAt: number | null): Promise<void> {
		if (now - this.lastFlushAt >= this.flushIntervalMs()) {
			const flushed = this.flush(now).catch((err: unknown) => {
				// The deltas stay pending; the alarm below sends them with the next flush.
				console.error(JSON.stringify({ msg: 'collector report failed', err: String(err) }));
				return false;
			});
			this.ctx.waitUntil(flushed);
		}
		await this.ensureAlarm(Math.min(now + this.flushIntervalMs(), nextCleanupAt ?? Number.POSITIVE_INFINITY));
	}

	private async ensureAlarm(at: number): Promise<void> {
		if (this.alarmAt !== null && this.alarmAt <= at) return;
		await this.ctx.storage.setAlarm(at);
		this.alarmAt = at;
	}

	override async alarm(): Promise<void> {
		this.ensureSchema();
		const now = Date.now();
		this.alarmAt = null;
		this.carry.doRequests.job++;
		const db = new MeteredSql(this.ctx.storage.sql);
		const totals = readTotals(db);
		let nextCleanup = totals.next_cleanup_at;
		if (nextCleanup !== null && nextCleanup <= now)
			nextCleanup = cleanupSeenEvents(db, now, SEEN_RETENTION_MS);
		this.absorb(db);
		let retryAt: number | null = null;
		try {
			await this.flush(now);
		} catch (err) {
			this.flushFailures++;
			retryAt = now + Math.min(this.flushIntervalMs() * 2 ** this.flushFailures, MAX_FLUSH_BACKOFF_MS);
			console.error(JSON.stringify({ msg: 'collector report failed', err: String(err), retryAt }));
		}
		const due = [retryAt, nextCleanup].filter((t): t is number => t !== null);
		if (due.length > 0) await this.ensureAlarm(Math.min(...due));
	}

	/** Sends pending deltas and the current state to the shard; one flush at a time. */
	private flush(now: number): Promise<boolean> {
		if (!this.flushing) {
			this.flushing = this.sendReport(now).finally(() => {
				this.flushing = null;
			});
		}
		return this.flushing;
	}

	private async sendReport(now: number): Promise<boolean> {
		const collected = this.collectReport(now);
		if (!collected) return false;
		const { report, carry } = collected;
		try {
			await shardForIp(this.env, report.ip).reportCollector(report);
		} catch (err) {
			// Nothing was cleared: the same deltas go out with the next flush.
			this.carry = addDelta(this.carry, carry);
			throw err;
		}
		this.markReported(collected, now);
		this.flushFailures = 0;
		return true;
	}

	/**
	 * Hands the pending report to the caller and counts it as sent at once (the front Worker's
	 * relay delivers it with other collectors' reports in one shard request). If that isolate is
	 * evicted first, the report's rollup deltas are lost; the registry state is absolute and is
	 * rewritten by the next report, and the collector's own counts are untouched.
	 */
	private takeReport(now: number): CollectorReport | null {
		const collected = this.collectReport(now);
		if (!collected) return null;
		this.markReported(collected, now);
		return collected.report;
	}

	/** The pending deltas and current state as a report; the carry is moved into it. */
	private collectReport(now: number) {
		const db = new MeteredSql(this.ctx.storage.sql);
		const totals = readTotals(db);
		const pending = readPending(db);
		this.absorb(db);
		if (totals.ip === null || (pending.length === 0 && totals.report_dirty === 0)) return null;
		const carry = this.carry;
		this.carry = emptyDelta();
		const report = buildCollectorReport({
			ip: totals.ip,
			state: {
				totalRequests: totals.total_requests,
				pathCount: totals.path_count,
				storageBytes: this.ctx.storage.sql.databaseSize,
				firstSeen: totals.first_seen ?? now,
				lastActivity: totals.last_activity ?? now,
			},
			pending,
			carry,
			now,
			isNew: totals.reported === 0,
		});
		return { report, carry, pending, totals };
	}

	/** Clears what a report carried (exactly those pending rows and dirty marks). */
	private markReported(
		{ pending, totals }: { pending: ReturnType<typeof readPending>; totals: Totals },
		now: number,
	): void {
		const db = new MeteredSql(this.ctx.storage.sql);
		this.ctx.storage.transactionSync(() => {
			subtractPending(db, pending);
			db.run(
				'UPDATE totals SET reported = 1, report_dirty = max(report_dirty - ?, 0) WHERE id = 1',
				totals.report_dirty,
			);
		});
		this.absorb(db);
		this.lastFlushAt = now;
	}

	async flushReport(): Promise<boolean> {
		this.ensureSchema();
		return this.flush(Date.now());
	}

	async stats(): Promise<IpStats> {
		const started = Date.now();
		this.ensureSchema();
		const db = new MeteredSql(this.ctx.storage.sql);
		const t = readTotals(db);
		this.account(db, started, 'admin', t);
		if (t.ip !== null) await this.afterWrite(started, t.next_cleanup_at);
		return {
			ip: t.ip ?? this.ctx.id.name ?? '',
			totalRequests: t.total_requests,
			pathCount: t.path_count,
			overflowRequests: t.overflow_requests,
			firstSeen: iso(t.first_seen),
			lastActivity: iso(t.last_activity),
			storageBytes: this.ctx.storage.sql.databaseSize,
		};
	}

	async paths(options: PathPageOptions = {}): Promise<{ items: PathStat[]; nextCursor: string | null }> {
		const started = Date.now();
		this.ensureSchema();
		const sort = options.sort ?? 'count';
		if (!PATH_SORTS.includes(sort)) throw new Error(`unknown sort '${String(sort)}'`);
		const limit = Math.max(1, Math.min(Math.trunc(options.limit ?? 50), 1000));
		const after = options.cursor ? decodePathCursor(options.cursor, sort) : null;
		if (options.cursor && !after) throw new Error('invalid cursor');
		const db = new MeteredSql(this.ctx.storage.sql);
		const page = pathPage(db, sort, after, limit);
		const totals = readTotals(db);
		this.account(db, started, 'admin', totals);
		if (totals.ip !== null) await this.afterWrite(started, totals.next_cleanup_at);
		return { items: page.rows.map(toPathStat), nextCursor: page.nextCursor };
	}

	async exportAll(): Promise<CollectorDump> {
		this.ensureSchema();
		const db = new MeteredSql(this.ctx.storage.sql);
		const dump = this.dumpNow(db);
		this.absorb(db);
		return dump;
	}

	/** The exact dump, read synchronously (so a caller can decide and write in the same section). */
	private dumpNow(db: MeteredSql): CollectorDump {
		const t = readTotals(db);
		const paths = db.all('SELECT * FROM paths ORDER BY method, path').map(toPathRow);
		return {
			schemaVersion: LATEST_SCHEMA_VERSION,
			ip: t.ip ?? this.ctx.id.name ?? '',
			totalRequests: t.total_requests,
			overflowRequests: t.overflow_requests,
			firstSeen: t.first_seen,
			lastActivity: t.last_activity,
			paths,
		};
	}

	async importExact(dump: CollectorDump): Promise<{ paths: number; totalRequests: number }> {
		this.ensureSchema();
		const parsed = CollectorDumpSchema.safeParse(dump);
		if (!parsed.success) throw new Error(`invalid dump: ${z.prettifyError(parsed.error)}`);
		const d = parsed.data;
		const owner = this.ctx.id.name;
		const db = new MeteredSql(this.ctx.storage.sql);
		const current = readTotals(db).ip ?? owner;
		// No addresses in the message: it reaches job results and summaries.
		if (current !== undefined && current !== d.ip)
			throw new Error('dump cannot be imported: it belongs to another IP than this collector');
		this.ctx.storage.transactionSync(() => replaceWithDump(db, d));
		this.absorb(db);
		await this.ensureAlarm(Date.now() + this.flushIntervalMs());
		return { paths: d.paths.length, totalRequests: d.totalRequests };
	}

	async restore(dump: CollectorDump, guard: RestoreGuard): Promise<RestoreOutcome> {
		this.ensureSchema();
		const parsed = CollectorDumpSchema.safeParse(dump);
		if (!parsed.success) throw new Error(`invalid dump: ${z.prettifyError(parsed.error)}`);
		const d = parsed.data;
		const db = new MeteredSql(this.ctx.storage.sql);
		// Read, decide and write with no await in between: no record can land after the check.
		const current = this.dumpNow(db);
		if (current.ip !== '' && current.ip !== d.ip)
			throw new Error('dump cannot be restored: it belongs to another IP than this collector');
		const decision = decideRestore(current, d, guard);
		if (decision.write) this.ctx.storage.transactionSync(() => replaceWithDump(db, d));
		this.absorb(db);
		if (decision.write) await this.ensureAlarm(Date.now() + this.flushIntervalMs());
		const after = decision.action === 'restored' || decision.action === 'overwritten';
		return {
			action: decision.action,
			applied: decision.write,
			requestsBefore: current.totalRequests,
			requestsAfter: after ? d.totalRequests : current.totalRequests,
		};
	}

	/**
	 * Merges rows whose paths normalise to the same template under the current rules (data
	 * recorded before a rule change) and forgets expired event ids. Overflow requests stay in
	 * their counter: which paths they hit was never stored.
	 */
	async compact(): Promise<CompactResult> {
		this.ensureSchema();
		const bytesBefore = this.ctx.storage.sql.databaseSize;
		const parsed = parsePathRules('PATH_RULES' in this.env ? this.env.PATH_RULES : undefined);
		if (!parsed.ok) throw new Error(parsed.error);
		const db = new MeteredSql(this.ctx.storage.sql);
		const rows = db.all('SELECT * FROM paths').map(toPathRow);
		const merged = mergeByTemplate(rows, (p) => normalizePath(p, parsed.rules));
		const pathsAfter = this.ctx.storage.transactionSync(() => {
			cleanupSeenEvents(db, Date.now(), SEEN_RETENTION_MS);
			return applyMerges(db, merged);
		});
		this.absorb(db);
		if (merged.length > 0) await this.ensureAlarm(Date.now() + this.flushIntervalMs());
		return {
			pathsBefore: rows.length,
			pathsAfter,
			bytesBefore,
			bytesAfter: this.ctx.storage.sql.databaseSize,
		};
	}

	/** Deletes everything, alarm included; pending deltas are sent first when the shard answers. */
	async purge(expect: PurgeExpectation | null): Promise<boolean> {
		this.ensureSchema();
		try {
			await this.flush(Date.now());
		} catch (err) {
			// The data is going away on purpose; its unsent activity deltas cannot block that.
			console.error(JSON.stringify({ msg: 'report before purge failed', err: String(err) }));
		}
		// From here to deleteAll only storage calls run, which keep the input gate closed: no
		// record can slip in between this check and the delete.
		if (expect) {
			const t = readTotals(new MeteredSql(this.ctx.storage.sql));
			if (t.total_requests !== expect.totalRequests || t.last_activity !== expect.lastActivity) return false;
		}
		await this.ctx.storage.deleteAlarm();
		await this.ctx.storage.deleteAll();
		this.schemaReady = false;
		this.alarmAt = null;
		this.carry = emptyDelta();
		return true;
	}
}
