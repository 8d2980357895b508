/**
 * The read side of StatsShard's RPC surface (the write side is `ShardRpc` in `rpc.ts`). Each
 * admin read makes exactly one of these calls per shard, whatever the number of IPs; each call
 * counts itself as one 'admin' DO request before it reads, so its answer includes itself.
 */
import type { TimeseriesWindow } from '../contract/index.ts';
import type { MetricsPartial } from './metrics.ts';
import type { RegistryEntry } from './rpc.ts';
import type { SnapshotPartial } from './snapshot.ts';
import type { TimeseriesBucket } from './timeseries.ts';
import type { DatedDay } from './usage.ts';

export type TopBy = 'requests' | 'paths' | 'storage' | 'recent';

export type ReadBase = {
	/** Epoch ms the Worker read at (one value for all shards, so windows line up). */
	now: number;
	/** True on exactly one shard per snapshot or scrape: it keeps the previous scrape time. */
	scrape?: boolean;
};

export type SummarizeRequest = ReadBase & {
	windowSeconds: number;
	activeWindowSeconds: number;
	topLimit: number;
};
export type MetricsRequest = ReadBase & { activeWindowSeconds: number; breakerWindowSeconds: number };

/** Usage the jobs report for cost accounting (R2 and KV work no shard can see). */
export type JobUsage = {
	doRequests?: number;
	r2ClassA?: number;
	r2ClassB?: number;
	kvReads?: number;
	kvWrites?: number;
	/**
	 * SQLite rows: the job runner's own (its item queue, staged records, counters) and those the
	 * collectors' answers said each call of the step used.
	 */
	rowsRead?: number;
	rowsWritten?: number;
	/** Wall time the job runner was active for the step (DO duration). */
	activeMs?: number;
};

export interface ShardReadRpc {
	summarize(req: SummarizeRequest): Promise<SnapshotPartial>;
	metrics(req: MetricsRequest): Promise<MetricsPartial>;
	timeseries(req: ReadBase & { window: TimeseriesWindow }): Promise<TimeseriesBucket[]>;
	usage(req: ReadBase & { days: number }): Promise<DatedDay[]>;
	top(req: ReadBase & { by: TopBy; limit: number }): Promise<RegistryEntry[]>;
	recordJobUsage(usage: JobUsage): Promise<void>;
	/** Deletes what is past retention now (the alarm does this on its own). */
	prune(now: number): Promise<void>;
}
