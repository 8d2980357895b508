import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { isolateBreakerStatus } from '../../worker/src/adapters/collector-client.ts';
import { replayJournal } from '../../worker/src/adapters/journal.ts';
import { collector, freshIp, recordWithVars } from './ingest-helpers.ts';

describe('fallback: slow Durable Object calls', () => {
	it('times a slow call out at DO_TIMEOUT_MS, journals its events, and replay keeps counts exact', async () => {
		const ip = freshIp();
		const slow = { PATHWATCH_FAULTS: 'delay=300ms', DO_TIMEOUT_MS: '50' };
		const ack = await recordWithVars({ events: [{ ip, path: '/slow', method: 'GET', id: 'slow-1' }] }, slow);
		expect(ack).toEqual({ accepted: 1, duplicates: 0, journaled: 1 });
		expect(isolateBreakerStatus(Date.now())).toMatchObject({ state: 'closed', recentFailures: 1 });
		// The late call still lands in the DO; the journal holds it too.
		await new Promise((r) => setTimeout(r, 400));
		await replayJournal(env, { limit: 10 });
		expect((await collector(ip).stats()).totalRequests).toBe(1);
	});
});
