/**
 * `optimize`: collectors idle for more than `idleMinutes` (but active within `lookbackMinutes`,
 * since older ones are already evicted and waking them would cost) flush their pending report
 * now, so nothing keeps them awake or wakes them later: they can hibernate and be evicted.
 */
import { DEFAULT_PRICES, grossPrice } from '../../../../action/src/core/cost/prices.ts';
import type { JobDefinition } from './definition.ts';
import { batchSizeFor, noneLeft, processItems } from './items.ts';
import type { OptimizeParams } from './params.ts';
import type { StepContext } from './ports.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<OptimizeParams>;

const MINUTE_MS = 60_000;
/** DO memory billed per object (Cloudflare bills duration at 128 MB). */
const GB_PER_OBJECT = 0.128;
/**
 * Assumed saving per flushed object: the idle-flush wake-up it no longer needs (one DO request)
 * and the seconds that wake-up would keep it in memory. An estimate, reported as such.
 */
export const ASSUMED_SAVING = { doRequests: 1, activeSeconds: 10 } as const;

/** List-price USD saved by `flushed` objects under `ASSUMED_SAVING`. */
export function estimateSavingsUsd(flushed: number): number {
	const p = DEFAULT_PRICES.items;
	const requests = grossPrice(p.do_requests, flushed * ASSUMED_SAVING.doRequests);
	const duration = grossPrice(p.do_duration, flushed * ASSUMED_SAVING.activeSeconds * GB_PER_OBJECT);
	return requests + duration;
}

async function processStep(ctx: Ctx): Promise<boolean> {
	const limit = batchSizeFor(1, { maxBatch: 200, batchSize: ctx.params.batchSize });
	await processItems(ctx, { status: 'pending', limit, concurrency: ctx.params.concurrency }, async (item) => {
		const flushed = await ctx.ports.collector(item.key).flushReport();
		return { status: 'done', counters: flushed ? { flushed: 1 } : { nothingPending: 1 } };
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
	summarize: (_ctx, c) => ({
		estimatedSavingsUsd: Number(estimateSavingsUsd(c.flushed ?? 0).toFixed(8)),
		savingsAssumptions: {
			...ASSUMED_SAVING,
			gbPerObject: GB_PER_OBJECT,
			prices: `${DEFAULT_PRICES.plan} list prices as of ${DEFAULT_PRICES.asOf}`,
		},
	}),
};
