/**
 * Worker settings are parsed once, at the edge (worker/src/env.ts): defaults for unset vars (no
 * NaN), a 500 `invalid_config` naming every bad var, one parse per env object, and the parsed
 * values reach the code that uses them (here: the breaker threshold).
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { createApp } from '../../worker/src/app.ts';
import { ErrorBodySchema, SnapshotSchema } from '../../worker/src/contract/index.ts';
import { truncateText } from '../../worker/src/contract/text.ts';
import { type Bindings, parseSettings, settingsOf } from '../../worker/src/env.ts';
import { freshIp, recordRequest } from './ingest-helpers.ts';

describe('parseSettings', () => {
	it('gives every unset variable its default (DO_TIMEOUT_MS is 2000, never NaN)', () => {
		const r = parseSettings({});
		if (!r.ok) throw new Error(r.error);
		expect(r.settings).toMatchObject({
			shardCount: 4,
			flushIntervalMs: 60_000,
			maxPathsPerIp: 1000,
			doTimeoutMs: 2000,
			breaker: { failureThreshold: 5, windowMs: 300_000, cooldownMs: 30_000, maxOpenMs: 3_600_000 },
			monitorIntervalMinutes: 5,
			ingestToken: null,
			faults: null,
		});
		const empty = parseSettings({ DO_TIMEOUT_MS: '', INGEST_TOKEN: '' });
		expect(empty.ok && empty.settings.doTimeoutMs).toBe(2000);
		expect(empty.ok && empty.settings.ingestToken).toBeNull();
	});

	it('reads the strings wrangler passes', () => {
		const r = parseSettings({
			SHARD_COUNT: ' 16 ',
			DO_TIMEOUT_MS: '750',
			BREAKER_FAILURE_THRESHOLD: '2',
			INGEST_TOKEN: 't',
		});
		expect(r.ok && r.settings).toMatchObject({
			shardCount: 16,
			doTimeoutMs: 750,
			breaker: { failureThreshold: 2 },
			ingestToken: 't',
		});
	});

	it.each([
		[{ SHARD_COUNT: 'four' }, ['SHARD_COUNT must be a number']],
		[
			{ SHARD_COUNT: '0', DO_TIMEOUT_MS: '1.5' },
			['SHARD_COUNT must be at least 1', 'DO_TIMEOUT_MS must be an integer'],
		],
		[{ FLUSH_INTERVAL_MS: '-1' }, ['FLUSH_INTERVAL_MS must be at least 0']],
		[{ SHARD_COUNT: '257' }, ['SHARD_COUNT must be at most 256']],
		[{ PATH_RULES: '{"patterns":["^([a-z]+)+$"]}' }, ['PATH_RULES.patterns[0]', 'nested quantifiers']],
		[{ PATHWATCH_FAULTS: 'fail=2' }, ['PATHWATCH_FAULTS: fail must be a probability']],
	])('refuses %j naming the variable', (vars, messages) => {
		const r = parseSettings(vars);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		for (const m of messages) expect(r.error).toContain(m);
	});

	it('parses once per env object', () => {
		const a = { ...env, DO_TIMEOUT_MS: '900' };
		expect(settingsOf(a)).toBe(settingsOf(a));
		expect(settingsOf({ ...a })).not.toBe(settingsOf(a));
		expect(settingsOf({ ...a }).doTimeoutMs).toBe(900);
	});
});

describe('settings at the edge', () => {
	const app = createApp();

	async function post(vars: Record<string, string>, body: unknown) {
		const ctx = createExecutionContext();
		const testEnv: Bindings = Object.assign(Object.create(null), env, { FLUSH_INTERVAL_MS: '0' }, vars);
		const res = await app.fetch(recordRequest(body), testEnv, ctx);
		await waitOnExecutionContext(ctx);
		return res;
	}

	it.each([
		[{ DO_TIMEOUT_MS: 'soon' }, 'DO_TIMEOUT_MS'],
		[{ PATH_RULES: JSON.stringify({ patterns: ['^([a-z]+)+$'] }) }, 'PATH_RULES.patterns[0] "^([a-z]+)+$"'],
	])('answers 500 invalid_config naming %j, and stores nothing', async (vars, named) => {
		const ip = freshIp();
		const res = await post(vars, { ip, path: '/x', method: 'GET' });
		expect(res.status).toBe(500);
		const { error } = ErrorBodySchema.parse(await res.json());
		expect(error.code).toBe('invalid_config');
		expect(error.message).toContain(named);
		expect((await env.PATH_COLLECTOR.getByName(ip).stats()).totalRequests).toBe(0);
	});

	it('hands the breaker its configured threshold', async () => {
		// Two failed Durable Object calls open a breaker whose threshold is 2 (the default is 5).
		const vars = { PATHWATCH_FAULTS: 'fail=1', BREAKER_FAILURE_THRESHOLD: '2' };
		for (let i = 0; i < 2; i++)
			expect((await post(vars, { ip: freshIp(), path: '/x', method: 'GET' })).status).toBe(202);
		await flushFrontMetrics(env);
		const res = await exports.default.fetch('http://collector/api/admin/snapshot', {
			headers: { Authorization: 'Bearer test-admin-token' },
		});
		expect(SnapshotSchema.parse(await res.json()).breaker.state).toBe('open');
	});
});

describe('truncateText', () => {
	it.each([
		['short', 10, 'short'],
		['abcdef', 3, 'abc'],
		['ab😀cd', 3, 'ab'],
		['ab😀cd', 4, 'ab😀'],
		['😀😀', 1, ''],
		['é́x', 2, 'é́'],
	])('%j cut to %d units → %j', (text, max, want) => {
		expect(truncateText(text, max)).toBe(want);
	});
});
