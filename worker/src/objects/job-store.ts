/**
 * A JobRunner's SQLite: the job row, the item queue (one row per IP or unit of work, with its
 * status: the ledger that makes retried steps skip finished work), staged records awaiting their
 * R2 part, the parts written, counters and small facts. Status counts are kept as counters so a
 * status poll reads a handful of rows, not the whole queue.
 */

import { truncateText } from '../contract/text.ts';
import type { Part } from '../core/jobs/manifest.ts';
import type { Counters, JobItem, JobStore } from '../core/jobs/ports.ts';
import { type JobRecord, JobRecordSchema } from '../core/jobs/state.ts';
import { MeteredSql } from './metered-sql.ts';

const SCHEMA = [
	'CREATE TABLE IF NOT EXISTS job (k INTEGER PRIMARY KEY CHECK (k = 1), record TEXT NOT NULL)',
	`CREATE TABLE IF NOT EXISTS items (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,
		data TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, part INTEGER, error TEXT)`,
	// No index on status: it cost a row written at every status move. `items` scans from each
	// status's low-water mark instead (see #low).
	'DROP INDEX IF EXISTS items_by_status',
	`CREATE TABLE IF NOT EXISTS staged (seq INTEGER NOT NULL, chunk INTEGER NOT NULL, text TEXT NOT NULL,
		PRIMARY KEY (seq, chunk)) WITHOUT ROWID`,
	`CREATE TABLE IF NOT EXISTS parts (idx INTEGER PRIMARY KEY, key TEXT NOT NULL, sha256 TEXT NOT NULL,
		records INTEGER NOT NULL, bytes INTEGER NOT NULL)`,
	'CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value REAL NOT NULL) WITHOUT ROWID',
	'CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID',
];

/**
 * SQLite limits a value to 2 MB: staged records are split into chunks of at most this many
 * characters, and a page of queued items is bound as JSON text of at most this length.
 */
const MAX_VALUE_CHARS = 500_000;
const STATUS = '_status.';
/** Items whose last seen status is kept: more than a step's batch and the one it overlaps. */
const MAX_REMEMBERED = 4096;
/** Queued items per statement (their JSON text is also held under MAX_VALUE_CHARS). */
const ENQUEUE_PAGE = 500;

/** The items as JSON arrays of [key, data] pairs, each within both page limits (or a single item). */
function pagesOf(items: ReadonlyArray<{ key: string; data: string }>): string[] {
	const pages: string[] = [];
	let page: string[] = [];
	let chars = 0;
	for (const item of items) {
		const text = JSON.stringify([item.key, item.data]);
		if (page.length > 0 && (page.length >= ENQUEUE_PAGE || chars + text.length > MAX_VALUE_CHARS)) {
			pages.push(`[${page.join(',')}]`);
			page = [];
			chars = 0;
		}
		page.push(text);
		chars += text.length + 1;
	}
	if (page.length > 0) pages.push(`[${page.join(',')}]`);
	return pages;
}

type ItemRow = {
	seq: number;
	key: string;
	data: string;
	status: string;
	attempts: number;
	part: number | null;
};

export class SqlJobStore implements JobStore {
	readonly #storage: DurableObjectStorage;
	/** Counts the rows every statement reads and writes: each step books them for the cost model. */
	readonly #db: MeteredSql;
	#depth = 0;
	/** Counter additions of the open transaction, written once per counter when it ends. */
	#adds: Map<string, number> | null = null;
	/** The status each recently read or moved item had then: a guess that `#move` verifies. */
	readonly #seen = new Map<number, string>();
	/**
	 * Per status, a seq below which no item has that status (absent: 0, nothing known). A query
	 * raises the marks of its statuses to the first item it found; a move into a status lowers that
	 * status's mark to the item; queueing forgets the mark of `pending`; a rolled-back transaction
	 * forgets every mark. Items are worked through in seq order, so a status query reads about the
	 * rows between the work's frontier and its first match, not the whole queue.
	 */
	readonly #low = new Map<string, number>();

	constructor(storage: DurableObjectStorage) {
		this.#storage = storage;
		this.#db = new MeteredSql(storage.sql);
	}

	/** True once a job was ever created here (reads only the schema: creates nothing). */
	static exists(storage: DurableObjectStorage): boolean {
		return (
			storage.sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'job'").toArray().length >
			0
		);
	}

	migrate(): void {
		for (const statement of SCHEMA) this.#db.run(statement);
	}

	job(): JobRecord | null {
		const row = this.#db.all<{ record: string }>('SELECT record FROM job WHERE k = 1')[0];
		return row ? JobRecordSchema.parse(JSON.parse(row.record)) : null;
	}

	saveJob(rec: JobRecord): void {
		this.#db.run('INSERT OR REPLACE INTO job (k, record) VALUES (1, ?)', JSON.stringify(rec));
	}

	/**
	 * One transaction; nested calls join the outer one (all or nothing together). Counter
	 * additions are summed in memory and written once per counter at its end: a step advancing
	 * 400 items writes each status counter once, not twice per item.
	 */
	transact<T>(fn: () => T): T {
		if (this.#depth > 0) return fn();
		this.#depth++;
		try {
			return this.#storage.transactionSync(() => {
				const adds = new Map<string, number>();
				this.#adds = adds;
				const out = fn();
				this.#adds = null;
				for (const [name, value] of adds) if (value !== 0) this.#write(name, value);
				return out;
			});
		} catch (err) {
			// Marks raised on what the rolled-back writes showed may now hide items: start over.
			this.#low.clear();
			throw err;
		} finally {
			this.#adds = null;
			this.#depth--;
		}
	}

	enqueue(items: Array<{ key: string; data: string }>): number {
		return this.transact(() => {
			let added = 0;
			// One statement per page of items: the AUTOINCREMENT counter is written once per page, not
			// once per item. json_each yields a page in its order.
			for (const page of pagesOf(items)) {
				// RETURNING yields the rows inserted, not the keys ignored as already queued.
				added += this.#db.all(
					`INSERT OR IGNORE INTO items (key, data, status)
						SELECT value ->> 0, value ->> 1, 'pending' FROM json_each(?) RETURNING seq`,
					page,
				).length;
			}
			if (added > 0) this.#low.delete('pending');
			this.#add(`${STATUS}pending`, added);
			return added;
		});
	}

	items(statuses: readonly string[], limit: number): JobItem[] {
		if (statuses.length === 0) return [];
		const marks = statuses.map(() => '?').join(', ');
		const from = this.#from(statuses);
		const rows = this.#db.all<ItemRow>(
			`SELECT seq, key, data, status, attempts, part FROM items WHERE seq >= ? AND status IN (${marks}) ORDER BY seq LIMIT ?`,
			from,
			...statuses,
			limit,
		);
		this.#raise(statuses, rows[0]?.seq);
		return rows.map((r) => {
			this.#remember(r.seq, r.status);
			return { ...r };
		});
	}

	/** Where a status query starts: the lowest mark of its statuses. */
	#from(statuses: readonly string[]): number {
		return Math.min(...statuses.map((s) => this.#low.get(s) ?? 0));
	}

	/**
	 * After a query from `#from(statuses)` whose first row was `first`: no item from there up to
	 * that row has any of these statuses, and none below each status's own mark had it, so every
	 * mark rises to that row (past the end when none was found).
	 */
	#raise(statuses: readonly string[], first: number | undefined): void {
		const floor = first ?? Number.MAX_SAFE_INTEGER;
		for (const s of statuses) this.#low.set(s, Math.max(this.#low.get(s) ?? 0, floor));
	}

	/**
	 * Moves an item to `to`, setting its data or part in the same statement when given. The
	 * status last seen for the item (read by `items` or set by a move) guards the update, so a
	 * move costs one statement; when the guess is stale (a rolled-back transaction, an item not
	 * seen yet) the stored status is read first.
	 */
	#move(seq: number, to: string, set: { data?: string | undefined; part?: number } = {}): void {
		const data = set.data ?? null;
		const part = set.part ?? null;
		const known = this.#seen.get(seq);
		if (known !== undefined) {
			const written = this.#db.run(
				'UPDATE items SET status = ?, data = coalesce(?, data), part = coalesce(?, part) WHERE seq = ? AND status = ?',
				to,
				data,
				part,
				seq,
				known,
			);
			// A row matched (it writes at least itself); none did when the guess was stale.
			if (written > 0) {
				this.#moved(seq, known, to);
				return;
			}
		}
		const row = this.#db.all<{ status: string }>('SELECT status FROM items WHERE seq = ?', seq)[0];
		if (!row) throw new Error(`no job item ${seq}`);
		this.#db.run(
			'UPDATE items SET status = ?, data = coalesce(?, data), part = coalesce(?, part) WHERE seq = ?',
			to,
			data,
			part,
			seq,
		);
		this.#moved(seq, row.status, to);
	}

	#moved(seq: number, from: string, to: string): void {
		this.#add(`${STATUS}${from}`, -1);
		this.#add(`${STATUS}${to}`, 1);
		this.#remember(seq, to);
		if (seq < (this.#low.get(to) ?? 0)) this.#low.set(to, seq);
		// The item at `from`'s mark left it: none below the next seq has it now.
		if (from !== to && seq === this.#low.get(from)) this.#low.set(from, seq + 1);
	}

	/** Notes an item's status (bounded: a forgotten one costs one read on its next move). */
	#remember(seq: number, status: string): void {
		if (this.#seen.size >= MAX_REMEMBERED) this.#seen.clear();
		this.#seen.set(seq, status);
	}

	advance(seq: number, status: string, counters: Counters = {}, data?: string): void {
		this.transact(() => {
			this.#move(seq, status, { data });
			this.bump(counters);
		});
	}

	failItem(seq: number, message: string, maxAttempts: number): boolean {
		return this.transact(() => {
			this.#db.run(
				'UPDATE items SET attempts = attempts + 1, error = ? WHERE seq = ?',
				truncateText(message, 500),
				seq,
			);
			const row = this.#db.all<{ attempts: number }>('SELECT attempts FROM items WHERE seq = ?', seq)[0];
			if (!row || row.attempts < maxAttempts) return false;
			this.#move(seq, 'error');
			this.#db.run('DELETE FROM staged WHERE seq = ?', seq);
			this.bump({ itemErrors: 1 });
			return true;
		});
	}

	/**
	 * Up to `limit` items that ended in `error`, with their last message. Every status poll asks,
	 * passing how many items are in error (its status counts): with none it reads no item row.
	 */
	errors(limit: number, inError: number): Array<{ key: string; message: string }> {
		if (inError <= 0) return [];
		const rows = this.#db.all<{ seq: number; key: string; error: string | null }>(
			"SELECT seq, key, error FROM items WHERE seq >= ? AND status = 'error' ORDER BY seq LIMIT ?",
			this.#from(['error']),
			limit,
		);
		this.#raise(['error'], rows[0]?.seq);
		return rows.map((r) => ({ key: r.key, message: r.error ?? '' }));
	}

	statusCounts(): Record<string, number> {
		const out: Record<string, number> = {};
		for (const [name, value] of Object.entries(this.#allCounters())) {
			if (name.startsWith(STATUS) && value > 0) out[name.slice(STATUS.length)] = value;
		}
		return out;
	}

	stage(seq: number, text: string): void {
		this.transact(() => {
			this.#db.run('DELETE FROM staged WHERE seq = ?', seq);
			for (let i = 0, chunk = 0; i < text.length || chunk === 0; i += MAX_VALUE_CHARS, chunk++) {
				this.#db.run(
					'INSERT INTO staged (seq, chunk, text) VALUES (?, ?, ?)',
					seq,
					chunk,
					text.slice(i, i + MAX_VALUE_CHARS),
				);
			}
		});
	}

	staged(limit = Number.MAX_SAFE_INTEGER): Array<{ seq: number; text: string }> {
		const out: Array<{ seq: number; text: string }> = [];
		// Read row by row: the loop stops at the first chunk past `limit` items.
		const rows = this.#db.each<{ seq: number; text: string }>(
			'SELECT seq, text FROM staged ORDER BY seq, chunk',
		);
		for (const row of rows) {
			const last = out.at(-1);
			if (last?.seq === row.seq) last.text += row.text;
			else if (out.length < limit) out.push({ seq: row.seq, text: row.text });
			else break;
		}
		return out;
	}

	stagedBytes(): number {
		const row = this.#db.all<{ n: number | null }>('SELECT SUM(LENGTH(text)) AS n FROM staged')[0];
		return row?.n ?? 0;
	}

	commitPart(part: Part, seqs: number[], to: string, counters: Counters = {}): number {
		return this.transact(() => {
			const idx = this.parts().length + 1;
			this.#db.run(
				'INSERT INTO parts (idx, key, sha256, records, bytes) VALUES (?, ?, ?, ?, ?)',
				idx,
				part.key,
				part.sha256,
				part.records,
				part.bytes,
			);
			for (const seq of seqs) this.#move(seq, to, { part: idx });
			// One statement for the part's items (bound parameters are limited to 100 per query).
			this.#db.run('DELETE FROM staged WHERE seq IN (SELECT value FROM json_each(?))', JSON.stringify(seqs));
			this.bump(counters);
			return idx;
		});
	}

	parts(): Part[] {
		return this.#db
			.all<Part>('SELECT key, sha256, records, bytes FROM parts ORDER BY idx')
			.map((r) => ({ ...r }));
	}

	bump(counters: Counters): void {
		this.transact(() => {
			for (const [name, value] of Object.entries(counters)) if (value) this.#add(name, value);
		});
	}

	#add(name: string, value: number): void {
		if (!this.#adds) throw new Error('job counters change only inside a transaction');
		this.#adds.set(name, (this.#adds.get(name) ?? 0) + value);
	}

	#write(name: string, value: number): void {
		this.#db.run(
			'INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value',
			name,
			value,
		);
	}

	#allCounters(): Record<string, number> {
		const out: Record<string, number> = {};
		for (const r of this.#db.all<{ name: string; value: number }>('SELECT name, value FROM counters'))
			out[r.name] = r.value;
		// Within a transaction, its additions so far.
		for (const [name, value] of this.#adds ?? []) out[name] = (out[name] ?? 0) + value;
		return out;
	}

	counters(): Record<string, number> {
		return Object.fromEntries(Object.entries(this.#allCounters()).filter(([name]) => !name.startsWith('_')));
	}

	/** Rows read and written since the previous call (then resets): booked with each step's usage. */
	takeRows(): { rowsRead: number; rowsWritten: number } {
		return this.#db.take();
	}

	getMeta<T>(key: string): T | null {
		const row = this.#db.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', key)[0];
		return row ? (JSON.parse(row.value) as T) : null;
	}

	setMeta(key: string, value: unknown): void {
		this.#db.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', key, JSON.stringify(value));
	}
}
