/**
 * Collector payload builders for tests and benches: schema-valid snapshots, time series and
 * usage rows, shaped by a per-bucket function so a scenario reads as a timeline.
 */
import {
	type IpDetail,
	type Snapshot,
	SnapshotSchema,
	type Timeseries,
	TimeseriesSchema,
	type UsageDay,
} from '../../worker/src/contract/index.ts';

export type Bucket = {
	requests?: number | null;
	errors?: number | null;
	timeouts?: number | null;
	p95Ms?: number | null;
	doRequests?: number | null;
	activeIps?: number | null;
};

const MINUTE = 60_000;

/** A 24 h series of 1-minute buckets ending at the bucket that contains `now`. */
export function makeTimeseries(now: number, bucket: (start: number) => Bucket, stepSeconds = 60): Timeseries {
	const step = stepSeconds * 1000;
	const n = Math.round(86_400_000 / step);
	const lastStart = Math.floor(now / step) * step;
	const start = lastStart - (n - 1) * step;
	const cols = {
		requests: [] as (number | null)[],
		errors: [] as (number | null)[],
		timeouts: [] as (number | null)[],
		fallbacks: [] as (number | null)[],
		avgMs: [] as (number | null)[],
		p50Ms: [] as (number | null)[],
		p95Ms: [] as (number | null)[],
		p99Ms: [] as (number | null)[],
		doRequests: [] as (number | null)[],
		reportRequests: [] as (number | null)[],
		rowsRead: [] as (number | null)[],
		rowsWritten: [] as (number | null)[],
		activeIps: [] as (number | null)[],
		records: [] as (number | null)[],
	};
	for (let i = 0; i < n; i++) {
		const b = bucket(start + i * step);
		const requests = b.requests === undefined ? 100 : b.requests;
		const has = requests !== null;
		cols.requests.push(requests);
		cols.errors.push(has ? (b.errors ?? 0) : null);
		cols.timeouts.push(has ? (b.timeouts ?? 0) : null);
		cols.fallbacks.push(has ? 0 : null);
		const p95 = b.p95Ms === undefined ? 20 : b.p95Ms;
		cols.p95Ms.push(has ? p95 : null);
		cols.avgMs.push(has && p95 !== null ? p95 / 2 : null);
		cols.p50Ms.push(has && p95 !== null ? p95 / 3 : null);
		cols.p99Ms.push(has && p95 !== null ? p95 * 1.5 : null);
		cols.doRequests.push(has ? (b.doRequests ?? requests) : null);
		cols.reportRequests.push(has ? 1 : null);
		cols.rowsRead.push(has ? requests : null);
		cols.rowsWritten.push(has ? requests : null);
		cols.activeIps.push(has ? (b.activeIps ?? 10) : null);
		cols.records.push(has ? requests * 3 : null);
	}
	return TimeseriesSchema.parse({
		window: '24h',
		start: new Date(start).toISOString(),
		stepSeconds,
		series: cols,
	});
}

export function makeUsageDay(date: string, doRequests: number, over: Partial<UsageDay> = {}): UsageDay {
	return {
		date,
		workerRequests: doRequests,
		doRequests,
		doRequestsByKind: { record: doRequests, report: Math.round(doRequests * 0.02), admin: 10, job: 0 },
		rowsRead: doRequests * 2,
		rowsWritten: doRequests,
		storedBytes: 50e6,
		activeSeconds: 3600,
		maxActiveSecondsPerObject: 600,
		activeGbSeconds: 460.8, // 3600 s × 0.128 GB
		kvReads: 0,
		kvWrites: 0,
		r2ClassA: 0,
		r2ClassB: 0,
		...over,
	};
}

/** `days` rows ending today (UTC), `perDay(date, i)` DO requests each; today's row is partial. */
export function makeUsage(
	now: number,
	days: number,
	perDay: (date: string, i: number) => number,
): UsageDay[] {
	const today = Math.floor(now / 86_400_000) * 86_400_000;
	const out: UsageDay[] = [];
	for (let i = days - 1; i >= 0; i--) {
		const date = new Date(today - i * 86_400_000).toISOString().slice(0, 10);
		out.push(makeUsageDay(date, perDay(date, days - 1 - i)));
	}
	return out;
}

export type SnapshotInput = {
	now: number;
	totalIps?: number;
	today?: UsageDay;
	monthToDate?: Partial<UsageDay>;
	topIps?: { ip: string; requests: number }[];
	p95Ms?: number | null;
	errorRate?: number | null;
};

export function makeSnapshot(input: SnapshotInput): Snapshot {
	const iso = new Date(input.now).toISOString();
	const today = input.today ?? makeUsageDay(iso.slice(0, 10), 1000);
	const { date: _date, ...todayRest } = today;
	const totalIps = input.totalIps ?? 10;
	return SnapshotSchema.parse({
		schemaVersion: 1,
		version: 'test',
		generatedAt: iso,
		shards: 16,
		summary: {
			totalIps,
			activeIps: Math.min(totalIps, 10),
			idleIps: Math.max(0, totalIps - 10),
			activeWindowSeconds: 1800,
		},
		performance: {
			windowSeconds: 300,
			requests: 500,
			avgMs: 10,
			p50Ms: 8,
			p95Ms: input.p95Ms === undefined ? 20 : input.p95Ms,
			p99Ms: 30,
			errorRate: input.errorRate === undefined ? 0 : input.errorRate,
			timeoutRate: 0,
			fallbackRate: 0,
			throughputPerSecond: 1.6,
			errorsByReason: {},
		},
		resources: { totalPaths: totalIps * 5, avgPathsPerIp: 5, storageBytes: totalIps * 4096 },
		usage: { today, monthToDate: { ...todayRest, ...input.monthToDate, month: iso.slice(0, 7) } },
		business: {
			requestsToday: today.doRequests,
			requestsPreviousDay: 0,
			newIpsToday: 0,
			newPathsToday: 0,
			growthRate: null,
		},
		topIps: (input.topIps ?? []).map((t) => ({
			ip: t.ip,
			requests: t.requests,
			paths: 3,
			storageBytes: 4096,
			firstSeen: iso,
			lastActivity: iso,
		})),
		breaker: { state: 'closed', since: null, recentFailures: 0 },
		journal: { backlog: 0, oldestAt: null },
		overhead: { reportRequests: 10, recordRequests: 1000, ratio: 0.01 },
		lastScrapeAt: null,
	});
}

export function makeIpDetail(
	ip: string,
	paths: { path: string; method?: string; count: number; ua?: string }[],
	now: number,
): IpDetail {
	const iso = new Date(now).toISOString();
	return {
		stats: {
			ip,
			totalRequests: paths.reduce((a, p) => a + p.count, 0),
			pathCount: paths.length,
			overflowRequests: 0,
			firstSeen: iso,
			lastActivity: iso,
			storageBytes: 4096,
		},
		paths: {
			items: paths.map((p) => ({
				path: p.path,
				method: p.method ?? 'GET',
				count: p.count,
				firstSeen: iso,
				lastSeen: iso,
				lastUserAgent: p.ua ?? null,
				country: 'DE',
			})),
			nextCursor: null,
		},
	};
}

export { MINUTE };
