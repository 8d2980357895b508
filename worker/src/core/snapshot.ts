/**
 * Builds `GET /api/admin/snapshot` from one partial per shard. Everything merges by sums
 * (registry totals, rollups, histograms), the top list by re-ranking the shards' own top lists
 * (the global top k is inside the union of per-shard top k), and the breaker by taking the worst.
 */
import { SCHEMA_VERSION, type Snapshot, type TopIp } from '../contract/index.ts';
import type { Refusals } from '../contract/refusals.ts';
import { DAY_MS } from '../contract/time.ts';
import { estimateQuantile, histogramCount } from './histogram.ts';
import {
	emptyDayRollup,
	isServerErrorReason,
	type Rollup,
	refusalCounts,
	serverErrorCount,
	sumRollups,
	utcDate,
} from './rollup.ts';
import type { RegistryEntry } from './rpc.ts';
import { type DatedDay, mergeDayLists, monthToDate, toUsageDay } from './usage.ts';
import type { StoredHeartbeat } from './watchdog.ts';

/** Performance figures cover the last 15 minutes. */
export const PERFORMANCE_WINDOW_SECONDS = 900;
/** An IP is active when it recorded something within the last 10 minutes. */
export const ACTIVE_WINDOW_SECONDS = 600;
export const SNAPSHOT_TOP_IPS = 10;

export type BreakerReportState = {
	state: 'closed' | 'open' | 'half-open';
	since: number | null;
	recentFailures: number;
};

/** What one shard contributes to a snapshot (RPC `StatsShard.summarize`). */
export type SnapshotPartial = {
	registry: { ips: number; paths: number; storageBytes: number; requests: number; activeIps: number };
	/** Minute rollups of the performance window, summed. */
	window: Rollup;
	/** Day rollups from the earlier of yesterday and the first of the month, to today. */
	days: DatedDay[];
	/** Records from yesterday 00:00 UTC to exactly 24 h before now (the growth baseline). */
	yesterdaySameSpan: number;
	top: RegistryEntry[];
	/** Breaker states isolates reported within the performance window. */
	breakers: BreakerReportState[];
	/** Previous scrape time (only the shard that keeps it; null elsewhere). */
	lastScrapeAt: number | null;
	/** The monitor's last heartbeat (only from the shard that keeps it). */
	heartbeat?: StoredHeartbeat | null;
};

export type SnapshotContext = {
	now: number;
	version: string;
	shards: number;
	windowSeconds: number;
	activeWindowSeconds: number;
	topLimit: number;
	journal: JournalBacklog;
	/** INGEST_TOKEN is unset. */
	ingestOpen: boolean;
};

/** The journal as a bounded listing saw it (adapters/journal.ts). */
export type JournalBacklog = { events: number; entries: number; oldestAt: number | null; complete: boolean };

const BREAKER_RANK = { closed: 0, 'half-open': 1, open: 2 } as const;

const iso = (ms: number) => new Date(ms).toISOString();
const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The worst state any isolate reported (open > half-open > closed; the longest-standing on ties), with the most recent failures any reported. */
export function worstBreaker(reports: readonly BreakerReportState[]): BreakerReportState {
	let worst: BreakerReportState = { state: 'closed', since: null, recentFailures: 0 };
	let recentFailures = 0;
	for (const r of reports) {
		const rank = BREAKER_RANK[r.state] - BREAKER_RANK[worst.state];
		if (rank > 0 || (rank === 0 && (r.since ?? Infinity) < (worst.since ?? Infinity))) worst = r;
		recentFailures = Math.max(recentFailures, r.recentFailures);
	}
	return { state: worst.state, since: worst.since, recentFailures };
}

/** Ranks merged per-shard top lists (ties broken by ip, so the order is stable). */
export function mergeTop(
	lists: Iterable<readonly RegistryEntry[]>,
	by: 'requests' | 'paths' | 'storage' | 'recent',
	limit: number,
): RegistryEntry[] {
	const key = (e: RegistryEntry) =>
		by === 'requests'
			? e.totalRequests
			: by === 'paths'
				? e.pathCount
				: by === 'storage'
					? e.storageBytes
					: e.lastActivity;
	return [...lists]
		.flat()
		.sort((a, b) => key(b) - key(a) || (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0))
		.slice(0, limit);
}

export function toTopIp(e: RegistryEntry): TopIp {
	return {
		ip: e.ip,
		requests: e.totalRequests,
		paths: e.pathCount,
		storageBytes: e.storageBytes,
		firstSeen: iso(e.firstSeen),
		lastActivity: iso(e.lastActivity),
	};
}

/**
 * Performance over the window, from the front Worker's measurements. `requests` are
 * `POST /record` requests; the error rate counts requests that met a server-side failure
 * (including DO failures that fell back to the journal); the fallback rate is events journaled
 * ÷ events accepted.
 */
export function performanceOf(w: Rollup, windowSeconds: number): Snapshot['performance'] {
	const requests = histogramCount(w.latency);
	const serverErrors = serverErrorCount(w);
	return {
		windowSeconds,
		requests,
		avgMs: requests > 0 ? w.latencySumMs / requests : null,
		p50Ms: estimateQuantile(w.latency, 0.5),
		p95Ms: estimateQuantile(w.latency, 0.95),
		p99Ms: estimateQuantile(w.latency, 0.99),
		// Refusals never reach `latency` or `errors`: the rate is over requests that passed the checks.
		errorRate: rate(serverErrors, requests),
		timeoutRate: rate(w.timeouts, requests),
		fallbackRate: rate(w.fallbacks, w.frontRecords),
		throughputPerSecond: windowSeconds > 0 ? requests / windowSeconds : 0,
		errorsByReason: Object.fromEntries(Object.entries(w.errors).filter(([r]) => isServerErrorReason(r))),
	};
}

/** Refused requests over the window, by reason, and their share of all `POST /record` requests. */
export function refusalsOf(w: Rollup, windowSeconds: number): Refusals {
	const byReason = refusalCounts(w);
	const total = Object.values(byReason).reduce((a, b) => a + b, 0);
	return { windowSeconds, total, byReason, ratio: rate(total, total + histogramCount(w.latency)) };
}

/** The journal part of the snapshot: the oldest event's age is what says replay is behind. */
function journalOf(j: JournalBacklog, now: number): Snapshot['journal'] {
	return {
		backlog: j.events,
		oldestAt: j.oldestAt === null ? null : iso(j.oldestAt),
		oldestAgeSeconds: j.oldestAt === null ? 0 : Math.max(0, now - j.oldestAt) / 1000,
		entries: j.entries,
		complete: j.complete,
	};
}

function sumBy(partials: readonly SnapshotPartial[], f: (p: SnapshotPartial) => number): number {
	return partials.reduce((acc, p) => acc + f(p), 0);
}

export function mergeSnapshot(partials: readonly SnapshotPartial[], ctx: SnapshotContext): Snapshot {
	const today = utcDate(ctx.now);
	const yesterday = utcDate(ctx.now - DAY_MS);
	const days = mergeDayLists(partials.map((p) => p.days));
	const todayRow = days.get(today);
	const totalIps = sumBy(partials, (p) => p.registry.ips);
	const activeIps = sumBy(partials, (p) => p.registry.activeIps);
	const totalPaths = sumBy(partials, (p) => p.registry.paths);
	const sameSpan = sumBy(partials, (p) => p.yesterdaySameSpan);
	const requestsToday = todayRow?.records ?? 0;
	const breaker = worstBreaker(partials.flatMap((p) => p.breakers));
	const lastScrapeAt = partials.map((p) => p.lastScrapeAt).find((t) => t !== null) ?? null;
	const heartbeat = partials.map((p) => p.heartbeat ?? null).find((h) => h !== null) ?? null;
	const usageToday = toUsageDay(today, todayRow ?? emptyDayRollup());
	const window = sumRollups(partials.map((p) => p.window));
	return {
		schemaVersion: SCHEMA_VERSION,
		version: ctx.version,
		generatedAt: iso(ctx.now),
		shards: ctx.shards,
		summary: {
			totalIps,
			activeIps,
			idleIps: totalIps - activeIps,
			activeWindowSeconds: ctx.activeWindowSeconds,
		},
		performance: performanceOf(window, ctx.windowSeconds),
		refusals: refusalsOf(window, ctx.windowSeconds),
		ingestOpen: ctx.ingestOpen,
		resources: {
			totalPaths,
			avgPathsPerIp: totalIps > 0 ? totalPaths / totalIps : 0,
			storageBytes: sumBy(partials, (p) => p.registry.storageBytes),
		},
		usage: { today: usageToday, monthToDate: monthToDate(days, today) },
		business: {
			requestsToday,
			requestsPreviousDay: days.get(yesterday)?.records ?? 0,
			newIpsToday: todayRow?.newIps ?? 0,
			newPathsToday: todayRow?.newPaths ?? 0,
			growthRate: sameSpan > 0 ? (requestsToday - sameSpan) / sameSpan : null,
		},
		topIps: mergeTop(
			partials.map((p) => p.top),
			'requests',
			ctx.topLimit,
		).map(toTopIp),
		breaker: {
			state: breaker.state,
			since: breaker.since === null ? null : iso(breaker.since),
			recentFailures: breaker.recentFailures,
		},
		journal: journalOf(ctx.journal, ctx.now),
		overhead: {
			reportRequests: usageToday.doRequestsByKind.report,
			recordRequests: usageToday.doRequestsByKind.record,
			ratio: rate(usageToday.doRequestsByKind.report, usageToday.doRequestsByKind.record),
		},
		lastScrapeAt: lastScrapeAt === null ? null : iso(lastScrapeAt),
		monitorHeartbeat: heartbeat && {
			runId: heartbeat.runId,
			at: iso(heartbeat.at),
			receivedAt: iso(heartbeat.receivedAt),
		},
	};
}
