import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { replayJournal } from '../../worker/src/adapters/journal.ts';
import { createApp } from '../../worker/src/app.ts';
import { RecordAcceptedSchema } from '../../worker/src/contract.ts';
import type { Bindings } from '../../worker/src/env.ts';
import { collector, freshIp, journalKeys, recordRequest } from './ingest-helpers.ts';

const app = createApp();

async function send(body: unknown, vars: Record<string, string>) {
	const ctx = createExecutionContext();
	// Test-only variable overrides (a shorter DO timeout); the bindings themselves are the pool's.
	const testEnv: Bindings = Object.assign(Object.create(null), env, { FLUSH_INTERVAL_MS: '0' }, vars);
	const res = await app.fetch(recordRequest(body), testEnv, ctx);
	await waitOnExecutionContext(ctx);
	expect(res.status).toBe(202);
	return RecordAcceptedSchema.parse(await res.json());
}

describe('fallback: Durable Object answers lost or late', () => {
	it('journals events whose answer was lost although the DO recorded them; replay counts them once', async () => {
		const ips = Array.from({ length: 8 }, () => freshIp());
		const body = {
			events: ips.flatMap((ip, i) =>
				[0, 1, 2].map((k) => ({ ip, path: `/p${k}`, method: 'GET', id: `lost-${i}-${k}` })),
			),
		};
		const ack = await send(body, { PATHWATCH_FAULTS: 'timeout=1,seed=1' });
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
