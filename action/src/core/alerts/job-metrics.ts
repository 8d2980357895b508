/**
 * Maintenance job health from the snapshot's last run per job type: how many failed, and how
 * many have not started within their schedule. The expected intervals mirror the shipped
 * maintenance workflow (.github/workflows/maintenance.yml); the alert thresholds are in config.
 */
import type { Snapshot } from '../../../../worker/src/contract/index.ts';
import type { JobType } from '../../../../worker/src/contract/jobs.ts';
import { DAY_MS } from '../../../../worker/src/contract/time.ts';

/** The scheduled jobs and their interval: daily backup, cleanup and repair, weekly compact, monthly archive. */
export const JOB_INTERVAL_MS: Partial<Record<JobType, number>> = {
	backup: DAY_MS,
	cleanup: DAY_MS,
	repair: DAY_MS,
	compact: 7 * DAY_MS,
	archive: 31 * DAY_MS,
};
/** A run may start this late (GitHub's scheduler delays, a long previous job) before it is overdue. */
export const JOB_OVERDUE_GRACE = 1.5;
const GRACE = JOB_OVERDUE_GRACE;

/** Job types whose last run failed; null when the collector does not report jobs. */
export function jobsFailed(snapshot: Snapshot): number | null {
	if (!snapshot.jobs) return null;
	return snapshot.jobs.filter((j) => j.state === 'failed').length;
}

/**
 * Scheduled job types whose last run started more than 1.5 intervals before the snapshot. A
 * type that never ran is not counted (a fresh deployment has no history); null when the
 * collector does not report jobs.
 */
export function jobsOverdue(snapshot: Snapshot): number | null {
	if (!snapshot.jobs) return null;
	const at = Date.parse(snapshot.generatedAt);
	return snapshot.jobs.filter((j) => {
		const interval = JOB_INTERVAL_MS[j.type];
		return interval !== undefined && at - Date.parse(j.startedAt) > GRACE * interval;
	}).length;
}
