import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateTraffic } from '../../action/src/adapters/traffic-sender.ts';
import {
	createRng,
	generateTraffic,
	percentile,
	zipfSampler,
} from '../../action/src/core/traffic/traffic.ts';
import { runCli } from '../../action/src/run-cli.ts';
import { canonicalIp } from '../../worker/src/contract/ip.ts';
import { DEFAULT_PATH_RULES } from '../../worker/src/core/normalize-path.ts';
import { validateRecordBody } from '../../worker/src/core/record-schema.ts';

const END = Date.UTC(2026, 5, 1, 12);

describe('traffic generator', () => {
	const events = generateTraffic({ seed: 11, ips: 300, events: 20_000, endAt: END, runId: 't' });

	it('is deterministic for a seed and differs across seeds', () => {
		expect(generateTraffic({ seed: 11, ips: 300, events: 20_000, endAt: END, runId: 't' })).toEqual(events);
		const other = generateTraffic({ seed: 12, ips: 300, events: 20_000, endAt: END, runId: 't' });
		expect(other.map((e) => e.ip)).not.toEqual(events.map((e) => e.ip));
	});

	it('produces exactly the requested events, in time order, within the span, with unique ids', () => {
		expect(events).toHaveLength(20_000);
		expect(new Set(events.map((e) => e.id)).size).toBe(20_000);
		for (let i = 1; i < events.length; i++) {
			expect((events[i]?.timestamp ?? 0) >= (events[i - 1]?.timestamp ?? 0)).toBe(true);
		}
		expect(events[0]?.timestamp).toBeGreaterThanOrEqual(END - 3_600_000);
		expect(events.at(-1)?.timestamp).toBeLessThanOrEqual(END);
	});

	it('writes every IP in the canonical form the Worker keys collectors by, IPv6 included', () => {
		const ips = [...new Set(events.map((e) => e.ip))];
		expect(ips.some((ip) => ip.includes(':'))).toBe(true);
		for (const ip of ips) expect(canonicalIp(ip)).toBe(ip);
	});

	it('spreads activity over many IPs with a heavy head (Zipf)', () => {
		const perIp = new Map<string, number>();
		for (const e of events) perIp.set(e.ip, (perIp.get(e.ip) ?? 0) + 1);
		const counts = [...perIp.values()].sort((a, b) => b - a);
		expect(perIp.size).toBeGreaterThan(150);
		const median = counts[Math.floor(counts.length / 2)] ?? 0;
		expect(counts[0] ?? 0).toBeGreaterThan(10 * median);
		expect([...perIp.keys()].some((ip) => ip.includes(':'))).toBe(true);
	});

	it('emits realistic API paths with ID segments, many methods, user agents and countries', () => {
		expect(events.some((e) => /\/api\/v1\/users\/\d+/.test(e.path))).toBe(true);
		expect(events.some((e) => /\/orders\/[0-9a-f-]{36}$/.test(e.path))).toBe(true);
		expect(events.some((e) => e.path.includes('?'))).toBe(true);
		expect(new Set(events.map((e) => e.method))).toEqual(
			new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
		);
		expect(new Set(events.map((e) => e.userAgent)).size).toBeGreaterThan(10);
		expect(new Set(events.map((e) => e.country)).size).toBeGreaterThan(10);
	});

	it('has bursts and idle gaps', () => {
		const perMinute = new Array<number>(60).fill(0);
		for (const e of events) {
			const m = Math.min(59, Math.floor((e.timestamp - (END - 3_600_000)) / 60_000));
			perMinute[m] = (perMinute[m] ?? 0) + 1;
		}
		const sorted = [...perMinute].sort((a, b) => a - b);
		const median = percentile(sorted, 50) ?? 0;
		expect(sorted[0]).toBeLessThan(median / 4);
		expect(sorted.at(-1) ?? 0).toBeGreaterThan(3 * median);
	});

	it('passes the collector validation (every event is one the Worker accepts)', () => {
		for (let i = 0; i < events.length; i += 1000) {
			const body = { events: events.slice(i, i + 1000) };
			expect(() =>
				validateRecordBody(body, { now: END, rules: DEFAULT_PATH_RULES, assignId: () => 'x' }),
			).not.toThrow();
		}
	});

	it('samples Zipf ranks with P(k) ∝ 1/(k+1)^s', () => {
		const sample = zipfSampler(10, 1, createRng(3));
		const hits = new Array<number>(10).fill(0);
		for (let i = 0; i < 50_000; i++) {
			const k = sample();
			hits[k] = (hits[k] ?? 0) + 1;
		}
		// Harmonic number H(10) ≈ 2.929: rank 0 ≈ 34.1%, rank 1 ≈ 17.1%.
		expect((hits[0] ?? 0) / 50_000).toBeCloseTo(0.341, 1);
		expect((hits[0] ?? 0) / (hits[1] ?? 1)).toBeCloseTo(2, 0);
	});
});

/** A stand-in collector at the HTTP boundary: validates like the Worker, fails the first request once. */
class FakeCollector {
	server: Server = createServer((req, res) => void this.handle(req, res));
	bodies: string[] = [];
	seenIds = new Set<string>();
	failNext = 1;
	url = '';
	private async handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
		let body = '';
		for await (const chunk of req) body += chunk;
		this.bodies.push(body);
		if (req.headers.authorization !== 'Bearer sim-token')
			return this.reply(res, 401, { error: { code: 'unauthorized', message: 'x' } });
		if (this.failNext-- > 0)
			return this.reply(res, 503, { error: { code: 'unavailable', message: 'try again' } });
		const parsed = JSON.parse(body) as { events?: { id: string }[]; id?: string };
		const events = parsed.events ?? [parsed as { id: string }];
		let duplicates = 0;
		for (const e of events) {
			if (this.seenIds.has(e.id)) duplicates++;
			this.seenIds.add(e.id);
		}
		this.reply(res, 202, { accepted: events.length, duplicates, journaled: 0 });
	}
	private reply(res: import('node:http').ServerResponse, status: number, body: unknown) {
		res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
	}
	async start() {
		await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}
}

describe('simulateTraffic and `pathwatch simulate`', () => {
	const fake = new FakeCollector();
	beforeAll(() => fake.start());
	afterAll(() => new Promise<void>((r) => fake.server.close(() => r())));

	it('sends every event once, retrying a 503 with the very same body', async () => {
		fake.failNext = 1;
		fake.bodies = [];
		const s = await simulateTraffic({
			url: fake.url,
			token: 'sim-token',
			ips: 30,
			events: 500,
			seed: 5,
			batch: 50,
			runId: 'a',
		});
		expect(s).toMatchObject({
			events: 500,
			accepted: 500,
			duplicates: 0,
			rejected: 0,
			failedRequests: 0,
			retries: 1,
		});
		expect(s.statusCounts).toEqual({ 202: 10, 503: 1 });
		// The rejected first body was sent again, unchanged (same event ids).
		expect(fake.bodies).toHaveLength(11);
		expect(fake.bodies.indexOf(fake.bodies[0] ?? '', 1)).toBeGreaterThan(0);
		expect(new Set(fake.bodies).size).toBe(10);
		expect(s.latencyMs.p95).not.toBeNull();
	});

	it('sends single events without the batch wrapper when --batch is 1', async () => {
		fake.failNext = 0;
		fake.bodies = [];
		const s = await simulateTraffic({
			url: fake.url,
			token: 'sim-token',
			ips: 5,
			events: 20,
			seed: 6,
			batch: 1,
			runId: 'b',
		});
		expect(s).toMatchObject({ accepted: 20, requests: 20 });
		expect(JSON.parse(fake.bodies[0] ?? '{}')).toHaveProperty('ip');
	});

	it('counts a rejected request without retrying it', async () => {
		fake.failNext = 0;
		const s = await simulateTraffic({
			url: fake.url,
			token: 'wrong',
			ips: 5,
			events: 10,
			seed: 7,
			batch: 10,
			runId: 'c',
		});
		expect(s).toMatchObject({ accepted: 0, rejected: 10, failedRequests: 1, retries: 0 });
		expect(s.firstError).toMatch(/HTTP 401/);
	});

	it('runs as a CLI command, printing progress and a summary', async () => {
		fake.failNext = 0;
		const out: string[] = [];
		const code = await runCli(
			[
				'simulate',
				'--url',
				fake.url,
				'--token',
				'sim-token',
				'--events',
				'300',
				'--ips',
				'20',
				'--batch',
				'25',
			],
			{ stdout: (l) => out.push(l), stderr: (l) => out.push(l) },
		);
		expect(code).toBe(0);
		expect(out.join('\n')).toMatch(/simulate: 300\/300 events sent/);
		expect(out.join('\n')).toMatch(/accepted: +300 \(duplicates 0, journaled 0\)/);
	});

	it('exits 2 with a one-line reason when the URL is missing', async () => {
		const err: string[] = [];
		const code = await runCli(['simulate'], { stdout: () => {}, stderr: (l) => err.push(l), env: {} });
		expect(code).toBe(2);
		expect(err.join('\n')).toMatch(/needs --url/);
	});
});
