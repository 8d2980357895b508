import { createRng } from '../../action/src/core/traffic/traffic.ts';

/** Seeded PRNG (mulberry32) so fixtures are identical on every run. */
export const prng = createRng;

/**
 * Deterministic, schema-valid synthetic collector data for the dashboard tests: a daily
 * traffic cycle with noise from a seeded generator, a few gaps (null buckets), 45 usage days,
 * and alerts. Everything is validated with the contract's own schemas.
 */
import { assembleSiteInput } from '../../action/src/site/site-input.ts';
import type { CollectorData } from '../../action/src/site/sources.ts';
import type { AlertView, SiteInput } from '../../reports-site/src/core/types.ts';
import {
	SERIES_KEYS,
	type SeriesKey,
	SnapshotSchema,
	type Timeseries,
	TimeseriesSchema,
	type TimeseriesWindow,
	type UsageDay,
	UsageDaySchema,
} from '../../worker/src/contract/index.ts';
import { DEFAULT_CONFIG_FOR_TESTS } from './config.ts';
import { syntheticClients, syntheticJobs, syntheticPaths } from './fixtures-paths.ts';

export const FIXED_NOW = new Date('2025-06-18T12:34:56Z');

export type SeriesOptions = { stepSeconds: number; steps: number; gapEvery?: number; seed?: number };

/** A window ending at the bucket holding `now`, like the Worker's `windowSpec`. */
export function syntheticTimeseries(window: TimeseriesWindow, now: Date, o: SeriesOptions): Timeseries {
	const rnd = prng(o.seed ?? 7);
	const stepMs = o.stepSeconds * 1000;
	const end = Math.floor(now.getTime() / stepMs) * stepMs;
	const start = end - (o.steps - 1) * stepMs;
	const series = Object.fromEntries(SERIES_KEYS.map((k) => [k, [] as (number | null)[]])) as Record<
		SeriesKey,
		(number | null)[]
	>;
	for (let i = 0; i < o.steps; i++) {
		const t = start + i * stepMs;
		const hour = (t / 3_600_000) % 24;
		// A gap of a few buckets now and then: the collector had no rollup there.
		const gap = o.gapEvery !== undefined && i % o.gapEvery < 3 && i > 0;
		const perMinute = 4000 + 3000 * Math.sin(((hour - 6) / 24) * 2 * Math.PI) + 600 * rnd();
		const requests = Math.round(perMinute * (o.stepSeconds / 60));
		const errors = Math.round(requests * (0.0006 + 0.0008 * rnd()));
		const p50 = 8 + 4 * rnd();
		const values: Record<SeriesKey, number> = {
			requests,
			errors,
			timeouts: Math.round(errors * 0.2),
			fallbacks: Math.round(errors * 0.1),
			avgMs: p50 * 1.3,
			p50Ms: p50,
			p95Ms: p50 * (3 + rnd()),
			p99Ms: p50 * (6 + 2 * rnd()),
			doRequests: Math.round(requests * 1.05),
			reportRequests: Math.round(requests * 0.05),
			rowsRead: requests * 2,
			rowsWritten: requests,
			activeIps: Math.round(40 + 30 * Math.sin(((hour - 6) / 24) * 2 * Math.PI) + 5 * rnd()),
			records: requests * 4,
		};
		for (const k of SERIES_KEYS) series[k].push(gap ? null : values[k]);
	}
	return TimeseriesSchema.parse({
		window,
		start: new Date(start).toISOString(),
		stepSeconds: o.stepSeconds,
		series,
	});
}

export function syntheticUsage(now: Date, days = 45, seed = 11): UsageDay[] {
	const rnd = prng(seed);
	const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const out: UsageDay[] = [];
	for (let d = days - 1; d >= 0; d--) {
		const date = new Date(today - d * 86_400_000).toISOString().slice(0, 10);
		const scale = (d === 0 ? (now.getTime() - today) / 86_400_000 : 1) * (1 + 0.02 * (days - d));
		const record = Math.round(600_000 * scale * (0.9 + 0.2 * rnd()));
		const report = Math.round(record * 0.04);
		const active = 9000 * scale;
		out.push(
			UsageDaySchema.parse({
				date,
				workerRequests: record,
				doRequests: record + report + 300,
				doRequestsByKind: { record, report, admin: 250, job: 50 },
				rowsRead: record * 3,
				rowsWritten: record * 2,
				storedBytes: Math.round(2e9 + (days - d) * 5e7),
				activeSeconds: active,
				maxActiveSecondsPerObject: 3600 * (0.5 + rnd()),
				activeGbSeconds: active * 0.128,
				kvReads: 20,
				kvWrites: 5,
				r2ClassA: 10,
				r2ClassB: 40,
			}),
		);
	}
	return out;
}

export type FixtureOptions = {
	now?: Date;
	/** Step of the 30-day window: 3600 (the Worker's) or 300 for 8,640 points. */
	thirtyDayStepSeconds?: number;
	/** Put these strings into every untrusted field. */
	hostile?: string[];
	/** Snapshot age in seconds at `now`. */
	snapshotAgeSeconds?: number;
};

export function syntheticCollectorData(o: FixtureOptions = {}): CollectorData {
	const now = o.now ?? FIXED_NOW;
	const step30 = o.thirtyDayStepSeconds ?? 3600;
	const timeseries = {
		'24h': syntheticTimeseries('24h', now, { stepSeconds: 60, steps: 1440, gapEvery: 400, seed: 1 }),
		'7d': syntheticTimeseries('7d', now, { stepSeconds: 3600, steps: 168, gapEvery: 60, seed: 2 }),
		'30d': syntheticTimeseries('30d', now, {
			stepSeconds: step30,
			steps: Math.round((30 * 86_400) / step30),
			gapEvery: Math.round((5 * 86_400) / step30),
			seed: 3,
		}),
	};
	const usage = syntheticUsage(now);
	const hostile = o.hostile ?? [];
	const snapshotAt = new Date(now.getTime() - (o.snapshotAgeSeconds ?? 30) * 1000).toISOString();
	const today = usage.at(-1) as UsageDay;
	const { date: _date, ...todayFields } = today;
	const ips = [
		'203.0.113.57',
		'198.51.100.4',
		'2001:db8:85a3:1234::8a2e:370:7334',
		'192.0.2.200',
		...hostile,
	];
	const snapshot = SnapshotSchema.parse({
		schemaVersion: 1,
		version: hostile[0] ?? '0.1.0',
		generatedAt: snapshotAt,
		shards: 16,
		summary: { totalIps: 1873, activeIps: 412, idleIps: 1461, activeWindowSeconds: 1800 },
		performance: {
			windowSeconds: 300,
			requests: 152_340,
			avgMs: 11.8,
			p50Ms: 9.1,
			p95Ms: 31.4,
			p99Ms: 72.9,
			errorRate: 0.0009,
			timeoutRate: 0.00004,
			fallbackRate: 0.0002,
			throughputPerSecond: 507.8,
			errorsByReason: Object.fromEntries([['do_error', 103], ['timeout', 6], ...hostile.map((h) => [h, 1])]),
		},
		resources: { totalPaths: 48_211, avgPathsPerIp: 25.7, storageBytes: 3_221_225_472 },
		usage: { today, monthToDate: { ...todayFields, month: now.toISOString().slice(0, 7) } },
		business: {
			requestsToday: 712_003,
			requestsPreviousDay: 690_440,
			newIpsToday: 37,
			newPathsToday: 902,
			growthRate: 0.031,
		},
		topIps: ips.map((ip, i) => ({
			ip,
			requests: 90_000 - i * 11_000,
			paths: 120 - i * 9,
			storageBytes: 4_000_000 - i * 300_000,
			firstSeen: '2025-05-02T08:00:00Z',
			lastActivity: new Date(now.getTime() - i * 60_000).toISOString(),
		})),
		breaker: { state: 'closed', since: null, recentFailures: 2 },
		journal: { backlog: 0, oldestAt: null },
		overhead: { reportRequests: 24_011, recordRequests: 600_230, ratio: 0.04 },
		lastScrapeAt: snapshotAt,
		jobs: syntheticJobs(now),
	});
	return {
		snapshot,
		timeseries,
		usage,
		paths: syntheticPaths(now, hostile),
		clients: syntheticClients(ips.slice(0, 5), now, hostile),
	};
}

export function syntheticAlerts(now: Date, hostile: string[] = []): AlertView[] {
	const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
	const alerts: AlertView[] = [
		{
			fingerprint: '8f2c61d0a4b7e913',
			title: 'P95LatencyHigh: record latency p95 at 231 ms',
			severity: 'critical',
			state: 'firing',
			flapping: false,
			url: 'https://github.com/acme/edge/issues/42',
			openedAt: at(95),
			resolvedAt: null,
			labels: { alertname: 'P95LatencyHigh' },
		},
		{
			fingerprint: '17ab93c2e0f4d865',
			title: 'ErrorRateHigh: record error rate 0.62% over 5 minutes',
			severity: 'warning',
			state: 'firing',
			flapping: true,
			url: 'https://github.com/acme/edge/issues/41',
			openedAt: at(30),
			resolvedAt: null,
			labels: { alertname: 'ErrorRateHigh' },
		},
		{
			fingerprint: 'c0ffee0123456789',
			title: 'CostBudget: monthly forecast above 60% of $50',
			severity: 'warning',
			state: 'resolved',
			flapping: false,
			url: 'https://github.com/acme/edge/issues/37',
			openedAt: at(60 * 30),
			resolvedAt: at(60 * 26),
			labels: { alertname: 'CostBudget', budget: 'monthly' },
		},
		{
			fingerprint: 'deadbeef00000001',
			title: 'DailyDoRequestsHigh: an old incident',
			severity: 'critical',
			state: 'resolved',
			flapping: false,
			url: 'https://github.com/acme/edge/issues/12',
			openedAt: at(60 * 24 * 20),
			resolvedAt: at(60 * 24 * 19),
			labels: { alertname: 'DailyDoRequestsHigh' },
		},
	];
	for (const [i, h] of hostile.entries()) {
		alerts.push({
			fingerprint: `hostile-${i}-${h}`,
			title: h,
			severity: 'warning',
			state: 'firing',
			flapping: false,
			url:
				i % 2
					? `javascript:${h}`
					: `https://github.com/acme/edge/issues/${100 + i}?q=${encodeURIComponent(h)}`,
			openedAt: at(5 + i),
			resolvedAt: null,
			labels: { alertname: 'TopPathHot', path: `/api/${h}`, user_agent: h, [h.slice(0, 20)]: h },
		});
	}
	return alerts;
}

/** A full SiteInput with the action's real cost and health models over the synthetic data. */
export function syntheticSiteInput(o: FixtureOptions = {}): SiteInput {
	const now = o.now ?? FIXED_NOW;
	return assembleSiteInput(
		syntheticCollectorData(o),
		syntheticAlerts(now, o.hostile),
		DEFAULT_CONFIG_FOR_TESTS,
		now,
	);
}
