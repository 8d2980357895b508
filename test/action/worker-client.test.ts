import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { UpstreamError } from '../../action/src/core/errors.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';
import { makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('Worker admin client', () => {
	let fc: FakeCollector;
	const client = (token?: string) =>
		createWorkerClient({ url: `${fc.url}/`, token: token ?? fc.token, backoffMs: 1 });
	beforeEach(async () => {
		fc = await startFakeCollector();
		fc.set({
			snapshot: makeSnapshot({ now: NOW }),
			timeseries: makeTimeseries(NOW, () => ({})),
			usage: makeUsage(NOW, 3, () => 5),
		});
	});
	afterEach(() => fc.close());

	it('reads and validates the snapshot, the 24 h series and usage with the admin token', async () => {
		const c = client();
		expect((await c.snapshot()).schemaVersion).toBe(1);
		expect((await c.timeseries('24h')).series.requests).toHaveLength(1440);
		expect(await c.usage(3)).toHaveLength(3);
		expect(fc.requests).toEqual([
			'GET /api/admin/snapshot',
			'GET /api/admin/timeseries?window=24h',
			'GET /api/admin/usage?days=3',
		]);
	});

	it.each([
		[503, 2],
		[429, 3],
		[0, 1],
	])('retries HTTP %i with backoff (%i failures) and then succeeds', async (status, n) => {
		fc.failNext(n, status);
		const c = client();
		expect((await c.snapshot()).version).toBe('test');
		expect(c.requests()).toBe(n + 1);
	});

	it('gives up after three retries with an UpstreamError carrying the status', async () => {
		fc.failNext(10, 502);
		const c = client();
		const err = await c.snapshot().catch((e: unknown) => e);
		expect(err).toBeInstanceOf(UpstreamError);
		expect(err).toMatchObject({ status: 502, service: 'collector' });
		expect(c.requests()).toBe(4);
	});

	it.each(['192.0.2.77', '2001:db8::7'])(
		'names no raw IP in the error of a failed detail read (%s)',
		async (ip) => {
			// The fake answers an unknown client's page with a 404 whose message is the (encoded) path.
			const err = await client()
				.ipDetail(ip, 10)
				.catch((e: unknown) => e);
			expect(err).toMatchObject({ status: 404 });
			const message = (err as Error).message;
			expect(message).toContain('/api/admin/ips/');
			expect(message).not.toContain(ip);
			expect(message).not.toContain(encodeURIComponent(ip));
		},
	);

	it('does not retry a wrong token', async () => {
		const c = client('wrong');
		await expect(c.snapshot()).rejects.toMatchObject({ status: 401 });
		expect(c.requests()).toBe(1);
	});

	it('rejects a payload that does not match the contract, naming the field', async () => {
		fc.set({
			snapshot: { ...makeSnapshot({ now: NOW }), schemaVersion: 2 } as never,
			timeseries: makeTimeseries(NOW, () => ({})),
			usage: [],
		});
		await expect(client().snapshot()).rejects.toThrow(/unexpected payload: schemaVersion/);
	});

	it('reads the top IPs, and sends the heartbeat as the contract states it', async () => {
		const c = client();
		expect((await c.top('requests', 5)).by).toBe('requests');
		await c.heartbeat({ runId: '1234', at: '2026-11-22T12:00:00.000Z' });
		expect(fc.heartbeats).toEqual([{ runId: '1234', at: '2026-11-22T12:00:00.000Z' }]);
		expect(fc.requests.slice(-2)).toEqual([
			'GET /api/admin/top?by=requests&limit=5',
			'POST /api/admin/heartbeat',
		]);
		// A body the Worker would refuse is refused here, before anything is sent.
		await expect(c.heartbeat({ runId: '', at: 'yesterday' })).rejects.toThrow();
		expect(c.requests()).toBe(2);
	});

	it('retries a heartbeat the Worker could not take, and names a refused token', async () => {
		fc.failNext(2, 503);
		const c = client();
		await c.heartbeat({ runId: 'r', at: '2026-11-22T12:00:00Z' });
		expect(c.requests()).toBe(3);
		const err = await client('wrong')
			.heartbeat({ runId: 'r', at: '2026-11-22T12:00:00Z' })
			.catch((e: unknown) => e);
		expect(err).toBeInstanceOf(UpstreamError);
		expect((err as UpstreamError).message).toContain('PATHWATCH_ADMIN_TOKEN');
	});
});
