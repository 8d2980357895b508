/**
 * `POST /record`: one event or `{events:[…]}` (≤ 1000). The request is checked in order —
 * token (401), Content-Type (415), size (413), JSON and events (400) — validated as a whole
 * (all-or-nothing: one bad event rejects the request and nothing is stored), normalised, and
 * dispatched with one Durable Object call per distinct IP. A refused request is counted by
 * reason and never enters the record SLI; only requests that passed every check are measured.
 */
import { Hono } from 'hono';
import { dispatchEvents, isolateBreakerPort } from '../adapters/collector-client.ts';
import { observeRecord, type RecordOutcome } from '../adapters/front-metrics.ts';
import { relayCollectorReports } from '../adapters/report-relay.ts';
import type { RecordAccepted } from '../contract/index.ts';
import type { RefusalReason } from '../contract/refusals.ts';
import { bearerToken, tokensMatch } from '../core/auth.ts';
import { UpstreamError, UserError } from '../core/errors.ts';
import { MAX_BODY_BYTES, validateRecordBody } from '../core/record-schema.ts';
import { type AppEnv, type Settings, settingsOf } from '../env.ts';
import { executionContextOf } from './execution-context.ts';

export const recordRoutes = new Hono<AppEnv>();

function authorize(settings: Settings, header: string | undefined): void {
	if (settings.ingestToken === null) return;
	const token = bearerToken(header);
	if (token === null || !tokensMatch(token, settings.ingestToken)) {
		throw new UserError(401, 'unauthorized', 'send Authorization: Bearer <INGEST_TOKEN>');
	}
}

/** `application/json`, parameters (charset) allowed; anything else, or nothing, is a 415. */
function requireJson(contentType: string | undefined): void {
	const mediaType = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase();
	if (mediaType !== 'application/json') {
		throw new UserError(415, 'unsupported_media_type', 'send the body as Content-Type: application/json', {
			contentType: contentType ?? null,
		});
	}
}

const tooLarge = (bytes: number | string) =>
	new UserError(413, 'payload_too_large', `the body exceeds ${MAX_BODY_BYTES} bytes`, {
		bytes,
		limit: MAX_BODY_BYTES,
	});

/**
 * Reads the body without ever buffering more than the limit. A declared Content-Length within
 * the limit bounds the body (the HTTP layer delivers no more than declared), so it is read in
 * one call; without one (chunked), the stream is read chunk by chunk and cut at the limit.
 */
async function readJson(req: Request): Promise<unknown> {
	const header = req.headers.get('content-length');
	const declared = Number(header ?? 0);
	if (declared > MAX_BODY_BYTES) throw tooLarge(declared);
	const bytes =
		header !== null && declared >= 0 ? new Uint8Array(await req.arrayBuffer()) : await readCapped(req);
	if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge(bytes.byteLength);
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
	} catch {
		throw new UserError(400, 'invalid_json', 'the body is not valid UTF-8 JSON');
	}
}

/** A body of unknown length, read until it ends or passes the limit (then a 413, nothing kept). */
async function readCapped(req: Request): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (req.body) {
		const reader = req.body.getReader();
		for (let r = await reader.read(); !r.done; r = await reader.read()) {
			size += r.value.byteLength;
			if (size > MAX_BODY_BYTES) {
				await reader.cancel();
				throw tooLarge(`more than ${MAX_BODY_BYTES}`);
			}
			chunks.push(r.value);
		}
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const c of chunks) {
		bytes.set(c, offset);
		offset += c.byteLength;
	}
	return bytes;
}

const REFUSALS: Partial<Record<UserError['status'], RefusalReason>> = {
	401: 'unauthorized',
	400: 'invalid',
	413: 'too_large',
	415: 'unsupported_media_type',
};

/** How a failed request is counted: a refusal (the caller's), or a failure of the collector. */
function classify(err: unknown): Pick<RecordOutcome, 'refused' | 'error'> {
	const refused = err instanceof UserError ? REFUSALS[err.status] : undefined;
	if (refused) return { refused };
	if (err instanceof UpstreamError && err.code === 'journal_unavailable')
		return { error: { reason: 'journal_error' } };
	return { error: { reason: 'internal' } };
}

/** Validates and stores the request's events; fills in what the front Worker measures. */
async function recordRequest(
	req: Request,
	env: AppEnv['Bindings'],
	settings: Settings,
	outcome: RecordOutcome,
	started: number,
): Promise<RecordAccepted> {
	authorize(settings, req.headers.get('Authorization') ?? undefined);
	requireJson(req.headers.get('Content-Type') ?? undefined);
	const body = await readJson(req);
	const events = validateRecordBody(body, {
		now: started,
		rules: settings.pathRules,
		assignId: () => crypto.randomUUID(),
	});
	const r = await dispatchEvents(env, events, {
		breaker: isolateBreakerPort,
		breakerConfig: settings.breaker,
		timeoutMs: settings.doTimeoutMs,
		faults: settings.faults,
		now: Date.now,
		random: Math.random,
	});
	relayCollectorReports(env, r.reports, r.ipCalls);
	outcome.pathErrors = r.pathErrors;
	outcome.kvWrites = r.kvWrites;
	outcome.journaled = r.journaled;
	outcome.accepted = r.recorded + r.duplicates + r.journaled;
	if (r.failures.do_timeout > 0) outcome.error = { reason: 'do_timeout' };
	else if (r.failures.do_error > 0) outcome.error = { reason: 'do_error' };
	else if (r.failures.breaker_open > 0) outcome.error = { reason: 'breaker_open' };
	if (r.lost.length > 0) {
		throw new UpstreamError(
			503,
			'journal_unavailable',
			'some events could not be stored; retry them with the same ids',
			{
				stored: outcome.accepted,
				notStoredIndexes: r.lost.map((e) => events.indexOf(e)),
				notStoredIds: r.lost.map((e) => e.id),
			},
		);
	}
	return { accepted: outcome.accepted, duplicates: r.duplicates, journaled: r.journaled };
}

recordRoutes.post('/record', async (c) => {
	const started = Date.now();
	const outcome: RecordOutcome = { latencyMs: 0, accepted: 0, journaled: 0, kvWrites: 0 };
	try {
		// Bad settings throw here: a server failure, counted as such (not a refusal).
		const settings = settingsOf(c.env);
		return c.json(await recordRequest(c.req.raw, c.env, settings, outcome, started), 202);
	} catch (err) {
		Object.assign(outcome, classify(err));
		throw err;
	} finally {
		outcome.latencyMs = Date.now() - started;
		const ctx = executionContextOf(c);
		if (ctx) observeRecord(c.env, ctx, outcome);
	}
});
