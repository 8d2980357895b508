import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { isolateBreakerStatus } from '../../worker/src/adapters/collector-client.ts';
import { replayJournal } from '../../worker/src/adapters/journal.ts';
import { createApp } from '../../worker/src/app.ts';
import { RecordAcceptedSchema } from '../../worker/src/contract.ts';
import type { Bindings } from '../../worker/src/env.ts';
import { collector, freshIp, recordRequest } from './ingest-helpers.ts';

const app = createApp();

async function send(body: unknown, vars: Record<string, string>) {
	const ctx = createExecutionContext();
	const testEnv: Bindings = Object.assign(Object.create(null), env, { FLUSH_INTERVAL_MS: '0' }, vars);
	const res = await app.fetch(recordRequest(body), testEnv, ctx);
	await waitOnExecutionContext(ctx);
	expect(res.status).toBe(202);
	return RecordAcceptedSchema.parse(await res.json());
}

describe('fallback: slow Durable Object calls', () => {
	it('times a slow call out at DO_TIMEOUT_MS, journals its events, and replay keeps counts exact', async () => {
		const ip = freshIp();
		const slow = { PATHWATCH_FAULTS: 'delay=300ms', DO_TIMEOUT_MS: '50' };
		const ack = await send({ events: [{ ip, path: '/slow', method: 'GET', id: 'slow-1' }] }, slow);
		expect(ack).toEqual({ accepted: 1, duplicates: 0, journaled: 1 });
		expect(isolateBreakerStatus(Date.now())).toMatchObject({ state: 'closed', recentFailures: 1 });
		// The late call still lands in the DO; the journal holds it too.
		await new Promise((r) => setTimeout(r, 400));
		await replayJournal(env, { limit: 10 });
		expect((await collector(ip).stats()).totalRequests).toBe(1);
	});
});
