import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import type { PathCollector } from '../../worker/src/objects/path-collector.ts';
import { collector, freshIp } from './ingest-helpers.ts';

let seq = 0;
function ev(ip: string, path: string, extra: Partial<NormalizedEvent> = {}): NormalizedEvent {
	return {
		id: `c-${seq++}`,
		ip,
		path,
		method: 'GET',
		userAgent: null,
		country: null,
		timestamp: Date.UTC(2026, 5, 1) + seq,
		...extra,
	};
}

/**
 * Expected rejections are asserted inside the object: a rejecting RPC through a stub leaks an
 * unhandled rejection in the test pool (cloudflare/workers-sdk#14736) even when handled.
 */
function inside<R>(ip: string, fn: (c: PathCollector) => Promise<R>): Promise<R> {
	return runInDurableObject(collector(ip), (instance: PathCollector) => fn(instance));
}

function times(n: number, make: () => NormalizedEvent): NormalizedEvent[] {
	return Array.from({ length: n }, make);
}

describe('PathCollector', () => {
	it('reports empty stats for an IP that never sent anything', async () => {
		const ip = freshIp();
		expect(await collector(ip).stats()).toMatchObject({
			ip,
			totalRequests: 0,
			pathCount: 0,
			overflowRequests: 0,
			firstSeen: null,
			lastActivity: null,
		});
	});

	it('refuses events of another IP', async () => {
		const ip = freshIp();
		await inside(ip, (c) => expect(c.record([ev(freshIp(), '/x')])).rejects.toThrow(/another IP/));
		expect((await collector(ip).stats()).totalRequests).toBe(0);
	});

	it('pages paths in every sort order with stable cursors', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const counts: Record<string, number> = { '/a': 5, '/b': 3, '/c': 3, '/d': 1, '/e': 8 };
		for (const [path, n] of Object.entries(counts)) await c.record(times(n, () => ev(ip, path)));
		const all = async (sort: 'count' | 'recent' | 'path') => {
			const seen: string[] = [];
			let cursor: string | null = null;
			do {
				const page: Awaited<ReturnType<typeof c.paths>> = await c.paths({ sort, limit: 2, cursor });
				expect(page.items.length).toBeLessThanOrEqual(2);
				seen.push(...page.items.map((p) => p.path));
				cursor = page.nextCursor;
			} while (cursor);
			return seen;
		};
		expect(await all('count')).toEqual(['/e', '/a', '/b', '/c', '/d']);
		expect(await all('path')).toEqual(['/a', '/b', '/c', '/d', '/e']);
		expect(await all('recent')).toEqual(['/e', '/d', '/c', '/b', '/a']);
		await inside(ip, (o) =>
			expect(o.paths({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(/invalid cursor/),
		);
	});

	it('caps paths per IP: later new paths only count as overflow, totals stay exact', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const cap = Number(env.MAX_PATHS_PER_IP);
		await c.record(Array.from({ length: cap }, (_, i) => ev(ip, `/scan/${i}`)));
		await c.record([ev(ip, '/new-1'), ev(ip, '/new-1'), ev(ip, '/new-2'), ev(ip, '/scan/0')]);
		const stats = await c.stats();
		expect(stats).toMatchObject({ pathCount: cap, overflowRequests: 3, totalRequests: cap + 4 });
		const top = await c.paths({ sort: 'count', limit: 1 });
		expect(top.items[0]).toMatchObject({ path: '/scan/0', count: 2 });
	});

	it('purges with an expectation only while the totals still match (traffic after an archive is kept)', async () => {
		const ip = freshIp();
		const c = collector(ip);
		await c.record([ev(ip, '/a'), ev(ip, '/b')]);
		const archived = await c.exportAll();
		await c.record([ev(ip, '/late')]);
		const expectation = { totalRequests: archived.totalRequests, lastActivity: archived.lastActivity };
		expect(await c.purge(expectation)).toBe(false);
		expect((await c.stats()).totalRequests).toBe(3);
		const now = await c.exportAll();
		expect(await c.purge({ totalRequests: now.totalRequests, lastActivity: now.lastActivity })).toBe(true);
		expect((await c.stats()).totalRequests).toBe(0);
	});

	it('exports exactly and imports exactly (after purge, storage is empty)', async () => {
		const ip = freshIp();
		const c = collector(ip);
		await c.record([
			ev(ip, '/a', { userAgent: 'ua-1', country: 'FR' }),
			ev(ip, '/a'),
			ev(ip, '/b', { method: 'POST' }),
		]);
		const dump = await c.exportAll();
		expect(dump).toMatchObject({ ip, totalRequests: 3, overflowRequests: 0 });
		expect(dump.paths.map((p) => [p.method, p.path, p.count])).toEqual([
			['GET', '/a', 2],
			['POST', '/b', 1],
		]);
		await c.purge(null);
		await runInDurableObject(c, async (_instance, state) => {
			const tables = state.storage.sql
				.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%'")
				.toArray();
			expect(tables).toEqual([]);
			expect(await state.storage.getAlarm()).toBeNull();
		});
		expect(await c.importExact(dump)).toEqual({ paths: 2, totalRequests: 3 });
		expect(await c.exportAll()).toEqual(dump);
	});

	it('rejects an import whose totals disagree with its rows, or of another IP', async () => {
		const ip = freshIp();
		const c = collector(ip);
		await c.record([ev(ip, '/a')]);
		const dump = await c.exportAll();
		await inside(ip, (o) =>
			expect(o.importExact({ ...dump, totalRequests: 99 })).rejects.toThrow(/totalRequests/),
		);
		await inside(ip, (o) =>
			expect(o.importExact({ ...dump, ip: freshIp() })).rejects.toThrow(/cannot be imported/),
		);
		expect(await c.exportAll()).toEqual(dump);
	});

	it('compacts rows recorded under older rules into their template', async () => {
		const ip = freshIp();
		const c = collector(ip);
		// The collector stores paths as given; the front Worker normalises. These bypass it, as
		// data recorded before a rule change would.
		await c.record([
			ev(ip, '/users/1'),
			ev(ip, '/users/2'),
			ev(ip, '/users/2'),
			ev(ip, '/users/:id'),
			ev(ip, '/about'),
		]);
		const result = await c.compact();
		expect(result).toMatchObject({ pathsBefore: 4, pathsAfter: 2 });
		const { items } = await c.paths({ sort: 'path' });
		expect(items.map((p) => [p.path, p.count])).toEqual([
			['/about', 1],
			['/users/:id', 4],
		]);
		expect(await c.stats()).toMatchObject({ totalRequests: 5, pathCount: 2 });
	});
});
