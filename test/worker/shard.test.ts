import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createRng as rng } from '../../action/src/core/traffic/traffic.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../worker/src/contract/time.ts';
import { observeLatency } from '../../worker/src/core/histogram.ts';
import type { CollectorMinuteDelta, CollectorReport, FrontReport } from '../../worker/src/core/reports.ts';
import { floorTo, utcDate } from '../../worker/src/core/rollup.ts';

/** A fresh shard per test: StatsShard does not depend on its name. */
function freshShard() {
	return env.STATS_SHARD.getByName(`test-${crypto.randomUUID()}`);
}

type SimIp = { ip: string; events: number[]; paths: number; bytes: number };

/** Builds the reports a collector would send: one per flush batch, deltas bucketed by minute. */
function reportsFor(sim: SimIp, batches: number[][]): CollectorReport[] {
	let total = 0;
	return batches.map((batch, b) => {
		const minutes: Record<number, CollectorMinuteDelta> = {};
		for (const ts of batch) {
			const key = floorTo(ts, MINUTE_MS);
			const d = minutes[key] ?? {
				records: 0,
				doRequests: { record: 0, admin: 0, job: 0 },
				rowsRead: 0,
				rowsWritten: 0,
				activeMs: 0,
				newPaths: 0,
			};
			minutes[key] = d;
			d.records++;
			d.doRequests.record++;
			d.rowsRead += 2;
			d.rowsWritten += 3;
			d.activeMs += 1.5;
		}
		total += batch.length;
		return {
			ip: sim.ip,
			isNew: b === 0,
			state: {
				totalRequests: total,
				pathCount: Math.min(sim.paths, total),
				storageBytes: sim.bytes,
				firstSeen: sim.events[0] ?? 0,
				lastActivity: batch.at(-1) ?? 0,
			},
			minutes,
		};
	});
}

/** A mixed workload: Zipf-ish IP weights, bursts separated by idle gaps of minutes to hours. */
function workload(now: number, ips: number, seed: number): SimIp[] {
	const r = rng(seed);
	const sims: SimIp[] = [];
	for (let i = 0; i < ips; i++) {
		const ip = `10.${seed}.${i >> 8}.${i & 255}`;
		const events: number[] = [];
		let t = now - 20 * HOUR_MS + Math.floor(r() * 4 * HOUR_MS);
		const bursts = 1 + Math.floor(6 / (i + 1)) + Math.floor(r() * 3);
		for (let b = 0; b < bursts && t < now - MINUTE_MS; b++) {
			const n = 1 + Math.floor((40 / (i + 1)) * r());
			for (let k = 0; k < n && t < now - MINUTE_MS; k++) {
				events.push(t);
				t += Math.floor(r() * 20_000);
			}
			t += Math.floor(r() * 3 * HOUR_MS); // idle gap
		}
		if (events.length) sims.push({ ip, events, paths: 1 + (i % 7), bytes: 500 + i * 37 });
	}
	return sims;
}

/** Splits events into flush batches: a new batch after 10 s, or after an idle gap. */
function batchesOf(events: number[]): number[][] {
	const out: number[][] = [];
	let start = Number.NEGATIVE_INFINITY;
	for (const ts of events) {
		if (ts - start >= 10_000) {
			out.push([]);
			start = ts;
		}
		out.at(-1)?.push(ts);
	}
	return out;
}

function distinctBy(sims: SimIp[], step: number): Map<number, number> {
	const m = new Map<number, Set<string>>();
	for (const s of sims)
		for (const ts of s.events) m.set(floorTo(ts, step), (m.get(floorTo(ts, step)) ?? new Set()).add(s.ip));
	return new Map([...m].map(([k, v]) => [k, v.size]));
}

describe('StatsShard collector reports', () => {
	it('registry totals and rollups equal the sum over collectors after a mixed workload with idle gaps', async () => {
		const shard = freshShard();
		const now = Date.now();
		const sims = workload(now, 40, 3);
		const reports = sims.flatMap((s) => reportsFor(s, batchesOf(s.events)));
		// Interleave collectors the way concurrent flushes arrive, keeping each IP's order.
		reports.sort((a, b) => a.state.lastActivity - b.state.lastActivity);
		for (const r of reports) await shard.reportCollector(r);

		const totalEvents = sims.reduce((n, s) => n + s.events.length, 0);
		const partial = await shard.summarize({ now, windowSeconds: 900, activeWindowSeconds: 600, topLimit: 5 });
		expect(partial.registry).toMatchObject({
			ips: sims.length,
			requests: totalEvents,
			paths: sims.reduce((n, s) => n + Math.min(s.paths, s.events.length), 0),
			storageBytes: sims.reduce((n, s) => n + s.bytes, 0),
		});
		const top = [...sims].sort((a, b) => b.events.length - a.events.length || (a.ip < b.ip ? -1 : 1));
		expect(partial.top.map((e) => e.ip)).toEqual(top.slice(0, 5).map((s) => s.ip));

		// Minute rollups: records and distinct active IPs per minute.
		const series = await shard.timeseries({ now, window: '24h' });
		const byMinute = new Map(series.map((b) => [b.bucket, b.cell]));
		const expectedActive = distinctBy(sims, MINUTE_MS);
		for (const [minute, active] of expectedActive)
			expect(byMinute.get(minute)?.activeIps, `minute ${minute}`).toBe(active);
		expect(series.reduce((n, b) => n + b.cell.records, 0)).toBe(totalEvents);
		expect(series.reduce((n, b) => n + b.cell.activeIps, 0)).toBe(
			[...expectedActive.values()].reduce((a, b) => a + b, 0),
		);

		// Hour rollups count each IP once per hour, however many reports it sent.
		const hours = await shard.timeseries({ now, window: '7d' });
		const expectedHourly = distinctBy(sims, HOUR_MS);
		for (const b of hours)
			expect(b.cell.activeIps, `hour ${b.bucket}`).toBe(expectedHourly.get(b.bucket) ?? 0);

		// Daily usage: records, record DO requests, new IPs, rows and active time.
		const days = await shard.usage({ now, days: 2 });
		const sumDays = (f: (d: (typeof days)[number]['day']) => number) =>
			days.reduce((n, d) => n + f(d.day), 0);
		expect(sumDays((d) => d.records)).toBe(totalEvents);
		expect(sumDays((d) => d.doRequests.record)).toBe(totalEvents);
		expect(sumDays((d) => d.doRequests.report)).toBe(reports.length);
		expect(sumDays((d) => d.newIps)).toBe(sims.length);
		expect(sumDays((d) => d.activeMs)).toBeCloseTo(totalEvents * 1.5, 6);
		const expectedDaily = distinctBy(sims, DAY_MS);
		for (const d of days) expect(d.day.activeIps).toBe(expectedDaily.get(Date.parse(d.date)) ?? 0);
		// Collector rows plus the shard's own SQL work.
		expect(sumDays((d) => d.rowsWritten)).toBeGreaterThan(totalEvents * 3);
	});

	it("books a batch of many collectors' reports like the same reports sent one by one, as one DO request", async () => {
		const now = Date.now();
		const sims = workload(now, 15, 5);
		const reports = sims.flatMap((s) => reportsFor(s, batchesOf(s.events)));
		reports.sort((a, b) => a.state.lastActivity - b.state.lastActivity);
		const single = freshShard();
		const batched = freshShard();
		for (const r of reports) await single.reportCollector(r);
		for (let i = 0; i < reports.length; i += 20) await batched.reportCollectors(reports.slice(i, i + 20));
		const read = async (shard: ReturnType<typeof freshShard>) => ({
			summary: await shard.summarize({ now, windowSeconds: 900, activeWindowSeconds: 600, topLimit: 50 }),
			minutes: await shard.timeseries({ now, window: '24h' }),
			days: await shard.usage({ now, days: 2 }),
		});
		const a = await read(single);
		const b = await read(batched);
		expect(b.summary.registry).toEqual(a.summary.registry);
		expect(b.summary.top).toEqual(a.summary.top);
		const cells = (x: typeof a) =>
			x.minutes.filter((m) => m.cell.records > 0).map((m) => [m.bucket, m.cell.records, m.cell.activeIps]);
		expect(cells(b)).toEqual(cells(a));
		const reportsBooked = (x: typeof a) => x.days.reduce((n, d) => n + d.day.doRequests.report, 0);
		expect(reportsBooked(a)).toBe(reports.length);
		expect(reportsBooked(b)).toBe(Math.ceil(reports.length / 20));
	});

	it('keeps the busiest single object per day for the duration model', async () => {
		const shard = freshShard();
		const now = Date.now();
		const minute = floorTo(now - 5 * MINUTE_MS, MINUTE_MS);
		const delta = (activeMs: number): CollectorMinuteDelta => ({
			records: 1,
			doRequests: { record: 1, admin: 0, job: 0 },
			rowsRead: 1,
			rowsWritten: 1,
			activeMs,
			newPaths: 1,
		});
		const state = {
			totalRequests: 1,
			pathCount: 1,
			storageBytes: 10,
			firstSeen: minute,
			lastActivity: minute,
		};
		await shard.reportCollector({ ip: '192.0.2.1', isNew: true, state, minutes: { [minute]: delta(40) } });
		await shard.reportCollector({ ip: '192.0.2.1', isNew: false, state, minutes: { [minute]: delta(30) } });
		await shard.reportCollector({ ip: '192.0.2.2', isNew: true, state, minutes: { [minute]: delta(50) } });
		// Two days: five minutes ago may be yesterday (UTC) when the test runs just after midnight.
		const [today] = (await shard.usage({ now, days: 2 })).filter((d) => d.date === utcDate(minute));
		expect(today?.day.maxActiveMsPerObject).toBe(70);
		expect(today?.day.activeMs).toBe(120);
		expect(today?.day.newPaths).toBe(3);
	});
});

describe('StatsShard registry RPC (used by jobs)', () => {
	const entry = (i: number) => ({
		ip: `198.51.100.${i}`,
		firstSeen: 1_000 + i,
		lastActivity: 2_000 + i,
		totalRequests: 10 * i,
		pathCount: i,
		storageBytes: 100 * i,
	});

	it('puts, gets, pages in ip order and deletes, keeping totals exact', async () => {
		const shard = freshShard();
		for (let i = 1; i <= 25; i++) await shard.registryPut(entry(i));
		await shard.registryPut({ ...entry(3), totalRequests: 999 }); // overwrite, not a new IP
		expect(await shard.registryGet('198.51.100.3')).toEqual({ ...entry(3), totalRequests: 999 });
		expect(await shard.registryGet('203.0.113.9')).toBeNull();

		const seen: string[] = [];
		let cursor: string | null = null;
		do {
			const page: { items: { ip: string }[]; nextCursor: string | null } = await shard.registryPage(
				cursor,
				7,
			);
			expect(page.items.length).toBeLessThanOrEqual(7);
			seen.push(...page.items.map((e) => e.ip));
			cursor = page.nextCursor;
		} while (cursor !== null);
		expect(seen).toEqual([...seen].sort());
		expect(new Set(seen).size).toBe(25);

		expect(await shard.registryDelete('198.51.100.4')).toBe(true);
		expect(await shard.registryDelete('198.51.100.4')).toBe(false);
		const now = Date.now();
		const { registry } = await shard.summarize({
			now,
			windowSeconds: 900,
			activeWindowSeconds: 600,
			topLimit: 1,
		});
		const sum = (f: (i: number) => number) =>
			Array.from({ length: 25 }, (_, k) => k + 1)
				.filter((i) => i !== 4)
				.reduce((n, i) => n + f(i), 0);
		expect(registry).toMatchObject({
			ips: 24,
			paths: sum((i) => i),
			storageBytes: sum((i) => 100 * i),
			requests: sum((i) => 10 * i) - 30 + 999,
		});
	});

	it('deletes many IPs at once: unknown and repeated ones count once or not at all, totals move by what went', async () => {
		const shard = freshShard();
		for (let i = 1; i <= 6; i++) await shard.registryPut(entry(i));
		const removed = await shard.registryDeleteMany([
			'198.51.100.2',
			'203.0.113.9',
			'198.51.100.5',
			'198.51.100.2',
		]);
		expect(removed).toBe(2);
		expect(await shard.registryGet('198.51.100.2')).toBeNull();
		expect(await shard.registryGet('198.51.100.5')).toBeNull();
		expect(await shard.registryGet('198.51.100.6')).toEqual(entry(6));
		const { registry } = await shard.summarize({
			now: Date.now(),
			windowSeconds: 900,
			activeWindowSeconds: 600,
			topLimit: 1,
		});
		const kept = [1, 3, 4, 6];
		expect(registry).toMatchObject({
			ips: 4,
			paths: kept.reduce((n, i) => n + i, 0),
			storageBytes: kept.reduce((n, i) => n + 100 * i, 0),
			requests: kept.reduce((n, i) => n + 10 * i, 0),
		});
		expect(await shard.registryDeleteMany([])).toBe(0);
	});

	it('counts job requests, including the reporting call itself', async () => {
		// Each call books on the day it runs: taken again on a fresh shard if midnight UTC fell
		// between them.
		let shard = freshShard();
		let now = Date.now();
		for (let day = ''; day !== utcDate(now); now = Date.now()) {
			shard = freshShard();
			day = utcDate(Date.now());
			await shard.countJobRequests(5);
			await shard.recordJobUsage({ doRequests: 2, r2ClassA: 3, r2ClassB: 4 });
		}
		const [today] = await shard.usage({ now, days: 1 });
		expect(today?.day.doRequests).toEqual({ record: 0, report: 0, admin: 1, job: 9 });
		expect(today?.day.r2ClassA).toBe(3);
		expect(today?.day.r2ClassB).toBe(4);
	});
});

describe('StatsShard front reports', () => {
	const front = (
		isolateId: string,
		minute: number,
		latencies: number[],
		breaker: FrontReport['breaker'],
	): FrontReport => {
		const latency: number[] = [];
		for (const ms of latencies) observeLatency(latency, ms);
		return {
			isolateId,
			breaker,
			minutes: {
				[minute]: {
					workerRequests: latencies.length,
					records: latencies.length * 2,
					errorsByReason: { do_timeout: 1, bad_request: 2 },
					timeouts: 1,
					fallbacks: 3,
					fallbackRequests: 1,
					latency,
					latencySumMs: latencies.reduce((a, b) => a + b, 0),
					kvReads: 0,
					kvWrites: 1,
				},
			},
		};
	};

	it('merges latency histograms and failure counts, and reports the worst recent breaker', async () => {
		const shard = freshShard();
		const now = Date.now();
		const minute = floorTo(now, MINUTE_MS) - MINUTE_MS;
		await shard.reportFront(
			front('a', minute, [1, 2, 3, 4], { state: 'closed', since: null, recentFailures: 1 }),
		);
		await shard.reportFront(
			front('b', minute, [100, 200], { state: 'open', since: now - 5000, recentFailures: 5 }),
		);
		await shard.reportFront(front('a', minute, [5], { state: 'closed', since: null, recentFailures: 0 }));
		const p = await shard.summarize({ now, windowSeconds: 900, activeWindowSeconds: 600, topLimit: 1 });
		expect(p.window.workerRequests).toBe(7);
		expect(p.window.frontRecords).toBe(14);
		expect(p.window.errors).toEqual({ do_timeout: 3, bad_request: 6 });
		expect(p.window.timeouts).toBe(3);
		expect(p.window.fallbacks).toBe(9);
		expect(p.window.latency.reduce((a, b) => a + b, 0)).toBe(7);
		expect(p.window.latencySumMs).toBe(315);
		expect(p.breakers).toHaveLength(2);
		expect(p.breakers.map((b) => b.state).sort()).toEqual(['closed', 'open']);
		const m = await shard.metrics({ now, activeWindowSeconds: 600, breakerWindowSeconds: 900 });
		expect(m.counters.workerRequests).toBe(7);
		expect(m.counters.doRequests.report).toBe(3);
		expect(m.counters.doRequests.admin).toBe(2);
	});
});

describe('StatsShard bookkeeping', () => {
	it('arms a pruning alarm on its first write and re-arms it after running', async () => {
		const shard = freshShard();
		await shard.countJobRequests(1);
		expect(await runDurableObjectAlarm(shard)).toBe(true);
		const next = await runInDurableObject(shard, (_instance, state) => state.storage.getAlarm());
		expect(next).toBeGreaterThanOrEqual(Date.now() + 59 * MINUTE_MS);
	});

	it('keeps the previous scrape time only where asked', async () => {
		const shard = freshShard();
		const t0 = Date.now();
		const read = (now: number, scrape: boolean) =>
			shard.metrics({ now, scrape, activeWindowSeconds: 600, breakerWindowSeconds: 900 });
		expect((await read(t0, true)).lastScrapeAt).toBeNull();
		expect((await read(t0 + 1000, false)).lastScrapeAt).toBeNull();
		expect((await read(t0 + 2000, true)).lastScrapeAt).toBe(t0);
		const s = await shard.summarize({
			now: t0 + 3000,
			scrape: true,
			windowSeconds: 900,
			activeWindowSeconds: 600,
			topLimit: 1,
		});
		expect(s.lastScrapeAt).toBe(t0 + 2000);
	});

	it('prunes minute rollups after 48 h and, as a backstop to the archive job, hour rollups after 120 days', async () => {
		const shard = freshShard();
		const now = Date.now();
		const old = floorTo(now - 3 * HOUR_MS, MINUTE_MS);
		const state = { totalRequests: 1, pathCount: 1, storageBytes: 1, firstSeen: old, lastActivity: old };
		const minutes = {
			[old]: {
				records: 1,
				doRequests: { record: 1, admin: 0, job: 0 },
				rowsRead: 0,
				rowsWritten: 0,
				activeMs: 0,
				newPaths: 1,
			},
		};
		await shard.reportCollector({ ip: '203.0.113.5', isNew: true, state, minutes });
		const recordsIn = async (window: '24h' | '30d', at: number) =>
			(await shard.timeseries({ now: at, window })).reduce((n, b) => n + b.cell.records, 0);
		expect(await recordsIn('24h', now)).toBe(1);
		await shard.prune(old + 47 * HOUR_MS);
		expect(await recordsIn('24h', now)).toBe(1);
		await shard.prune(old + 47 * HOUR_MS); // idempotent
		await shard.prune(old + 48 * HOUR_MS + MINUTE_MS);
		expect(await recordsIn('24h', now)).toBe(0);
		expect(await recordsIn('30d', now)).toBe(1);
		await shard.prune(old + 91 * DAY_MS);
		expect(await recordsIn('30d', now)).toBe(1); // past 90 days: left for the archive job
		await shard.prune(old + 121 * DAY_MS);
		expect(await recordsIn('30d', now)).toBe(0);
		// The registry is not time-series data: only a cleanup job removes IPs.
		expect(await shard.registryGet('203.0.113.5')).not.toBeNull();
	});
});
