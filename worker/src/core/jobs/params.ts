/**
 * Parameters of each job type, validated once when the job is posted. Defaults are applied
 * here, so the stored params are complete and a re-post with the same id compares equal.
 */
import { z } from 'zod';
import type { JobType } from '../../contract/index.ts';
import { canonicalIp } from '../../contract/ip.ts';
import { UserError } from '../errors.ts';

const int = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * How many items one alarm invocation may take, and how many DO calls run at once. Collector
 * calls are round trips that mostly wait: 32 in flight kept backups about 1.6× as fast as 16 in
 * the jobs bench, 64 no faster (the runtime queues connections beyond its own limit rather than
 * failing them). Concurrency does not change how many subrequests a step makes.
 */
const batching = {
	batchSize: int(1, 400).optional(),
	concurrency: int(1, 64).default(32),
};

/**
 * Replaying the KV fallback journal first: repair does, and cleanup before it purges anything
 * (a purge deletes the event ids a replay is deduplicated against; core/jobs/journal-step.ts).
 */
const journal = {
	replayJournal: z.boolean().default(true),
	/** Journal keys replayed per call of the journal replayer. */
	journalBatch: int(1, 1000).default(200),
};

/** Records per R2 part for datasets written in parts (smaller parts: more objects, less memory). */
const partRecords = int(1, 1000).default(200);

const ipList = z
	.union([z.array(z.string()), z.string().transform((s) => s.split(',').filter((p) => p.trim() !== ''))])
	.pipe(
		z
			.array(
				z
					.string()
					.trim()
					.transform((ip, ctx) => {
						const canonical = canonicalIp(ip);
						if (canonical === null) ctx.addIssue({ code: 'custom', message: `not an IP address: ${ip}` });
						return canonical ?? ip;
					}),
			)
			.min(1)
			.max(10_000),
	);

const datasetId = z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'letters, digits, . _ - only');

export const JOB_PARAM_SCHEMAS = {
	cleanup: z.strictObject({
		/** IPs whose last activity is older than this are archived, verified, then deleted. */
		inactiveDays: int(1, 3650).default(30),
		/** Only count the candidates; change nothing (the journal is not replayed either). */
		dryRun: z.boolean().default(false),
		...journal,
		...batching,
	}),
	compact: z.strictObject({ minRequests: int(0, 1e12).default(1000), ...batching }),
	archive: z.strictObject({ olderThanDays: int(1, 3650).default(90) }),
	optimize: z.strictObject({
		idleMinutes: int(1, 1440).default(10),
		/** Objects idle for longer than this are already evicted: waking them would cost, not save. */
		lookbackMinutes: int(2, 10_080).default(60),
		...batching,
	}),
	repair: z.strictObject({
		...journal,
		...batching,
	}),
	backup: z.strictObject({
		/** Keep this many complete backups (this one included); older ones are deleted. */
		keep: int(1, 1000).default(7),
		/** Also delete complete backups older than this many days (never this one). */
		maxAgeDays: int(1, 3650).optional(),
		partRecords,
		...batching,
	}),
	restore: z
		.strictObject({
			backupId: datasetId.optional(),
			/** A cleanup archive id (from a cleanup job's result) instead of a backup id. */
			archiveId: datasetId.optional(),
			/** Restore only these IPs (array or comma-separated); all IPs in the backup otherwise. */
			ips: ipList.optional(),
			/** Replace collectors that hold data their backup lacks (skipped by default). */
			overwrite: z.boolean().default(false),
			/** Decide and count per IP class; write nothing. */
			dryRun: z.boolean().default(false),
			...batching,
		})
		.refine((p) => (p.backupId === undefined) !== (p.archiveId === undefined), {
			message: 'give exactly one of backupId or archiveId',
		}),
	export: z.strictObject({
		format: z.enum(['json', 'csv']).default('json'),
		/** Write IP addresses as they are; by default each is replaced by a per-export keyed hash. */
		raw: z.boolean().default(false),
		partRecords,
		...batching,
	}),
} as const satisfies Record<JobType, z.ZodType>;

export type JobParamsByType = { [T in JobType]: z.infer<(typeof JOB_PARAM_SCHEMAS)[T]> };
export type CleanupParams = JobParamsByType['cleanup'];
export type CompactParams = JobParamsByType['compact'];
export type ArchiveParams = JobParamsByType['archive'];
export type OptimizeParams = JobParamsByType['optimize'];
export type RepairParams = JobParamsByType['repair'];
export type BackupParams = JobParamsByType['backup'];
export type RestoreParams = JobParamsByType['restore'];
export type ExportParams = JobParamsByType['export'];

/** Validates raw params for `type`; a UserError (400, `bad_params`) lists every problem. */
export function parseJobParams<T extends JobType>(type: T, raw: unknown): JobParamsByType[T] {
	const result = JOB_PARAM_SCHEMAS[type].safeParse(raw ?? {});
	if (!result.success) {
		const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
		const first = issues[0];
		const where = first?.path ? `${first.path}: ` : '';
		throw new UserError(400, 'bad_params', `invalid ${type} params: ${where}${first?.message ?? 'invalid'}`, {
			issues,
		});
	}
	return result.data as JobParamsByType[T];
}
