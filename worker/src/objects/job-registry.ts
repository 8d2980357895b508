/**
 * The JobRunner's registry role (one object, `JOB_REGISTRY_NAME`): which exclusive jobs hold a
 * claim right now, and the latest run of each job type for the snapshot. Two small tables, so a
 * start is one claim call and a snapshot one `lastRuns` call, whatever the number of jobs.
 */
import { type JobRun, JobRunSchema, type JobType, JobTypeSchema } from '../contract/jobs.ts';

const SCHEMA = [
	'CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, type TEXT NOT NULL, claimed_at INTEGER NOT NULL)',
	'CREATE TABLE IF NOT EXISTS runs (type TEXT PRIMARY KEY, started_at TEXT NOT NULL, run TEXT NOT NULL)',
];

export type Claim = { id: string; type: JobType };

export class JobRegistryStore {
	readonly #sql: SqlStorage;

	constructor(sql: SqlStorage) {
		this.#sql = sql;
		for (const statement of SCHEMA) sql.exec(statement);
	}

	claims(): Claim[] {
		return this.#sql
			.exec<{ id: string; type: string }>('SELECT id, type FROM claims ORDER BY claimed_at')
			.toArray()
			.map((r) => ({ id: r.id, type: JobTypeSchema.parse(r.type) }));
	}

	addClaim(claim: Claim, now: number): void {
		this.#sql.exec(
			'INSERT INTO claims (id, type, claimed_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
			claim.id,
			claim.type,
			now,
		);
	}

	dropClaim(id: string): void {
		this.#sql.exec('DELETE FROM claims WHERE id = ?', id);
	}

	/** Keeps the run unless a later-started run of its type is already recorded. */
	putRun(run: JobRun): void {
		this.#sql.exec(
			`INSERT INTO runs (type, started_at, run) VALUES (?, ?, ?)
			ON CONFLICT (type) DO UPDATE SET started_at = excluded.started_at, run = excluded.run
			WHERE excluded.started_at >= runs.started_at`,
			run.type,
			run.startedAt,
			JSON.stringify(run),
		);
	}

	runs(): JobRun[] {
		return this.#sql
			.exec<{ run: string }>('SELECT run FROM runs ORDER BY type')
			.toArray()
			.map((r) => JobRunSchema.parse(JSON.parse(r.run)));
	}
}
