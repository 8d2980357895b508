/**
 * `optimize`: collectors idle for more than `idleMinutes` (but active within `lookbackMinutes`,
 * since older ones are already evicted and waking them would cost) flush their pending report
 * now, so nothing keeps them awake or wakes them later: they can hibernate and be evicted.
 */
import { MINUTE_MS } from '../../contract/time.ts';
import { DO_MEMORY_GB } from '../usage.ts';
import type { JobDefinition } from './definition.ts';
import { batchSizeFor, itemData, noneLeft, processItems } from './items.ts';
import type { OptimizeParams } from './params.ts';
import type { PlannedEntry, StepContext } from './ports.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<OptimizeParams>;

/**
 * Assumed saving per flushed object: the idle-flush wake-up it no longer needs (one DO request)
 * and the seconds that wake-up would keep it in memory. An estimate, reported as such; the
 * action prices these quantities with its price table (the Worker knows no prices).
 */
export const ASSUMED_SAVING = { doRequests: 1, activeSeconds: 10 } as const;

async function processStep(ctx: Ctx): Promise<boolean> {
	const limit = batchSizeFor(1, { maxBatch: 200, batchSize: ctx.params.batchSize });
	await processItems(ctx, { status: 'pending', limit, concurrency: ctx.params.concurrency }, async (item) => {
		const flushed = await ctx.ports.collector(item.key).flushReport();
		const bytes = itemData<PlannedEntry>(item).storageBytes;
		return {
			status: 'done',
			counters: flushed ? { flushed: 1, flushedStoredBytes: bytes } : { nothingPending: 1 },
		};
	});
	return noneLeft(ctx, ['pending']);
}

export const optimizeJob: JobDefinition<OptimizeParams> = {
	itemsFrom: 1,
	phases: [
		{
			name: 'plan',
			step: (ctx) => {
				const idleSince = ctx.createdAt - ctx.params.idleMinutes * MINUTE_MS;
				const activeSince = ctx.createdAt - ctx.params.lookbackMinutes * MINUTE_MS;
				return walkRegistry(ctx, (e) => e.lastActivity <= idleSince && e.lastActivity > activeSince);
			},
		},
		{ name: 'process', step: processStep },
	],
	summarize: (_ctx, c) => {
		const flushed = c.flushed ?? 0;
		return {
			// Measured: collector calls this job made, and the stored bytes of the objects it flushed.
			doRequestsSpent: (c.flushed ?? 0) + (c.nothingPending ?? 0),
			// Estimated from ASSUMED_SAVING, in billed quantities (GB-s at Cloudflare's 128 MB = 0.128 GB).
			savedQuantities: {
				doRequests: flushed * ASSUMED_SAVING.doRequests,
				gbSeconds: Number((flushed * ASSUMED_SAVING.activeSeconds * DO_MEMORY_GB).toFixed(6)),
				storedBytes: c.flushedStoredBytes ?? 0,
			},
			savingsAssumptions: { ...ASSUMED_SAVING, gbPerObject: DO_MEMORY_GB },
		};
	},
};
