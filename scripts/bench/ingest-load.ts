/**
 * The ingest benchmark's load generator and workload, shared by both targets (pathwatch and
 * the reference counter) so they see the same bodies, the same client and the same concurrency.
 */
import { createRng, percentile } from '../../action/src/core/traffic/traffic.ts';

export type BenchEvent = { ip: string; path: string; method: string; userAgent: string; country: string };

const WORDS = [
	'orders',
	'items',
	'cart',
	'login',
	'logout',
	'search',
	'profile',
	'settings',
	'health',
	'feed',
	'comments',
	'likes',
	'upload',
	'download',
	'export',
	'billing',
	'invoices',
	'teams',
	'members',
	'tokens',
];
const COUNTRIES = ['NL', 'FR', 'DE', 'US', 'JP'];

/** A fixed population: `ips` client IPs, each using the same `paths` known paths. */
export function population(ips: number, paths: number) {
	const clients = Array.from({ length: ips }, (_, i) => ({
		ip: `198.51.100.${i + 1}`,
		userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) bench-client/${i}`,
		country: COUNTRIES[i % COUNTRIES.length] ?? 'NL',
	}));
	const routes = Array.from({ length: paths }, (_, i) => `/api/v1/${WORDS[i % WORDS.length]}`);
	return { clients, routes };
}

export type Population = ReturnType<typeof population>;

/** Every (IP, path) once, so later batches only hit known paths of known IPs. */
export function everyPathOnce(pop: Population): BenchEvent[] {
	return pop.clients.flatMap((c) => pop.routes.map((path) => ({ ...c, path, method: 'GET' })));
}

/** `count` events drawn uniformly (seeded) over the population's IPs and paths. */
export function steadyEvents(pop: Population, count: number, seed: number): BenchEvent[] {
	const rng = createRng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] ?? (list[0] as T);
	return Array.from({ length: count }, () => ({
		...pick(pop.clients),
		path: pick(pop.routes),
		method: 'GET',
	}));
}

/** `perIp` events per known IP, each on a path that IP has never used. */
export function newPathEvents(pop: Population, perIp: number, tag: string): BenchEvent[] {
	return pop.clients.flatMap((c) =>
		Array.from({ length: perIp }, (_, i) => ({ ...c, path: `/api/v1/new-${tag}-${i}`, method: 'GET' })),
	);
}

/** One event from each of `count` IPs the population never used (198.18.0.0/15, for benchmarks). */
export function newIpEvents(pop: Population, count: number): BenchEvent[] {
	const client = pop.clients[0];
	return Array.from({ length: count }, (_, i) => ({
		ip: `198.18.${(i >> 8) & 255}.${i & 255}`,
		userAgent: client?.userAgent ?? 'bench',
		country: client?.country ?? 'NL',
		path: pop.routes[i % pop.routes.length] ?? '/',
		method: 'GET',
	}));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
	return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, (i + 1) * size),
	);
}

export type LoadResult = { events: number; wallMs: number; latencies: number[]; eventsPerSec: number };

/** POSTs one body; retries a 503 (`wrangler dev` reloading after a file change), like a gateway would. */
async function post(url: string, body: string): Promise<number> {
	for (let attempt = 1; ; attempt++) {
		const started = performance.now();
		const res = await fetch(`${url}/record`, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' },
		});
		const text = await res.text();
		if (res.status === 202) return performance.now() - started;
		if (res.status !== 503 || attempt === 5) throw new Error(`POST ${url}/record: ${res.status} ${text}`);
		await new Promise((r) => setTimeout(r, 500 * attempt));
	}
}

/** Posts every body (a batch, or one event when `single`) with `concurrency` clients. */
export async function drive(
	url: string,
	bodies: readonly BenchEvent[][],
	concurrency: number,
	single = false,
): Promise<LoadResult> {
	const latencies: number[] = [];
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < bodies.length) {
				const b = bodies[next++] ?? [];
				latencies.push(await post(url, JSON.stringify(single ? b[0] : { events: b })));
			}
		}),
	);
	const wallMs = performance.now() - started;
	latencies.sort((a, b) => a - b);
	const events = bodies.reduce((n, b) => n + (single ? 1 : b.length), 0);
	return { events, wallMs, latencies, eventsPerSec: (events / wallMs) * 1000 };
}

export const p95 = (r: LoadResult): number => percentile(r.latencies, 95) ?? Number.NaN;

/** Several runs as one: events and time add up, latencies are pooled. */
export function combine(results: readonly LoadResult[]): LoadResult {
	const events = results.reduce((n, r) => n + r.events, 0);
	const wallMs = results.reduce((n, r) => n + r.wallMs, 0);
	const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
	return { events, wallMs, latencies, eventsPerSec: (events / wallMs) * 1000 };
}
