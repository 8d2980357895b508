/**
 * A stand-in for the collector's admin API on 127.0.0.1: serves whatever payloads the test
 * scripts (snapshot, time series, usage, IP details, top IPs), takes the monitor's heartbeat
 * (204), checks the bearer token, and can fail on demand. Only the outside world is faked; the monitor's own code runs for real.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IpDetail, Snapshot, Timeseries, UsageDay } from '../../worker/src/contract/index.ts';

export type CollectorState = {
	snapshot: Snapshot;
	timeseries: Timeseries;
	usage: UsageDay[];
	ips?: Record<string, IpDetail>;
};

export type FakeCollector = {
	url: string;
	token: string;
	set(state: CollectorState): void;
	/** The next `n` requests fail with `status` (0 = connection reset). */
	failNext(n: number, status: number): void;
	requests: string[];
	/** Heartbeat bodies received, in order. */
	heartbeats: unknown[];
	/** Answer heartbeats with this status from now on (default 204). */
	answerHeartbeats(status: number): void;
	close(): Promise<void>;
};

export async function startFakeCollector(token = 'test-admin-token'): Promise<FakeCollector> {
	let state: CollectorState | null = null;
	let failures: { left: number; status: number } = { left: 0, status: 503 };
	const requests: string[] = [];
	const heartbeats: unknown[] = [];
	let heartbeatStatus = 204;
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		requests.push(`${req.method} ${url.pathname}${url.search}`);
		const send = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (failures.left > 0) {
			failures.left--;
			if (failures.status === 0) return void req.socket.destroy();
			return send(failures.status, { error: { code: 'unavailable', message: 'injected failure' } });
		}
		if (req.headers.authorization !== `Bearer ${token}`)
			return send(401, { error: { code: 'unauthorized', message: 'admin token required' } });
		if (url.pathname === '/api/admin/heartbeat' && req.method === 'POST') {
			const chunks: Buffer[] = [];
			for await (const c of req) chunks.push(c as Buffer);
			if (heartbeatStatus !== 204)
				return send(heartbeatStatus, { error: { code: 'unavailable', message: 'heartbeat not stored' } });
			heartbeats.push(JSON.parse(Buffer.concat(chunks).toString()));
			res.writeHead(204);
			return void res.end();
		}
		if (!state) return send(503, { error: { code: 'no_data', message: 'no scenario loaded' } });
		if (url.pathname === '/api/admin/snapshot') return send(200, state.snapshot);
		if (url.pathname === '/api/admin/timeseries') return send(200, state.timeseries);
		if (url.pathname === '/api/admin/usage') return send(200, { days: state.usage });
		if (url.pathname === '/api/admin/top')
			return send(200, { by: url.searchParams.get('by'), items: state.snapshot.topIps });
		const ip = /^\/api\/admin\/ips\/(.+)$/.exec(url.pathname)?.[1];
		const detail = ip ? state.ips?.[decodeURIComponent(ip)] : undefined;
		if (detail) return send(200, detail);
		return send(404, { error: { code: 'not_found', message: url.pathname } });
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		token,
		set: (s) => {
			state = s;
		},
		failNext: (n, status) => {
			failures = { left: n, status };
		},
		requests,
		heartbeats,
		answerHeartbeats: (status) => {
			heartbeatStatus = status;
		},
		close: () => new Promise((r) => server.close(() => r())),
	};
}
