/**
 * Nagios-style flap detection: the alert's state is sampled 21 times across the window and
 * the 20 possible changes are weighted from 0.8 (oldest) to 1.2 (newest), so recent churn
 * counts more. Above `high` percent an alert starts flapping; it stops below `low`.
 */
export type Interval = { from: number; to: number | null };

export function flapPercent(intervals: readonly Interval[], now: number, windowMs: number): number {
	const samples = 21;
	const stateAt = (t: number) => intervals.some((iv) => iv.from <= t && (iv.to === null || t < iv.to));
	let previous = stateAt(now - windowMs);
	let weighted = 0;
	for (let k = 1; k < samples; k++) {
		const current = stateAt(now - windowMs + (k * windowMs) / (samples - 1));
		if (current !== previous) weighted += 0.8 + (0.4 * (k - 1)) / (samples - 2);
		previous = current;
	}
	return (weighted / (samples - 1)) * 100;
}

/** Merges interval lists (from the history and from the replay), overlapping ones joined. */
export function mergeIntervals(...lists: readonly (readonly Interval[])[]): Interval[] {
	const all = lists.flat().sort((a, b) => a.from - b.from);
	const out: Interval[] = [];
	for (const iv of all) {
		const last = out.at(-1);
		if (last && (last.to === null || iv.from <= last.to)) {
			last.to = last.to === null || iv.to === null ? null : Math.max(last.to, iv.to);
		} else out.push({ ...iv });
	}
	return out;
}
