import type { CollectorDump } from '../rpc.ts';
import { type DatasetRef, flushFullParts } from './dataset.ts';
import { batchSizeFor, both, noneLeft, processItems } from './items.ts';
import type { Counters, StepContext } from './ports.ts';

type DumpParams = { partRecords: number; batchSize?: number | undefined; concurrency: number };

/**
 * One step of a job that writes every collector's dump to a dataset (backup, export): stage a
 * batch of encoded dumps while writing the full parts of what is staged. True once every item
 * is written.
 */
export async function stageDumpsStep<P extends DumpParams>(
	ctx: StepContext<P>,
	ref: DatasetRef,
	encode: (dump: CollectorDump) => Promise<{ stage: string; counters: Counters }>,
	partCounters?: (records: number) => Counters,
): Promise<boolean> {
	// Per item one exportAll, plus a part write and read-back per `partRecords` items.
	const limit = batchSizeFor(1 + 2 / ctx.params.partRecords, {
		maxBatch: 400,
		batchSize: ctx.params.batchSize,
	});
	const nothingPending = noneLeft(ctx, ['pending']);
	const exporting = processItems(
		ctx,
		{ status: 'pending', limit, concurrency: ctx.params.concurrency },
		async (item) => {
			const encoded = await encode(await ctx.ports.collector(item.key).exportAll());
			return { status: 'staged', ...encoded };
		},
	);
	// Parts fill and are written while the step exports (each holds what was staged when it
	// started); a last partial part waits for the next step, which writes it during its exports.
	const writing = flushFullParts(ctx, ref, {
		to: 'done',
		partRecords: ctx.params.partRecords,
		nothingPending,
		counters: partCounters,
	});
	await both(exporting, writing);
	return noneLeft(ctx, ['pending', 'staged']);
}
