/**
 * Synthetic top paths, new paths, client details and job runs for the dashboard tests,
 * validated with the contract's schemas; `hostile` strings go into every untrusted field
 * (paths, user agents, countries, methods).
 */
import type { ClientInput, PathsInput } from '../../reports-site/src/core/types.ts';
import {
	IpDetailSchema,
	type JobRun,
	JobRunSchema,
	PathsNewResponseSchema,
	PathsTopResponseSchema,
} from '../../worker/src/contract/index.ts';

const AGENTS = [
	'Mozilla/5.0 (X11) Firefox/128.0',
	'curl/8.5.0',
	'python-requests/2.32',
	'Go-http-client/2.0',
];
const COUNTRIES = ['DE', 'US', 'JP', null];

export function syntheticPaths(now: Date, hostile: string[]): PathsInput {
	const iso = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
	const names = [
		'/api/users/:id',
		'/api/orders',
		'/health',
		'/api/search',
		...hostile.map((h) => `/api/${h}`),
	];
	const items = names.map((path, i) => ({
		path,
		requests: 50_000 - i * 4_000,
		clients: 900 - i * 70,
		errors: i * 3,
		errorRate: (i * 3) / (50_000 - i * 4_000),
		methods:
			i % 2 ? { POST: 1000 - i, GET: 200 } : { GET: 5000 - i, ...(hostile[0] ? { [hostile[0]]: 1 } : {}) },
		firstSeen: iso(24 * 40),
		lastSeen: iso(0.1),
		trend: Array.from({ length: 24 }, (_, h) => 1000 + ((h * 37 + i * 11) % 300)),
	}));
	const top = PathsTopResponseSchema.parse({
		by: 'requests',
		window: '24h',
		generatedAt: now.toISOString(),
		trend: { start: iso(24), stepSeconds: 3600, steps: 24 },
		items,
		exact: true,
		other: { requests: 12, errors: 0 },
		clientsStandardError: 0.01625,
		shards: 16,
	});
	const fresh = PathsNewResponseSchema.parse({
		since: iso(24 * 7),
		generatedAt: now.toISOString(),
		items: names
			.slice(2)
			.map((path, i) => ({ path, firstSeen: iso(i + 1), requests: 10 + i, methods: { GET: 10 + i } })),
		truncated: false,
		shards: 16,
	});
	return { top, fresh };
}

export function syntheticClients(ips: string[], now: Date, hostile: string[]): ClientInput[] {
	const iso = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
	return ips.map((ip, i) => {
		const paths = ['/api/users/:id', '/api/orders', ...hostile.map((h) => `/x/${h}`)].map((path, j) => ({
			path,
			method: j % 2 ? 'POST' : 'GET',
			count: 500 - j * 40,
			firstSeen: iso(60 * 24 * 9),
			lastSeen: iso(j + 1),
			lastUserAgent: hostile[j % Math.max(1, hostile.length)] ?? AGENTS[(i + j) % AGENTS.length] ?? null,
			country:
				hostile[(j + 1) % Math.max(1, hostile.length)] ?? COUNTRIES[(i + j) % COUNTRIES.length] ?? null,
		}));
		const stats = {
			ip,
			totalRequests: paths.reduce((a, p) => a + p.count, 0),
			pathCount: paths.length,
			overflowRequests: 0,
			firstSeen: iso(60 * 24 * 9),
			lastActivity: iso(1),
			storageBytes: 40_960,
		};
		// The first three from a Worker that times its collector calls; the others from an older one.
		const day = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10);
		const daily =
			i < 3
				? [
						{ day: day(1), requests: 200, calls: 4, errors: 2 * i, latencyMeanMs: 10, latencyMaxMs: 30 },
						{ day: day(0), requests: 300, calls: 6, errors: 3 * i, latencyMeanMs: 20, latencyMaxMs: 50 + i },
					]
				: [{ day: day(0), requests: 500 }];
		return { ip, detail: IpDetailSchema.parse({ stats, paths: { items: paths, nextCursor: null }, daily }) };
	});
}

/** Last runs: a verified backup, a repair with findings, an overdue cleanup and a failed compact. */
export function syntheticJobs(now: Date): JobRun[] {
	const run = (
		type: string,
		hoursAgo: number,
		state: string,
		summary: JobRun['summary'],
		errorCode: string | null = null,
	) =>
		JobRunSchema.parse({
			id: `${type}-run`,
			type,
			state,
			startedAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
			finishedAt: new Date(now.getTime() - hoursAgo * 3_600_000 + 42_000).toISOString(),
			durationMs: 42_000,
			errorCode,
			summary,
		});
	return [
		run('backup', 5, 'succeeded', { backup: 'complete', verified: true }),
		run('repair', 3, 'succeeded', { inconsistent: 2, replayed: 17 }),
		run('cleanup', 60, 'succeeded', { purged: 4 }),
		run('compact', 30, 'failed', {}, 'shard_unavailable'),
	];
}
