/**
 * What a restore may do to one collector. The default refuses (per IP) rather than merges:
 *
 * - A merge cannot be exact. A backup and the collector share their history up to the backup,
 *   so adding counts double-counts it, and taking the larger count loses whatever was recorded
 *   after a cleanup purged the collector (its archive and the new traffic are disjoint).
 * - A collector cannot prove its differing data is older than the backup: event timestamps come
 *   from clients, and a collector that was purged and then saw new traffic holds fewer counts
 *   than its backup while every one of them is newer.
 *
 * So a collector that is empty (lost, or purged by cleanup) is restored, one that equals its
 * backup is left as it is, and one holding anything else is treated as newer and skipped unless
 * `overwrite` is given. The collector decides this atomically with the write.
 */
import type { CollectorDump, RestoreAction, RestoreGuard } from '../rpc.ts';

/** True when the collector holds nothing (never recorded, or purged). */
export function isEmptyDump(d: CollectorDump): boolean {
	return d.totalRequests === 0 && d.overflowRequests === 0 && d.paths.length === 0;
}

const rowKey = (p: { method: string; path: string }) => `${p.method} ${p.path}`;

/** True when both dumps hold the same counts on the same paths (what a restore would write). */
export function sameCounts(a: CollectorDump, b: CollectorDump): boolean {
	if (a.totalRequests !== b.totalRequests || a.overflowRequests !== b.overflowRequests) return false;
	if (a.lastActivity !== b.lastActivity || a.paths.length !== b.paths.length) return false;
	const counts = new Map(a.paths.map((p) => [rowKey(p), p.count]));
	return b.paths.every((p) => counts.get(rowKey(p)) === p.count);
}

/** The action for a collector holding `current` when its backup holds `backup`. */
export function decideRestore(
	current: CollectorDump,
	backup: CollectorDump,
	guard: RestoreGuard,
): { action: RestoreAction; write: boolean } {
	if (isEmptyDump(current)) return { action: 'restored', write: !guard.dryRun };
	if (sameCounts(current, backup)) return { action: 'unchanged', write: false };
	if (guard.overwrite) return { action: 'overwritten', write: !guard.dryRun };
	return { action: 'skipped-newer', write: false };
}
