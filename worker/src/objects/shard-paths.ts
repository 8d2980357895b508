/**
 * A StatsShard's per-path aggregates over its own IPs: hourly rows (48 h, for the 24h window)
 * and daily rows (35 days, for 7d and 30d), each with requests, errors, method mix, the first
 * and latest request and a HyperLogLog sketch of the clients. At most
 * `cap` paths are tracked; events on further paths are counted under `(other)`.
 * One flush writes one row per (bucket, path) it touched, whatever the number of events.
 */
import { z } from 'zod';
import { OTHER_PATH, type PathsTopBy } from '../contract/paths.ts';
import { DAY_MS, HOUR_MS } from '../contract/time.ts';
import { emptyHll, hllAdd, hllDecode, hllEncode, hllEstimate, hllMerge } from '../core/hll.ts';
import { addMethods, type Granularity, type PathFold, type PathUpdate } from '../core/path-deltas.ts';
import type { ShardNewCandidates, ShardPathSummary } from '../core/path-new.ts';
import type { PathWindowSpec, ShardPathFigures, ShardPathsTop } from '../core/path-top.ts';
import type { MeteredSql } from './metered-sql.ts';

export const DEFAULT_PATHS_PER_SHARD = 10_000;
const HOUR_ROWS_MS = 48 * HOUR_MS;
const DAY_ROWS_MS = 35 * DAY_MS;

/** Appended to the shard's migrations (never edit once shipped). */
export const PATH_TABLES: readonly string[] = [
	// first_seen lives on the daily rows (no table of its own, which would cost a row written
	// per new path): a path's first-seen time is the minimum over its daily rows.
	...(['path_hour', 'path_day'] as const).map(
		(t) => `CREATE TABLE ${t} (bucket INTEGER NOT NULL, path TEXT NOT NULL, requests INTEGER NOT NULL,
			errors INTEGER NOT NULL, methods TEXT NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
			sketch BLOB NOT NULL, PRIMARY KEY (bucket, path)) WITHOUT ROWID`,
	),
];

const RowSchema = z.object({
	bucket: z.number(),
	path: z.string(),
	requests: z.number(),
	errors: z.number(),
	methods: z.string(),
	first_seen: z.number(),
	last_seen: z.number(),
	sketch: z.instanceof(ArrayBuffer),
});
type Row = z.infer<typeof RowSchema>;
const MethodsSchema = z.record(z.string(), z.number());
const SumSchema = z.object({ path: z.string(), requests: z.number(), errors: z.number() });

const table = (g: Granularity) => (g === 'hour' ? 'path_hour' : 'path_day');

export class ShardPaths {
	/** Tracked path names, loaded on first use (one scan per wake-up, then kept in step). */
	#known: Set<string> | null = null;
	private readonly sql: MeteredSql;
	private readonly cap: number;

	constructor(sql: MeteredSql, cap = DEFAULT_PATHS_PER_SHARD) {
		this.sql = sql;
		this.cap = cap;
	}

	/** Forgets the loaded names (after a rolled-back write, so memory never runs ahead of storage). */
	invalidate(): void {
		this.#known = null;
	}

	#knownPaths(): Set<string> {
		this.#known ??= new Set(
			this.sql
				.all<{ path: string }>('SELECT DISTINCT path FROM path_day WHERE path != ?', OTHER_PATH)
				.map((r) => r.path),
		);
		return this.#known;
	}

	/** The name events on `path` are counted under: itself while tracked or under the cap, else `(other)`. */
	admitter(): (path: string) => string {
		const admitted = new Set<string>();
		return (path) => {
			// Loaded on the first path only: reports without paths read nothing.
			const known = this.#knownPaths();
			if (path === OTHER_PATH || known.has(path) || admitted.has(path)) return path;
			if (known.size + admitted.size >= this.cap) return OTHER_PATH;
			admitted.add(path);
			return path;
		};
	}

	/** Writes a flush's fold: one row per touched (bucket, path). */
	apply(fold: PathFold): void {
		const known = this.#knownPaths();
		for (const u of fold.updates.values()) {
			this.#applyUpdate(u);
			if (u.path !== OTHER_PATH) known.add(u.path);
		}
	}

	#applyUpdate(u: PathUpdate): void {
		const t = table(u.granularity);
		const prev = this.#rows(`SELECT * FROM ${t} WHERE bucket = ? AND path = ?`, u.bucket, u.path)[0];
		const sketch = prev ? hllDecode(new Uint8Array(prev.sketch)) : emptyHll();
		for (const ip of u.clients) hllAdd(sketch, ip);
		this.sql.run(
			`INSERT OR REPLACE INTO ${t} (bucket, path, requests, errors, methods, first_seen, last_seen, sketch)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			u.bucket,
			u.path,
			(prev?.requests ?? 0) + u.requests,
			(prev?.errors ?? 0) + u.errors,
			JSON.stringify(addMethods(prev ? MethodsSchema.parse(JSON.parse(prev.methods)) : {}, u.methods)),
			Math.min(prev?.first_seen ?? u.firstSeen, u.firstSeen),
			Math.max(prev?.last_seen ?? 0, u.lastSeen),
			new Uint8Array(hllEncode(sketch)).buffer,
		);
	}

	#rows(query: string, ...args: (string | number)[]): Row[] {
		return this.sql.all(query, ...args).map((r) => RowSchema.parse(r));
	}

	/** This shard's best `max` paths by `by` in the window, their figures, and a bound on the rest. */
	top(spec: PathWindowSpec, by: PathsTopBy, max: number): ShardPathsTop {
		const t = table(spec.granularity);
		const sums = this.sql
			.all(
				`SELECT path, SUM(requests) AS requests, SUM(errors) AS errors FROM ${t}
					WHERE bucket >= ? AND bucket < ? GROUP BY path`,
				spec.start,
				windowEnd(spec),
			)
			.map((r) => SumSchema.parse(r));
		const otherSum = sums.find((s) => s.path === OTHER_PATH);
		const other = { requests: otherSum?.requests ?? 0, errors: otherSum?.errors ?? 0 };
		const named = sums.filter((s) => s.path !== OTHER_PATH);
		// Clients need every path's sketch; requests and errors rank on the sums, so only the
		// best `max + 1` (the last one gives the bound) are read in full.
		const only =
			by === 'clients'
				? null
				: new Set(
						named
							.sort((a, b) => b[by] - a[by] || (a.path < b.path ? -1 : 1))
							.slice(0, max + 1)
							.map((s) => s.path),
					);
		const ranked = this.#figures(t, spec, only, by).sort(
			(a, b) => b.value - a.value || (a.f.path < b.f.path ? -1 : 1),
		);
		return {
			candidates: ranked.slice(0, max).map((r) => r.f),
			truncated: named.length > max,
			bound: ranked[max]?.value ?? 0,
			other,
		};
	}

	/** Figures of the named paths (every path when `only` is null) over the window, valued by `by`. */
	#figures(
		t: string,
		spec: PathWindowSpec,
		only: Set<string> | null,
		by: PathsTopBy,
	): { f: ShardPathFigures; value: number }[] {
		const rows = this.#rows(
			`SELECT * FROM ${t} WHERE bucket >= ? AND bucket < ?`,
			spec.start,
			windowEnd(spec),
		);
		const acc = new Map<string, { f: ShardPathFigures; hll: Uint8Array }>();
		for (const r of rows) {
			if (r.path === OTHER_PATH || (only && !only.has(r.path))) continue;
			const a = acc.get(r.path) ?? { f: emptyFigures(r.path, spec.steps), hll: emptyHll() };
			a.f.requests += r.requests;
			a.f.errors += r.errors;
			a.f.methods = addMethods(a.f.methods, MethodsSchema.parse(JSON.parse(r.methods)));
			a.f.lastSeen = Math.max(a.f.lastSeen, r.last_seen);
			const step = Math.floor((r.bucket - spec.start) / spec.stepMs);
			a.f.trend[step] = (a.f.trend[step] ?? 0) + r.requests;
			hllMerge(a.hll, hllDecode(new Uint8Array(r.sketch)));
			acc.set(r.path, a);
		}
		const first = this.#firstSeen([...acc.keys()]);
		return [...acc.values()].map(({ f, hll }) => {
			const value = by === 'clients' ? hllEstimate(hll) : f[by];
			return { f: { ...f, firstSeen: first.get(f.path) ?? f.lastSeen, sketch: hllEncode(hll) }, value };
		});
	}

	/** First-seen times (the minimum over each path's daily rows) of the named paths this shard holds. */
	#firstSeen(paths: readonly string[]): Map<string, number> {
		const wanted = new Set(paths);
		const out = new Map<string, number>();
		// One scan grouped by path (the table is keyed by bucket first); bounded by cap × 35 days.
		const rows = this.sql.all<{ path: string; first_seen: number }>(
			'SELECT path, MIN(first_seen) AS first_seen FROM path_day GROUP BY path',
		);
		for (const r of rows) if (wanted.has(r.path)) out.set(r.path, r.first_seen);
		return out;
	}

	/** Phase 1 of new paths: those this shard first saw at or after `since`, newest first. */
	newCandidates(since: number, limit: number): ShardNewCandidates {
		const rows = this.sql.all<{ path: string; first_seen: number }>(
			`SELECT path, MIN(first_seen) AS first_seen FROM path_day WHERE path != ? GROUP BY path
				HAVING MIN(first_seen) >= ? ORDER BY first_seen DESC, path LIMIT ?`,
			OTHER_PATH,
			since,
			limit + 1,
		);
		return {
			paths: rows.slice(0, limit).map((r) => ({ path: r.path, firstSeen: r.first_seen })),
			more: rows.length > limit,
		};
	}

	/** Phase 2 of new paths: first-seen time, requests and methods (daily rows kept) of the named paths this shard knows. */
	summaries(paths: readonly string[], since: number): ShardPathSummary[] {
		const first = this.#firstSeen(paths);
		const out = new Map<string, ShardPathSummary>();
		for (const [path, firstSeen] of first) out.set(path, { path, firstSeen, requests: 0, methods: {} });
		// One range scan from the day of `since`: a path first seen before it is not new anyway,
		// so its older rows do not matter.
		const rows = this.sql.all<{ path: string; requests: number; methods: string }>(
			'SELECT path, requests, methods FROM path_day WHERE bucket >= ?',
			since - (since % DAY_MS),
		);
		for (const r of rows) {
			const s = out.get(r.path);
			if (!s) continue;
			s.requests += r.requests;
			s.methods = addMethods(s.methods, MethodsSchema.parse(JSON.parse(r.methods)));
		}
		return [...out.values()];
	}

	/** Deletes rows past retention; a path with no daily row left is forgotten (and may be new again). */
	prune(now: number): void {
		this.sql.run('DELETE FROM path_hour WHERE bucket < ?', now - HOUR_ROWS_MS);
		const gone = this.sql.all('DELETE FROM path_day WHERE bucket < ? RETURNING path', now - DAY_ROWS_MS);
		if (gone.length > 0) this.#known = null;
	}
}

const windowEnd = (spec: PathWindowSpec) => spec.start + spec.steps * spec.stepMs;

function emptyFigures(path: string, steps: number): ShardPathFigures {
	const trend: number[] = Array.from({ length: steps }, () => 0);
	return {
		path,
		requests: 0,
		errors: 0,
		methods: {},
		firstSeen: 0,
		lastSeen: 0,
		trend,
		sketch: new Uint8Array(),
	};
}
