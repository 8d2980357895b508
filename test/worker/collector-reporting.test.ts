import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import { shardIndexFor, shardName } from '../../worker/src/core/shard-key.ts';
import { SIZE_REFRESH_MS } from '../../worker/src/objects/collector-reporter.ts';
import { SEEN_RETENTION_MS } from '../../worker/src/objects/path-collector.ts';
import { collector, freshIp } from './ingest-helpers.ts';

let seq = 0;
function ev(ip: string, path: string): NormalizedEvent {
	return { id: `r-${seq++}`, ip, path, method: 'GET', userAgent: null, country: null, timestamp: Date.now() };
}

type Collector = ReturnType<typeof collector>;

/** Front-assigned ids take 17 bytes packed: 80 of them fill one 1000-byte segment and start a second. */
const twoSegmentsOf = (ip: string) =>
	Array.from({ length: 80 }, (_, i) => ({ ...ev(ip, `/p${i % 3}`), id: crypto.randomUUID() }));

const seenSegments = (c: Collector) =>
	runInDurableObject(c, (_i, state) =>
		state.storage.sql.exec<{ seg: number }>('SELECT seg FROM seen_ids ORDER BY seg').toArray(),
	);

/** Dates the oldest seen-id segment past the retention period. */
const expireOldestSegment = (c: Collector) =>
	runInDurableObject(c, (_i, state) => {
		const old = Date.now() - SEEN_RETENTION_MS - 1000;
		state.storage.sql.exec(
			// Key 0 is the open segment (the newest); sealed ones are numbered from 1.
			'UPDATE seen_ids SET last_at = ? WHERE seg = (SELECT min(seg) FROM seen_ids WHERE seg > 0)',
			old,
		);
	});

type Pending = {
	minute: number;
	records: number;
	do_record: number;
	do_admin: number;
	rows_written: number;
	new_paths: number;
};

/** The collector's pending deltas (`meta` keys `pending:<minute>`, tuples in collector-log-sql.ts order). */
async function pending(ip: string): Promise<Pending[]> {
	const rows = await runInDurableObject(collector(ip), (_i, state) =>
		state.storage.sql
			.exec<{ key: string; value: string }>(
				"SELECT key, value FROM meta WHERE key LIKE 'pending:%' ORDER BY key",
			)
			.toArray(),
	);
	return rows.map((r) => {
		const [records = 0, doRecord = 0, doAdmin = 0, , , rowsWritten = 0, , newPaths = 0] = JSON.parse(
			r.value,
		) as number[];
		return {
			minute: Number(r.key.slice('pending:'.length)),
			records,
			do_record: doRecord,
			do_admin: doAdmin,
			rows_written: rowsWritten,
			new_paths: newPaths,
		};
	});
}

function shardOf(ip: string) {
	return env.STATS_SHARD.getByName(shardName(shardIndexFor(ip, Number(env.SHARD_COUNT))));
}

describe('PathCollector reporting to its shard', () => {
	it('persists per-minute deltas with the records they describe', async () => {
		const ip = freshIp();
		await collector(ip).record([ev(ip, '/a'), ev(ip, '/a'), ev(ip, '/b')]);
		await collector(ip).record([ev(ip, '/a')]);
		const rows = await pending(ip);
		const sum = (k: keyof Pending) => rows.reduce((s, r) => s + r[k], 0);
		expect(sum('records')).toBe(4);
		expect(sum('do_record')).toBe(2);
		expect(sum('new_paths')).toBe(2);
		// Measured from SQLite cursors: at least the path rows and one id segment per request.
		expect(sum('rows_written')).toBeGreaterThanOrEqual(3 + 2);
	});

	it('flushes pending deltas to the shard, clears them only then, and sends nothing twice', async () => {
		const ip = freshIp();
		await collector(ip).record([ev(ip, '/a'), ev(ip, '/b')]);
		expect(await collector(ip).flushReport()).toBe(true);
		expect(await pending(ip)).toEqual([]);
		expect(await collector(ip).flushReport()).toBe(false);
		expect(await shardOf(ip).registryGet(ip)).toMatchObject({ ip, totalRequests: 2, pathCount: 2 });
	});

	it('flushes from its alarm once idle', async () => {
		const ip = freshIp();
		const c = collector(ip);
		await c.record([ev(ip, '/idle')]);
		const alarmAt = await runInDurableObject(c, (_i, state) => state.storage.getAlarm());
		expect(alarmAt).not.toBeNull();
		expect(await runDurableObjectAlarm(c)).toBe(true);
		expect(await pending(ip)).toEqual([]);
		expect(await shardOf(ip).registryGet(ip)).toMatchObject({ ip, totalRequests: 1 });
	});

	it('reuses a storage size reading for under a second, arms no alarm for it, and reports the size afresh next', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const first = await c.record([ev(ip, '/a')], { relay: true });
		// Within SIZE_REFRESH_MS of the first: this report reuses that reading while the database grows.
		const many = Array.from({ length: 300 }, (_, i) => ({
			...ev(ip, `/p${i % 50}`),
			id: crypto.randomUUID(),
		}));
		const second = await c.record(many, { relay: true });
		const sizeNow = () => runInDurableObject(c, (_i, state) => state.storage.sql.databaseSize);
		const reused = second.report?.state.storageBytes;
		expect(reused).toBe(first.report?.state.storageBytes);
		expect(await sizeNow()).toBeGreaterThan(reused ?? 0);
		// Relayed answers carry everything pending: no alarm, not even one per busy interval for the size.
		const alarm = () => runInDurableObject(c, (_i, state) => state.storage.getAlarm());
		expect(await alarm()).toBeNull();
		// Once the reading is older than SIZE_REFRESH_MS, the next relayed report reads it afresh.
		await new Promise((r) => setTimeout(r, SIZE_REFRESH_MS + 50));
		const third = await c.record([{ ...ev(ip, '/a'), id: crypto.randomUUID() }], { relay: true });
		expect(third.report?.state.storageBytes).toBe(await sizeNow());
		// And a flush (what any alarm runs) that finds nothing else to report still brings the shard's size up to date.
		const more = Array.from({ length: 300 }, (_, i) => ({ ...ev(ip, `/q${i}`), id: crypto.randomUUID() }));
		const fourth = await c.record(more, { relay: true });
		expect(fourth.report?.state.storageBytes).toBe(third.report?.state.storageBytes);
		expect(await sizeNow()).toBeGreaterThan(fourth.report?.state.storageBytes ?? 0);
		expect(await alarm()).toBeNull();
		expect(await c.flushReport()).toBe(true);
		expect((await shardOf(ip).registryGet(ip))?.storageBytes).toBe(await sizeNow());
	});

	it('forgets event ids after the retention period, from its alarm', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const events = twoSegmentsOf(ip);
		await c.record(events);
		const segments = () => seenSegments(c);
		expect(await segments()).toHaveLength(2);
		await expireOldestSegment(c);
		// A fresh instance reads the segments back, sees the oldest expired, and cleans up from its alarm.
		await evictDurableObject(c);
		expect(await runDurableObjectAlarm(c)).toBe(true);
		expect(await segments()).toHaveLength(1);
		const replay = await c.record(events);
		const kept = replay.duplicates;
		expect(kept).toBeGreaterThan(0);
		expect(replay.recorded + kept).toBe(80);
		// The forgotten ids count again; those still within retention do not.
		expect((await c.stats()).totalRequests).toBe(80 + replay.recorded);
	});

	it('arms no alarm for expired ids: the next write forgets them in its transaction', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const events = twoSegmentsOf(ip);
		await c.record(events, { relay: true });
		const segments = () => seenSegments(c);
		const alarm = () => runInDurableObject(c, (_i, state) => state.storage.getAlarm());
		expect(await segments()).toHaveLength(2);
		expect(await alarm()).toBeNull();
		await expireOldestSegment(c);
		await evictDurableObject(c);
		// Idle, the expired segment stays and nothing will wake the object for it.
		expect(await segments()).toHaveLength(2);
		expect(await alarm()).toBeNull();
		const next = await c.record([{ ...ev(ip, '/p0'), id: crypto.randomUUID() }], { relay: true });
		expect(next.recorded).toBe(1);
		expect(await segments()).toHaveLength(1);
		expect(await alarm()).toBeNull();
		const replay = await c.record(events, { relay: true });
		expect(replay.recorded).toBeGreaterThan(0);
		expect(replay.recorded + replay.duplicates).toBe(80);
		expect((await c.stats()).totalRequests).toBe(81 + replay.recorded);
	});
});
