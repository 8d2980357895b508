/**
 * A collector's per-IP summary (totals, path count, activity bounds). It is derived from the
 * path rows plus one small stored base when the object wakes and kept in memory afterwards, so
 * recording an event writes no summary row: the path rows it writes already make it durable.
 */

/** What the path rows cannot tell, stored in one row. */
export type SummaryBase = {
	ip: string | null;
	overflowRequests: number;
	/** Bounds from an import or from overflow events (which have no path row). */
	firstSeen: number | null;
	lastActivity: number | null;
	reported: boolean;
	reportDirty: number;
};

export type CollectorSummary = SummaryBase & { totalRequests: number; pathCount: number };

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** The summary of a stored base and its path rows. */
export function summarize(
	base: SummaryBase,
	paths: readonly { count: number; firstSeen: number; lastSeen: number }[],
): CollectorSummary {
	let total = base.overflowRequests;
	let first = base.firstSeen;
	let last = base.lastActivity;
	for (const p of paths) {
		total += p.count;
		first = minOf(first, p.firstSeen);
		last = maxOf(last, p.lastSeen);
	}
	return { ...base, firstSeen: first, lastActivity: last, totalRequests: total, pathCount: paths.length };
}

/** What one recorded batch changes. */
export type BatchEffect = {
	ip: string;
	recorded: number;
	newPaths: number;
	overflow: number;
	firstSeen: number;
	lastSeen: number;
};

export function applyBatch(s: CollectorSummary, b: BatchEffect): CollectorSummary {
	return {
		...s,
		ip: s.ip ?? b.ip,
		totalRequests: s.totalRequests + b.recorded,
		pathCount: s.pathCount + b.newPaths,
		overflowRequests: s.overflowRequests + b.overflow,
		firstSeen: minOf(s.firstSeen, b.firstSeen),
		lastActivity: maxOf(s.lastActivity, b.lastSeen),
	};
}

/** The stored base must change only for a new IP or overflow events (their bounds have no path row). */
export function baseChanged(before: CollectorSummary, b: BatchEffect): boolean {
	return before.ip === null || b.overflow > 0;
}

export function baseOf(s: CollectorSummary): SummaryBase {
	return {
		ip: s.ip,
		overflowRequests: s.overflowRequests,
		firstSeen: s.firstSeen,
		lastActivity: s.lastActivity,
		reported: s.reported,
		reportDirty: s.reportDirty,
	};
}
