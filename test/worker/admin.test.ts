import { runDurableObjectAlarm } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { shardForIp } from '../../worker/src/adapters/stats-shards.ts';
import {
	IpDetailSchema,
	SnapshotSchema,
	TimeseriesSchema,
	TopResponseSchema,
	UsageResponseSchema,
} from '../../worker/src/contract/index.ts';
import { MINUTE_MS } from '../../worker/src/contract/time.ts';
import { floorTo, utcDate } from '../../worker/src/core/rollup.ts';
import { shardIndexFor } from '../../worker/src/core/shard-key.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };

async function getJson(path: string): Promise<unknown> {
	const res = await exports.default.fetch(`http://collector${path}`, { headers: ADMIN });
	expect(res.status, `${path}: ${res.status}`).toBe(200);
	return res.json();
}

const snapshot = async () => SnapshotSchema.parse(await getJson('/api/admin/snapshot'));
const usageToday = async () => {
	const { days } = UsageResponseSchema.parse(await getJson('/api/admin/usage?days=1'));
	return days.find((d) => d.date === utcDate(Date.now()));
};

type Event = { ip: string; path: string; method: string; id?: string };

async function record(events: Event[]): Promise<void> {
	const res = await exports.default.fetch('http://collector/record', {
		method: 'POST',
		headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'application/json' },
		body: JSON.stringify({ events }),
	});
	expect(res.status).toBe(202);
}

const PATHS = [
	'/api/users/42',
	'/api/users/77/orders',
	'/api/items',
	'/api/items/9f8e7d6c5b4a39281706f5e4d3c2b1a0',
	'/health',
];

/** Zipf-like traffic: IP i gets about `scale / (i + 1)` events, spread over a few paths. */
function traffic(ips: string[], scale: number, phase: number): Event[] {
	return ips.flatMap((ip, i) =>
		Array.from({ length: Math.max(1, Math.round(scale / (i + 1))) }, (_, k) => ({
			ip,
			path: PATHS[(i + k * phase) % PATHS.length] ?? '/',
			method: k % 4 === 0 ? 'POST' : 'GET',
		})),
	);
}

/** Posts in batches of `size`, returning how many collector `record` calls that makes (one per distinct IP per batch). */
async function recordInBatches(events: Event[], size: number): Promise<number> {
	let calls = 0;
	for (let i = 0; i < events.length; i += size) {
		const batch = events.slice(i, i + size);
		await record(batch);
		calls += new Set(batch.map((e) => e.ip)).size;
	}
	return calls;
}

const collector = (ip: string) => env.PATH_COLLECTOR.getByName(ip);

describe('admin reads over real traffic', () => {
	it('shard totals equal the sum over collectors after a mixed workload with idle gaps', async () => {
		const before = await snapshot();
		const usageBefore = await usageToday();
		const a = Array.from({ length: 12 }, (_, i) => `10.201.0.${i + 1}`);
		const b = Array.from({ length: 8 }, (_, i) => `2001:db8:201::${(i + 1).toString(16)}`);
		let recordCalls = 0;

		// Burst 1 on A; the isolate relays the reports the collectors handed back, then A goes idle.
		recordCalls += await recordInBatches(traffic(a, 20, 1), 25);
		await flushFrontMetrics(env);
		for (const ip of a) await runDurableObjectAlarm(collector(ip));
		// Burst 2 on A and B, with a client retry (same ids, counted once).
		const retried = traffic(b, 6, 2).map((e, i) => ({ ...e, id: `retry-${i}` }));
		recordCalls += await recordInBatches([...traffic(a, 10, 3), ...retried], 40);
		recordCalls += await recordInBatches(retried.slice(0, 5), 5);
		await flushFrontMetrics(env);
		// Relayed reports, then half the collectors flush while active, half when idle; then a last
		// burst on B and a final flush of both paths.
		for (const [i, ip] of [...a, ...b].entries()) {
			if (i % 2) await collector(ip).flushReport();
			else await runDurableObjectAlarm(collector(ip));
		}
		recordCalls += await recordInBatches(traffic(b, 9, 4), 7);
		await flushFrontMetrics(env);
		for (const ip of [...a, ...b]) await collector(ip).flushReport();

		const stats = await Promise.all([...a, ...b].map((ip) => collector(ip).stats()));
		// stats() is an admin request on each collector: flush so the shard has seen it too.
		for (const ip of [...a, ...b]) await collector(ip).flushReport();
		for (const s of stats) {
			const entry = await shardForIp(env, s.ip).registryGet(s.ip);
			expect(entry).toMatchObject({
				totalRequests: s.totalRequests,
				pathCount: s.pathCount,
				storageBytes: s.storageBytes,
			});
			expect(new Date(entry?.lastActivity ?? 0).toISOString()).toBe(s.lastActivity);
			expect(new Date(entry?.firstSeen ?? 0).toISOString()).toBe(s.firstSeen);
		}
		const sum = (f: (s: (typeof stats)[number]) => number) => stats.reduce((n, s) => n + f(s), 0);
		const after = await snapshot();
		expect(after.summary.totalIps - before.summary.totalIps).toBe(a.length + b.length);
		expect(after.resources.totalPaths - before.resources.totalPaths).toBe(sum((s) => s.pathCount));
		expect(after.resources.storageBytes - before.resources.storageBytes).toBe(sum((s) => s.storageBytes));
		expect(after.business.requestsToday - before.business.requestsToday).toBe(sum((s) => s.totalRequests));
		expect(after.business.newIpsToday - before.business.newIpsToday).toBe(a.length + b.length);
		expect(after.summary.activeIps - before.summary.activeIps).toBe(a.length + b.length);
		const usageAfter = await usageToday();
		expect((usageAfter?.doRequestsByKind.record ?? 0) - (usageBefore?.doRequestsByKind.record ?? 0)).toBe(
			recordCalls,
		);
		// Each collector's stats() call above was booked as an admin request through its report.
		expect(
			(usageAfter?.doRequestsByKind.admin ?? 0) - (usageBefore?.doRequestsByKind.admin ?? 0),
		).toBeGreaterThanOrEqual(stats.length);
		expect(after.topIps.length).toBeGreaterThan(0);
		expect(after.overhead.ratio).not.toBeNull();

		// The 24 h series holds every recorded event.
		const series = TimeseriesSchema.parse(await getJson('/api/admin/timeseries?window=24h'));
		const total = series.series.records.reduce<number>((n, v) => n + (v ?? 0), 0);
		expect(total - before.business.requestsToday).toBeGreaterThanOrEqual(sum((s) => s.totalRequests));
	});

	it('relays collector reports through the isolate: one report request per shard per flush, whatever the IPs', async () => {
		await flushFrontMetrics(env);
		const ips = Array.from({ length: 60 }, (_, i) => `10.202.${i >> 4}.${(i % 16) + 1}`);
		const shards = new Set(ips.map((ip) => shardIndexFor(ip, Number(env.SHARD_COUNT))));
		const before = await usageToday();
		await record(ips.map((ip) => ({ ip, path: '/api/items', method: 'GET' })));
		await record(ips.map((ip) => ({ ip, path: '/api/users/1', method: 'GET' })));
		await flushFrontMetrics(env);
		const after = await usageToday();
		const reports = (after?.doRequestsByKind.report ?? 0) - (before?.doRequestsByKind.report ?? 0);
		// One reportCollectors per shard holding any of the IPs, plus the isolate's front metrics.
		expect(reports).toBeLessThanOrEqual(shards.size + 1);
		expect((after?.doRequestsByKind.record ?? 0) - (before?.doRequestsByKind.record ?? 0)).toBe(
			2 * ips.length,
		);
		for (const ip of ips)
			expect(await shardForIp(env, ip).registryGet(ip)).toMatchObject({ totalRequests: 2 });
	}, 30_000); // 120 events to 60 collectors: allow for a shared, busy machine

	it('reports front-Worker latency and counts from /record requests', async () => {
		await flushFrontMetrics(env);
		const before = await snapshot();
		const ips = ['10.202.0.1', '10.202.0.2'];
		for (let i = 0; i < 6; i++) await record(traffic(ips, 3, i));
		const bad = await exports.default.fetch('http://collector/record', {
			method: 'POST',
			headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'application/json' },
			body: '{"ip": "not-an-ip", "path": "/", "method": "GET"}',
		});
		expect(bad.status).toBe(400);
		expect(await flushFrontMetrics(env)).toBe(true);
		const after = await snapshot();
		// The refused request is counted apart: 6 served requests, 1 refusal.
		expect(after.performance.requests - before.performance.requests).toBe(6);
		expect(after.performance.p95Ms).not.toBeNull();
		expect((after.refusals?.byReason.invalid ?? 0) - (before.refusals?.byReason.invalid ?? 0)).toBe(1);
		expect(after.breaker.state).toBe('closed');
		expect(after.lastScrapeAt).toBe(before.generatedAt);
	});

	it('answers timeseries with null for minutes without data', async () => {
		const now = Date.now();
		const ip = '10.203.0.1';
		const m1 = floorTo(now, MINUTE_MS) - 90 * MINUTE_MS;
		const m3 = m1 + 2 * MINUTE_MS;
		const delta = {
			records: 4,
			doRequests: { record: 1, admin: 0, job: 0 },
			rowsRead: 1,
			rowsWritten: 1,
			activeMs: 1,
			newPaths: 1,
		};
		const state = { totalRequests: 4, pathCount: 1, storageBytes: 1, firstSeen: m1, lastActivity: m1 };
		await shardForIp(env, ip).reportCollector({ ip, isNew: true, state, minutes: { [m1]: delta } });
		await shardForIp(env, ip).reportCollector({
			ip,
			isNew: false,
			state: { ...state, totalRequests: 8, lastActivity: m3 },
			minutes: { [m3]: delta },
		});
		const ts = TimeseriesSchema.parse(await getJson('/api/admin/timeseries?window=24h'));
		const start = Date.parse(ts.start);
		const at = (t: number) => (t - start) / MINUTE_MS;
		expect(ts.series.requests).toHaveLength(1440);
		expect(ts.series.records[at(m1)]).toBeGreaterThanOrEqual(4);
		expect(ts.series.records[at(m1 + MINUTE_MS)]).toBeNull();
		expect(ts.series.p95Ms[at(m1 + MINUTE_MS)]).toBeNull();
		expect(ts.series.activeIps[at(m3)]).toBeGreaterThanOrEqual(1);
		for (const window of ['7d', '30d'] as const) {
			const long = TimeseriesSchema.parse(await getJson(`/api/admin/timeseries?window=${window}`));
			expect(long.series.requests).toHaveLength(window === '7d' ? 168 : 720);
			expect(long.stepSeconds).toBe(3600);
			expect(long.series.requests.at(0)).toBeNull();
		}
	});

	it('costs exactly one DO request per shard for each admin read, whatever the number of IPs', async () => {
		const shards = Number(env.SHARD_COUNT);
		const admin = async () => (await usageToday())?.doRequestsByKind.admin ?? 0;
		const p0 = await admin();
		const p1 = await admin();
		// A usage read counts itself on every shard before answering.
		expect(p1 - p0).toBe(shards);
		for (const read of [
			'/api/admin/snapshot',
			'/metrics',
			'/api/admin/timeseries?window=7d',
			'/api/admin/top?limit=3',
		]) {
			const start = await admin();
			const res = await exports.default.fetch(`http://collector${read}`, { headers: ADMIN });
			expect(res.status).toBe(200);
			await res.arrayBuffer();
			expect((await admin()) - start - shards, read).toBe(shards);
		}
	});

	it('ranks top IPs and validates queries', async () => {
		const top = TopResponseSchema.parse(await getJson('/api/admin/top?by=requests&limit=3'));
		expect(top.items.length).toBeLessThanOrEqual(3);
		const requests = top.items.map((t) => t.requests);
		expect(requests).toEqual([...requests].sort((x, y) => y - x));
		const recent = TopResponseSchema.parse(await getJson('/api/admin/top?by=recent&limit=2'));
		expect(recent.by).toBe('recent');
		for (const bad of [
			'/api/admin/top?by=cost',
			'/api/admin/top?limit=0',
			'/api/admin/usage?days=abc',
			'/api/admin/usage?days=401',
			'/api/admin/timeseries?window=1y',
		]) {
			const res = await exports.default.fetch(`http://collector${bad}`, { headers: ADMIN });
			expect(res.status, bad).toBe(400);
			expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_query');
		}
	});

	it('shows one IP with paged paths, and 404s an IP never seen', async () => {
		const ip = '10.204.0.1';
		await record(PATHS.map((path) => ({ ip, path, method: 'GET' })));
		const first = IpDetailSchema.parse(await getJson(`/api/admin/ips/${ip}?limit=2`));
		expect(first.stats).toMatchObject({ ip, totalRequests: PATHS.length });
		expect(first.paths.items).toHaveLength(2);
		expect(first.paths.nextCursor).not.toBeNull();
		const seen = [...first.paths.items];
		let cursor = first.paths.nextCursor;
		while (cursor !== null) {
			const page = IpDetailSchema.parse(
				await getJson(`/api/admin/ips/${ip}?limit=2&cursor=${encodeURIComponent(cursor)}`),
			);
			seen.push(...page.paths.items);
			cursor = page.paths.nextCursor;
		}
		expect(seen.reduce((n, p) => n + p.count, 0)).toBe(PATHS.length);
		expect(seen.length).toBe(first.stats.pathCount);
		const v6 = await exports.default.fetch('http://collector/api/admin/ips/2001:db8:204::99', {
			headers: ADMIN,
		});
		expect(v6.status).toBe(404);
		const invalid = await exports.default.fetch('http://collector/api/admin/ips/not-an-ip', {
			headers: ADMIN,
		});
		expect(invalid.status).toBe(400);
	});
});
