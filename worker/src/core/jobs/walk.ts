/**
 * The planning phase of per-IP jobs: walk every shard's registry page by page and queue the
 * entries a job wants. The queue, not the live registry, drives the work afterwards, so entries
 * deleted or added while the job runs cannot shift a cursor and make it skip or repeat an IP.
 */
import type { RegistryEntry } from '../rpc.ts';
import type { StepContext } from './ports.ts';

/** Registry entries per page; pages per step keep the planner far below the subrequest budget. */
export const PLAN_PAGE_SIZE = 500;
export const PLAN_PAGES_PER_STEP = 40;

type WalkCursor = { shard: number; cursor: string | null };

/**
 * One planning step: queues the entries `select` accepts and persists the cursor with them.
 * Returns true once every shard has been walked.
 */
export async function walkRegistry<P>(
	ctx: StepContext<P>,
	select: (entry: RegistryEntry) => boolean,
): Promise<boolean> {
	let at = ctx.store.getMeta<WalkCursor>('walk') ?? { shard: 0, cursor: null };
	for (let page = 0; page < PLAN_PAGES_PER_STEP && at.shard < ctx.ports.shardCount; page++) {
		const res = await ctx.ports.shard(at.shard).registryPage(at.cursor, PLAN_PAGE_SIZE);
		const wanted = res.items.filter(select);
		at =
			res.nextCursor === null
				? { shard: at.shard + 1, cursor: null }
				: { shard: at.shard, cursor: res.nextCursor };
		const next = at;
		ctx.store.transact(() => {
			const added = ctx.store.enqueue(wanted.map((e) => ({ key: e.ip, data: JSON.stringify(e) })));
			ctx.store.bump({ scanned: res.items.length, candidates: added });
			ctx.store.setMeta('walk', next);
		});
	}
	return at.shard >= ctx.ports.shardCount;
}
