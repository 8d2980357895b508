/**
 * The collector's admin API, read with the admin token. Payloads are validated once here with
 * the Worker's own zod schemas; failures are retried with exponential backoff and then
 * reported as an UpstreamError (the monitor turns that into the "collector unreachable" alert).
 */
import type { z } from 'zod';
import {
	type IpDetail,
	IpDetailSchema,
	type Snapshot,
	SnapshotSchema,
	type Timeseries,
	TimeseriesSchema,
	type TimeseriesWindow,
	type UsageDay,
	UsageResponseSchema,
} from '../../../worker/src/contract/index.ts';
import { UpstreamError } from '../core/errors.ts';

export type CollectorOptions = {
	url: string;
	token: string;
	/** Attempts after the first (default 3). */
	retries?: number;
	/** First backoff in ms, multiplied by 4 each retry (default 250: 0.25 s, 1 s, 4 s). */
	backoffMs?: number;
	timeoutMs?: number;
	signal?: AbortSignal;
};

export type CollectorClient = {
	snapshot(): Promise<Snapshot>;
	timeseries(window: TimeseriesWindow): Promise<Timeseries>;
	usage(days: number): Promise<UsageDay[]>;
	ipDetail(ip: string, limit: number): Promise<IpDetail>;
	/** HTTP requests sent so far, retries included. */
	requests(): number;
};

const RETRYABLE = (status: number) => status === 0 || status === 429 || status >= 500;

export function createCollectorClient(opts: CollectorOptions): CollectorClient {
	const base = opts.url.replace(/\/+$/, '');
	const retries = opts.retries ?? 3;
	const backoff = opts.backoffMs ?? 250;
	let sent = 0;

	async function once(path: string): Promise<unknown> {
		sent++;
		const signal = AbortSignal.any([
			AbortSignal.timeout(opts.timeoutMs ?? 15_000),
			...(opts.signal ? [opts.signal] : []),
		]);
		let res: Response;
		try {
			res = await fetch(`${base}${path}`, {
				headers: { authorization: `Bearer ${opts.token}`, accept: 'application/json' },
				signal,
			});
		} catch (e) {
			throw new UpstreamError(`GET ${path}: ${(e as Error).message}`, 0, 'collector');
		}
		if (!res.ok) {
			const text = (await res.text().catch(() => '')).slice(0, 300);
			throw new UpstreamError(`GET ${path} answered HTTP ${res.status}: ${text}`, res.status, 'collector');
		}
		try {
			return await res.json();
		} catch {
			throw new UpstreamError(`GET ${path} did not return JSON`, res.status, 'collector');
		}
	}

	async function get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
		for (let attempt = 0; ; attempt++) {
			try {
				const body = await once(path);
				const parsed = schema.safeParse(body);
				if (parsed.success) return parsed.data;
				const issue = parsed.error.issues[0];
				throw new UpstreamError(
					`GET ${path} returned an unexpected payload: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
					200,
					'collector',
				);
			} catch (e) {
				const status = e instanceof UpstreamError ? e.status : 0;
				if (attempt >= retries || !RETRYABLE(status) || opts.signal?.aborted) throw e;
				await new Promise((r) => setTimeout(r, backoff * 4 ** attempt));
			}
		}
	}

	return {
		snapshot: () => get('/api/admin/snapshot', SnapshotSchema),
		timeseries: (window) => get(`/api/admin/timeseries?window=${window}`, TimeseriesSchema),
		usage: async (days) => (await get(`/api/admin/usage?days=${days}`, UsageResponseSchema)).days,
		ipDetail: (ip, limit) =>
			get(`/api/admin/ips/${encodeURIComponent(ip)}?limit=${limit}&sort=count`, IpDetailSchema),
		requests: () => sent,
	};
}
