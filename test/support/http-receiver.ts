/**
 * A local HTTP endpoint standing in for a webhook, Slack or PagerDuty receiver: records every
 * request (raw body included) and answers with a scripted sequence of statuses (then 200).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = {
	method: string;
	path: string;
	headers: Record<string, string>;
	raw: string;
	status: number;
};

export type Receiver = {
	url: string;
	received: Received[];
	/** Requests answered 2xx, bodies parsed. */
	accepted(): unknown[];
	/** The next answers, in order; 200 once they run out. */
	script(statuses: number[]): void;
	close(): Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
	const received: Received[] = [];
	let queue: number[] = [];
	const server: Server = createServer(async (req, res) => {
		const chunks: Buffer[] = [];
		for await (const c of req) chunks.push(c as Buffer);
		const status = queue.shift() ?? 200;
		const headers: Record<string, string> = {};
		for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
		received.push({
			method: req.method ?? '',
			path: req.url ?? '',
			headers,
			raw: Buffer.concat(chunks).toString('utf8'),
			status,
		});
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(status < 300 ? '{"status":"success"}' : '{"error":"boom"}');
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		received,
		accepted: () => received.filter((r) => r.status < 300).map((r) => JSON.parse(r.raw) as unknown),
		script: (s) => {
			queue = [...s];
		},
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(() => r());
			}),
	};
}
