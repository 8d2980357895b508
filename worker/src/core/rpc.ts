/**
 * The RPC surface between the Worker's parts: what PathCollector and StatsShard expose and
 * what the front Worker and JobRunner call. Durable Object classes implement these types
 * (`implements CollectorRpc`), so a change here is checked on both sides.
 */
import type { IpStats, PathStat } from '../contract/index.ts';
import type { CollectorReport, FrontReport } from './reports.ts';

/** An event after validation and normalisation at the front Worker. */
export type NormalizedEvent = {
	/** Always set: the client's id, or one the front Worker assigned, so replays are idempotent. */
	id: string;
	ip: string;
	path: string;
	method: string;
	userAgent: string | null;
	country: string | null;
	/** Epoch milliseconds. */
	timestamp: number;
};

export type CollectorRecordResult = {
	recorded: number;
	duplicates: number;
	/** With `{ relay: true }`: the collector's pending report, handed to the caller to deliver. */
	report?: CollectorReport;
};

/**
 * `relay`: return the pending report in the answer (and count it as sent) instead of sending it
 * to the shard, so the front Worker can batch many collectors' reports into one shard request.
 */
export type RecordOptions = { relay?: boolean };

/** One path row as stored, used for exact export and import. */
export type PathRow = {
	method: string;
	path: string;
	count: number;
	firstSeen: number;
	lastSeen: number;
	lastUserAgent: string | null;
	country: string | null;
};

/** Everything one collector holds, exactly: backups, archives and restores round-trip this. */
export type CollectorDump = {
	schemaVersion: number;
	ip: string;
	totalRequests: number;
	overflowRequests: number;
	firstSeen: number | null;
	lastActivity: number | null;
	paths: PathRow[];
};

/** What a collector must still hold for a guarded purge to go ahead. */
export type PurgeExpectation = { totalRequests: number; lastActivity: number | null };

/**
 * How a restore treats a collector that holds data other than its backup's: by default it is
 * left alone (`skipped-newer`); `overwrite` replaces it; `dryRun` decides and reports, writes nothing.
 */
export type RestoreGuard = { overwrite: boolean; dryRun: boolean };

/** What a guarded restore did (or, on a dry run, would do) to one collector. */
export type RestoreAction = 'restored' | 'unchanged' | 'skipped-newer' | 'overwritten';

export type RestoreOutcome = {
	action: RestoreAction;
	/** False on a dry run and for `unchanged` / `skipped-newer`. */
	applied: boolean;
	/** Requests the collector held before (those an `overwritten` replaced). */
	requestsBefore: number;
	/** Requests it holds after (or would hold). */
	requestsAfter: number;
};

export type CompactResult = {
	pathsBefore: number;
	pathsAfter: number;
	bytesBefore: number;
	bytesAfter: number;
};

export type PathPageOptions = { cursor?: string | null; limit?: number; sort?: 'count' | 'recent' | 'path' };

/** SQLite rows one call used, by the object's own cursor counters. */
export type RowCounts = { rowsRead: number; rowsWritten: number };

/**
 * A job's call to a collector: its answer, and the rows the call used. The caller books them
 * with the job's usage: a collector books only the front's and the admin API's requests itself,
 * and a job often leaves it idle (evicted with nothing more to report) or purged.
 */
export type Booked<T> = { value: T; rows: RowCounts };

/** PathCollector (one per IP). */
export interface CollectorRpc {
	record(events: NormalizedEvent[], options?: RecordOptions): Promise<CollectorRecordResult>;
	/** An admin API read: booked by the collector itself as an admin request, with its rows. */
	stats(): Promise<IpStats>;
	paths(options: PathPageOptions): Promise<{ items: PathStat[]; nextCursor: string | null }>;
	compact(): Promise<CompactResult>;
	exportAll(): Promise<CollectorDump>;
	/** Replaces all data with the dump, exactly (counts are not re-recorded). Unguarded: seeding and tests. */
	importExact(dump: CollectorDump): Promise<{ paths: number; totalRequests: number }>;
	/**
	 * Restores the dump unless the collector holds data the dump does not (see `decideRestore`),
	 * decided and written in one synchronous section: no record lands between check and write.
	 */
	restore(dump: CollectorDump, guard: RestoreGuard): Promise<RestoreOutcome>;
	/**
	 * Deletes everything this object stores (its storage is then empty). With an expectation,
	 * deletes only if the totals still match (checked and deleted with no other request in
	 * between) and answers false otherwise: cleanup never purges traffic that arrived after its
	 * archive. `null` (required, so a caller cannot drop it by accident) purges unconditionally.
	 */
	purge(expect: PurgeExpectation | null): Promise<boolean>;
	/** Sends pending deltas to the shard now; false when there was nothing to send. */
	flushReport(): Promise<boolean>;
}

/** The collector methods jobs call, each also answering with its rows as `<name>Booked`. */
export type CollectorJobMethod = 'stats' | 'compact' | 'exportAll' | 'restore' | 'purge' | 'flushReport';

/**
 * What a job calls: each method of `CollectorJobMethod` as `<name>Booked`, with its parameters
 * and its answer with the rows the call used (`Booked`). The JobRunner books the rows and hands
 * the job the answer. `statsBooked` writes nothing: a job's read is not an admin request.
 * Without the suffix, the methods keep their answers for earlier job runners (a deploy can
 * briefly pair one with a newer collector); their rows wait for the collector's next report.
 */
export type CollectorJobRpc = {
	[M in CollectorJobMethod as `${M}Booked`]: (
		...args: Parameters<CollectorRpc[M]>
	) => Promise<Booked<Awaited<ReturnType<CollectorRpc[M]>>>>;
};

/** One IP as its shard knows it. */
export type RegistryEntry = {
	ip: string;
	firstSeen: number;
	lastActivity: number;
	totalRequests: number;
	pathCount: number;
	storageBytes: number;
};

/** StatsShard (a fixed number, chosen by `shardIndexFor(ip)`). */
export interface ShardRpc {
	reportCollector(report: CollectorReport): Promise<void>;
	reportFront(report: FrontReport): Promise<void>;
	/** Registry pages in ip order, for jobs that walk every IP. */
	registryPage(
		cursor: string | null,
		limit: number,
	): Promise<{ items: RegistryEntry[]; nextCursor: string | null }>;
	registryGet(ip: string): Promise<RegistryEntry | null>;
	/** Overwrites an IP's registry row with the collector's truth (repair, restore). */
	registryPut(entry: RegistryEntry): Promise<void>;
	registryDelete(ip: string): Promise<boolean>;
	/** Deletes the rows of `ips` in one request (cleanup unregisters a batch per shard); how many existed. */
	registryDeleteMany(ips: string[]): Promise<number>;
	/** Counts a DO request made on behalf of a job (cost accounting). */
	countJobRequests(n: number): Promise<void>;
}
