/**
 * A site input as the Worker would answer it for 100,000 IPs and 20,000 distinct paths: totals
 * in the snapshot, the top 25 of a Zipf-distributed 20k-path population, the 25 newest paths
 * (truncated), and ten top clients with 50 paths each. Validated with the contract schemas.
 */
import type { SiteInput } from '../../reports-site/src/core/types.ts';
import {
	IpDetailSchema,
	PathsNewResponseSchema,
	PathsTopResponseSchema,
} from '../../worker/src/contract/index.ts';
import { DAY_MS, MINUTE_MS } from '../../worker/src/contract/time.ts';

const IPS = 100_000;
const PATHS = 20_000;
const TOTAL_REQUESTS = 50_000_000;

/** The 25 busiest of a Zipf-distributed path population, as the Worker's top-paths answer carries them. */
function topPaths(now: number) {
	const iso = (ms: number) => new Date(ms).toISOString();
	const harmonic = Array.from({ length: PATHS }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
	const population = Array.from({ length: PATHS }, (_, k) => ({
		path: `/api/v1/resource-${k}/:id`,
		requests: Math.round(TOTAL_REQUESTS / (k + 1) / harmonic),
	}));
	return population
		.sort((a, b) => b.requests - a.requests)
		.slice(0, 25)
		.map((p, i) => ({
			...p,
			clients: Math.min(IPS, Math.round(p.requests / 40)),
			errors: i,
			errorRate: i / p.requests,
			methods: { GET: Math.round(p.requests * 0.8), POST: p.requests - Math.round(p.requests * 0.8) },
			firstSeen: iso(now - 40 * DAY_MS),
			lastSeen: iso(now - 1000),
			trend: Array.from({ length: 24 }, (_, h) => Math.round(p.requests / 24) + h),
		}));
}

/** Ten client pages of fifty paths each, parsed as the Worker's IP detail answer. */
function fleetClients(snapshot: SiteInput['snapshot']) {
	return snapshot.topIps.slice(0, 10).map((t) => ({
		ip: t.ip,
		detail: IpDetailSchema.parse({
			stats: {
				ip: t.ip,
				totalRequests: t.requests,
				pathCount: 50,
				overflowRequests: 0,
				firstSeen: t.firstSeen,
				lastActivity: t.lastActivity,
				storageBytes: t.storageBytes,
			},
			paths: {
				items: Array.from({ length: 50 }, (_, j) => ({
					path: `/api/v1/resource-${j}/:id`,
					method: 'GET',
					count: 1000 - j,
					firstSeen: t.firstSeen,
					lastSeen: t.lastActivity,
					lastUserAgent: 'Mozilla/5.0 Chrome/131.0',
					country: 'DE',
				})),
				nextCursor: 'more',
			},
		}),
	}));
}

export function largeFleetInput(base: SiteInput): SiteInput {
	const now = Date.parse(base.generatedAt);
	const iso = (ms: number) => new Date(ms).toISOString();
	const top = topPaths(now);
	const snapshot = {
		...base.snapshot,
		summary: { ...base.snapshot.summary, totalIps: IPS },
		resources: { ...base.snapshot.resources, totalPaths: PATHS },
	};
	const clients = fleetClients(snapshot);
	return {
		...base,
		snapshot,
		clients,
		paths: {
			top: PathsTopResponseSchema.parse({
				by: 'requests',
				window: '24h',
				generatedAt: base.generatedAt,
				trend: { start: iso(now - DAY_MS), stepSeconds: 3600, steps: 24 },
				items: top,
				exact: true,
				other: { requests: 0, errors: 0 },
				clientsStandardError: 0.01625,
				shards: 16,
			}),
			fresh: PathsNewResponseSchema.parse({
				since: iso(now - 7 * DAY_MS),
				generatedAt: base.generatedAt,
				items: Array.from({ length: 25 }, (_, i) => ({
					path: `/api/v2/new-${i}`,
					firstSeen: iso(now - i * MINUTE_MS),
					requests: 10,
					methods: { GET: 10 },
				})),
				truncated: true,
				shards: 16,
			}),
		},
	};
}
