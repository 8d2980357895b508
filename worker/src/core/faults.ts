/**
 * Development-only fault injection for the front Worker's Durable Object calls, read from the
 * `PATHWATCH_FAULTS` variable (never set by the deployed configuration), e.g.
 * `fail=0.3,timeout=0.1,delay=50ms,seed=7`:
 * - `fail`: probability that a call throws before reaching the DO;
 * - `timeout`: probability that a call reaches the DO but its answer is treated as lost (the
 *   events are then journaled too, exercising idempotent replay);
 * - `delay`: added latency before every call (`ms` or `s`);
 * - `seed`: makes each call's outcome a function of its first event id, so tests are repeatable;
 * - `from`, `until`: epoch milliseconds bounding a fault window (the demo trips the breaker in
 *   one window and shows recovery after it); outside the window no fault and no delay happens.
 * An unset or empty variable yields no plan at all, so no fault can happen.
 */
import { hash32 } from './hash.ts';

export type FaultPlan = {
	fail: number;
	timeout: number;
	delayMs: number;
	seed: string | null;
	from: number | null;
	until: number | null;
};
export type Fault = 'fail' | 'timeout' | null;

function parseProbability(key: string, value: string): number {
	const n = Number(value);
	if (value === '' || !Number.isFinite(n) || n < 0 || n > 1) {
		throw new Error(`PATHWATCH_FAULTS: ${key} must be a probability between 0 and 1, got '${value}'`);
	}
	return n;
}

function parseDuration(value: string): number {
	const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value);
	if (!m) throw new Error(`PATHWATCH_FAULTS: delay must look like 50ms or 1s, got '${value}'`);
	return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

function parseEpochMs(key: string, value: string): number {
	const n = Number(value);
	if (value === '' || !Number.isSafeInteger(n) || n < 0) {
		throw new Error(`PATHWATCH_FAULTS: ${key} must be epoch milliseconds, got '${value}'`);
	}
	return n;
}

/** Whether the plan's window (if any) contains `now`. */
export function faultsActive(plan: FaultPlan, now: number): boolean {
	return (plan.from === null || now >= plan.from) && (plan.until === null || now < plan.until);
}

/** Parses the variable; null when unset or empty. Throws on a malformed value. */
export function parseFaults(spec: string | undefined): FaultPlan | null {
	if (spec === undefined || spec.trim() === '') return null;
	const plan: FaultPlan = { fail: 0, timeout: 0, delayMs: 0, seed: null, from: null, until: null };
	for (const part of spec.split(',')) {
		const [key = '', value = ''] = part.split('=').map((s) => s.trim());
		if (key === 'fail') plan.fail = parseProbability(key, value);
		else if (key === 'timeout') plan.timeout = parseProbability(key, value);
		else if (key === 'delay') plan.delayMs = parseDuration(value);
		else if (key === 'seed' && value !== '') plan.seed = value;
		else if (key === 'from' || key === 'until') plan[key] = parseEpochMs(key, value);
		else
			throw new Error(
				`PATHWATCH_FAULTS: unknown setting '${part.trim()}' (fail, timeout, delay, seed, from, until)`,
			);
	}
	if (plan.fail + plan.timeout > 1) throw new Error('PATHWATCH_FAULTS: fail + timeout must not exceed 1');
	return plan;
}

/** FNV-1a of `text` with a murmur3 finaliser (so near-identical keys spread out), scaled to [0, 1). */
function unitHash(text: string): number {
	return hash32(text) / 2 ** 32;
}

/** Which fault (if any) hits the call identified by `key`; `random` is used when unseeded. */
export function pickFault(plan: FaultPlan, key: string, random: () => number): Fault {
	const roll = plan.seed === null ? random() : unitHash(`${plan.seed}:${key}`);
	if (roll < plan.fail) return 'fail';
	if (roll < plan.fail + plan.timeout) return 'timeout';
	return null;
}
