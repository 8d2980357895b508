/**
 * Time-bucketed counters a StatsShard keeps (1-minute, 1-hour and daily buckets, plus one
 * all-time row for /metrics). A rollup is a sum: merging two is adding them field by field, so
 * buckets combine across shards and across time without losing anything (latency included,
 * through the mergeable histogram).
 */
import { z } from 'zod';
import { REFUSAL_REASONS, type RefusalReason } from '../contract/refusals.ts';
import { DAY_MS, HOUR_MS } from '../contract/time.ts';
import { histogramCount, mergeHistograms, trimHistogram } from './histogram.ts';
import type { CollectorMinuteDelta, FrontMinuteDelta } from './reports.ts';

/** Retention of the rollup tables (pruned by the shard's alarm). */
export const MINUTE_RETENTION_MS = 48 * HOUR_MS;
/**
 * Hourly rollups are served for 90 days; the monthly `archive` job moves rows older than that to
 * R2 and deletes them. The alarm's own pruning waits 30 days longer, so it only removes rows the
 * archive job failed to take, never rows it has not had the chance to archive.
 */
export const HOUR_RETENTION_MS = 120 * DAY_MS;
/** Daily usage rows outlive the hourly ones: the cost model compares months. */
export const DAY_RETENTION_MS = 400 * DAY_MS;

export const DO_REQUEST_KINDS = ['record', 'report', 'admin', 'job'] as const;
export type DoRequestKind = (typeof DO_REQUEST_KINDS)[number];

const n = z.number().nonnegative().default(0);

/** Stored as JSON; defaults let rows written by an older version still parse. */
export const RollupSchema = z.object({
	/** Events recorded by collectors (exact counts). */
	records: n,
	/** `POST /record` requests the front Worker served. */
	workerRequests: n,
	/** Events the front Worker acknowledged (stored directly or journaled). */
	frontRecords: n,
	errors: z.record(z.string(), z.number().nonnegative()).default({}),
	/** `POST /record` requests refused by reason (auth, validation): outside latency and errors. */
	refusals: z.record(z.string(), z.number().nonnegative()).default({}),
	timeouts: n,
	/** Events journaled instead of reaching their Durable Object. */
	fallbacks: n,
	/** `POST /record` requests that journaled at least one event. */
	fallbackRequests: n,
	doRequests: z
		.object({ record: n, report: n, admin: n, job: n })
		.default({ record: 0, report: 0, admin: 0, job: 0 }),
	rowsRead: n,
	rowsWritten: n,
	activeMs: n,
	newPaths: n,
	newIps: n,
	/** Distinct IPs with records in the bucket (IPs never span shards, so shard sums are exact). */
	activeIps: n,
	/** Per-bucket counts of `core/histogram.ts` (end-to-end /record latency at the front). */
	latency: z.array(z.number().nonnegative()).default([]),
	latencySumMs: n,
	kvReads: n,
	kvWrites: n,
	r2ClassA: n,
	r2ClassB: n,
});
export type Rollup = z.infer<typeof RollupSchema>;

/** A day's bucket also carries the figures the cost model needs that are not sums. */
export const DayRollupSchema = RollupSchema.extend({
	/** The largest active time of a single collector that day. */
	maxActiveMsPerObject: n,
	/** Stored bytes as of the last report that day. */
	storedBytes: n,
});
export type DayRollup = z.infer<typeof DayRollupSchema>;

export function emptyRollup(): Rollup {
	return RollupSchema.parse({});
}

export function emptyDayRollup(): DayRollup {
	return DayRollupSchema.parse({});
}

function addRecords(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
	const out = { ...a };
	for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
	return out;
}

/** Field-by-field sum. */
export function addRollups(a: Rollup, b: Rollup): Rollup {
	return {
		records: a.records + b.records,
		workerRequests: a.workerRequests + b.workerRequests,
		frontRecords: a.frontRecords + b.frontRecords,
		errors: addRecords(a.errors, b.errors),
		refusals: addRecords(a.refusals, b.refusals),
		timeouts: a.timeouts + b.timeouts,
		fallbacks: a.fallbacks + b.fallbacks,
		fallbackRequests: a.fallbackRequests + b.fallbackRequests,
		doRequests: {
			record: a.doRequests.record + b.doRequests.record,
			report: a.doRequests.report + b.doRequests.report,
			admin: a.doRequests.admin + b.doRequests.admin,
			job: a.doRequests.job + b.doRequests.job,
		},
		rowsRead: a.rowsRead + b.rowsRead,
		rowsWritten: a.rowsWritten + b.rowsWritten,
		activeMs: a.activeMs + b.activeMs,
		newPaths: a.newPaths + b.newPaths,
		newIps: a.newIps + b.newIps,
		activeIps: a.activeIps + b.activeIps,
		latency: mergeHistograms(a.latency, b.latency),
		latencySumMs: a.latencySumMs + b.latencySumMs,
		kvReads: a.kvReads + b.kvReads,
		kvWrites: a.kvWrites + b.kvWrites,
		r2ClassA: a.r2ClassA + b.r2ClassA,
		r2ClassB: a.r2ClassB + b.r2ClassB,
	};
}

/** Adds a rollup into a day bucket; `maxActiveMsPerObject` and `storedBytes` are set by the caller. */
export function addToDay(day: DayRollup, delta: Rollup): DayRollup {
	return {
		...addRollups(day, delta),
		maxActiveMsPerObject: day.maxActiveMsPerObject,
		storedBytes: day.storedBytes,
	};
}

export function sumRollups(list: Iterable<Rollup>): Rollup {
	let acc = emptyRollup();
	for (const r of list) acc = addRollups(acc, r);
	return acc;
}

/** One collector minute as a rollup; `activeIp`/`newIp` say whether this IP counts as active/new there. */
export function collectorMinuteRollup(
	d: CollectorMinuteDelta,
	flags: { activeIp: boolean; newIp: boolean },
): Rollup {
	return {
		...emptyRollup(),
		records: d.records,
		doRequests: { record: d.doRequests.record, report: 0, admin: d.doRequests.admin, job: d.doRequests.job },
		rowsRead: d.rowsRead,
		rowsWritten: d.rowsWritten,
		activeMs: d.activeMs,
		newPaths: d.newPaths,
		newIps: flags.newIp ? 1 : 0,
		activeIps: flags.activeIp ? 1 : 0,
	};
}

/** One front-Worker minute as a rollup. */
export function frontMinuteRollup(d: FrontMinuteDelta): Rollup {
	return {
		...emptyRollup(),
		workerRequests: d.workerRequests,
		frontRecords: d.records,
		errors: { ...d.errorsByReason },
		refusals: { ...(d.refusals ?? {}) },
		timeouts: d.timeouts,
		fallbacks: d.fallbacks,
		fallbackRequests: d.fallbackRequests ?? 0,
		latency: trimHistogram([...d.latency]),
		latencySumMs: d.latencySumMs,
		kvReads: d.kvReads,
		kvWrites: d.kvWrites,
		doRequests: { record: 0, report: 0, admin: d.doRequests ?? 0, job: 0 },
		r2ClassA: d.r2ClassA ?? 0,
		r2ClassB: d.r2ClassB ?? 0,
	};
}

export function latencyCount(r: Rollup): number {
	return histogramCount(r.latency);
}

export function errorCount(r: Rollup): number {
	let total = 0;
	for (const v of Object.values(r.errors)) total += v;
	return total;
}

/**
 * Error reasons under which earlier versions counted refusals (client errors); rows written
 * then still carry them. They never count against the error rate and read as refusals.
 */
export const LEGACY_REFUSAL_REASONS: Readonly<Record<string, RefusalReason>> = {
	bad_request: 'invalid',
	unauthorized: 'unauthorized',
	payload_too_large: 'too_large',
};
const CLIENT_ERROR_REASONS = Object.keys(LEGACY_REFUSAL_REASONS);

/** Whether an error reason is a server-side failure (the SLI's numerator). */
export function isServerErrorReason(reason: string): boolean {
	return !CLIENT_ERROR_REASONS.includes(reason);
}

/** Refused requests by reason, legacy client-error counts included; every reason present. */
export function refusalCounts(r: Pick<Rollup, 'errors' | 'refusals'>): Record<RefusalReason, number> {
	const out = Object.fromEntries(REFUSAL_REASONS.map((k) => [k, 0])) as Record<RefusalReason, number>;
	for (const [reason, v] of Object.entries(r.refusals ?? {}))
		if (reason in out) out[reason as RefusalReason] += v;
	for (const [legacy, reason] of Object.entries(LEGACY_REFUSAL_REASONS)) out[reason] += r.errors[legacy] ?? 0;
	return out;
}

/** All refused requests. */
export function refusedCount(r: Pick<Rollup, 'errors' | 'refusals'>): number {
	return Object.values(refusalCounts(r)).reduce((a, b) => a + b, 0);
}

/** Requests that met a server-side failure (including DO failures that fell back to the journal). */
export function serverErrorCount(r: Pick<Rollup, 'errors'>): number {
	let total = 0;
	for (const [reason, v] of Object.entries(r.errors)) if (isServerErrorReason(reason)) total += v;
	return total;
}

export function totalDoRequests(r: Rollup): number {
	return r.doRequests.record + r.doRequests.report + r.doRequests.admin + r.doRequests.job;
}

export function floorTo(ms: number, stepMs: number): number {
	return Math.floor(ms / stepMs) * stepMs;
}

// The last day formatted: every record call names the day of its calls, nearly always today's.
let lastDay = Number.NaN;
let lastDate = '';

/** `YYYY-MM-DD` of the UTC day holding `ms`. */
export function utcDate(ms: number): string {
	const day = floorTo(ms, DAY_MS);
	if (day !== lastDay) {
		lastDate = new Date(day).toISOString().slice(0, 10);
		lastDay = day;
	}
	return lastDate;
}
