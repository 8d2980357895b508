import { reset, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { shardIndexFor, shardName } from '../../worker/src/core/shard-key.ts';
import type { JobUsage } from '../../worker/src/core/shard-reads.ts';
import { SqlJobStore } from '../../worker/src/objects/job-store.ts';
import {
	collector,
	DAY_MS,
	driveJob,
	freshIp,
	patchBindings,
	runner,
	seedIp,
	startJob,
} from './jobs-fixtures.ts';

const SHARDS = Number(env.SHARD_COUNT);

/**
 * The job usage the job's shard booked, over today and yesterday (storage is reset before each
 * test, so both days hold this test's job alone): a job that ran across midnight UTC books
 * part of its work on each day.
 */
async function bookedFor(jobId: string) {
	const shard = env.STATS_SHARD.getByName(shardName(shardIndexFor(jobId, SHARDS)));
	const days = await shard.usage({ now: Date.now(), days: 2 });
	if (days.length === 0) return undefined;
	return {
		rowsWritten: days.reduce((n, d) => n + d.day.rowsWritten, 0),
		doRequests: { job: days.reduce((n, d) => n + d.day.doRequests.job, 0) },
	};
}

describe('a job runner books its own storage work', () => {
	beforeEach(() => reset());

	it('writes each job counter once per transaction, not once per item', async () => {
		await runInDurableObject(runner(`store-${freshIp()}`), (_i, state) => {
			const store = new SqlJobStore(state.storage);
			store.migrate();
			store.enqueue(Array.from({ length: 101 }, (_, i) => ({ key: `k${i}`, data: '{}' })));
			const [first, ...rest] = store.items(['pending'], 101);
			if (!first) throw new Error('no items');
			store.takeRows();
			// One item alone: its update plus two status counters and three job counters.
			store.advance(first.seq, 'staged', { exported: 1, requests: 3, paths: 2 });
			const one = store.takeRows().rowsWritten;
			// A hundred in one transaction: a hundred updates, and each counter once.
			store.transact(() => {
				for (const item of rest) store.advance(item.seq, 'staged', { exported: 1, requests: 3, paths: 2 });
			});
			const hundred = store.takeRows().rowsWritten;
			const counterRows = 5;
			const perUpdate = one - counterRows;
			expect(perUpdate).toBeGreaterThan(0);
			expect(hundred).toBe(100 * perUpdate + counterRows);
			expect(store.statusCounts()).toEqual({ staged: 101 });
			expect(store.counters()).toEqual({ exported: 101, requests: 303, paths: 202 });
		});
	});

	it('leaves counters unchanged when the transaction throws', async () => {
		await runInDurableObject(runner(`store-${freshIp()}`), (_i, state) => {
			const store = new SqlJobStore(state.storage);
			store.migrate();
			store.enqueue([{ key: 'a', data: '{}' }]);
			const [item] = store.items(['pending'], 1);
			if (!item) throw new Error('no item');
			expect(() =>
				store.transact(() => {
					store.advance(item.seq, 'done', { exported: 1 });
					throw new Error('step failed');
				}),
			).toThrow('step failed');
			expect(store.statusCounts()).toEqual({ pending: 1 });
			expect(store.counters()).toEqual({});
			// And the next transaction starts clean.
			store.advance(item.seq, 'done', { exported: 1 });
			expect(store.statusCounts()).toEqual({ done: 1 });
			expect(store.counters()).toEqual({ exported: 1 });
		});
	});

	it('queues items in the order given, each key once, their data as given', async () => {
		await runInDurableObject(runner(`store-${freshIp()}`), (_i, state) => {
			const store = new SqlJobStore(state.storage);
			store.migrate();
			const data = (k: string) => JSON.stringify({ ip: k, note: 'quote " and \\ and ü' });
			// More than one statement's page, with a repeat inside the call.
			const keys = Array.from({ length: 1203 }, (_, i) => `2001:db8::${(1203 - i).toString(16)}`);
			expect(store.enqueue([...keys, keys[7] ?? ''].map((key) => ({ key, data: data(key) })))).toBe(1203);
			// A second call adds only what is new.
			expect(
				store.enqueue([
					{ key: keys[0] ?? '', data: '{}' },
					{ key: 'z', data: data('z') },
				]),
			).toBe(1);
			const items = store.items(['pending'], 2000);
			expect(items.map((i) => i.key)).toEqual([...keys, 'z']);
			expect(items.every((i) => i.data === data(i.key))).toBe(true);
			expect(store.statusCounts()).toEqual({ pending: 1204 });
			// Large data is paged by size: SQLite refuses a bound value over 2 MB.
			const big = 'x'.repeat(300_000);
			expect(
				store.enqueue(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'].map((key) => ({ key, data: big }))),
			).toBe(8);
			expect(
				store
					.items(['pending'], 2000)
					.slice(-8)
					.every((i) => i.data === big),
			).toBe(true);
		});
	});

	it('finds every item in a status without an index on it, reading from where the work stands', async () => {
		await runInDurableObject(runner(`store-${freshIp()}`), (_i, state) => {
			const store = new SqlJobStore(state.storage);
			store.migrate();
			store.enqueue(Array.from({ length: 1000 }, (_, i) => ({ key: `k${i}`, data: '{}' })));
			store.transact(() => {
				for (const item of store.items(['pending'], 900)) store.advance(item.seq, 'done');
			});
			const [first] = store.items(['pending'], 1);
			store.takeRows();
			// The status query starts at the work's frontier, not at the queue's head.
			expect(store.items(['pending'], 10)).toHaveLength(10);
			expect(store.takeRows().rowsRead).toBeLessThanOrEqual(10);
			// A move writes the item's row alone: no status index entry.
			if (!first) throw new Error('no item');
			store.advance(first.seq, 'staged');
			expect(store.takeRows().rowsWritten).toBe(1 + 2);

			// An item moved into a status below what a query saw of it is still found.
			expect(store.items(['error'], 10)).toEqual([]);
			const [done] = store.items(['done'], 1);
			if (!done) throw new Error('no done item');
			store.failItem(done.seq, 'boom', 1);
			expect(store.items(['error'], 10).map((i) => i.seq)).toEqual([done.seq]);

			// Items queued after a query found none pending are found.
			store.transact(() => {
				for (const item of store.items(['pending'], 1000)) store.advance(item.seq, 'done');
			});
			expect(store.items(['pending'], 10)).toEqual([]);
			store.enqueue([{ key: 'late', data: '{}' }]);
			expect(store.items(['pending'], 10).map((i) => i.key)).toEqual(['late']);

			// A rolled-back transaction leaves no item hidden: its move is undone, and so is what its query saw.
			const [late] = store.items(['pending'], 1);
			if (!late) throw new Error('no late item');
			expect(() =>
				store.transact(() => {
					store.advance(late.seq, 'done');
					expect(store.items(['pending'], 10)).toEqual([]);
					throw new Error('step failed');
				}),
			).toThrow('step failed');
			expect(store.items(['pending'], 10).map((i) => i.key)).toEqual(['late']);
			expect(store.statusCounts()).toEqual({ done: 998, staged: 1, error: 1, pending: 1 });
		});
	});

	it("answers a status poll's error samples without reading the queue when no item is in error", async () => {
		await runInDurableObject(runner(`store-${freshIp()}`), (_i, state) => {
			const store = new SqlJobStore(state.storage);
			store.migrate();
			store.enqueue(Array.from({ length: 1000 }, (_, i) => ({ key: `k${i}`, data: '{}' })));
			// As a status poll asks: with the items in error from its status counts.
			const samples = (n: number) => store.errors(n, store.statusCounts().error ?? 0);
			store.takeRows();
			expect(samples(5)).toEqual([]);
			// The status counters only, not a thousand item rows.
			expect(store.takeRows().rowsRead).toBeLessThan(10);
			const items = store.items(['pending'], 1000);
			const [a, b] = [items[500], items[900]];
			if (!a || !b) throw new Error('no items');
			store.failItem(b.seq, 'second', 1);
			store.failItem(a.seq, 'first', 1);
			expect(samples(5)).toEqual([
				{ key: a.key, message: 'first' },
				{ key: b.key, message: 'second' },
			]);
			expect(samples(1)).toEqual([{ key: a.key, message: 'first' }]);
		});
	});

	it('moves an item it has read with one statement, and one whose status changed since by reading it first', async () => {
		await runInDurableObject(runner(`store-${freshIp()}`), (_i, state) => {
			const store = new SqlJobStore(state.storage);
			store.migrate();
			store.enqueue([
				{ key: 'a', data: '{}' },
				{ key: 'b', data: '{}' },
			]);
			const [a, b] = store.items(['pending'], 2);
			if (!a || !b) throw new Error('no items');
			store.takeRows();
			store.advance(a.seq, 'staged');
			// The guarded update reads its own row only: no separate status read.
			const guessed = store.takeRows().rowsRead;
			// Another store over the same storage (a new instance after an eviction) moves b behind
			// the first one's back: the first one's guess for b is stale.
			const other = new SqlJobStore(state.storage);
			other.advance(b.seq, 'staged');
			store.takeRows();
			store.advance(b.seq, 'done');
			const verified = store.takeRows().rowsRead;
			expect(verified).toBeGreaterThan(guessed);
			expect(store.statusCounts()).toEqual({ staged: 1, done: 1 });
			expect(store.items(['pending'], 10)).toEqual([]);
		});
	});

	/** Runs a job whose runner's usage reports are captured (and still delivered). */
	async function booking(
		type: 'backup' | 'cleanup',
		id: string,
		params: Record<string, unknown> = {},
	): Promise<JobUsage[]> {
		const booked: JobUsage[] = [];
		await patchBindings(id, (real) => ({
			shard: (index: number) => {
				const s = real.shard(index);
				return new Proxy(s, {
					get(target, prop) {
						if (prop !== 'recordJobUsage') return Reflect.get(target, prop);
						return async (usage: JobUsage) => {
							booked.push({ ...usage });
							return target.recordJobUsage(usage);
						};
					},
				});
			},
		}));
		const done = await driveJob(await startJob(type, params, id));
		expect(done.state).toBe('succeeded');
		return booked;
	}

	const backupBooking = (id: string, params: Record<string, unknown> = {}) => booking('backup', id, params);

	const total = (list: JobUsage[], key: 'doRequests' | 'rowsRead' | 'rowsWritten' | 'activeMs') =>
		list.reduce((n, u) => n + (u[key] ?? 0), 0);

	it('books the rows and active time of each step with its job request', async () => {
		const booked = await backupBooking('usage-empty');
		expect(booked.length).toBeGreaterThan(0);
		for (const u of booked) {
			expect(u.doRequests).toBe(1);
			expect(u.activeMs).toBeGreaterThanOrEqual(0);
		}
		// The job row, the item queue, counters and parts: every step saves the job at least.
		expect(booked.every((u) => (u.rowsWritten ?? 0) > 0)).toBe(true);
		expect(total(booked, 'rowsRead')).toBeGreaterThan(0);
		// And the shard adds them to the day's usage.
		const day = await bookedFor('usage-empty');
		expect(day?.rowsWritten).toBeGreaterThanOrEqual(total(booked, 'rowsWritten'));
	});

	it('books rows that grow with the items a job moves', async () => {
		const small = await backupBooking('usage-none');
		const now = Date.now();
		for (let i = 0; i < 12; i++) await seedIp(freshIp(), now - DAY_MS, 2, 1);
		const large = await backupBooking('usage-twelve', { batchSize: 4, partRecords: 4 });
		// Each item is queued, staged and written to a part: at least a row each time.
		expect(total(large, 'rowsWritten') - total(small, 'rowsWritten')).toBeGreaterThanOrEqual(3 * 12);
	});

	it('books each call it makes to a collector as a job DO request', async () => {
		const now = Date.now();
		const ips = Array.from({ length: 7 }, () => freshIp());
		for (const ip of ips) await seedIp(ip, now - 60 * DAY_MS, 2, 1);
		// Backup: one export per IP, on top of each step's own request.
		const backup = await backupBooking('usage-calls-backup', { batchSize: 3, partRecords: 3 });
		expect(total(backup, 'doRequests') - backup.length).toBe(ips.length);
		// Cleanup: an export and a purge per IP.
		const cleanup = await booking('cleanup', 'usage-calls-cleanup', { inactiveDays: 30, batchSize: 3 });
		expect(total(cleanup, 'doRequests') - cleanup.length).toBe(2 * ips.length);
		// And the shard's day holds them as job requests.
		const day = await bookedFor('usage-calls-cleanup');
		expect(day?.doRequests.job).toBeGreaterThanOrEqual(total(cleanup, 'doRequests'));
	});

	it("books the rows each collector call read, by the collector's own counters, for collectors it leaves idle or purges", async () => {
		const old = Date.now() - 60 * DAY_MS;
		const seeded = async (paths: number) => {
			const ips = Array.from({ length: 5 }, () => freshIp());
			for (const ip of ips) await seedIp(ip, old, paths, 1);
			return ips;
		};
		// The same five IPs with one path or thirty: an export reads every path row of its collector.
		const few = await seeded(1);
		const backupFew = await backupBooking('usage-rows-backup-1', { batchSize: 5 });
		const cleanupFew = await booking('cleanup', 'usage-rows-cleanup-1', { inactiveDays: 30, batchSize: 5 });
		for (const ip of few) expect((await collector(ip).stats()).totalRequests).toBe(0);
		await seeded(30);
		const backupMany = await backupBooking('usage-rows-backup-30', { batchSize: 5 });
		const cleanupMany = await booking('cleanup', 'usage-rows-cleanup-30', { inactiveDays: 30, batchSize: 5 });
		expect(total(backupMany, 'rowsRead') - total(backupFew, 'rowsRead')).toBeGreaterThanOrEqual(5 * 29);
		expect(total(cleanupMany, 'rowsRead') - total(cleanupFew, 'rowsRead')).toBeGreaterThanOrEqual(5 * 29);
	});

	it('reads a collector for repair without writing to it or booking an admin request', async () => {
		const ips = Array.from({ length: 4 }, () => freshIp());
		for (const ip of ips) await seedIp(ip, Date.now() - DAY_MS, 3, 1);
		// The seeding's own alarms (it reported already): none is left armed.
		for (const ip of ips) await runDurableObjectAlarm(collector(ip));
		const before = await Promise.all(ips.map((ip) => collector(ip).statsBooked()));
		const id = 'usage-repair';
		const done = await driveJob(await startJob('repair', {}, id));
		expect(done.state).toBe('succeeded');
		expect(done.result).toMatchObject({ consistent: ips.length });
		for (const [i, ip] of ips.entries()) {
			const again = await collector(ip).statsBooked();
			expect(again.value).toEqual(before[i]?.value);
			// Nothing written, so nothing left to report and no alarm to send it.
			expect(again.rows.rowsWritten).toBe(0);
			expect(await runDurableObjectAlarm(collector(ip))).toBe(false);
		}
	});
});
