/**
 * The front Worker's circuit breaker around Durable Object calls, as a pure state machine
 * (`now` is passed in). The seed's numbers: it opens after 5 failures or timeouts within
 * 5 minutes; while open, events go straight to the journal; after a cool-down one call is let
 * through as a probe (half-open): success closes it, failure re-opens it with a doubled
 * cool-down. An open episode never lasts more than 1 hour: then the breaker closes and DO
 * calls resume (a still-failing DO re-opens it after 5 more failures, which are journaled).
 */
import type { BreakerState } from '../contract/index.ts';
import { MINUTE_MS } from '../contract/time.ts';

export type BreakerConfig = {
	failureThreshold: number;
	windowMs: number;
	/** First cool-down before a probe; doubles per failed probe up to `maxCooldownMs`. */
	cooldownMs: number;
	maxCooldownMs: number;
	/** Longest an open episode lasts before the breaker closes on its own. */
	maxOpenMs: number;
	/** A probe that has not reported back after this long no longer blocks the next one. */
	probeTimeoutMs: number;
};

export const DEFAULT_BREAKER: BreakerConfig = {
	failureThreshold: 5,
	windowMs: 5 * MINUTE_MS,
	cooldownMs: 30_000,
	maxCooldownMs: 5 * MINUTE_MS,
	maxOpenMs: 60 * MINUTE_MS,
	probeTimeoutMs: 10_000,
};

export type Breaker = {
	state: BreakerState;
	/** When the current state began (null while closed and never opened). */
	since: number | null;
	/** Failure times within the window (kept while open, for monitoring). */
	failures: number[];
	/** When the current open episode began. */
	openedAt: number | null;
	cooldownMs: number;
	/** When a probe may next be sent (open state). */
	probeAt: number | null;
	/** When the in-flight probe was sent (half-open state). */
	probeSentAt: number | null;
};

export const CLOSED: Breaker = {
	state: 'closed',
	since: null,
	failures: [],
	openedAt: null,
	cooldownMs: 0,
	probeAt: null,
	probeSentAt: null,
};

/** May a DO call go out now? `probe` marks the single half-open trial call. */
export type BreakerDecision = { allow: boolean; probe: boolean; next: Breaker };

export function decide(b: Breaker, now: number, cfg: BreakerConfig = DEFAULT_BREAKER): BreakerDecision {
	if (b.state === 'closed') return { allow: true, probe: false, next: b };
	if (b.openedAt !== null && now - b.openedAt >= cfg.maxOpenMs) {
		return { allow: true, probe: false, next: { ...CLOSED, since: now } };
	}
	const probeFree =
		b.state === 'open' || (b.probeSentAt !== null && now - b.probeSentAt >= cfg.probeTimeoutMs);
	if (probeFree && b.probeAt !== null && now >= b.probeAt) {
		return {
			allow: true,
			probe: true,
			next: { ...b, state: 'half-open', since: b.state === 'half-open' ? b.since : now, probeSentAt: now },
		};
	}
	return { allow: false, probe: false, next: b };
}

/** A DO call succeeded: a successful probe closes the breaker. */
export function recordSuccess(b: Breaker, now: number, probe: boolean): Breaker {
	if (probe && b.state === 'half-open') return { ...CLOSED, since: now };
	return b;
}

/** A DO call failed or timed out. */
export function recordFailure(
	b: Breaker,
	now: number,
	probe: boolean,
	cfg: BreakerConfig = DEFAULT_BREAKER,
): Breaker {
	if (b.state === 'closed') {
		const failures = [...b.failures.filter((t) => now - t < cfg.windowMs), now];
		if (failures.length < cfg.failureThreshold) return { ...b, failures };
		return {
			...CLOSED,
			state: 'open',
			since: now,
			failures,
			openedAt: now,
			cooldownMs: cfg.cooldownMs,
			probeAt: now + cfg.cooldownMs,
		};
	}
	if (probe && b.state === 'half-open') {
		const cooldownMs = Math.min(b.cooldownMs * 2, cfg.maxCooldownMs);
		return { ...b, state: 'open', since: now, cooldownMs, probeAt: now + cooldownMs, probeSentAt: null };
	}
	// A call that was allowed before the breaker opened finished late: nothing new to learn.
	return b;
}

/** What monitoring shows: state, when it began, failures in the current window. */
export function describeBreaker(
	b: Breaker,
	now: number,
	cfg: BreakerConfig = DEFAULT_BREAKER,
): { state: BreakerState; since: number | null; recentFailures: number } {
	return {
		state: b.state,
		since: b.since,
		recentFailures: b.failures.filter((t) => now - t < cfg.windowMs).length,
	};
}
