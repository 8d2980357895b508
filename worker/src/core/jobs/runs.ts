/**
 * Which jobs may run side by side, and how a run is summarised for the snapshot. Pure: the
 * JobRunner's registry role (objects/job-registry.ts) stores claims and runs and applies these.
 */
import type { JobRun, JobType } from '../../contract/jobs.ts';
import type { JobResult } from './definition.ts';
import type { JobRecord } from './state.ts';

/**
 * Jobs that change collectors, shards or R2 datasets others rely on (retention deletes backups).
 * Two of them at once could purge what a restore just wrote, back up half a restore, or delete
 * the backup a restore reads; export and optimize only read and flush, so they run beside anything.
 */
const EXCLUSIVE: ReadonlySet<JobType> = new Set([
	'cleanup',
	'compact',
	'archive',
	'repair',
	'backup',
	'restore',
]);

/** Whether a job of this type can conflict with another at all (else it needs no claim). */
export const isExclusive = (t: JobType): boolean => EXCLUSIVE.has(t);

/** True when a job of type `a` must not start while one of type `b` runs. */
export function conflicts(a: JobType, b: JobType): boolean {
	return isExclusive(a) && isExclusive(b);
}

/** The result fields a run summary keeps per type: states and counts, never an address. */
const SUMMARY_KEYS: Record<JobType, readonly string[]> = {
	cleanup: ['cleaned', 'changedSinceArchive', 'archiveId'],
	compact: ['compacted', 'pathsBefore', 'pathsAfter'],
	archive: ['archivedRows', 'prunedRows'],
	optimize: ['flushed', 'nothingPending'],
	repair: ['consistent', 'inconsistent', 'journalEvents', 'journalLeftForLater'],
	backup: ['backup', 'verified', 'backedUp', 'retention', 'backupId'],
	restore: ['restored', 'skippedNewer', 'overwritten', 'unchanged', 'dryRun'],
	export: ['exportedIps', 'anonymised'],
};
const COMMON_KEYS = ['itemErrors', 'failedSteps'] as const;

type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar =>
	v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** The snapshot's view of one run. */
export function jobRunOf(rec: JobRecord, result: JobResult | null): JobRun {
	const summary: Record<string, Scalar> = {};
	for (const key of [...SUMMARY_KEYS[rec.type], ...COMMON_KEYS]) {
		const value = result?.[key];
		if (value !== undefined && isScalar(value)) summary[key] = value;
	}
	return {
		id: rec.id,
		type: rec.type,
		state: rec.state,
		startedAt: new Date(rec.createdAt).toISOString(),
		finishedAt: rec.finishedAt === null ? null : new Date(rec.finishedAt).toISOString(),
		durationMs: rec.finishedAt === null ? null : rec.finishedAt - rec.createdAt,
		errorCode: rec.error?.code ?? null,
		summary,
	};
}
