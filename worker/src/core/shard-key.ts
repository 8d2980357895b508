/**
 * Picks the StatsShard for an IP with FNV-1a over its canonical text: stable across
 * deployments and isolates, so an IP always reports to the same shard.
 */
export function shardIndexFor(ip: string, shardCount: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < ip.length; i++) {
		h ^= ip.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h % shardCount;
}

/** The Durable Object name of shard `index`. */
export function shardName(index: number): string {
	return `shard-${index}`;
}
