/** Shared helpers for the ingest, collector and fallback tests (requests as a gateway sends them). */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { createApp } from '../../worker/src/app.ts';
import { RecordAcceptedSchema } from '../../worker/src/contract/index.ts';
import type { Bindings } from '../../worker/src/env.ts';

export const TOKEN = 'test-ingest-token';

export type EventInput = {
	ip: string;
	path: string;
	method: string;
	userAgent?: string | null;
	country?: string | null;
	timestamp?: number | string;
	id?: string;
};

export function recordRequest(body: unknown, init: { token?: string | null; raw?: string } = {}): Request {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	const token = init.token === undefined ? TOKEN : init.token;
	if (token !== null) headers.authorization = `Bearer ${token}`;
	return new Request('http://collector/record', {
		method: 'POST',
		headers,
		body: init.raw ?? JSON.stringify(body),
	});
}

/** POSTs through the deployed entry point, as a gateway would. */
export async function post(
	body: unknown,
	init: { token?: string | null; raw?: string } = {},
): Promise<Response> {
	return exports.default.fetch(recordRequest(body, init));
}

/** POSTs and expects 202, returning the parsed acknowledgement. */
export async function record(body: unknown) {
	const res = await post(body);
	if (res.status !== 202) throw new Error(`expected 202, got ${res.status}: ${await res.text()}`);
	return RecordAcceptedSchema.parse(await res.json());
}

/** A fresh IPv4 address per call, so tests sharing storage never share a collector. */
let next = 1;
export function freshIp(): string {
	const n = next++;
	return `198.51.${(n >> 8) & 255}.${n & 255}`;
}

/** A fresh address in 2001:db8::/32 (documentation prefix), in canonical form. */
export function freshIp6(): string {
	return `2001:db8::${(next++).toString(16)}`;
}

export function collector(ip: string) {
	return env.PATH_COLLECTOR.getByName(ip);
}

/** Every journal key currently in KV. */
export async function journalKeys(): Promise<string[]> {
	const keys: string[] = [];
	let cursor: string | undefined;
	do {
		const page = await env.JOURNAL.list({ prefix: 'journal/', cursor });
		keys.push(...page.keys.map((k) => k.name));
		cursor = page.list_complete ? undefined : page.cursor;
	} while (cursor);
	return keys;
}

const app = createApp();

/**
 * Records through the app with overridden variables (the test pool's bindings are fixed per
 * project), e.g. `PATHWATCH_FAULTS` or a shorter `DO_TIMEOUT_MS`. A zero flush interval makes
 * the front Worker's batches flush at once, so waiting for the execution context does not wait
 * out the production interval. Expects a 202 and returns its parsed body.
 */
export async function recordWithVars(body: unknown, vars: Record<string, string> = {}) {
	const ctx = createExecutionContext();
	const testEnv: Bindings = Object.assign(Object.create(null), env, { FLUSH_INTERVAL_MS: '0' }, vars);
	const res = await app.fetch(recordRequest(body), testEnv, ctx);
	await waitOnExecutionContext(ctx);
	if (res.status !== 202) throw new Error(`expected 202, got ${res.status}: ${await res.text()}`);
	return RecordAcceptedSchema.parse(await res.json());
}
