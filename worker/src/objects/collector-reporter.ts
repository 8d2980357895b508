/**
 * A collector's reports to its StatsShard: per-minute deltas of its own work (records, DO
 * requests, SQLite rows, active time) plus its absolute state. A `record` with `relay` hands
 * its report back in the answer (nothing persisted: the front Worker batches it with others);
 * other work persists its delta in `pending_deltas` with the writes it describes, sent at most
 * once per flush interval and once more from the idle alarm. The rows a bookkeeping statement
 * uses are measured after it ran, so they ride in a carry to the next delta.
 *
 * The state's storage bytes (`databaseSize`, which costs a collector about as much as the rest
 * of a relayed record: measured 10% of the Worker's CPU at 5 events per call) are read for a
 * relayed report at most once per SIZE_REFRESH_MS; a report that carried an older reading marks
 * the size unconfirmed: the collector's next report reads it afresh once the reading is older,
 * and any alarm that finds nothing else to report re-reads it and reports it if it changed (the
 * daily repair job corrects a size left behind by an evicted object). No alarm is armed for it:
 * that would cost each busy collector an alarm and a shard request per flush interval. Flushes
 * and admin requests always read it.
 */
import {
	addPending,
	type PendingMinute,
	readPending,
	subtractPending,
} from '../adapters/collector-log-sql.ts';
import { MINUTE_MS } from '../contract/time.ts';
import { addDelta, buildCollectorReport, emptyDelta, minuteOf } from '../core/collector-batch.ts';
import { addPathDeltas, type PathDelta, pathDelta } from '../core/path-deltas.ts';
import type { CollectorMinuteDelta, CollectorReport } from '../core/reports.ts';
import type { RowCounts } from '../core/rpc.ts';
import type { CollectorStore } from './collector-store.ts';

export type Kind = 'record' | 'admin' | 'job';

/** A relayed report re-reads the storage size at most this often (see the header). */
export const SIZE_REFRESH_MS = 1000;

type Collected = {
	report: CollectorReport;
	carry: CollectorMinuteDelta;
	pending: PendingMinute[];
	paths: PathDelta[];
	dirty: number;
};

export class CollectorReporter {
	/** Self-accounting not yet persisted (alarm wake-ups, the bookkeeping writes themselves). */
	#carry: CollectorMinuteDelta = emptyDelta();
	#flushing: Promise<boolean> | null = null;
	/** False once a read found no pending entry and none was added since. */
	#pendingMaybe = true;
	/**
	 * Per-path deltas not yet reported, in memory only: persisting them would cost rows per
	 * request. An eviction loses at most a flush interval of the shard's path aggregates.
	 */
	#paths = new Map<string, PathDelta>();
	lastFlushAt = Date.now();
	/** The last `databaseSize` reading and when it was taken. */
	#size = { bytes: 0, at: Number.NEGATIVE_INFINITY };
	/** The size the last report carried (null before the first). */
	#reportedBytes: number | null = null;
	/**
	 * A relayed report carried a reading older than its writes: a later alarm checks it. In
	 * memory only: the registry may keep a size short of at most SIZE_REFRESH_MS of growth until
	 * the object's next report (or the repair job).
	 */
	#sizeUnconfirmed = false;

	private readonly store: CollectorStore;
	private readonly send: (report: CollectorReport) => Promise<void>;
	private readonly storageBytes: () => number;
	/** The rollup step the pending rows are keyed by (`ROLLUP_STEP_MS`). */
	private readonly stepMs: number;

	constructor(
		store: CollectorStore,
		send: (report: CollectorReport) => Promise<void>,
		storageBytes: () => number,
		stepMs: number = MINUTE_MS,
	) {
		this.store = store;
		this.send = send;
		this.storageBytes = storageBytes;
		this.stepMs = stepMs;
	}

	/** The storage size: read afresh unless `reuse` and the last reading is recent enough. */
	#storageBytes(now: number, reuse: boolean): number {
		const fresh = !reuse || now - this.#size.at >= SIZE_REFRESH_MS;
		if (fresh) this.#size = { bytes: this.storageBytes(), at: now };
		this.#sizeUnconfirmed = !fresh;
		return this.#size.bytes;
	}

	/** Whether an otherwise idle flush must report: a relayed report's size reading may be outdated. */
	#sizeChanged(now: number): boolean {
		if (!this.#sizeUnconfirmed) return false;
		return this.#storageBytes(now, false) !== this.#reportedBytes;
	}

	/** A flush is in flight: it owns the pending rows it read, so nothing may relay them now. */
	get flushing(): boolean {
		return this.#flushing !== null;
	}

	/** This request's delta: one DO request of `kind`, the rows measured so far, the time spent. */
	#own(started: number, kind: Kind, extra: Partial<CollectorMinuteDelta>): CollectorMinuteDelta {
		const own = emptyDelta();
		own.doRequests[kind] = 1;
		return addDelta(own, {
			...emptyDelta(),
			...extra,
			...this.store.db.take(),
			activeMs: Date.now() - started,
		});
	}

	/**
	 * Adds this request's delta (plus the carry) to its minute's pending row, in the caller's
	 * transaction. The upsert's own row write lands in the carry for the next one.
	 */
	persist(started: number, kind: Kind, extra: Partial<CollectorMinuteDelta> = {}): void {
		this.#pendingMaybe = true;
		const delta = addDelta(this.#carry, this.#own(started, kind, extra));
		addPending(this.store.db, minuteOf(started, this.stepMs), delta);
		this.#carry = { ...emptyDelta(), ...this.store.db.take() };
	}

	/** Adds a request's recorded paths (at `at`, its receipt time) to the next report. */
	notePaths(paths: readonly Omit<PathDelta, 'hour'>[], at: number): void {
		// Added in place: a busy collector's calls each cost what they add, not a copy of what is held.
		addPathDeltas(
			this.#paths,
			paths.map((p) => pathDelta(p, at)),
		);
	}

	/** Adds the rows a statement sequence used to the carry (work not persisted as a delta). */
	absorb(extra: Partial<CollectorMinuteDelta> = {}): void {
		const rows = { ...emptyDelta(), ...this.store.db.take() };
		this.#carry = addDelta(addDelta(this.#carry, { ...emptyDelta(), ...extra }), rows);
	}

	/**
	 * The report to hand back in a relayed `record` answer, counted as sent at once: this
	 * request's delta, the carry and any pending rows. If the relaying isolate is evicted first,
	 * these rollup deltas are lost; the state is absolute and the next report rewrites it.
	 */
	relay(started: number, extra: Partial<CollectorMinuteDelta>): CollectorReport | null {
		this.absorb(this.#own(started, 'record', extra));
		const collected = this.#collect(Date.now(), true);
		if (!collected) return null;
		this.#markReported(collected, Date.now());
		return collected.report;
	}

	/** Sends pending deltas and the current state to the shard; one flush at a time. */
	flush(now: number): Promise<boolean> {
		if (!this.#flushing) {
			this.#flushing = this.#sendReport(now).finally(() => {
				this.#flushing = null;
			});
		}
		return this.#flushing;
	}

	async #sendReport(now: number): Promise<boolean> {
		const collected = this.#collect(now);
		if (!collected) return false;
		try {
			await this.send(collected.report);
		} catch (err) {
			// Nothing was cleared: the same deltas go out with the next flush.
			this.#carry = addDelta(this.#carry, collected.carry);
			// Sums, minima and maxima: adding the unsent deltas back in any order gives the same map.
			addPathDeltas(this.#paths, collected.paths);
			throw err;
		}
		this.#markReported(collected, now);
		return true;
	}

	/**
	 * The pending deltas and current state as a report; the carry is moved into it. A carry alone
	 * (bookkeeping) waits for the next report unless `relayed` (a relayed record has its own
	 * delta); only a relayed report may carry a recent storage size instead of reading it.
	 */
	#collect(now: number, relayed = false): Collected | null {
		const s = this.store.readSummary();
		// Read once after a wake; afterwards only `persist` adds pending entries.
		const pending = this.#pendingMaybe ? readPending(this.store.db) : [];
		this.#pendingMaybe = pending.length > 0;
		this.absorb();
		const idle = pending.length === 0 && s.reportDirty === 0 && this.#paths.size === 0;
		if (s.ip === null || (!relayed && idle && !this.#sizeChanged(now))) return null;
		const carry = this.#carry;
		this.#carry = emptyDelta();
		const paths = [...this.#paths.values()];
		this.#paths = new Map();
		const report = buildCollectorReport({
			stepMs: this.stepMs,
			ip: s.ip,
			state: {
				totalRequests: s.totalRequests,
				pathCount: s.pathCount,
				storageBytes: this.#storageBytes(now, relayed),
				firstSeen: s.firstSeen ?? now,
				lastActivity: s.lastActivity ?? now,
			},
			pending,
			carry,
			now,
			isNew: !s.reported,
		});
		if (paths.length > 0) report.paths = paths;
		return { report, carry, pending, paths, dirty: s.reportDirty };
	}

	/** Clears what a report carried (exactly those pending rows and dirty marks); writes only what changed. */
	#markReported(c: Collected, now: number): void {
		this.#reportedBytes = c.report.state.storageBytes;
		// A relayed steady-state report changes nothing stored: no transaction, no statement.
		if (c.pending.length > 0 || c.dirty > 0 || c.report.isNew) {
			this.store.transact(() => {
				if (c.pending.length > 0) subtractPending(this.store.db, c.pending);
				this.store.markReported(c.dirty);
			});
			this.absorb();
		}
		this.lastFlushAt = now;
	}

	/** After a purge: nothing is left to account for. Returns the rows the carry held, which the purge books. */
	reset(): RowCounts {
		const { rowsRead, rowsWritten } = this.#carry;
		this.#carry = emptyDelta();
		this.#paths = new Map();
		this.#size = { bytes: 0, at: Number.NEGATIVE_INFINITY };
		this.#reportedBytes = null;
		this.#sizeUnconfirmed = false;
		return { rowsRead, rowsWritten };
	}
}
