/**
 * Turns reports into the rollup buckets a shard adds them to: minutes, hours, UTC days and the
 * all-time total. Pure, so the "is this IP already counted as active in that bucket?" rule is
 * tested without storage.
 */
import { HOUR_MS, MINUTE_MS } from '../contract/time.ts';
import type { CollectorReport, FrontReport } from './reports.ts';
import {
	addRollups,
	collectorMinuteRollup,
	emptyRollup,
	floorTo,
	frontMinuteRollup,
	type Rollup,
	utcDate,
} from './rollup.ts';

export type BucketSet = {
	minutes: Map<number, Rollup>;
	hours: Map<number, Rollup>;
	days: Map<string, Rollup>;
	total: Rollup;
	/** Per day: the reporting collector's active milliseconds that day so far (for the per-object maximum). */
	objectActiveMs: Map<string, number>;
};

export function emptyBucketSet(): BucketSet {
	return {
		minutes: new Map(),
		hours: new Map(),
		days: new Map(),
		total: emptyRollup(),
		objectActiveMs: new Map(),
	};
}

function addTo<K>(map: Map<K, Rollup>, key: K, r: Rollup): void {
	const prev = map.get(key);
	map.set(key, prev ? addRollups(prev, r) : r);
}

/** Adds a rollup that happened at `at` (epoch ms) to every granularity; `stepMs` is the finest. */
export function addAt(set: BucketSet, at: number, r: Rollup, stepMs: number = MINUTE_MS): void {
	addTo(set.minutes, floorTo(at, stepMs), r);
	addTo(set.hours, floorTo(at, HOUR_MS), r);
	addTo(set.days, utcDate(at), r);
	set.total = addRollups(set.total, r);
}

export function mergeBucketSets(a: BucketSet, b: BucketSet): BucketSet {
	const out = emptyBucketSet();
	for (const s of [a, b]) {
		for (const [k, r] of s.minutes) addTo(out.minutes, k, r);
		for (const [k, r] of s.hours) addTo(out.hours, k, r);
		for (const [k, r] of s.days) addTo(out.days, k, r);
		out.total = addRollups(out.total, s.total);
		for (const [k, v] of s.objectActiveMs)
			out.objectActiveMs.set(k, Math.max(out.objectActiveMs.get(k) ?? 0, v));
	}
	return out;
}

/**
 * Buckets one collector report. `previous` is the IP's registry row before this report (null
 * for an IP the shard has never seen, which is then counted as new in the minute it was first
 * seen). An IP counts once as active per minute, hour and day: a bucket already holding its
 * previous last activity was counted by an earlier report. Exact while an IP's events arrive
 * in time order, which holds because collectors bucket by the time they record.
 */
export function collectorBuckets(
	report: CollectorReport,
	previous: { lastActivity: number; activeDay: string | null; activeMsDay: number } | null,
	stepMs: number = MINUTE_MS,
): BucketSet {
	const set = emptyBucketSet();
	const prevMinute = previous ? floorTo(previous.lastActivity, stepMs) : null;
	const prevHour = previous ? floorTo(previous.lastActivity, HOUR_MS) : null;
	const prevDay = previous ? utcDate(previous.lastActivity) : null;
	const seenHours = new Set<number>();
	const seenDays = new Set<string>();
	const minutes = Object.entries(report.minutes)
		.map(([k, d]) => [Number(k), d] as const)
		.sort((a, b) => a[0] - b[0]);
	for (const [minute, delta] of minutes) {
		const hour = floorTo(minute, HOUR_MS);
		const day = utcDate(minute);
		const active = delta.records > 0;
		const r = collectorMinuteRollup(delta, { activeIp: active && minute !== prevMinute, newIp: false });
		addTo(set.minutes, minute, r);
		const hourActive = active && hour !== prevHour && !seenHours.has(hour);
		const dayActive = active && day !== prevDay && !seenDays.has(day);
		if (hourActive) seenHours.add(hour);
		if (dayActive) seenDays.add(day);
		addTo(set.hours, hour, { ...r, activeIps: hourActive ? 1 : 0 });
		addTo(set.days, day, { ...r, activeIps: dayActive ? 1 : 0 });
		set.total = addRollups(set.total, { ...r, activeIps: 0 });
		const before = set.objectActiveMs.get(day) ?? (previous?.activeDay === day ? previous.activeMsDay : 0);
		set.objectActiveMs.set(day, before + delta.activeMs);
	}
	if (previous === null) addAt(set, report.state.firstSeen, { ...emptyRollup(), newIps: 1 }, stepMs);
	return set;
}

/** Buckets one front-Worker report (its counters are per request, so plain sums). */
export function frontBuckets(report: FrontReport, stepMs: number = MINUTE_MS): BucketSet {
	const set = emptyBucketSet();
	for (const [minute, delta] of Object.entries(report.minutes))
		addAt(set, Number(minute), frontMinuteRollup(delta), stepMs);
	return set;
}
