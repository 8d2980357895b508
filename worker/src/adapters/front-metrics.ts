import type { Bindings } from '../env.ts';

/** How one `POST /record` request ended, as the front Worker measured it end to end. */
export type RecordOutcome = {
	latencyMs: number;
	/** Events accepted (stored or journaled). */
	accepted: number;
	/** Events journaled instead of reaching their Durable Object. */
	journaled: number;
	/** Set when the request failed or a DO call inside it failed or timed out. */
	error?: { reason: 'do_error' | 'do_timeout' | 'breaker_open' | 'journal_error' | 'bad_request' | 'unauthorized' | 'internal' };
	kvWrites: number;
};

/**
 * Adds one request's outcome to this isolate's batch and flushes the batch to a shard at most
 * once per flush interval (through `ctx.waitUntil`).
 */
export function observeRecord(_env: Bindings, _ctx: ExecutionContext, _outcome: RecordOutcome): void {
	// Implemented with the StatsShard (observability).
}
