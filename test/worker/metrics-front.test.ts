import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics, observeRecord, observeUsage } from '../../worker/src/adapters/front-metrics.ts';
import { SnapshotSchema, UsageResponseSchema } from '../../worker/src/contract/index.ts';
import { utcDate } from '../../worker/src/core/rollup.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };

async function snapshot() {
	const res = await exports.default.fetch('http://collector/api/admin/snapshot', { headers: ADMIN });
	return SnapshotSchema.parse(await res.json());
}

async function workerRequestsToday(): Promise<number> {
	const res = await exports.default.fetch('http://collector/api/admin/usage?days=1', { headers: ADMIN });
	const { days } = UsageResponseSchema.parse(await res.json());
	return days.find((d) => d.date === utcDate(Date.now()))?.workerRequests ?? 0;
}

/** An execution context that keeps what was handed to waitUntil. */
function fakeContext() {
	const pending: Promise<unknown>[] = [];
	return { pending, ctx: { waitUntil: (p: Promise<unknown>) => void pending.push(p) } };
}

describe('front-Worker metrics batching', () => {
	it('flushes an isolate batch at most once per interval, with everything observed meanwhile', async () => {
		const fast = { ...env, FLUSH_INTERVAL_MS: '200' };
		// Drain whatever earlier requests left in this isolate's batch: the interval restarts now.
		await flushFrontMetrics(env);
		const before = await snapshot();
		await flushFrontMetrics(env);
		const { pending, ctx } = fakeContext();
		const t0 = Date.now();
		observeRecord(fast, ctx, { latencyMs: 12, accepted: 5, journaled: 0, kvWrites: 0 });
		observeRecord(fast, ctx, {
			latencyMs: 30,
			accepted: 2,
			journaled: 2,
			kvWrites: 1,
			error: { reason: 'do_timeout' },
		});
		observeRecord(fast, ctx, { latencyMs: 3, accepted: 0, journaled: 0, kvWrites: 0, refused: 'invalid' });
		// One scheduled flush for all three observations.
		expect(pending).toHaveLength(1);
		await Promise.all(pending);
		expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
		// The next observation schedules the next flush.
		observeRecord(fast, ctx, { latencyMs: 1, accepted: 1, journaled: 0, kvWrites: 0 });
		expect(pending).toHaveLength(2);
		await Promise.all(pending);

		const after = await snapshot();
		const delta = (f: (s: typeof after) => number) => f(after) - f(before);
		// The refused request is counted apart, never as a served request.
		expect(delta((s) => s.performance.requests)).toBe(3);
		expect(delta((s) => s.performance.errorsByReason.do_timeout ?? 0)).toBe(1);
		expect(delta((s) => s.refusals?.byReason.invalid ?? 0)).toBe(1);
	});

	it('counts Worker requests that are not recordings (admin reads) for the cost model', async () => {
		await flushFrontMetrics(env);
		const before = await workerRequestsToday();
		const { pending, ctx } = fakeContext();
		observeUsage({ ...env, FLUSH_INTERVAL_MS: '0' }, ctx, { workerRequests: 4, kvReads: 2 });
		await Promise.all(pending);
		await flushFrontMetrics(env);
		// 4 observed here, plus the usage read before this one (counted by the admin middleware).
		expect((await workerRequestsToday()) - before).toBe(5);
	});
});
