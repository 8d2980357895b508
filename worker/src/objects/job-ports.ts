/**
 * What a JobRunner reaches, and how: the bindings (replaceable by tests at the boundary) and the
 * metered ports jobs run against, every call counted toward the invocation's subrequests.
 */
import { type ArchiveBucket, createDatasetStore } from '../adapters/archive-store.ts';
import { type ReplayResult, replayJournal } from '../adapters/journal.ts';
import { shardCount, shardStub } from '../adapters/stats-shards.ts';
import type { Meter } from '../core/jobs/meter.ts';
import {
	COLLECTOR_PORT_METHODS,
	type CollectorPort,
	type JobPorts,
	SHARD_ARCHIVE_METHODS,
	SHARD_PORT_METHODS,
	type ShardArchiveRpc,
	type ShardPort,
} from '../core/jobs/ports.ts';
import type { Booked, CollectorJobRpc } from '../core/rpc.ts';
import type { JobUsage } from '../core/shard-reads.ts';
import type { Bindings } from '../env.ts';
import type { PathCollector } from './path-collector.ts';
import type { StatsShard } from './stats-shard.ts';

/** The registry object (claims and last runs): not a valid job id (':'), so no job can take it. */
export const JOB_REGISTRY_NAME = 'registry:jobs';

/**
 * The outside world a job reaches, before metering. Tests replace members (through
 * `runInDurableObject`) with wrappers of the real bindings to inject R2 or collector faults.
 */
export type JobBindings = {
	archive: ArchiveBucket;
	shardCount: number;
	collector(ip: string): CollectorJobRpc;
	shard(index: number): ShardPort & { recordJobUsage(usage: JobUsage): Promise<void> };
	shardArchive(index: number): ShardArchiveRpc;
	replayJournal(limit: number): Promise<ReplayResult>;
	/**
	 * The JobRunner in its registry role, typed from its binding's stub rather than the class:
	 * job-runner.ts imports this file, and an import back would close a cycle.
	 */
	registry: Pick<ReturnType<Bindings['JOB_RUNNER']['getByName']>, 'claim' | 'noteRun' | 'lastRuns'>;
};

export function bindingsOf(env: Bindings): JobBindings {
	return {
		archive: env.ARCHIVE,
		shardCount: shardCount(env),
		collector: (ip) => env.PATH_COLLECTOR.getByName(ip),
		shard: (index) => shardStub(env, index),
		shardArchive: (index) => shardStub(env, index),
		replayJournal: (limit) => replayJournal(env, { limit }),
		registry: env.JOB_RUNNER.getByName(JOB_REGISTRY_NAME),
	};
}

/** Upper bound of the KV and DO calls one journal replay made (list, get per entry, record per IP, delete). */
function journalCalls(r: ReplayResult): number {
	return 1 + r.scanned + (r.replayed + r.failed) + r.replayed + 2 * r.deadLettered;
}

/**
 * The port methods must take exactly the Durable Object classes' parameters: a class method that
 * makes an argument optional (or drops one) stops this from compiling.
 */
type SameParams<A, B, K extends keyof A & keyof B> = {
	[M in K]: A[M] extends (...a: infer P) => unknown
		? B[M] extends (...b: infer Q) => unknown
			? [P, Q] extends [Q, P]
				? true
				: never
			: never
		: never;
};
const collectorParamsMatch: SameParams<PathCollector, CollectorJobRpc, keyof CollectorJobRpc> = {
	statsBooked: true,
	compactBooked: true,
	exportAllBooked: true,
	restoreBooked: true,
	purgeBooked: true,
	flushReportBooked: true,
};
const collectorPortParamsMatch: SameParams<PathCollector, CollectorPort, keyof CollectorPort> = {
	stats: true,
	compact: true,
	exportAll: true,
	restore: true,
	purge: true,
	flushReport: true,
};
const shardParamsMatch: SameParams<
	StatsShard,
	ShardPort & ShardArchiveRpc,
	keyof ShardPort | keyof ShardArchiveRpc
> = {
	registryPage: true,
	registryGet: true,
	registryPut: true,
	registryDelete: true,
	registryDeleteMany: true,
	archiveMonths: true,
	archiveExport: true,
	archivePrune: true,
};
void collectorParamsMatch;
void collectorPortParamsMatch;
void shardParamsMatch;

/**
 * Wraps `methods` of `target` so each call is metered first (and `onCall` told), forwarding every
 * argument as is: no wrapper written per method, so none can drop an argument (the purge
 * expectation once was).
 */
function metered<T extends object, K extends keyof T>(
	target: T,
	methods: readonly K[],
	meter: Meter,
	onCall: () => void = () => {},
): Pick<T, K> {
	const out: Partial<Pick<T, K>> = {};
	for (const name of methods) {
		const fn = target[name] as (...args: unknown[]) => Promise<unknown>;
		const call = (...args: unknown[]) =>
			meter.call(() => {
				onCall();
				return Reflect.apply(fn, target, args);
			});
		out[name] = call as T[K];
	}
	return out as Pick<T, K>;
}

/**
 * A collector's job methods, metered (each a job DO request): each forwards every argument to
 * its `<name>Booked` form, books the rows the answer says the call used, and returns the answer.
 * One wrapper for every method, as `metered`: none can drop an argument.
 */
function bookedCollector(target: CollectorJobRpc, meter: Meter, usage: Required<JobUsage>): CollectorPort {
	const out: Partial<Record<keyof CollectorPort, unknown>> = {};
	for (const name of COLLECTOR_PORT_METHODS) {
		const fn = target[`${name}Booked`] as (...args: unknown[]) => Promise<Booked<unknown>>;
		out[name] = (...args: unknown[]) =>
			meter.call(async () => {
				usage.doRequests++;
				const { value, rows } = await Reflect.apply(fn, target, args);
				usage.rowsRead += rows.rowsRead;
				usage.rowsWritten += rows.rowsWritten;
				return value;
			});
	}
	return out as CollectorPort;
}

/**
 * Every call leaving the object counts toward this invocation's subrequests (and R2 classes
 * toward usage). A collector books only the requests it serves for the front and the admin API,
 * so each call a job makes to one is booked here, as a job DO request, with the rows its answer
 * says the call used; shards book their own.
 */
export function meteredPorts(b: JobBindings, meter: Meter, usage: Required<JobUsage>): JobPorts {
	return {
		shardCount: b.shardCount,
		collector: (ip) => bookedCollector(b.collector(ip), meter, usage),
		shard: (index) => metered(b.shard(index), SHARD_PORT_METHODS, meter),
		shardArchive: (index) => metered(b.shardArchive(index), SHARD_ARCHIVE_METHODS, meter),
		datasets: createDatasetStore(b.archive, (op) => {
			meter.charge(1);
			if (op === 'A') usage.r2ClassA++;
			else usage.r2ClassB++;
		}),
		async replayJournal(limit) {
			const r = await b.replayJournal(limit);
			meter.add(journalCalls(r));
			usage.kvReads += r.scanned;
			usage.kvWrites += r.replayed + 2 * r.deadLettered;
			return r;
		},
	};
}
