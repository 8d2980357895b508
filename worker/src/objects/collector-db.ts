import { MeteredSql } from './metered-sql.ts';

type MetaReading = { rows: ReadonlyMap<string, string>; writes: number };

/**
 * A collector's SQLite, metered, with the `meta` table as read at a wake. That table is small
 * (schema version, summary, client dictionary, pending deltas) and a woken object needs most of
 * it: one statement reads it whole, and the reads that follow take their keys from that reading
 * instead of running a statement each, until anything is written. A cleanup's export and purge
 * of an idle IP run two statements (this table, the path rows) instead of four.
 */
export class CollectorDb extends MeteredSql {
	#meta: MetaReading | null = null;

	/** Reads the whole `meta` table (throws if there is none) and keeps the reading. */
	loadMeta(): ReadonlyMap<string, string> {
		const rows = this.all<{ key: string; value: string }>('SELECT key, value FROM meta ORDER BY key');
		const reading = { rows: new Map(rows.map((r) => [r.key, r.value])), writes: this.writes };
		this.#meta = reading;
		return reading.rows;
	}

	/** Keeps what the caller knows the whole table holds now (it has just written all of it). */
	keepMeta(rows: ReadonlyMap<string, string>): void {
		this.#meta = { rows, writes: this.writes };
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
	}
}
