import { describe, expect, it } from 'vitest';
import { type FlushClock, MAX_WAIT_MS, timerFlushes, timerToArm } from '../../worker/src/core/flush-timer.ts';

/**
 * Runs the schedule the way front-metrics.ts does: each request may arm a timer (fired at its
 * time, in order), a firing timer may flush. Returns the flush times and every armed timer.
 */
function simulate(requests: readonly number[], intervalMs: number, until: number) {
	const clock: FlushClock = { lastFlushAt: 0, timerAt: null };
	const timers: { armedAt: number; at: number }[] = [];
	const flushes: number[] = [];
	const pending: number[] = [];
	const fire = (upTo: number) => {
		pending.sort((a, b) => a - b);
		while (pending.length > 0 && (pending[0] ?? Infinity) <= upTo) {
			const at = pending.shift() ?? 0;
			if (timerFlushes(clock, at, at, intervalMs)) {
				flushes.push(at);
				clock.lastFlushAt = at;
			}
		}
	};
	for (const now of requests) {
		fire(now - 1);
		const at = timerToArm(clock, now, intervalMs);
		if (at !== null) {
			clock.timerAt = at;
			timers.push({ armedAt: now, at });
			pending.push(at);
		}
		fire(now);
	}
	fire(until);
	return { flushes, timers };
}

const S = 1000;
const everySecond = (from: number, to: number) =>
	Array.from({ length: (to - from) / S + 1 }, (_, i) => from + i * S);
// A real clock's epoch: the isolate's first request flushes at once (nothing flushed before).
const T0 = 1_800_000_000_000;

describe('front flush schedule', () => {
	it('flushes once per 60 s interval under steady traffic, not at every 25 s timer', () => {
		const { flushes, timers } = simulate(everySecond(T0, T0 + 600 * S), 60 * S, T0 + 700 * S);
		// The first request flushes at once, then one flush per interval: 11 in 10 minutes, not 25.
		expect(flushes[0]).toBe(T0);
		expect(flushes.slice(1, 11).map((t) => t - T0)).toEqual(
			Array.from({ length: 10 }, (_, i) => (i + 1) * 60 * S),
		);
		// Then traffic stopped at +600 s: what the last 0–60 s held went out within 25 s.
		expect(flushes).toHaveLength(11);
		// Every timer fires within MAX_WAIT_MS of the request that armed it (waitUntil's limit).
		for (const t of timers) expect(t.at - t.armedAt).toBeLessThanOrEqual(MAX_WAIT_MS);
		// About one timer per 5 s, not one per request.
		expect(timers.length).toBeLessThan(150);
	});

	it('sends what a stopped isolate holds within 25 s of its last request, wherever it stops', () => {
		for (let stop = 2; stop <= 120; stop += 1) {
			const requests = everySecond(T0, T0 + stop * S);
			const { flushes } = simulate(requests, 60 * S, T0 + 400 * S);
			const last = requests.at(-1) ?? 0;
			const after = flushes.filter((f) => f >= last);
			expect(after.length, `traffic stopping after ${stop} s`).toBeGreaterThan(0);
			expect((after[0] ?? 0) - last, `traffic stopping after ${stop} s`).toBeLessThanOrEqual(MAX_WAIT_MS);
		}
	});

	it('never flushes twice within the interval while traffic flows', () => {
		// Irregular traffic: gaps of 0.3 s to 19 s (a pause of QUIET_MS or more flushes early).
		const requests: number[] = [];
		for (let t = T0, i = 0; t < T0 + 900 * S; i++) {
			requests.push(t);
			t += [300, 19 * S, 7 * S, 1200, 15 * S][i % 5] ?? S;
		}
		const { flushes } = simulate(requests, 60 * S, T0 + 900 * S - 1);
		for (let i = 1; i < flushes.length; i++)
			expect((flushes[i] ?? 0) - (flushes[i - 1] ?? 0)).toBeGreaterThanOrEqual(60 * S);
	});

	it('with an interval under 25 s, flushes when it is due', () => {
		const { flushes } = simulate(everySecond(T0, T0 + 60 * S), 10 * S, T0 + 100 * S);
		expect(flushes.map((t) => t - T0)).toEqual([0, 10, 20, 30, 40, 50, 60].map((s) => s * S));
	});

	it('re-arms when the newest timer was cut off (its time passed without firing)', () => {
		const clock: FlushClock = { lastFlushAt: T0, timerAt: T0 + 26 * S };
		expect(timerToArm(clock, T0 + 40 * S, 60 * S)).toBe(T0 + 60 * S);
	});

	it('arms an earlier timer when the newest fires after the flush is due (a shorter interval)', () => {
		const clock: FlushClock = { lastFlushAt: T0, timerAt: T0 + 25 * S };
		expect(timerToArm(clock, T0 + S, 200)).toBe(T0 + S);
		expect(timerToArm(clock, T0 + 100, 200)).toBe(T0 + 200);
	});

	it('flushes early after a pause of QUIET_MS, at most once per armed timer', () => {
		// Bursts of 3 requests 30 s apart: each burst's data goes out within 25 s.
		const requests = Array.from({ length: 20 }, (_, i) =>
			[0, 200, 400].map((d) => T0 + i * 30 * S + d),
		).flat();
		const { flushes, timers } = simulate(requests, 60 * S, T0 + 700 * S);
		expect(flushes.length).toBeLessThanOrEqual(timers.length);
		for (let i = 0; i < 20; i++) {
			const last = T0 + i * 30 * S + 400;
			expect(flushes.some((f) => f >= last && f - last <= MAX_WAIT_MS)).toBe(true);
		}
	});
});
