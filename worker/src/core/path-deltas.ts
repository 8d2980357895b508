/**
 * Per-path deltas riding in the batched reports to the StatsShards: a collector's recorded
 * events per (UTC hour, method, path), and the front Worker's undelivered events per path.
 * Folded per shard flush into one update per (bucket, path), so a shard writes a few rows per
 * active path per flush, never a row per event.
 */
import { DAY_MS, HOUR_MS } from '../contract/time.ts';

/** Events of one (hour, method, path): recorded by a collector, or undelivered at the front. */
export type PathDelta = {
	hour: number;
	method: string;
	path: string;
	count: number;
	firstSeen: number;
	lastSeen: number;
};

/** Requests recorded for a path (`path` may be `(other)` for a collector's overflow events). */
export function pathDelta(g: Omit<PathDelta, 'hour'>, at: number): PathDelta {
	// Only the delta's own fields: a caller's group may carry more (user agent, country) that
	// would otherwise ride along in every batch and RPC.
	const { method, path, count, firstSeen, lastSeen } = g;
	return { hour: at - (at % HOUR_MS), method, path, count, firstSeen, lastSeen };
}

const deltaKey = (d: PathDelta) => `${d.hour} ${d.method} ${d.path}`;

/**
 * Adds `deltas` into `into` (keyed by hour, method and path) in place: the cost is that of the
 * new deltas, not of what is held. The deltas themselves are left unchanged.
 */
export function addPathDeltas(
	into: Map<string, PathDelta>,
	deltas: Iterable<PathDelta>,
): Map<string, PathDelta> {
	for (const d of deltas) {
		const key = deltaKey(d);
		const prev = into.get(key);
		if (!prev) into.set(key, { ...d });
		else {
			prev.count += d.count;
			prev.firstSeen = Math.min(prev.firstSeen, d.firstSeen);
			prev.lastSeen = Math.max(prev.lastSeen, d.lastSeen);
		}
	}
	return into;
}

/** Deltas of the same (hour, method, path) added up; `a` and `b` are left unchanged. */
export function mergePathDeltas(a: readonly PathDelta[], b: readonly PathDelta[]): PathDelta[] {
	return [...addPathDeltas(addPathDeltas(new Map(), a), b).values()];
}

export type Granularity = 'hour' | 'day';

/** What one shard flush adds to one (bucket, path) row. */
export type PathUpdate = {
	granularity: Granularity;
	bucket: number;
	path: string;
	requests: number;
	errors: number;
	methods: Record<string, number>;
	/** The earliest event of the update: a daily row keeps the minimum (the path's first-seen time). */
	firstSeen: number;
	lastSeen: number;
	/** Client IPs to add to the row's distinct-client sketch. */
	clients: Set<string>;
};

export type PathFold = { updates: Map<string, PathUpdate> };

export function emptyFold(): PathFold {
	return { updates: new Map() };
}

/**
 * Adds deltas to a fold under the names `admit` gives their paths (the shard's cap sends
 * paths past it to `(other)`); `ip` is the reporting client, absent for front failures.
 */
export function foldDeltas(
	fold: PathFold,
	deltas: readonly PathDelta[],
	kind: 'requests' | 'errors',
	ip: string | null,
	admit: (path: string) => string,
): void {
	for (const d of deltas) {
		if (!(d.count > 0) || !Number.isFinite(d.hour)) continue;
		const path = admit(d.path);
		for (const [granularity, bucket] of [
			['hour', d.hour],
			['day', d.hour - (d.hour % DAY_MS)],
		] as const) {
			const key = `${granularity} ${bucket} ${path}`;
			const u = fold.updates.get(key) ?? {
				granularity,
				bucket,
				path,
				requests: 0,
				errors: 0,
				methods: {},
				firstSeen: d.firstSeen,
				lastSeen: 0,
				clients: new Set<string>(),
			};
			u[kind] += d.count;
			if (kind === 'requests') u.methods[d.method] = (u.methods[d.method] ?? 0) + d.count;
			u.firstSeen = Math.min(u.firstSeen, d.firstSeen);
			u.lastSeen = Math.max(u.lastSeen, d.lastSeen);
			if (ip !== null) u.clients.add(ip);
			fold.updates.set(key, u);
		}
	}
}

/** Adds method counts (`b` into a copy of `a`). */
export function addMethods(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
	const out = { ...a };
	for (const [m, n] of Object.entries(b)) out[m] = (out[m] ?? 0) + n;
	return out;
}
