import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../action/src/core/traffic/traffic.ts';
import { allPathRows } from '../../worker/src/adapters/collector-sql.ts';
import { aggregateByPath } from '../../worker/src/core/collector-batch.ts';
import {
	addPending,
	decodePending,
	encodePending,
	FOLD_AT_BYTES,
	type PendingPaths,
	utf8Bytes,
} from '../../worker/src/core/pending-paths.ts';
import type { NormalizedEvent, PathRow } from '../../worker/src/core/rpc.ts';
import { CollectorDb } from '../../worker/src/objects/collector-db.ts';
import { CollectorStore } from '../../worker/src/objects/collector-store.ts';
import { SEEN_RETENTION_MS } from '../../worker/src/objects/path-collector.ts';
import { collector, freshIp } from './ingest-helpers.ts';

const T0 = Date.UTC(2026, 10, 1);
let seq = 0;
const ev = (ip: string, path: string, extra: Partial<NormalizedEvent> = {}): NormalizedEvent => ({
	id: `pending-${++seq}-${crypto.randomUUID()}`,
	ip,
	path,
	method: 'GET',
	userAgent: 'ua',
	country: 'NL',
	timestamp: T0 + seq,
	...extra,
});

/** What the collector must hold: one aggregation of every event it counted, in the rows' order. */
const model = (events: readonly NormalizedEvent[]): PathRow[] =>
	aggregateByPath(events).sort((a, b) =>
		a.method === b.method ? (a.path < b.path ? -1 : 1) : a.method < b.method ? -1 : 1,
	);

/** The object's store as a woken object builds it: nothing in memory yet. */
const wokenStore = (state: DurableObjectState): CollectorStore =>
	new CollectorStore(state.storage, new CollectorDb(state.storage.sql), SEEN_RETENTION_MS, () => 100);

type SegmentRow = { seg: number; deltas: string | null; deltaBytes: number; bytes: number };
/** Each id segment row; its sizes in bytes as stored (SQLite's `length` of text counts characters). */
const segments = (sql: SqlStorage) =>
	sql
		.exec<SegmentRow>(
			`SELECT seg, deltas, coalesce(length(CAST(deltas AS BLOB)), 0) AS deltaBytes,
				length(ids) + coalesce(length(CAST(deltas AS BLOB)), 0) AS bytes FROM seen_ids ORDER BY seg`,
		)
		.toArray();
/** Path rows written (none while the object has no `paths` table yet). */
const pathRowCount = (sql: SqlStorage) =>
	sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'paths'").toArray().length === 0
		? 0
		: sql.exec<{ n: number }>('SELECT COUNT(*) AS n FROM paths').one().n;

describe('unfolded path deltas (stored with the event ids)', () => {
	it('round-trip their stored form and refuse anything else', () => {
		const pending: PendingPaths = new Map();
		pending.set('GET /a', { method: 'GET', path: '/a', count: 3, firstSeen: 1, lastSeen: 9, client: 2 });
		pending.set('POST /b "x"', {
			method: 'POST',
			path: '/b "x"',
			count: 1,
			firstSeen: 5,
			lastSeen: 5,
			client: null,
		});
		const { text, bytes } = encodePending(pending);
		expect(bytes).toBe(new TextEncoder().encode(text).length);
		const back = decodePending(text);
		expect(encodePending(back).text).toBe(text);
		expect(back.get('GET /a')).toMatchObject({ count: 3, firstSeen: 1, lastSeen: 9, client: 2 });
		// A change re-encodes the path it touched.
		addPending(back, 'GET /a', { method: 'GET', path: '/a', count: 2, firstSeen: 0, lastSeen: 9, client: 4 });
		expect(JSON.parse(encodePending(back).text)[0]).toEqual(['GET', '/a', 5, 0, 9, 4]);
		expect(decodePending(null).size).toBe(0);
		// A fractional time is kept as the path row would keep it.
		expect(decodePending('[["GET","/a",1,1.5,2.5,null]]').get('GET /a')?.lastSeen).toBe(2.5);
		for (const bad of ['{}', '[[1]]', '[["GET","/a",1.5,1,1,null]]', '[["GET","/a",1,1,1,"c"]]', 'nope'])
			expect(() => decodePending(bad)).toThrow();
	});

	it('hold exactly what was recorded through random batches, wakes, alarms, exports and page reads', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const rng = createRng(11);
		const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
		const paths = [
			...Array.from({ length: 12 }, (_, i) => `/api/v1/items/${i}`),
			...Array.from({ length: 6 }, (_, i) => `/long/${'segment-'.repeat(20)}${i}`),
		];
		const agents = ['ua-a', 'ua-b', null];
		const all: NormalizedEvent[] = [];
		for (let round = 0; round < 60; round++) {
			const n = 1 + Math.floor(rng() * 8);
			const batch = Array.from({ length: n }, () =>
				ev(ip, pick(paths), {
					method: pick(['GET', 'GET', 'POST']),
					userAgent: pick(agents),
					country: pick(['NL', null]),
					// Out of order now and then: first and last seen must still be the min and max.
					timestamp: T0 + seq - Math.floor(rng() * 3) * 1000,
				}),
			);
			const answer = await c.record(batch, { relay: rng() < 0.7 });
			expect(answer.recorded).toBe(n);
			all.push(...batch);
			// A retry of the same batch counts nothing.
			if (rng() < 0.1) expect((await c.record(batch, { relay: true })).duplicates).toBe(n);
			const step = rng();
			if (step < 0.1) await evictDurableObject(c);
			else if (step < 0.15) await runDurableObjectAlarm(c);
			else if (step < 0.2) expect((await c.exportAll()).paths).toEqual(model(all));
			else if (step < 0.23) expect((await c.paths({ limit: 1000 })).items).toHaveLength(model(all).length);
		}
		const expected = model(all);
		const dump = await c.exportAll();
		expect(dump.paths).toEqual(expected);
		expect(dump.totalRequests).toBe(all.length);
		expect((await c.stats()).totalRequests).toBe(all.length);
		await evictDurableObject(c);
		expect((await c.exportAll()).paths).toEqual(expected);
		// Reading a page folds; the rows then hold everything on their own.
		const page = await c.paths({ limit: 1000, sort: 'count' });
		expect(page.items.reduce((n, p) => n + p.count, 0)).toBe(all.length);
		await runInDurableObject(c, (_instance, state) => {
			expect(segments(state.storage.sql).filter((s) => s.deltas !== null)).toEqual([]);
			expect(allPathRows(new CollectorDb(state.storage.sql))).toEqual(expected);
		});
	}, 60_000);

	it('sort new paths of an export as SQLite sorts the rows, beyond the Basic Multilingual Plane too', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const paths = ['/z', '/\u{1F600}', '/\uFFFD', '/é', '/a', '/\uE000'];
		await c.record([ev(ip, '/m')], { relay: true });
		await runDurableObjectAlarm(c);
		await c.record(
			paths.map((p) => ev(ip, p)),
			{ relay: true },
		);
		const unfolded = (await c.exportAll()).paths.map((p) => p.path);
		await runInDurableObject(c, (_instance, state) => {
			const store = wokenStore(state);
			store.fold();
			expect(allPathRows(store.db).map((p) => p.path)).toEqual(unfolded);
		});
		expect(unfolded).toHaveLength(paths.length + 1);
	});

	it('count their size in UTF-8 bytes, as SQLite stores them', () => {
		for (const text of ['', 'abc', 'é', '日本', '😀', 'a😀é日', JSON.stringify(['GET', '/\ud800', 1])])
			expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
	});

	it.each([
		['ASCII', 'x'],
		['three-byte', '日'],
	])('fold when they outgrow one page, and live in the open segment only (%s paths)', async (_name, char) => {
		const ip = freshIp();
		const c = collector(ip);
		for (let i = 0; i < 120; i++)
			await c.record([ev(ip, `/distinct/${char.repeat(40)}/${i}`)], { relay: true });
		await runInDurableObject(c, (_instance, state) => {
			const segs = segments(state.storage.sql);
			expect(segs.length).toBeGreaterThan(1);
			const holding = segs.filter((s) => s.deltas !== null);
			expect(holding.length).toBeLessThanOrEqual(1);
			// Only the open segment, under its fixed key.
			if (holding[0]) expect(holding[0].seg).toBe(0);
			for (const s of segs) {
				expect(s.deltaBytes).toBeLessThanOrEqual(FOLD_AT_BYTES);
				// A table leaf holds a row of up to 4,061 bytes before it spills to an overflow page.
				expect(s.bytes).toBeLessThan(4061);
			}
			// Folds happened: most paths already have their row.
			expect(pathRowCount(state.storage.sql)).toBeGreaterThan(60);
		});
		expect((await c.stats()).totalRequests).toBe(120);
		expect((await c.exportAll()).paths).toHaveLength(120);
	});

	it('keep the segment that holds them through an id cleanup, and are folded by the alarm', async () => {
		const ip = freshIp();
		const c = collector(ip);
		const events = Array.from({ length: 150 }, (_, i) => ev(ip, `/p${i % 5}`));
		// Relayed records arm no alarm; the last one is not relayed, as a journal replay is not.
		for (let i = 0; i < events.length; i += 30)
			await c.record(events.slice(i, i + 30), { relay: i + 30 < events.length });
		await runInDurableObject(c, (_instance, state) => {
			const sql = state.storage.sql;
			expect(segments(sql).length).toBeGreaterThan(2);
			expect(pathRowCount(sql)).toBe(0);
			// Every id expired.
			sql.exec('UPDATE seen_ids SET last_at = ?', Date.now() - SEEN_RETENTION_MS - 1000);
			const store = wokenStore(state);
			store.transact(() => store.seen.cleanup(Date.now()));
			const left = segments(sql);
			expect(left).toHaveLength(1);
			expect(left[0]?.deltas).not.toBeNull();
			expect(store.dump(ip).totalRequests).toBe(150);
		});
		await evictDurableObject(c);
		expect((await c.exportAll()).totalRequests).toBe(150);
		expect(await runDurableObjectAlarm(c)).toBe(true);
		await runInDurableObject(c, (_instance, state) => {
			expect(pathRowCount(state.storage.sql)).toBe(5);
			expect(segments(state.storage.sql).every((s) => s.deltas === null)).toBe(true);
		});
		expect((await c.exportAll()).totalRequests).toBe(150);
	});

	it('roll back with the transaction that wrote them', async () => {
		const ip = freshIp();
		const c = collector(ip);
		await c.record([ev(ip, '/a'), ev(ip, '/b')], { relay: true });
		await runInDurableObject(c, (_instance, state) => {
			const store = wokenStore(state);
			expect(() =>
				store.transact(() => {
					store.record([ev(ip, '/a'), ev(ip, '/c')], Date.now(), 100);
					throw new Error('abort');
				}),
			).toThrow('abort');
			const dump = store.dump(ip);
			expect(dump.totalRequests).toBe(2);
			expect(dump.paths.map((p) => [p.path, p.count])).toEqual([
				['/a', 1],
				['/b', 1],
			]);
		});
	});

	it('never take a time that is not a number: the request fails and nothing changes', async () => {
		const ip = freshIp();
		const c = collector(ip);
		await c.record([ev(ip, '/a')], { relay: true });
		await runInDurableObject(c, (_instance, state) => {
			const store = wokenStore(state);
			for (const timestamp of [Number.NaN, Number.POSITIVE_INFINITY])
				expect(() =>
					store.transact(() => store.record([ev(ip, '/a', { timestamp })], Date.now(), 100)),
				).toThrow('not a finite number');
		});
		await evictDurableObject(c);
		expect((await c.exportAll()).totalRequests).toBe(1);
		expect((await c.record([ev(ip, '/a')], { relay: true })).recorded).toBe(1);
	});

	it('are discarded with the data a restore replaces', async () => {
		const ip = freshIp();
		const c = collector(ip);
		await c.record([ev(ip, '/old')], { relay: true });
		const snapshot = await c.exportAll();
		await c.record([ev(ip, '/old'), ev(ip, '/new')], { relay: true });
		await c.importExact(snapshot);
		expect((await c.exportAll()).paths).toEqual(snapshot.paths);
		await evictDurableObject(c);
		expect((await c.exportAll()).paths).toEqual(snapshot.paths);
		await runDurableObjectAlarm(c);
		expect((await c.exportAll()).paths).toEqual(snapshot.paths);
	});
});
