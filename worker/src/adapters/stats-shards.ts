/**
 * StatsShard stubs for the Worker side: the configured shard count, one stub per shard, and
 * the shard of an IP. Every admin read goes through `eachShard`, so it costs exactly one DO
 * request per shard whatever the number of IPs.
 */
import { UpstreamError } from '../core/errors.ts';
import { shardIndexFor, shardName } from '../core/shard-key.ts';
import { type Bindings, settingsOf } from '../env.ts';
import type { StatsShard } from '../objects/stats-shard.ts';

/** The bindings this module needs (a narrow port: tests may pass another shard count). */
export type ShardEnv = Pick<Bindings, 'STATS_SHARD'> & { SHARD_COUNT: string };

/** `SHARD_COUNT` from the settings; a bad value is a 500 `invalid_config` naming it. */
export function shardCount(env: ShardEnv): number {
	return settingsOf(env).shardCount;
}

export function shardStub(env: ShardEnv, index: number): DurableObjectStub<StatsShard> {
	return env.STATS_SHARD.getByName(shardName(index));
}

/** The shard that holds `ip` in its registry. */
export function shardForIp(env: ShardEnv, ip: string): DurableObjectStub<StatsShard> {
	return shardStub(env, shardIndexFor(ip, shardCount(env)));
}

/** Calls every shard once, in parallel; any failure fails the read (a partial answer would under-count). */
export async function eachShard<T>(
	env: ShardEnv,
	call: (stub: DurableObjectStub<StatsShard>, index: number) => Promise<T>,
): Promise<T[]> {
	const n = shardCount(env);
	try {
		return await Promise.all(Array.from({ length: n }, (_, i) => call(shardStub(env, i), i)));
	} catch (err) {
		throw new UpstreamError(503, 'shard_unavailable', 'a stats shard did not answer; retry the read', {
			cause: String(err),
		});
	}
}
