/**
 * Counts the subrequests (DO RPC, R2, KV calls) one Worker invocation makes. Workers allow 1000
 * per invocation on the paid plan; jobs plan their batches for `SUBREQUEST_BUDGET` and the meter
 * refuses any call past `SUBREQUEST_HARD_LIMIT`, so a planning mistake fails a step (which is
 * retried) instead of having the platform kill the invocation.
 */
import { JobError } from './job-error.ts';

export const SUBREQUEST_BUDGET = 500;
export const SUBREQUEST_HARD_LIMIT = 900;

export type Meter = {
	readonly count: number;
	/** Counts `n` calls about to be made; throws instead when they would pass the hard limit. */
	charge(n?: number): void;
	/** Counts one call, then makes it. */
	call<T>(fn: () => Promise<T>): Promise<T>;
	/** Counts calls already made elsewhere on this invocation's behalf (e.g. the journal replayer). */
	add(n: number): void;
};

export function createMeter(hardLimit = SUBREQUEST_HARD_LIMIT): Meter {
	let count = 0;
	const charge = (n = 1) => {
		if (count + n > hardLimit) {
			throw new JobError('subrequest_limit', `a step tried to exceed ${hardLimit} subrequests`);
		}
		count += n;
	};
	return {
		get count() {
			return count;
		},
		charge,
		async call(fn) {
			charge(1);
			return fn();
		},
		add(n) {
			// Already made: recorded even past the limit so the reported maximum stays truthful.
			count += n;
		},
	};
}
