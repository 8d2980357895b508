/** Which complete backups a retention policy removes (by count, by age, or both). */

import { DAY_MS } from '../../contract/time.ts';

export type BackupInfo = { id: string; createdAt: number };

/**
 * Ids to delete among complete backups: all but the newest `keep` (the current backup counts
 * as one and is never deleted), plus any older than `maxAgeDays`.
 */
export function expiredBackups(
	backups: readonly BackupInfo[],
	policy: { keep: number; maxAgeDays?: number | undefined; now: number; current: string },
): string[] {
	const others = backups.filter((b) => b.id !== policy.current).sort((a, b) => b.createdAt - a.createdAt);
	const ageLimit = policy.maxAgeDays === undefined ? null : policy.now - policy.maxAgeDays * DAY_MS;
	return others
		.filter((b, i) => i >= policy.keep - 1 || (ageLimit !== null && b.createdAt < ageLimit))
		.map((b) => b.id);
}
