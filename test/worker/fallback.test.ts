import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { replayJournal } from '../../worker/src/adapters/journal.ts';
import { collector, freshIp, journalKeys, recordWithVars } from './ingest-helpers.ts';

async function replayAll() {
	const totals = { replayed: 0, events: 0, recorded: 0, duplicates: 0, failed: 0 };
	for (let round = 0; round < 50; round++) {
		const r = await replayJournal(env, { limit: 100 });
		totals.replayed += r.replayed;
		totals.events += r.events;
		totals.recorded += r.recorded;
		totals.duplicates += r.duplicates;
		totals.failed += r.failed;
		if (!r.more && r.scanned === 0) break;
	}
	return totals;
}

describe('fallback: 30% of Durable Object calls failing', () => {
	const ips = Array.from({ length: 12 }, () => freshIp());
	const paths = ['/api/v1/users', '/api/v1/orders', '/api/v1/cart', '/health'];
	const expected = new Map<string, number>();
	let accepted = 0;
	let journaled = 0;

	it('acknowledges every event, journaling those whose DO call failed', async () => {
		const faults = { PATHWATCH_FAULTS: 'fail=0.3,seed=7' };
		const requests = Array.from({ length: 60 }, (_, r) => {
			const size = r % 3 === 0 ? 1 : 20;
			return {
				events: Array.from({ length: size }, (_, i) => {
					const ip = ips[(r * 5 + i) % ips.length] ?? '';
					const path = paths[(r + i * 3) % paths.length] ?? '';
					expected.set(`${ip} ${path}`, (expected.get(`${ip} ${path}`) ?? 0) + 1);
					return { ip, path, method: 'GET', id: `f30-${r}-${i}` };
				}),
			};
		});
		// Four at a time, like a gateway with a few connections.
		for (let i = 0; i < requests.length; i += 4) {
			const acks = await Promise.all(requests.slice(i, i + 4).map((b) => recordWithVars(b, faults)));
			for (const a of acks) {
				accepted += a.accepted;
				journaled += a.journaled;
			}
		}
		const sent = [...expected.values()].reduce((s, n) => s + n, 0);
		expect(accepted).toBe(sent);
		expect(journaled).toBeGreaterThan(0);
		expect(journaled).toBeLessThan(accepted);
		expect((await journalKeys()).length).toBeGreaterThan(0);
	});

	it('after replay, stored totals equal the accepted events exactly, per IP and path', async () => {
		const r = await replayAll();
		expect(r.failed).toBe(0);
		expect(r.events).toBe(journaled);
		expect(await journalKeys()).toEqual([]);
		let stored = 0;
		for (const ip of ips) {
			const stats = await collector(ip).stats();
			stored += stats.totalRequests;
			const { items } = await collector(ip).paths({ limit: 100 });
			for (const path of paths) {
				expect(items.find((p) => p.path === path)?.count ?? 0, `${ip} ${path}`).toBe(
					expected.get(`${ip} ${path}`) ?? 0,
				);
			}
		}
		expect(stored).toBe(accepted);
	});

	it('a second replay is a no-op', async () => {
		const before = await Promise.all(ips.map((ip) => collector(ip).stats()));
		const r = await replayJournal(env, { limit: 100 });
		expect(r).toMatchObject({ scanned: 0, replayed: 0, events: 0, recorded: 0, duplicates: 0 });
		expect(await Promise.all(ips.map((ip) => collector(ip).stats()))).toEqual(before);
	});

	it('replaying an entry that was already replayed counts nothing twice', async () => {
		const ip = freshIp();
		const events = [
			{ id: 'dup-1', ip, path: '/x', method: 'GET', userAgent: null, country: null, timestamp: Date.now() },
			{ id: 'dup-2', ip, path: '/y', method: 'GET', userAgent: null, country: null, timestamp: Date.now() },
		];
		const value = JSON.stringify({ v: 1, ip, reason: 'do_error', events });
		// The same entry twice, as after a crash between recording and deleting it.
		await env.JOURNAL.put(`journal/v1/0000000000001/${ip}-a`, value);
		await env.JOURNAL.put(`journal/v1/0000000000002/${ip}-b`, value);
		const r = await replayJournal(env, { limit: 100 });
		expect(r).toMatchObject({ replayed: 2, events: 4, recorded: 2, duplicates: 2 });
		expect((await collector(ip).stats()).totalRequests).toBe(2);
	});

	it('moves an unreadable entry aside instead of replaying or losing it', async () => {
		await env.JOURNAL.put('journal/v1/0000000000003/garbage', '{"v":1,"ip":');
		const r = await replayJournal(env, { limit: 100 });
		expect(r.deadLettered).toBe(1);
		expect(await env.JOURNAL.get('journal-dead/v1/0000000000003/garbage')).toBe('{"v":1,"ip":');
		expect(await journalKeys()).toEqual([]);
	});
});
