/**
 * Imported history as the bucket set a shard adds to its hourly and daily rollups. Pure: the
 * checks (hours on the hour, no duplicates, before the collector's own oldest hour) are here,
 * where they are tested without storage.
 */
import type { HistoryHour, HistoryImport } from '../contract/history.ts';
import { HOUR_MS } from '../contract/time.ts';
import { type BucketSet, emptyBucketSet } from './buckets.ts';
import { UserError } from './errors.ts';
import { bucketIndexFor, trimHistogram } from './histogram.ts';
import { addRollups, emptyRollup, type Rollup, utcDate } from './rollup.ts';

function hourRollup(h: HistoryHour): Rollup {
	const r = emptyRollup();
	const latency: number[] = [];
	let requests = 0;
	for (const [ms, n] of h.latency) {
		const i = bucketIndexFor(ms);
		while (latency.length <= i) latency.push(0);
		latency[i] = (latency[i] ?? 0) + n;
		r.latencySumMs += ms * n;
		requests += n;
	}
	r.latency = trimHistogram(latency);
	r.workerRequests = requests;
	r.frontRecords = h.records;
	r.records = h.records;
	r.errors = { ...h.errors };
	r.timeouts = h.timeouts;
	r.fallbackRequests = h.fallbacks;
	r.doRequests = { ...h.doRequests };
	r.rowsRead = h.rowsRead;
	r.rowsWritten = h.rowsWritten;
	r.activeMs = h.activeSeconds * 1000;
	r.activeIps = h.activeIps;
	r.newIps = h.newIps;
	r.newPaths = h.newPaths;
	return r;
}

/**
 * The import as hourly and daily buckets (no minutes, nothing for the all-time counters).
 * Throws a 400 for an hour off the hour or given twice, and a 409 for an hour at or after
 * `oldestOwnHour` (the collector's earliest hour of its own data; null when it has none) or
 * at or after the current hour.
 */
export function historyBuckets(body: HistoryImport, oldestOwnHour: number | null, now: number): BucketSet {
	const set = emptyBucketSet();
	const limit = Math.min(oldestOwnHour ?? Number.POSITIVE_INFINITY, Math.floor(now / HOUR_MS) * HOUR_MS);
	for (const h of body.hours) {
		const start = Date.parse(h.start);
		if (start % HOUR_MS !== 0) throw new UserError(400, 'bad_request', `${h.start} is not on the hour`);
		if (set.hours.has(start)) throw new UserError(400, 'bad_request', `${h.start} is given twice`);
		if (start >= limit)
			throw new UserError(
				409,
				'history_overlaps',
				`${h.start} is not before ${new Date(limit).toISOString()}: history may only be imported for hours before the collector's own data and before the current hour`,
			);
		const r = hourRollup(h);
		set.hours.set(start, r);
		const day = utcDate(start);
		const prev = set.days.get(day);
		set.days.set(day, prev ? addRollups(prev, r) : r);
	}
	return set;
}
