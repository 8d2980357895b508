/**
 * The job lifecycle as pure transitions over the stored record:
 * queued → running → succeeded | failed, with transient step failures retried after a backoff
 * and a failed job resumable (same id, same params) from where it stopped.
 */
import { z } from 'zod';
import { type JobState, JobStateSchema, type JobStatus, JobTypeSchema } from '../../contract/index.ts';

/** Consecutive failed steps before a job is marked failed. */
export const MAX_ATTEMPTS = 6;
/** Attempts per item before it is set aside as `error` and the job moves on. */
export const MAX_ITEM_ATTEMPTS = 3;

/** The job row as stored (validated on every read: storage outlives code versions). */
export const JobRecordSchema = z.object({
	id: z.string(),
	type: JobTypeSchema,
	/** Canonical JSON of the validated params (defaults applied). */
	params: z.string(),
	state: JobStateSchema,
	/** Index into the job definition's phases. */
	phase: z.number().int().nonnegative(),
	createdAt: z.number(),
	updatedAt: z.number(),
	finishedAt: z.number().nullable(),
	/** Consecutive failed steps (reset by a successful one). */
	attempts: z.number().int().nonnegative(),
	/** Failed steps over the job's life (each was retried or ended the job). */
	failedSteps: z.number().int().nonnegative().default(0),
	error: z.object({ code: z.string(), message: z.string() }).nullable(),
	/** Alarm invocations that ran a step. */
	invocations: z.number().int().nonnegative(),
	/** The most subrequests any single step invocation made. */
	maxSubrequests: z.number().int().nonnegative(),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

export function newJob(id: string, type: JobRecord['type'], params: string, now: number): JobRecord {
	return {
		id,
		type,
		params,
		state: 'queued',
		phase: 0,
		createdAt: now,
		updatedAt: now,
		finishedAt: null,
		attempts: 0,
		failedSteps: 0,
		error: null,
		invocations: 0,
		maxSubrequests: 0,
	};
}

export type StartDecision =
	| { action: 'create' }
	| { action: 'existing' }
	| { action: 'resume' }
	| { action: 'conflict'; reason: string };

/** What posting `{type, params}` under an id that may already hold a job means. */
export function decideStart(
	existing: JobRecord | null,
	type: JobRecord['type'],
	params: string,
): StartDecision {
	if (!existing) return { action: 'create' };
	if (existing.type !== type || existing.params !== params) {
		return {
			action: 'conflict',
			reason: `job ${existing.id} already exists with a different type or params`,
		};
	}
	return existing.state === 'failed' ? { action: 'resume' } : { action: 'existing' };
}

export function resumeJob(rec: JobRecord, now: number): JobRecord {
	return { ...rec, state: 'running', attempts: 0, error: null, finishedAt: null, updatedAt: now };
}

function account(rec: JobRecord, now: number, subrequests: number): JobRecord {
	return {
		...rec,
		updatedAt: now,
		invocations: rec.invocations + 1,
		maxSubrequests: Math.max(rec.maxSubrequests, subrequests),
	};
}

/** After a successful step: advance the phase when it completed; finish after the last one. */
export function afterStep(
	rec: JobRecord,
	phaseDone: boolean,
	phaseCount: number,
	now: number,
	subrequests: number,
): JobRecord {
	// A success clears the last transient error: `error` describes the job as it stands.
	const next = { ...account(rec, now, subrequests), state: 'running' as const, attempts: 0, error: null };
	if (!phaseDone) return next;
	if (rec.phase + 1 < phaseCount) return { ...next, phase: rec.phase + 1 };
	return { ...next, state: 'succeeded', finishedAt: now };
}

/** Delay before retrying after `attempts` consecutive failures: 1 s, 2 s, 4 s … capped at 60 s. */
export function backoffMs(attempts: number): number {
	return Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** After a failed step: retry later (`retryAt`) or give up. */
export function afterFailure(
	rec: JobRecord,
	error: { code: string; message: string; permanent: boolean },
	now: number,
	subrequests: number,
): { rec: JobRecord; retryAt: number | null } {
	const attempts = rec.attempts + 1;
	const base = {
		...account(rec, now, subrequests),
		attempts,
		failedSteps: rec.failedSteps + 1,
		error: { code: error.code, message: error.message },
	};
	if (error.permanent || attempts >= MAX_ATTEMPTS) {
		return { rec: { ...base, state: 'failed', finishedAt: now }, retryAt: null };
	}
	return { rec: { ...base, state: 'running' }, retryAt: now + backoffMs(attempts) };
}

export function isTerminal(state: JobState): boolean {
	return state === 'succeeded' || state === 'failed';
}

/** The public status (contract `JobStatusSchema`), with the result typed by the caller. */
export function toJobStatus<R extends Record<string, unknown>>(
	rec: JobRecord,
	progress: { done: number; total: number | null; phase: string },
	result: R | null,
): Omit<JobStatus, 'result'> & { result: R | null } {
	const total = progress.total;
	let percent: number | null = null;
	if (rec.state === 'succeeded') percent = 100;
	else if (total !== null) percent = total === 0 ? 100 : Math.min(100, (progress.done / total) * 100);
	const iso = (ms: number) => new Date(ms).toISOString();
	return {
		id: rec.id,
		type: rec.type,
		state: rec.state,
		progress: { done: progress.done, total, percent, phase: progress.phase },
		createdAt: iso(rec.createdAt),
		updatedAt: iso(rec.updatedAt),
		finishedAt: rec.finishedAt === null ? null : iso(rec.finishedAt),
		result,
		...(rec.error ? { error: rec.error } : {}),
	};
}
