/**
 * The Clients section and its drill-down pages: the top clients by requests (anonymised as
 * everywhere on the site), their country and user-agent-family mix, and one prebuilt page per
 * client with its paths. A client's error rate and latency are what the front Worker measured of
 * its calls to that client's collector over the trend window (events that missed the collector
 * at the first attempt; mean call time); a Worker that measured none leaves "not measured", never
 * an invented figure. Countries, user agents and paths are untrusted text and leave here as plain
 * strings for `{{ }}` escaping.
 */
import type { IpDetail, Snapshot } from '../../../../worker/src/contract/index.ts';
import { anonymiseIp, describeAnonymisation } from '../anonymise.ts';
import { formatBytes, formatInt, formatUtc } from '../display/format.ts';
import type { ClientInput, IpAnonymisation } from '../types.ts';
import {
	CLIENT_TREND_DAYS,
	type ClientCallFacts,
	type ClientTrend,
	clientCallFacts,
	clientCalls,
	clientTrend,
} from './client-trend.ts';
import { type MixRow, mixRows } from './paths-panel.ts';
import { userAgentFamily } from './user-agent.ts';

export type ClientRow = {
	label: string;
	/** Relative link to the client's page; null when its details were not fetched. */
	href: string | null;
	requests: string;
	paths: string;
	storage: string;
	lastActivity: string;
	/** Over the trend window; "—" for a client without a drill-down page. */
	errorRate: string;
	latency: string;
};

export type ClientsPanel = { rows: ClientRow[]; countries: MixRow[]; agents: MixRow[]; note: string };

export type ClientPathRow = {
	method: string;
	path: string;
	count: string;
	firstSeen: string;
	lastSeen: string;
	agent: string;
	country: string;
};

export type ClientPage = {
	file: string;
	label: string;
	requests: string;
	pathCount: string;
	overflow: string;
	firstSeen: string;
	lastActivity: string;
	storage: string;
	/** Error rate, missed events, calls, mean and slowest call over the trend window. */
	calls: ClientCallFacts;
	paths: ClientPathRow[];
	shownPaths: string;
	agents: MixRow[];
	countries: MixRow[];
	/** Requests per UTC day; null when the Worker keeps no per-client trend (an older Worker). */
	trend: ClientTrend | null;
};

/** The drill-down page of the client ranked `rank` (1-based): the file name carries no address. */
export const clientFile = (rank: number) => `clients/${rank}.html`;

const at = (iso: string | null) => (iso === null ? '—' : formatUtc(Date.parse(iso)));

function mixOf(details: IpDetail[], key: (p: IpDetail['paths']['items'][number]) => string): MixRow[] {
	const counts = new Map<string, number>();
	for (const d of details)
		for (const p of d.paths.items) counts.set(key(p), (counts.get(key(p)) ?? 0) + p.count);
	return mixRows(counts);
}

const countryOf = (c: string | null) => (c?.trim() ? c.trim() : 'unknown');

export function clientsPanel(
	snap: Snapshot,
	clients: ClientInput[] | null | undefined,
	how: IpAnonymisation,
): ClientsPanel {
	const ranked = new Map((clients ?? []).map((c, i) => [c.ip, i + 1]));
	const details = (clients ?? []).map((c) => c.detail);
	const end = Date.parse(snap.generatedAt);
	const facts = new Map(
		(clients ?? []).map((c) => [c.ip, clientCallFacts(clientCalls(c.detail.daily, end))]),
	);
	return {
		rows: snap.topIps.map((ip) => {
			const rank = ranked.get(ip.ip);
			const measured = facts.get(ip.ip);
			return {
				errorRate: measured?.errorRate ?? '—',
				latency: measured?.meanMs ?? '—',
				label: anonymiseIp(ip.ip, how),
				href: rank === undefined ? null : clientFile(rank),
				requests: formatInt(ip.requests),
				paths: formatInt(ip.paths),
				storage: formatBytes(ip.storageBytes),
				lastActivity: at(ip.lastActivity),
			};
		}),
		countries: mixOf(details, (p) => countryOf(p.country)),
		agents: mixOf(details, (p) => userAgentFamily(p.lastUserAgent)),
		note: `${describeAnonymisation(how)} Error rate and latency cover the last ${CLIENT_TREND_DAYS} UTC days, as the front Worker measured its calls to each client's collector: the share of the client's events that missed the collector at the first attempt (then journaled and replayed), and the mean call time. The mixes weigh each client path by its requests, with the country and user agent last seen on it.`,
	};
}

/** One page per client; `snapshotAt` (ISO 8601) ends the daily trend. */
export function clientPages(
	clients: ClientInput[] | null | undefined,
	how: IpAnonymisation,
	snapshotAt: string,
): ClientPage[] {
	return (clients ?? []).map(({ ip, detail }, i) => {
		const s = detail.stats;
		const items = detail.paths.items;
		return {
			file: clientFile(i + 1),
			label: anonymiseIp(ip, how),
			requests: formatInt(s.totalRequests),
			pathCount: formatInt(s.pathCount),
			overflow: formatInt(s.overflowRequests),
			firstSeen: at(s.firstSeen),
			lastActivity: at(s.lastActivity),
			storage: formatBytes(s.storageBytes),
			calls: clientCallFacts(clientCalls(detail.daily, Date.parse(snapshotAt))),
			shownPaths: formatInt(items.length),
			paths: items.map((p) => ({
				method: p.method,
				path: p.path,
				count: formatInt(p.count),
				firstSeen: at(p.firstSeen),
				lastSeen: at(p.lastSeen),
				agent: userAgentFamily(p.lastUserAgent),
				country: countryOf(p.country),
			})),
			agents: mixOf([detail], (p) => userAgentFamily(p.lastUserAgent)),
			countries: mixOf([detail], (p) => countryOf(p.country)),
			trend: clientTrend(detail.daily, Date.parse(snapshotAt)),
		};
	});
}
