/**
 * Turns the collector's daily usage rows into a dense calendar of per-component quantities,
 * the shape the cost model forecasts over. Pure: `now` is passed in.
 */

import type { UsageDay } from '../../../../worker/src/contract/index.ts';
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { METERED_COMPONENTS, type MeteredComponent } from './prices.ts';

export type Quantities = Record<MeteredComponent, number>;

export type CalendarDay = {
	date: string;
	/** False for today (still accumulating). */
	complete: boolean;
	/** Fraction of the day covered: 1 for past days, the elapsed share for today. */
	fraction: number;
	quantities: Quantities;
	usage: UsageDay | null;
};

const BYTES_PER_GB = 1e9;

export function zeroQuantities(): Quantities {
	return Object.fromEntries(METERED_COMPONENTS.map((k) => [k, 0])) as Quantities;
}

export function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function daysInMonthOf(now: Date): number {
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
}

/**
 * Quantities one day contributes to the month. Storage is billed in GB-months, so a day
 * contributes its stored GB × (share of the day) ÷ days in the month.
 */
export function quantitiesOf(
	day: UsageDay,
	storedBytes: number,
	fraction: number,
	monthDays: number,
): Quantities {
	return {
		workers_requests: day.workerRequests,
		do_requests: day.doRequests,
		do_duration: day.activeGbSeconds,
		sqlite_rows_read: day.rowsRead,
		sqlite_rows_written: day.rowsWritten,
		sqlite_storage: ((storedBytes / BYTES_PER_GB) * fraction) / monthDays,
		kv_reads: day.kvReads,
		kv_writes: day.kvWrites,
		r2_class_a: day.r2ClassA,
		r2_class_b: day.r2ClassB,
	};
}

/**
 * One entry per UTC day from the first usage row (at most `maxDays` back) to today. A day
 * without a row after the first one counts zero requests but keeps the last stored bytes:
 * storage persists whether or not anything was recorded. Storage is shared out over the
 * billing period's `periodDays`.
 */
export function buildCalendar(
	usage: readonly UsageDay[],
	now: Date,
	maxDays = 60,
	periodDays = daysInMonthOf(now),
): CalendarDay[] {
	const byDate = new Map(usage.map((u) => [u.date, u]));
	const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const monthDays = periodDays;
	const dates = [...byDate.keys()].filter((d) => d <= isoDate(todayStart)).sort();
	const first = dates[0];
	if (!first) return [];
	const firstMs = Math.max(Date.parse(`${first}T00:00:00Z`), todayStart - (maxDays - 1) * DAY_MS);
	const days: CalendarDay[] = [];
	let storedBytes = 0;
	for (let ms = firstMs; ms <= todayStart; ms += DAY_MS) {
		const date = isoDate(ms);
		const row = byDate.get(date) ?? null;
		if (row) storedBytes = row.storedBytes;
		const complete = ms < todayStart;
		const fraction = complete ? 1 : Math.min(1, Math.max(0, (now.getTime() - todayStart) / DAY_MS));
		const quantities = row ? quantitiesOf(row, storedBytes, fraction, monthDays) : zeroQuantities();
		if (!row) quantities.sqlite_storage = ((storedBytes / BYTES_PER_GB) * fraction) / monthDays;
		days.push({ date, complete, fraction, quantities, usage: row });
	}
	return days;
}
