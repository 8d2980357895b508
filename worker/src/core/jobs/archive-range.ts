/**
 * Which stored rows of a UTC month the `archive` job moves: hourly rollup buckets and daily
 * usage rows of that month that lie wholly before the cutoff. Shared by the job and the shard,
 * so both sides agree on exactly the rows exported and then deleted.
 */

import { HOUR_MS } from '../../contract/time.ts';

export type ArchiveRange = {
	/** Hour buckets `fromBucket ≤ bucket < toBucket` (epoch ms). */
	fromBucket: number;
	toBucket: number;
	/** Usage dates `fromDate ≤ date < toDate` (ISO dates compare as text). */
	fromDate: string;
	toDate: string;
};

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The range for `month` (`YYYY-MM`); throws on a malformed month. */
export function archiveRange(month: string, cutoff: number): ArchiveRange {
	const m = /^(\d{4})-(\d{2})$/.exec(month);
	if (!m) throw new Error(`not a month: ${month}`);
	const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
	const end = Date.UTC(Number(m[1]), Number(m[2]), 1);
	const cutoffDay = Date.UTC(
		new Date(cutoff).getUTCFullYear(),
		new Date(cutoff).getUTCMonth(),
		new Date(cutoff).getUTCDate(),
	);
	return {
		fromBucket: start,
		// A bucket is wholly before the cutoff when it ends by then.
		toBucket: Math.min(end, cutoff - HOUR_MS + 1),
		fromDate: isoDate(start),
		toDate: isoDate(Math.min(end, cutoffDay)),
	};
}
