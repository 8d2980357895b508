/**
 * Daily usage for the cost model: per-shard day rollups summed across shards and shaped as
 * `UsageDaySchema`. Durable Object duration is billed at 128 MB, hence GB-s = seconds × 0.128.
 */
import type { UsageDay } from '../contract/index.ts';
import { addToDay, type DayRollup, emptyDayRollup, totalDoRequests } from './rollup.ts';

/**
 * 128 MB in GB as Cloudflare converts it in its pricing examples (128 MB / 1 GB = 0.128 GB-s per
 * active second; https://developers.cloudflare.com/durable-objects/platform/pricing/), so the
 * cost model's GB-s match the bill rather than the 0.125 of a binary conversion.
 */
export const DO_MEMORY_GB = 0.128;

/** Adds one shard's day to another's: sums, except the per-object maximum (a max) and storage (a sum of parts). */
export function mergeDays(a: DayRollup, b: DayRollup): DayRollup {
	const out = addToDay(a, b);
	out.maxActiveMsPerObject = Math.max(a.maxActiveMsPerObject, b.maxActiveMsPerObject);
	out.storedBytes = a.storedBytes + b.storedBytes;
	return out;
}

/** One shard's rollup of one UTC day. */
export type DatedDay = { date: string; day: DayRollup };

/** Sums per-shard day lists into one day per date, in date order. */
export function mergeDayLists(lists: Iterable<readonly DatedDay[]>): Map<string, DayRollup> {
	const byDate = new Map<string, DayRollup>();
	for (const list of lists) {
		for (const { date, day } of list) byDate.set(date, mergeDays(byDate.get(date) ?? emptyDayRollup(), day));
	}
	return new Map([...byDate].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
}

export function toUsageDay(date: string, d: DayRollup): UsageDay {
	return { date, ...usageFields(d) };
}

/** The usage figures of a day rollup (everything but the date). */
export function usageFields(d: DayRollup): Omit<UsageDay, 'date'> {
	const activeSeconds = d.activeMs / 1000;
	return {
		workerRequests: Math.round(d.workerRequests),
		doRequests: Math.round(totalDoRequests(d)),
		doRequestsByKind: { ...d.doRequests },
		rowsRead: Math.round(d.rowsRead),
		rowsWritten: Math.round(d.rowsWritten),
		storedBytes: Math.round(d.storedBytes),
		activeSeconds,
		maxActiveSecondsPerObject: d.maxActiveMsPerObject / 1000,
		activeGbSeconds: activeSeconds * DO_MEMORY_GB,
		kvReads: Math.round(d.kvReads),
		kvWrites: Math.round(d.kvWrites),
		r2ClassA: Math.round(d.r2ClassA),
		r2ClassB: Math.round(d.r2ClassB),
	};
}

/**
 * Month-to-date: sums of the month's days; `storedBytes` is the latest day's (storage is a level,
 * not a flow) and the per-object maximum is the month's maximum.
 */
export function monthToDate(
	days: Map<string, DayRollup>,
	today: string,
): Omit<UsageDay, 'date'> & { month: string } {
	const month = today.slice(0, 7);
	let acc = emptyDayRollup();
	for (const [date, day] of days) {
		if (!date.startsWith(month) || date > today) continue;
		acc = mergeDays(acc, { ...day, storedBytes: 0 });
	}
	acc.storedBytes = days.get(today)?.storedBytes ?? 0;
	return { month, ...usageFields(acc) };
}
