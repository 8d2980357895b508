import { DurableObject } from 'cloudflare:workers';
import { migrateCollector } from '../adapters/collector-migrate.ts';
import { pathPage } from '../adapters/collector-sql.ts';
import { shardForIp } from '../adapters/stats-shards.ts';
import type { IpStats, PathStat } from '../contract/index.ts';
import { redactIps } from '../contract/redact.ts';
import { DAY_MS, MINUTE_MS } from '../contract/time.ts';
import { mergeByTemplate, toPathStat } from '../core/collector-batch.ts';
import { parseDump } from '../core/collector-dump.ts';
import { LATEST_SCHEMA_VERSION } from '../core/collector-schema.ts';
import { decideRestore } from '../core/jobs/restore-guard.ts';
import { normalizePath } from '../core/normalize-path.ts';
import { decodePathCursor, PATH_SORTS } from '../core/path-cursor.ts';
import type {
	Booked,
	CollectorDump,
	CollectorJobRpc,
	CollectorRecordResult,
	CollectorRpc,
	CompactResult,
	NormalizedEvent,
	PathPageOptions,
	PurgeExpectation,
	RecordOptions,
	RestoreGuard,
	RestoreOutcome,
	RowCounts,
} from '../core/rpc.ts';
import { type Bindings, settingsOf } from '../env.ts';
import { CollectorDb } from './collector-db.ts';
import { CollectorReporter, type Kind } from './collector-reporter.ts';
import { CollectorStore } from './collector-store.ts';

/** Event ids are remembered this long: a journal entry must be replayed within it. */
export const SEEN_RETENTION_MS = 7 * DAY_MS;
const MAX_FLUSH_BACKOFF_MS = 10 * MINUTE_MS;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * One client IP's path statistics (one object per IP, `getByName(ip)`), in SQLite. Counts are
 * exact; event ids make retries and journal replays count once; at most MAX_PATHS_PER_IP rows
 * exist, later new paths only add to the overflow counter. A batch writes one row: its packed
 * event ids, with the path deltas not yet folded into the path rows (collector-store.ts).
 * Reports to the IP's StatsShard ride back in relayed `record` answers, or go out at most once
 * per flush interval and once more from an alarm when idle (collector-reporter.ts).
 */
export class PathCollector extends DurableObject<Bindings> implements CollectorRpc, CollectorJobRpc {
	private schemaReady = false;
	private flushFailures = 0;
	/** The armed alarm's time; undefined until read (on the first write that may need one). */
	private alarmAt: number | null | undefined;
	private readonly store: CollectorStore;
	private readonly reporter: CollectorReporter;

	constructor(ctx: DurableObjectState, env: Bindings) {
		super(ctx, env);
		this.store = new CollectorStore(
			ctx.storage,
			new CollectorDb(ctx.storage.sql),
			SEEN_RETENTION_MS,
			() => settingsOf(this.env).seenExactIds,
		);
		this.reporter = new CollectorReporter(
			this.store,
			(report) => shardForIp(this.env, report.ip).reportCollector(report),
			() => ctx.storage.sql.databaseSize,
			settingsOf(env).rollupStepMs,
		);
	}

	/** Runs pending migrations (also after `purge`, which leaves the storage empty). */
	private ensureSchema(): void {
		if (this.schemaReady) return;
		migrateCollector(this.ctx.storage, this.store.db);
		this.schemaReady = true;
	}

	/**
	 * The reporting interval. 0 (the front Worker's "flush at once", for tests) would make a
	 * collector report, and retry a failed report, in a tight loop: it waits 10 s instead.
	 */
	private flushIntervalMs(): number {
		return settingsOf(this.env).flushIntervalMs || 10_000;
	}

	/** Readiness probe: proves the object runs and its SQLite answers; touches no data, reports nothing. */
	async ping(): Promise<{ ok: true; schemaVersion: number }> {
		this.ensureSchema();
		return { ok: true, schemaVersion: LATEST_SCHEMA_VERSION };
	}

	async record(events: NormalizedEvent[], options: RecordOptions = {}): Promise<CollectorRecordResult> {
		const started = Date.now();
		this.ensureSchema();
		const ip = events[0]?.ip;
		if (ip === undefined) return { recorded: 0, duplicates: 0 };
		const owner = this.ctx.id.name;
		if (events.some((e) => e.ip !== ip) || (owner !== undefined && owner !== ip)) {
			throw new Error(`collector ${owner ?? '?'} received events of another IP`);
		}
		const maxPaths = settingsOf(this.env).maxPathsPerIp;
		// An in-flight flush owns the pending rows it read; relaying now could send them twice.
		const relay = options.relay === true && !this.reporter.flushing;
		const result = this.store.transact(() => {
			// Expired ids go on a write, in its transaction: no alarm wakes an idle object for them.
			this.store.seen.cleanupIfDue(started);
			const r = this.store.record(events, started, maxPaths);
			if (!relay) this.reporter.persist(started, 'record', { records: r.recorded, newPaths: r.newPaths });
			return r;
		});
		// Noted only once committed: a rolled-back batch reports no paths.
		this.reporter.notePaths(result.paths, started);
		const report = relay
			? this.reporter.relay(started, { records: result.recorded, newPaths: result.newPaths })
			: null;
		// A relayed answer carried everything pending: no alarm. A storage size the report took from
		// a reading under SIZE_REFRESH_MS old is not worth an alarm of its own (one per busy
		// collector per interval): the next report, any alarm or the repair job brings it up to date.
		if (!report) await this.afterWrite(started);
		return { recorded: result.recorded, duplicates: result.duplicates, ...(report ? { report } : {}) };
	}

	/** Accounts for a request that read or changed data; objects that never held data stay silent. */
	private async account(started: number, kind: Kind): Promise<void> {
		if (this.store.summary().ip === null) return;
		this.store.transact(() => this.reporter.persist(started, kind));
		await this.afterWrite(started);
	}

	/** Flushes when the interval has passed; otherwise makes sure an alarm will (idle flush). */
	private async afterWrite(now: number): Promise<void> {
		if (now - this.reporter.lastFlushAt >= this.flushIntervalMs()) {
			const flushed = this.reporter.flush(now).catch((err: unknown) => {
				// The deltas stay pending; the alarm below sends them with the next flush.
				console.error(JSON.stringify({ msg: 'collector report failed', err: redactIps(String(err)) }));
				return false;
			});
			this.ctx.waitUntil(flushed);
		}
		await this.ensureAlarm(now + this.flushIntervalMs());
	}

	private async ensureAlarm(at: number): Promise<void> {
		// Read once per wake, here rather than on wake: exports and purges never need it.
		if (this.alarmAt === undefined) this.alarmAt = await this.ctx.storage.getAlarm();
		if (this.alarmAt !== null && this.alarmAt <= at) return;
		await this.ctx.storage.setAlarm(at);
		this.alarmAt = at;
	}

	override async alarm(): Promise<void> {
		this.ensureSchema();
		const now = Date.now();
		this.alarmAt = null;
		// Once per flush interval at most: the path rows catch up with the recorded deltas.
		this.store.fold();
		// One DELETE statement: atomic alone, and the memory drops the segments only after it.
		this.store.seen.cleanupIfDue(now);
		this.reporter.absorb({ doRequests: { record: 0, admin: 0, job: 1 } });
		let retryAt: number | null = null;
		try {
			await this.reporter.flush(now);
			this.flushFailures = 0;
		} catch (err) {
			this.flushFailures++;
			retryAt = now + Math.min(this.flushIntervalMs() * 2 ** this.flushFailures, MAX_FLUSH_BACKOFF_MS);
			console.error(JSON.stringify({ msg: 'collector report failed', err: redactIps(String(err)), retryAt }));
		}
		if (retryAt !== null) await this.ensureAlarm(retryAt);
	}

	async flushReport(): Promise<boolean> {
		return this.unbooked(this.flushReportBooked());
	}

	async flushReportBooked(): Promise<Booked<boolean>> {
		this.ensureSchema();
		return this.booked(await this.reporter.flush(Date.now()));
	}

	async stats(): Promise<IpStats> {
		const started = Date.now();
		this.ensureSchema();
		// The size is read after the bookkeeping write, as the next report will carry it.
		await this.account(started, 'admin');
		return this.currentStats();
	}

	async statsBooked(): Promise<Booked<IpStats>> {
		this.ensureSchema();
		return this.booked(this.currentStats());
	}

	private currentStats(): IpStats {
		const s = this.store.summary();
		return {
			ip: s.ip ?? this.ctx.id.name ?? '',
			totalRequests: s.totalRequests,
			pathCount: s.pathCount,
			overflowRequests: s.overflowRequests,
			firstSeen: iso(s.firstSeen),
			lastActivity: iso(s.lastActivity),
			storageBytes: this.ctx.storage.sql.databaseSize,
		};
	}

	/** A job's answer with the rows its call used (since the last bookkeeping took them). */
	private booked<T>(value: T, rows: RowCounts = this.store.db.take()): Booked<T> {
		return { value, rows };
	}

	/** The answer alone (an earlier job runner's call, or a test's): its rows wait in the carry for the next report. */
	private async unbooked<T>(call: Promise<Booked<T>>): Promise<T> {
		const { value, rows } = await call;
		this.reporter.absorb(rows);
		return value;
	}

	async paths(options: PathPageOptions = {}): Promise<{ items: PathStat[]; nextCursor: string | null }> {
		const started = Date.now();
		this.ensureSchema();
		const sort = options.sort ?? 'count';
		if (!PATH_SORTS.includes(sort)) throw new Error(`unknown sort '${String(sort)}'`);
		const limit = Math.max(1, Math.min(Math.trunc(options.limit ?? 50), 1000));
		const after = options.cursor ? decodePathCursor(options.cursor, sort) : null;
		if (options.cursor && !after) throw new Error('invalid cursor');
		this.store.fold();
		const page = pathPage(this.store.db, sort, after, limit);
		await this.account(started, 'admin');
		return { items: page.rows.map(toPathStat), nextCursor: page.nextCursor };
	}

	async exportAll(): Promise<CollectorDump> {
		return this.unbooked(this.exportAllBooked());
	}

	async exportAllBooked(): Promise<Booked<CollectorDump>> {
		this.ensureSchema();
		return this.booked(this.dumpNow());
	}

	/** The exact dump, read synchronously (so a caller can decide and write in the same section). */
	private dumpNow(): CollectorDump {
		return this.store.dump(this.ctx.id.name ?? '');
	}

	async importExact(dump: CollectorDump): Promise<{ paths: number; totalRequests: number }> {
		this.ensureSchema();
		const d = parseDump(dump);
		const owner = this.ctx.id.name;
		const current = this.store.summary().ip ?? owner;
		// No addresses in the message: it reaches job results and summaries.
		if (current !== undefined && current !== d.ip)
			throw new Error('dump cannot be imported: it belongs to another IP than this collector');
		this.store.transact(() => this.store.replace(d));
		this.reporter.absorb();
		await this.ensureAlarm(Date.now() + this.flushIntervalMs());
		return { paths: d.paths.length, totalRequests: d.totalRequests };
	}

	async restore(dump: CollectorDump, guard: RestoreGuard): Promise<RestoreOutcome> {
		return this.unbooked(this.restoreBooked(dump, guard));
	}

	async restoreBooked(dump: CollectorDump, guard: RestoreGuard): Promise<Booked<RestoreOutcome>> {
		this.ensureSchema();
		const d = parseDump(dump);
		// Read, decide and write with no await in between: no record can land after the check.
		const current = this.dumpNow();
		if (current.ip !== '' && current.ip !== d.ip)
			throw new Error('dump cannot be restored: it belongs to another IP than this collector');
		const decision = decideRestore(current, d, guard);
		if (decision.write) this.store.transact(() => this.store.replace(d));
		if (decision.write) await this.ensureAlarm(Date.now() + this.flushIntervalMs());
		const after = decision.action === 'restored' || decision.action === 'overwritten';
		const outcome: RestoreOutcome = {
			action: decision.action,
			applied: decision.write,
			requestsBefore: current.totalRequests,
			requestsAfter: after ? d.totalRequests : current.totalRequests,
		};
		return this.booked(outcome);
	}

	/**
	 * Merges rows whose paths normalise to the same template under the current rules (data
	 * recorded before a rule change) and forgets expired event ids. Overflow requests stay in
	 * their counter: which paths they hit was never stored.
	 */
	async compact(): Promise<CompactResult> {
		return this.unbooked(this.compactBooked());
	}

	async compactBooked(): Promise<Booked<CompactResult>> {
		this.ensureSchema();
		const bytesBefore = this.ctx.storage.sql.databaseSize;
		const rules = settingsOf(this.env).pathRules;
		const rows = this.store.pathRows();
		const merged = mergeByTemplate(rows, (p) => normalizePath(p, rules));
		const pathsAfter = this.store.transact(() => {
			this.store.seen.cleanup(Date.now());
			return this.store.applyMerges(merged);
		});
		if (merged.length > 0) await this.ensureAlarm(Date.now() + this.flushIntervalMs());
		const result = {
			pathsBefore: rows.length,
			pathsAfter,
			bytesBefore,
			bytesAfter: this.ctx.storage.sql.databaseSize,
		};
		return this.booked(result);
	}

	/** Deletes everything, alarm included; pending deltas are sent first when the shard answers. */
	async purge(expect: PurgeExpectation | null): Promise<boolean> {
		const { value: purged, rows } = await this.purgeBooked(expect);
		// A purge that deleted leaves nothing to report them, as before the booked form.
		if (!purged) this.reporter.absorb(rows);
		return purged;
	}

	async purgeBooked(expect: PurgeExpectation | null): Promise<Booked<boolean>> {
		this.ensureSchema();
		try {
			await this.reporter.flush(Date.now());
		} catch (err) {
			// The data is going away on purpose; its unsent activity deltas cannot block that.
			console.error(JSON.stringify({ msg: 'report before purge failed', err: redactIps(String(err)) }));
		}
		// From here to deleteAll only storage calls run, which keep the input gate closed: no
		// record can slip in between this check and the delete.
		if (expect) {
			const s = this.store.readSummary();
			// An object holding nothing has nothing to lose: it is what a purge whose answer was lost
			// leaves, and the job's retry of that purge must count it purged, not "changed".
			const empty = s.ip === null && s.totalRequests === 0;
			if (!empty && (s.totalRequests !== expect.totalRequests || s.lastActivity !== expect.lastActivity))
				return this.booked(false);
		}
		// deleteAll removes the alarm too (compatibility date ≥ 2026-02-24, `delete_all_deletes_alarm`):
		// a separate deleteAlarm would cost one more write to the alarm store per purge.
		await this.ctx.storage.deleteAll();
		this.schemaReady = false;
		this.alarmAt = null;
		this.store.invalidate();
		// The purge's rows and the unsent bookkeeping's: the deletion leaves no one to report them.
		const used = this.store.db.take();
		const carried = this.reporter.reset();
		return this.booked(true, {
			rowsRead: used.rowsRead + carried.rowsRead,
			rowsWritten: used.rowsWritten + carried.rowsWritten,
		});
	}
}
