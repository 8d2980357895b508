/**
 * `repair`: replays the KV fallback journal into the collectors (event ids make that exactly
 * once, however often it runs), then compares every registry row with its collector's own
 * stats and rewrites the row from them (or removes it when the collector holds nothing). A row
 * whose only difference is the storage size is refreshed and counted `sizeRefreshed`, not
 * `inconsistent`: sizes trail writes by design (collector-reporter.ts). So is a row behind its
 * collector only by traffic recent enough for its report to be on the way (`reportInFlight`):
 * under traffic every active client is, until its front isolate's next flush.
 */
import type { IpStats } from '../../contract/index.ts';
import type { RegistryEntry } from '../rpc.ts';
import { shardIndexFor } from '../shard-key.ts';
import type { JobDefinition } from './definition.ts';
import { batchSizeFor, noneLeft, processItems } from './items.ts';
import { replayJournalStep } from './journal-step.ts';
import type { RepairParams } from './params.ts';
import type { Counters, StepContext } from './ports.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<RepairParams>;

const FIELDS = ['firstSeen', 'lastActivity', 'totalRequests', 'pathCount', 'storageBytes'] as const;

/** The registry row a collector's stats imply; null for a collector that holds nothing. */
export function entryFromStats(stats: IpStats): RegistryEntry | null {
	if (stats.firstSeen === null || stats.lastActivity === null) return null;
	return {
		ip: stats.ip,
		firstSeen: Date.parse(stats.firstSeen),
		lastActivity: Date.parse(stats.lastActivity),
		totalRequests: stats.totalRequests,
		pathCount: stats.pathCount,
		storageBytes: stats.storageBytes,
	};
}

/** Fields in which the registry row differs from the truth (`row` missing counts as all). */
export function registryDiff(row: RegistryEntry | null, truth: RegistryEntry | null): string[] {
	if (row === null && truth === null) return [];
	if (row === null || truth === null) return ['row'];
	return FIELDS.filter((f) => row[f] !== truth[f]);
}

/**
 * Whether the row differs from the truth only as a report still on its way would make it: the
 * collector saw activity within `lagMs` of `now`, and the row counts nothing the collector does
 * not (no more requests or paths, no later activity, no earlier first event).
 */
export function reportInFlight(
	row: RegistryEntry,
	truth: RegistryEntry,
	now: number,
	lagMs: number,
): boolean {
	return (
		truth.lastActivity >= now - lagMs &&
		row.totalRequests <= truth.totalRequests &&
		row.pathCount <= truth.pathCount &&
		row.lastActivity <= truth.lastActivity &&
		row.firstSeen >= truth.firstSeen
	);
}

async function processStep(ctx: Ctx): Promise<boolean> {
	// Per item: registryGet and stats, then at most one registryPut or registryDelete.
	const limit = batchSizeFor(3, { maxBatch: 150, batchSize: ctx.params.batchSize });
	await processItems(ctx, { status: 'pending', limit, concurrency: ctx.params.concurrency }, async (item) => {
		const shard = ctx.ports.shard(shardIndexFor(item.key, ctx.ports.shardCount));
		const [row, stats] = await Promise.all([
			shard.registryGet(item.key),
			ctx.ports.collector(item.key).stats(),
		]);
		const truth = entryFromStats(stats);
		const diff = registryDiff(row, truth);
		if (diff.length === 0) return { status: 'done', counters: { consistent: 1 } };
		// The storage size is a level each write moves, and a relayed report may carry a reading
		// taken just before its last write: bringing it up to date is upkeep, not drift.
		if (truth !== null && diff.length === 1 && diff[0] === 'storageBytes') {
			await shard.registryPut(truth);
			return { status: 'done', counters: { consistent: 1, sizeRefreshed: 1 } };
		}
		// Written all the same: the report on its way may never arrive (an evicted front isolate).
		if (row !== null && truth !== null && reportInFlight(row, truth, ctx.now, ctx.reportLagMs)) {
			await shard.registryPut(truth);
			return { status: 'done', counters: { consistent: 1, reportInFlight: 1 } };
		}
		const counters: Counters = { inconsistent: 1 };
		for (const field of diff) counters[`mismatch.${field}`] = 1;
		if (truth === null) {
			await shard.registryDelete(item.key);
			counters.removed = 1;
		} else {
			await shard.registryPut(truth);
			counters.repaired = 1;
		}
		return { status: 'done', counters };
	});
	return noneLeft(ctx, ['pending']);
}

export const repairJob: JobDefinition<RepairParams> = {
	itemsFrom: 2,
	phases: [
		{ name: 'journal', step: replayJournalStep },
		{ name: 'plan', step: (ctx) => walkRegistry(ctx, () => true) },
		{ name: 'process', step: processStep },
	],
};
