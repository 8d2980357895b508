/**
 * Item processing shared by every job: take the next items in a given status, run a handler on
 * each with bounded concurrency, and persist the outcomes (each as soon as it is known, or a
 * step's all at once where redoing an item is harmless). A retried step skips whatever was
 * persisted: an item runs again only if its outcome was lost with the invocation.
 */

import { mapLimit } from '../../contract/map-limit.ts';
import { describeError, JobError } from './job-error.ts';
import { SUBREQUEST_BUDGET } from './meter.ts';
import type { Counters, JobItem, StepContext } from './ports.ts';
import { MAX_ITEM_ATTEMPTS } from './state.ts';

/** Statuses that end an item's life; progress counts them as done. */
export const TERMINAL_STATUSES = ['done', 'skipped', 'error'] as const;

/**
 * An item handler's verdict: the status to move to, what to add to the job's counters, and
 * optionally a record to stage for the next dataset part (all stored in one transaction).
 */
export type ItemOutcome = { status: string; counters?: Counters; data?: string; stage?: string };

/**
 * Items per step for a job whose items cost `callsPerItem` subrequests each (plus
 * `fixedCalls` per step), capped at `maxBatch` and at the caller's `batchSize` param.
 */
export function batchSizeFor(
	callsPerItem: number,
	options: { maxBatch: number; batchSize?: number | undefined; fixedCalls?: number },
): number {
	const fit = Math.floor((SUBREQUEST_BUDGET - (options.fixedCalls ?? 10)) / callsPerItem);
	return Math.max(1, Math.min(options.maxBatch, options.batchSize ?? options.maxBatch, fit));
}

/**
 * How `processItems` stores outcomes. `each`: one transaction per item as soon as it is known.
 * `step`: one transaction for the whole call (after every item settled, failures included), for
 * handlers that are safe to run again on an item whose outcome was lost (a read like `exportAll`,
 * or a guarded `purge`): it saves a commit per item, which is most of a job's own storage cost.
 */
export type OutcomeWrites = 'each' | 'step';

type ItemOptions = { status: string; limit: number; concurrency: number; writes?: OutcomeWrites };

/** Stages and advances each finished item, all in one transaction. */
function saveOutcomes<P>(ctx: StepContext<P>, done: Array<{ item: JobItem; outcome: ItemOutcome }>): void {
	if (done.length === 0) return;
	ctx.store.transact(() => {
		for (const { item, outcome } of done) {
			if (outcome.stage !== undefined) ctx.store.stage(item.seq, outcome.stage);
			ctx.store.advance(item.seq, outcome.status, outcome.counters, outcome.data);
		}
	});
}

/**
 * Runs `handle` over up to `limit` items in `status`. Failed items get an attempt recorded; once
 * an item has failed `MAX_ITEM_ATTEMPTS` times it is set aside as `error`. Throws the first
 * failure when any item is left to retry, so the job backs off before trying again.
 */
export async function processItems<P>(
	ctx: StepContext<P>,
	options: ItemOptions,
	handle: (item: JobItem) => Promise<ItemOutcome>,
): Promise<number> {
	const items = ctx.store.items([options.status], options.limit);
	const failures: Array<{ item: JobItem; error: unknown }> = [];
	const done: Array<{ item: JobItem; outcome: ItemOutcome }> = [];
	// After the first failure no new item starts; those in flight finish and persist their outcome.
	await mapLimit(
		items,
		options.concurrency,
		async (item) => {
			try {
				done.push({ item, outcome: await handle(item) });
				if (options.writes !== 'step') saveOutcomes(ctx, done.splice(0));
			} catch (error) {
				failures.push({ item, error });
			}
		},
		() => failures.length === 0,
	);
	saveOutcomes(ctx, done);
	let retry: unknown = null;
	for (const { item, error } of failures) {
		const message = describeError(error).message;
		const permanent = error instanceof JobError && error.permanent;
		const gaveUp = ctx.store.failItem(
			item.seq,
			message,
			permanent ? Number.POSITIVE_INFINITY : MAX_ITEM_ATTEMPTS,
		);
		if ((permanent || !gaveUp) && retry === null) retry = error;
	}
	if (retry !== null) throw retry;
	return items.length - failures.length;
}

/** Waits for both, then throws the first failure: neither is left running behind the step. */
export async function both(a: Promise<unknown>, b: Promise<unknown>): Promise<void> {
	const settled = await Promise.allSettled([a, b]);
	for (const s of settled) if (s.status === 'rejected') throw s.reason;
}

/** True when no item is in any of `statuses`. */
export function noneLeft<P>(ctx: StepContext<P>, statuses: readonly string[]): boolean {
	return ctx.store.items(statuses, 1).length === 0;
}

/** Parses the JSON an item was stored with. */
export function itemData<T>(item: JobItem): T {
	return JSON.parse(item.data) as T;
}
