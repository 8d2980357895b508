/**
 * The collector's public HTTP contract: one zod schema per payload, imported by the Worker
 * (to produce it) and by the action, CLI and dashboard (to validate what they read).
 * Timestamps are ISO 8601 strings in UTC; durations are milliseconds unless the name says otherwise.
 */
import { z } from 'zod';
import { MonitorHeartbeatSchema } from './heartbeat.ts';
import { JobRunSchema, JobStateSchema, JobTypeSchema } from './jobs.ts';
import { RefusalsSchema } from './refusals.ts';

export {
	JOB_TYPES,
	type JobRun,
	JobRunSchema,
	type JobState,
	JobStateSchema,
	type JobType,
	JobTypeSchema,
} from './jobs.ts';

export {
	CLIENTS_STANDARD_ERROR,
	MAX_NEW_PATHS_AGE_DAYS,
	MAX_PATHS_LIMIT,
	type NewPath,
	NewPathSchema,
	OTHER_PATH,
	type PathsNewQuery,
	PathsNewQuerySchema,
	type PathsNewResponse,
	PathsNewResponseSchema,
	type PathsTopBy,
	PathsTopBySchema,
	type PathsTopQuery,
	PathsTopQuerySchema,
	type PathsTopResponse,
	PathsTopResponseSchema,
	type PathsWindow,
	PathsWindowSchema,
	type TopPath,
	TopPathSchema,
} from './paths.ts';

export const SCHEMA_VERSION = 1;

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();
const ratio = z.number().min(0);

/** `{ error: { code, message, details? } }`: every non-2xx JSON response. */
export const ErrorBodySchema = z.object({
	error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() });
export const ReadinessSchema = z.object({
	status: z.enum(['ready', 'unavailable']),
	checks: z.record(
		z.string(),
		z.object({ ok: z.boolean(), latencyMs: z.number(), error: z.string().optional() }),
	),
});

export const RecordAcceptedSchema = z.object({
	/** Events acknowledged: each is stored exactly once, directly or through the journal. */
	accepted: count,
	/** Of those, events whose id had already been recorded (not counted twice). */
	duplicates: count,
	/** Of those, events written to the fallback journal instead of their Durable Object. */
	journaled: count,
});
export type RecordAccepted = z.infer<typeof RecordAcceptedSchema>;

export const BreakerStateSchema = z.enum(['closed', 'open', 'half-open']);
export type BreakerState = z.infer<typeof BreakerStateSchema>;

/** Cost-model inputs for one UTC day, measured by the collector itself. */
export const UsageDaySchema = z.object({
	date: z.iso.date(),
	workerRequests: count,
	doRequests: count,
	/** DO requests by purpose: recording traffic, collector→shard reports, admin reads, jobs. */
	doRequestsByKind: z.object({ record: count, report: count, admin: count, job: count }),
	rowsRead: count,
	rowsWritten: count,
	/** Stored bytes at the end of the day (or now, for today). */
	storedBytes: count,
	/** Estimated wall-clock seconds Durable Objects were active (billed duration). */
	activeSeconds: z.number().nonnegative(),
	/** The largest active time of any single Durable Object that day. */
	maxActiveSecondsPerObject: z.number().nonnegative(),
	/** activeSeconds × 128 MB, in GB-seconds. */
	activeGbSeconds: z.number().nonnegative(),
	kvReads: count,
	kvWrites: count,
	r2ClassA: count,
	r2ClassB: count,
});
export type UsageDay = z.infer<typeof UsageDaySchema>;

export const UsageResponseSchema = z.object({ days: z.array(UsageDaySchema) });
export type UsageResponse = z.infer<typeof UsageResponseSchema>;

export const TopIpSchema = z.object({
	ip: z.string(),
	requests: count,
	paths: count,
	storageBytes: count,
	firstSeen: isoTime,
	lastActivity: isoTime,
});
export type TopIp = z.infer<typeof TopIpSchema>;

const nullableMs = z.number().nonnegative().nullable();

/** `GET /api/admin/snapshot`: everything the monitor needs in one call (one DO call per shard). */
export const SnapshotSchema = z.object({
	schemaVersion: z.literal(SCHEMA_VERSION),
	version: z.string(),
	generatedAt: isoTime,
	shards: count,
	summary: z.object({
		totalIps: count,
		/** IPs with activity within `activeWindowSeconds`. */
		activeIps: count,
		idleIps: count,
		activeWindowSeconds: count,
	}),
	/**
	 * Measured at the front Worker over the last `windowSeconds` (null where no traffic), over
	 * requests that passed authentication and validation: refused ones are in `refusals`.
	 */
	performance: z.object({
		windowSeconds: count,
		requests: count,
		avgMs: nullableMs,
		p50Ms: nullableMs,
		p95Ms: nullableMs,
		p99Ms: nullableMs,
		errorRate: ratio.nullable(),
		timeoutRate: ratio.nullable(),
		fallbackRate: ratio.nullable(),
		throughputPerSecond: z.number().nonnegative(),
		errorsByReason: z.record(z.string(), count),
	}),
	resources: z.object({ totalPaths: count, avgPathsPerIp: z.number().nonnegative(), storageBytes: count }),
	usage: z.object({
		today: UsageDaySchema,
		monthToDate: UsageDaySchema.omit({ date: true }).extend({ month: z.string() }),
	}),
	business: z.object({
		requestsToday: count,
		requestsPreviousDay: count,
		newIpsToday: count,
		newPathsToday: count,
		/** (today so far − same span yesterday) ÷ same span yesterday; null without a baseline. */
		growthRate: z.number().nullable(),
	}),
	topIps: z.array(TopIpSchema),
	breaker: z.object({ state: BreakerStateSchema, since: isoTime.nullable(), recentFailures: count }),
	journal: z.object({
		/** Events waiting for replay (a lower bound when `complete` is false). */
		backlog: count,
		oldestAt: isoTime.nullable(),
		/** Age of the oldest waiting event, 0 when the journal is empty. */
		oldestAgeSeconds: z.number().nonnegative().optional(),
		/** Journal entries (one per IP group of a request) listed. */
		entries: count.optional(),
		/** False when the bounded listing stopped before the end of the journal. */
		complete: z.boolean().optional(),
	}),
	/** `POST /record` requests refused over the performance window (never in `performance`). */
	refusals: RefusalsSchema.optional(),
	/** The last run of each job type (absent from collectors older than this field). */
	jobs: z.array(JobRunSchema).optional(),
	/** True when INGEST_TOKEN is unset: anyone with the URL can record events. */
	ingestOpen: z.boolean().optional(),
	/** Monitoring overhead: report DO requests ÷ record DO requests, today. */
	overhead: z.object({ reportRequests: count, recordRequests: count, ratio: ratio.nullable() }),
	lastScrapeAt: isoTime.nullable(),
	/** The monitor's last heartbeat: what the dead-man watchdog goes by (null before the first). */
	monitorHeartbeat: MonitorHeartbeatSchema.nullable().default(null),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const TimeseriesWindowSchema = z.enum(['24h', '7d', '30d']);
export type TimeseriesWindow = z.infer<typeof TimeseriesWindowSchema>;

/** Series keys in `GET /api/admin/timeseries`; every array has one slot per step. */
export const SERIES_KEYS = [
	/** `POST /record` requests the front Worker served (the denominator of the error rate; refusals excluded). */
	'requests',
	/** Requests that met a server-side failure (client errors such as 400 are not counted). */
	'errors',
	'timeouts',
	/** Requests that sent at least one event to the fallback journal. */
	'fallbacks',
	'avgMs',
	'p50Ms',
	'p95Ms',
	'p99Ms',
	'doRequests',
	'reportRequests',
	'rowsRead',
	'rowsWritten',
	'activeIps',
	/** Events recorded by the collectors (exact counts). */
	'records',
] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** `null` marks a bucket with no data, never 0. */
export const TimeseriesSchema = z.object({
	window: TimeseriesWindowSchema,
	start: isoTime,
	stepSeconds: count,
	series: z
		.object(
			Object.fromEntries(SERIES_KEYS.map((k) => [k, z.array(z.number().nullable())])) as Record<
				SeriesKey,
				z.ZodArray<z.ZodNullable<z.ZodNumber>>
			>,
		)
		.extend({
			/** `POST /record` requests refused (401, 400, 413, 415); optional: older collectors lack it. */
			refused: z.array(z.number().nullable()).optional(),
			/** Clients first seen in the bucket; optional: older Workers lack it. */
			newIps: z.array(z.number().nullable()).optional(),
			/** Paths first seen by their client in the bucket; optional: older Workers lack it. */
			newPaths: z.array(z.number().nullable()).optional(),
		}),
});
export type Timeseries = z.infer<typeof TimeseriesSchema>;

export const TopResponseSchema = z.object({
	by: z.enum(['requests', 'paths', 'storage', 'recent']),
	items: z.array(TopIpSchema),
});
export type TopResponse = z.infer<typeof TopResponseSchema>;

export const PathStatSchema = z.object({
	path: z.string(),
	method: z.string(),
	count: count,
	firstSeen: isoTime,
	lastSeen: isoTime,
	lastUserAgent: z.string().nullable(),
	country: z.string().nullable(),
});
export type PathStat = z.infer<typeof PathStatSchema>;

export const IpStatsSchema = z.object({
	ip: z.string(),
	totalRequests: count,
	pathCount: count,
	overflowRequests: count,
	firstSeen: isoTime.nullable(),
	lastActivity: isoTime.nullable(),
	storageBytes: count,
});
export type IpStats = z.infer<typeof IpStatsSchema>;

/**
 * One UTC day of a client: its requests (as its collector counted them), and what the front
 * Worker measured of its calls to that collector — `calls`, `errors` (the client's events that
 * did not reach the collector at the first attempt: DO error, timeout or breaker open, then
 * journaled and replayed) and the calls' mean and slowest latency in ms (null without calls).
 * The call fields are absent from older Workers.
 */
export const IpDaySchema = z.object({
	day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	requests: count,
	calls: count.optional(),
	errors: count.optional(),
	latencyMeanMs: z.number().nonnegative().nullable().optional(),
	latencyMaxMs: z.number().nonnegative().nullable().optional(),
});
export type IpDay = z.infer<typeof IpDaySchema>;

/** Days of the client trend in `GET /api/admin/ips/:ip`. */
export const IP_DAILY_DAYS = 30;

export const IpDetailSchema = z.object({
	stats: IpStatsSchema,
	paths: z.object({ items: z.array(PathStatSchema), nextCursor: z.string().nullable() }),
	/**
	 * Requests per UTC day over the last `IP_DAILY_DAYS` days, oldest first; days without
	 * requests are omitted (a reader fills them with zero). Absent from older Workers.
	 */
	daily: z.array(IpDaySchema).optional(),
});
export type IpDetail = z.infer<typeof IpDetailSchema>;

export const JobRequestSchema = z.object({
	type: JobTypeSchema,
	/** Optional caller-chosen id: posting the same id again returns the same job. */
	id: z
		.string()
		.regex(/^[A-Za-z0-9._-]{1,64}$/)
		.optional(),
	params: z.record(z.string(), z.unknown()).default({}),
});
export type JobRequest = z.infer<typeof JobRequestSchema>;

/** `POST /api/admin/jobs` → 202: the job under `id` (new, already there, or resumed after failing). */
export const JobAcceptedSchema = z.object({
	id: z.string(),
	state: z.enum(['queued', 'running', 'succeeded', 'failed']),
	created: z.boolean(),
	resumed: z.boolean(),
});
export type JobAccepted = z.infer<typeof JobAcceptedSchema>;

export const JobStatusSchema = z.object({
	id: z.string(),
	type: JobTypeSchema,
	state: JobStateSchema,
	progress: z.object({
		done: count,
		total: count.nullable(),
		percent: z.number().min(0).max(100).nullable(),
		/** The step the job is in (e.g. `plan`, `process`, `verify`); added for progress display. */
		phase: z.string().optional(),
	}),
	createdAt: isoTime,
	updatedAt: isoTime,
	finishedAt: isoTime.nullable(),
	result: z.record(z.string(), z.unknown()).nullable(),
	error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type JobStatus = z.infer<typeof JobStatusSchema>;
