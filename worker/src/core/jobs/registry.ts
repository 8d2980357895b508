/** Every job type's definition, looked up by the JobRunner. */
import type { JobType } from '../../contract/index.ts';
import { archiveJob } from './archive.ts';
import { backupJob } from './backup.ts';
import { cleanupJob } from './cleanup.ts';
import { compactJob } from './compact.ts';
import type { JobDefinition } from './definition.ts';
import { exportJob } from './export.ts';
import { optimizeJob } from './optimize.ts';
import type { JobParamsByType } from './params.ts';
import { repairJob } from './repair.ts';
import { restoreJob } from './restore.ts';

export const JOB_DEFINITIONS: { [T in JobType]: JobDefinition<JobParamsByType[T]> } = {
	cleanup: cleanupJob,
	compact: compactJob,
	archive: archiveJob,
	optimize: optimizeJob,
	repair: repairJob,
	backup: backupJob,
	restore: restoreJob,
	export: exportJob,
};
