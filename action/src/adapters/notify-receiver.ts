/**
 * A webhook receiver on 127.0.0.1 for the local demo: it checks each delivery's
 * X-Pathwatch-Signature-256 against the shared secret and keeps a one-line account of what
 * arrived, so the demo can show notifications end to end without any outside service.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signBody } from './notify-channels.ts';

export type WebhookReceiver = {
	url: string;
	/** Environment for the monitor: the variables the demo config's channel names. */
	env: Record<string, string>;
	/** Lines for deliveries received since the last call. */
	drain(): string[];
	close(): Promise<void>;
};

const MAX_BODY = 1_000_000;

function describe(raw: string, valid: boolean): string {
	try {
		const b = JSON.parse(raw) as Record<string, unknown>;
		return `${String(b.transition)} ${String(b.alertname)} (${String(b.level)}, value ${String(b.value)}) → ${String(b.issue_url)}; signature ${valid ? 'valid' : 'INVALID'}`;
	} catch {
		return `unreadable body (${raw.length} bytes); signature ${valid ? 'valid' : 'INVALID'}`;
	}
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
	const secret = randomBytes(16).toString('hex');
	let lines: string[] = [];
	const server = createServer(async (req, res) => {
		const chunks: Buffer[] = [];
		let size = 0;
		for await (const c of req) {
			size += (c as Buffer).length;
			if (size > MAX_BODY) return void res.writeHead(413).end();
			chunks.push(c as Buffer);
		}
		const raw = Buffer.concat(chunks).toString('utf8');
		const expected = Buffer.from(signBody(raw, secret));
		const got = Buffer.from(String(req.headers['x-pathwatch-signature-256'] ?? ''));
		const valid = got.length === expected.length && timingSafeEqual(got, expected);
		lines.push(describe(raw, valid));
		res.writeHead(valid ? 204 : 401).end();
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pathwatch`;
	return {
		url,
		env: { PATHWATCH_DEMO_WEBHOOK_URL: url, PATHWATCH_DEMO_WEBHOOK_SECRET: secret },
		drain: () => {
			const out = lines;
			lines = [];
			return out;
		},
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(() => r());
			}),
	};
}
