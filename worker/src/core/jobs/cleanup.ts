/**
 * `cleanup`: IPs inactive for longer than `inactiveDays` are archived and then deleted. Each
 * item moves pending → staged → archived → purged → done, and the order is the safety argument:
 * a collector is purged only after its dump sits in an R2 part that was read back with a
 * matching sha256 and listed in the archive's manifest, and only if it did not change since.
 * The KV fallback journal is replayed first: a purge deletes the event ids a later replay would
 * be deduplicated against (journal-step.ts).
 */

import { mapLimit } from '../../contract/map-limit.ts';
import { DAY_MS } from '../../contract/time.ts';
import { shardIndexFor } from '../shard-key.ts';
import { type DatasetRef, datasetIdFor, flushStaged, manifestOf } from './dataset.ts';
import type { JobDefinition } from './definition.ts';
import { encodeDumpLine } from './dump-codec.ts';
import { batchSizeFor, both, itemData, noneLeft, processItems } from './items.ts';
import { replayJournalStep } from './journal-step.ts';
import { manifestKey } from './manifest.ts';
import type { CleanupParams } from './params.ts';
import type { JobFacts, JobItem, PlannedEntry, StepContext } from './ports.ts';
import { walkRegistry } from './walk.ts';

const OPEN = ['pending', 'staged', 'archived', 'purged'] as const;

type Ctx = StepContext<CleanupParams>;
type ArchivedEntry = PlannedEntry & { dumpTotal: number; dumpLastActivity: number | null };

const cutoffOf = (ctx: JobFacts<CleanupParams>) => ctx.createdAt - ctx.params.inactiveDays * DAY_MS;

function datasetOf(ctx: JobFacts<CleanupParams>): DatasetRef {
	return { kind: 'ip-archive', id: datasetIdFor(ctx.createdAt, ctx.jobId), encoding: 'ndjson' };
}

/** Dry run: count what would go, touching nothing outside the job. */
async function countOnly(ctx: Ctx): Promise<boolean> {
	for (const item of ctx.store.items(['pending'], 1000)) {
		const entry = itemData<PlannedEntry>(item);
		ctx.store.advance(item.seq, 'skipped', { wouldArchive: 1, wouldFreeBytes: entry.storageBytes });
	}
	return noneLeft(ctx, ['pending']);
}

async function exportInactive(ctx: Ctx, limit: number): Promise<void> {
	const options = { status: 'pending', limit, concurrency: ctx.params.concurrency, writes: 'step' } as const;
	// A lost export outcome only means exporting that IP again.
	await processItems(ctx, options, async (item) => {
		const dump = await ctx.ports.collector(item.key).exportAll();
		if (dump.lastActivity !== null && dump.lastActivity >= cutoffOf(ctx)) {
			return { status: 'skipped', counters: { skippedActive: 1 } };
		}
		const data: ArchivedEntry = {
			...itemData<PlannedEntry>(item),
			dumpTotal: dump.totalRequests,
			dumpLastActivity: dump.lastActivity,
		};
		return { status: 'staged', data: JSON.stringify(data), stage: `${encodeDumpLine(dump)}\n` };
	});
}

async function purgeArchived(ctx: Ctx, limit: number): Promise<void> {
	await processItems(
		ctx,
		// A lost purge outcome is safe to redo: the retried purge finds the IP empty and counts it purged.
		{ status: 'archived', limit, concurrency: ctx.params.concurrency, writes: 'step' },
		async (item) => {
			const archived = itemData<ArchivedEntry>(item);
			// Traffic since the export would be lost by a purge: the collector checks its totals and
			// deletes in one step, and keeps everything (the archive stays) when they moved.
			const purged = await ctx.ports
				.collector(item.key)
				.purge({ totalRequests: archived.dumpTotal, lastActivity: archived.dumpLastActivity });
			if (!purged) return { status: 'skipped', counters: { changedSinceArchive: 1 } };
			return { status: 'purged', counters: { purged: 1 } };
		},
	);
}

/** Unregisters the purged IPs of this step with one request per shard, not one per IP. */
async function unregister(ctx: Ctx, limit: number): Promise<void> {
	const byShard = new Map<number, JobItem[]>();
	for (const item of ctx.store.items(['purged'], limit)) {
		const index = shardIndexFor(item.key, ctx.ports.shardCount);
		byShard.set(index, [...(byShard.get(index) ?? []), item]);
	}
	await mapLimit([...byShard], ctx.params.concurrency, async ([index, group]) => {
		const removed = await ctx.ports.shard(index).registryDeleteMany(group.map((i) => i.key));
		ctx.store.transact(() => {
			for (const item of group) ctx.store.advance(item.seq, 'done', { cleaned: 1 });
			ctx.store.bump({ registryRemoved: removed });
		});
	});
}

async function processStep(ctx: Ctx): Promise<boolean> {
	if (ctx.params.dryRun) return countOnly(ctx);
	// Per item: exportAll and (next step) purge; per step: part put and get, manifest put, one delete per shard.
	const limit = batchSizeFor(2, {
		maxBatch: 240,
		batchSize: ctx.params.batchSize,
		fixedCalls: 10 + ctx.ports.shardCount,
	});
	const ref = datasetOf(ctx);
	// The previous step's archived items are purged while this step's are exported: each purge
	// still follows its own item's verified archive, and the two kinds of call overlap on other IPs.
	await both(exportInactive(ctx, limit), purgeArchived(ctx, limit));
	await flushStaged(ctx, ref, {
		to: 'archived',
		counters: (n) => ({ archived: n }),
		// The manifest names the part before any collector is purged: an archive is always readable.
		beforeCommit: (parts) => ctx.ports.datasets.writeManifest(manifestOf(ctx, ref, parts, false)),
	});
	await unregister(ctx, limit);
	return noneLeft(ctx, OPEN);
}

async function finishStep(ctx: Ctx): Promise<boolean> {
	const parts = ctx.store.parts();
	if (parts.length > 0) await ctx.ports.datasets.writeManifest(manifestOf(ctx, datasetOf(ctx), parts, true));
	return true;
}

export const cleanupJob: JobDefinition<CleanupParams> = {
	itemsFrom: 2,
	phases: [
		// A dry run changes nothing outside the job: no replay either.
		{ name: 'journal', step: (ctx) => (ctx.params.dryRun ? Promise.resolve(true) : replayJournalStep(ctx)) },
		{ name: 'plan', step: (ctx) => walkRegistry(ctx, (e) => e.lastActivity < cutoffOf(ctx)) },
		{ name: 'process', step: processStep },
		{ name: 'finish', step: finishStep },
	],
	summarize: (ctx) => {
		const archived = ctx.store.parts().length > 0;
		const ref = datasetOf(ctx);
		return {
			inactiveBefore: new Date(cutoffOf(ctx)).toISOString(),
			dryRun: ctx.params.dryRun,
			archiveId: archived ? ref.id : null,
			manifestKey: archived ? manifestKey(ref.kind, ref.id) : null,
		};
	},
};
