import { PATHS_MARK, PATHS_MARKED_SINCE, PATHS_TABLE } from '../core/collector-schema.ts';
import { MeteredSql } from './metered-sql.ts';

type MetaReading = { rows: ReadonlyMap<string, string>; writes: number };

/**
 * A collector's SQLite, metered, with the `meta` table as read at a wake. That table is small
 * (schema version, summary, client dictionary, pending deltas) and a woken object needs most of
 * it: one statement reads it whole, and the reads that follow take their keys from that reading
 * instead of running a statement each, until anything is written. A cleanup's export and purge
 * of an idle IP run two statements (this table, the path rows) instead of four.
 *
 * A new object has no `paths` table until its first path row (core/collector-schema.ts
 * FRESH_SCHEMA): reads of it go through `readPaths`, writes after `ensurePaths`. From schema v6
 * the `meta` reading says whether it exists (`PATHS_MARK`, written before the table).
 */
export class CollectorDb extends MeteredSql {
	#meta: MetaReading | null = null;
	/** Whether the `paths` table exists: null while not known (nothing read or created it this wake). */
	#paths: boolean | null = null;

	/** Reads the whole `meta` table (throws if there is none) and keeps the reading. */
	loadMeta(): ReadonlyMap<string, string> {
		const rows = this.all<{ key: string; value: string }>('SELECT key, value FROM meta ORDER BY key');
		const reading = { rows: new Map(rows.map((r) => [r.key, r.value])), writes: this.writes };
		this.#keep(reading);
		return reading.rows;
	}

	/** Keeps what the caller knows the whole table holds now (it has just written all of it). */
	keepMeta(rows: ReadonlyMap<string, string>): void {
		this.#keep({ rows, writes: this.writes });
	}

	/**
	 * Keeps a reading of the whole table; one of schema v6 or later also tells whether the
	 * `paths` table exists: its mark is written before the table, so without the mark there is
	 * no table (with it and no table, a read fails loudly rather than finding no rows).
	 */
	#keep(reading: MetaReading): void {
		this.#meta = reading;
		if (Number(reading.rows.get('schema_version')) >= PATHS_MARKED_SINCE)
			this.#paths = reading.rows.has(PATHS_MARK);
	}

	/** The kept reading while nothing has been written since (keys in key order); null otherwise. */
	keptMeta(): ReadonlyMap<string, string> | null {
		const m = this.#meta;
		if (m === null) return null;
		if (m.writes === this.writes) return m.rows;
		this.#meta = null;
		return null;
	}

	/** Drops the kept reading: after a rolled-back transaction or a `deleteAll`. */
	forgetMeta(): void {
		this.#meta = null;
		// A rolled-back transaction may have created the table: known again at the next read.
		this.#paths = null;
	}

	/**
	 * The rows `read` returns from the `paths` table, or none while it does not exist. No
	 * statement more when the `meta` reading told (schema v6 on), nor on an object that has the
	 * table; otherwise (a wake that migrated the object, or after a rollback) a failed read is
	 * checked against the schema once (not the error's wording, which the runtime may change).
	 */
	readPaths<T>(read: () => T[]): T[] {
		if (this.#paths === false) return [];
		try {
			const rows = read();
			this.#paths = true;
			return rows;
		} catch (err) {
			if (this.#paths === true || this.#hasTable('paths')) throw err;
			this.#paths = false;
			return [];
		}
	}

	/**
	 * Creates the `paths` table unless it is known to exist (before writing path rows), its mark
	 * first: one row written more, once in the object's life.
	 */
	ensurePaths(): void {
		if (this.#paths === true) return;
		this.run(`INSERT OR IGNORE INTO meta (key, value) VALUES ('${PATHS_MARK}', '1')`);
		this.run(PATHS_TABLE);
		this.#paths = true;
	}

	#hasTable(name: string): boolean {
		return this.all("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", name).length > 0;
	}
}
