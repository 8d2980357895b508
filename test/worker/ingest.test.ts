import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { collector, freshIp, freshIp6, journalKeys, post, record } from './ingest-helpers.ts';

describe('POST /record', () => {
	it('accepts application/json with parameters and in any case', async () => {
		for (const type of [
			'application/json; charset=utf-8',
			'Application/JSON',
			' application/json ;charset=UTF-8',
		]) {
			const ip = freshIp();
			const res = await exports.default.fetch(
				new Request('http://collector/record', {
					method: 'POST',
					headers: { authorization: 'Bearer test-ingest-token', 'content-type': type },
					body: JSON.stringify({ ip, path: '/typed', method: 'GET' }),
				}),
			);
			expect(res.status, type).toBe(202);
			expect((await collector(ip).stats()).totalRequests).toBe(1);
		}
	});

	it('keeps surrogate pairs whole when it truncates a user agent', async () => {
		const ip = freshIp();
		// 511 ASCII characters, then an emoji (two UTF-16 units) straddling the 512-unit limit.
		await record({ ip, path: '/ua', method: 'GET', userAgent: `${'a'.repeat(511)}😀tail` });
		const { items } = await collector(ip).paths({});
		const ua = items[0]?.lastUserAgent ?? '';
		expect(ua).toBe('a'.repeat(511));
		expect(/[\ud800-\udfff]/.test(ua)).toBe(false);
	});

	it('records one event and answers 202 {accepted, duplicates, journaled}', async () => {
		const ip = freshIp();
		const ack = await record({
			ip,
			path: '/api/v1/items',
			method: 'GET',
			userAgent: 'curl/8',
			country: 'de',
		});
		expect(ack).toEqual({ accepted: 1, duplicates: 0, journaled: 0 });
		const stats = await collector(ip).stats();
		expect(stats).toMatchObject({ ip, totalRequests: 1, pathCount: 1, overflowRequests: 0 });
		const { items } = await collector(ip).paths({});
		expect(items).toEqual([
			expect.objectContaining({
				path: '/api/v1/items',
				method: 'GET',
				count: 1,
				lastUserAgent: 'curl/8',
				country: 'DE',
			}),
		]);
	});

	it('counts every event of concurrent batches exactly, per IP and per path', async () => {
		const ips = [freshIp(), freshIp(), freshIp()];
		const paths = ['/a', '/b', '/c', '/d'];
		const expected = new Map<string, number>();
		const batches = Array.from({ length: 12 }, (_, b) => ({
			events: Array.from({ length: 50 }, (_, i) => {
				const ip = ips[(b + i) % ips.length] ?? '';
				const path = paths[(b * 7 + i * 3) % paths.length] ?? '';
				const key = `${ip} ${path}`;
				expected.set(key, (expected.get(key) ?? 0) + 1);
				return { ip, path, method: 'POST' };
			}),
		}));
		const acks = await Promise.all(batches.map((b) => record(b)));
		expect(acks.reduce((s, a) => s + a.accepted, 0)).toBe(600);
		for (const ip of ips) {
			const { items } = await collector(ip).paths({ limit: 100 });
			const stats = await collector(ip).stats();
			let total = 0;
			for (const path of paths) {
				const want = expected.get(`${ip} ${path}`) ?? 0;
				total += want;
				expect(items.find((p) => p.path === path)?.count ?? 0).toBe(want);
			}
			expect(stats.totalRequests).toBe(total);
		}
		expect(await journalKeys()).toEqual([]);
	});

	it('counts a retried event id once and reports it as a duplicate', async () => {
		const ip = freshIp();
		const event = { ip, path: '/orders', method: 'POST', id: 'evt-retry-1' };
		expect(await record(event)).toEqual({ accepted: 1, duplicates: 0, journaled: 0 });
		expect(await record(event)).toEqual({ accepted: 1, duplicates: 1, journaled: 0 });
		expect(
			await record({ events: [event, { ...event, id: 'evt-retry-2' }, { ...event, id: 'evt-retry-2' }] }),
		).toEqual({
			accepted: 3,
			duplicates: 2,
			journaled: 0,
		});
		expect((await collector(ip).stats()).totalRequests).toBe(2);
	});

	it('normalises paths at ingest: no query or fragment, ID-like segments as :id', async () => {
		const ip = freshIp();
		await record({
			events: [
				{ ip, path: '/users/123?token=secret', method: 'get' },
				{ ip, path: '/users/456#frag', method: 'GET' },
				{ ip, path: '/orders/0b6e2a4c-1f1e-4a53-9b6a-0f3c2d9e8a71/items', method: 'GET' },
				{ ip, path: '/orders/5f9d1a2b3c4d5e6f7a8b9c0d/items', method: 'GET' },
			],
		});
		const { items } = await collector(ip).paths({ sort: 'path' });
		expect(items.map((p) => [p.method, p.path, p.count])).toEqual([
			['GET', '/orders/:id/items', 2],
			['GET', '/users/:id', 2],
		]);
	});

	it('canonicalises IP addresses so spellings of one address share a collector', async () => {
		const v6 = freshIp6();
		const suffix = v6.split('::')[1] ?? '';
		const v4 = freshIp();
		const ack = await record({
			events: [
				{ ip: `2001:DB8:0:0:0:0:0:${suffix.toUpperCase()}`, path: '/x', method: 'GET' },
				{ ip: v6, path: '/x', method: 'GET' },
				{ ip: `2001:0db8:0000::${suffix.padStart(4, '0')}`, path: '/x', method: 'GET' },
				{ ip: `::ffff:${v4}`, path: '/x', method: 'GET' },
			],
		});
		expect(ack.accepted).toBe(4);
		expect((await collector(v6).stats()).totalRequests).toBe(3);
		expect((await collector(v4).stats()).totalRequests).toBe(1);
	});

	it('uses the client timestamp for first and last seen', async () => {
		const ip = freshIp();
		await record({
			events: [
				{ ip, path: '/t', method: 'GET', timestamp: Date.UTC(2026, 0, 2) },
				{ ip, path: '/t', method: 'GET', timestamp: '2026-01-01T00:00:00Z' },
			],
		});
		const stats = await collector(ip).stats();
		expect(stats.firstSeen).toBe('2026-01-01T00:00:00.000Z');
		expect(stats.lastActivity).toBe('2026-01-02T00:00:00.000Z');
	});

	it('requires the ingest token when one is configured', async () => {
		expect(env.INGEST_TOKEN).toBe('test-ingest-token');
		const res = await post({ ip: freshIp(), path: '/', method: 'GET' }, { token: null });
		expect(res.status).toBe(401);
	});
});
