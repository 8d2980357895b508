/**
 * Cost panel: breakdown with percentages, daily and weekly trend, forecast with confidence,
 * recommendations. Reshapes the cost figures in the site's input; it never
 * prices usage itself.
 */

import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { formatDecimal, formatMoney, formatPercent } from '../display/format.ts';
import type { CostInput } from '../types.ts';
import { safeHttpUrl } from './alerts.ts';

export type CostPanel = {
	month: string;
	monthToDate: string;
	forecast: { cost: string; range: string; confidence: string; basis: string; trend: string };
	breakdown: {
		label: string;
		monthToDate: string;
		projected: string;
		listShare: number;
		listShareText: string;
		note: string | null;
	}[];
	daily: { date: string; cost: string; note: string | null }[];
	weekly: { week: string; total: string; avgDaily: string; peakDaily: string; days: number }[];
	recommendations: { title: string; detail: string; savings: string | null }[];
	notes: { subscription: string; notMeasured: string; costPerRequest: string | null };
	prices: { asOf: string; plan: string; sources: { href: string; text: string }[] };
};

export function costPanel(cost: CostInput, dailyRows = 14): CostPanel {
	const money = (n: number) => formatMoney(n, cost.currency);
	const anomalies = new Set(cost.anomalies.filter((a) => a.series === 'cost').map((a) => a.date));
	const p = cost.projected;
	return {
		month: cost.month,
		monthToDate: money(cost.monthToDate.cost),
		forecast: {
			cost: money(p.cost),
			range: `${money(p.low)} – ${money(p.high)}`,
			confidence: confidenceText(p),
			basis: p.basisDays
				? `linear trend over ${p.basisDays} complete day${p.basisDays === 1 ? '' : 's'}, 95% band`
				: "today's pace (no complete day yet)",
			trend: cost.trendChange === null ? cost.trend : `${cost.trend} (${signed(cost.trendChange)})`,
		},
		breakdown: [...cost.breakdown]
			.sort((a, b) => b.grossProjectedCost - a.grossProjectedCost || b.projectedCost - a.projectedCost)
			.map((c) => ({
				label: c.label,
				monthToDate: money(c.mtdCost),
				projected: money(c.projectedCost),
				listShare: Math.round(c.grossPercent * 10) / 10,
				listShareText: `${formatDecimal(c.grossPercent)}%`,
				note: c.exceedsIncludedOn ? `free allowance used up on ${c.exceedsIncludedOn}` : null,
			})),
		daily: cost.daily
			.slice(-dailyRows)
			.reverse()
			.map((d) => ({
				date: d.date,
				cost: money(d.grossCost),
				note:
					[d.complete ? null : 'today, partial', anomalies.has(d.date) ? '⚠ anomaly' : null]
						.filter((n) => n !== null)
						.join('; ') || null,
			})),
		weekly: weeklyTotals(cost.daily).map((w) => ({
			week: w.week,
			total: money(w.total),
			avgDaily: money(w.total / w.days),
			peakDaily: money(w.peak),
			days: w.days,
		})),
		recommendations: cost.recommendations.map((r) => ({
			title: r.title,
			detail: r.detail,
			savings: r.estimatedMonthlySavings === null ? null : `${money(r.estimatedMonthlySavings)} per month`,
		})),
		notes: {
			subscription: money(cost.subscription),
			notMeasured: cost.notMeasured.join(', '),
			costPerRequest: cost.costPerRequest === null ? null : money(cost.costPerRequest * 1e6),
		},
		prices: {
			asOf: cost.prices.asOf,
			plan: cost.prices.plan,
			sources: cost.prices.sources
				.map((s) => safeHttpUrl(s))
				.filter((s): s is string => s !== null)
				.map((href) => ({ href, text: new URL(href).pathname.split('/').filter(Boolean)[0] ?? href })),
		},
	};
}

function signed(ratio: number): string {
	return `${ratio >= 0 ? '+' : '−'}${formatPercent(Math.abs(ratio))}`;
}

/** ISO week label ("2025-W47") of a UTC date string. */
export function isoWeek(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	const day = d.getUTCDay() || 7;
	d.setUTCDate(d.getUTCDate() + 4 - day);
	const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
	const week = Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
	return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** List-price totals per ISO week, newest first. */
export function weeklyTotals(
	daily: CostInput['daily'],
): { week: string; total: number; peak: number; days: number }[] {
	const weeks = new Map<string, { week: string; total: number; peak: number; days: number }>();
	for (const d of daily) {
		const key = isoWeek(d.date);
		const w = weeks.get(key) ?? { week: key, total: 0, peak: 0, days: 0 };
		w.total += d.grossCost;
		w.peak = Math.max(w.peak, d.grossCost);
		w.days++;
		weeks.set(key, w);
	}
	return [...weeks.values()].sort((a, b) => b.week.localeCompare(a.week));
}

/**
 * The confidence with what it means: 1 − the 95% band's half-width relative to the projection.
 * Below zero it is shown as 0% with the band's actual spread, so "0%" never reads as "no idea".
 */
export function confidenceText(p: { cost: number; low: number; high: number; confidence: number }): string {
	const spread = (p.high - p.low) / 2 / Math.max(p.cost, 0.01);
	return `${formatPercent(p.confidence)} (95% band ±${formatPercent(spread)} of the projection)`;
}
