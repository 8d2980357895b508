/**
 * Maintenance jobs in the wire contract: their types and states, and the last run of each type
 * as the snapshot carries it (for the monitor's "job failed / overdue" rules and the dashboard).
 */
import { z } from 'zod';

export const JOB_TYPES = [
	'cleanup',
	'compact',
	'archive',
	'optimize',
	'repair',
	'backup',
	'restore',
	'export',
] as const;
export const JobTypeSchema = z.enum(JOB_TYPES);
export type JobType = z.infer<typeof JobTypeSchema>;

export const JobStateSchema = z.enum(['queued', 'running', 'succeeded', 'failed']);
export type JobState = z.infer<typeof JobStateSchema>;

const isoTime = z.iso.datetime({ offset: true });

/**
 * The latest run of one job type. `summary` holds a few scalar result fields chosen per type
 * (e.g. a backup's `backup` state and `verified`, repair's `inconsistent` findings), never an IP.
 */
export const JobRunSchema = z.object({
	id: z.string(),
	type: JobTypeSchema,
	state: JobStateSchema,
	startedAt: isoTime,
	finishedAt: isoTime.nullable(),
	/** Null while the job runs. */
	durationMs: z.number().int().nonnegative().nullable(),
	/** The job's stored error code, when it has one. */
	errorCode: z.string().nullable(),
	summary: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type JobRun = z.infer<typeof JobRunSchema>;
