/**
 * Pure pieces of PathCollector's write path: folding a batch into one update per path, and the
 * per-minute delta arithmetic behind its batched reports.
 */
import type { PathStat } from '../contract/index.ts';
import { MINUTE_MS } from '../contract/time.ts';
import { mergePathDeltas } from './path-deltas.ts';
import type { CollectorMinuteDelta, CollectorReport } from './reports.ts';
import type { NormalizedEvent, PathRow } from './rpc.ts';

/** All events of a batch for one (method, path): written as one row update. */
export type PathGroup = {
	method: string;
	path: string;
	count: number;
	firstSeen: number;
	lastSeen: number;
	/** From the latest event (by timestamp, then arrival). */
	lastUserAgent: string | null;
	country: string | null;
};

/** A (method, path) pair as one key: the method has no space, so the pair is unambiguous. */
export const pathKey = (method: string, path: string): string => `${method} ${path}`;

export function aggregateByPath(events: readonly NormalizedEvent[]): PathGroup[] {
	const groups = new Map<string, PathGroup>();
	for (const e of events) {
		const key = pathKey(e.method, e.path);
		const g = groups.get(key);
		if (!g) {
			groups.set(key, {
				method: e.method,
				path: e.path,
				count: 1,
				firstSeen: e.timestamp,
				lastSeen: e.timestamp,
				lastUserAgent: e.userAgent,
				country: e.country,
			});
			continue;
		}
		g.count++;
		g.firstSeen = Math.min(g.firstSeen, e.timestamp);
		if (e.timestamp >= g.lastSeen) {
			g.lastSeen = e.timestamp;
			g.lastUserAgent = e.userAgent;
			g.country = e.country;
		}
	}
	return [...groups.values()];
}

/** Epoch milliseconds floored to the report bucket: the UTC minute, or the rollup step. */
export function minuteOf(ms: number, stepMs: number = MINUTE_MS): number {
	return ms - (ms % stepMs);
}

export function emptyDelta(): CollectorMinuteDelta {
	return {
		records: 0,
		doRequests: { record: 0, admin: 0, job: 0 },
		rowsRead: 0,
		rowsWritten: 0,
		activeMs: 0,
		newPaths: 0,
	};
}

export function addDelta(a: CollectorMinuteDelta, b: CollectorMinuteDelta): CollectorMinuteDelta {
	return {
		records: a.records + b.records,
		doRequests: {
			record: a.doRequests.record + b.doRequests.record,
			admin: a.doRequests.admin + b.doRequests.admin,
			job: a.doRequests.job + b.doRequests.job,
		},
		rowsRead: a.rowsRead + b.rowsRead,
		rowsWritten: a.rowsWritten + b.rowsWritten,
		activeMs: a.activeMs + b.activeMs,
		newPaths: a.newPaths + b.newPaths,
	};
}

/** `a - b`, field by field (what is left pending after a report carried `b`). */
export function subtractDelta(a: CollectorMinuteDelta, b: CollectorMinuteDelta): CollectorMinuteDelta {
	const negated: CollectorMinuteDelta = {
		records: -b.records,
		doRequests: { record: -b.doRequests.record, admin: -b.doRequests.admin, job: -b.doRequests.job },
		rowsRead: -b.rowsRead,
		rowsWritten: -b.rowsWritten,
		activeMs: -b.activeMs,
		newPaths: -b.newPaths,
	};
	return addDelta(a, negated);
}

export function isZeroDelta(d: CollectorMinuteDelta): boolean {
	return (
		d.records === 0 &&
		d.doRequests.record === 0 &&
		d.doRequests.admin === 0 &&
		d.doRequests.job === 0 &&
		d.rowsRead === 0 &&
		d.rowsWritten === 0 &&
		d.activeMs === 0 &&
		d.newPaths === 0
	);
}

/** Groups rows by (method, template); returns only groups that change (several rows, or a new name). */
export function mergeByTemplate(
	rows: PathRow[],
	template: (path: string) => string,
): { from: PathRow[]; row: PathRow }[] {
	const groups = new Map<string, PathRow[]>();
	for (const r of rows) {
		const key = `${r.method} ${template(r.path)}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	const out: { from: PathRow[]; row: PathRow }[] = [];
	for (const from of groups.values()) {
		const first = from[0];
		if (!first) continue;
		const path = template(first.path);
		if (from.length === 1 && path === first.path) continue;
		const latest = from.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
		out.push({
			from,
			row: {
				method: first.method,
				path,
				count: from.reduce((s, r) => s + r.count, 0),
				firstSeen: Math.min(...from.map((r) => r.firstSeen)),
				lastSeen: latest.lastSeen,
				lastUserAgent: latest.lastUserAgent,
				country: latest.country,
			},
		});
	}
	return out;
}

/**
 * A collector's report: its persisted per-minute deltas, plus the not-yet-persisted carry
 * (its own bookkeeping) in the current minute.
 */
export function buildCollectorReport(input: {
	ip: string;
	state: CollectorReport['state'];
	pending: readonly { minute: number; delta: CollectorMinuteDelta }[];
	carry: CollectorMinuteDelta;
	now: number;
	isNew: boolean;
	/** The rollup step (`ROLLUP_STEP_MS`); a minute when absent. */
	stepMs?: number;
}): CollectorReport {
	const minutes: CollectorReport['minutes'] = {};
	for (const p of input.pending) minutes[p.minute] = p.delta;
	const current = minuteOf(input.now, input.stepMs);
	minutes[current] = addDelta(minutes[current] ?? emptyDelta(), input.carry);
	return { ip: input.ip, state: input.state, minutes, isNew: input.isNew };
}

/**
 * Two reports of one collector as one (the relay holds one per IP per flush): deltas add up per
 * minute; the state is absolute, so the one with more requests wins (the later one on a tie).
 * A new field of `CollectorReport` must be merged here too.
 */
export function mergeCollectorReports(a: CollectorReport, b: CollectorReport): CollectorReport {
	const minutes: CollectorReport['minutes'] = { ...a.minutes };
	for (const [k, d] of Object.entries(b.minutes)) {
		const key = Number(k);
		minutes[key] = addDelta(minutes[key] ?? emptyDelta(), d);
	}
	const state = a.state.totalRequests > b.state.totalRequests ? a.state : b.state;
	const paths = a.paths || b.paths ? { paths: mergePathDeltas(a.paths ?? [], b.paths ?? []) } : {};
	return { ip: b.ip, state, minutes, isNew: a.isNew || b.isNew, ...paths };
}

/** A stored row as the admin API shows it. */
export function toPathStat(p: PathRow): PathStat {
	return {
		path: p.path,
		method: p.method,
		count: p.count,
		firstSeen: new Date(p.firstSeen).toISOString(),
		lastSeen: new Date(p.lastSeen).toISOString(),
		lastUserAgent: p.lastUserAgent,
		country: p.country,
	};
}
