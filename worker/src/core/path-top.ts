/**
 * Paths across shards: the window a paths read covers, what each shard answers, and the merge
 * into one top list. A shard holds partial aggregates (a path is called by IPs of many shards),
 * so it sends its best candidates with their per-shard figures and client sketches, plus a
 * bound on every path it left out; the merge sums figures, unions sketches and proves the
 * ranking exact when the bounds allow it.
 */
import {
	CLIENTS_STANDARD_ERROR,
	type PathsTopBy,
	type PathsTopResponse,
	type PathsWindow,
	type TopPath,
} from '../contract/paths.ts';
import { DAY_MS, HOUR_MS } from '../contract/time.ts';
import { emptyHll, hllDecode, hllEstimate, hllMerge } from './hll.ts';
import { addMethods, type Granularity } from './path-deltas.ts';

export type PathWindowSpec = { granularity: Granularity; start: number; stepMs: number; steps: number };

/** 24h: the last 24 UTC hours (this one included); 7d and 30d: the last 7 or 30 UTC days. */
export function pathWindow(window: PathsWindow, now: number): PathWindowSpec {
	if (window === '24h')
		return { granularity: 'hour', start: now - (now % HOUR_MS) - 23 * HOUR_MS, stepMs: HOUR_MS, steps: 24 };
	const steps = window === '7d' ? 7 : 30;
	return { granularity: 'day', start: now - (now % DAY_MS) - (steps - 1) * DAY_MS, stepMs: DAY_MS, steps };
}

/** One shard's figures for one path over the window. */
export type ShardPathFigures = {
	path: string;
	requests: number;
	errors: number;
	methods: Record<string, number>;
	firstSeen: number;
	lastSeen: number;
	trend: number[];
	/** The window's client sketch (`hllEncode`). */
	sketch: Uint8Array;
};

/** A shard's answer to a top-paths read. */
export type ShardPathsTop = {
	candidates: ShardPathFigures[];
	/** Whether the shard left paths out. */
	truncated: boolean;
	/** The largest `by` value among the paths left out (0 when none). */
	bound: number;
	other: { requests: number; errors: number };
};

/** How many candidates a shard sends for a top-`limit` read: enough slack that the bounds usually prove the ranking. */
export function candidatesFor(limit: number): number {
	return 2 * limit + 20;
}

type Merged = Omit<ShardPathFigures, 'sketch'> & { clients: number; shards: Set<number> };

function metricOf(m: Pick<Merged, 'requests' | 'errors' | 'clients'>, by: PathsTopBy): number {
	return by === 'requests' ? m.requests : by === 'errors' ? m.errors : m.clients;
}

function mergeFigures(partials: readonly ShardPathsTop[]): Merged[] {
	const byPath = new Map<string, { m: Merged; sketches: Uint8Array[] }>();
	partials.forEach((p, shard) => {
		for (const { sketch, ...c } of p.candidates) {
			const seen = byPath.get(c.path);
			if (!seen) {
				byPath.set(c.path, {
					m: { ...c, trend: [...c.trend], clients: 0, shards: new Set([shard]) },
					sketches: [sketch],
				});
				continue;
			}
			const m = seen.m;
			m.requests += c.requests;
			m.errors += c.errors;
			m.methods = addMethods(m.methods, c.methods);
			m.firstSeen = Math.min(m.firstSeen, c.firstSeen);
			m.lastSeen = Math.max(m.lastSeen, c.lastSeen);
			m.trend = m.trend.map((n, i) => n + (c.trend[i] ?? 0));
			m.shards.add(shard);
			seen.sketches.push(sketch);
		}
	});
	// One decoded sketch at a time: the payload holds them encoded (sparse while small).
	return [...byPath.values()].map(({ m, sketches }) => {
		const union = emptyHll();
		for (const s of sketches) hllMerge(union, hllDecode(s));
		return { ...m, clients: hllEstimate(union) };
	});
}

/**
 * Whether the first `limit` of `ranked` are provably the top by `by` with complete figures:
 * a path a truncated shard left out may hold up to that shard's bound there.
 */
function provenExact(
	ranked: Merged[],
	partials: readonly ShardPathsTop[],
	by: PathsTopBy,
	limit: number,
): boolean {
	const truncated = partials.flatMap((p, i) => (p.truncated ? [i] : []));
	if (truncated.length === 0) return true;
	if (by === 'clients') return false;
	const missing = (m: Merged) =>
		truncated.reduce((n, i) => n + (m.shards.has(i) ? 0 : (partials[i]?.bound ?? 0)), 0);
	const top = ranked.slice(0, limit);
	if (top.some((m) => missing(m) > 0)) return false;
	const cutoff = top.length < limit ? 0 : metricOf(top.at(-1) ?? { requests: 0, errors: 0, clients: 0 }, by);
	const unseen = truncated.reduce((n, i) => n + (partials[i]?.bound ?? 0), 0);
	const rest = ranked.slice(limit).map((m) => metricOf(m, by) + missing(m));
	return Math.max(unseen, ...rest) <= cutoff;
}

export function mergePathsTop(
	partials: readonly ShardPathsTop[],
	req: { by: PathsTopBy; window: PathsWindow; limit: number; now: number },
): PathsTopResponse {
	const spec = pathWindow(req.window, req.now);
	const ranked = mergeFigures(partials).sort(
		(a, b) => metricOf(b, req.by) - metricOf(a, req.by) || (a.path < b.path ? -1 : 1),
	);
	const items: TopPath[] = ranked.slice(0, req.limit).map((m) => ({
		path: m.path,
		requests: m.requests,
		clients: m.clients,
		errors: m.errors,
		errorRate: m.requests > 0 ? m.errors / m.requests : null,
		methods: m.methods,
		firstSeen: new Date(m.firstSeen).toISOString(),
		lastSeen: new Date(m.lastSeen).toISOString(),
		trend: m.trend,
	}));
	return {
		by: req.by,
		window: req.window,
		generatedAt: new Date(req.now).toISOString(),
		trend: { start: new Date(spec.start).toISOString(), stepSeconds: spec.stepMs / 1000, steps: spec.steps },
		items,
		exact: provenExact(ranked, partials, req.by, req.limit),
		other: {
			requests: partials.reduce((n, p) => n + p.other.requests, 0),
			errors: partials.reduce((n, p) => n + p.other.errors, 0),
		},
		clientsStandardError: CLIENTS_STANDARD_ERROR,
		shards: partials.length,
	};
}
