/**
 * The Paths section: the top paths across all clients (requests, estimated distinct clients,
 * error rate, a trend sparkline each), the method mix over them, and the paths first seen
 * recently. Paths are untrusted text: they leave here as plain strings for `{{ }}` escaping.
 */
import { OTHER_PATH } from '../../../../worker/src/contract/index.ts';
import { HOUR_SECONDS } from '../../../../worker/src/contract/time.ts';
import { type Spark, spark } from '../display/cards.ts';
import { formatInt, formatPercent, formatUtc } from '../display/format.ts';
import type { PathsInput } from '../types.ts';
import { RANGES } from './trends.ts';

export type PathRow = {
	path: string;
	requests: string;
	clients: string;
	errorRate: string;
	methods: string;
	spark: Spark | null;
};
export type MixRow = { label: string; count: string; share: string; width: number };
export type NewPathRow = { path: string; firstSeen: string; requests: string };

export type PathsPanel = {
	window: string;
	rows: PathRow[];
	methods: MixRow[];
	fresh: NewPathRow[];
	freshSince: string;
	freshTruncated: boolean;
	note: string;
};

/** Entries of a count map as rows, largest first, with their share of the total. */
export function mixRows(counts: Map<string, number>, limit = 8): MixRow[] {
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	return [...counts]
		.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
		.slice(0, limit)
		.map(([label, count]) => {
			const share = total > 0 ? count / total : 0;
			return { label, count: formatInt(count), share: formatPercent(share), width: Math.round(share * 100) };
		});
}

const methodText = (m: Record<string, number>) =>
	Object.entries(m)
		.sort(([, a], [, b]) => b - a)
		.map(([k, v]) => `${k} ${formatInt(v)}`)
		.join(', ');

export function pathsPanel(input: PathsInput | null | undefined): PathsPanel | null {
	if (!input) return null;
	const { top, fresh } = input;
	const methods = new Map<string, number>();
	for (const p of top.items)
		for (const [m, n] of Object.entries(p.methods)) methods.set(m, (methods.get(m) ?? 0) + n);
	const other =
		top.other.requests > 0
			? ` ${formatInt(top.other.requests)} requests went to paths past a shard's path cap (${OTHER_PATH}).`
			: '';
	return {
		window: RANGES.find((r) => r.id === top.window)?.label ?? top.window,
		rows: top.items.map((p) => ({
			path: p.path,
			requests: formatInt(p.requests),
			clients: formatInt(p.clients),
			errorRate: formatPercent(p.errorRate),
			methods: methodText(p.methods),
			spark: spark(p.trend, `requests per ${top.trend.stepSeconds >= HOUR_SECONDS ? 'hour' : 'step'}`),
		})),
		methods: mixRows(methods),
		fresh: fresh.items.map((p) => ({
			path: p.path,
			firstSeen: formatUtc(Date.parse(p.firstSeen)),
			requests: formatInt(p.requests),
		})),
		freshSince: formatUtc(Date.parse(fresh.since)),
		freshTruncated: fresh.truncated,
		note: `Clients are estimated (HyperLogLog, standard error ${formatPercent(top.clientsStandardError)}); errors are events the front Worker could not hand to their collector at the first attempt.${top.exact ? '' : ' The ranking may be approximate near the bottom.'}${other}`,
	};
}
