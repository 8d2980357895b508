/**
 * `POST /record`: one event or `{events:[…]}` (≤ 1000). The body is read with a byte limit,
 * validated as a whole (all-or-nothing: one bad event rejects the request and nothing is
 * stored), normalised, and dispatched with one Durable Object call per distinct IP.
 */
import { Hono } from 'hono';
import { dispatchEvents, isolateBreakerPort } from '../adapters/collector-client.ts';
import { observeRecord, type RecordOutcome, type WaitUntil } from '../adapters/front-metrics.ts';
import { relayCollectorReports } from '../adapters/report-relay.ts';
import type { RecordAccepted } from '../contract/index.ts';
import { bearerToken, tokensMatch } from '../core/auth.ts';
import { UpstreamError, UserError } from '../core/errors.ts';
import { type FaultPlan, parseFaults } from '../core/faults.ts';
import { type PathRules, parsePathRules } from '../core/normalize-path.ts';
import { MAX_BODY_BYTES, validateRecordBody } from '../core/record-schema.ts';
import type { AppEnv, Bindings } from '../env.ts';

export const recordRoutes = new Hono<AppEnv>();

function authorize(env: Bindings, header: string | undefined): void {
	if (!env.INGEST_TOKEN) return;
	const token = bearerToken(header);
	if (token === null || !tokensMatch(token, env.INGEST_TOKEN)) {
		throw new UserError(401, 'unauthorized', 'send Authorization: Bearer <INGEST_TOKEN>');
	}
}

const tooLarge = (bytes: number | string) =>
	new UserError(413, 'payload_too_large', `the body exceeds ${MAX_BODY_BYTES} bytes`, {
		bytes,
		limit: MAX_BODY_BYTES,
	});

/** Reads the body without ever buffering more than the limit (Content-Length can lie or be absent). */
async function readJson(req: Request): Promise<unknown> {
	const declared = Number(req.headers.get('content-length') ?? 0);
	if (declared > MAX_BODY_BYTES) throw tooLarge(declared);
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
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
	} catch {
		throw new UserError(400, 'invalid_json', 'the body is not valid UTF-8 JSON');
	}
}

// Per isolate: PATH_RULES is parsed and its patterns compiled once per distinct value, not per request.
let compiledRules: { raw: unknown; result: ReturnType<typeof parsePathRules> } | null = null;

function pathRulesOf(raw: unknown): ReturnType<typeof parsePathRules> {
	if (compiledRules === null || compiledRules.raw !== raw)
		compiledRules = { raw, result: parsePathRules(raw) };
	return compiledRules.result;
}

/** Operator configuration, checked on every request so a bad value fails loudly, not silently. */
function readConfig(env: Bindings): { rules: PathRules; faults: FaultPlan | null } {
	// PATH_RULES is optional and undeclared in wrangler.jsonc (defaults apply), hence the `in` check.
	const rules = pathRulesOf('PATH_RULES' in env ? env.PATH_RULES : undefined);
	if (!rules.ok) throw new UpstreamError(500, 'invalid_config', rules.error);
	try {
		return { rules: rules.rules, faults: parseFaults(env.PATHWATCH_FAULTS) };
	} catch (err) {
		throw new UpstreamError(500, 'invalid_config', err instanceof Error ? err.message : String(err));
	}
}

function failureReason(err: unknown): NonNullable<RecordOutcome['error']>['reason'] {
	if (err instanceof UserError) return err.status === 401 ? 'unauthorized' : 'bad_request';
	if (err instanceof UpstreamError && err.code === 'journal_unavailable') return 'journal_error';
	return 'internal';
}

function executionContext(c: { executionCtx: WaitUntil }): WaitUntil | null {
	try {
		return c.executionCtx;
	} catch {
		// `app.request()` without an execution context: there is nowhere to flush metrics to.
		return null;
	}
}

recordRoutes.post('/record', async (c) => {
	const started = Date.now();
	const outcome: RecordOutcome = { latencyMs: 0, accepted: 0, journaled: 0, kvWrites: 0 };
	try {
		authorize(c.env, c.req.header('Authorization'));
		const { rules, faults } = readConfig(c.env);
		const body = await readJson(c.req.raw);
		const events = validateRecordBody(body, { now: started, rules, assignId: () => crypto.randomUUID() });
		const r = await dispatchEvents(c.env, events, {
			breaker: isolateBreakerPort,
			timeoutMs: Number(c.env.DO_TIMEOUT_MS),
			faults,
			now: Date.now,
			random: Math.random,
		});
		relayCollectorReports(c.env, r.reports);
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
		const body202: RecordAccepted = {
			accepted: outcome.accepted,
			duplicates: r.duplicates,
			journaled: r.journaled,
		};
		return c.json(body202, 202);
	} catch (err) {
		outcome.error = { reason: failureReason(err) };
		throw err;
	} finally {
		outcome.latencyMs = Date.now() - started;
		const ctx = executionContext(c);
		if (ctx) observeRecord(c.env, ctx, outcome);
	}
});
