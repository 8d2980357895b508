/**
 * Business metrics from the domain reference (usage and growth): active clients, new clients
 * and paths, request and client growth, each compared with the previous period of the same series. The
 * weekly comparisons read the 30-day history, so they have a value as soon as two weeks of it exist.
 */
import type { Snapshot, Timeseries } from '../../../../worker/src/contract/index.ts';
import { type Card, card, spark } from '../display/cards.ts';
import { lastTwoWindows, meanOf, type Polarity, relativeChange } from '../display/change.ts';
import { formatDecimal, formatInt, formatPercent } from '../display/format.ts';
import { sumOf, type Values } from '../display/series.ts';
import { bucketsPerDay } from './tiles.ts';

function newClientsHint(total: number, fresh: number): string {
	const before = total - fresh;
	if (before <= 0) return 'every client known so far was first seen today';
	return `${formatPercent(fresh / before)} growth on the ${formatInt(before)} clients known before today`;
}

export function businessCards(snap: Snapshot, month: Timeseries): Card[] {
	const week = 7 * bucketsPerDay(month);
	const requests = lastTwoWindows(month.series.requests, week);
	const active = lastTwoWindows(month.series.activeIps, week);
	const b = snap.business;
	const vsWeek = 'vs the previous 7 days';
	return [
		card({
			id: 'biz-active',
			label: 'Active clients',
			value: formatDecimal(meanOf(active.current) ?? 0),
			unit: 'per hour',
			hint: 'distinct client IPs per hour, averaged over 7 days',
			change: relativeChange(meanOf(active.current), meanOf(active.previous), 'higher-better', vsWeek),
			spark: spark(month.series.activeIps, 'active clients per hour, last 30 days'),
		}),
		card({
			id: 'biz-requests',
			label: 'Requests, last 7 days',
			value: formatInt(sumOf(requests.current)),
			change: relativeChange(sumOf(requests.current), sumOf(requests.previous), 'higher-better', vsWeek),
			spark: spark(month.series.requests, 'requests per hour, last 30 days'),
		}),
		newClientsCard(snap, month, week, vsWeek),
		card({
			id: 'biz-growth',
			label: 'Request growth today',
			value: formatPercent(b.growthRate),
			hint: `${formatInt(b.requestsToday)} requests so far today, ${formatInt(b.requestsPreviousDay)} yesterday; growth compares the same span of both days`,
			compares: false,
		}),
		newPathsCard(snap, month, week, vsWeek),
	];
}

type FirstSeen = {
	id: string;
	/** "clients" or "paths". */
	noun: string;
	today: number;
	/** Per-hour counts of the month; absent from an older Worker. */
	series: Values | undefined;
	/** What follows today's count in the hint. */
	context: string;
	polarity: Polarity;
};

/**
 * Clients or paths first seen over the last 7 days against the 7 before, from the month's
 * per-hour counts; today's count and its context in the hint. A Worker without the per-hour
 * counts (an older one) leaves today's count alone, without claiming a comparison.
 */
function firstSeenCard(f: FirstSeen, week: number, basis: string): Card {
	if (f.series === undefined)
		return card({
			id: f.id,
			label: `New ${f.noun} today`,
			value: formatInt(f.today),
			hint: f.context,
			compares: false,
		});
	const w = lastTwoWindows(f.series, week);
	return card({
		id: f.id,
		label: `New ${f.noun}, last 7 days`,
		value: formatInt(sumOf(w.current) ?? 0),
		hint: `${formatInt(f.today)} today; ${f.context}`,
		change: relativeChange(sumOf(w.current), sumOf(w.previous), f.polarity, basis),
		spark: spark(f.series, `${f.noun} first seen per hour, last 30 days`),
	});
}

function newClientsCard(snap: Snapshot, month: Timeseries, week: number, basis: string): Card {
	const today = snap.business.newIpsToday;
	const context = newClientsHint(snap.summary.totalIps, today);
	const series = month.series.newIps;
	return firstSeenCard(
		{ id: 'biz-new-clients', noun: 'clients', today, series, context, polarity: 'higher-better' },
		week,
		basis,
	);
}

function newPathsCard(snap: Snapshot, month: Timeseries, week: number, basis: string): Card {
	const context = `${formatInt(snap.resources.totalPaths)} paths across all clients`;
	const f = { id: 'biz-new-paths', noun: 'paths', today: snap.business.newPathsToday, context };
	return firstSeenCard({ ...f, series: month.series.newPaths, polarity: 'neutral' }, week, basis);
}
