/**
 * Maps `items` through `fn` with at most `limit` calls in flight (a Worker request may hold at
 * most six outgoing connections at once; the traffic simulator keeps a collector's queue
 * short), keeping the input order in the result. In the contract module because both the
 * Worker and the action use it, and the contract is the one part of the Worker others import. With `more`,
 * no new item starts once it returns false (calls in flight finish; skipped slots stay empty):
 * jobs stop taking items after a failure this way.
 */
export async function mapLimit<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>,
	more: () => boolean = () => true,
): Promise<R[]> {
	const results = new Array<R>(items.length);
	// One iterator shared by every lane: each takes the next item when its previous call is done.
	const entries = items.entries();
	const lane = async (): Promise<void> => {
		for (const [i, item] of entries) {
			if (!more()) return;
			results[i] = await fn(item, i);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
	return results;
}
