/**
 * The ingest benchmark's reference: the smallest honest per-IP Durable Object counter. It takes
 * the same `POST /record` bodies as pathwatch, checks their shape, makes one RPC per distinct IP
 * of a request (all in parallel) and upserts one row per event. No ids, no normalisation, no
 * reporting, no fallback: what pathwatch's ingest is measured against.
 */
import { DurableObject } from 'cloudflare:workers';

type Event = { ip: string; path: string; method: string; timestamp?: number };

export class Counter extends DurableObject<Env> {
	constructor(ctx: DurableObjectState, env: Env) {
		super(ctx, env);
		ctx.storage.sql.exec(
			`CREATE TABLE IF NOT EXISTS hits (method TEXT NOT NULL, path TEXT NOT NULL, count INTEGER NOT NULL,
				last_seen INTEGER NOT NULL, PRIMARY KEY (method, path)) WITHOUT ROWID`,
		);
	}

	record(events: Event[]): number {
		const now = Date.now();
		for (const e of events) {
			this.ctx.storage.sql.exec(
				`INSERT INTO hits (method, path, count, last_seen) VALUES (?, ?, 1, ?)
				ON CONFLICT (method, path) DO UPDATE SET count = count + 1, last_seen = max(last_seen, excluded.last_seen)`,
				e.method,
				e.path,
				e.timestamp ?? now,
			);
		}
		return events.length;
	}
}

function isEvent(e: unknown): e is Event {
	if (typeof e !== 'object' || e === null) return false;
	const r = e as Record<string, unknown>;
	return typeof r.ip === 'string' && typeof r.path === 'string' && typeof r.method === 'string';
}

export default {
	async fetch(req: Request, env: Env): Promise<Response> {
		const url = new URL(req.url);
		if (url.pathname === '/health') return Response.json({ status: 'ok' });
		if (url.pathname !== '/record' || req.method !== 'POST')
			return new Response('not found', { status: 404 });
		const body = (await req.json().catch(() => null)) as { events?: unknown } | null;
		const events: unknown[] = body && Array.isArray(body.events) ? body.events : [body];
		if (events.length === 0 || events.length > 1000 || !events.every(isEvent))
			return Response.json({ error: { code: 'bad_request', message: 'invalid events' } }, { status: 400 });
		const byIp = new Map<string, Event[]>();
		for (const e of events) {
			const list = byIp.get(e.ip);
			if (list) list.push(e);
			else byIp.set(e.ip, [e]);
		}
		const counts = await Promise.all([...byIp].map(([ip, list]) => env.COUNTER.getByName(ip).record(list)));
		return Response.json({ accepted: counts.reduce((a, b) => a + b, 0), journaled: 0 }, { status: 202 });
	},
};
