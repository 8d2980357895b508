/** The shape every job type has: named phases of resumable steps, plus derived result fields. */
import type { Counters, JobFacts, StepContext } from './ports.ts';

/** A value in a job's result: plain, shallow data (Durable Object RPC types cannot express `unknown`). */
export type ResultValue =
	| string
	| number
	| boolean
	| null
	| string[]
	| Array<Record<string, string | number>>
	| Record<string, string | number | boolean | null>;
export type JobResult = Record<string, ResultValue>;

export type Phase<P> = {
	name: string;
	/** Does one bounded step of the phase; resolves true once the phase is complete. */
	step(ctx: StepContext<P>): Promise<boolean>;
};

export type JobDefinition<P> = {
	phases: ReadonlyArray<Phase<P>>;
	/** Index of the first phase whose queued items make up the job's progress total. */
	itemsFrom: number;
	/** Result fields derived from the counters and stored facts (ids, keys, estimates). */
	summarize?(facts: JobFacts<P>, counters: Counters): JobResult;
};
