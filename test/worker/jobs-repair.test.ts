import { reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendJournal, JOURNAL_PREFIX } from '../../worker/src/adapters/journal.ts';
import type { JobStatus } from '../../worker/src/contract/index.ts';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import {
	collector,
	countedAndJournaled,
	driveJob,
	freshIp,
	registryRow,
	seedIp,
	shardOf,
	startJob,
} from './jobs-fixtures.ts';

let seq = 0;
function events(ip: string, n: number): NormalizedEvent[] {
	return Array.from({ length: n }, () => ({
		id: `journal-${seq++}`,
		ip,
		path: `/journaled/${seq % 3}`,
		method: 'GET',
		userAgent: null,
		country: null,
		timestamp: Date.now() - 60_000,
	}));
}

/** The registry row must say what the collector says (storage size aside: every read may grow it). */
async function expectRowMatchesCollector(ip: string): Promise<void> {
	const stats = await collector(ip).stats();
	const row = await registryRow(ip);
	expect(row).toMatchObject({
		ip,
		totalRequests: stats.totalRequests,
		pathCount: stats.pathCount,
		firstSeen: Date.parse(stats.firstSeen ?? ''),
		lastActivity: Date.parse(stats.lastActivity ?? ''),
	});
}

async function journalKeys(): Promise<number> {
	return (await env.JOURNAL.list({ prefix: JOURNAL_PREFIX })).keys.length;
}

describe('repair job', () => {
	beforeEach(() => reset());

	it('fixes a corrupted registry and replays the journal exactly once, however often it runs', async () => {
		const now = Date.now();
		const [a, c, d] = [
			await seedIp(freshIp(), now - 5000),
			await seedIp(freshIp(), now - 5000),
			await seedIp(freshIp(), now - 5000),
		];
		const ghost = freshIp();
		// Corruption: wrong totals for a, a row for an IP that holds nothing.
		await shardOf(a.ip).registryPut({
			ip: a.ip,
			firstSeen: 1,
			lastActivity: 2,
			totalRequests: 999,
			pathCount: 42,
			storageBytes: 1,
		});
		await shardOf(ghost).registryPut({
			ip: ghost,
			firstSeen: 1,
			lastActivity: 2,
			totalRequests: 7,
			pathCount: 1,
			storageBytes: 1,
		});
		// Journal: c's events never reached c; d's reached d but were journaled too (a lost answer).
		await appendJournal(env.JOURNAL, c.ip, events(c.ip, 4), 'do_error', now);
		await appendJournal(env.JOURNAL, c.ip, events(c.ip, 3), 'breaker_open', now);
		await countedAndJournaled(d.ip, events(d.ip, 5), now);

		const first = await driveJob(await startJob('repair', { batchSize: 2 }));
		expect(first.state).toBe('succeeded');
		expect(first.result).toMatchObject({
			journalEntries: 3,
			journalRecorded: 7,
			journalDuplicates: 5,
			removed: 1,
		});
		expect(first.result?.['mismatch.totalRequests']).toBeGreaterThanOrEqual(1);
		expect((await collector(c.ip).stats()).totalRequests).toBe(c.totalRequests + 7);
		expect((await collector(d.ip).stats()).totalRequests).toBe(d.totalRequests + 5);
		expect(await registryRow(ghost)).toBeNull();
		for (const ip of [a.ip, c.ip, d.ip]) await expectRowMatchesCollector(ip);
		expect(await journalKeys()).toBe(0);

		const second = await driveJob(await startJob('repair'));
		// Nothing left to fix: every row already matches its collector.
		expect(second.result).toMatchObject({ candidates: 3, consistent: 3 });
		expect(second.result?.inconsistent).toBeUndefined();
		expect(second.result?.journalRecorded ?? 0).toBe(0);
		expect((await collector(c.ip).stats()).totalRequests).toBe(c.totalRequests + 7);
		expect((await collector(d.ip).stats()).totalRequests).toBe(d.totalRequests + 5);
	});

	it('refreshes a row whose only difference is the storage size without counting it inconsistent', async () => {
		const seeded = await seedIp(freshIp(), Date.now() - 5000);
		const row = await registryRow(seeded.ip);
		if (!row) throw new Error('seeded IP not registered');
		await shardOf(seeded.ip).registryPut({ ...row, storageBytes: row.storageBytes + 4096 });
		const run = await driveJob(await startJob('repair'));
		expect(run.state).toBe('succeeded');
		expect(run.result).toMatchObject({ candidates: 1, consistent: 1, sizeRefreshed: 1 });
		expect(run.result?.inconsistent).toBeUndefined();
		expect(run.result?.['mismatch.storageBytes']).toBeUndefined();
		await expectRowMatchesCollector(seeded.ip);
	});

	it('counts a row behind its collector by traffic whose report is on its way as consistent, and refreshes it', async () => {
		const seeded = await seedIp(freshIp(), Date.now() - 5000);
		// Relayed: the report rides back in the answer, as to a front isolate that has not flushed yet.
		const live = events(seeded.ip, 4).map((e) => ({ ...e, timestamp: Date.now() }));
		await collector(seeded.ip).record(live, { relay: true });
		expect((await registryRow(seeded.ip))?.totalRequests).toBe(seeded.totalRequests);
		const run = await driveJob(await startJob('repair'));
		expect(run.state).toBe('succeeded');
		expect(run.result).toMatchObject({ candidates: 1, consistent: 1, reportInFlight: 1 });
		expect(run.result?.inconsistent).toBeUndefined();
		await expectRowMatchesCollector(seeded.ip);
	});

	it('counts a row behind its collector as inconsistent once no report can still be on its way', async () => {
		const old = Date.now() - 10 * 24 * 3_600_000;
		const seeded = await seedIp(freshIp(), old);
		const late = events(seeded.ip, 2).map((e) => ({ ...e, timestamp: old + 1000 }));
		await collector(seeded.ip).record(late, { relay: true });
		const run = await driveJob(await startJob('repair'));
		expect(run.result).toMatchObject({ candidates: 1, inconsistent: 1, 'mismatch.totalRequests': 1 });
		expect(run.result?.reportInFlight).toBeUndefined();
		await expectRowMatchesCollector(seeded.ip);
	});

	it('counts journaled events once when a second repair is started while one runs', async () => {
		const ip = (await seedIp(freshIp(), Date.now() - 5000)).ip;
		const before = (await collector(ip).stats()).totalRequests;
		for (let i = 0; i < 6; i++)
			await appendJournal(env.JOURNAL, ip, events(ip, 2), 'do_error', Date.now() + i);

		const [x, y] = [
			await startJob('repair', { journalBatch: 2 }),
			await startJob('repair', { journalBatch: 2 }),
		];
		// The JobRunner does not let two repairs overlap: the second start follows the first.
		expect(y).toBe(x);
		const runs: JobStatus[] = await Promise.all([driveJob(x), driveJob(y)]);
		expect(runs.map((r) => r.state)).toEqual(['succeeded', 'succeeded']);
		expect(Number(runs[0]?.result?.journalRecorded)).toBe(12);
		expect((await collector(ip).stats()).totalRequests).toBe(before + 12);
		expect(await journalKeys()).toBe(0);
	});
});
