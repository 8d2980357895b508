/**
 * The collector's job API for the CLI, the action and the demo: start a job, read its status,
 * download an export. Job ids are chosen here before the first POST, so retrying a POST that
 * may or may not have arrived is safe (the Worker returns the same job for the same id).
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { z } from 'zod';
import {
	ErrorBodySchema,
	type JobAccepted,
	JobAcceptedSchema,
	type JobStatus,
	JobStatusSchema,
	type JobType,
} from '../../../worker/src/contract/index.ts';
import { UpstreamError, UserError } from '../core/errors.ts';

export type JobsClientOptions = {
	url: string;
	token: string;
	/** Attempts after the first for failures worth retrying (network, 429, 5xx); default 3. */
	retries?: number;
	backoffMs?: number;
	timeoutMs?: number;
	signal?: AbortSignal;
};

export type JobsClient = {
	start(type: JobType, params: Record<string, unknown>, id: string): Promise<JobAccepted>;
	status(id: string): Promise<JobStatus>;
	/** Streams a finished export into `file` (written to a temporary name, renamed when complete). */
	download(id: string, file: string): Promise<{ bytes: number; records: number | null }>;
};

/** A fresh job id that sorts by time: `<type>-<base36 ms>-<random>`. */
export function newJobId(type: JobType, now = Date.now()): string {
	return `${type}-${now.toString(36)}-${Math.random().toString(16).slice(2, 10)}`;
}

const RETRYABLE = (status: number) => status === 0 || status === 429 || status >= 500;

/** A 4xx the caller must fix, with the Worker's own message. */
async function failure(what: string, res: Response): Promise<Error> {
	const text = await res.text().catch(() => '');
	let message = text.slice(0, 300);
	try {
		message = ErrorBodySchema.parse(JSON.parse(text)).error.message;
	} catch {
		// Not the JSON error body (a proxy's HTML page, say): report the raw text.
	}
	if (res.status === 401) return new UserError(`${what}: unauthorized; check PATHWATCH_ADMIN_TOKEN`);
	if (res.status >= 400 && res.status < 500 && res.status !== 429)
		return new UserError(`${what}: ${message}`);
	return new UpstreamError(`${what} answered HTTP ${res.status}: ${message}`, res.status, 'collector');
}

export function createJobsClient(opts: JobsClientOptions): JobsClient {
	const base = opts.url.replace(/\/+$/, '');
	const retries = opts.retries ?? 3;
	const backoff = opts.backoffMs ?? 250;

	async function request(what: string, path: string, init: RequestInit = {}): Promise<Response> {
		for (let attempt = 0; ; attempt++) {
			const signal = AbortSignal.any([
				AbortSignal.timeout(opts.timeoutMs ?? 30_000),
				...(opts.signal ? [opts.signal] : []),
			]);
			let error: Error;
			try {
				const res = await fetch(`${base}${path}`, {
					...init,
					headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json' },
					signal,
				});
				if (res.ok) return res;
				error = await failure(what, res);
			} catch (e) {
				error = new UpstreamError(`${what}: ${(e as Error).message}`, 0, 'collector');
			}
			const status = error instanceof UpstreamError ? error.status : 400;
			if (attempt >= retries || !RETRYABLE(status) || opts.signal?.aborted) throw error;
			await new Promise((r) => setTimeout(r, backoff * 4 ** attempt));
		}
	}

	async function json<S extends z.ZodType>(what: string, res: Response, schema: S): Promise<z.output<S>> {
		const parsed = schema.safeParse(await res.json().catch(() => undefined));
		if (parsed.success) return parsed.data;
		throw new UpstreamError(
			`${what} returned an unexpected payload: ${parsed.error.issues[0]?.message}`,
			res.status,
			'collector',
		);
	}

	return {
		async start(type, params, id) {
			const what = `POST /api/admin/jobs (${type})`;
			const res = await request(what, '/api/admin/jobs', {
				method: 'POST',
				body: JSON.stringify({ type, id, params }),
			});
			return json(what, res, JobAcceptedSchema);
		},
		async status(id) {
			const what = `GET /api/admin/jobs/${id}`;
			return json(what, await request(what, `/api/admin/jobs/${encodeURIComponent(id)}`), JobStatusSchema);
		},
		async download(id, file) {
			const what = `GET /api/admin/jobs/${id}/download`;
			const res = await request(what, `/api/admin/jobs/${encodeURIComponent(id)}/download`);
			if (!res.body) throw new UpstreamError(`${what} returned no body`, res.status, 'collector');
			const partial = `${file}.partial`;
			let bytes = 0;
			const counted = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>).on(
				'data',
				(chunk: Buffer) => {
					bytes += chunk.length;
				},
			);
			try {
				await pipeline(counted, createWriteStream(partial));
			} catch (e) {
				await rm(partial, { force: true });
				// The Worker aborts the stream when a part fails verification: never keep half a file.
				throw new UpstreamError(
					`${what} broke off after ${bytes} bytes: ${(e as Error).message}`,
					0,
					'collector',
				);
			}
			await rename(partial, file);
			const records = res.headers.get('x-pathwatch-records');
			return { bytes, records: records === null ? null : Number(records) };
		},
	};
}
