/**
 * Collector reports relayed by the front Worker. A collector hands its pending report back in
 * its `record` answer; each isolate gathers them per shard, with what it measured of its calls
 * to each collector (`IpCallDelta`: calls, latency, events not delivered), and sends each shard one
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
import { type IpCallDelta, ipCallKey, mergeIpCalls } from '../core/ip-calls.ts';
import { addPathDeltas, type PathDelta } from '../core/path-deltas.ts';
import type { CollectorReport } from '../core/reports.ts';
import { shardIndexFor } from '../core/shard-key.ts';
import { type ShardEnv, shardCount, shardStub } from './stats-shards.ts';

/** IPs held per shard while a shard is unreachable, so an outage cannot grow memory without bound. */
const MAX_HELD_PER_SHARD = 20_000;

// Per-isolate by design, like the front-metrics batch it is flushed with. One merged report per
// IP: a shard then writes each IP's registry row once per flush, not once per record call.
// A held report keeps its path deltas in a map added to in place, so a busy client's record
// calls each cost what they add, not a copy of everything held for it.
type Held = { report: CollectorReport; paths: Map<string, PathDelta> };
let held = new Map<number, Map<string, Held>>();
// Per shard, per client and UTC day.
let heldCalls = new Map<number, Map<string, IpCallDelta>>();

/** Adds `value` under `key`, into what is held (`add`) or as new (`create`); the oldest key goes past the bound. */
function holdIn<T, U>(
	into: Map<number, Map<string, T>>,
	index: number,
	key: string,
	value: U,
	create: (value: U) => T,
	add: (held: T, value: U) => T,
): void {
	let byKey = into.get(index);
	if (!byKey) {
		byKey = new Map<string, T>();
		into.set(index, byKey);
	}
	const prev = byKey.get(key);
	byKey.set(key, prev ? add(prev, value) : create(value));
	if (byKey.size > MAX_HELD_PER_SHARD) {
		const oldest = byKey.keys().next();
		if (!oldest.done) byKey.delete(oldest.value);
		console.error(JSON.stringify({ msg: 'relay dropped old collector reports', shard: index }));
	}
}

function toHeld(r: CollectorReport): Held {
	const { paths, ...report } = r;
	return { report, paths: addPathDeltas(new Map(), paths ?? []) };
}

/** `r` added into `h` (which is changed and returned). */
function addReport(h: Held, r: CollectorReport): Held {
	const { paths, ...report } = r;
	h.report = mergeCollectorReports(h.report, report);
	if (paths) addPathDeltas(h.paths, paths);
	return h;
}

function toReport(h: Held): CollectorReport {
	return h.paths.size > 0 ? { ...h.report, paths: [...h.paths.values()] } : h.report;
}

const hold = (index: number, r: CollectorReport) => holdIn(held, index, r.ip, r, toHeld, addReport);
const holdCalls = (index: number, d: IpCallDelta) =>
	holdIn(heldCalls, index, ipCallKey(d), d, (x) => x, mergeIpCalls);

/** Adds reports from `record` answers, and the calls that produced them, to this isolate's batch. */
export function relayCollectorReports(
	env: ShardEnv,
	reports: readonly CollectorReport[],
	calls: readonly IpCallDelta[] = [],
): void {
	if (reports.length === 0 && calls.length === 0) return;
	const n = shardCount(env);
	for (const report of reports) hold(shardIndexFor(report.ip, n), report);
	for (const d of calls) holdCalls(shardIndexFor(d.ip, n), d);
}

/** Whether any report waits for a flush. */
export function hasRelayedReports(): boolean {
	return held.size > 0 || heldCalls.size > 0;
}

/**
 * Sends every shard its reports, one request per shard; a shard that fails gets its reports
 * back for the next flush. Returns the number of shard requests that succeeded.
 */
export async function flushRelayedReports(env: ShardEnv): Promise<number> {
	const batch = held;
	const batchCalls = heldCalls;
	held = new Map();
	heldCalls = new Map();
	const shards = new Set([...batch.keys(), ...batchCalls.keys()]);
	const sent = await Promise.all(
		[...shards].map(async (index) => {
			const reports = [...(batch.get(index)?.values() ?? [])].map(toReport);
			const calls = [...(batchCalls.get(index)?.values() ?? [])];
			try {
				await shardStub(env, index).reportCollectors(reports, calls);
				return 1;
			} catch (err) {
				console.error(
					JSON.stringify({ msg: 'relayed report flush failed', shard: index, err: redactIps(String(err)) }),
				);
				putBack(index, reports, calls);
				return 0;
			}
		}),
	);
	return sent.reduce<number>((a, b) => a + b, 0);
}

/** A failed shard's batch goes back in front of what arrived meanwhile, merged in arrival order. */
function putBack(index: number, reports: CollectorReport[], calls: IpCallDelta[]): void {
	const newer = held.get(index);
	const newerCalls = heldCalls.get(index);
	held.delete(index);
	heldCalls.delete(index);
	for (const r of [...reports, ...[...(newer?.values() ?? [])].map(toReport)]) hold(index, r);
	for (const d of [...calls, ...(newerCalls?.values() ?? [])]) holdCalls(index, d);
}
