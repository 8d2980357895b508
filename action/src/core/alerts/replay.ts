/**
 * The alert state machine, replayed bucket by bucket over the collector's time series. Because
 * state is derived from the history rather than from when the monitor happened to run, a late
 * or skipped run neither loses an episode nor delays its start.
 */
import { type Severity, severityRank } from '../../../../worker/src/contract/severity.ts';

export type Signal = {
	/** Highest level whose threshold holds in this bucket. */
	raw: Severity | null;
	/** Highest level whose recover value still holds (hysteresis). */
	hold: Severity | null;
	value: number | null;
};

/** One bucket: a signal, or null for a bucket without data. */
export type Step = { start: number; end: number; signal: Signal | null };

export type Episode = { start: number; end: number | null; peak: Severity; peakValue: number | null };

export type ReplayOptions = {
	forMs: number;
	keepFiringForMs: number;
	noData: 'keep_last' | 'alerting';
	/** The level `alerting` treats missing data as. */
	lowest: Severity;
	/** State carried in from the open issue, when it began before the first step. */
	initial?: { level: Severity; since: number } | undefined;
};

export type ReplayResult = {
	level: Severity | null;
	/** When the current episode began firing. */
	since: number | null;
	/** Value in the last bucket with data. */
	value: number | null;
	/** True when at least one bucket had data. */
	sawData: boolean;
	episodes: Episode[];
};

/** Runs the state machine over the steps (in time order) and returns the final state and episodes. */
export function replay(steps: readonly Step[], opts: ReplayOptions): ReplayResult {
	let level: Severity | null = opts.initial?.level ?? null;
	let since: number | null = opts.initial?.since ?? null;
	const pending: Record<Severity, number | null> = { warning: null, critical: null };
	let lowerSince: number | null = null;
	let last: Signal | null = null;
	let sawData = false;
	const episodes: Episode[] =
		level && since !== null ? [{ start: since, end: null, peak: level, peakValue: null }] : [];
	for (const step of steps) {
		let signal = step.signal;
		if (signal) sawData = true;
		else if (opts.noData === 'alerting') signal = { raw: opts.lowest, hold: opts.lowest, value: null };
		else signal = last; // keep_last: a gap changes nothing
		if (!signal) continue;
		last = signal;
		for (const l of ['warning', 'critical'] as const) {
			pending[l] = severityRank(signal.raw) >= severityRank(l) ? (pending[l] ?? step.start) : null;
		}
		let target: Severity | null = null;
		for (const l of ['critical', 'warning'] as const) {
			const eligible = pending[l] !== null && step.end - (pending[l] ?? 0) >= opts.forMs;
			const held = severityRank(level) >= severityRank(l) && severityRank(signal.hold) >= severityRank(l);
			if (eligible || held) {
				target = l;
				break;
			}
		}
		if (severityRank(target) < severityRank(level)) {
			lowerSince ??= step.start;
			if (step.end - lowerSince < opts.keepFiringForMs) target = level;
		} else lowerSince = null;
		if (target !== level) {
			if (severityRank(target) < severityRank(level)) lowerSince = null;
			const open = episodes.at(-1);
			if (!level && target) {
				since = step.end;
				episodes.push({ start: step.end, end: null, peak: target, peakValue: signal.value });
			} else if (level && !target) {
				if (open) open.end = step.end;
				since = null;
			}
			level = target;
		}
		const open = episodes.at(-1);
		if (level && open && open.end === null) {
			if (severityRank(level) > severityRank(open.peak)) open.peak = level;
			if (signal.value !== null && (open.peakValue === null || signal.value > open.peakValue))
				open.peakValue = signal.value;
		}
	}
	return { level, since, value: last?.value ?? null, sawData, episodes };
}

/** Maps a value to a signal against threshold/recover pairs. */
export function thresholdSignal(
	value: number | null,
	levels: Partial<Record<Severity, { threshold: number; recover: number }>>,
): Signal | null {
	if (value === null || !Number.isFinite(value)) return null;
	let raw: Severity | null = null;
	let hold: Severity | null = null;
	for (const l of ['warning', 'critical'] as const) {
		const lv = levels[l];
		if (!lv) continue;
		if (value >= lv.threshold) raw = l;
		if (value >= lv.recover) hold = l;
	}
	return { raw, hold, value };
}
