/**
 * Helpers for the job tests: seeding collectors through their public RPC, starting and reading
 * jobs over HTTP, driving a job's alarms by hand, and wrapping the R2 binding a JobRunner uses
 * (the only place faults are injected: at the boundary, never in the project's own modules).
 */
import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import type { ArchiveBucket } from '../../worker/src/adapters/archive-store.ts';
import { appendJournal } from '../../worker/src/adapters/journal.ts';
import { type JobStatus, JobStatusSchema, type JobType } from '../../worker/src/contract/index.ts';
import { LATEST_SCHEMA_VERSION } from '../../worker/src/core/collector-schema.ts';
import type { CollectorDump, NormalizedEvent, PathRow, RegistryEntry } from '../../worker/src/core/rpc.ts';
import { shardIndexFor, shardName } from '../../worker/src/core/shard-key.ts';
import type { JobBindings, JobRunner } from '../../worker/src/objects/job-runner.ts';

export const DAY_MS = 86_400_000;
const ADMIN_HEADERS = { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' };

let counter = 0;
/** A fresh IPv4 address per call, in a block no other test file uses. */
export function freshIp(): string {
	counter++;
	return `198.18.${Math.floor(counter / 250) % 256}.${(counter % 250) + 1}`;
}

export function collector(ip: string) {
	return env.PATH_COLLECTOR.getByName(ip);
}

export function shardOf(ip: string) {
	return env.STATS_SHARD.getByName(shardName(shardIndexFor(ip, Number(env.SHARD_COUNT))));
}

export function registryRow(ip: string): Promise<RegistryEntry | null> {
	return shardOf(ip).registryGet(ip);
}

/** A dump with `paths` paths of `countEach` requests, last active at `lastActivity`. */
export function makeDump(ip: string, lastActivity: number, paths = 3, countEach = 2): CollectorDump {
	const rows: PathRow[] = Array.from({ length: paths }, (_, i) => ({
		method: i % 2 ? 'POST' : 'GET',
		path: `/api/items/${i}/details`,
		count: countEach + i,
		firstSeen: lastActivity - 3_600_000,
		lastSeen: lastActivity - i,
		lastUserAgent: i % 2 ? null : 'curl/8.5',
		country: i % 3 ? 'DE' : null,
	}));
	// In the collector's export order, so a dump compares equal to its round trip.
	rows.sort((a, b) => (a.method === b.method ? (a.path < b.path ? -1 : 1) : a.method < b.method ? -1 : 1));
	const total = rows.reduce((s, r) => s + r.count, 0);
	return {
		schemaVersion: LATEST_SCHEMA_VERSION,
		ip,
		totalRequests: total,
		overflowRequests: 0,
		firstSeen: lastActivity - 3_600_000,
		lastActivity,
		paths: rows,
	};
}

/** Seeds a collector exactly and lets it report itself, so its shard's registry lists it. */
export async function seedIp(
	ip: string,
	lastActivity: number,
	paths = 3,
	countEach = 2,
): Promise<CollectorDump> {
	const dump = makeDump(ip, lastActivity, paths, countEach);
	await collector(ip).importExact(dump);
	await collector(ip).flushReport();
	return dump;
}

/**
 * Events their collector counted whose answer was lost (a timeout): the front journaled them as
 * well, so a replay must find them already counted.
 */
export async function countedAndJournaled(ip: string, events: NormalizedEvent[], now: number): Promise<void> {
	await collector(ip).record(events);
	await appendJournal(env.JOURNAL, ip, events, 'do_timeout', now);
}

export function postJob(body: unknown): Promise<Response> {
	return exports.default.fetch(
		new Request('http://collector/api/admin/jobs', {
			method: 'POST',
			headers: ADMIN_HEADERS,
			body: JSON.stringify(body),
		}),
	);
}

/** Starts a job and returns its id (expects 202). */
export async function startJob(
	type: JobType,
	params: Record<string, unknown> = {},
	id?: string,
): Promise<string> {
	const res = await postJob({ type, params, ...(id ? { id } : {}) });
	if (res.status !== 202) throw new Error(`POST /api/admin/jobs: ${res.status} ${await res.text()}`);
	return ((await res.json()) as { id: string }).id;
}

export async function jobStatus(id: string): Promise<JobStatus> {
	const res = await exports.default.fetch(`http://collector/api/admin/jobs/${id}`, {
		headers: ADMIN_HEADERS,
	});
	if (res.status !== 200) throw new Error(`GET job ${id}: ${res.status} ${await res.text()}`);
	return JobStatusSchema.parse(await res.json());
}

export function runner(id: string) {
	return env.JOB_RUNNER.getByName(id);
}

/** Runs the job's alarms by hand until it ends (or `stopWhen` holds); returns the last status. */
export async function driveJob(
	id: string,
	stopWhen: (s: JobStatus) => boolean = () => false,
	maxSteps = 2000,
): Promise<JobStatus> {
	for (let i = 0; i < maxSteps; i++) {
		const status = await jobStatus(id);
		if (status.state === 'succeeded' || status.state === 'failed' || stopWhen(status)) return status;
		// False when the platform's own alarm delivery is running the step right now: wait for it.
		if (!(await runDurableObjectAlarm(runner(id)))) await new Promise((r) => setTimeout(r, 5));
	}
	throw new Error(`job ${id} did not finish in ${maxSteps} steps`);
}

/** Replaces part of a JobRunner's bindings (before the job starts, so no step runs unwrapped). */
export async function patchBindings(
	id: string,
	patch: (real: JobBindings) => Partial<JobBindings>,
): Promise<void> {
	await runInDurableObject(runner(id), (instance: JobRunner) => {
		instance.bindings = { ...instance.bindings, ...patch(instance.bindings) };
	});
}

/** The real R2 binding with `put` and `get` overridable. */
export function wrapBucket(overrides: Partial<ArchiveBucket> = {}): ArchiveBucket {
	const real = env.ARCHIVE;
	return {
		put: (key, value, options) => real.put(key, value, options),
		get: (key) => real.get(key),
		list: (options) => real.list(options),
		delete: (keys) => real.delete(keys),
		...overrides,
	};
}

/** Every R2 write fails, as during an outage. */
export const failingWrites = () =>
	wrapBucket({
		put: async (key) => {
			throw new Error(`R2 unavailable (injected) writing ${key}`);
		},
	});

/** Writes succeed but every read returns the object with one byte flipped. */
export const corruptingReads = () =>
	wrapBucket({
		get: async (key) => {
			const obj = await env.ARCHIVE.get(key);
			if (obj === null) return null;
			const bytes = new Uint8Array(await obj.arrayBuffer());
			if (bytes.length > 0) bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x20;
			return { arrayBuffer: async () => bytes.buffer };
		},
	});

export async function listKeys(prefix: string): Promise<string[]> {
	const keys: string[] = [];
	let cursor: string | undefined;
	do {
		const page = await env.ARCHIVE.list({ prefix, ...(cursor ? { cursor } : {}) });
		keys.push(...page.objects.map((o) => o.key));
		cursor = page.truncated ? page.cursor : undefined;
	} while (cursor);
	return keys;
}
