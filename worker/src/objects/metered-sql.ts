/**
 * A thin wrapper over Durable Object SQLite that counts the rows each statement read and
 * wrote, so shards and job runners can bill their own storage work to the cost model like any
 * collector does.
 */
export class MeteredSql {
	readonly #sql: SqlStorage;
	#rowsRead = 0;
	#rowsWritten = 0;
	#writes = 0;

	constructor(sql: SqlStorage) {
		this.#sql = sql;
	}

	/** Adds a finished (or abandoned) cursor's rows to the counts; returns the rows it wrote. */
	#count(cursor: SqlStorageCursor<Record<string, SqlStorageValue>>): number {
		this.#rowsRead += cursor.rowsRead;
		this.#rowsWritten += cursor.rowsWritten;
		if (cursor.rowsWritten > 0) this.#writes++;
		return cursor.rowsWritten;
	}

	/** Runs a query and returns every row. */
	all<T extends Record<string, SqlStorageValue>>(query: string, ...bindings: SqlStorageValue[]): T[] {
		const cursor = this.#sql.exec<T>(query, ...bindings);
		const rows = cursor.toArray();
		this.#count(cursor);
		return rows;
	}

	/** Runs a statement for its effect; returns the rows it wrote. */
	run(query: string, ...bindings: SqlStorageValue[]): number {
		// Counted even if it fails or changes nothing: a run is a write as far as `writes` tells.
		this.#writes++;
		const cursor = this.#sql.exec(query, ...bindings);
		cursor.toArray();
		return this.#count(cursor);
	}

	/** Runs a query and yields its rows one at a time (the caller may stop early); counts what was read. */
	*each<T extends Record<string, SqlStorageValue>>(
		query: string,
		...bindings: SqlStorageValue[]
	): Generator<T> {
		const cursor = this.#sql.exec<T>(query, ...bindings);
		try {
			for (const row of cursor) yield row;
		} finally {
			this.#count(cursor);
		}
	}

	/**
	 * Statements run that may have changed the database: every `run`, and any query whose cursor
	 * wrote rows. A reading taken while this stays the same is still what the database holds,
	 * unless a transaction around it was rolled back (the caller forgets readings then).
	 */
	get writes(): number {
		return this.#writes;
	}

	get databaseSize(): number {
		return this.#sql.databaseSize;
	}

	/** Rows counted since the previous call (then resets). */
	take(): { rowsRead: number; rowsWritten: number } {
		const out = { rowsRead: this.#rowsRead, rowsWritten: this.#rowsWritten };
		this.#rowsRead = 0;
		this.#rowsWritten = 0;
		return out;
	}
}
