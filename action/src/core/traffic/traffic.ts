/**
 * Traffic (this folder): the simulator's pure side, the persona and route catalogue and the
 * generator. Sending it is adapters/traffic-sender.ts.
 *
 * Realistic simulated gateway traffic, deterministic for a seed: Zipf-distributed client
 * activity over many IPs (v4 and v6), client personas (browsers, mobile apps, API clients,
 * crawlers, scanners) with their own user agents, routes, methods and session lengths, API
 * paths with ID segments, per-IP countries, and a timeline with bursts and idle gaps.
 */
import { canonicalIp } from '../../../../worker/src/contract/ip.ts';
import { HOUR_MS } from '../../../../worker/src/contract/time.ts';
import { COUNTRIES, PERSONAS, type Persona, WORDS } from './traffic-catalog.ts';

/** One event as `POST /record` takes it. */
export type TrafficEvent = {
	id: string;
	ip: string;
	path: string;
	method: string;
	userAgent: string;
	country: string;
	timestamp: number;
};

export type TrafficOptions = {
	seed: number;
	ips: number;
	events: number;
	/** The timeline ends here (epoch ms); events are spread over the `spanMs` before it. */
	endAt: number;
	spanMs?: number;
	/** Prefix of event ids; differs per run so re-runs are new events, not duplicates. */
	runId?: string;
};

export type Rng = () => number;

/** mulberry32: small, fast, good enough for simulation. */
export function createRng(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Samples ranks 0…n−1 with P(k) ∝ 1/(k+1)^s. */
export function zipfSampler(n: number, s: number, rng: Rng): () => number {
	const cdf: number[] = [];
	let sum = 0;
	for (let k = 0; k < n; k++) {
		sum += 1 / (k + 1) ** s;
		cdf.push(sum);
	}
	return () => {
		const u = rng() * sum;
		let lo = 0;
		let hi = n - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((cdf[mid] ?? 0) < u) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
}

export function pick<T>(items: readonly T[], rng: Rng): T {
	const item = items[Math.floor(rng() * items.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

/** Picks by weight from `[value, weight]` pairs. */
export function pickWeighted<T>(pairs: readonly (readonly [T, number])[], rng: Rng): T {
	const total = pairs.reduce((s, [, w]) => s + w, 0);
	let u = rng() * total;
	for (const [value, w] of pairs) {
		u -= w;
		if (u < 0) return value;
	}
	const last = pairs[pairs.length - 1];
	if (!last) throw new Error('pickWeighted from an empty list');
	return last[0];
}

type Client = { ip: string; persona: Persona; userAgent: string; country: string; route: () => number };

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function chars(alphabet: string, n: number, rng: Rng): string {
	let out = '';
	for (let i = 0; i < n; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
	return out;
}

/** A public-looking IPv4 (85%) or an IPv6 in the documentation prefix 2001:db8::/32, in canonical form. */
function makeIp(rng: Rng): string {
	if (rng() < 0.85) {
		const first = pick([23, 31, 45, 62, 81, 91, 103, 142, 151, 176, 185, 203, 212], rng);
		return [first, 1 + Math.floor(rng() * 254), Math.floor(rng() * 256), 1 + Math.floor(rng() * 254)].join(
			'.',
		);
	}
	const groups = Array.from({ length: 4 }, () => Math.floor(rng() * 0xffff).toString(16));
	const text = `2001:db8:${Math.floor(rng() * 0xffff).toString(16)}::${groups.join(':')}`;
	// The Worker keys collectors by the canonical text; distinct-IP counts here must match its own.
	return canonicalIp(text) ?? text;
}

/** Fills a route template; IDs favour small numbers (popular records), like real catalogues. */
export function fillTemplate(template: string, rng: Rng): string {
	return template.replace(/\{(num|uuid|hex|token|word|slug)\}/g, (_, slot: string) => {
		if (slot === 'num') return String(1 + Math.floor(rng() ** 3 * 100_000));
		if (slot === 'uuid') {
			const h = chars(HEX, 32, rng);
			return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
		}
		if (slot === 'hex') return chars(HEX, 23, rng) + pick('0123456789'.split(''), rng);
		if (slot === 'token') return `${chars(B64, 30, rng)}a9Z`;
		if (slot === 'word') return pick(WORDS, rng);
		return Array.from({ length: 2 + Math.floor(rng() * 3) }, () => pick(WORDS, rng)).join('-');
	});
}

/**
 * Activity over the span as a piecewise-constant rate (normal stretches, bursts at ~6×, idle
 * gaps at 0); returns the inverse CDF, mapping u ∈ [0,1) to an offset in ms.
 */
export function activityTimeline(spanMs: number, rng: Rng): (u: number) => number {
	const segments: { start: number; end: number; mass: number }[] = [];
	let t = 0;
	let total = 0;
	while (t < spanMs) {
		const len = Math.min(spanMs - t, spanMs * (0.01 + rng() * 0.04));
		const roll = rng();
		const rate = roll < 0.2 ? 0 : roll < 0.3 ? 6 : 0.5 + rng();
		total += len * rate;
		segments.push({ start: t, end: t + len, mass: total });
		t += len;
	}
	if (total === 0) return (u) => u * spanMs;
	return (u) => {
		const target = u * total;
		let prevMass = 0;
		for (const s of segments) {
			if (target < s.mass) return s.start + ((target - prevMass) / (s.mass - prevMass)) * (s.end - s.start);
			prevMass = s.mass;
		}
		return spanMs;
	};
}

function makeClients(n: number, rng: Rng): Client[] {
	const used = new Set<string>();
	const personas = PERSONAS.map((p) => [p, p.share] as const);
	return Array.from({ length: n }, () => {
		let ip = makeIp(rng);
		while (used.has(ip)) ip = makeIp(rng);
		used.add(ip);
		const persona = pickWeighted(personas, rng);
		return {
			ip,
			persona,
			userAgent: pick(persona.userAgents, rng),
			country: pickWeighted(COUNTRIES, rng),
			route: zipfSampler(persona.routes.length, 1, rng),
		};
	});
}

/**
 * Generates `events` events in time order: sessions of Zipf-chosen clients, each a run of
 * requests with exponential think times, starting where the activity timeline puts them.
 */
export function generateTraffic(opts: TrafficOptions): TrafficEvent[] {
	const rng = createRng(opts.seed);
	const spanMs = opts.spanMs ?? HOUR_MS;
	const start = opts.endAt - spanMs;
	const clients = makeClients(Math.max(1, opts.ips), rng);
	const nextClient = zipfSampler(clients.length, 1.1, rng);
	const when = activityTimeline(spanMs, rng);
	const drafts: Omit<TrafficEvent, 'id'>[] = [];
	while (drafts.length < opts.events) {
		const c = clients[nextClient()] ?? clients[0];
		if (!c) break;
		const length = Math.min(
			opts.events - drafts.length,
			1 + Math.floor(-Math.log(1 - rng()) * (c.persona.sessionLength - 1)),
		);
		let t = start + when(rng());
		for (let i = 0; i < length; i++) {
			const route = c.persona.routes[c.route()] ?? c.persona.routes[0];
			if (!route) break;
			drafts.push({
				ip: c.ip,
				path: fillTemplate(route.template, rng),
				method: pickWeighted(route.methods, rng),
				userAgent: c.userAgent,
				country: c.country,
				timestamp: Math.min(Math.round(t), opts.endAt),
			});
			t += -Math.log(1 - rng()) * c.persona.thinkMs;
		}
	}
	drafts.sort((a, b) => a.timestamp - b.timestamp);
	const runId = opts.runId ?? `sim${opts.seed}`;
	return drafts.map((d, i) => ({ id: `${runId}-${i}`, ...d }));
}

/** Nearest-rank percentile of an ascending array (null when empty). */
export function percentile(sorted: readonly number[], p: number): number | null {
	if (sorted.length === 0) return null;
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return sorted[rank - 1] ?? null;
}
