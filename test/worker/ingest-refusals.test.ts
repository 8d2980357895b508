/**
 * Refused requests never count as served: junk sent to the public ingest URL (401, 400, 413,
 * 415) outnumbers real failures 9 to 1, and the error rate — in the snapshot, in /metrics and
 * in the time series — still reads the real failure ratio. Real failures come from the
 * development fault switch (PATHWATCH_FAULTS), so they take the production failure path.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { createApp } from '../../worker/src/app.ts';
import { type Snapshot, SnapshotSchema, TimeseriesSchema } from '../../worker/src/contract/index.ts';
import type { Bindings } from '../../worker/src/env.ts';
import { freshIp, TOKEN } from './ingest-helpers.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };
const app = createApp();

/** One request through the app with overridden variables; its metrics flushed before returning. */
async function send(body: string, headers: Record<string, string>, vars: Record<string, string> = {}) {
	const ctx = createExecutionContext();
	const testEnv: Bindings = Object.assign(Object.create(null), env, { FLUSH_INTERVAL_MS: '0' }, vars);
	const req = new Request('http://collector/record', { method: 'POST', headers, body });
	const res = await app.fetch(req, testEnv, ctx);
	await res.arrayBuffer();
	await waitOnExecutionContext(ctx);
	return res.status;
}

const JSON_AUTH = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const event = () => JSON.stringify({ ip: freshIp(), path: '/orders/1', method: 'GET' });

/** 90 refusals, a quarter-ish of each kind. */
const REFUSALS: { status: number; send: () => Promise<number> }[] = [
	...Array.from({ length: 30 }, () => ({
		status: 401,
		send: () => send(event(), { 'content-type': 'application/json', authorization: 'Bearer wrong' }),
	})),
	...Array.from({ length: 30 }, () => ({
		status: 400,
		send: () => send(JSON.stringify({ ip: 'not-an-ip', path: '/', method: 'GET' }), JSON_AUTH),
	})),
	...Array.from({ length: 15 }, () => ({
		status: 413,
		send: () =>
			send(JSON.stringify({ events: Array.from({ length: 1001 }, () => JSON.parse(event())) }), JSON_AUTH),
	})),
	...Array.from({ length: 15 }, () => ({
		status: 415,
		send: () => send(event(), { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }),
	})),
];

async function snapshot(): Promise<Snapshot> {
	const res = await exports.default.fetch('http://collector/api/admin/snapshot', { headers: ADMIN });
	return SnapshotSchema.parse(await res.json());
}

/** Sum of every sample of a family (all label sets) in a /metrics scrape. */
async function scrape(): Promise<(name: string) => number> {
	const res = await exports.default.fetch('http://collector/metrics', { headers: ADMIN });
	const text = await res.text();
	return (name) =>
		text
			.split('\n')
			.filter((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`))
			.reduce((acc, l) => acc + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

describe('refused requests never count as served', () => {
	it('reads the real failure ratio when refusals outnumber failures 9 to 1', async () => {
		const before = await snapshot();
		const metricsBefore = await scrape();
		// 10 requests that succeed, then 10 whose Durable Object call fails (journaled: 202, but a failure).
		for (let i = 0; i < 10; i++) expect(await send(event(), JSON_AUTH)).toBe(202);
		// A high threshold keeps the breaker closed, so every failure takes the same path.
		const faulty = { PATHWATCH_FAULTS: 'fail=1', BREAKER_FAILURE_THRESHOLD: '1000' };
		for (let i = 0; i < 10; i++) expect(await send(event(), JSON_AUTH, faulty)).toBe(202);
		for (const r of REFUSALS) expect(await r.send()).toBe(r.status);
		// The admin reads above left a flush waiting out the production interval: send it now.
		await flushFrontMetrics(env);

		const after = await snapshot();
		const metricsAfter = await scrape();
		const served = after.performance.requests - before.performance.requests;
		const failed = (s: Snapshot) => Object.values(s.performance.errorsByReason).reduce((a, b) => a + b, 0);
		expect(served).toBe(20);
		expect(failed(after) - failed(before)).toBe(10);
		if (before.performance.requests === 0) expect(after.performance.errorRate).toBe(0.5);
		const refused = (s: Snapshot, k: 'unauthorized' | 'invalid' | 'too_large' | 'unsupported_media_type') =>
			(s.refusals?.byReason[k] ?? 0) - (before.refusals?.byReason[k] ?? 0);
		expect(refused(after, 'unauthorized')).toBe(30);
		expect(refused(after, 'invalid')).toBe(30);
		expect(refused(after, 'too_large')).toBe(15);
		expect(refused(after, 'unsupported_media_type')).toBe(15);

		// The same ratio from /metrics, as a Prometheus rule would compute it.
		const d = (name: string) => metricsAfter(name) - metricsBefore(name);
		expect(d('pathwatch_record_errors_total') / d('pathwatch_record_latency_seconds_count')).toBe(0.5);
		expect(d('pathwatch_record_refused_total')).toBe(90);
		// Refused requests are still Worker requests for the cost model.
		expect(after.usage.today.workerRequests - before.usage.today.workerRequests).toBeGreaterThanOrEqual(110);

		// And in the time series the action's burn-rate rules read.
		const res = await exports.default.fetch('http://collector/api/admin/timeseries?window=24h', {
			headers: ADMIN,
		});
		const ts = TimeseriesSchema.parse(await res.json());
		const total = (col: (number | null)[] | undefined) =>
			(col ?? []).reduce<number>((a, v) => a + (v ?? 0), 0);
		expect(total(ts.series.refused)).toBeGreaterThanOrEqual(90);
		expect(total(ts.series.errors) / total(ts.series.requests)).toBeCloseTo(
			failed(after) / Math.max(1, after.performance.requests),
			9,
		);
	});
});
