/**
 * New paths across shards, in two reads per shard: each shard names the paths it first saw
 * since `since` (newest first, bounded), then every shard gives its first-seen time and
 * figures for that union of names. A path is new only if no shard saw it before `since`.
 */
import type { NewPath, PathsNewResponse } from '../contract/paths.ts';
import { addMethods } from './path-deltas.ts';

/** Phase 1: paths a shard first saw at or after `since`, newest first. */
export type ShardNewCandidates = { paths: { path: string; firstSeen: number }[]; more: boolean };

/** Phase 2: one shard's first-seen time and figures (within retention) for named paths it knows. */
export type ShardPathSummary = {
	path: string;
	firstSeen: number;
	requests: number;
	methods: Record<string, number>;
};

/** The union of phase-1 names (each shard sent at most `limit + 1`). */
export function candidateNames(partials: readonly ShardNewCandidates[]): string[] {
	return [...new Set(partials.flatMap((p) => p.paths.map((c) => c.path)))].sort();
}

export function mergeNewPaths(
	phase1: readonly ShardNewCandidates[],
	phase2: readonly ShardPathSummary[][],
	req: { since: number; limit: number; now: number },
): PathsNewResponse {
	const byPath = new Map<string, ShardPathSummary>();
	for (const s of phase2.flat()) {
		const m = byPath.get(s.path);
		byPath.set(
			s.path,
			m
				? {
						path: s.path,
						firstSeen: Math.min(m.firstSeen, s.firstSeen),
						requests: m.requests + s.requests,
						methods: addMethods(m.methods, s.methods),
					}
				: { ...s },
		);
	}
	const fresh = [...byPath.values()]
		.filter((p) => p.firstSeen >= req.since)
		.sort((a, b) => b.firstSeen - a.firstSeen || (a.path < b.path ? -1 : 1));
	const items: NewPath[] = fresh.slice(0, req.limit).map((p) => ({
		path: p.path,
		firstSeen: new Date(p.firstSeen).toISOString(),
		requests: p.requests,
		methods: p.methods,
	}));
	return {
		since: new Date(req.since).toISOString(),
		generatedAt: new Date(req.now).toISOString(),
		items,
		truncated: fresh.length > req.limit || phase1.some((p) => p.more),
		shards: phase1.length,
	};
}
