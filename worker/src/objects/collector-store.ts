/**
 * PathCollector's data: path rows, the client dictionary, seen event ids and the summary, with
 * what it needs in memory (loaded once when the object wakes) so that recording a batch writes
 * one row, its seen-id segment, and reads nothing but that row. The segment also carries the
 * path deltas not yet folded into the path rows (core/pending-paths.ts); they are folded when
 * they outgrow a page, from the alarm, and before a page read or a compaction; an export merges
 * them in memory and writes nothing. The summary and the path set count them from the start.
 *
 * Durability: every write of a request runs in one synchronous transaction, and the output gate
 * holds the answer until it is committed, so whatever a `record` acknowledges survives an
 * eviction right after. Memory only mirrors committed rows; a failed transaction drops the mirror.
 */
import {
	allPathRows,
	deleteAllPaths,
	deletePath,
	insertClient,
	pruneClients,
	putPath,
	readClients,
	readPathKeys,
	readSummaryRow,
	upsertPaths,
	writeSummaryRow,
} from '../adapters/collector-sql.ts';
import { OTHER_PATH } from '../contract/paths.ts';
import { aggregateByPath, pathKey } from '../core/collector-batch.ts';
import { LATEST_SCHEMA_VERSION } from '../core/collector-schema.ts';
import {
	applyBatch,
	type BatchEffect,
	baseChanged,
	baseOf,
	type CollectorSummary,
	type SummaryBase,
	summarize,
} from '../core/collector-summary.ts';
import type { PathDelta } from '../core/path-deltas.ts';
import {
	addPending,
	decodePending,
	encodePending,
	FOLD_AT_BYTES,
	type PendingPaths,
	rowsWithPending,
	withPending,
} from '../core/pending-paths.ts';
import type { CollectorDump, NormalizedEvent, PathRow } from '../core/rpc.ts';
import type { CollectorDb } from './collector-db.ts';
import { SeenIds } from './seen-ids.ts';

export type BatchResult = {
	recorded: number;
	duplicates: number;
	newPaths: number;
	/** Recorded events per (method, path), overflow under `(other)`: the shard's path aggregates. */
	paths: Omit<PathDelta, 'hour'>[];
};

type Loaded = {
	summary: CollectorSummary;
	paths: Set<string>;
	clients: Map<string, number>;
	nextClient: number;
};

/**
 * The dictionary's key of a (user agent, country) pair, unambiguous for any strings (the country
 * is length-prefixed). A plain concatenation: it runs for every (method, path) of every batch.
 */
const clientKey = (ua: string | null, country: string | null) =>
	`${country === null ? '-' : `${country.length}:${country}`}${ua === null ? '-' : `=${ua}`}`;

export class CollectorStore {
	#loaded: Loaded | null = null;
	/** Path deltas not yet in the path rows, as stored with the newest id segment (null: not read). */
	#pending: PendingPaths | null = null;
	/**
	 * The summary the last dump computed from the rows it read, while nothing is loaded: every
	 * write loads the record-path mirror or invalidates first, so it holds until then. A cleanup's
	 * purge of an object it just exported reads no row again to check its totals.
	 */
	#dumped: CollectorSummary | null = null;
	readonly seen: SeenIds;

	private readonly storage: DurableObjectStorage;
	readonly db: CollectorDb;

	/** `seenExactIds`: how many event ids stay in an exact in-memory Set (see seen-ids.ts). */
	constructor(
		storage: DurableObjectStorage,
		db: CollectorDb,
		retentionMs: number,
		seenExactIds: () => number,
	) {
		this.storage = storage;
		this.db = db;
		this.seen = new SeenIds(db, retentionMs, seenExactIds);
	}

	/** Forgets the in-memory mirror (after a failed transaction, a purge or a bulk rewrite). */
	invalidate(): void {
		this.#loaded = null;
		this.#pending = null;
		this.#dumped = null;
		this.seen.invalidate();
		this.db.forgetMeta();
	}

	/** Runs `fn` in one transaction; if it throws, nothing is written and the mirror is reloaded later. */
	transact<T>(fn: () => T): T {
		try {
			return this.storage.transactionSync(fn);
		} catch (err) {
			this.invalidate();
			throw err;
		}
	}

	#load(): Loaded {
		if (this.#loaded) return this.#loaded;
		const base = this.#readBase();
		const rows = withPending(readPathKeys(this.db), this.#pendingPaths());
		const clients = new Map<string, number>();
		let nextClient = 1;
		for (const c of readClients(this.db)) {
			clients.set(clientKey(c.userAgent, c.country), c.id);
			nextClient = Math.max(nextClient, c.id + 1);
		}
		this.#loaded = {
			summary: summarize(base, rows),
			paths: new Set(rows.map((r) => r.key)),
			clients,
			nextClient,
		};
		return this.#loaded;
	}

	#pendingPaths(): PendingPaths {
		this.#pending ??= decodePending(this.seen.storedDeltas());
		return this.#pending;
	}

	/**
	 * Folds the unfolded path deltas into the path rows (one upsert per path, one row to clear
	 * them), in one transaction of its own: before anything reads the path rows, and from the
	 * alarm. Nothing changes in memory: the summary and the path set already count them.
	 */
	fold(): void {
		const pending = this.#pendingPaths();
		if (pending.size === 0) return;
		this.transact(() => {
			this.#writeRows(pending);
			this.seen.clearDeltas();
		});
	}

	/** Writes the deltas into their path rows and forgets them (in the caller's transaction). */
	#writeRows(pending: PendingPaths): void {
		upsertPaths(this.db, [...pending.values()]);
		pending.clear();
	}

	summary(): CollectorSummary {
		return this.#load().summary;
	}

	/** The summary, to read only: as `summary()`, without loading the record path's mirror after a dump. */
	readSummary(): CollectorSummary {
		return this.#loaded?.summary ?? this.#dumped ?? this.summary();
	}

	#readBase(): SummaryBase {
		const row = readSummaryRow(this.db);
		return {
			ip: row.ip,
			overflowRequests: row.overflow_requests,
			firstSeen: row.first_seen,
			lastActivity: row.last_activity,
			reported: row.reported === 1,
			reportDirty: row.report_dirty,
		};
	}

	/** The dictionary id of a (user agent, country) pair, adding it (one row) the first time. */
	#clientId(ua: string | null, country: string | null): number | null {
		if (ua === null && country === null) return null;
		const l = this.#load();
		const key = clientKey(ua, country);
		const known = l.clients.get(key);
		if (known !== undefined) return known;
		const id = l.nextClient++;
		insertClient(this.db, id, ua, country);
		l.clients.set(key, id);
		return id;
	}

	/**
	 * Records a batch of one IP (call inside `transact`): skips seen ids, adds the batch to the
	 * unfolded path deltas and writes them with its ids, one row; only a request that makes the
	 * deltas outgrow FOLD_AT_BYTES also writes their path rows.
	 */
	record(events: readonly NormalizedEvent[], now: number, maxPaths: number): BatchResult {
		// The ids first: the stored path deltas are read with them.
		const fresh = this.seen.fresh(events);
		const l = this.#load();
		const pending = this.#pendingPaths();
		const ip = fresh[0]?.ip;
		if (ip === undefined) return { recorded: 0, duplicates: events.length, newPaths: 0, paths: [] };
		const times = fresh.map((e) => e.timestamp);
		const effect: BatchEffect = {
			ip,
			recorded: fresh.length,
			newPaths: 0,
			overflow: 0,
			firstSeen: Math.min(...times),
			lastSeen: Math.max(...times),
		};
		const added: string[] = [];
		const paths: BatchResult['paths'] = [];
		for (const g of aggregateByPath(fresh)) {
			const key = pathKey(g.method, g.path);
			const known = l.paths.has(key);
			const overflow = !known && l.summary.pathCount + effect.newPaths >= maxPaths;
			const { method, count, firstSeen, lastSeen } = g;
			paths.push({ method, path: overflow ? OTHER_PATH : g.path, count, firstSeen, lastSeen });
			if (overflow) {
				effect.overflow += g.count;
				continue;
			}
			// The path row's NOT NULL refused such a time; stored as a delta it would stop the object on wake.
			if (!Number.isFinite(firstSeen) || !Number.isFinite(lastSeen))
				throw new Error('event timestamp is not a finite number');
			const client = this.#clientId(g.lastUserAgent, g.country);
			addPending(pending, key, { method, path: g.path, count, firstSeen, lastSeen, client });
			if (!known) {
				added.push(key);
				effect.newPaths++;
			}
		}
		const encoded = pending.size > 0 ? encodePending(pending) : null;
		let stored = encoded?.text ?? null;
		if (encoded !== null && encoded.bytes > FOLD_AT_BYTES) {
			this.#writeRows(pending);
			stored = null;
		}
		this.seen.add(fresh, now, stored);
		const next = applyBatch(l.summary, effect);
		if (baseChanged(l.summary, effect)) this.#writeBase(next);
		for (const key of added) l.paths.add(key);
		l.summary = next;
		return {
			recorded: fresh.length,
			duplicates: events.length - fresh.length,
			newPaths: effect.newPaths,
			paths,
		};
	}

	#writeBase(s: CollectorSummary): void {
		const b = baseOf(s);
		writeSummaryRow(this.db, {
			ip: b.ip,
			overflow_requests: b.overflowRequests,
			first_seen: b.firstSeen,
			last_activity: b.lastActivity,
			reported: b.reported ? 1 : 0,
			report_dirty: b.reportDirty,
		});
	}

	/** Marks the state as reported, clearing `dirty` marks a report carried; writes only on change. */
	markReported(dirtySent: number): void {
		const s = this.summary();
		if (s.reported && dirtySent === 0) return;
		const next = { ...s, reported: true, reportDirty: Math.max(s.reportDirty - dirtySent, 0) };
		this.#writeBase(next);
		this.#load().summary = next;
	}

	/** Everything this object holds, exactly (`owner`: the object's name, for an empty one). */
	dump(owner: string): CollectorDump {
		const paths = this.#rowsWithPending();
		// A woken object's export needs no record-path caches: the summary comes from the rows
		// just read, so each path row is read once, not twice.
		const s = this.#loaded?.summary ?? summarize(this.#readBase(), paths);
		if (!this.#loaded) this.#dumped = s;
		return {
			schemaVersion: LATEST_SCHEMA_VERSION,
			ip: s.ip ?? owner,
			totalRequests: s.totalRequests,
			overflowRequests: s.overflowRequests,
			firstSeen: s.firstSeen,
			lastActivity: s.lastActivity,
			paths,
		};
	}

	/** The path rows with the unfolded deltas merged in, without writing (dumps). */
	#rowsWithPending(): PathRow[] {
		const pending = this.#pendingPaths();
		const rows = allPathRows(this.db);
		if (pending.size === 0) return rows;
		const clients = new Map(readClients(this.db).map((c) => [c.id, c]));
		return rowsWithPending(rows, pending, (id) => clients.get(id));
	}

	/** Every path row with its user agent and country (compaction), deltas folded first. */
	pathRows(): PathRow[] {
		this.fold();
		return allPathRows(this.db);
	}

	/** Replaces every path row and the summary with a validated dump (call inside `transact`). */
	replace(d: CollectorDump): void {
		const before = this.summary();
		// The unfolded deltas belong to the data being replaced.
		this.seen.clearDeltas();
		deleteAllPaths(this.db);
		this.invalidate();
		for (const p of d.paths) putPath(this.db, p, this.#clientId(p.lastUserAgent, p.country));
		this.#writeBase({
			...before,
			ip: d.ip,
			overflowRequests: d.overflowRequests,
			firstSeen: d.firstSeen,
			lastActivity: d.lastActivity,
			reportDirty: before.reportDirty + 1,
		});
		this.invalidate();
	}

	/** Writes merged rows in place of their sources (call inside `transact`); returns the path count. */
	applyMerges(merged: readonly { from: PathRow[]; row: PathRow }[]): number {
		for (const m of merged) {
			for (const old of m.from) deletePath(this.db, old.method, old.path);
			putPath(this.db, m.row, this.#clientId(m.row.lastUserAgent, m.row.country));
		}
		if (merged.length > 0) {
			pruneClients(this.db);
			const s = this.summary();
			if (s.ip !== null) this.#writeBase({ ...s, reportDirty: s.reportDirty + 1 });
			this.invalidate();
		}
		return this.summary().pathCount;
	}
}
