/**
 * Paths across all clients: `GET /api/admin/paths/top` and `GET /api/admin/paths/new`. Each
 * StatsShard keeps per-path aggregates of its own IPs (fed by the batched collector reports);
 * the Worker merges one answer per shard, whatever the number of IPs.
 *
 * - `requests` are exact counts of recorded events (a journaled event counts once replayed).
 * - `clients` is an estimate: HyperLogLog sketches (2^12 registers) merged across shards and
 *   days, standard error `CLIENTS_STANDARD_ERROR` (about 95% of estimates lie within twice it).
 * - `errors` are events of the path that the front Worker could not hand to their collector
 *   at the first attempt (Durable Object error, timeout, or breaker open: journaled and
 *   replayed later). Events carry no response status, so nothing else is measurable per path.
 */
import { z } from 'zod';

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();

/** HyperLogLog with 4096 registers: 1.04 / √4096. */
export const CLIENTS_STANDARD_ERROR = 0.01625;

/**
 * The largest `limit` either route accepts. Bounds a top read's payload: each shard sends
 * 2·limit + 20 candidates with a client sketch of up to 4 KB.
 */
export const MAX_PATHS_LIMIT = 200;

/** The bucket that counts requests to paths a shard no longer tracks (its path cap was reached). */
export const OTHER_PATH = '(other)';

/** The same windows as `GET /api/admin/timeseries` (kept here: index.ts re-exports this module). */
export const PathsWindowSchema = z.enum(['24h', '7d', '30d']);
export type PathsWindow = z.infer<typeof PathsWindowSchema>;

export const PathsTopBySchema = z.enum(['requests', 'clients', 'errors']);
export type PathsTopBy = z.infer<typeof PathsTopBySchema>;

export const PathsTopQuerySchema = z.object({
	by: PathsTopBySchema.default('requests'),
	window: PathsWindowSchema.default('24h'),
	limit: z.coerce.number().int().min(1).max(MAX_PATHS_LIMIT).default(20),
});
export type PathsTopQuery = z.infer<typeof PathsTopQuerySchema>;

/** Requests per method (`GET`, `POST`, …) within the window. */
export const MethodMixSchema = z.record(z.string(), count);

export const TopPathSchema = z.object({
	/** A normalised path template (query strings stripped, ID-like segments templated). Untrusted text. */
	path: z.string(),
	requests: count,
	/** Distinct client IPs in the window, estimated (see `CLIENTS_STANDARD_ERROR`). */
	clients: count,
	errors: count,
	/** errors ÷ requests in the window; null when there were no requests. */
	errorRate: z.number().min(0).nullable(),
	methods: MethodMixSchema,
	/** When any shard first saw the path (not limited to the window; within the 35 days daily path rows are kept). */
	firstSeen: isoTime,
	/** The latest request to the path in the window. */
	lastSeen: isoTime,
	/** Requests per step over the window, oldest first (same steps as the response's `trend`). */
	trend: z.array(count),
});
export type TopPath = z.infer<typeof TopPathSchema>;

export const PathsTopResponseSchema = z.object({
	by: PathsTopBySchema,
	window: PathsWindowSchema,
	generatedAt: isoTime,
	/** The window: `trend[i]` covers `[start + i·stepSeconds, start + (i+1)·stepSeconds)`. */
	trend: z.object({ start: isoTime, stepSeconds: count, steps: count }),
	items: z.array(TopPathSchema),
	/**
	 * True when the ranking is provably the exact top by `by` (each shard sends its top
	 * candidates with a bound on what it left out). For `clients` the values are estimates
	 * either way, and the ranking is exact relative to them only if every shard sent everything.
	 */
	exact: z.boolean(),
	/** Requests and errors counted into the `(other)` bucket (paths past a shard's path cap) in the window. */
	other: z.object({ requests: count, errors: count }),
	clientsStandardError: z.number().positive(),
	shards: count,
});
export type PathsTopResponse = z.infer<typeof PathsTopResponseSchema>;

/** How far back `since` may go: first-seen times are known while a path has daily rows (35 days). */
export const MAX_NEW_PATHS_AGE_DAYS = 30;

export const PathsNewQuerySchema = z.object({
	/** At most `MAX_NEW_PATHS_AGE_DAYS` ago (checked by the Worker against its clock: 400 otherwise). */
	since: isoTime,
	limit: z.coerce.number().int().min(1).max(MAX_PATHS_LIMIT).default(100),
});
export type PathsNewQuery = z.infer<typeof PathsNewQuerySchema>;

export const NewPathSchema = z.object({
	path: z.string(),
	/** The earliest first-seen time over all shards (always ≥ the query's `since`). */
	firstSeen: isoTime,
	/** Requests since first seen (daily path rows are kept 35 days). */
	requests: count,
	methods: MethodMixSchema,
});
export type NewPath = z.infer<typeof NewPathSchema>;

export const PathsNewResponseSchema = z.object({
	since: isoTime,
	generatedAt: isoTime,
	/** Newest first. */
	items: z.array(NewPathSchema),
	/** True when more paths than `limit` are new: the oldest of them were left out. */
	truncated: z.boolean(),
	shards: count,
});
export type PathsNewResponse = z.infer<typeof PathsNewResponseSchema>;
