/**
 * A client's daily request trend for its drill-down page: the Worker's per-IP daily counts
 * (zero days omitted on the wire) filled into a fixed window of UTC days, drawn as a sparkline
 * with a sentence and a table as its text alternative; and the client's error rate and
 * collector-call latency over the same window, from what the front Worker measured of its
 * calls to that client's collector.
 */
import type { IpDay } from '../../../../worker/src/contract/index.ts';
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { type Spark, spark } from '../display/cards.ts';
import { formatInt, formatMs, formatPercent } from '../display/format.ts';

/** Days shown, ending with the snapshot's UTC day (the Worker answers the same 30). */
export const CLIENT_TREND_DAYS = 30;

export type ClientDayRow = {
	day: string;
	requests: string;
	errors: string;
	meanMs: string;
	maxMs: string;
};

export type ClientTrend = {
	spark: Spark | null;
	summary: string;
	/** Days with requests or calls, newest first, for the table under the sparkline. */
	days: ClientDayRow[];
};

/** A client's error rate and call latency over the trend window; null fields when not measured. */
export type ClientCalls = {
	/** Events that missed the collector at the first attempt ÷ events (null without either). */
	errorRate: number | null;
	errors: number;
	calls: number;
	/** Mean and slowest collector call, ms (null without calls). */
	meanMs: number | null;
	maxMs: number | null;
};

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The trend ending on `endMs`'s UTC day, or null when the Worker sent no daily counts (an older Worker). */
export function clientTrend(daily: IpDay[] | undefined, endMs: number): ClientTrend | null {
	if (daily === undefined) return null;
	const window = windowOf(daily, endMs);
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
		days: window
			.filter((d) => d.requests > 0 || (d.calls ?? 0) > 0 || (d.errors ?? 0) > 0)
			.reverse()
			.map(dayRow),
	};
}

/** The window's days, oldest first, with zero for days the Worker sent no row for. */
function windowOf(daily: IpDay[], endMs: number): IpDay[] {
	const byDay = new Map(daily.map((d) => [d.day, d]));
	const end = Math.floor(endMs / DAY_MS) * DAY_MS;
	return Array.from({ length: CLIENT_TREND_DAYS }, (_, i) => {
		const day = dayOf(end - (CLIENT_TREND_DAYS - 1 - i) * DAY_MS);
		return byDay.get(day) ?? { day, requests: 0 };
	});
}

const NOT_MEASURED = 'not measured';

function dayRow(d: IpDay): ClientDayRow {
	const measured = d.calls !== undefined;
	return {
		day: d.day,
		requests: formatInt(d.requests),
		errors: measured ? formatInt(d.errors ?? 0) : NOT_MEASURED,
		meanMs: measured ? formatMs(d.latencyMeanMs ?? null) : NOT_MEASURED,
		maxMs: measured ? formatMs(d.latencyMaxMs ?? null) : NOT_MEASURED,
	};
}

/**
 * The client's error rate and call latency over the trend window ending on `endMs`'s UTC day;
 * null when the Worker measured no calls (an older Worker). Missed events are journaled and
 * counted as requests once replayed, so the rate divides by whichever is larger: requests, or
 * missed events not replayed yet.
 */
export function clientCalls(daily: IpDay[] | undefined, endMs: number): ClientCalls | null {
	if (daily === undefined || !daily.some((d) => d.calls !== undefined)) return null;
	const window = windowOf(daily, endMs);
	let requests = 0;
	let errors = 0;
	let calls = 0;
	let latencySum = 0;
	let maxMs: number | null = null;
	for (const d of window) {
		requests += d.requests;
		errors += d.errors ?? 0;
		const c = d.calls ?? 0;
		calls += c;
		latencySum += (d.latencyMeanMs ?? 0) * c;
		if (c > 0 && d.latencyMaxMs != null) maxMs = Math.max(maxMs ?? 0, d.latencyMaxMs);
	}
	const events = Math.max(requests, errors);
	return {
		errorRate: events > 0 ? errors / events : null,
		errors,
		calls,
		meanMs: calls > 0 ? latencySum / calls : null,
		maxMs,
	};
}

export type ClientCallFacts = {
	errorRate: string;
	errors: string;
	calls: string;
	meanMs: string;
	maxMs: string;
};

/** The client's calls as display text; "not measured" throughout when the Worker measured none. */
export function clientCallFacts(c: ClientCalls | null): ClientCallFacts {
	if (c === null)
		return {
			errorRate: NOT_MEASURED,
			errors: NOT_MEASURED,
			calls: NOT_MEASURED,
			meanMs: NOT_MEASURED,
			maxMs: NOT_MEASURED,
		};
	return {
		errorRate: formatPercent(c.errorRate),
		errors: formatInt(c.errors),
		calls: formatInt(c.calls),
		meanMs: formatMs(c.meanMs),
		maxMs: formatMs(c.maxMs),
	};
}
