/**
 * The demo's example month: 30 days of hourly history ending at the hour before `now`, for
 * `POST /api/admin/history`. A daily cycle (quiet nights, a mid-afternoon UTC peak), quieter
 * weekends, steady growth, seeded noise, and one bad afternoon with DO errors a week ago, so the
 * charts, period comparisons and cost model have something real-looking to work with. Pure.
 */
import type { HistoryHour, HistoryImport } from '../../../worker/src/contract/history.ts';
import { DAY_MS, HOUR_MS } from '../../../worker/src/contract/time.ts';
import { createRng } from '../core/traffic/traffic.ts';

export const HISTORY_DAYS = 30;
/** Requests in a peak hour at the start of the month. */
const PEAK_REQUESTS = 6_000;
/** Growth per day (about +35% over the month). */
const DAILY_GROWTH = 0.01;
/** Events per request (clients batch) and clients per 100 requests at peak. */
const EVENTS_PER_REQUEST = 3;

function dailyShape(hourOfDay: number): number {
	// Lowest around 03:00 UTC, highest around 15:00 UTC.
	return 0.25 + 0.75 * (0.5 - 0.5 * Math.cos(((hourOfDay - 3) / 24) * 2 * Math.PI));
}

function latency(requests: number, slow: number): [number, number][] {
	const parts: [number, number][] = [
		[4, 0.32],
		[7, 0.34],
		[12, 0.2],
		[25, 0.09],
		[60 * slow, 0.04],
		[150 * slow, 0.01],
	];
	let left = requests;
	return parts.map(([ms, share], i) => {
		const n = i === parts.length - 1 ? left : Math.round(requests * share);
		left -= n;
		return [ms, Math.max(0, n)];
	});
}

function hourAt(start: number, index: number, rng: () => number, incident: boolean): HistoryHour {
	const date = new Date(start);
	const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.6 : 1;
	const growth = (1 + DAILY_GROWTH) ** (index / 24);
	const noise = 0.85 + 0.3 * rng();
	const requests = Math.max(
		1,
		Math.round(PEAK_REQUESTS * dailyShape(date.getUTCHours()) * weekend * growth * noise),
	);
	const records = requests * EVENTS_PER_REQUEST;
	const errorRate = incident ? 0.02 + 0.02 * rng() : 0.0004 * rng();
	const errors = Math.round(requests * errorRate);
	const activeIps = Math.max(1, Math.round(Math.sqrt(requests) * 3.2 * (0.9 + 0.2 * rng())));
	return {
		start: date.toISOString(),
		records,
		latency: latency(requests, incident ? 3 : 1),
		errors: errors ? { do_error: errors } : {},
		timeouts: incident ? Math.round(errors / 4) : 0,
		fallbacks: incident ? errors : Math.round(requests * 0.0002 * rng()),
		doRequests: {
			record: Math.round(records * 0.9),
			report: activeIps * 12,
			admin: 40,
			job: index % 24 === 2 ? 800 : 0,
		},
		rowsRead: records * 2,
		rowsWritten: records,
		// Collectors go idle between a client's bursts: a few seconds of billed duration each.
		activeSeconds: activeIps * 20,
		activeIps,
		// The import carries no registry rows, so it claims no new clients or paths: the
		// registry's own counts (today's new clients, total paths) stay consistent.
		newIps: 0,
		newPaths: 0,
	};
}

/** 30 days of hours ending at the hour before `now` (the collector's own data starts after). */
export function demoHistory(now: number, seed = 30): HistoryImport {
	const rng = createRng(seed);
	const end = Math.floor(now / HOUR_MS) * HOUR_MS;
	const first = end - HISTORY_DAYS * DAY_MS;
	const incidentFrom = end - 7 * DAY_MS - 10 * HOUR_MS;
	const hours: HistoryHour[] = [];
	const storedBytes: Record<string, number> = {};
	for (let i = 0, t = first; t < end; i++, t += HOUR_MS) {
		hours.push(hourAt(t, i, rng, t >= incidentFrom && t < incidentFrom + 3 * HOUR_MS));
		storedBytes[new Date(t).toISOString().slice(0, 10)] = Math.round(40e6 * (1 + DAILY_GROWTH) ** (i / 24));
	}
	return { hours, storedBytes };
}
