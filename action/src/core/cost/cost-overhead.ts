/**
 * pathwatch's own overhead as a line of its own: the DO requests it spends on collector→shard
 * reports, admin reads (the monitor's scrapes) and jobs, counted by purpose in the usage rows.
 * The included allowance goes to the traffic first, so the overhead line is what monitoring
 * adds to the bill at the margin; the two lines add up to the DO requests line exactly.
 */
import { clamp, round } from '../stats.ts';
import type { ComponentCost } from './cost-types.ts';
import { grossPrice, type PriceItem, priceQuantity } from './prices.ts';
import type { CalendarDay } from './usage-days.ts';

export type OverheadShares = {
	/** Overhead DO requests this period so far. */
	sofar: number;
	/** Overhead ÷ all DO requests, this period (or the whole calendar before any request). */
	share: number;
};

export function overheadShares(calendar: readonly CalendarDay[], periodStart: string): OverheadShares {
	const period = { overhead: 0, all: 0 };
	const whole = { overhead: 0, all: 0 };
	for (const day of calendar) {
		const u = day.usage;
		if (!u) continue;
		const overhead = u.doRequestsByKind.report + u.doRequestsByKind.admin + u.doRequestsByKind.job;
		whole.overhead += overhead;
		whole.all += u.doRequests;
		if (day.date < periodStart) continue;
		period.overhead += overhead;
		period.all += u.doRequests;
	}
	const basis = period.all > 0 ? period : whole;
	return { sofar: period.overhead, share: basis.all > 0 ? clamp(basis.overhead / basis.all, 0, 1) : 0 };
}

/** Replaces the DO requests line by a traffic line and an overhead line that add up to it. */
export function splitOverhead(
	rows: readonly ComponentCost[],
	item: PriceItem,
	shares: OverheadShares,
): ComponentCost[] {
	return rows.flatMap((row) => {
		if (row.component !== 'do_requests') return [row];
		const sofar = Math.min(shares.sofar, row.monthToDate);
		const projected = sofar + Math.max(0, row.projected - row.monthToDate) * shares.share;
		const traffic: ComponentCost = {
			...row,
			label: item.label,
			monthToDate: round(row.monthToDate - sofar, 6),
			projected: round(row.projected - projected, 6),
			mtdCost: round(priceQuantity(item, row.monthToDate - sofar), 4),
			projectedCost: round(priceQuantity(item, row.projected - projected), 4),
			grossProjectedCost: round(grossPrice(item, row.projected - projected), 4),
		};
		const overhead: ComponentCost = {
			...row,
			component: 'pathwatch_overhead',
			// Reports, admin reads and jobs: short, the dashboard's table is narrow.
			label: 'pathwatch overhead',
			included: 0,
			monthToDate: round(sofar, 6),
			projected: round(projected, 6),
			mtdCost: round(row.mtdCost - traffic.mtdCost, 4),
			projectedCost: round(row.projectedCost - traffic.projectedCost, 4),
			grossProjectedCost: round(row.grossProjectedCost - traffic.grossProjectedCost, 4),
			exceedsIncludedOn: null,
		};
		return [traffic, overhead];
	});
}
