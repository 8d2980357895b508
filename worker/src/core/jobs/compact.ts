/**
 * `compact`: collectors with more than `minRequests` requests merge paths that normalise to the
 * same template and drop overflow detail (the collector's `compact()`); the job adds up the
 * paths and bytes before and after.
 */
import type { JobDefinition } from './definition.ts';
import { batchSizeFor, noneLeft, processItems } from './items.ts';
import type { CompactParams } from './params.ts';
import type { StepContext } from './ports.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<CompactParams>;

async function processStep(ctx: Ctx): Promise<boolean> {
	const limit = batchSizeFor(1, { maxBatch: 200, batchSize: ctx.params.batchSize });
	await processItems(ctx, { status: 'pending', limit, concurrency: ctx.params.concurrency }, async (item) => {
		const r = await ctx.ports.collector(item.key).compact();
		const changed = r.pathsAfter < r.pathsBefore || r.bytesAfter < r.bytesBefore;
		return {
			status: 'done',
			counters: {
				compacted: changed ? 1 : 0,
				unchanged: changed ? 0 : 1,
				pathsBefore: r.pathsBefore,
				pathsAfter: r.pathsAfter,
				bytesBefore: r.bytesBefore,
				bytesAfter: r.bytesAfter,
			},
		};
	});
	return noneLeft(ctx, ['pending']);
}

export const compactJob: JobDefinition<CompactParams> = {
	itemsFrom: 1,
	phases: [
		{ name: 'plan', step: (ctx) => walkRegistry(ctx, (e) => e.totalRequests > ctx.params.minRequests) },
		{ name: 'process', step: processStep },
	],
	summarize: (_ctx, c) => ({
		pathsMerged: (c.pathsBefore ?? 0) - (c.pathsAfter ?? 0),
		bytesSaved: (c.bytesBefore ?? 0) - (c.bytesAfter ?? 0),
	}),
};
