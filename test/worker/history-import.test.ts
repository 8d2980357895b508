/**
 * `POST /api/admin/history` in workerd: imported hours show in the 30-day series and the daily
 * usage exactly as sent, never in the all-time counters; a bad body is a 400 and an overlap
 * with the collector's own hours a 409, and neither stores anything.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { HistoryImportResponseSchema } from '../../worker/src/contract/history.ts';
import { SnapshotSchema, TimeseriesSchema, UsageResponseSchema } from '../../worker/src/contract/index.ts';
import { DAY_MS, HOUR_MS } from '../../worker/src/contract/time.ts';
import { floorTo, utcDate } from '../../worker/src/core/rollup.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token', 'Content-Type': 'application/json' };
const call = (path: string, init: RequestInit = {}) =>
	exports.default.fetch(`http://collector${path}`, { ...init, headers: ADMIN });
const post = (body: unknown) => call('/api/admin/history', { method: 'POST', body: JSON.stringify(body) });
const series30 = async () =>
	TimeseriesSchema.parse(await (await call('/api/admin/timeseries?window=30d')).json());

/** Hour `k` days and `h` hours before the current hour. */
const hourAgo = (k: number, h = 0) => floorTo(Date.now(), HOUR_MS) - k * DAY_MS - h * HOUR_MS;
const hour = (start: number, requests: number) => ({
	start: new Date(start).toISOString(),
	records: requests * 3,
	latency: [
		[8, requests - 10],
		[120, 10],
	],
	errors: { do_error: 2 },
	activeIps: 40,
	doRequests: { record: requests * 2, report: 50, admin: 0, job: 0 },
});

describe('history import', () => {
	it('fills the 30-day series and daily usage as sent, leaves the all-time counters alone', async () => {
		const before = SnapshotSchema.parse(await (await call('/api/admin/snapshot')).json());
		const hours = [
			hour(hourAgo(20), 500),
			hour(hourAgo(20, 1), 300),
			{ ...hour(hourAgo(3), 200), newIps: 4, newPaths: 9 },
		];
		const res = await post({ hours, storedBytes: { [utcDate(hourAgo(3))]: 123_456 } });
		expect(res.status).toBe(200);
		const body = HistoryImportResponseSchema.parse(await res.json());
		expect(body.hours).toBe(3);
		const ts = await series30();
		const at = (t: number) => (t - Date.parse(ts.start)) / (ts.stepSeconds * 1000);
		expect(ts.series.requests[at(hourAgo(20))]).toBe(500);
		expect(ts.series.records[at(hourAgo(20, 1))]).toBe(900);
		expect(ts.series.errors[at(hourAgo(3))]).toBe(2);
		expect(ts.series.activeIps[at(hourAgo(3))]).toBe(40);
		// Clients and paths first seen per hour, for the business comparisons; 0 where none were.
		expect(ts.series.newIps?.[at(hourAgo(3))]).toBe(4);
		expect(ts.series.newPaths?.[at(hourAgo(3))]).toBe(9);
		expect(ts.series.newIps?.[at(hourAgo(20))]).toBe(0);
		expect(ts.series.p95Ms[at(hourAgo(20))]).toBeCloseTo(8, 0);
		expect(ts.series.p99Ms[at(hourAgo(20))]).toBeGreaterThan(100);
		const usage = UsageResponseSchema.parse(await (await call('/api/admin/usage?days=30')).json());
		const day = usage.days.find((d) => d.date === utcDate(hourAgo(3)));
		expect(day?.storedBytes).toBe(123_456);
		expect(day?.doRequestsByKind.record).toBeGreaterThanOrEqual(400);
		const after = SnapshotSchema.parse(await (await call('/api/admin/snapshot')).json());
		expect(after.performance.requests).toBe(before.performance.requests);

		// Importing the same hours again would count them twice: refused, nothing stored.
		const again = await post({ hours: [hour(hourAgo(20), 500)] });
		expect(again.status).toBe(409);
		expect((await series30()).series.requests[at(hourAgo(20))]).toBe(500);
	});

	it('refuses the current hour, a misaligned hour and a malformed body with nothing stored', async () => {
		const now = await post({ hours: [hour(floorTo(Date.now(), HOUR_MS), 10)] });
		expect(now.status).toBe(409);
		expect(((await now.json()) as { error: { code: string } }).error.code).toBe('history_overlaps');
		const off = await post({ hours: [hour(hourAgo(40) + 60_000, 10)] });
		expect(off.status).toBe(400);
		const bad = await post({ hours: [{ start: 'yesterday', records: -1 }] });
		expect(bad.status).toBe(400);
		const notJson = await call('/api/admin/history', { method: 'POST', body: '{' });
		expect(notJson.status).toBe(400);
		const ts = await series30();
		expect(ts.series.requests.filter((v) => v !== null && v > 0).length).toBeLessThanOrEqual(3);
		const unauth = await exports.default.fetch('http://collector/api/admin/history', {
			method: 'POST',
			body: JSON.stringify({ hours: [hour(hourAgo(5), 1)] }),
		});
		expect(unauth.status).toBe(401);
	});
});
