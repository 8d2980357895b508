import { evictDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import { collector, freshIp } from './ingest-helpers.ts';

let seq = 0;
function ev(ip: string, path: string, extra: Partial<NormalizedEvent> = {}): NormalizedEvent {
	seq++;
	return {
		id: crypto.randomUUID(),
		ip,
		path,
		method: 'GET',
		userAgent: `ua-${seq % 3}`,
		country: 'NL',
		timestamp: Date.UTC(2026, 5, 1) + seq,
		...extra,
	};
}

/**
 * Evicts the object the way a crash or a deploy does: its memory is gone, only storage stays.
 * (`state.abort()` does the same but breaks the test pool's output gate, cloudflare/workers-sdk#14736.)
 */
async function evict(ip: string): Promise<void> {
	await evictDurableObject(collector(ip));
}

describe('PathCollector durability', () => {
	for (const relay of [true, false]) {
		it(`loses nothing it acknowledged when reset before any flush (relay: ${relay})`, async () => {
			const ip = freshIp();
			const c = collector(ip);
			const first = [ev(ip, '/a'), ev(ip, '/a'), ev(ip, '/b', { method: 'POST' })];
			const second = [ev(ip, '/b', { method: 'POST' }), ev(ip, '/c', { userAgent: null, country: null })];
			expect(await c.record(first, { relay })).toMatchObject({ recorded: 3, duplicates: 0 });
			expect(await c.record(second, { relay })).toMatchObject({ recorded: 2, duplicates: 0 });
			const before = await c.exportAll();
			await evict(ip);

			// A new instance rebuilds its summary and seen ids from storage alone.
			expect(await c.exportAll()).toEqual(before);
			expect(await c.stats()).toMatchObject({ totalRequests: 5, pathCount: 3, overflowRequests: 0 });
			expect(before.paths.map((p) => [p.method, p.path, p.count, p.lastUserAgent])).toEqual([
				['GET', '/a', 2, first[1]?.userAgent],
				['GET', '/c', 1, null],
				['POST', '/b', 2, second[0]?.userAgent],
			]);
			// Replays of acknowledged events still count once.
			expect(await c.record([...first, ...second], { relay })).toMatchObject({ recorded: 0, duplicates: 5 });
			expect((await c.stats()).totalRequests).toBe(5);
		});
	}

	it('keeps exact counts and ids across many resets mid-stream', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const sent: NormalizedEvent[] = [];
		for (let round = 0; round < 4; round++) {
			const batch = Array.from({ length: 60 }, (_, i) => ev(ip, `/r${(round * 7 + i) % 9}`));
			sent.push(...batch);
			await c.record(batch, { relay: round % 2 === 0 });
			await evict(ip);
		}
		expect((await c.stats()).totalRequests).toBe(sent.length);
		expect(await c.record(sent)).toMatchObject({ recorded: 0, duplicates: sent.length });
		const dump = await c.exportAll();
		expect(dump.paths.reduce((n, p) => n + p.count, 0)).toBe(sent.length);
	});
});
