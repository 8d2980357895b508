import { DurableObject } from 'cloudflare:workers';
import type { IpDay, TimeseriesWindow } from '../contract/index.ts';
import type { PathsTopBy, PathsWindow } from '../contract/paths.ts';
import { redactIps } from '../contract/redact.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../contract/time.ts';
import {
	addAt,
	type BucketSet,
	collectorBuckets,
	emptyBucketSet,
	frontBuckets,
	mergeBucketSets,
} from '../core/buckets.ts';
import { addFigures, type DayFigures, NO_FIGURES, rollDays } from '../core/client-days.ts';
import type { IpCallDelta } from '../core/ip-calls.ts';
import { archiveRange } from '../core/jobs/archive-range.ts';
import type { ArchivedRow, ShardArchiveRpc } from '../core/jobs/ports.ts';
import type { MetricsPartial } from '../core/metrics.ts';
import { emptyFold, foldDeltas, type PathFold } from '../core/path-deltas.ts';
import type { ShardNewCandidates, ShardPathSummary } from '../core/path-new.ts';
import { pathWindow, type ShardPathsTop } from '../core/path-top.ts';
import type { CollectorReport, FrontReport } from '../core/reports.ts';
import {
	type DoRequestKind,
	emptyRollup,
	floorTo,
	MINUTE_RETENTION_MS,
	sumRollups,
	utcDate,
} from '../core/rollup.ts';
import type { RegistryEntry, ShardRpc } from '../core/rpc.ts';
import type {
	JobUsage,
	MetricsRequest,
	ReadBase,
	ShardReadRpc,
	SummarizeRequest,
	TopBy,
} from '../core/shard-reads.ts';
import type { SnapshotPartial } from '../core/snapshot.ts';
import { type TimeseriesBucket, toCell, windowSpec } from '../core/timeseries.ts';
import type { DatedDay } from '../core/usage.ts';
import { nextHeartbeat, type StoredHeartbeat, StoredHeartbeatSchema } from '../core/watchdog.ts';
import { type Bindings, settingsOf } from '../env.ts';
import { MeteredSql } from './metered-sql.ts';
import { ShardPaths } from './shard-paths.ts';
import {
	addTotals,
	IP_DAY_RETENTION_DAYS,
	type IpDayRow,
	NO_TOTALS_CHANGE,
	openDayColumns,
	openDayOf,
	type RegistryRow,
	ShardStore,
	type TotalsDelta,
	toEntry,
} from './shard-store.ts';

const MAX_PAGE = 1000;
const HEARTBEAT_KEY = 'monitor_heartbeat';
const MAX_USAGE_DAYS = 400;

/**
 * One of `SHARD_COUNT` shards (chosen by `shardIndexFor(ip)`): the registry of its IPs, minute,
 * hour and daily rollups, and isolate breaker reports. Every call counts itself as one DO
 * request of its kind, plus the SQLite rows the shard itself read and wrote (measured per
 * statement, booked with the next call, so only the rows of the last call before an eviction
 * go uncounted). An alarm prunes rollups past retention.
 */
export class StatsShard extends DurableObject<Bindings> implements ShardRpc, ShardReadRpc, ShardArchiveRpc {
	readonly #sql: MeteredSql;
	readonly #store: ShardStore;
	readonly #paths: ShardPaths;
	#carry = { rowsRead: 0, rowsWritten: 0 };
	/** Scheduled alarm time; undefined until read from storage. */
	#alarmAt: number | null | undefined;

	constructor(ctx: DurableObjectState, env: Bindings) {
		super(ctx, env);
		this.#sql = new MeteredSql(ctx.storage.sql);
		this.#store = new ShardStore(this.#sql);
		this.#paths = new ShardPaths(this.#sql);
		void ctx.blockConcurrencyWhile(async () => this.#store.migrate(ctx.storage));
	}

	/** The finest rollup bucket (`ROLLUP_STEP_MS`, a minute unless set). */
	#step(): number {
		return settingsOf(this.env).rollupStepMs;
	}

	/** Books this call (one DO request of `kind`, and the shard's own rows) with `set` into the rollups. */
	#commit(kind: DoRequestKind | null, now: number, set: BucketSet = emptyBucketSet()): void {
		const rows = this.#sql.take();
		const self = emptyRollup();
		self.rowsRead = rows.rowsRead + this.#carry.rowsRead;
		self.rowsWritten = rows.rowsWritten + this.#carry.rowsWritten;
		if (kind) self.doRequests[kind] = 1;
		addAt(set, now, self, this.#step());
		this.#store.applyBuckets(set, now, this.#store.totals().storageBytes + this.#sql.databaseSize);
		this.#carry = this.#sql.take();
	}

	async #ensureAlarm(now: number): Promise<void> {
		if (this.#alarmAt === undefined) this.#alarmAt = await this.ctx.storage.getAlarm();
		if (this.#alarmAt !== null) return;
		this.#alarmAt = now + HOUR_MS;
		await this.ctx.storage.setAlarm(this.#alarmAt);
	}

	/** Prunes, then sleeps until the oldest remaining minute rollup expires (at least an hour). */
	override async alarm(): Promise<void> {
		const now = Date.now();
		this.#store.prune(now);
		this.#paths.prune(now);
		this.#commit('report', now);
		const oldest = this.#store.oldestMinute() ?? now;
		this.#alarmAt = Math.max(oldest + MINUTE_RETENTION_MS, now + HOUR_MS);
		await this.ctx.storage.setAlarm(this.#alarmAt);
	}

	async reportCollector(report: CollectorReport): Promise<void> {
		await this.reportCollectors([report]);
	}

	/**
	 * Many collectors' reports in one DO request (e.g. gathered by a front isolate from `record`
	 * answers), with the front's measurements of its calls to those collectors: the way to keep
	 * reporting overhead independent of the number of IPs. Each client-day gets one upsert.
	 */
	async reportCollectors(reports: CollectorReport[], calls: IpCallDelta[] = []): Promise<void> {
		const now = Date.now();
		try {
			// All or nothing: a report that fails leaves no row, total or rollup of its batch half-written.
			this.ctx.storage.transactionSync(() => this.#applyReports(reports, calls, now));
		} catch (err) {
			this.#paths.invalidate();
			throw err;
		}
		await this.#ensureAlarm(now);
	}

	/** The writes of `reportCollectors`, in its transaction. */
	#applyReports(reports: CollectorReport[], calls: IpCallDelta[], now: number): void {
		let set = emptyBucketSet();
		const fold = emptyFold();
		const admit = this.#paths.admitter();
		const days = callDays(calls);
		let totals = NO_TOTALS_CHANGE;
		for (const report of reports) {
			// A client's calls go with its first report of the batch.
			const applied = this.#applyCollectorReport(report, days.get(report.ip));
			days.delete(report.ip);
			totals = addTotals(totals, applied.totals);
			set = mergeBucketSets(set, applied.set);
			foldDeltas(fold, report.paths ?? [], 'requests', report.ip, admit);
		}
		// Calls to clients without a report here: into the registry row's open day when it has one.
		for (const [ip, byDay] of days) {
			const prev = this.#store.getRow(ip);
			if (prev) this.#store.writeRow(this.#rollInto(prev, byDay), prev);
			else for (const [day, f] of byDay) this.#store.addIpDay(ip, day, f);
		}
		this.#store.moveTotals(totals);
		this.#applyPaths(fold);
		this.#commit('report', now, set);
	}

	/** `row` with `byDay` added to its open day; days it closes get their own rows (core/client-days.ts). */
	#rollInto(row: RegistryRow, byDay: ReadonlyMap<string, DayFigures> = new Map()): RegistryRow {
		const rolled = rollDays(openDayOf(row), byDay);
		for (const [day, f] of rolled.closed) this.#store.addIpDay(row.ip, day, f);
		return { ...row, ...openDayColumns(rolled.open) };
	}

	/**
	 * Overwrites the IP's registry row with the report's state and adds its client days (its
	 * records per UTC day, and the front's `calls` to it); returns its rollup buckets and what it
	 * moves the registry totals by (moved once per batch).
	 */
	#applyCollectorReport(
		report: CollectorReport,
		calls: ReadonlyMap<string, DayFigures> | undefined,
	): { set: BucketSet; totals: TotalsDelta } {
		const prev = this.#store.getRow(report.ip);
		const set = collectorBuckets(
			report,
			prev && {
				lastActivity: prev.last_activity,
				activeDay: prev.active_day,
				activeMsDay: prev.active_ms_day,
			},
			this.#step(),
		);
		const latestDay = [...set.objectActiveMs.keys()].sort().at(-1) ?? null;
		const byDay = new Map(calls);
		for (const [day, r] of set.days)
			if (r.records > 0)
				byDay.set(day, addFigures(byDay.get(day) ?? NO_FIGURES, { ...NO_FIGURES, requests: r.records }));
		const row = this.#rollInto(
			{
				ip: report.ip,
				first_seen: report.state.firstSeen,
				last_activity: report.state.lastActivity,
				total_requests: report.state.totalRequests,
				path_count: report.state.pathCount,
				storage_bytes: report.state.storageBytes,
				active_day: latestDay ?? prev?.active_day ?? null,
				active_ms_day: latestDay ? (set.objectActiveMs.get(latestDay) ?? 0) : (prev?.active_ms_day ?? 0),
				...openDayColumns(openDayOf(prev)),
			},
			byDay,
		);
		return { set, totals: this.#store.writeRow(row, prev) };
	}

	async reportFront(report: FrontReport): Promise<void> {
		const now = Date.now();
		this.#store.putBreaker(report.isolateId, report.breaker, now);
		const fold = emptyFold();
		foldDeltas(fold, report.pathErrors ?? [], 'errors', null, this.#paths.admitter());
		this.#applyPaths(fold);
		this.#commit('report', now, frontBuckets(report, this.#step()));
		await this.#ensureAlarm(now);
	}

	/** Path aggregates fail alone: a bad path row must not lose the report's registry and rollups. */
	#applyPaths(fold: PathFold): void {
		if (fold.updates.size === 0) return;
		try {
			this.ctx.storage.transactionSync(() => this.#paths.apply(fold));
		} catch (err) {
			this.#paths.invalidate();
			console.error(JSON.stringify({ msg: 'path aggregates not updated', err: redactIps(String(err)) }));
		}
	}

	/** This shard's top `max` paths in the window with figures and client sketches (one admin request). */
	async pathsTop(
		req: ReadBase & { by: PathsTopBy; window: PathsWindow; max: number },
	): Promise<ShardPathsTop> {
		this.#commit('admin', req.now);
		const max = Math.min(Math.max(Math.trunc(req.max), 1), 2 * MAX_PAGE);
		return this.#paths.top(pathWindow(req.window, req.now), req.by, max);
	}

	/** Paths this shard first saw at or after `since`, newest first (phase 1 of new paths). */
	async pathsNewCandidates(req: ReadBase & { since: number; limit: number }): Promise<ShardNewCandidates> {
		this.#commit('admin', req.now);
		return this.#paths.newCandidates(req.since, Math.min(Math.max(Math.trunc(req.limit), 1), MAX_PAGE));
	}

	/** First-seen times and figures of named paths (phase 2 of new paths). */
	async pathsSummary(req: ReadBase & { paths: string[]; since: number }): Promise<ShardPathSummary[]> {
		this.#commit('admin', req.now);
		return this.#paths.summaries(req.paths.slice(0, 20 * MAX_PAGE), req.since);
	}

	async registryPage(
		cursor: string | null,
		limit: number,
	): Promise<{ items: RegistryEntry[]; nextCursor: string | null }> {
		const page = this.#store.page(cursor, Math.min(Math.max(Math.trunc(limit), 1), MAX_PAGE));
		this.#commit('job', Date.now());
		return page;
	}

	async registryGet(ip: string): Promise<RegistryEntry | null> {
		const row = this.#store.getRow(ip);
		this.#commit('job', Date.now());
		return row ? toEntry(row) : null;
	}

	/**
	 * The IP's requests per UTC day over the last `days` days (at most the 35 kept), oldest
	 * first; days without requests are omitted.
	 */
	async ipDaily(req: ReadBase & { ip: string; days: number }): Promise<IpDay[]> {
		const days = Math.min(Math.max(Math.trunc(req.days), 1), IP_DAY_RETENTION_DAYS);
		const daily = this.#store.ipDays(req.ip, utcDate(req.now - (days - 1) * DAY_MS));
		this.#commit('admin', req.now);
		return daily.map(toIpDay);
	}

	async registryPut(entry: RegistryEntry): Promise<void> {
		const prev = this.#store.getRow(entry.ip);
		const row = {
			ip: entry.ip,
			first_seen: entry.firstSeen,
			last_activity: entry.lastActivity,
			total_requests: entry.totalRequests,
			path_count: entry.pathCount,
			storage_bytes: entry.storageBytes,
			active_day: prev?.active_day ?? null,
			active_ms_day: prev?.active_ms_day ?? 0,
			// The client's open day is the shard's own figure, not the collector's: kept as it is.
			...openDayColumns(openDayOf(prev)),
		};
		this.#store.moveTotals(this.#store.writeRow(row, prev));
		this.#commit('job', Date.now());
	}

	async registryDelete(ip: string): Promise<boolean> {
		return (await this.registryDeleteMany([ip])) === 1;
	}

	async registryDeleteMany(ips: string[]): Promise<number> {
		const deleted = this.ctx.storage.transactionSync(() => this.#store.deleteRows(ips));
		this.#commit('job', Date.now());
		return deleted;
	}

	async countJobRequests(n: number): Promise<void> {
		await this.recordJobUsage({ doRequests: n });
	}

	/**
	 * Books work a job did elsewhere (DO requests, R2 and KV operations, the job runner's own rows
	 * and active time); this call counts as one more job request.
	 */
	async recordJobUsage(usage: JobUsage): Promise<void> {
		const now = Date.now();
		const set = emptyBucketSet();
		const r = emptyRollup();
		r.doRequests.job = nonNegative(usage.doRequests);
		r.r2ClassA = nonNegative(usage.r2ClassA);
		r.r2ClassB = nonNegative(usage.r2ClassB);
		r.kvReads = nonNegative(usage.kvReads);
		r.kvWrites = nonNegative(usage.kvWrites);
		r.rowsRead = nonNegative(usage.rowsRead);
		r.rowsWritten = nonNegative(usage.rowsWritten);
		r.activeMs = nonNegative(usage.activeMs);
		addAt(set, now, r, this.#step());
		this.#commit('job', now, set);
		await this.#ensureAlarm(now);
	}

	async summarize(req: SummarizeRequest): Promise<SnapshotPartial> {
		const { now } = req;
		this.#commit('admin', now);
		const lastScrapeAt = req.scrape ? this.#swapScrapeTime(now) : null;
		const windowMinutes = Math.max(1, Math.ceil(req.windowSeconds / 60));
		const windowStart = floorTo(now, MINUTE_MS) - (windowMinutes - 1) * MINUTE_MS;
		const today = utcDate(now);
		const yesterday = utcDate(now - DAY_MS);
		const monthStart = `${today.slice(0, 8)}01`;
		return {
			registry: {
				...this.#store.totals(),
				activeIps: this.#store.countActiveSince(now - req.activeWindowSeconds * 1000),
			},
			window: sumRollups(this.#store.rollups('minute', windowStart, now).map(([, r]) => r)),
			days: this.#store.days(yesterday < monthStart ? yesterday : monthStart, today),
			yesterdaySameSpan: this.#sameSpanYesterday(now),
			top: this.#store.top('requests', req.topLimit),
			breakers: this.#store.breakersSince(now - req.windowSeconds * 1000),
			lastScrapeAt,
			heartbeat: req.scrape ? this.#heartbeat() : null,
		};
	}

	async metrics(req: MetricsRequest): Promise<MetricsPartial> {
		const { now } = req;
		this.#commit('admin', now);
		const lastScrapeAt = req.scrape ? this.#swapScrapeTime(now) : null;
		const totals = this.#store.totals();
		return {
			counters: this.#store.counters(),
			registry: { ...totals, activeIps: this.#store.countActiveSince(now - req.activeWindowSeconds * 1000) },
			breakers: this.#store.breakersSince(now - req.breakerWindowSeconds * 1000),
			lastScrapeAt,
			heartbeat: req.scrape ? this.#heartbeat() : null,
		};
	}

	/** This shard's oldest hour of its own data (history import checks it precedes every shard's). */
	async oldestHour(req: ReadBase): Promise<number | null> {
		const oldest = this.#store.oldestHour();
		this.#commit('admin', req.now);
		return oldest;
	}

	/** Adds imported hourly history and its daily usage (`POST /api/admin/history`); nothing else. */
	async importHistory(
		req: ReadBase & { set: BucketSet; storedBytes: Record<string, number> },
	): Promise<void> {
		this.#store.importBuckets(req.set, req.storedBytes);
		this.#commit('admin', req.now);
	}

	async timeseries(req: ReadBase & { window: TimeseriesWindow }): Promise<TimeseriesBucket[]> {
		this.#commit('admin', req.now);
		const spec = windowSpec(req.window, req.now, this.#step());
		return this.#store
			.rollups(spec.granularity, spec.start, spec.end)
			.map(([bucket, r]) => ({ bucket, cell: toCell(r) }));
	}

	async usage(req: ReadBase & { days: number }): Promise<DatedDay[]> {
		this.#commit('admin', req.now);
		const days = Math.min(Math.max(Math.trunc(req.days), 1), MAX_USAGE_DAYS);
		return this.#store.days(utcDate(req.now - (days - 1) * DAY_MS), utcDate(req.now));
	}

	async top(req: ReadBase & { by: TopBy; limit: number }): Promise<RegistryEntry[]> {
		this.#commit('admin', req.now);
		return this.#store.top(req.by, Math.min(Math.max(Math.trunc(req.limit), 1), MAX_PAGE));
	}

	/** Months (`YYYY-MM`) holding hourly rollups or daily usage wholly before `cutoff` (the `archive` job). */
	async archiveMonths(cutoff: number): Promise<string[]> {
		const month = "strftime('%Y-%m', bucket / 1000, 'unixepoch')";
		const rows = this.#sql.all<{ m: string }>(
			`SELECT DISTINCT ${month} AS m FROM rollup_hour WHERE bucket <= ?
				UNION SELECT DISTINCT substr(date, 1, 7) AS m FROM usage_day WHERE date < ?`,
			cutoff - HOUR_MS,
			utcDate(cutoff),
		);
		this.#commit('job', Date.now());
		return rows.map((r) => r.m).sort();
	}

	/** The rows of `month` that `archivePrune(month, cutoff)` deletes, as stored. */
	async archiveExport(month: string, cutoff: number): Promise<{ rows: ArchivedRow[] }> {
		const r = archiveRange(month, cutoff);
		const hours = this.#sql.all<{ bucket: number; data: string }>(
			'SELECT bucket, data FROM rollup_hour WHERE bucket >= ? AND bucket < ? ORDER BY bucket',
			r.fromBucket,
			r.toBucket,
		);
		const days = this.#sql.all<{ date: string; data: string }>(
			'SELECT date, data FROM usage_day WHERE date >= ? AND date < ? ORDER BY date',
			r.fromDate,
			r.toDate,
		);
		this.#commit('job', Date.now());
		return {
			rows: [
				...hours.map((h): ArchivedRow => ({ table: 'rollup_hour', key: String(h.bucket), data: h.data })),
				...days.map((d): ArchivedRow => ({ table: 'usage_day', key: d.date, data: d.data })),
			],
		};
	}

	/** Deletes the rows `archiveExport(month, cutoff)` returns (once the job verified them in R2). */
	async archivePrune(month: string, cutoff: number): Promise<number> {
		const r = archiveRange(month, cutoff);
		const hours = this.#sql.all(
			'DELETE FROM rollup_hour WHERE bucket >= ? AND bucket < ? RETURNING bucket',
			r.fromBucket,
			r.toBucket,
		);
		const days = this.#sql.all(
			'DELETE FROM usage_day WHERE date >= ? AND date < ? RETURNING date',
			r.fromDate,
			r.toDate,
		);
		this.#commit('job', Date.now());
		return hours.length + days.length;
	}

	async prune(now: number): Promise<void> {
		this.#store.prune(now);
		this.#commit('job', now);
	}

	/**
	 * Keeps the monitor's end-of-run heartbeat (shard 0 holds it: one meta row, whatever the
	 * traffic). The only write that feeds the dead-man watchdog.
	 */
	async recordHeartbeat(
		incoming: { runId: string; at: number },
		now: number,
	): Promise<{ heartbeat: StoredHeartbeat; accepted: boolean }> {
		const next = nextHeartbeat(this.#heartbeat(), incoming, now);
		if (next.accepted) this.#store.setMeta(HEARTBEAT_KEY, JSON.stringify(next.heartbeat));
		this.#commit('admin', now);
		return next;
	}

	/** The monitor's last heartbeat, for the watchdog: its one DO read per cron tick. */
	async monitorHeartbeat(): Promise<StoredHeartbeat | null> {
		return this.#heartbeat();
	}

	#heartbeat(): StoredHeartbeat | null {
		const raw = this.#store.getMeta(HEARTBEAT_KEY);
		if (raw === null) return null;
		// Written only by recordHeartbeat; anything else reads as "never", which fires the dead-man.
		try {
			const parsed = StoredHeartbeatSchema.safeParse(JSON.parse(raw));
			return parsed.success ? parsed.data : null;
		} catch {
			return null;
		}
	}

	/** Stores `now` as the scrape time and returns the previous one. */
	#swapScrapeTime(now: number): number | null {
		const prev = this.#store.getMeta('last_scrape_at');
		this.#store.setMeta('last_scrape_at', String(now));
		return prev === null ? null : Number(prev);
	}

	/** Records from yesterday 00:00 UTC to 24 h before `now`: full hours, then that hour's minutes. */
	#sameSpanYesterday(now: number): number {
		const cut = now - DAY_MS;
		const cutHour = floorTo(cut, HOUR_MS);
		let n = 0;
		for (const [, r] of this.#store.rollups('hour', floorTo(cut, DAY_MS), cutHour - HOUR_MS)) n += r.records;
		for (const [, r] of this.#store.rollups('minute', cutHour, cut)) n += r.records;
		return n;
	}
}

function nonNegative(n: number | undefined): number {
	return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}

/** The front's calls of one flush, per client and UTC day. */
function callDays(calls: IpCallDelta[]): Map<string, Map<string, DayFigures>> {
	const out = new Map<string, Map<string, DayFigures>>();
	for (const c of calls) {
		let byDay = out.get(c.ip);
		if (!byDay) {
			byDay = new Map();
			out.set(c.ip, byDay);
		}
		const f = {
			requests: 0,
			calls: c.calls,
			errors: c.errors,
			latency_ms_sum: c.latencyMsSum,
			latency_ms_max: c.latencyMsMax,
		};
		byDay.set(c.day, addFigures(byDay.get(c.day) ?? NO_FIGURES, f));
	}
	return out;
}

/** A stored day as the contract answers it: the mean latency per call, not the sum. */
function toIpDay(r: IpDayRow): IpDay {
	return {
		day: r.day,
		requests: r.requests,
		calls: r.calls,
		errors: r.errors,
		latencyMeanMs: r.calls > 0 ? r.latency_ms_sum / r.calls : null,
		latencyMaxMs: r.calls > 0 ? r.latency_ms_max : null,
	};
}
