/**
 * HTTP to the collector Worker's admin API: the bearer token, a per-request timeout, one retry
 * policy and one error type. Every failure is an UpstreamError carrying the HTTP status (0 when
 * the Worker did not answer) and the Worker's own error message when it sent one.
 */
import type { z } from 'zod';
import { ErrorBodySchema } from '../../../worker/src/contract/index.ts';
import { redactIps } from '../../../worker/src/contract/redact.ts';
import { UpstreamError } from '../core/errors.ts';

export type WorkerHttpOptions = {
	url: string;
	token: string;
	/** Attempts after the first for failures worth retrying (default 3). */
	retries?: number;
	/** First backoff in ms, multiplied by 4 each retry (default 250: 0.25 s, 1 s, 4 s). */
	backoffMs?: number;
	/** Per attempt, body included (default 30 s). */
	timeoutMs?: number;
	signal?: AbortSignal;
};

/** Network failures, 429 and 5xx may pass; any other 4xx would be refused again. */
export function isRetryable(status: number): boolean {
	return status === 0 || status === 429 || status >= 500;
}

/** The Worker's JSON error message, else the start of the raw text (a proxy's HTML page, say). */
async function errorMessage(res: Response): Promise<string> {
	const text = await res.text().catch(() => '');
	try {
		return ErrorBodySchema.parse(JSON.parse(text)).error.message;
	} catch {
		return text.slice(0, 300);
	}
}

async function failure(what: string, res: Response): Promise<UpstreamError> {
	const message = await errorMessage(res);
	const hint = res.status === 401 ? ' (check PATHWATCH_ADMIN_TOKEN)' : '';
	return new UpstreamError(
		`${what} answered HTTP ${res.status}${hint}: ${withoutIps(message)}`,
		res.status,
		'collector',
	);
}

export type WorkerHttp = {
	/** Sends one request with retries and returns the successful response. */
	send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response>;
	/** Sends, then validates the JSON answer against the contract's schema. */
	json<S extends z.ZodType>(
		method: 'GET' | 'POST',
		path: string,
		schema: S,
		body?: unknown,
	): Promise<z.output<S>>;
	/** HTTP requests sent so far, retries included. */
	requests(): number;
};

/**
 * Text an error carries, without addresses: `/api/admin/ips/:ip` names one (percent-encoded when
 * IPv6), a Worker message may too, and errors reach logs and job summaries, so each address
 * shows as its network prefix only.
 */
function withoutIps(text: string): string {
	try {
		return redactIps(decodeURIComponent(text));
	} catch {
		// A malformed escape: redact what can be read as is.
		return redactIps(text);
	}
}

export function createWorkerHttp(opts: WorkerHttpOptions): WorkerHttp {
	const base = opts.url.replace(/\/+$/, '');
	const retries = opts.retries ?? 3;
	const backoff = opts.backoffMs ?? 250;
	let sent = 0;

	async function once(method: string, path: string, body: unknown): Promise<Response> {
		const what = `${method} ${withoutIps(path)}`;
		sent++;
		const signal = AbortSignal.any([
			AbortSignal.timeout(opts.timeoutMs ?? 30_000),
			...(opts.signal ? [opts.signal] : []),
		]);
		let res: Response;
		try {
			res = await fetch(`${base}${path}`, {
				method,
				headers: {
					authorization: `Bearer ${opts.token}`,
					accept: 'application/json',
					...(body === undefined ? {} : { 'content-type': 'application/json' }),
				},
				...(body === undefined ? {} : { body: JSON.stringify(body) }),
				signal,
			});
		} catch (e) {
			throw new UpstreamError(`${what}: ${withoutIps((e as Error).message)}`, 0, 'collector');
		}
		if (!res.ok) throw await failure(what, res);
		return res;
	}

	async function send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
		for (let attempt = 0; ; attempt++) {
			try {
				return await once(method, path, body);
			} catch (e) {
				const status = e instanceof UpstreamError ? e.status : 0;
				if (attempt >= retries || !isRetryable(status) || opts.signal?.aborted) throw e;
				await new Promise((r) => setTimeout(r, backoff * 4 ** attempt));
			}
		}
	}

	async function json<S extends z.ZodType>(
		method: 'GET' | 'POST',
		path: string,
		schema: S,
		body?: unknown,
	): Promise<z.output<S>> {
		const res = await send(method, path, body);
		const parsed = schema.safeParse(await res.json().catch(() => undefined));
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0];
		throw new UpstreamError(
			`${method} ${withoutIps(path)} returned an unexpected payload: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
			res.status,
			'collector',
		);
	}

	return { send, json, requests: () => sent };
}
