/**
 * What a StatsShard writes for the reports it receives, by its own usage counters (the rows it
 * books for itself, as the bill counts them). Sparse traffic, a client sending a request now and
 * then, costs one report per client and flush: its rows are the line that grows with clients.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../worker/src/contract/time.ts';
import type { CollectorReport } from '../../worker/src/core/reports.ts';
import { floorTo } from '../../worker/src/core/rollup.ts';

const IPS = 60;

function report(ip: string, requests: number, minute: number, isNew: boolean): CollectorReport {
	return {
		ip,
		isNew,
		state: {
			totalRequests: requests,
			pathCount: 1,
			storageBytes: 16_384,
			firstSeen: minute,
			lastActivity: minute,
		},
		// The collector's own rows are zero here: only the shard's rows are counted.
		minutes: {
			[minute]: {
				records: 1,
				doRequests: { record: 1, admin: 0, job: 0 },
				rowsRead: 0,
				rowsWritten: 0,
				activeMs: 1,
				newPaths: isNew ? 1 : 0,
			},
		},
	};
}

describe('StatsShard rows per report', () => {
	it('writes four rows for a new client and three for a returning one, the totals once per batch', async () => {
		const shard = env.STATS_SHARD.getByName(`cost-${crypto.randomUUID()}`);
		const now = Date.now();
		const minute = floorTo(now - 3 * MINUTE_MS, MINUTE_MS);
		const ips = Array.from({ length: IPS }, (_, i) => `198.51.100.${i + 1}`);
		const written = async () =>
			(await shard.usage({ now, days: 1 })).reduce((n, d) => n + d.day.rowsWritten, 0);
		// The first batch also creates the schema; the next new clients are measured.
		await shard.reportCollectors([report('203.0.113.1', 1, minute, true)]);
		const start = await written();
		await shard.reportCollectors(ips.map((ip) => report(ip, 1, minute, true)));
		const afterNew = await written();
		await shard.reportCollectors(ips.map((ip) => report(ip, 2, minute + MINUTE_MS, false)));
		const afterReturning = await written();
		const perNew = (afterNew - start) / IPS;
		const perReturning = (afterReturning - afterNew) / IPS;
		// A new client: its registry row with its activity index entry, its day row with the day
		// index entry. A returning one: the registry row and index entry, its day row. The totals,
		// rollups and usage rows are written once per batch or read, whatever the number of clients.
		expect(perNew).toBeGreaterThanOrEqual(4);
		expect(perNew).toBeLessThan(4.5);
		expect(perReturning).toBeGreaterThanOrEqual(3);
		expect(perReturning).toBeLessThan(3.5);
		const summary = await shard.summarize({
			now,
			windowSeconds: 900,
			activeWindowSeconds: 3600,
			topLimit: 5,
		});
		expect(summary.registry.ips).toBe(IPS + 1);
		expect(summary.registry.requests).toBe(2 * IPS + 1);
		expect(summary.top.map((t) => t.totalRequests)).toEqual([2, 2, 2, 2, 2]);
	});
});
