import { listDurableObjectIds } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../worker/src/contract/index.ts';
import { collector, freshIp, journalKeys, post, record, TOKEN } from './ingest-helpers.ts';

/** An IP that already holds one recorded event: rejected requests must leave it at exactly that. */
let known = '';
beforeAll(async () => {
	known = freshIp();
	await record({ ip: known, path: '/seed', method: 'GET' });
});

const ok = () => ({ ip: known, path: '/ok', method: 'GET' });

type Case = { name: string; status: number; code: string; send: () => Promise<Response> };

const longUa = 'x'.repeat(500);
/** 1.25 MiB of spaces, streamed in 64 KiB chunks, with `headers` added. */
function postStream(headers: Record<string, string>): Promise<Response> {
	const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
	let sent = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent++ < 20) controller.enqueue(chunk);
			else controller.close();
		},
	});
	return exports.default.fetch(
		new Request('http://collector/record', {
			method: 'POST',
			headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
			body,
		}),
	);
}

const cases: Case[] = [
	{
		name: 'malformed JSON',
		status: 400,
		code: 'invalid_json',
		send: () => post(null, { raw: '{"ip": "1.2.3.4", ' }),
	},
	{ name: 'an empty body', status: 400, code: 'invalid_json', send: () => post(null, { raw: '' }) },
	{ name: 'a JSON array body', status: 400, code: 'invalid_event', send: () => post([ok()]) },
	{
		name: 'a number where a string belongs',
		status: 400,
		code: 'invalid_event',
		send: () => post({ ...ok(), ip: 12345 }),
	},
	{
		name: 'a missing path',
		status: 400,
		code: 'invalid_event',
		send: () => post({ ip: known, method: 'GET' }),
	},
	{
		name: 'events that is not an array',
		status: 400,
		code: 'invalid_event',
		send: () => post({ events: ok() }),
	},
	{ name: 'an empty batch', status: 400, code: 'invalid_event', send: () => post({ events: [] }) },
	{
		name: 'a country that is not a code',
		status: 400,
		code: 'invalid_event',
		send: () => post({ ...ok(), country: 'Germany' }),
	},
	{
		name: 'an invalid IPv4',
		status: 400,
		code: 'invalid_ip',
		send: () => post({ ...ok(), ip: '256.1.1.1' }),
	},
	{
		name: 'an IPv4 with leading zeros',
		status: 400,
		code: 'invalid_ip',
		send: () => post({ ...ok(), ip: '010.1.1.1' }),
	},
	{
		name: 'an invalid IPv6',
		status: 400,
		code: 'invalid_ip',
		send: () => post({ ...ok(), ip: '2001:db8::g' }),
	},
	{
		name: 'a host name as IP',
		status: 400,
		code: 'invalid_ip',
		send: () => post({ ...ok(), ip: 'example.com' }),
	},
	{
		name: 'an unknown method',
		status: 400,
		code: 'invalid_method',
		send: () => post({ ...ok(), method: 'TRACE' }),
	},
	{
		name: 'an over-long path',
		status: 400,
		code: 'path_too_long',
		send: () => post({ ...ok(), path: `/${'a'.repeat(2048)}` }),
	},
	{
		name: 'a relative path',
		status: 400,
		code: 'invalid_path',
		send: () => post({ ...ok(), path: 'api/x' }),
	},
	{
		name: 'a NUL in the path',
		status: 400,
		code: 'control_characters',
		send: () => post({ ...ok(), path: '/a\u0000b' }),
	},
	{
		name: 'a newline in the user agent',
		status: 400,
		code: 'control_characters',
		send: () => post({ ...ok(), userAgent: 'a\nb' }),
	},
	{
		name: 'a timestamp in seconds',
		status: 400,
		code: 'invalid_timestamp',
		send: () => post({ ...ok(), timestamp: 1_700_000_000 }),
	},
	{ name: 'a missing token', status: 401, code: 'unauthorized', send: () => post(ok(), { token: null }) },
	{
		name: 'a wrong token',
		status: 401,
		code: 'unauthorized',
		send: () => post(ok(), { token: `${TOKEN}x` }),
	},
	{
		name: 'a batch of 1001 events',
		status: 413,
		code: 'payload_too_large',
		send: () => post({ events: Array.from({ length: 1001 }, ok) }),
	},
	{
		name: 'a body over 1 MiB',
		status: 413,
		code: 'payload_too_large',
		send: () =>
			post({
				events: Array.from({ length: 1000 }, () => ({
					...ok(),
					path: `/${'p'.repeat(600)}`,
					userAgent: longUa,
				})),
			}),
	},
	{
		name: 'a streamed body over 1 MiB without Content-Length',
		status: 413,
		code: 'payload_too_large',
		send: () => postStream({}),
	},
	{
		name: 'a streamed body over 1 MiB declaring a small Content-Length',
		status: 413,
		code: 'payload_too_large',
		send: () => postStream({ 'content-length': '2' }),
	},
	...[
		['text/plain', 'text/plain;charset=UTF-8'],
		['a form', 'application/x-www-form-urlencoded'],
		['a JSON lookalike', 'application/jsonp'],
		['no Content-Type', null],
	].map(
		([label, type]): Case => ({
			name: `a valid event sent as ${label}`,
			status: 415,
			code: 'unsupported_media_type',
			send: () => {
				const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` };
				if (type) headers['content-type'] = type;
				const body = new TextEncoder().encode(JSON.stringify(ok()));
				return exports.default.fetch(
					new Request('http://collector/record', { method: 'POST', headers, body }),
				);
			},
		}),
	),
];

describe('POST /record rejects bad input with a specific 4xx and stores nothing', () => {
	it.each(cases)('$name → $status $code', async ({ status, code, send }) => {
		const objectsBefore = (await listDurableObjectIds(env.PATH_COLLECTOR)).length;
		const res = await send();
		expect(res.status).toBe(status);
		const body = ErrorBodySchema.parse(await res.json());
		expect(body.error.code).toBe(code);
		expect(body.error.message.length).toBeGreaterThan(0);
		expect((await listDurableObjectIds(env.PATH_COLLECTOR)).length).toBe(objectsBefore);
		expect(await journalKeys()).toEqual([]);
		expect((await collector(known).stats()).totalRequests).toBe(1);
	});

	it('rejects a whole batch when one event is bad, naming its index and path', async () => {
		const other = freshIp();
		const res = await post({
			events: [
				{ ip: other, path: '/fine', method: 'GET' },
				{ ...ok(), method: 'BREW' },
			],
		});
		expect(res.status).toBe(400);
		const { error } = ErrorBodySchema.parse(await res.json());
		expect(error.code).toBe('invalid_method');
		expect(error.details).toMatchObject({
			indexes: [1],
			issues: [{ path: ['events', 1, 'method'], code: 'invalid_method' }],
		});
		const ids = await listDurableObjectIds(env.PATH_COLLECTOR);
		expect(ids.some((id) => id.equals(env.PATH_COLLECTOR.idFromName(other)))).toBe(false);
	});

	it('lists every offending event and falls back to invalid_event when the problems differ', async () => {
		const res = await post({ events: [ok(), { ...ok(), ip: 'nope' }, ok(), { ...ok(), path: 42 }] });
		expect(res.status).toBe(400);
		const { error } = ErrorBodySchema.parse(await res.json());
		expect(error.code).toBe('invalid_event');
		expect(error.details).toMatchObject({
			indexes: [1, 3],
			issues: [
				{ path: ['events', 1, 'ip'], code: 'invalid_ip' },
				{ path: ['events', 3, 'path'], code: 'invalid_event' },
			],
		});
		expect((await collector(known).stats()).totalRequests).toBe(1);
	});
});
