/**
 * `archive`: hourly rollups and daily usage older than `olderThanDays` leave the shards for
 * monthly R2 objects (`archives/stats/<YYYY-MM>/<jobId>/shard-NN.ndjson` plus a manifest per
 * month), and are deleted from a shard only after their object was read back and verified.
 * Items are (month, shard) pairs: pending → archived → done.
 */
import { DAY_MS } from '../../contract/time.ts';
import { type DatasetRef, manifestOf } from './dataset.ts';
import type { JobDefinition } from './definition.ts';
import { itemData, noneLeft } from './items.ts';
import { describeError, JobError } from './job-error.ts';
import { datasetPrefix } from './manifest.ts';
import type { ArchiveParams } from './params.ts';
import type { JobFacts, JobItem, StepContext } from './ports.ts';
import { MAX_ITEM_ATTEMPTS } from './state.ts';

type Ctx = StepContext<ArchiveParams>;
type MonthItem = { shard: number; month: string };

const SHARDS_PER_PLAN_STEP = 64;
/** Per item: export, part put and get, manifest put, prune. */
const ITEMS_PER_STEP = 40;

const cutoffOf = (ctx: JobFacts<ArchiveParams>) => ctx.createdAt - ctx.params.olderThanDays * DAY_MS;

function monthDataset(ctx: Ctx, month: string): DatasetRef {
	return { kind: 'stats-archive', id: `${month}/${ctx.jobId}`, encoding: 'ndjson', meta: { month } };
}

/** Calls a shard method the shard may not implement yet: that is a deployment problem, not transient. */
async function shardCall<T>(call: () => Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (err) {
		if (err instanceof TypeError && /does not (implement|have)/i.test(err.message)) {
			throw new JobError('unsupported', `StatsShard lacks archive support: ${err.message}`, {
				permanent: true,
			});
		}
		throw err;
	}
}

async function planStep(ctx: Ctx): Promise<boolean> {
	let shard = ctx.store.getMeta<number>('planShard') ?? 0;
	const end = Math.min(ctx.ports.shardCount, shard + SHARDS_PER_PLAN_STEP);
	for (; shard < end; shard++) {
		const index = shard;
		const months = await shardCall(() => ctx.ports.shardArchive(index).archiveMonths(cutoffOf(ctx)));
		ctx.store.transact(() => {
			ctx.store.enqueue(
				months.map((month) => ({ key: `${month}/${index}`, data: JSON.stringify({ shard: index, month }) })),
			);
			ctx.store.setMeta('planShard', index + 1);
		});
	}
	return shard >= ctx.ports.shardCount;
}

async function archiveMonth(ctx: Ctx, item: JobItem, m: MonthItem): Promise<void> {
	const { rows } = await shardCall(() =>
		ctx.ports.shardArchive(m.shard).archiveExport(m.month, cutoffOf(ctx)),
	);
	if (rows.length === 0) {
		ctx.store.advance(item.seq, 'done', { emptyMonths: 1 });
		return;
	}
	const ref = monthDataset(ctx, m.month);
	const prefix = datasetPrefix(ref.kind, ref.id);
	const key = `${prefix}shard-${String(m.shard).padStart(3, '0')}.ndjson`;
	const text = rows
		.map((r) => `${JSON.stringify({ table: r.table, key: r.key, data: JSON.parse(r.data) })}\n`)
		.join('');
	const part = await ctx.ports.datasets.writePart(key, text, rows.length);
	await ctx.ports.datasets.readVerified(part);
	const monthParts = [...ctx.store.parts().filter((p) => p.key.startsWith(prefix) && p.key !== key), part];
	await ctx.ports.datasets.writeManifest(manifestOf(ctx, ref, monthParts, true));
	ctx.store.commitPart(part, [item.seq], 'archived', {
		archivedRows: rows.length,
		archivedBytes: part.bytes,
	});
}

async function step(ctx: Ctx, item: JobItem): Promise<void> {
	const m = itemData<MonthItem>(item);
	if (item.status === 'pending') {
		await archiveMonth(ctx, item, m);
		return;
	}
	const pruned = await shardCall(() => ctx.ports.shardArchive(m.shard).archivePrune(m.month, cutoffOf(ctx)));
	ctx.store.advance(item.seq, 'done', { prunedRows: pruned, months: 1 });
}

async function processStep(ctx: Ctx): Promise<boolean> {
	// Sequential: each item is a few calls and a month's rows can be large; no concurrency needed.
	for (const item of ctx.store.items(['pending', 'archived'], ITEMS_PER_STEP)) {
		try {
			await step(ctx, item);
		} catch (err) {
			const permanent = err instanceof JobError && err.permanent;
			const gaveUp = ctx.store.failItem(
				item.seq,
				describeError(err).message,
				permanent ? Number.POSITIVE_INFINITY : MAX_ITEM_ATTEMPTS,
			);
			if (permanent || !gaveUp) throw err;
		}
	}
	return noneLeft(ctx, ['pending', 'archived']);
}

export const archiveJob: JobDefinition<ArchiveParams> = {
	itemsFrom: 1,
	phases: [
		{ name: 'plan', step: planStep },
		{ name: 'process', step: processStep },
	],
	summarize: (ctx) => ({
		olderThan: new Date(cutoffOf(ctx)).toISOString(),
		objects: ctx.store.parts().map((p) => p.key),
	}),
};
