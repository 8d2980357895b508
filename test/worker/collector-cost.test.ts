import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../action/src/core/traffic/traffic.ts';
import { readPending } from '../../worker/src/adapters/collector-log-sql.ts';
import { migrateCollector } from '../../worker/src/adapters/collector-migrate.ts';
import { metaGet, metaPut } from '../../worker/src/adapters/collector-sql.ts';
import type { CollectorReport } from '../../worker/src/core/reports.ts';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import { CollectorDb } from '../../worker/src/objects/collector-db.ts';
import { CollectorStore } from '../../worker/src/objects/collector-store.ts';
import { SEEN_RETENTION_MS } from '../../worker/src/objects/path-collector.ts';
import { collector, freshIp } from './ingest-helpers.ts';

/** Rows the collector measured itself (SQLite cursor counters) in the reports it handed back. */
function rowsOf(reports: readonly (CollectorReport | undefined)[]) {
	let read = 0;
	let written = 0;
	let records = 0;
	for (const r of reports) {
		for (const m of Object.values(r?.minutes ?? {})) {
			read += m.rowsRead;
			written += m.rowsWritten;
			records += m.records;
		}
	}
	return { read, written, records };
}

const IPS = 20;
const PATHS = 20;
const ev = (ip: string, path: string, ua: string): NormalizedEvent => ({
	id: crypto.randomUUID(),
	ip,
	path,
	method: 'GET',
	userAgent: ua,
	country: 'NL',
	timestamp: Date.now(),
});

/** The object's SQLite with a count of the statements run through it. */
function countingSql(sql: SqlStorage): { sql: SqlStorage; statements: () => number } {
	let n = 0;
	const counted = new Proxy(sql, {
		get(target, key) {
			if (key === 'exec')
				return (query: string, ...bindings: SqlStorageValue[]) => {
					n++;
					return target.exec(query, ...bindings);
				};
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
	return { sql: counted, statements: () => n };
}

/** Sends one 100-event batch the way the front Worker does: one relayed call per distinct IP. */
async function sendBatch(batch: NormalizedEvent[]) {
	const byIp = new Map<string, NormalizedEvent[]>();
	for (const e of batch) byIp.set(e.ip, [...(byIp.get(e.ip) ?? []), e]);
	return Promise.all([...byIp].map(([ip, events]) => collector(ip).record(events, { relay: true })));
}

describe('PathCollector storage cost (its own usage counters)', () => {
	it('writes one row per call in steady state (its id segment, holding the path deltas), and no more on a new path', async () => {
		const ips = Array.from({ length: IPS }, () => freshIp());
		const paths = Array.from({ length: PATHS }, (_, i) => `/api/p${i}`);
		const ua = (ip: string) => `Mozilla/5.0 bench ${ip}`;
		// Known IPs and paths first.
		for (const ip of ips)
			await collector(ip).record(
				paths.map((p) => ev(ip, p, ua(ip))),
				{ relay: true },
			);

		const rng = createRng(7);
		const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)] as T;
		const answers = [];
		for (let b = 0; b < 20; b++) {
			const batch = Array.from({ length: 100 }, () => {
				const ip = pick(ips);
				return ev(ip, pick(paths), ua(ip));
			});
			answers.push(...(await sendBatch(batch)));
		}
		const steady = rowsOf(answers.map((a) => a.report));
		expect(steady.records).toBe(2000);
		// Each call writes its id segment, with the path deltas: the counters are live, not zero.
		expect(steady.written).toBeGreaterThanOrEqual(answers.length);
		// About five events per call here: one row per call, plus one more each time the ids move to a
		// new segment (about every 58 ids) and once per IP for the summary the setup's report marked.
		// One row per (method, path) would put it near 1.1 again.
		expect(steady.written).toBeLessThanOrEqual(answers.length + IPS + steady.records / 40);
		expect(steady.written / steady.records).toBeLessThanOrEqual(0.3);
		// The segment upsert reads the row it replaces: about one row read per call too.
		expect(steady.read / steady.records).toBeLessThanOrEqual(0.3);

		const fresh = await sendBatch(ips.flatMap((ip) => [ev(ip, '/new/a', ua(ip)), ev(ip, '/new/b', ua(ip))]));
		const added = rowsOf(fresh.map((a) => a.report));
		expect(added.records).toBe(2 * IPS);
		// New paths need no row of their own until the deltas are folded: one row per call still.
		expect(added.written).toBeGreaterThanOrEqual(fresh.length);
		expect(added.written / added.records).toBeLessThanOrEqual(1);
	}, 60_000);

	it("bills a new IP's schema with its first request: two tables and the version row, no path table yet", async () => {
		const ip = freshIp();
		const first = await collector(ip).record([ev(ip, '/a', 'ua')], { relay: true });
		const rows = rowsOf([first.report]);
		expect(rows.records).toBe(1);
		// Schema: two CREATE TABLE (two rows written each) and the version row; `paths` comes with
		// the first path row (a fold). Data: the summary, the client dictionary entry and the id
		// segment with the path delta. Nothing else.
		expect(rows.written).toBe(2 * 2 + 1 + 3);
		// A second request of the same IP: its id segment, plus the summary row the first report
		// marked as reported (booked with the next request). No schema rows again.
		const second = await collector(ip).record([ev(ip, '/a', 'ua')], { relay: true });
		expect(rowsOf([second.report]).written).toBe(2);
		// From then on, one row per request: the id segment.
		const third = await collector(ip).record([ev(ip, '/a', 'ua')], { relay: true });
		expect(rowsOf([third.report]).written).toBe(1);
	});

	it('exports a woken collector reading each path row once, with the same summary the record path keeps', async () => {
		const ip = freshIp();
		const paths = Array.from({ length: PATHS }, (_, i) => `/api/p${i}`);
		const stub = collector(ip);
		await stub.record(
			paths.map((p) => ev(ip, p, 'Mozilla/5.0 export')),
			{ relay: true },
		);
		await stub.record([ev(ip, '/api/p0', 'Mozilla/5.0 export')], { relay: true });
		await runInDurableObject(stub, (_instance, state) => {
			// A new store on the same storage is the object as it wakes: nothing loaded yet.
			const db = new CollectorDb(state.storage.sql);
			const woken = new CollectorStore(state.storage, db, SEEN_RETENTION_MS, () => 100);
			const dump = woken.dump(ip);
			const { rowsRead, rowsWritten } = db.take();
			expect(dump.paths).toHaveLength(PATHS);
			expect(dump.totalRequests).toBe(PATHS + 1);
			// The path deltas of relayed records are not folded yet: the export merges them in memory
			// and writes nothing.
			expect(rowsWritten).toBe(0);
			// The path rows once, plus the summary row and the client dictionary entry they join, and
			// the newest id segment (where the unfolded deltas are).
			expect(rowsRead).toBeLessThanOrEqual(2 * PATHS + 3);
			// Folding writes exactly what the export showed.
			woken.fold();
			expect(woken.pathRows()).toEqual(dump.paths);
			// The record path's own summary (loaded from the same rows) agrees with the export's.
			const loaded = new CollectorStore(
				state.storage,
				new CollectorDb(state.storage.sql),
				SEEN_RETENTION_MS,
				() => 100,
			);
			const s = loaded.summary();
			expect({ total: s.totalRequests, first: s.firstSeen, last: s.lastActivity }).toEqual({
				total: dump.totalRequests,
				first: dump.firstSeen,
				last: dump.lastActivity,
			});
		});
	});
	it('checks the totals of a collector it just exported without reading its rows again, until a write', async () => {
		const ip = freshIp();
		const stub = collector(ip);
		await stub.record(
			Array.from({ length: PATHS }, (_, i) => ev(ip, `/api/p${i}`, 'Mozilla/5.0 purge')),
			{ relay: true },
		);
		await runInDurableObject(stub, (_instance, state) => {
			const db = new CollectorDb(state.storage.sql);
			const woken = new CollectorStore(state.storage, db, SEEN_RETENTION_MS, () => 100);
			const dump = woken.dump(ip);
			db.take();
			// What a cleanup's purge checks against the archived dump: the dump's own summary.
			expect(woken.readSummary().totalRequests).toBe(dump.totalRequests);
			expect(db.take().rowsRead).toBe(0);
			// A write loads the record path's mirror first, and the summary follows it.
			woken.transact(() => woken.record([ev(ip, '/api/p0', 'Mozilla/5.0 purge')], Date.now(), 100));
			expect(woken.readSummary().totalRequests).toBe(dump.totalRequests + 1);
			woken.invalidate();
			expect(woken.readSummary().totalRequests).toBe(dump.totalRequests + 1);
		});
	});

	it("answers a woken collector's reads of its small table from one statement, until a write", async () => {
		const ip = freshIp();
		const stub = collector(ip);
		// Not relayed: the collector keeps a pending delta, as an idle IP a cleanup finds may.
		await stub.record(
			Array.from({ length: 3 }, (_, i) => ev(ip, `/api/p${i}`, 'Mozilla/5.0 wake')),
			{},
		);
		await runInDurableObject(stub, (_instance, state) => {
			const expected = readPending(new CollectorDb(state.storage.sql));
			expect(expected.length).toBeGreaterThan(0);
			// The object as it wakes: schema check, then what a cleanup's export and purge read.
			const counted = countingSql(state.storage.sql);
			const db = new CollectorDb(counted.sql);
			migrateCollector(state.storage, db);
			const store = new CollectorStore(state.storage, db, SEEN_RETENTION_MS, () => 100);
			const dump = store.dump(ip);
			expect(store.readSummary().totalRequests).toBe(3);
			expect(readPending(db)).toEqual(expected);
			expect(dump.paths).toHaveLength(3);
			// The whole small table once and the newest id segment (unfolded path deltas). Nothing is
			// folded yet, so there is no path table, and the small table says so: no query of it.
			expect(counted.statements()).toBe(2);

			// A write makes the next read a statement again, and it sees the write.
			metaPut(db, 'summary-probe', 'x');
			expect(metaGet(db, 'summary-probe')).toBe('x');
			expect(counted.statements()).toBe(4);

			// A reading taken inside a transaction that rolls back is not kept.
			expect(() =>
				store.transact(() => {
					metaPut(db, 'rolled-back', 'y');
					db.loadMeta();
					throw new Error('abort');
				}),
			).toThrow('abort');
			expect(metaGet(db, 'rolled-back')).toBeNull();
			expect(readPending(db)).toEqual(expected);
		});
	});

	it("knows a new collector's small table after creating it, without reading it back", async () => {
		const ip = freshIp();
		await runInDurableObject(collector(ip), (_instance, state) => {
			const counted = countingSql(state.storage.sql);
			const db = new CollectorDb(counted.sql);
			migrateCollector(state.storage, db);
			const made = counted.statements();
			const store = new CollectorStore(state.storage, db, SEEN_RETENTION_MS, () => 100);
			expect(store.summary()).toMatchObject({ ip: null, totalRequests: 0, pathCount: 0 });
			// Only the newest id segment is read: the summary and the dictionary come from what was
			// written, and the object has no path rows (no table) yet.
			expect(counted.statements()).toBe(made + 1);
			expect(db.keptMeta()).toEqual(new CollectorDb(state.storage.sql).loadMeta());
		});
	});
});
