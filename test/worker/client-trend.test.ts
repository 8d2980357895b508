import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { shardForIp } from '../../worker/src/adapters/stats-shards.ts';
import { IpDetailSchema } from '../../worker/src/contract/index.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../worker/src/contract/time.ts';
import type { CollectorMinuteDelta, CollectorReport } from '../../worker/src/core/reports.ts';
import { floorTo, utcDate } from '../../worker/src/core/rollup.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };

function freshShard() {
	return env.STATS_SHARD.getByName(`trend-${crypto.randomUUID()}`);
}

function delta(records: number): CollectorMinuteDelta {
	return {
		records,
		doRequests: { record: records, admin: 0, job: 0 },
		rowsRead: records,
		rowsWritten: records,
		activeMs: records,
		newPaths: 0,
	};
}

/** A collector report whose per-minute deltas fall on the given minutes. */
function report(ip: string, minutes: [number, number][], isNew: boolean): CollectorReport {
	const total = minutes.reduce((n, [, r]) => n + r, 0);
	return {
		ip,
		isNew,
		state: {
			totalRequests: total,
			pathCount: 1,
			storageBytes: 100,
			firstSeen: minutes[0]?.[0] ?? 0,
			lastActivity: minutes.at(-1)?.[0] ?? 0,
		},
		minutes: Object.fromEntries(minutes.map(([m, r]) => [floorTo(m, MINUTE_MS), delta(r)])),
	};
}

/** Closed client days: rows of their own. */
const ipDayRows = (shard: ReturnType<typeof freshShard>) =>
	runInDurableObject(shard, (_i, state) =>
		state.storage.sql
			.exec<{ ip: string; day: string; requests: number }>('SELECT * FROM ip_day ORDER BY ip, day')
			.toArray(),
	);

/** Open client days: the latest day of each client, in its registry row. */
const openDays = (shard: ReturnType<typeof freshShard>) =>
	runInDurableObject(shard, (_i, state) =>
		state.storage.sql
			.exec<{ ip: string; day: string; requests: number }>(
				'SELECT ip, open_day AS day, day_requests AS requests FROM registry WHERE open_day IS NOT NULL ORDER BY ip',
			)
			.toArray(),
	);

describe('per-client daily trend in the stats shard', () => {
	it('counts records per UTC day from minute keys on two days, and keeps a day absent when idle', async () => {
		const shard = freshShard();
		const now = Date.now();
		const today = floorTo(now, DAY_MS);
		const yesterday = today - DAY_MS + 5 * MINUTE_MS;
		const ip = '198.51.100.21';
		await shard.reportCollector(
			report(
				ip,
				[
					[yesterday, 7],
					[yesterday + MINUTE_MS, 3],
					[today + MINUTE_MS, 4],
				],
				true,
			),
		);
		await shard.reportCollector(report(ip, [[today + 2 * MINUTE_MS, 5]], false));
		await shard.reportCollector(report('198.51.100.22', [[today - 3 * DAY_MS, 9]], true));
		// Reports alone carry no front-side calls: those stay zero, with no latency.
		const noCalls = { calls: 0, errors: 0, latencyMeanMs: null, latencyMaxMs: null };
		expect(await shard.ipDaily({ now, ip, days: 30 })).toEqual([
			{ day: utcDate(yesterday), requests: 10, ...noCalls },
			{ day: utcDate(today), requests: 9, ...noCalls },
		]);
		expect(await shard.ipDaily({ now, ip: '198.51.100.22', days: 30 })).toEqual([
			{ day: utcDate(today - 3 * DAY_MS), requests: 9, ...noCalls },
		]);
		// The window bounds what is returned: 1 day is today only.
		expect(await shard.ipDaily({ now, ip, days: 1 })).toEqual([
			{ day: utcDate(today), requests: 9, ...noCalls },
		]);
	});

	it('keeps each client’s latest day in its registry row: a day row is written only when a day closes', async () => {
		const shard = freshShard();
		const today = floorTo(Date.now(), DAY_MS);
		const ips = ['198.51.100.31', '198.51.100.32'];
		// 240 minutes and thousands of events per IP over two days: yesterday closes (2 rows), today
		// stays open in each registry row.
		const minutes = (scale: number): [number, number][] =>
			Array.from({ length: 240 }, (_, i) => [today - 2 * 60 * MINUTE_MS + i * MINUTE_MS, scale + i]);
		await shard.reportCollectors(ips.map((ip) => report(ip, minutes(10), true)));
		expect(await ipDayRows(shard)).toHaveLength(2);
		expect((await openDays(shard)).map((r) => r.day)).toEqual([utcDate(today), utcDate(today)]);
		await shard.reportCollectors(ips.map((ip) => report(ip, minutes(1000), false)));
		const closed = await ipDayRows(shard);
		const open = await openDays(shard);
		expect(closed).toHaveLength(2);
		const perDay = (scale: number, day: number) =>
			minutes(scale)
				.filter(([m]) => floorTo(m, DAY_MS) === day)
				.reduce((n, [, r]) => n + r, 0);
		for (const ip of ips) {
			expect(closed.filter((r) => r.ip === ip).map((r) => [r.day, r.requests])).toEqual([
				[utcDate(today - DAY_MS), perDay(10, today - DAY_MS) + perDay(1000, today - DAY_MS)],
			]);
			expect(open.filter((r) => r.ip === ip).map((r) => [r.day, r.requests])).toEqual([
				[utcDate(today), perDay(10, today) + perDay(1000, today)],
			]);
		}
		// Rows the ip_day statements wrote, counted at the storage API: late figures for the closed
		// day, one upsert per client; none for the open one.
		const written = await runInDurableObject(shard, async (instance, state) => {
			const sql = state.storage.sql;
			const exec = sql.exec.bind(sql);
			let n = 0;
			sql.exec = ((query: string, ...bindings: SqlStorageValue[]) => {
				const cursor = exec(query, ...bindings);
				if (query.includes('ip_day')) {
					cursor.toArray();
					n += cursor.rowsWritten;
				}
				return cursor;
			}) as typeof sql.exec;
			try {
				// With the front's call measurements for the same client-days: still one upsert each.
				const calls = ips.flatMap((ip) =>
					[today - DAY_MS, today, today].map((d) => ({
						ip,
						day: utcDate(d),
						calls: 1,
						errors: 0,
						latencyMsSum: 5,
						latencyMsMax: 5,
					})),
				);
				await instance.reportCollectors(
					ips.map((ip) => report(ip, minutes(50_000), false)),
					calls,
				);
			} finally {
				sql.exec = exec;
			}
			return n;
		});
		expect(written).toBe(2);
		// Today's calls went to the open day; every figure reads back through the trend.
		const now = Date.now();
		expect(await shard.ipDaily({ now, ip: ips[0] ?? '', days: 2 })).toEqual([
			{
				day: utcDate(today - DAY_MS),
				requests: perDay(10, today - DAY_MS) + perDay(1000, today - DAY_MS) + perDay(50_000, today - DAY_MS),
				calls: 1,
				errors: 0,
				latencyMeanMs: 5,
				latencyMaxMs: 5,
			},
			{
				day: utcDate(today),
				requests: perDay(10, today) + perDay(1000, today) + perDay(50_000, today),
				calls: 2,
				errors: 0,
				latencyMeanMs: 5,
				latencyMaxMs: 5,
			},
		]);
	});

	it('closes the open day when a later one opens, books calls without a report, and reads both', async () => {
		const shard = freshShard();
		const now = Date.now();
		const today = floorTo(now, DAY_MS);
		const ip = '198.51.100.35';
		const call = (day: number, latency: number) => ({
			ip,
			day: utcDate(day),
			calls: 1,
			errors: 1,
			latencyMsSum: latency,
			latencyMsMax: latency,
		});
		// Calls to a client the shard has no row for yet (its collector failed): a day row.
		await shard.reportCollectors([], [call(today - 2 * DAY_MS, 40)]);
		expect((await ipDayRows(shard)).map((r) => r.day)).toEqual([utcDate(today - 2 * DAY_MS)]);
		await shard.reportCollector(report(ip, [[today - DAY_MS + MINUTE_MS, 4]], true));
		// Calls alone, once the client has a row: into its open day, no day row.
		await shard.reportCollectors([], [call(today - DAY_MS, 10)]);
		expect(await ipDayRows(shard)).toHaveLength(1);
		expect(await openDays(shard)).toEqual([{ ip, day: utcDate(today - DAY_MS), requests: 4 }]);
		// Today opens: yesterday closes into its own row.
		await shard.reportCollector(report(ip, [[today + MINUTE_MS, 6]], false));
		expect((await ipDayRows(shard)).map((r) => [r.day, r.requests])).toEqual([
			[utcDate(today - 2 * DAY_MS), 0],
			[utcDate(today - DAY_MS), 4],
		]);
		expect(await openDays(shard)).toEqual([{ ip, day: utcDate(today), requests: 6 }]);
		// A repair's registry write keeps the open day (the collector does not know it).
		await shard.registryPut({
			ip,
			firstSeen: today - DAY_MS,
			lastActivity: today + 2 * HOUR_MS,
			totalRequests: 10,
			pathCount: 1,
			storageBytes: 100,
		});
		const noCalls = { calls: 0, errors: 0, latencyMeanMs: null, latencyMaxMs: null };
		expect(await shard.ipDaily({ now, ip, days: 3 })).toEqual([
			{
				day: utcDate(today - 2 * DAY_MS),
				requests: 0,
				calls: 1,
				errors: 1,
				latencyMeanMs: 40,
				latencyMaxMs: 40,
			},
			{ day: utcDate(today - DAY_MS), requests: 4, calls: 1, errors: 1, latencyMeanMs: 10, latencyMaxMs: 10 },
			{ day: utcDate(today), requests: 6, ...noCalls },
		]);
	});

	it('drops counts past 35 days on prune, and an IP’s counts when it is unregistered', async () => {
		const shard = freshShard();
		const now = Date.now();
		const today = floorTo(now, DAY_MS);
		await shard.reportCollector(
			report(
				'198.51.100.41',
				[
					[today - 36 * DAY_MS, 2],
					[today, 3],
				],
				true,
			),
		);
		await shard.reportCollector(report('198.51.100.42', [[today, 4]], true));
		await shard.reportCollector(report('198.51.100.43', [[today, 5]], true));
		expect(await ipDayRows(shard)).toHaveLength(1);
		await shard.prune(now);
		expect(await ipDayRows(shard)).toEqual([]);
		expect((await openDays(shard)).map((r) => `${r.ip} ${r.day}`)).toEqual([
			`198.51.100.41 ${utcDate(today)}`,
			`198.51.100.42 ${utcDate(today)}`,
			`198.51.100.43 ${utcDate(today)}`,
		]);
		await shard.reportCollectors(
			[],
			[
				{
					ip: '198.51.100.41',
					day: utcDate(today - DAY_MS),
					calls: 1,
					errors: 0,
					latencyMsSum: 1,
					latencyMsMax: 1,
				},
			],
		);
		expect(await shard.registryDelete('198.51.100.41')).toBe(true);
		expect(await shard.registryDeleteMany(['198.51.100.42'])).toBe(1);
		expect(await ipDayRows(shard)).toEqual([]);
		expect((await openDays(shard)).map((r) => r.ip)).toEqual(['198.51.100.43']);
		expect(await shard.ipDaily({ now, ip: '198.51.100.41', days: 30 })).toEqual([]);
	});

	it('prunes expired client days at the first prune of each UTC day, scanning once a day', async () => {
		const shard = freshShard();
		const now = Date.now();
		const today = floorTo(now, DAY_MS);
		// An old day closed by today's: a row of its own.
		const old = (ip: string, days: number) =>
			report(
				ip,
				[
					[today - days * DAY_MS, 1],
					[today, 1],
				],
				true,
			);
		await shard.reportCollector(old('198.51.100.51', 36));
		await shard.prune(now);
		expect(await ipDayRows(shard)).toEqual([]);
		// Expired after today's prune: it waits for the first prune of the next day.
		await shard.reportCollector(old('198.51.100.52', 40));
		await shard.prune(now);
		expect((await ipDayRows(shard)).map((r) => r.ip)).toEqual(['198.51.100.52']);
		await shard.prune(today + DAY_MS + 60_000);
		expect(await ipDayRows(shard)).toEqual([]);
	});
});

describe('GET /api/admin/ips/:ip', () => {
	it('carries the daily trend from the IP’s shard', async () => {
		const ip = '10.216.0.7';
		const res = await exports.default.fetch('http://collector/record', {
			method: 'POST',
			headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'application/json' },
			body: JSON.stringify({
				events: Array.from({ length: 6 }, (_, i) => ({ ip, path: `/a/${i % 2}`, method: 'GET' })),
			}),
		});
		expect(res.status).toBe(202);
		// The isolate relays the report the collector handed back; then the collector goes idle.
		await flushFrontMetrics(env);
		await runDurableObjectAlarm(env.PATH_COLLECTOR.getByName(ip));
		const yesterday = floorTo(Date.now(), DAY_MS) - DAY_MS;
		await shardForIp(env, ip).reportCollector(report(ip, [[yesterday, 2]], false));
		const detail = await exports.default.fetch(`http://collector/api/admin/ips/${ip}`, { headers: ADMIN });
		expect(detail.status).toBe(200);
		const body = IpDetailSchema.parse(await detail.json());
		// Today's record request was one timed collector call; yesterday's report came without calls.
		expect(body.daily).toMatchObject([
			{ day: utcDate(yesterday), requests: 2, calls: 0, errors: 0, latencyMeanMs: null },
			{ day: utcDate(Date.now()), requests: 6, calls: 1, errors: 0 },
		]);
	});
});
