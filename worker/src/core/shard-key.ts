/**
 * Picks the StatsShard for an IP with FNV-1a over its canonical text: stable across
 * deployments and isolates, so an IP always reports to the same shard.
 */
import { fnv1a32 } from './hash.ts';

export function shardIndexFor(ip: string, shardCount: number): number {
	return fnv1a32(ip) % shardCount;
}

/** The Durable Object name of shard `index`. */
export function shardName(index: number): string {
	return `shard-${index}`;
}
