/**
 * Recommendations computed from measured usage. Each one states the figures it rests on and,
 * where the saving follows from list prices, the monthly amount; none is emitted by default.
 */

import { linearFit, round } from '../stats.ts';
import type { MeteredComponent, PriceTable } from './prices.ts';
import { priceQuantity } from './prices.ts';
import type { CalendarDay, Quantities } from './usage-days.ts';

export type CostRecommendation = {
	id: 'reporting-overhead' | 'admin-reads' | 'duration' | 'rows-per-request' | 'storage-growth' | 'allowance';
	title: string;
	detail: string;
	/** USD per month at list prices, when it follows from the data; null otherwise. */
	estimatedMonthlySavings: number | null;
};

export type AdviceInput = {
	calendar: readonly CalendarDay[];
	/** The billing period: `start` inclusive, `end` exclusive, `YYYY-MM-DD`. */
	period: { start: string; end: string };
	projected: Quantities;
	/** Date each component's projected cumulative use passes its included amount (null: never). */
	exceedsIncludedOn: Partial<Record<MeteredComponent, string | null>>;
	prices: PriceTable;
};

/** Below this many DO requests this month, ratios are noise (a fresh deployment, a demo). */
const MIN_REQUESTS = 10_000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (x: number) => Math.round(x).toLocaleString('en-US');

/** Saving from removing `delta` units of one component from the projected month. */
function saving(input: AdviceInput, key: MeteredComponent, delta: number): number {
	const item = input.prices.items[key];
	const q = input.projected[key];
	return round(priceQuantity(item, q) - priceQuantity(item, Math.max(0, q - delta)), 2);
}

export function recommend(input: AdviceInput): CostRecommendation[] {
	const { start, end } = input.period;
	const days = input.calendar.filter((d) => d.date >= start && d.date < end && d.usage);
	const sum = (f: (d: CalendarDay) => number) => days.reduce((a, d) => a + f(d), 0);
	const record = sum((d) => d.usage?.doRequestsByKind.record ?? 0);
	const report = sum((d) => d.usage?.doRequestsByKind.report ?? 0);
	const admin = sum((d) => d.usage?.doRequestsByKind.admin ?? 0);
	const doRequests = sum((d) => d.usage?.doRequests ?? 0);
	const rowsWritten = sum((d) => d.usage?.rowsWritten ?? 0);
	const out: CostRecommendation[] = [];
	const monthShare = doRequests > 0 ? input.projected.do_requests / doRequests : 0;

	if (record >= MIN_REQUESTS && report / record > 0.1) {
		out.push({
			id: 'reporting-overhead',
			title: `Collector→shard reports add ${pct(report / record)} DO requests`,
			detail: `${int(report)} report requests against ${int(record)} record requests this month. A longer FLUSH_INTERVAL_MS batches more deltas into each report; doubling it roughly halves them.`,
			estimatedMonthlySavings: saving(input, 'do_requests', (report * monthShare) / 2),
		});
	}
	if (doRequests >= MIN_REQUESTS && admin / doRequests > 0.05) {
		out.push({
			id: 'admin-reads',
			title: `Admin reads are ${pct(admin / doRequests)} of DO requests`,
			detail: `${int(admin)} admin DO requests this month. Scrape less often, or read the snapshot (one call per shard) instead of per-IP endpoints.`,
			estimatedMonthlySavings: saving(input, 'do_requests', (admin * monthShare) / 2),
		});
	}
	const durationAdvice = adviseDuration(input, days);
	if (durationAdvice) out.push(durationAdvice);
	if (record >= MIN_REQUESTS && rowsWritten / record > 3) {
		const perRequest = rowsWritten / record;
		out.push({
			id: 'rows-per-request',
			title: `${perRequest.toFixed(1)} SQLite rows written per recorded request`,
			detail: `${int(rowsWritten)} rows written for ${int(record)} recorded requests this month. Upserting one row per path and batching events per IP keeps this near 1.`,
			estimatedMonthlySavings: saving(
				input,
				'sqlite_rows_written',
				input.projected.sqlite_rows_written * (1 - 1 / perRequest),
			),
		});
	}
	const storage = adviseStorage(input);
	if (storage) out.push(storage);
	for (const key of ['do_requests', 'do_duration', 'sqlite_rows_written'] as const) {
		const on = input.exceedsIncludedOn[key];
		if (!on) continue;
		const item = input.prices.items[key];
		out.push({
			id: 'allowance',
			title: `${item.label} will pass the included ${int(item.included)} ${item.unit}s around ${on}`,
			detail: `Projected ${int(input.projected[key])} ${item.unit}s this month at the current trend; beyond the included amount each ${int(item.per)} cost $${item.price}.`,
			estimatedMonthlySavings: null,
		});
	}
	return out;
}

function adviseDuration(input: AdviceInput, days: readonly CalendarDay[]): CostRecommendation | null {
	const item = input.prices.items.do_duration;
	if (input.projected.do_duration <= item.included) return null;
	let busiest: CalendarDay | undefined;
	for (const d of days) {
		if ((d.usage?.maxActiveSecondsPerObject ?? 0) > (busiest?.usage?.maxActiveSecondsPerObject ?? -1))
			busiest = d;
	}
	const hours = (busiest?.usage?.maxActiveSecondsPerObject ?? 0) / 3600;
	const activeHours = days.reduce((a, d) => a + (d.usage?.activeSeconds ?? 0), 0) / 3600;
	return {
		id: 'duration',
		title: `DO duration is projected past the included ${int(item.included)} GB-s`,
		detail: `Objects were active ${activeHours.toFixed(1)} h this month; the busiest single object ran ${hours.toFixed(1)} h on ${busiest?.date ?? 'n/a'}. Objects that hibernate (no open sockets, no pending timers) are not billed for idle time.`,
		estimatedMonthlySavings: null,
	};
}

function adviseStorage(input: AdviceInput): CostRecommendation | null {
	const recent = input.calendar.filter((d) => d.complete && d.usage).slice(-14);
	if (recent.length < 3) return null;
	const xs = recent.map((d) => input.calendar.indexOf(d));
	const bytes = recent.map((d) => d.usage?.storedBytes ?? 0);
	const fit = linearFit(xs, bytes);
	const last = bytes.at(-1) ?? 0;
	if (fit.slope <= 0 || fit.slope < last * 0.01) return null;
	const mbPerDay = fit.slope / 1e6;
	const overIncluded = input.projected.sqlite_storage > input.prices.items.sqlite_storage.included;
	return {
		id: 'storage-growth',
		title: `Stored data grows ${mbPerDay.toFixed(1)} MB/day`,
		detail: `${(last / 1e9).toFixed(3)} GB stored, growing ${pct(fit.slope / Math.max(1, last))} per day over ${recent.length} days. The cleanup and archive jobs move idle IPs to R2.`,
		estimatedMonthlySavings: overIncluded
			? saving(
					input,
					'sqlite_storage',
					input.projected.sqlite_storage - input.prices.items.sqlite_storage.included,
				)
			: null,
	};
}
