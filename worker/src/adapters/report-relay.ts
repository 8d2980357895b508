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

import { redactIps } from '../contract/redact.ts';
import { mergeCollectorReports } from '../core/collector-batch.ts';
import type { CollectorReport } from '../core/reports.ts';
import { shardIndexFor } from '../core/shard-key.ts';
import { type ShardEnv, shardCount, shardStub } from './stats-shards.ts';

/** IPs held per shard while a shard is unreachable, so an outage cannot grow memory without bound. */
const MAX_HELD_PER_SHARD = 20_000;

// Per-isolate by design, like the front-metrics batch it is flushed with. One merged report per
// IP: a shard then writes each IP's registry row once per flush, not once per record call.
let held = new Map<number, Map<string, CollectorReport>>();

function hold(index: number, report: CollectorReport): void {
	const byIp = held.get(index) ?? new Map<string, CollectorReport>();
	const prev = byIp.get(report.ip);
	byIp.set(report.ip, prev ? mergeCollectorReports(prev, report) : report);
	if (byIp.size > MAX_HELD_PER_SHARD) {
		const oldest = byIp.keys().next();
		if (!oldest.done) byIp.delete(oldest.value);
		console.error(JSON.stringify({ msg: 'relay dropped old collector reports', shard: index }));
	}
	held.set(index, byIp);
}

/** Adds reports from `record` answers to this isolate's batch. */
export function relayCollectorReports(env: ShardEnv, reports: readonly CollectorReport[]): void {
	if (reports.length === 0) return;
	const n = shardCount(env);
	for (const report of reports) hold(shardIndexFor(report.ip, n), report);
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
				await shardStub(env, index).reportCollectors([...reports.values()]);
				return 1;
			} catch (err) {
				console.error(
					JSON.stringify({ msg: 'relayed report flush failed', shard: index, err: redactIps(String(err)) }),
				);
				// Back in front of what arrived meanwhile, merged per IP in arrival order.
				const newer = held.get(index);
				held.delete(index);
				for (const r of [...reports.values(), ...(newer?.values() ?? [])]) hold(index, r);
				return 0;
			}
		}),
	);
	return sent.reduce<number>((a, b) => a + b, 0);
}
