/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight. After the first failure no
 * new item starts; calls already in flight finish (their results are persisted by `fn`), then
 * every failure is returned so the caller can record each item's attempt.
 */
export async function runPool<T>(
	items: readonly T[],
	concurrency: number,
	fn: (item: T) => Promise<void>,
): Promise<Array<{ item: T; error: unknown }>> {
	const failures: Array<{ item: T; error: unknown }> = [];
	let next = 0;
	const worker = async () => {
		while (failures.length === 0 && next < items.length) {
			const item = items[next++] as T;
			try {
				await fn(item);
			} catch (error) {
				failures.push({ item, error });
			}
		}
	};
	const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker);
	await Promise.all(workers);
	return failures;
}
