/**
 * `POST /api/admin/history`: imports hourly history (from another collector, an earlier
 * deployment, or the demo's example month) into the rollups the time series, usage and cost
 * model read. Rollups are keyed by when the Worker received an event, so recording events with
 * past timestamps cannot fill them; this route can, and only for time before the collector's
 * own oldest hour, so imported and recorded figures never add up in the same bucket.
 *
 * Each hour is summed into the daily usage of its UTC day. The all-time counters behind
 * /metrics are left alone (a Prometheus counter must not jump by a month at once).
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const isoTime = z.iso.datetime({ offset: true });

/** The most hours one request may carry: 92 days. */
export const MAX_HISTORY_HOURS = 92 * 24;

export const HistoryHourSchema = z.object({
	/** Start of the hour (UTC, on the hour). */
	start: isoTime,
	/** Events recorded by the collectors. */
	records: count,
	/**
	 * Served `POST /record` requests by end-to-end latency: `[ms, requests]` pairs. Their sum is
	 * the hour's request count (the time series counts requests by their latency observations).
	 */
	latency: z.array(z.tuple([z.number().nonnegative(), count])).max(64),
	/** Server-side failures by reason (e.g. `do_error`, `timeout`). */
	errors: z.record(z.string().min(1).max(40), count).default({}),
	timeouts: count.default(0),
	/** Requests that sent at least one event to the fallback journal. */
	fallbacks: count.default(0),
	doRequests: z
		.object({ record: count, report: count, admin: count, job: count })
		.default({ record: 0, report: 0, admin: 0, job: 0 }),
	rowsRead: count.default(0),
	rowsWritten: count.default(0),
	activeSeconds: z.number().nonnegative().default(0),
	/** Distinct client IPs with events in the hour, and of those first seen in it. */
	activeIps: count.default(0),
	newIps: count.default(0),
	newPaths: count.default(0),
});
export type HistoryHour = z.infer<typeof HistoryHourSchema>;

export const HistoryImportSchema = z.object({
	hours: z.array(HistoryHourSchema).min(1).max(MAX_HISTORY_HOURS),
	/** Stored bytes at the end of each UTC day (optional; the cost model's storage line). */
	storedBytes: z.record(z.iso.date(), count).default({}),
});
export type HistoryImport = z.infer<typeof HistoryImportSchema>;

export const HistoryImportResponseSchema = z.object({
	hours: count,
	days: count,
	from: isoTime,
	until: isoTime,
});
export type HistoryImportResponse = z.infer<typeof HistoryImportResponseSchema>;
