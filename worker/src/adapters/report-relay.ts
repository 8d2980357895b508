/**
 * Collector reports relayed by the front Worker. A collector hands its pending report back in
 * its `record` answer; each isolate gathers them per shard and sends each shard one
 * `reportCollectors` request per flush (scheduled with the front metrics, at most once per
 * `FLUSH_INTERVAL_MS`), so reporting costs a few DO requests per interval whatever the number of
 * active IPs, instead of one per IP.
 *
 * Bounded loss: an isolate evicted before its flush loses the rollup deltas of the reports it
 * held (at most one interval of its traffic). Counts are unaffected: collectors keep them, and
 * each next report carries the collector's absolute state, which the daily repair job also checks.
 */
import type { CollectorReport } from '../core/reports.ts';
import { shardIndexFor } from '../core/shard-key.ts';
import { type ShardEnv, shardCount, shardStub } from './stats-shards.ts';

/** Reports held per shard while a shard is unreachable, so an outage cannot grow memory without bound. */
const MAX_HELD_PER_SHARD = 20_000;

// Per-isolate by design, like the front-metrics batch it is flushed with.
let held = new Map<number, CollectorReport[]>();

/** Adds reports from `record` answers to this isolate's batch. */
export function relayCollectorReports(env: ShardEnv, reports: readonly CollectorReport[]): void {
	if (reports.length === 0) return;
	const n = shardCount(env);
	for (const report of reports) {
		const index = shardIndexFor(report.ip, n);
		const list = held.get(index) ?? [];
		list.push(report);
		if (list.length > MAX_HELD_PER_SHARD) {
			list.splice(0, list.length - MAX_HELD_PER_SHARD);
			console.error(JSON.stringify({ msg: 'relay dropped old collector reports', shard: index }));
		}
		held.set(index, list);
	}
}

/** Whether any report waits for a flush. */
export function hasRelayedReports(): boolean {
	return held.size > 0;
}

/**
 * Sends every shard its reports, one request per shard; a shard that fails gets its reports
 * back for the next flush. Returns the number of shard requests that succeeded.
 */
export async function flushRelayedReports(env: ShardEnv): Promise<number> {
	const batch = held;
	held = new Map();
	const sent = await Promise.all(
		[...batch].map(async ([index, reports]) => {
			try {
				await shardStub(env, index).reportCollectors(reports);
				return 1;
			} catch (err) {
				console.error(JSON.stringify({ msg: 'relayed report flush failed', shard: index, err: String(err) }));
				held.set(index, [...reports, ...(held.get(index) ?? [])]);
				return 0;
			}
		}),
	);
	return sent.reduce<number>((a, b) => a + b, 0);
}
