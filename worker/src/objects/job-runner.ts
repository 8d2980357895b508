import { DurableObject } from 'cloudflare:workers';
import type { JobRun, JobStatus, JobType } from '../contract/index.ts';
import { redactIps } from '../contract/redact.ts';
import { MAX_WAIT_MS } from '../core/flush-timer.ts';
import type { JobDefinition, JobResult } from '../core/jobs/definition.ts';
import { TERMINAL_STATUSES } from '../core/jobs/items.ts';
import { describeError } from '../core/jobs/job-error.ts';
import { createMeter } from '../core/jobs/meter.ts';
import { parseJobParams } from '../core/jobs/params.ts';
import type { JobFacts } from '../core/jobs/ports.ts';
import { JOB_DEFINITIONS } from '../core/jobs/registry.ts';
import { conflicts, isExclusive, jobRunOf } from '../core/jobs/runs.ts';
import {
	afterFailure,
	afterStep,
	decideStart,
	isTerminal,
	type JobRecord,
	newJob,
	resumeJob,
	toJobStatus,
} from '../core/jobs/state.ts';
import { shardIndexFor } from '../core/shard-key.ts';
import type { JobUsage } from '../core/shard-reads.ts';
import { type Bindings, settingsOf } from '../env.ts';
import { bindingsOf, type JobBindings, meteredPorts } from './job-ports.ts';
import { type Claim, JobRegistryStore } from './job-registry.ts';
import { SqlJobStore } from './job-store.ts';

export type { JobBindings } from './job-ports.ts';

/** `JobStatus` with its result typed as plain data, so it crosses Durable Object RPC typed. */
export type JobStatusData = Omit<JobStatus, 'result'> & { result: JobResult | null };

/**
 * `conflict` is set (and nothing changed) when the id holds a job of another type or params;
 * `busy` names the running job that keeps this one from starting (nothing changed either).
 */
export type StartResult = {
	status: JobStatusData | null;
	created: boolean;
	resumed: boolean;
	conflict: string | null;
	busy: Claim | null;
};

export type ClaimResult = { granted: true } | { granted: false; running: Claim };

/**
 * One maintenance job (one object per job id, `getByName(id)`): each alarm runs one bounded step
 * of the job's current phase against the queue in its SQLite, then schedules the next; a failed
 * step is retried with backoff, and the queue's item statuses make every retry skip finished work.
 */
export class JobRunner extends DurableObject<Bindings> {
	bindings: JobBindings;
	#busy = false;
	#store: SqlJobStore | null = null;
	#registry: JobRegistryStore | null = null;

	constructor(ctx: DurableObjectState, env: Bindings) {
		super(ctx, env);
		this.bindings = bindingsOf(env);
	}

	#open(): SqlJobStore {
		if (!this.#store) {
			this.#store = new SqlJobStore(this.ctx.storage);
			this.#store.migrate();
		}
		return this.#store;
	}

	/**
	 * Creates the job, or returns the one already under this id (resuming it when it had failed).
	 * A new or resumed exclusive job first claims its turn from the registry: while a conflicting
	 * job runs, nothing is created and `busy` names that job.
	 */
	async start(req: { id: string; type: JobType; params: string }): Promise<StartResult> {
		const store = this.#open();
		const existing = store.job();
		const decision = decideStart(existing, req.type, req.params);
		const none = { status: null, created: false, resumed: false, conflict: null, busy: null };
		if (decision.action === 'conflict') return { ...none, conflict: decision.reason };
		// Export and optimize conflict with nothing: no registry call, no claim row for them.
		if ((decision.action === 'create' || decision.action === 'resume') && isExclusive(req.type)) {
			const claim = await this.bindings.registry.claim({ id: req.id, type: req.type });
			if (!claim.granted) return { ...none, busy: claim.running };
		}
		const now = Date.now();
		if (decision.action === 'create') store.saveJob(newJob(req.id, req.type, req.params, now));
		if (decision.action === 'resume' && existing) store.saveJob(resumeJob(existing, now));
		const rec = store.job();
		// A lost alarm (never expected, but cheap to rule out) would leave the job stalled forever.
		if (rec && !isTerminal(rec.state) && !this.#busy && (await this.ctx.storage.getAlarm()) === null) {
			await this.ctx.storage.setAlarm(now);
		}
		if (rec && decision.action !== 'existing') await this.#noteRun(rec, null, false);
		const status = await this.status();
		return { ...none, status, created: decision.action === 'create', resumed: decision.action === 'resume' };
	}

	/**
	 * This job's status and whether it was started with `params` (a start of the same type asks,
	 * to tell a repeated start, which follows this job, from a different one, which must not).
	 */
	async startedWith(params: string): Promise<{ status: JobStatusData; sameParams: boolean } | null> {
		const status = await this.status();
		if (!status) return null;
		return { status, sameParams: this.#open().job()?.params === params };
	}

	/** Registry role: grants `req` unless a conflicting job still runs (its claim is checked live). */
	async claim(req: Claim): Promise<ClaimResult> {
		const registry = this.#registryStore();
		for (;;) {
			// Find and add with no await between them: two concurrent claims cannot both be granted.
			const held = registry.claims().find((c) => c.id !== req.id && conflicts(req.type, c.type));
			if (!held) {
				registry.addClaim(req, Date.now());
				return { granted: true };
			}
			if (await this.#stillRuns(held.id)) return { granted: false, running: held };
			// Its runner ended without telling the registry (or never created the job): the claim is stale.
			registry.dropClaim(held.id);
		}
	}

	async #stillRuns(id: string): Promise<boolean> {
		try {
			const status = await this.env.JOB_RUNNER.getByName(id).status();
			return status !== null && !isTerminal(status.state);
		} catch {
			// Unknown is treated as running: refusing a start is safe, overlapping two jobs is not.
			return true;
		}
	}

	/** Registry role: records a run (and releases its claim once it ended). */
	async noteRun(run: JobRun, release: boolean): Promise<void> {
		const registry = this.#registryStore();
		registry.putRun(run);
		if (release) registry.dropClaim(run.id);
	}

	/** Registry role: the latest run of each job type. */
	async lastRuns(): Promise<JobRun[]> {
		return this.#registryStore().runs();
	}

	#registryStore(): JobRegistryStore {
		this.#registry ??= new JobRegistryStore(this.ctx.storage.sql);
		return this.#registry;
	}

	/** Tells the registry about this job; a failure only delays the snapshot (claims are checked live). */
	async #noteRun(rec: JobRecord, result: JobResult | null, release: boolean): Promise<void> {
		try {
			await this.bindings.registry.noteRun(jobRunOf(rec, result), release);
		} catch (err) {
			console.error(
				JSON.stringify({ msg: 'job registry update failed', job: rec.id, err: describeError(err).message }),
			);
		}
	}

	/** The job's public status, or null when no job was ever created under this id. */
	async status(): Promise<JobStatusData | null> {
		if (!this.#store && !SqlJobStore.exists(this.ctx.storage)) return null;
		const store = this.#open();
		const rec = store.job();
		if (!rec) return null;
		const def = JOB_DEFINITIONS[rec.type] as JobDefinition<unknown>;
		const counts = store.statusCounts();
		const total = Object.values(counts).reduce((a, b) => a + b, 0);
		const done = TERMINAL_STATUSES.reduce((a, s) => a + (counts[s] ?? 0), 0);
		const planned = rec.phase >= def.itemsFrom || rec.state === 'succeeded';
		const phase = rec.state === 'succeeded' ? 'done' : (def.phases[rec.phase]?.name ?? 'done');
		return toJobStatus(
			rec,
			{ done, total: planned ? total : null, phase },
			this.#result(rec, def, store, counts),
		);
	}

	/** `counts`: the items per status, when the caller has read them already. */
	#result(
		rec: JobRecord,
		def: JobDefinition<unknown>,
		store: SqlJobStore,
		counts: Record<string, number> = store.statusCounts(),
	): JobResult {
		const counters = store.counters();
		const facts: JobFacts<unknown> = {
			jobId: rec.id,
			type: rec.type,
			params: parseJobParams(rec.type, JSON.parse(rec.params)),
			createdAt: rec.createdAt,
			store,
		};
		const end = rec.finishedAt ?? rec.updatedAt;
		return {
			...counters,
			...def.summarize?.(facts, counters),
			itemErrorSamples: store
				.errors(5, counts.error ?? 0)
				.map((e) => ({ key: redactIps(e.key), message: e.message })),
			maxSubrequestsPerInvocation: rec.maxSubrequests,
			invocations: rec.invocations,
			failedSteps: rec.failedSteps,
			elapsedMs: end - rec.createdAt,
		};
	}

	override async alarm(): Promise<void> {
		// One step at a time per job: a second alarm delivery while a step runs (a platform retry or a
		// test driving alarms by hand) leaves the running step to schedule the next.
		if (this.#busy) return;
		this.#busy = true;
		try {
			await this.#step();
		} finally {
			this.#busy = false;
		}
	}

	async #step(): Promise<void> {
		if (!SqlJobStore.exists(this.ctx.storage)) return;
		const store = this.#open();
		const rec = store.job();
		if (!rec || isTerminal(rec.state)) return;
		const def = JOB_DEFINITIONS[rec.type] as JobDefinition<unknown>;
		const phase = def.phases[rec.phase];
		const meter = createMeter();
		const started = Date.now();
		const usage: Required<JobUsage> = {
			doRequests: 1,
			r2ClassA: 0,
			r2ClassB: 0,
			kvReads: 0,
			kvWrites: 0,
			rowsRead: 0,
			rowsWritten: 0,
			activeMs: 0,
		};
		// The usage report below is one more subrequest of this invocation (two on the last step: the registry note).
		const reportCalls = 2;
		let next: JobRecord;
		let runAt: number | null = null;
		try {
			if (!phase) throw new Error(`job ${rec.id} has no phase ${rec.phase}`);
			const params = parseJobParams(rec.type, JSON.parse(rec.params));
			const ports = meteredPorts(this.bindings, meter, usage);
			const ctx = {
				jobId: rec.id,
				type: rec.type,
				params,
				createdAt: rec.createdAt,
				store,
				now: Date.now(),
				ports,
				reportLagMs: settingsOf(this.env).flushIntervalMs + MAX_WAIT_MS,
			};
			const phaseDone = await phase.step(ctx);
			next = afterStep(rec, phaseDone, def.phases.length, Date.now(), meter.count + reportCalls);
			runAt = Date.now();
		} catch (err) {
			const error = describeError(err);
			console.error(JSON.stringify({ msg: 'job step failed', job: rec.id, phase: phase?.name, ...error }));
			const failed = afterFailure(rec, error, Date.now(), meter.count + reportCalls);
			next = failed.rec;
			runAt = failed.retryAt;
		}
		store.saveJob(next);
		if (runAt !== null && !isTerminal(next.state)) await this.ctx.storage.setAlarm(runAt);
		// Rows since the last step: this step's, and those of any status reads and starts in between,
		// added to the collectors' rows its calls booked.
		const own = store.takeRows();
		usage.rowsRead += own.rowsRead;
		usage.rowsWritten += own.rowsWritten;
		usage.activeMs = Date.now() - started;
		await this.#reportUsage(rec.id, usage);
		if (isTerminal(next.state)) await this.#noteRun(next, this.#result(next, def, store), true);
	}

	/** Books this step's own work (its invocation, R2 and KV operations, its rows and active time) for the cost model. */
	async #reportUsage(jobId: string, usage: Required<JobUsage>): Promise<void> {
		try {
			const shard = this.bindings.shard(shardIndexFor(jobId, this.bindings.shardCount));
			await shard.recordJobUsage(usage);
		} catch (err) {
			// Cost accounting only: the step's work is saved; losing one step's usage must not fail the job.
			console.error(
				JSON.stringify({ msg: 'job usage report failed', job: jobId, err: describeError(err).message }),
			);
		}
	}
}
