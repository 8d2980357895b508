import { reset } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CollectorJobRpc } from '../../worker/src/core/rpc.ts';
import type { JobBindings } from '../../worker/src/objects/job-runner.ts';
import { collector, DAY_MS, driveJob, freshIp, patchBindings, seedIp, startJob } from './jobs-fixtures.ts';

const OLD = Date.now() - 60 * DAY_MS;

/** The collector binding, with the answer of the `lostAt`-th purge lost after the purge ran. */
function lostPurgeAnswer(real: JobBindings['collector'], lostAt: number) {
	let purges = 0;
	return (ip: string): CollectorJobRpc => {
		const c = real(ip);
		return {
			statsBooked: () => c.statsBooked(),
			compactBooked: () => c.compactBooked(),
			exportAllBooked: () => c.exportAllBooked(),
			restoreBooked: (...args) => c.restoreBooked(...args),
			flushReportBooked: () => c.flushReportBooked(),
			purgeBooked: async (...args) => {
				const purged = await c.purgeBooked(...args);
				if (++purges === lostAt) throw new Error('injected: purge answer lost');
				return purged;
			},
		};
	};
}

describe('the purge guard keeps changed IPs and only those', () => {
	beforeEach(() => reset());

	it('a purge retried after its answer was lost counts the idle IP as cleaned', async () => {
		const ips: string[] = [];
		for (let i = 0; i < 5; i++) ips.push((await seedIp(freshIp(), OLD, 2, 1)).ip);
		const id = 'purge-answer-lost';
		await patchBindings(id, (b) => ({ collector: lostPurgeAnswer(b.collector, 2) }));
		await startJob('cleanup', { inactiveDays: 30, batchSize: 5, concurrency: 1 }, id);
		const done = await driveJob(id);
		expect(done.state).toBe('succeeded');
		expect(done.result).toMatchObject({ cleaned: 5, purged: 5 });
		expect(done.result?.changedSinceArchive).toBeUndefined();
		for (const ip of ips) expect((await collector(ip).stats()).totalRequests).toBe(0);
	});

	it('the same expectation purges an unchanged IP, and again once it is empty', async () => {
		const d = await seedIp(freshIp(), OLD, 2, 1);
		const expectation = { totalRequests: d.totalRequests, lastActivity: d.lastActivity };
		expect(await collector(d.ip).purge(expectation)).toBe(true);
		expect(await collector(d.ip).purge(expectation)).toBe(true);
	});

	it('traffic after the archive, even after a first purge, is never purged by its expectation', async () => {
		const d = await seedIp(freshIp(), OLD, 2, 1);
		const expectation = { totalRequests: d.totalRequests, lastActivity: d.lastActivity };
		expect(await collector(d.ip).purge(expectation)).toBe(true);
		const late = { ip: d.ip, path: '/late', method: 'GET', timestamp: Date.now(), id: 'late-1' };
		await collector(d.ip).record([{ ...late, userAgent: null, country: null }]);
		expect(await collector(d.ip).purge(expectation)).toBe(false);
		expect((await collector(d.ip).stats()).totalRequests).toBe(1);
	});
});
