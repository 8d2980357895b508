import { describe, expect, it } from 'vitest';
import { SnapshotSchema, TimeseriesSchema } from '../../worker/src/contract/index.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../worker/src/contract/time.ts';
import { estimateQuantile, observeLatency } from '../../worker/src/core/histogram.ts';
import { emptyDayRollup, emptyRollup, utcDate } from '../../worker/src/core/rollup.ts';
import type { RegistryEntry } from '../../worker/src/core/rpc.ts';
import {
	mergeSnapshot,
	mergeTop,
	type SnapshotPartial,
	worstBreaker,
} from '../../worker/src/core/snapshot.ts';
import { buildTimeseries, toCell, windowSpec } from '../../worker/src/core/timeseries.ts';

const NOW = Date.parse('2026-03-15T10:30:20Z');

function entry(ip: string, requests: number): RegistryEntry {
	return {
		ip,
		firstSeen: NOW - DAY_MS,
		lastActivity: NOW - 1000,
		totalRequests: requests,
		pathCount: 2,
		storageBytes: 300,
	};
}

function partial(overrides: Partial<SnapshotPartial> = {}): SnapshotPartial {
	return {
		registry: { ips: 0, paths: 0, storageBytes: 0, requests: 0, activeIps: 0 },
		window: emptyRollup(),
		days: [],
		yesterdaySameSpan: 0,
		top: [],
		breakers: [],
		lastScrapeAt: null,
		...overrides,
	};
}

const ctx = {
	now: NOW,
	version: 'test',
	shards: 2,
	windowSeconds: 900,
	activeWindowSeconds: 600,
	topLimit: 3,
	journal: { events: 4, entries: 2, oldestAt: NOW - 60_000, complete: true },
	ingestOpen: false,
};

describe('mergeSnapshot', () => {
	it('produces a schema-valid snapshot with zero traffic (nulls, not zeros, for unknown figures)', () => {
		const s = SnapshotSchema.parse(mergeSnapshot([partial(), partial()], ctx));
		expect(s.performance).toMatchObject({
			requests: 0,
			avgMs: null,
			p95Ms: null,
			errorRate: null,
			fallbackRate: null,
		});
		expect(s.business.growthRate).toBeNull();
		expect(s.overhead.ratio).toBeNull();
		expect(s.refusals).toMatchObject({ total: 0, ratio: null });
		expect(s.breaker).toEqual({ state: 'closed', since: null, recentFailures: 0 });
		expect(s.lastScrapeAt).toBeNull();
	});

	it('sums shards, merges latency histograms and ranks the top IPs across shards', () => {
		const today = utcDate(NOW);
		const yesterday = utcDate(NOW - DAY_MS);
		const w1 = emptyRollup();
		const w2 = emptyRollup();
		const all: number[] = [];
		for (let i = 1; i <= 100; i++) {
			observeLatency(i % 2 ? w1.latency : w2.latency, i);
			observeLatency(all, i);
		}
		w1.latencySumMs = 2500;
		w2.latencySumMs = 2550;
		// `bad_request` is how earlier versions counted a refusal: it reads as one (invalid).
		w1.errors = { do_error: 2, bad_request: 5 };
		w2.refusals = { unauthorized: 7, unsupported_media_type: 1 };
		w1.timeouts = 1;
		w1.fallbacks = 4;
		w1.frontRecords = 150;
		w2.frontRecords = 50;
		const day = (records: number, report: number, record: number, storedBytes: number) => ({
			...emptyDayRollup(),
			records,
			newIps: 1,
			newPaths: 3,
			storedBytes,
			doRequests: { record, report, admin: 1, job: 0 },
		});
		const a = partial({
			registry: { ips: 3, paths: 9, storageBytes: 1000, requests: 500, activeIps: 2 },
			window: w1,
			days: [
				{ date: yesterday, day: day(80, 1, 80, 900) },
				{ date: today, day: day(120, 2, 100, 1000) },
			],
			yesterdaySameSpan: 40,
			top: [entry('10.0.0.1', 300), entry('10.0.0.3', 150)],
			breakers: [{ state: 'half-open', since: NOW - 9000, recentFailures: 5 }],
			lastScrapeAt: NOW - 300_000,
		});
		const b = partial({
			registry: { ips: 2, paths: 1, storageBytes: 24, requests: 200, activeIps: 0 },
			window: w2,
			days: [{ date: today, day: day(30, 1, 30, 24) }],
			yesterdaySameSpan: 10,
			top: [entry('10.0.0.2', 180), entry('10.0.0.4', 20)],
			breakers: [{ state: 'closed', since: null, recentFailures: 2 }],
		});
		const s = SnapshotSchema.parse(mergeSnapshot([a, b], ctx));
		expect(s.summary).toEqual({ totalIps: 5, activeIps: 2, idleIps: 3, activeWindowSeconds: 600 });
		expect(s.resources).toEqual({ totalPaths: 10, avgPathsPerIp: 2, storageBytes: 1024 });
		expect(s.performance.requests).toBe(100);
		expect(s.performance.avgMs).toBeCloseTo(50.5, 9);
		// Merged histograms, not averaged percentiles.
		expect(s.performance.p95Ms).toBe(estimateQuantile(all, 0.95));
		expect(s.performance.errorRate).toBeCloseTo(0.02, 9); // client errors excluded
		expect(s.performance.errorsByReason).toEqual({ do_error: 2 });
		expect(s.refusals).toEqual({
			windowSeconds: 900,
			total: 13,
			byReason: { unauthorized: 7, invalid: 5, too_large: 0, unsupported_media_type: 1 },
			ratio: 13 / 113,
		});
		expect(s.ingestOpen).toBe(false);
		expect(s.performance.timeoutRate).toBeCloseTo(0.01, 9);
		expect(s.performance.fallbackRate).toBeCloseTo(4 / 200, 9);
		expect(s.performance.throughputPerSecond).toBeCloseTo(100 / 900, 9);
		expect(s.business).toEqual({
			requestsToday: 150,
			requestsPreviousDay: 80,
			newIpsToday: 2,
			newPathsToday: 6,
			growthRate: (150 - 50) / 50,
		});
		expect(s.usage.today.storedBytes).toBe(1024);
		expect(s.usage.monthToDate.month).toBe('2026-03');
		expect(s.usage.monthToDate.doRequests).toBe(80 + 1 + 1 + 100 + 2 + 1 + 30 + 1 + 1);
		expect(s.usage.monthToDate.storedBytes).toBe(1024);
		expect(s.overhead).toEqual({ reportRequests: 3, recordRequests: 130, ratio: 3 / 130 });
		expect(s.topIps.map((t) => t.ip)).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
		expect(s.breaker).toEqual({
			state: 'half-open',
			since: new Date(NOW - 9000).toISOString(),
			recentFailures: 5,
		});
		expect(s.journal).toEqual({
			backlog: 4,
			oldestAt: new Date(NOW - 60_000).toISOString(),
			oldestAgeSeconds: 60,
			entries: 2,
			complete: true,
		});
		expect(s.lastScrapeAt).toBe(new Date(NOW - 300_000).toISOString());
	});

	it('takes the worst breaker state, the longest-standing on ties', () => {
		expect(
			worstBreaker([
				{ state: 'open', since: 50, recentFailures: 5 },
				{ state: 'half-open', since: 10, recentFailures: 7 },
				{ state: 'open', since: 20, recentFailures: 6 },
			]),
		).toEqual({ state: 'open', since: 20, recentFailures: 7 });
	});

	it('ranks top lists by any key with a stable tie-break', () => {
		const lists = [[entry('b', 5), entry('a', 5)], [entry('c', 9)]];
		expect(mergeTop(lists, 'requests', 3).map((e) => e.ip)).toEqual(['c', 'a', 'b']);
	});
});

describe('buildTimeseries', () => {
	it('has one slot per step and null for buckets no shard holds', () => {
		const spec = windowSpec('24h', NOW);
		expect(spec.steps).toBe(1440);
		const withData = emptyRollup();
		withData.records = 7;
		withData.doRequests.report = 2;
		observeLatency(withData.latency, 12);
		withData.latencySumMs = 12;
		const noLatency = { ...emptyRollup(), records: 3 };
		const shardA = [{ bucket: spec.end - 2 * MINUTE_MS, cell: toCell(withData) }];
		const shardB = [
			{ bucket: spec.end - 2 * MINUTE_MS, cell: toCell(withData) },
			{ bucket: spec.end, cell: toCell(noLatency) },
		];
		const ts = TimeseriesSchema.parse(buildTimeseries('24h', spec, [shardA, shardB]));
		expect(ts.stepSeconds).toBe(60);
		expect(ts.start).toBe(new Date(spec.start).toISOString());
		for (const key of Object.keys(ts.series) as (keyof typeof ts.series)[])
			expect(ts.series[key]).toHaveLength(1440);
		expect(ts.series.records.slice(-3)).toEqual([14, null, 3]);
		expect(ts.series.reportRequests.slice(-3)).toEqual([4, null, 0]);
		expect(ts.series.avgMs.slice(-3)).toEqual([12, null, null]);
		expect(ts.series.p95Ms.at(-3)).not.toBeNull();
		expect(ts.series.requests.slice(0, -3).every((v) => v === null)).toBe(true);
	});

	it('counts requests and server errors from the front Worker, so the error rate stays a ratio', () => {
		const spec = windowSpec('24h', NOW);
		const r = emptyRollup();
		r.records = 3; // the collectors recorded few events: most were journaled
		for (const ms of [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) observeLatency(r.latency, ms);
		r.errors = { do_error: 4, breaker_open: 2, bad_request: 3 };
		r.refusals = { unauthorized: 5, too_large: 1 };
		r.fallbacks = 25; // events journaled by the 3 requests that fell back
		r.fallbackRequests = 3;
		const ts = buildTimeseries('24h', spec, [[{ bucket: spec.end, cell: toCell(r) }]]);
		expect(ts.series.requests.at(-1)).toBe(10);
		expect(ts.series.errors.at(-1)).toBe(6);
		// Refusals: today's by reason plus the legacy `bad_request`, in their own series.
		expect(ts.series.refused?.at(-1)).toBe(9);
		expect(ts.series.refused?.at(-2)).toBeNull();
		expect(ts.series.records.at(-1)).toBe(3);
		expect(ts.series.fallbacks.at(-1)).toBe(3);
	});

	it('covers 7 days in 168 hours and 30 days in 720 hours', () => {
		expect(windowSpec('7d', NOW)).toMatchObject({ steps: 168, stepMs: HOUR_MS, granularity: 'hour' });
		expect(windowSpec('30d', NOW)).toMatchObject({ steps: 720, stepMs: HOUR_MS });
		const spec = windowSpec('7d', NOW);
		expect(spec.end).toBe(Date.parse('2026-03-15T10:00:00Z'));
		const ts = buildTimeseries('7d', spec, []);
		expect(ts.series.activeIps).toHaveLength(168);
		expect(ts.series.activeIps.every((v) => v === null)).toBe(true);
	});
});
