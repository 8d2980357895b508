/**
 * The benchmarks' reference: the smallest honest per-IP Durable Object counter. It takes the same
 * `POST /record` bodies as pathwatch, checks their shape, makes one RPC per distinct IP of a
 * request (all in parallel) and upserts one row per event. No ids, no normalisation, no
 * reporting, no fallback: what pathwatch's ingest is measured against.
 *
 * `POST /job` is the jobs benchmark's reference: for a given list of IPs (no registry, no job
 * state), `backup` exports every counter and writes the batch as one R2 part, read back and
 * checked; `cleanup` does the same and then deletes each counter whose total did not move since
 * its export. The least any archive-then-delete job must do per IP under the same workerd.
 */
import { DurableObject } from 'cloudflare:workers';
import { sha256Hex } from '../../../worker/src/adapters/archive-store.ts';
import { mapLimit } from '../../../worker/src/contract/map-limit.ts';

type Event = { ip: string; path: string; method: string; timestamp?: number };
type Hit = { method: string; path: string; count: number; last_seen: number };
type Dump = { ip: string; total: number; hits: Hit[] };

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

	exportAll(): Dump {
		const hits = this.ctx.storage.sql.exec<Hit>('SELECT method, path, count, last_seen FROM hits').toArray();
		return { ip: this.ctx.id.name ?? '', total: hits.reduce((a, h) => a + h.count, 0), hits };
	}

	/** Deletes everything if the total is still `total` (nothing recorded since the export). */
	async purge(total: number): Promise<boolean> {
		const row = this.ctx.storage.sql
			.exec<{ n: number }>('SELECT coalesce(sum(count), 0) AS n FROM hits')
			.one();
		if (row.n !== total) return false;
		await this.ctx.storage.deleteAll();
		return true;
	}
}

type JobBody = { op: 'backup' | 'cleanup'; ips: string[]; concurrency: number; part: string };

async function runJob(env: Env, job: JobBody): Promise<{ exported: number; purged: number }> {
	const dumps = await mapLimit(job.ips, job.concurrency, (ip) => env.COUNTER.getByName(ip).exportAll());
	const part = new TextEncoder().encode(dumps.map((d) => JSON.stringify(d)).join('\n'));
	const written = await sha256Hex(part);
	await env.ARCHIVE.put(job.part, part);
	const back = await env.ARCHIVE.get(job.part);
	if (!back || (await sha256Hex(new Uint8Array(await back.arrayBuffer()))) !== written)
		throw new Error(`part ${job.part} did not read back`);
	if (job.op === 'backup') return { exported: dumps.length, purged: 0 };
	const purged = await mapLimit(dumps, job.concurrency, (d) => env.COUNTER.getByName(d.ip).purge(d.total));
	return { exported: dumps.length, purged: purged.filter(Boolean).length };
}

function isJob(b: unknown): b is JobBody {
	if (typeof b !== 'object' || b === null) return false;
	const r = b as Record<string, unknown>;
	return (
		(r.op === 'backup' || r.op === 'cleanup') &&
		Array.isArray(r.ips) &&
		r.ips.every((ip) => typeof ip === 'string') &&
		typeof r.concurrency === 'number' &&
		typeof r.part === 'string'
	);
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
		if (url.pathname === '/job' && req.method === 'POST') {
			const job: unknown = await req.json().catch(() => null);
			if (!isJob(job))
				return Response.json({ error: { code: 'bad_request', message: 'invalid job' } }, { status: 400 });
			return Response.json(await runJob(env, job));
		}
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
