/**
 * `POST /record` body validation. The whole body is validated before anything is stored: one
 * bad event rejects the request (all-or-nothing), and the error lists every offending event.
 */
import { z } from 'zod';
import { canonicalIp } from '../contract/ip.ts';
import { truncateText } from '../contract/text.ts';
import { DAY_MS } from '../contract/time.ts';
import { UserError } from './errors.ts';
import { normalizePath, type PathRules } from './normalize-path.ts';
import type { NormalizedEvent } from './rpc.ts';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_BATCH_EVENTS = 1000;
export const MAX_PATH_LENGTH = 2048;
/** Longer user agents are truncated: they are metadata, not worth rejecting an event over. */
export const MAX_USER_AGENT_LENGTH = 512;
export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const EARLIEST_TIMESTAMP = Date.UTC(2000, 0, 1);
const MAX_CLOCK_SKEW_MS = DAY_MS;
/** C0, DEL and C1 control characters (Unicode category Cc). */
const CONTROL_CHARS = /\p{Cc}/u;

const COUNTRY_PATTERN = /^[A-Za-z0-9]{2}$/;
const EVENT_ID_PATTERN = /^[\x21-\x7e]{1,128}$/;

/** One event as a client sends it. Unknown fields are ignored. */
export const RecordEventSchema = z.object({
	ip: z.string(),
	path: z.string(),
	method: z.string(),
	userAgent: z.string().nullish(),
	country: z.string().regex(COUNTRY_PATTERN, 'a two-character country code').nullish(),
	/** Epoch milliseconds or an ISO 8601 date-time; defaults to the time of receipt. */
	timestamp: z.union([z.number().int(), z.iso.datetime({ offset: true })]).optional(),
	/** Client-chosen idempotency key: an event whose id was already recorded is not counted again. */
	id: z.string().regex(EVENT_ID_PATTERN, '1–128 printable ASCII characters without spaces').optional(),
});
export type RecordEventInput = z.infer<typeof RecordEventSchema>;

/**
 * The common event (string fields, a numeric timestamp or none) read without zod, which costs
 * more than the rest of a batch's validation together. Accepts only what RecordEventSchema
 * accepts, and returns what it would; anything else (ISO timestamps, every invalid event) goes
 * to the schema, so the errors stay the schema's.
 */
export function parseCommonEvent(item: unknown): RecordEventInput | null {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
	const { ip, path, method, userAgent, country, timestamp, id } = item as Record<string, unknown>;
	if (typeof ip !== 'string' || typeof path !== 'string' || typeof method !== 'string') return null;
	if (userAgent !== undefined && userAgent !== null && typeof userAgent !== 'string') return null;
	if (
		country !== undefined &&
		country !== null &&
		!(typeof country === 'string' && COUNTRY_PATTERN.test(country))
	)
		return null;
	if (timestamp !== undefined && !Number.isSafeInteger(timestamp)) return null;
	if (id !== undefined && !(typeof id === 'string' && EVENT_ID_PATTERN.test(id))) return null;
	return {
		ip,
		path,
		method,
		userAgent: userAgent as string | null | undefined,
		country: country as string | null | undefined,
		timestamp: timestamp as number | undefined,
		id: id as string | undefined,
	};
}

export type RecordIssue = { index: number; path: (string | number)[]; code: string; message: string };

export type ValidateOptions = { now: number; rules: PathRules; assignId: () => string };

type Check = { code: string; field: string; message: string } | null;

function checkPath(path: string): Check {
	if (CONTROL_CHARS.test(path))
		return { code: 'control_characters', field: 'path', message: 'path contains control characters' };
	if (path.length > MAX_PATH_LENGTH)
		return {
			code: 'path_too_long',
			field: 'path',
			message: `path is longer than ${MAX_PATH_LENGTH} characters`,
		};
	if (!path.startsWith('/'))
		return { code: 'invalid_path', field: 'path', message: "path must start with '/'" };
	return null;
}

function checkEvent(e: RecordEventInput, ip: string | null, now: number): Check {
	if (ip === null) return { code: 'invalid_ip', field: 'ip', message: 'not an IPv4 or IPv6 address' };
	if (!(METHODS as readonly string[]).includes(e.method.toUpperCase()))
		return {
			code: 'invalid_method',
			field: 'method',
			message: `method must be one of ${METHODS.join(', ')}`,
		};
	const pathProblem = checkPath(e.path);
	if (pathProblem) return pathProblem;
	if (e.userAgent && CONTROL_CHARS.test(e.userAgent))
		return {
			code: 'control_characters',
			field: 'userAgent',
			message: 'userAgent contains control characters',
		};
	const ts = typeof e.timestamp === 'string' ? Date.parse(e.timestamp) : e.timestamp;
	if (ts !== undefined && (ts < EARLIEST_TIMESTAMP || ts > now + MAX_CLOCK_SKEW_MS))
		return {
			code: 'invalid_timestamp',
			field: 'timestamp',
			message: 'timestamp must be epoch milliseconds (or ISO 8601) between 2000 and now',
		};
	return null;
}

type ValidEvent = { e: RecordEventInput; ip: string };

function toNormalized({ e, ip }: ValidEvent, opts: ValidateOptions): NormalizedEvent {
	const ts = typeof e.timestamp === 'string' ? Date.parse(e.timestamp) : e.timestamp;
	return {
		id: e.id ?? opts.assignId(),
		ip,
		path: normalizePath(e.path, opts.rules),
		method: e.method.toUpperCase(),
		userAgent: e.userAgent ? truncateText(e.userAgent, MAX_USER_AGENT_LENGTH) : null,
		country: e.country ? e.country.toUpperCase() : null,
		timestamp: ts ?? opts.now,
	};
}

/** Splits the body into raw events: one event, or `{events:[…]}` of 1…1000. */
function splitBody(body: unknown): { batch: boolean; items: unknown[] } {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw new UserError(400, 'invalid_event', 'body must be one event object or {"events": [...]}');
	}
	if (!('events' in body)) return { batch: false, items: [body] };
	const { events } = body;
	if (!Array.isArray(events)) throw new UserError(400, 'invalid_event', '"events" must be an array');
	if (events.length > MAX_BATCH_EVENTS) {
		throw new UserError(413, 'payload_too_large', `a batch holds at most ${MAX_BATCH_EVENTS} events`, {
			events: events.length,
			limit: MAX_BATCH_EVENTS,
		});
	}
	if (events.length === 0) throw new UserError(400, 'invalid_event', '"events" must not be empty');
	return { batch: true, items: events };
}

function collectIssues(
	items: unknown[],
	batch: boolean,
	now: number,
): { valid: ValidEvent[]; issues: RecordIssue[] } {
	const valid: ValidEvent[] = [];
	const issues: RecordIssue[] = [];
	items.forEach((item, index) => {
		const prefix = batch ? ['events', index] : [];
		let e = parseCommonEvent(item);
		if (e === null) {
			const parsed = RecordEventSchema.safeParse(item);
			if (!parsed.success) {
				for (const zi of parsed.error.issues) {
					const path = [...prefix, ...zi.path.filter((p) => typeof p !== 'symbol')];
					issues.push({ index, path, code: 'invalid_event', message: zi.message });
				}
				return;
			}
			e = parsed.data;
		}
		const ip = canonicalIp(e.ip);
		const problem = checkEvent(e, ip, now);
		if (problem)
			issues.push({ index, path: [...prefix, problem.field], code: problem.code, message: problem.message });
		else if (ip !== null) valid.push({ e, ip });
	});
	return { valid, issues };
}

const MAX_REPORTED_ISSUES = 100;

/**
 * Validates a parsed JSON body and returns normalised events, or throws a UserError: the
 * issue's own code when every issue shares it (`invalid_ip`, `invalid_method`, …), else
 * `invalid_event`; details list the offending indexes and up to 100 issues.
 */
export function validateRecordBody(body: unknown, opts: ValidateOptions): NormalizedEvent[] {
	const { batch, items } = splitBody(body);
	const { valid, issues } = collectIssues(items, batch, opts.now);
	if (issues.length > 0) {
		const codes = new Set(issues.map((i) => i.code));
		const code = codes.size === 1 ? (issues[0]?.code ?? 'invalid_event') : 'invalid_event';
		const indexes = [...new Set(issues.map((i) => i.index))];
		const first = issues[0];
		const where = batch ? `event ${first?.index}` : 'event';
		throw new UserError(400, code, `${where}: ${first?.message}; nothing was recorded`, {
			indexes,
			issues: issues
				.slice(0, MAX_REPORTED_ISSUES)
				.map(({ path, code: c, message }) => ({ path, code: c, message })),
		});
	}
	return valid.map((e) => toNormalized(e, opts));
}
