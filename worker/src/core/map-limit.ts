/**
 * Maps `items` through `fn` with at most `limit` calls in flight (a Worker request may hold at
 * most six outgoing connections at once), keeping the input order in the result.
 */
export async function mapLimit<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
	const results = new Array<R>(items.length);
	// One iterator shared by every lane: each takes the next item when its previous call is done.
	const entries = items.entries();
	const lane = async (): Promise<void> => {
		for (const [i, item] of entries) results[i] = await fn(item, i);
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
	return results;
}
