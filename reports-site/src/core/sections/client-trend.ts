/**
 * A client's daily request trend for its drill-down page: the Worker's per-IP daily counts
 * (zero days omitted on the wire) filled into a fixed window of UTC days, drawn as a sparkline
 * with a sentence and a table as its text alternative.
 */
import type { IpDay } from '../../../../worker/src/contract/index.ts';
import { type Spark, spark } from '../display/cards.ts';
import { formatInt } from '../display/format.ts';

/** Days shown, ending with the snapshot's UTC day (the Worker answers the same 30). */
export const CLIENT_TREND_DAYS = 30;
const DAY_MS = 86_400_000;

export type ClientTrend = {
	spark: Spark | null;
	summary: string;
	/** Days with requests, newest first, for the table under the sparkline. */
	days: { day: string; requests: string }[];
};

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The trend ending on `endMs`'s UTC day, or null when the Worker sent no daily counts (an older Worker). */
export function clientTrend(daily: IpDay[] | undefined, endMs: number): ClientTrend | null {
	if (daily === undefined) return null;
	const counts = new Map(daily.map((d) => [d.day, d.requests]));
	const end = Math.floor(endMs / DAY_MS) * DAY_MS;
	const window = Array.from({ length: CLIENT_TREND_DAYS }, (_, i) => {
		const day = dayOf(end - (CLIENT_TREND_DAYS - 1 - i) * DAY_MS);
		return { day, requests: counts.get(day) ?? 0 };
	});
	const active = window.filter((d) => d.requests > 0);
	const total = active.reduce((n, d) => n + d.requests, 0);
	const busiest = active.reduce<(typeof active)[number] | null>(
		(b, d) => (b && b.requests >= d.requests ? b : d),
		null,
	);
	const first = window[0]?.day ?? '';
	const last = window.at(-1)?.day ?? '';
	const summary = busiest
		? `${formatInt(total)} requests from ${first} to ${last} (UTC days), on ${formatInt(active.length)} of ${CLIENT_TREND_DAYS} days; busiest ${busiest.day} with ${formatInt(busiest.requests)}.`
		: `No request from ${first} to ${last} (UTC days).`;
	return {
		spark: spark(
			window.map((d) => d.requests),
			`requests per UTC day from ${first} to ${last}, days without requests at zero`,
		),
		summary,
		days: active.reverse().map((d) => ({ day: d.day, requests: formatInt(d.requests) })),
	};
}
