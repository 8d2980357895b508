import type { CollectorDump } from '../rpc.ts';
import { type DatasetRef, flushFullParts } from './dataset.ts';
import { batchSizeFor, noneLeft, processItems } from './items.ts';
import type { Counters, StepContext } from './ports.ts';

type DumpParams = { partRecords: number; batchSize?: number | undefined; concurrency: number };

/**
 * One step of a job that writes every collector's dump to a dataset (backup, export): stage a
 * batch of encoded dumps, then write the full parts. True once every item is written.
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
	// Exporting is a read: an outcome lost with the step only means exporting that IP again.
	const options = { status: 'pending', limit, concurrency: ctx.params.concurrency, writes: 'step' } as const;
	await processItems(ctx, options, async (item) => {
		const encoded = await encode(await ctx.ports.collector(item.key).exportAll());
		return { status: 'staged', ...encoded };
	});
	await flushFullParts(ctx, ref, {
		to: 'done',
		partRecords: ctx.params.partRecords,
		nothingPending: noneLeft(ctx, ['pending']),
		counters: partCounters,
	});
	return noneLeft(ctx, ['pending', 'staged']);
}
