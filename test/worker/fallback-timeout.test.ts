import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { replayJournal } from '../../worker/src/adapters/journal.ts';
import { collector, freshIp, journalKeys, recordWithVars } from './ingest-helpers.ts';

describe('fallback: Durable Object answers lost or late', () => {
	it('journals events whose answer was lost although the DO recorded them; replay counts them once', async () => {
		const ips = Array.from({ length: 8 }, () => freshIp());
		const body = {
			events: ips.flatMap((ip, i) =>
				[0, 1, 2].map((k) => ({ ip, path: `/p${k}`, method: 'GET', id: `lost-${i}-${k}` })),
			),
		};
		const ack = await recordWithVars(body, { PATHWATCH_FAULTS: 'timeout=1,seed=1' });
		expect(ack).toEqual({ accepted: 24, duplicates: 0, journaled: 24 });
		const r = await replayJournal(env, { limit: 100 });
		// Calls in flight before the breaker opened (at least five) reached their DO; later ones were bypassed.
		expect(r).toMatchObject({ events: 24, failed: 0 });
		expect(r.duplicates).toBeGreaterThanOrEqual(15);
		expect(r.duplicates % 3).toBe(0);
		expect(r.recorded).toBe(24 - r.duplicates);
		for (const ip of ips) expect((await collector(ip).stats()).totalRequests).toBe(3);
		expect(await journalKeys()).toEqual([]);
	});
});
