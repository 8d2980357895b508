/**
 * The narrow ports jobs run against. The JobRunner implements them over Durable Object stubs,
 * R2 and its own SQLite, counting every call that leaves the object; tests wrap the underlying
 * bindings to inject faults. Job code never touches a binding directly.
 */
import type { JobType } from '../../contract/index.ts';
import type { CollectorJobMethod, CollectorRpc, RegistryEntry, ShardRpc } from '../rpc.ts';
import type { Manifest, Part } from './manifest.ts';

/**
 * The PathCollector methods jobs call. The JobRunner meters each, forwarding every argument to
 * its `<name>Booked` form, and books the rows the answer says the call used.
 */
export const COLLECTOR_PORT_METHODS = [
	'stats',
	'compact',
	'exportAll',
	'restore',
	'purge',
	'flushReport',
] as const satisfies ReadonlyArray<CollectorJobMethod>;

/**
 * What jobs call on a PathCollector: the RPC signatures themselves (PathCollector implements
 * `CollectorRpc` and `CollectorJobRpc`, and the JobRunner checks the class's parameters equal
 * these), never a copy.
 */
export type CollectorPort = Pick<CollectorRpc, (typeof COLLECTOR_PORT_METHODS)[number]>;

/** One stored rollup or usage row leaving a shard for R2. */
export type ArchivedRow = { table: 'rollup_hour' | 'usage_day'; key: string; data: string };

/**
 * StatsShard support the `archive` job needs beyond `ShardRpc` (proposed; implemented by the
 * shard's owner). Months are UTC `YYYY-MM`; `cutoff` is epoch ms and only rows wholly before it
 * are concerned, so a month straddling the cutoff is archived in two runs, never twice.
 */
export interface ShardArchiveRpc {
	/** Months that still hold hourly rollups or daily usage rows older than `cutoff`. */
	archiveMonths(cutoff: number): Promise<string[]>;
	/** Those rows of `month`, each with its table, key (hour bucket in epoch ms, or date) and stored JSON. */
	archiveExport(month: string, cutoff: number): Promise<{ rows: ArchivedRow[] }>;
	/** Deletes exactly the rows `archiveExport(month, cutoff)` returned; the number deleted. */
	archivePrune(month: string, cutoff: number): Promise<number>;
}

/** The StatsShard methods jobs call. */
export const SHARD_PORT_METHODS = [
	'registryPage',
	'registryGet',
	'registryPut',
	'registryDelete',
	'registryDeleteMany',
] as const satisfies ReadonlyArray<keyof ShardRpc>;

export type ShardPort = Pick<ShardRpc, (typeof SHARD_PORT_METHODS)[number]>;

export const SHARD_ARCHIVE_METHODS = [
	'archiveMonths',
	'archiveExport',
	'archivePrune',
] as const satisfies ReadonlyArray<keyof ShardArchiveRpc>;

/** What one call of the KV journal replayer reports (`replayJournal` in adapters/journal.ts). */
export type JournalReplay = {
	/** Entries looked at. */
	scanned: number;
	/** Entries whose events reached their collector (then deleted from the journal). */
	replayed: number;
	events: number;
	/** Of `events`: counted now, and already counted before (skipped by event id). */
	recorded: number;
	duplicates: number;
	/** Entries left in place because their collector failed. */
	failed: number;
	deadLettered: number;
	/** True when more entries remain. */
	more: boolean;
};

/** A dataset part read back and verified against its manifest entry. */
export type VerifiedPart = { part: Part; text: string };

/** R2, seen as datasets (see manifest.ts). Every write is read back and verified by its caller. */
export interface DatasetStore {
	/** Writes a part and returns its manifest entry (sha256 computed over the exact bytes). */
	writePart(key: string, text: string, records: number): Promise<Part>;
	/** Reads a part and checks size and sha256; throws `ChecksumError` on any mismatch or absence. */
	readVerified(part: Part): Promise<VerifiedPart>;
	writeManifest(manifest: Manifest): Promise<void>;
	/** The validated manifest at `key`, or null when there is none. */
	readManifest(key: string): Promise<Manifest | null>;
	/** Dataset ids (folder names) directly under `root`. */
	listIds(root: string): Promise<string[]>;
	/**
	 * Keys of the manifest's parts that are missing or not of the recorded size (listing only:
	 * the sha256 of each was proven when it was written and read back).
	 */
	checkParts(manifest: Manifest): Promise<string[]>;
	/** Deletes every object under `prefix`; returns how many. */
	deletePrefix(prefix: string): Promise<number>;
}

/** Every outside call a job can make; each counts as one subrequest of the invocation. */
export type JobPorts = {
	shardCount: number;
	collector(ip: string): CollectorPort;
	shard(index: number): ShardPort;
	shardArchive(index: number): ShardArchiveRpc;
	datasets: DatasetStore;
	replayJournal(limit: number): Promise<JournalReplay>;
};

/** One queued unit of work and where it stands. */
export type JobItem = {
	seq: number;
	key: string;
	/** JSON the planner stored (e.g. the registry entry it saw). */
	data: string;
	status: string;
	attempts: number;
	part: number | null;
};

/** Named amounts added to a job's counters (absent means 0). */
export type Counters = Partial<Record<string, number>>;

/** The job's own durable state (SQLite in the JobRunner). Each method is one transaction. */
export interface JobStore {
	/** Runs `fn` as one transaction (all of its writes or none). */
	transact<T>(fn: () => T): T;
	/** Adds items whose key is not queued yet; returns how many were new. */
	enqueue(items: Array<{ key: string; data: string }>): number;
	/** Items in any of `statuses`, oldest first. */
	items(statuses: readonly string[], limit: number): JobItem[];
	/** Moves an item to `status` and adds `counters`, atomically. */
	advance(seq: number, status: string, counters?: Counters, data?: string): void;
	/** Records a failed attempt; after `maxAttempts` the item becomes `error` and is skipped. */
	failItem(seq: number, message: string, maxAttempts: number): boolean;
	/** Items per status. */
	statusCounts(): Record<string, number>;
	stage(seq: number, text: string): void;
	/** Staged texts in queue order; `limit` caps how many items. */
	staged(limit?: number): Array<{ seq: number; text: string }>;
	stagedBytes(): number;
	/** Records a verified part and moves the staged items into it (status `to`) atomically. */
	commitPart(part: Part, seqs: number[], to: string, counters?: Counters): number;
	parts(): Part[];
	bump(counters: Counters): void;
	counters(): Record<string, number>;
	getMeta<T>(key: string): T | null;
	setMeta(key: string, value: unknown): void;
}

/** What a job is: its identity, validated params and durable state. */
export type JobFacts<P> = {
	jobId: string;
	type: JobType;
	params: P;
	/** When the job was created: cut-offs are computed from it, so a retried step decides the same. */
	createdAt: number;
	store: JobStore;
};

/** What a job step sees: the facts plus the outside world, metered. */
export type StepContext<P> = JobFacts<P> & {
	now: number;
	ports: JobPorts;
	/**
	 * How long a collector's report may take to reach its shard: front isolates relay them at
	 * most once per `FLUSH_INTERVAL_MS` while traffic flows, and within 25 s once it stops.
	 */
	reportLagMs: number;
};

/** A registry entry as planners store it with each item. */
export type PlannedEntry = RegistryEntry;
