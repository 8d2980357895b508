/**
 * Open ingest (no INGEST_TOKEN) works, says so once per isolate in the log, and shows in
 * /metrics (`pathwatch_ingest_open`) and the snapshot (`ingestOpen`).
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/src/app.ts';
import { SnapshotSchema } from '../../worker/src/contract/index.ts';
import type { Bindings } from '../../worker/src/env.ts';
import { freshIp } from './ingest-helpers.ts';

const app = createApp();
const ADMIN = { Authorization: 'Bearer test-admin-token' };

async function fetchWith(vars: Record<string, string>, path: string, init: RequestInit = {}) {
	const ctx = createExecutionContext();
	// A zero flush interval sends front metrics at once instead of waiting out the production one.
	const testEnv: Bindings = Object.assign(Object.create(null), env, { FLUSH_INTERVAL_MS: '0' }, vars);
	const res = await app.fetch(new Request(`http://collector${path}`, init), testEnv, ctx);
	await waitOnExecutionContext(ctx);
	return res;
}

const post = (vars: Record<string, string>) =>
	fetchWith(vars, '/record', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ ip: freshIp(), path: '/open', method: 'GET' }),
	});

afterEach(() => vi.restoreAllMocks());

describe('ingest without INGEST_TOKEN', () => {
	it('accepts events without a token, warns once per isolate, and reports itself open', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const open = { INGEST_TOKEN: '' };
		expect((await post(open)).status).toBe(202);
		expect((await post(open)).status).toBe(202);
		// A second env object (a new configuration) parses again but does not warn again.
		expect((await post({ INGEST_TOKEN: '', MAX_PATHS_PER_IP: '500' })).status).toBe(202);
		const warnings = warn.mock.calls.map((args) => JSON.parse(String(args[0])));
		expect(warnings).toEqual([
			expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/ingest is open/) }),
		]);

		const metrics = await (await fetchWith(open, '/metrics', { headers: ADMIN })).text();
		expect(metrics).toMatch(/^pathwatch_ingest_open 1$/m);
		const snapshot = SnapshotSchema.parse(
			await (await fetchWith(open, '/api/admin/snapshot', { headers: ADMIN })).json(),
		);
		expect(snapshot.ingestOpen).toBe(true);
		// With the token configured, the same reads say closed, and a tokenless request is refused.
		expect(await (await fetchWith({}, '/metrics', { headers: ADMIN })).text()).toMatch(
			/^pathwatch_ingest_open 0$/m,
		);
		expect((await post({})).status).toBe(401);
	});
});
