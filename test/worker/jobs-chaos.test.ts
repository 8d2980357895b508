/**
 * Chaos: cleanup and restore run round after round while traffic keeps arriving for the very IPs
 * they archive, purge and restore. Every event a 202 acknowledged must be present afterwards,
 * exactly, where "present" means: for each IP and path, the count in its collector plus the
 * counts in every cleanup archive that still covers it equals the acknowledged events. An archive
 * covers an IP from the moment cleanup purged the IP after archiving it, until a restore wrote
 * that archive's dump back into the collector.
 */
import { reset, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDumpLines } from '../../worker/src/core/jobs/dump-codec.ts';
import { ManifestSchema, manifestKey } from '../../worker/src/core/jobs/manifest.ts';
import type { CollectorDump } from '../../worker/src/core/rpc.ts';
import { post } from './ingest-helpers.ts';
import { collector, DAY_MS, driveJob, runner, shardOf, startJob } from './jobs-fixtures.ts';

const IPS = Array.from({ length: 6 }, (_, i) => `203.0.113.${i + 10}`);
/** Traffic reaches only these; the others stay quiet so restores into empty collectors happen too. */
const BUSY = IPS.slice(0, 4);
const PATHS = ['/api/a', '/api/b', '/api/c'];
const ROUNDS = 8;
/** Old timestamps keep every IP a cleanup candidate: the worst case, traffic the job thinks is idle. */
const OLD = Date.now() - 60 * DAY_MS;

type Counts = Map<string, number>;
const key = (ip: string, path: string) => `${ip} GET ${path}`;
const add = (m: Counts, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

const acknowledged: Counts = new Map();
/** Archive id → the IPs it covers (purged after archiving, not restored from it since). */
const covers = new Map<string, Set<string>>();
let sequence = 0;

async function send(ip: string, path: string, n: number): Promise<void> {
	const events = Array.from({ length: n }, () => ({
		ip,
		path,
		method: 'GET',
		timestamp: OLD + (sequence % 1000),
		id: `chaos-${sequence++}`,
	}));
	const res = await post({ events });
	expect(res.status).toBe(202);
	const body = (await res.json()) as { accepted: number };
	add(acknowledged, key(ip, path), body.accepted);
}

/** Sends small batches round-robin over the busy IPs until `stop` says so. */
async function trafficLane(lane: number, stop: () => boolean): Promise<void> {
	for (let i = lane; !stop(); i++) {
		await send(BUSY[i % BUSY.length] as string, PATHS[i % PATHS.length] as string, 1 + (i % 3));
	}
}

/** The registry says every IP is idle (as a stale registry would, while traffic arrives). */
async function listAllAsIdle(): Promise<void> {
	for (const ip of IPS) {
		await shardOf(ip).registryPut({
			ip,
			firstSeen: OLD,
			lastActivity: OLD,
			totalRequests: 1,
			pathCount: 1,
			storageBytes: 1,
		});
	}
}

/** Cleanup items by final status, read from the job's own ledger. */
async function itemStatuses(jobId: string): Promise<Array<{ key: string; status: string }>> {
	return runInDurableObject(runner(jobId), (_instance, state) =>
		state.storage.sql.exec<{ key: string; status: string }>('SELECT key, status FROM items').toArray(),
	);
}

async function archiveDumps(archiveId: string): Promise<CollectorDump[]> {
	const text = await (await env.ARCHIVE.get(manifestKey('ip-archive', archiveId)))?.text();
	const manifest = ManifestSchema.parse(JSON.parse(text ?? 'null'));
	const dumps: CollectorDump[] = [];
	for (const part of manifest.parts)
		dumps.push(...decodeDumpLines((await (await env.ARCHIVE.get(part.key))?.text()) ?? ''));
	return dumps;
}

async function cleanupRound(round: number, tally: Record<string, number>): Promise<void> {
	await listAllAsIdle();
	const id = `chaos-cleanup-${round}`;
	const done = await driveJob(
		await startJob('cleanup', { inactiveDays: 30, batchSize: 3, concurrency: 2 }, id),
	);
	expect(done.state).toBe('succeeded');
	for (const name of ['purged', 'changedSinceArchive', 'skippedActive'])
		tally[name] = (tally[name] ?? 0) + Number(done.result?.[name] ?? 0);
	const archiveId = done.result?.archiveId;
	if (typeof archiveId !== 'string') return;
	// `done` after purge and unregister; `skipped` when traffic moved the totals after the export.
	const purged = (await itemStatuses(id)).filter((i) => i.status === 'done').map((i) => i.key);
	covers.set(archiveId, new Set(purged));
}

/** Restores one IP from the newest archive covering it; the archive stops covering it if written back. */
async function restoreRound(ip: string, tally: Record<string, number>): Promise<void> {
	const archiveId = [...covers].reverse().find(([, ips]) => ips.has(ip))?.[0];
	if (archiveId === undefined) return;
	const done = await driveJob(await startJob('restore', { archiveId, ips: [ip] }));
	expect(done.state).toBe('succeeded');
	const restored = Number(done.result?.restored ?? 0);
	const skipped = Number(done.result?.skippedNewer ?? 0);
	expect(restored + skipped).toBe(1);
	tally.restored = (tally.restored ?? 0) + restored;
	tally.skippedNewer = (tally.skippedNewer ?? 0) + skipped;
	if (restored === 1) covers.get(archiveId)?.delete(ip);
}

async function presentCounts(): Promise<Counts> {
	const present: Counts = new Map();
	for (const ip of IPS) {
		const dump = await collector(ip).exportAll();
		for (const p of dump.paths) add(present, key(ip, p.path), p.count);
	}
	for (const [archiveId, ips] of covers) {
		for (const dump of await archiveDumps(archiveId)) {
			if (!ips.has(dump.ip)) continue;
			for (const p of dump.paths) add(present, key(dump.ip, p.path), p.count);
		}
	}
	return present;
}

describe('chaos: cleanup and restore under live traffic', () => {
	beforeAll(() => reset());

	it('keeps every acknowledged event, exactly, over many rounds', async () => {
		for (const ip of IPS) for (const path of PATHS) await send(ip, path, 2);
		let stopped = false;
		const lanes = [0, 1].map((lane) => trafficLane(lane, () => stopped));
		const tally: Record<string, number> = {};
		try {
			for (let round = 0; round < ROUNDS; round++) {
				await cleanupRound(round, tally);
				// Alternately a quiet IP (its collector is empty: restored) and a busy one (often newer: skipped).
				const ip = round % 2 === 0 ? IPS[4 + ((round / 2) % 2)] : BUSY[round % BUSY.length];
				await restoreRound(ip as string, tally);
			}
		} finally {
			stopped = true;
			await Promise.all(lanes);
		}
		const present = await presentCounts();
		const diff = [...new Set([...acknowledged.keys(), ...present.keys()])]
			.filter((k) => acknowledged.get(k) !== present.get(k))
			.map((k) => `${k}: acknowledged ${acknowledged.get(k) ?? 0}, present ${present.get(k) ?? 0}`);
		expect(diff).toEqual([]);
		const total = [...acknowledged.values()].reduce((a, b) => a + b, 0);
		console.log(JSON.stringify({ msg: 'chaos tally', rounds: ROUNDS, acknowledged: total, ...tally }));
		// The rounds did purge under traffic and did write archives back, or the test proved nothing.
		expect(tally.purged ?? 0).toBeGreaterThan(ROUNDS / 2);
		expect(tally.restored ?? 0).toBeGreaterThan(0);
		expect(total).toBeGreaterThan(IPS.length * PATHS.length * 2);
	}, 120_000);
});
