import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { packIds, unpackIds } from '../../worker/src/core/collector-ids.ts';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import { parseSettings } from '../../worker/src/env.ts';
import { CollectorDb } from '../../worker/src/objects/collector-db.ts';
import { CollectorStore } from '../../worker/src/objects/collector-store.ts';
import { SEEN_RETENTION_MS } from '../../worker/src/objects/path-collector.ts';
import { collector, freshIp } from './ingest-helpers.ts';

const CAP = 1000;
const MAX_PATHS = 1000;

/** Deterministic UUIDs: fingerprints (and so any collision) are the same on every run. */
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const batchOf = (ip: string, ids: readonly number[], at: number): NormalizedEvent[] =>
	ids.map((n) => ({
		id: uuid(n),
		ip,
		path: `/api/p${n % 5}`,
		method: 'GET',
		userAgent: 'bench',
		country: 'NL',
		timestamp: at,
	}));

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/**
 * The real collector's SQLite storage, with the store built as PathCollector builds it but with
 * an exact window of 1,000 ids, so 3,000 ids already push most of them to the fingerprint runs.
 */
async function withLowCap(fn: (store: CollectorStore, db: CollectorDb, ip: string) => void): Promise<void> {
	const ip = freshIp();
	const stub = collector(ip);
	await stub.ping(); // runs the migrations
	await runInDurableObject(stub, (_instance, state) => {
		const db = new CollectorDb(state.storage.sql);
		fn(new CollectorStore(state.storage, db, SEEN_RETENTION_MS, () => CAP), db, ip);
	});
}

describe('seen ids beyond the exact in-memory window', () => {
	it('keeps dedup exact with a 1,000-id window: old duplicates caught by reading only their segments', async () => {
		await withLowCap((store, db, ip) => {
			const now = Date.now();
			const record = (ids: readonly number[]) => {
				db.take();
				const r = store.transact(() => store.record(batchOf(ip, ids, now), now, MAX_PATHS));
				return { ...r, rows: db.take() };
			};
			const reads: number[] = [];
			for (let b = 0; b < 30; b++) {
				const r = record(range(b * 100, 100));
				expect(r.recorded).toBe(100);
				reads.push(r.rows.rowsRead);
			}
			// What a batch of known paths reads with every id still exact (path upserts, no id check).
			const exactOnly = reads[5] ?? -1;
			const sizes = store.seen.sizes();
			expect(sizes.exact).toBeLessThanOrEqual(CAP);
			expect(sizes.exact + sizes.cold).toBe(3000);
			expect(sizes.cold).toBeGreaterThanOrEqual(2000);

			// New ids: never refused, and no more rows read than with every id exact, although
			// 2,000+ ids are only fingerprints.
			expect(reads.slice(12)).toEqual(reads.slice(12).map(() => exactOnly));
			const fresh = record(range(10_000, 100));
			expect(fresh.recorded).toBe(100);
			expect(fresh.rows.rowsRead).toBe(exactOnly);

			// The oldest batch again (long out of the exact Set): every id is a duplicate, found
			// by reading the two segments its 1,700 packed bytes span.
			const replay = record(range(0, 100));
			expect(replay).toMatchObject({ recorded: 0, duplicates: 100 });
			expect(replay.rows.rowsRead).toBeGreaterThan(0);
			expect(replay.rows.rowsRead).toBeLessThanOrEqual(2);
			expect(replay.rows.rowsWritten).toBe(0);

			// Half old, half new, the new ones repeated inside the batch.
			const mixed = record([...range(500, 50), ...range(20_000, 50), ...range(20_000, 10)]);
			expect(mixed).toMatchObject({ recorded: 50, duplicates: 60 });
			expect(store.summary().totalRequests).toBe(3000 + 100 + 50);
		});
	}, 60_000);

	it('rebuilds the window and the fingerprints after a wake, with the same answers', async () => {
		await withLowCap((store, db, ip) => {
			const now = Date.now();
			const record = (ids: readonly number[]) =>
				store.transact(() => store.record(batchOf(ip, ids, now), now, MAX_PATHS));
			for (let b = 0; b < 30; b++) record(range(b * 100, 100));
			store.invalidate(); // what an eviction leaves: only SQLite
			db.take();
			const sizes = store.seen.sizes();
			expect(sizes.exact).toBeLessThanOrEqual(CAP);
			expect(sizes.exact + sizes.cold).toBe(3000);
			// A wake reads each segment once: 3,000 UUIDs at 17 bytes in 1,000-byte segments.
			expect(db.take().rowsRead).toBeLessThanOrEqual(Math.ceil(3000 / 58) + 30);

			expect(record(range(0, 100))).toMatchObject({ recorded: 0, duplicates: 100 });
			expect(record(range(2950, 100))).toMatchObject({ recorded: 50, duplicates: 50 });
			expect(store.summary().totalRequests).toBe(3050);
		});
	}, 60_000);

	it('a failed transaction leaves neither the window nor the fingerprints ahead of SQLite', async () => {
		await withLowCap((store, _db, ip) => {
			const now = Date.now();
			for (let b = 0; b < 15; b++)
				store.transact(() => store.record(batchOf(ip, range(b * 100, 100), now), now, MAX_PATHS));
			expect(() =>
				store.transact(() => {
					store.record(batchOf(ip, range(5000, 100), now), now, MAX_PATHS);
					throw new Error('abort after recording');
				}),
			).toThrow('abort after recording');
			// The aborted ids were never stored: they count now, and the old ones still do not.
			const again = store.transact(() =>
				store.record(batchOf(ip, [...range(5000, 100), ...range(0, 100)], now), now, MAX_PATHS),
			);
			expect(again).toMatchObject({ recorded: 100, duplicates: 100 });
			expect(store.summary().totalRequests).toBe(1600);
		});
	}, 60_000);

	it('forgets expired segments in place: the cleanup reads about the rows it deletes, and later answers match a reload', async () => {
		await withLowCap((store, db, ip) => {
			const now = Date.now();
			const old = now - SEEN_RETENTION_MS - 60_000;
			const record = (ids: readonly number[], at: number) =>
				store.transact(() => store.record(batchOf(ip, ids, at), at, MAX_PATHS));
			for (let b = 0; b < 20; b++) record(range(b * 100, 100), old);
			for (let b = 20; b < 40; b++) record(range(b * 100, 100), now);
			expect(store.seen.sizes().cold).toBeGreaterThan(0);
			db.take();
			const stored = () => db.all<{ n: number }>('SELECT COUNT(*) AS n FROM seen_ids')[0]?.n ?? 0;
			const before = stored();
			db.take();
			store.transact(() => store.seen.cleanup(now));
			const cleanupReads = db.take().rowsRead;
			const deleted = before - stored();
			// 2,000 expired ids of 4,000: about 35 of the ~70 segments go; the rest are not scanned.
			expect(deleted).toBeGreaterThanOrEqual(Math.floor(2000 / 58));
			expect(cleanupReads).toBeLessThanOrEqual(deleted + 1);
			const kept = store.seen.sizes();
			// Batches of 100 UUIDs span segments; the one shared by an old and a new batch stays.
			expect(kept.exact + kept.cold).toBeGreaterThanOrEqual(2000);
			expect(kept.exact + kept.cold).toBeLessThan(2100);
			// Expired ids count again; retained ones, exact or fingerprinted, stay duplicates.
			expect(record(range(0, 100), now)).toMatchObject({ recorded: 100, duplicates: 0 });
			expect(record(range(2000, 100), now)).toMatchObject({ recorded: 0, duplicates: 100 });
			store.invalidate();
			expect(store.seen.sizes()).toEqual({ exact: expect.any(Number), cold: expect.any(Number) });
			expect(record(range(100, 100), now)).toMatchObject({ recorded: 100, duplicates: 0 });
			expect(record(range(3900, 100), now)).toMatchObject({ recorded: 0, duplicates: 100 });
		});
	}, 60_000);

	it('reads back exactly the ids a segment was packed from', () => {
		const ids = [
			...Array.from({ length: 50 }, () => crypto.randomUUID()),
			uuid(0),
			'order-7',
			'é✓',
			'x'.repeat(255),
		];
		expect(unpackIds(packIds(ids))).toEqual(ids);
		// Upper-case UUIDs are not the canonical form: kept byte for byte, not lower-cased.
		expect(unpackIds(packIds(['ABCDEF01-2345-4678-89AB-CDEF01234567']))).toEqual([
			'ABCDEF01-2345-4678-89AB-CDEF01234567',
		]);
		expect(() => packIds(['x'.repeat(256)])).toThrow('event id must be 1–255 bytes');
	});

	it('takes the window size from SEEN_EXACT_IDS, refusing nonsense', () => {
		const ok = parseSettings({ SEEN_EXACT_IDS: '2500' });
		expect(ok.ok && ok.settings.seenExactIds).toBe(2500);
		const dflt = parseSettings({});
		expect(dflt.ok && dflt.settings.seenExactIds).toBe(100_000);
		const bad = parseSettings({ SEEN_EXACT_IDS: '10' });
		expect(bad.ok ? '' : bad.error).toContain('SEEN_EXACT_IDS must be at least 100');
	});
});
