/**
 * The one client for the collector Worker's admin API, used by the monitor, the job command,
 * the dashboard build and the demo. Payloads are validated once here with the Worker's own zod
 * schemas; failures are retried by one policy (worker-http.ts) and reported as UpstreamError.
 * Job ids are chosen here before the first POST, so retrying a start that may or may not have
 * arrived is safe (the Worker returns the same job for the same id).
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { HeartbeatRequestSchema } from '../../../worker/src/contract/heartbeat.ts';
import {
	type HistoryImport,
	HistoryImportResponseSchema,
	HistoryImportSchema,
} from '../../../worker/src/contract/history.ts';
import {
	IpDetailSchema,
	JobAcceptedSchema,
	JobStatusSchema,
	type JobType,
	type PathsNewQuery,
	PathsNewResponseSchema,
	type PathsTopQuery,
	PathsTopResponseSchema,
	SnapshotSchema,
	TimeseriesSchema,
	type TimeseriesWindow,
	type TopResponse,
	TopResponseSchema,
	UsageResponseSchema,
} from '../../../worker/src/contract/index.ts';
import { UpstreamError } from '../core/errors.ts';
import { createWorkerHttp, type WorkerHttp, type WorkerHttpOptions } from './worker-http.ts';

export type WorkerClientOptions = WorkerHttpOptions;
export type WorkerClient = ReturnType<typeof createWorkerClient>;

/** A fresh job id that sorts by time: `<type>-<base36 ms>-<random>`. */
export function newJobId(type: JobType, now = Date.now()): string {
	return `${type}-${now.toString(36)}-${Math.random().toString(16).slice(2, 10)}`;
}

export function createWorkerClient(opts: WorkerClientOptions) {
	const http = createWorkerHttp(opts);
	const enc = encodeURIComponent;
	return {
		snapshot: () => http.json('GET', '/api/admin/snapshot', SnapshotSchema),
		timeseries: (window: TimeseriesWindow) =>
			http.json('GET', `/api/admin/timeseries?window=${window}`, TimeseriesSchema),
		usage: async (days: number) =>
			(await http.json('GET', `/api/admin/usage?days=${days}`, UsageResponseSchema)).days,
		top: (by: TopResponse['by'], limit: number) =>
			http.json('GET', `/api/admin/top?by=${by}&limit=${limit}`, TopResponseSchema),
		/** Top paths across all clients (one DO call per shard on the Worker). */
		pathsTop: (q: PathsTopQuery) =>
			http.json(
				'GET',
				`/api/admin/paths/top?by=${q.by}&window=${q.window}&limit=${q.limit}`,
				PathsTopResponseSchema,
			),
		/** Paths no client called before `since` (ISO 8601), newest first. */
		pathsNew: (q: PathsNewQuery) =>
			http.json('GET', `/api/admin/paths/new?since=${enc(q.since)}&limit=${q.limit}`, PathsNewResponseSchema),
		ipDetail: (ip: string, limit: number) =>
			http.json('GET', `/api/admin/ips/${enc(ip)}?limit=${limit}&sort=count`, IpDetailSchema),
		startJob: (type: JobType, params: Record<string, unknown>, id: string) =>
			http.json('POST', '/api/admin/jobs', JobAcceptedSchema, { type, id, params }),
		jobStatus: (id: string) => http.json('GET', `/api/admin/jobs/${enc(id)}`, JobStatusSchema),
		/** Streams a finished export into `file` (written to a temporary name, renamed when complete). */
		downloadExport: (id: string, file: string) => download(http, id, file),
		/** Imports hourly history for time before the collector's own data (`POST /api/admin/history`). */
		importHistory: (body: HistoryImport) =>
			http.json('POST', '/api/admin/history', HistoryImportResponseSchema, HistoryImportSchema.parse(body)),
		/** The monitor's end-of-run heartbeat: the only thing that feeds the Worker's dead-man watchdog. */
		heartbeat: async (beat: { runId: string; at: string }): Promise<void> => {
			const res = await http.send('POST', '/api/admin/heartbeat', HeartbeatRequestSchema.parse(beat));
			// 200 or 204: the answer carries nothing the monitor needs.
			await res.body?.cancel();
		},
		/** HTTP requests sent so far, retries included. */
		requests: () => http.requests(),
	};
}

async function download(
	http: WorkerHttp,
	id: string,
	file: string,
): Promise<{ bytes: number; records: number | null }> {
	const path = `/api/admin/jobs/${encodeURIComponent(id)}/download`;
	const res = await http.send('GET', path);
	if (!res.body) throw new UpstreamError(`GET ${path} returned no body`, res.status, 'collector');
	const partial = `${file}.partial`;
	let bytes = 0;
	const counted = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>).on('data', (chunk: Buffer) => {
		bytes += chunk.length;
	});
	try {
		await pipeline(counted, createWriteStream(partial));
	} catch (e) {
		await rm(partial, { force: true });
		// The Worker aborts the stream when a part fails verification: never keep half a file.
		throw new UpstreamError(
			`GET ${path} broke off after ${bytes} bytes: ${(e as Error).message}`,
			0,
			'collector',
		);
	}
	await rename(partial, file);
	const records = res.headers.get('x-pathwatch-records');
	return { bytes, records: records === null ? null : Number(records) };
}
