/**
 * Per-client error rate and latency: the front Worker times each collector call and counts the
 * client's events that did not reach its collector at the first attempt; the deltas ride with
 * the relayed reports to the client's shard and come back in `GET /api/admin/ips/:ip` as `daily`.
 */
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { dispatchEvents } from '../../worker/src/adapters/collector-client.ts';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { flushRelayedReports, relayCollectorReports } from '../../worker/src/adapters/report-relay.ts';
import { shardForIp } from '../../worker/src/adapters/stats-shards.ts';
import { IpDetailSchema } from '../../worker/src/contract/index.ts';
import { type Breaker, CLOSED } from '../../worker/src/core/breaker.ts';
import type { FaultPlan } from '../../worker/src/core/faults.ts';
import { utcDate } from '../../worker/src/core/rollup.ts';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import { freshIp } from './ingest-helpers.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };

function events(ip: string, n: number): NormalizedEvent[] {
	const at = Date.now();
	return Array.from({ length: n }, (_, i) => ({
		id: `${ip}-${at}-${i}-${crypto.randomUUID()}`,
		ip,
		path: `/calls/${i % 3}`,
		method: 'GET',
		userAgent: null,
		country: null,
		timestamp: at,
	}));
}

function breakerPort(initial: Breaker) {
	let b = initial;
	return {
		get: () => b,
		set: (next: Breaker) => {
			b = next;
		},
	};
}

const NO_FAULTS = null;
const base = { timeoutMs: 2000, now: Date.now, random: Math.random };

/** The client's trend day `day` (the day its request was taken, not of the read after it). */
async function dayOf(ip: string, day: string) {
	const res = await exports.default.fetch(`http://collector/api/admin/ips/${ip}`, { headers: ADMIN });
	expect(res.status).toBe(200);
	const body = IpDetailSchema.parse(await res.json());
	return body.daily?.find((d) => d.day === day);
}

/** Calls `work` at a time the UTC day does not change across (retried once at midnight). */
async function withinOneDay<T>(work: () => Promise<T>): Promise<{ day: string; result: T }> {
	for (;;) {
		const day = utcDate(Date.now());
		const result = await work();
		if (utcDate(Date.now()) === day) return { day, result };
	}
}

describe('per-client collector calls', () => {
	it('times each call and counts no error when the collector answers', async () => {
		const { day: taken, result: ip } = await withinOneDay(async () => {
			const ip = freshIp();
			const res = await exports.default.fetch('http://collector/record', {
				method: 'POST',
				headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'application/json' },
				body: JSON.stringify({
					events: Array.from({ length: 5 }, (_, i) => ({ ip, path: `/ok/${i}`, method: 'GET' })),
				}),
			});
			expect(res.status).toBe(202);
			return ip;
		});
		await flushFrontMetrics(env);
		const day = await dayOf(ip, taken);
		expect(day).toMatchObject({ requests: 5, calls: 1, errors: 0 });
		expect(day?.latencyMeanMs).toBeGreaterThanOrEqual(0);
		expect(day?.latencyMaxMs).toBe(day?.latencyMeanMs);
	});

	it('counts a timed-out call’s events as errors with its latency, and a bypassed group with no call', async () => {
		const slow = freshIp();
		const bypassed = freshIp();
		// The collector answers after 300 ms; the front gives up at 50 ms and journals the events.
		const delay: FaultPlan = { fail: 0, timeout: 0, delayMs: 300, seed: null, from: null, until: null };
		const timedOut = await dispatchEvents(env, events(slow, 4), {
			...base,
			timeoutMs: 50,
			faults: delay,
			breaker: breakerPort(CLOSED),
		});
		expect(timedOut.failures.do_timeout).toBe(1);
		expect(timedOut.ipCalls).toHaveLength(1);
		expect(timedOut.ipCalls[0]).toMatchObject({ ip: slow, calls: 1, errors: 4 });
		expect(timedOut.ipCalls[0]?.latencyMsSum).toBeGreaterThanOrEqual(50);

		const open: Breaker = { ...CLOSED, state: 'open', since: Date.now() };
		const { day: bypassedDay, result: skipped } = await withinOneDay(() =>
			dispatchEvents(env, events(bypassed, 3), {
				...base,
				faults: NO_FAULTS,
				breaker: breakerPort(open),
			}),
		);
		expect(skipped.failures.breaker_open).toBe(1);
		expect(skipped.ipCalls).toEqual([
			{ ip: bypassed, day: bypassedDay, calls: 0, errors: 3, latencyMsSum: 0, latencyMsMax: 0 },
		]);

		// Relayed and flushed like a request's: the error days reach each client's shard. Both
		// clients are new, so every row of today and yesterday is this test's (a read after
		// midnight UTC still finds them).
		relayCollectorReports(
			env,
			[...timedOut.reports, ...skipped.reports],
			[...timedOut.ipCalls, ...skipped.ipCalls],
		);
		await flushRelayedReports(env);
		const rows = await shardForIp(env, slow).ipDaily({ now: Date.now(), ip: slow, days: 2 });
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ calls: 1, errors: 4 });
		expect(rows[0]?.latencyMeanMs).toBeGreaterThanOrEqual(50);
		const bypassedRows = await shardForIp(env, bypassed).ipDaily({ now: Date.now(), ip: bypassed, days: 2 });
		expect(bypassedRows).toEqual([
			{ day: bypassedDay, requests: 0, calls: 0, errors: 3, latencyMeanMs: null, latencyMaxMs: null },
		]);
	});

	it('adds calls of one client-day from several flushes into one row: sums, and the slowest call', async () => {
		const ip = freshIp();
		const day = utcDate(Date.now());
		const shard = shardForIp(env, ip);
		await shard.reportCollectors([], [{ ip, day, calls: 2, errors: 1, latencyMsSum: 30, latencyMsMax: 20 }]);
		await shard.reportCollectors([], [{ ip, day, calls: 3, errors: 0, latencyMsSum: 30, latencyMsMax: 12 }]);
		expect(await shard.ipDaily({ now: Date.now(), ip, days: 30 })).toEqual([
			{ day, requests: 0, calls: 5, errors: 1, latencyMeanMs: 12, latencyMaxMs: 20 },
		]);
	});
});
