/**
 * No raw IP in log lines (DESIGN, Privacy): the journal replay and the Worker's 5xx handler log
 * the network prefix, and addresses inside error texts (a platform error may name one) are
 * redacted. The Durable Object binding is the outside world here: a wrapper of the real one
 * fails the way an overloaded or reset object does, with the address in its message.
 */
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendJournal, replayJournal } from '../../worker/src/adapters/journal.ts';
import { createApp } from '../../worker/src/app.ts';
import { redactIps } from '../../worker/src/contract/redact.ts';
import type { Bindings } from '../../worker/src/env.ts';
import { freshIp, freshIp6 } from './ingest-helpers.ts';

/** The real binding, except that every call on a collector fails naming its address. */
function failingCollectors(): Bindings['PATH_COLLECTOR'] {
	const fail = (name: string) => () =>
		Promise.reject(new Error(`Durable Object for ${name} reset because its code was updated`));
	const binding = {
		getByName: (name: string) => ({ record: fail(name), stats: fail(name), paths: fail(name) }),
	};
	return binding as unknown as Bindings['PATH_COLLECTOR'];
}

function captureErrors() {
	const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
	return () => spy.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('log lines carry no raw IP', () => {
	it('a failed journal replay logs the network, not the address', async () => {
		const ip = freshIp();
		const event = {
			id: `lp-${ip}`,
			ip,
			path: '/a',
			method: 'GET',
			userAgent: null,
			country: null,
			timestamp: Date.now(),
		};
		await appendJournal(env.JOURNAL, ip, [event], 'do_error', Date.now());
		const logged = captureErrors();
		const result = await replayJournal({ ...env, PATH_COLLECTOR: failingCollectors() }, { limit: 1000 });
		expect(result.failed).toBeGreaterThan(0);
		const text = logged();
		expect(text).toContain('journal replay failed');
		expect(text).toContain(`${ip.split('.').slice(0, 3).join('.')}.0/24`);
		expect(text).not.toContain(ip);
	});

	it.each([
		['IPv4', freshIp(), (ip: string) => ip],
		['IPv6, percent-encoded', freshIp6(), (ip: string) => encodeURIComponent(ip)],
	])(
		'a 5xx on /api/admin/ips/:ip (%s) logs neither the address in the path nor in the error',
		async (_l, ip, enc) => {
			const logged = captureErrors();
			const res = await createApp().request(
				`http://collector/api/admin/ips/${enc(ip)}`,
				{ headers: { authorization: 'Bearer test-admin-token' } },
				{ ...env, PATH_COLLECTOR: failingCollectors() },
			);
			expect(res.status).toBe(503);
			// The error body the action relays into logs and summaries names no address either.
			expect(await res.text()).not.toContain(ip);
			const text = logged();
			expect(text).toContain('request failed');
			expect(text).toContain('/api/admin/ips/');
			expect(text).not.toContain(ip);
			expect(text).not.toContain(enc(ip));
		},
	);
});

describe('redactIps masks addresses inside any text', () => {
	it.each([
		['x 2001:db8::1 y', 'x 2001:db8::/48 y'],
		['from 192.0.2.7.', 'from 192.0.2.0/24.'],
		// Glued to a word by a colon, or followed by a port: not one address as a whole.
		['record failed:192.0.2.7', 'record failed:192.0.2.0/24'],
		['connect 192.0.2.7:8080 refused', 'connect 192.0.2.0/24:8080 refused'],
		['x:192.0.2.7:8080:2001:db8::5 end', 'x:192.0.2.0/24:8080:2001:db8::/48 end'],
		['::ffff:192.0.2.9', '192.0.2.0/24'],
		// Not addresses: left alone.
		['at 14:52:52.123, v1.2.3', 'at 14:52:52.123, v1.2.3'],
	])('%j', (text, want) => {
		expect(redactIps(text)).toBe(want);
	});

	it('stays linear on a long run of address characters', () => {
		const run = `${'a:'.repeat(100_000)}192.0.2.7`;
		const t0 = performance.now();
		const out = redactIps(run);
		expect(out).not.toContain('192.0.2.7');
		// Generous: a quadratic scan of 200k characters would take minutes, a linear one milliseconds.
		expect(performance.now() - t0).toBeLessThan(2000);
	});
});
