import { runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { replayJournal } from '../../worker/src/adapters/journal.ts';
import { shardStub } from '../../worker/src/adapters/stats-shards.ts';
import { UsageResponseSchema } from '../../worker/src/contract/index.ts';
import {
	CLIENTS_STANDARD_ERROR,
	OTHER_PATH,
	PathsNewResponseSchema,
	PathsTopResponseSchema,
} from '../../worker/src/contract/paths.ts';
import { HOUR_MS } from '../../worker/src/contract/time.ts';
import { emptyFold, foldDeltas, type PathDelta } from '../../worker/src/core/path-deltas.ts';
import { candidatesFor, mergePathsTop, pathWindow } from '../../worker/src/core/path-top.ts';
import type { CollectorReport } from '../../worker/src/core/reports.ts';
import { utcDate } from '../../worker/src/core/rollup.ts';
import { shardIndexFor } from '../../worker/src/core/shard-key.ts';
import { MeteredSql } from '../../worker/src/objects/metered-sql.ts';
import { ShardPaths } from '../../worker/src/objects/shard-paths.ts';
import { recordWithVars } from './ingest-helpers.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };
const SHARDS = Number(env.SHARD_COUNT);

async function get(path: string): Promise<Response> {
	return exports.default.fetch(`http://collector${path}`, { headers: ADMIN });
}

async function getJson(path: string): Promise<unknown> {
	const res = await get(path);
	expect(res.status, `${path}: ${res.status}`).toBe(200);
	return res.json();
}

type Event = { ip: string; path: string; method: string };

async function record(events: Event[]): Promise<void> {
	const res = await exports.default.fetch('http://collector/record', {
		method: 'POST',
		headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'application/json' },
		body: JSON.stringify({ events }),
	});
	expect(res.status).toBe(202);
}

const top = async (query: string) =>
	PathsTopResponseSchema.parse(await getJson(`/api/admin/paths/top?${query}`));

/** A collector report with only path deltas, as the relay would deliver it. */
function pathReport(ip: string, paths: Omit<PathDelta, 'hour'>[], at: number): CollectorReport {
	return {
		ip,
		isNew: true,
		state: { totalRequests: 1, pathCount: 1, storageBytes: 0, firstSeen: at, lastActivity: at },
		minutes: {},
		paths: paths.map((p) => ({ ...p, hour: at - (at % HOUR_MS) })),
	};
}

/** Sends each report to its IP's shard, in batches (one RPC per shard per batch). */
async function deliver(reports: CollectorReport[], batch = 2500): Promise<void> {
	const byShard = new Map<number, CollectorReport[]>();
	for (const r of reports) {
		const i = shardIndexFor(r.ip, SHARDS);
		byShard.set(i, [...(byShard.get(i) ?? []), r]);
	}
	for (const [i, rs] of byShard) {
		for (let o = 0; o < rs.length; o += batch)
			await shardStub(env, i).reportCollectors(rs.slice(o, o + batch));
	}
}

describe('top paths across clients', () => {
	it('is exact for small inputs recorded through POST /record', async () => {
		const p = `/t${crypto.randomUUID().slice(0, 8)}`;
		// /a: 6 clients × 3 GET + 1 POST from two of them; /b: 2 clients × 5; /c: 9 clients × 1.
		const ips = Array.from({ length: 9 }, (_, i) => `10.31.0.${i + 1}`);
		const events: Event[] = [];
		for (const ip of ips.slice(0, 6))
			for (let k = 0; k < 3; k++) events.push({ ip, path: `${p}/a`, method: 'GET' });
		for (const ip of ips.slice(0, 2)) events.push({ ip, path: `${p}/a`, method: 'POST' });
		for (const ip of ips.slice(0, 2))
			for (let k = 0; k < 5; k++) events.push({ ip, path: `${p}/b`, method: 'GET' });
		for (const ip of ips) events.push({ ip, path: `${p}/c`, method: 'DELETE' });
		await record(events.slice(0, 20));
		await record(events.slice(20));
		await flushFrontMetrics(env);

		const mine = <T extends { path: string }>(items: T[]) => items.filter((i) => i.path.startsWith(p));
		const byRequests = await top('by=requests&window=24h&limit=200');
		expect(byRequests.exact).toBe(true);
		expect(mine(byRequests.items).map((i) => [i.path, i.requests, i.clients, i.errors])).toEqual([
			[`${p}/a`, 20, 6, 0],
			[`${p}/b`, 10, 2, 0],
			[`${p}/c`, 9, 9, 0],
		]);
		const a = mine(byRequests.items)[0];
		expect(a?.methods).toEqual({ GET: 18, POST: 2 });
		expect(a?.errorRate).toBe(0);
		expect(a?.trend).toHaveLength(24);
		expect(a?.trend.at(-1)).toBe(20);
		expect(byRequests.trend).toMatchObject({ steps: 24, stepSeconds: 3600 });
		expect(byRequests.clientsStandardError).toBe(CLIENTS_STANDARD_ERROR);
		expect(byRequests.shards).toBe(SHARDS);

		const byClients = await top('by=clients&window=7d&limit=200');
		expect(mine(byClients.items).map((i) => [i.path, i.clients, i.requests])).toEqual([
			[`${p}/c`, 9, 9],
			[`${p}/a`, 6, 20],
			[`${p}/b`, 2, 10],
		]);
		expect(byClients.trend).toMatchObject({ steps: 7, stepSeconds: 86_400 });
		const month = await top('by=requests&window=30d&limit=200');
		expect(
			mine(month.items)
				.find((i) => i.path === `${p}/b`)
				?.trend.at(-1),
		).toBe(10);
	});

	it('estimates distinct clients within its stated error at 100k IPs across every shard', async () => {
		const path = `/hot${crypto.randomUUID().slice(0, 8)}`;
		const now = Date.now();
		const n = 100_000;
		const reports = Array.from({ length: n }, (_, i) =>
			pathReport(
				`172.${16 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`,
				[{ method: 'GET', path, count: 2, firstSeen: now, lastSeen: now }],
				now,
			),
		);
		await deliver(reports);
		const res = await top('by=clients&window=24h&limit=5');
		const hot = res.items.find((i) => i.path === path);
		expect(hot?.requests).toBe(2 * n);
		const error = Math.abs((hot?.clients ?? 0) - n) / n;
		// About 95% of HyperLogLog estimates lie within twice the standard error.
		expect(error, `estimate ${hot?.clients} for ${n}`).toBeLessThanOrEqual(2 * CLIENTS_STANDARD_ERROR);
	}, 120_000);

	it("merges partial aggregates and says when a shard's left-out paths could change the ranking", async () => {
		// Fresh shards (not the route's): each holds 30 local paths with 10 requests and /spread
		// with `spread` requests. A top-1 read asks each shard for 2·1 + 20 candidates.
		const run = async (spread: number) => {
			const shards = Array.from({ length: 3 }, () =>
				env.STATS_SHARD.getByName(`paths-merge-${crypto.randomUUID()}`),
			);
			const now = Date.now();
			for (const [s, shard] of shards.entries()) {
				const paths = Array.from({ length: 30 }, (_, k) => ({
					method: 'GET',
					path: `/s${s}-${k}`,
					count: 10,
					firstSeen: now,
					lastSeen: now,
				}));
				paths.push({ method: 'GET', path: '/spread', count: spread, firstSeen: now, lastSeen: now });
				await shard.reportCollectors([pathReport(`10.66.0.${s + 1}`, paths, now)]);
			}
			const max = candidatesFor(1);
			const partials = await Promise.all(
				shards.map((sh) => sh.pathsTop({ now, by: 'requests', window: '24h', max })),
			);
			expect(partials.every((pt) => pt.truncated && pt.candidates.length === max)).toBe(true);
			return mergePathsTop(partials, { by: 'requests', window: '24h', limit: 1, now });
		};
		// /spread (3 × 50) is in every shard's list and beats any sum the left-out paths could make.
		const proven = await run(50);
		expect(proven.items.map((i) => [i.path, i.requests])).toEqual([['/spread', 150]]);
		expect(proven.exact).toBe(true);
		// /spread (3 × 4 = 12) is the true top, but no shard sent it: the answer says it is not proven.
		const unproven = await run(4);
		expect(unproven.items[0]?.requests).toBe(10);
		expect(unproven.exact).toBe(false);
	});

	it('costs one DO request per shard for top paths and two for new paths', async () => {
		// A new path, so that the new-paths read has names to check on every shard.
		const now = Date.now();
		await deliver([
			pathReport(
				'10.55.0.1',
				[{ method: 'GET', path: '/fresh', count: 1, firstSeen: now, lastSeen: now }],
				now,
			),
		]);
		const usageAdmin = async () => {
			const { days } = UsageResponseSchema.parse(await getJson('/api/admin/usage?days=1'));
			return days.find((d) => d.date === utcDate(Date.now()))?.doRequestsByKind.admin ?? 0;
		};
		for (const [read, calls] of [
			['/api/admin/paths/top?by=requests&window=30d&limit=50', SHARDS],
			['/api/admin/paths/top?by=clients&window=24h', SHARDS],
			[`/api/admin/paths/new?since=${new Date(Date.now() - HOUR_MS).toISOString()}`, 2 * SHARDS],
		] as const) {
			const start = await usageAdmin();
			const res = await get(read);
			expect(res.status).toBe(200);
			await res.arrayBuffer();
			// The usage read itself counts one request per shard.
			expect((await usageAdmin()) - start - SHARDS, read).toBe(calls);
		}
	});

	it('answers a bad query with a 400 naming the parameter', async () => {
		for (const [query, param] of [
			['paths/top?by=latency', 'by'],
			['paths/top?window=1y', 'window'],
			['paths/top?limit=0', 'limit'],
			['paths/top?limit=201', 'limit'],
			['paths/top?limit=ten', 'limit'],
			['paths/new', 'since'],
			['paths/new?since=yesterday', 'since'],
			['paths/new?since=2026-01-01T00:00:00Z&limit=-1', 'limit'],
			[`paths/new?since=${new Date(Date.now() - 31 * 86_400_000).toISOString()}`, 'since'],
		] as const) {
			const res = await get(`/api/admin/${query}`);
			expect(res.status, query).toBe(400);
			const body = (await res.json()) as { error: { code: string; details: { param: string }[] } };
			expect(body.error.code).toBe('invalid_query');
			expect(body.error.details.map((d) => d.param)).toContain(param);
		}
	});
});

/** An IP of the given shard (searching a /16 prefix). */
function ipOnShard(shard: number, prefix: string): string {
	for (let i = 1; i < 255; i++) {
		const ip = `${prefix}.${i}`;
		if (shardIndexFor(ip, SHARDS) === shard) return ip;
	}
	throw new Error(`no IP of shard ${shard} under ${prefix}`);
}

describe('new paths', () => {
	it('lists paths no shard saw before `since`, newest first', async () => {
		const p = `/n${crypto.randomUUID().slice(0, 8)}`;
		const now = Date.now();
		const since = now - 10 * 60_000;
		const early = now - 30 * 60_000;
		const a = ipOnShard(0, '10.88.0');
		const b = ipOnShard(SHARDS - 1, '10.88.1');
		const d = (path: string, at: number) => ({ method: 'GET', path, count: 1, firstSeen: at, lastSeen: at });
		// /old: first on shard 0 before `since`, then on the last shard after it: not new.
		await deliver([
			pathReport(a, [d(`${p}/old`, early)], now),
			pathReport(b, [d(`${p}/old`, now - 60_000), d(`${p}/fresh`, now - 120_000)], now),
			pathReport(a, [d(`${p}/newest`, now - 1000), d(`${p}/fresh`, now - 60_000)], now),
		]);
		const res = PathsNewResponseSchema.parse(
			await getJson(`/api/admin/paths/new?since=${new Date(since).toISOString()}&limit=200`),
		);
		const mine = res.items.filter((i) => i.path.startsWith(p));
		expect(mine.map((i) => [i.path, Date.parse(i.firstSeen), i.requests])).toEqual([
			[`${p}/newest`, now - 1000, 1],
			[`${p}/fresh`, now - 120_000, 2],
		]);
		expect(mine[1]?.methods).toEqual({ GET: 2 });
		const later = PathsNewResponseSchema.parse(
			await getJson(`/api/admin/paths/new?since=${new Date(now + 1).toISOString()}`),
		);
		expect(later.items.filter((i) => i.path.startsWith(p))).toEqual([]);
	});
});

describe('errors per path', () => {
	it('counts events the front Worker could not hand to their collector, and their requests once replayed', async () => {
		const p = `/e${crypto.randomUUID().slice(0, 8)}`;
		const ip = '10.44.0.1';
		const events = Array.from({ length: 5 }, (_, i) => ({
			ip,
			path: `${p}/x`,
			method: 'PUT',
			id: `${p}-${i}`,
		}));
		const ack = await recordWithVars({ events }, { PATHWATCH_FAULTS: 'fail=1,seed=3' });
		expect(ack.journaled).toBe(5);
		// Another request of this file may hold the isolate's scheduled flush: send the batch now.
		await flushFrontMetrics(env);
		const find = async () =>
			(await top('by=errors&window=24h&limit=200')).items.find((i) => i.path === `${p}/x`);
		expect(await find()).toMatchObject({ errors: 5, requests: 0, errorRate: null });
		for (let round = 0; round < 20; round++) {
			const r = await replayJournal(env, { limit: 100 });
			if (!r.more && r.scanned === 0) break;
		}
		await env.PATH_COLLECTOR.getByName(ip).flushReport();
		expect(await find()).toMatchObject({
			errors: 5,
			requests: 5,
			errorRate: 1,
			methods: { PUT: 5 },
			clients: 1,
		});
	});
});

describe('collector reports', () => {
	it('carry recorded events per (hour, method, path), overflow past the IP cap under (other)', async () => {
		const ip = '10.45.0.1';
		const c = env.PATH_COLLECTOR.getByName(ip);
		const cap = Number(env.MAX_PATHS_PER_IP);
		const t = Date.now();
		const ev = (path: string, i: number, method = 'GET') => ({
			id: `${path}-${i}-${method}`,
			ip,
			path,
			method,
			userAgent: null,
			country: null,
			timestamp: t + i,
		});
		const first = await c.record(
			Array.from({ length: cap }, (_, i) => ev(`/scan/${i}`, i)),
			{ relay: true },
		);
		expect(first.report?.paths).toHaveLength(cap);
		const second = await c.record(
			[ev('/scan/1', 1, 'POST'), ev('/beyond', 1), ev('/beyond', 2), ev('/scan/1', 9)],
			{
				relay: true,
			},
		);
		const hour = t - (t % HOUR_MS);
		const paths = second.report?.paths?.map((d) => [d.hour, d.method, d.path, d.count]).sort();
		// /scan/1 by POST is a new (method, path) past the cap too.
		expect(paths).toEqual([
			[hour, 'GET', '(other)', 2],
			[hour, 'GET', '/scan/1', 1],
			[hour, 'POST', '(other)', 1],
		]);
	});
});

describe('path cap per shard', () => {
	it('counts events on paths past the cap into (other) and reports them', async () => {
		const stub = env.STATS_SHARD.getByName(`paths-cap-${crypto.randomUUID()}`);
		const now = Date.now();
		const result = await runInDurableObject(stub, (_instance, state) => {
			const paths = new ShardPaths(new MeteredSql(state.storage.sql), 3);
			const fold = emptyFold();
			const deltas = ['/p1', '/p2', '/p3', '/p4', '/p5'].map((path, i) => ({
				hour: now - (now % HOUR_MS),
				method: 'GET',
				path,
				count: i + 1,
				firstSeen: now,
				lastSeen: now,
			}));
			foldDeltas(fold, deltas, 'requests', '10.9.9.9', paths.admitter());
			paths.apply(fold);
			return paths.top(pathWindow('24h', now), 'requests', 10);
		});
		expect(result.candidates.map((c) => [c.path, c.requests])).toEqual([
			['/p3', 3],
			['/p2', 2],
			['/p1', 1],
		]);
		expect(result.other).toEqual({ requests: 9, errors: 0 });
		expect(result.candidates.some((c) => c.path === OTHER_PATH)).toBe(false);
	});
});
