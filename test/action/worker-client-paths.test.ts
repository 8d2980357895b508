import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { UpstreamError } from '../../action/src/core/errors.ts';
import type { PathsNewResponse, PathsTopResponse } from '../../worker/src/contract/index.ts';

const TOKEN = 'paths-token';

/** The Worker's paths routes at the HTTP boundary: answers `body` and keeps the request lines. */
async function serve(body: unknown): Promise<{ url: string; seen: string[]; server: Server }> {
	const seen: string[] = [];
	const server = createServer((req, res) => {
		seen.push(`${req.method} ${req.url} ${req.headers.authorization === `Bearer ${TOKEN}`}`);
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const TOP: PathsTopResponse = {
	by: 'clients',
	window: '7d',
	generatedAt: '2026-12-02T12:00:00.000Z',
	trend: { start: '2026-11-26T00:00:00.000Z', stepSeconds: 86_400, steps: 7 },
	items: [
		{
			path: '/api/v1/users/:id',
			requests: 40,
			clients: 12,
			errors: 2,
			errorRate: 0.05,
			methods: { GET: 38, PUT: 2 },
			firstSeen: '2026-11-20T08:00:00.000Z',
			lastSeen: '2026-12-02T11:59:00.000Z',
			trend: [0, 0, 5, 5, 10, 10, 10],
		},
	],
	exact: true,
	other: { requests: 0, errors: 0 },
	clientsStandardError: 0.01625,
	shards: 16,
};

const NEW: PathsNewResponse = {
	since: '2026-12-01T00:00:00.000Z',
	generatedAt: '2026-12-02T12:00:00.000Z',
	items: [{ path: '/api/v2/cart', firstSeen: '2026-12-02T10:00:00.000Z', requests: 3, methods: { POST: 3 } }],
	truncated: false,
	shards: 16,
};

describe('Worker admin client: paths', () => {
	let server: Server | null = null;
	afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

	it('asks for top paths with the query and validates the answer', async () => {
		const s = await serve(TOP);
		server = s.server;
		const c = createWorkerClient({ url: s.url, token: TOKEN, backoffMs: 1 });
		expect(await c.pathsTop({ by: 'clients', window: '7d', limit: 25 })).toEqual(TOP);
		expect(s.seen).toEqual(['GET /api/admin/paths/top?by=clients&window=7d&limit=25 true']);
	});

	it('encodes `since` for new paths', async () => {
		const s = await serve(NEW);
		server = s.server;
		const c = createWorkerClient({ url: s.url, token: TOKEN, backoffMs: 1 });
		expect(await c.pathsNew({ since: '2026-12-01T00:00:00+01:00', limit: 10 })).toEqual(NEW);
		expect(s.seen).toEqual([
			'GET /api/admin/paths/new?since=2026-12-01T00%3A00%3A00%2B01%3A00&limit=10 true',
		]);
	});

	it('refuses an answer that does not match the contract', async () => {
		const s = await serve({ ...TOP, items: [{ path: '/x', requests: -1 }] });
		server = s.server;
		const c = createWorkerClient({ url: s.url, token: TOKEN, backoffMs: 1 });
		await expect(c.pathsTop({ by: 'requests', window: '24h', limit: 5 })).rejects.toBeInstanceOf(
			UpstreamError,
		);
	});
});
