/** The seed's trend rule and z-score anomaly flags over daily cost and usage. */
import { mean, round, stdDev } from '../stats.ts';
import type { CostAnomaly, CostTrend, DailyCost } from './cost-types.ts';

/** The seed's rule: mean of the last 3 complete days against the 4 before; ±10% is stable. */
export function costTrend(dailyCosts: readonly number[]): { trend: CostTrend; change: number | null } {
	const last7 = dailyCosts.slice(-7);
	if (last7.length < 4) return { trend: 'stable', change: null };
	const recent = mean(last7.slice(-3));
	const older = mean(last7.slice(0, -3));
	if (older === 0) return { trend: recent > 0 ? 'increasing' : 'stable', change: null };
	const change = (recent - older) / older;
	return { trend: change > 0.1 ? 'increasing' : change < -0.1 ? 'decreasing' : 'stable', change };
}

/**
 * Flags the last 7 complete days whose value is `z` standard deviations from the preceding
 * `baselineDays` (at least 7 of them). The deviation is floored at 5% of the mean so a flat
 * baseline does not turn a 1% wobble into an anomaly.
 */
export function findAnomalies(daily: readonly DailyCost[], z: number, baselineDays: number): CostAnomaly[] {
	const complete = daily.filter((d) => d.complete);
	const out: CostAnomaly[] = [];
	const series = [
		['cost', (d: DailyCost) => d.grossCost],
		['doRequests', (d: DailyCost) => d.doRequests],
		['rowsWritten', (d: DailyCost) => d.rowsWritten],
	] as const;
	for (let i = Math.max(0, complete.length - 7); i < complete.length; i++) {
		const day = complete[i];
		const base = complete.slice(Math.max(0, i - baselineDays), i);
		if (!day || base.length < 7) continue;
		for (const [name, pick] of series) {
			const values = base.map(pick);
			const m = mean(values);
			const s = Math.max(stdDev(values), Math.abs(m) * 0.05, 1e-9);
			const score = (pick(day) - m) / s;
			if (Math.abs(score) < z) continue;
			out.push({
				date: day.date,
				series: name,
				value: round(pick(day), 6),
				mean: round(m, 6),
				std: round(s, 6),
				z: round(score, 2),
				direction: score > 0 ? 'spike' : 'drop',
			});
		}
	}
	return out;
}
