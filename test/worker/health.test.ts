import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { createApp } from '../../worker/src/app.ts';
import { HealthSchema, ReadinessSchema, UsageResponseSchema } from '../../worker/src/contract/index.ts';
import type { Bindings } from '../../worker/src/env.ts';

describe('GET /health', () => {
	it('reports liveness and the version', async () => {
		const res = await exports.default.fetch('http://collector/health');
		expect(res.status).toBe(200);
		expect(HealthSchema.parse(await res.json()).status).toBe('ok');
	});

	it('answers unknown routes with the JSON error body', async () => {
		const res = await exports.default.fetch('http://collector/nope');
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no such route' } });
	});
});

describe('GET /health/ready', () => {
	/** Readiness with some bindings replaced by failing stand-ins (the outside world breaking). */
	async function ready(overrides: Partial<Record<'JOURNAL' | 'ARCHIVE' | 'PATH_COLLECTOR', unknown>> = {}) {
		const testEnv: Bindings = Object.assign(Object.create(null), env, overrides);
		const res = await createApp().fetch(
			new Request('http://collector/health/ready'),
			testEnv,
			createExecutionContext(),
		);
		return { status: res.status, body: ReadinessSchema.parse(await res.json()) };
	}
	const failing = (message: string) => () => Promise.reject(new Error(message));

	it('is ready when the Durable Object, KV and R2 all answer, with each latency', async () => {
		const res = await exports.default.fetch('http://collector/health/ready');
		expect(res.status).toBe(200);
		const body = ReadinessSchema.parse(await res.json());
		expect(body.status).toBe('ready');
		expect(Object.keys(body.checks).sort()).toEqual(['durableObject', 'kv', 'r2']);
		for (const check of Object.values(body.checks))
			expect(check).toMatchObject({ ok: true, latencyMs: expect.any(Number) });
	});

	it('answers 503 naming KV when KV fails', async () => {
		const { status, body } = await ready({ JOURNAL: { get: failing('KV GET failed: 503') } });
		expect(status).toBe(503);
		expect(body.status).toBe('unavailable');
		expect(body.checks.kv).toMatchObject({ ok: false, error: 'KV GET failed: 503' });
		expect(body.checks.r2?.ok).toBe(true);
		expect(body.checks.durableObject?.ok).toBe(true);
	});

	it('answers 503 naming R2 and the Durable Object when they fail', async () => {
		const broken = { getByName: () => ({ ping: failing('Durable Object is overloaded') }) };
		const { status, body } = await ready({
			ARCHIVE: { head: failing('R2 unavailable') },
			PATH_COLLECTOR: broken,
		});
		expect(status).toBe(503);
		expect(body.checks).toMatchObject({
			durableObject: { ok: false, error: 'Durable Object is overloaded' },
			r2: { ok: false, error: 'R2 unavailable' },
			kv: { ok: true },
		});
	});

	it('books its DO, KV and R2 calls into usage, failed ones included', async () => {
		const usage = async () => {
			await flushFrontMetrics(env);
			const res = await exports.default.fetch('http://collector/api/admin/usage?days=1', {
				headers: { Authorization: 'Bearer test-admin-token' },
			});
			const day = UsageResponseSchema.parse(await res.json()).days.at(-1);
			if (!day) throw new Error('no usage row for today');
			return day;
		};
		const before = await usage();
		for (const overrides of [{}, { JOURNAL: { get: failing('KV GET failed: 503') } }]) {
			const ctx = createExecutionContext();
			const testEnv: Bindings = Object.assign(Object.create(null), env, overrides);
			await createApp().fetch(new Request('http://collector/health/ready'), testEnv, ctx);
			await waitOnExecutionContext(ctx);
		}
		const after = await usage();
		expect(after.kvReads - before.kvReads).toBe(2);
		expect(after.r2ClassB - before.r2ClassB).toBe(2);
		// The usage read in between costs one admin DO request per shard, counted by the shards.
		expect(after.doRequestsByKind.admin - before.doRequestsByKind.admin).toBe(2 + Number(env.SHARD_COUNT));
	});
});
