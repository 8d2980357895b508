import { DurableObject } from 'cloudflare:workers';
import { type ArchiveBucket, createDatasetStore } from '../adapters/archive-store.ts';
import { type ReplayResult, replayJournal } from '../adapters/journal.ts';
import { shardCount, shardStub } from '../adapters/stats-shards.ts';
import type { JobStatus, JobType } from '../contract/index.ts';
import type { JobDefinition, JobResult } from '../core/jobs/definition.ts';
import { TERMINAL_STATUSES } from '../core/jobs/items.ts';
import { describeError } from '../core/jobs/job-error.ts';
import { createMeter, type Meter } from '../core/jobs/meter.ts';
import { parseJobParams } from '../core/jobs/params.ts';
import {
	COLLECTOR_PORT_METHODS,
	type CollectorPort,
	type JobFacts,
	type JobPorts,
	SHARD_ARCHIVE_METHODS,
	SHARD_PORT_METHODS,
	type ShardArchiveRpc,
	type ShardPort,
} from '../core/jobs/ports.ts';
import { redactIps } from '../core/jobs/redact.ts';
import { JOB_DEFINITIONS } from '../core/jobs/registry.ts';
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
import type { Bindings } from '../env.ts';
import { SqlJobStore } from './job-store.ts';
import type { PathCollector } from './path-collector.ts';

/**
 * The outside world a job reaches, before metering. Tests replace members (through
 * `runInDurableObject`) with wrappers of the real bindings to inject R2 or collector faults.
 */
export type JobBindings = {
	archive: ArchiveBucket;
	shardCount: number;
	collector(ip: string): CollectorPort;
	shard(index: number): ShardPort & { recordJobUsage(usage: JobUsage): Promise<void> };
	shardArchive(index: number): ShardArchiveRpc;
	replayJournal(limit: number): Promise<ReplayResult>;
};

/** `JobStatus` with its result typed as plain data, so it crosses Durable Object RPC typed. */
export type JobStatusData = Omit<JobStatus, 'result'> & { result: JobResult | null };

/** `conflict` is set (and nothing changed) when the id holds a job of another type or params. */
export type StartResult = {
	status: JobStatusData | null;
	created: boolean;
	resumed: boolean;
	conflict: string | null;
};

function bindingsOf(env: Bindings): JobBindings {
	return {
		archive: env.ARCHIVE,
		shardCount: shardCount(env),
		collector: (ip) => env.PATH_COLLECTOR.getByName(ip),
		shard: (index) => shardStub(env, index),
		shardArchive: (index) => shardStub(env, index),
		replayJournal: (limit) => replayJournal(env, { limit }),
	};
}

/** Upper bound of the KV and DO calls one journal replay made (list, get per entry, record per IP, delete). */
function journalCalls(r: ReplayResult): number {
	return 1 + r.scanned + (r.replayed + r.failed) + r.replayed + 2 * r.deadLettered;
}

/**
 * The port methods must take exactly the Durable Object classes' parameters: a class method that
 * makes an argument optional (or drops one) stops this from compiling.
 */
type SameParams<A, B, K extends keyof A & keyof B> = {
	[M in K]: A[M] extends (...a: infer P) => unknown
		? B[M] extends (...b: infer Q) => unknown
			? [P, Q] extends [Q, P]
				? true
				: never
			: never
		: never;
};
const collectorParamsMatch: SameParams<PathCollector, CollectorPort, keyof CollectorPort> = {
	stats: true,
	compact: true,
	exportAll: true,
	restore: true,
	purge: true,
	flushReport: true,
};
void collectorParamsMatch;

/**
 * Wraps `methods` of `target` so each call is metered first, forwarding every argument as is:
 * no wrapper written per method, so none can drop an argument (the purge expectation once was).
 */
function metered<T extends object, K extends keyof T>(
	target: T,
	methods: readonly K[],
	meter: Meter,
): Pick<T, K> {
	const out: Partial<Pick<T, K>> = {};
	for (const name of methods) {
		const fn = target[name] as (...args: unknown[]) => Promise<unknown>;
		const call = (...args: unknown[]) => meter.call(() => Reflect.apply(fn, target, args));
		out[name] = call as T[K];
	}
	return out as Pick<T, K>;
}

/** Every call leaving the object counts toward this invocation's subrequests (and R2 classes toward usage). */
function meteredPorts(b: JobBindings, meter: Meter, usage: Required<JobUsage>): JobPorts {
	return {
		shardCount: b.shardCount,
		collector: (ip) => metered(b.collector(ip), COLLECTOR_PORT_METHODS, meter),
		shard: (index) => metered(b.shard(index), SHARD_PORT_METHODS, meter),
		shardArchive: (index) => metered(b.shardArchive(index), SHARD_ARCHIVE_METHODS, meter),
		datasets: createDatasetStore(b.archive, (op) => {
			meter.charge(1);
			if (op === 'A') usage.r2ClassA++;
			else usage.r2ClassB++;
		}),
		async replayJournal(limit) {
			const r = await b.replayJournal(limit);
			meter.add(journalCalls(r));
			usage.kvReads += r.scanned;
			usage.kvWrites += r.replayed + 2 * r.deadLettered;
			return r;
		},
	};
}

/**
 * One maintenance job (one object per job id, `getByName(id)`): each alarm runs one bounded step
 * of the job's current phase against the queue in its SQLite, then schedules the next; a failed
 * step is retried with backoff, and the queue's item statuses make every retry skip finished work.
 */
export class JobRunner extends DurableObject<Bindings> {
	bindings: JobBindings;
	#busy = false;
	#store: SqlJobStore | null = null;

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

	/** Creates the job, or returns the one already under this id (resuming it when it had failed). */
	async start(req: { id: string; type: JobType; params: string }): Promise<StartResult> {
		const store = this.#open();
		const existing = store.job();
		const decision = decideStart(existing, req.type, req.params);
		if (decision.action === 'conflict') {
			return { status: null, created: false, resumed: false, conflict: decision.reason };
		}
		const now = Date.now();
		if (decision.action === 'create') store.saveJob(newJob(req.id, req.type, req.params, now));
		if (decision.action === 'resume' && existing) store.saveJob(resumeJob(existing, now));
		const rec = store.job();
		// A lost alarm (never expected, but cheap to rule out) would leave the job stalled forever.
		if (rec && !isTerminal(rec.state) && !this.#busy && (await this.ctx.storage.getAlarm()) === null) {
			await this.ctx.storage.setAlarm(now);
		}
		const status = await this.status();
		return {
			status,
			created: decision.action === 'create',
			resumed: decision.action === 'resume',
			conflict: null,
		};
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
		return toJobStatus(rec, { done, total: planned ? total : null, phase }, this.#result(rec, def, store));
	}

	#result(rec: JobRecord, def: JobDefinition<unknown>, store: SqlJobStore): JobResult {
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
			itemErrorSamples: store.errors(5).map((e) => ({ key: redactIps(e.key), message: e.message })),
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
		const usage: Required<JobUsage> = { doRequests: 1, r2ClassA: 0, r2ClassB: 0, kvReads: 0, kvWrites: 0 };
		// The usage report below is one more subrequest of this invocation.
		const reportCalls = 1;
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
		await this.#reportUsage(rec.id, usage);
	}

	/** Books this step's own work (its invocation, R2 and KV operations) for the cost model. */
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
