/**
 * Business metrics from the domain reference (usage and growth): active clients, new clients,
 * request and client growth, each compared with the previous period of the same series. The
 * weekly comparisons read the 30-day history, so they have a value as soon as two weeks of it exist.
 */
import type { Snapshot, Timeseries } from '../../../../worker/src/contract/index.ts';
import { type Card, card, spark } from '../display/cards.ts';
import { lastTwoWindows, meanOf, relativeChange } from '../display/change.ts';
import { formatDecimal, formatInt, formatPercent } from '../display/format.ts';
import type { Values } from '../display/series.ts';
import { bucketsPerDay } from './tiles.ts';

const sumOrNull = (values: Values): number | null => {
	let sum = 0;
	let any = false;
	for (const v of values)
		if (v !== null) {
			sum += v;
			any = true;
		}
	return any ? sum : null;
};

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
			value: formatInt(sumOrNull(requests.current)),
			change: relativeChange(
				sumOrNull(requests.current),
				sumOrNull(requests.previous),
				'higher-better',
				vsWeek,
			),
			spark: spark(month.series.requests, 'requests per hour, last 30 days'),
		}),
		card({
			id: 'biz-new-clients',
			label: 'New clients today',
			value: formatInt(b.newIpsToday),
			hint: newClientsHint(snap.summary.totalIps, b.newIpsToday),
			compares: false,
		}),
		card({
			id: 'biz-growth',
			label: 'Request growth today',
			value: formatPercent(b.growthRate),
			hint: `${formatInt(b.requestsToday)} requests so far today, ${formatInt(b.requestsPreviousDay)} yesterday; growth compares the same span of both days`,
			compares: false,
		}),
		card({
			id: 'biz-new-paths',
			label: 'New paths today',
			value: formatInt(b.newPathsToday),
			hint: `${formatInt(snap.resources.totalPaths)} paths across all clients`,
			compares: false,
		}),
	];
}
