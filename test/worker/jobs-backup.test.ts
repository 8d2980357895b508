import { reset } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Manifest, ManifestSchema } from '../../worker/src/core/jobs/manifest.ts';
import type { CollectorDump } from '../../worker/src/core/rpc.ts';
import {
	collector,
	corruptingReads,
	DAY_MS,
	driveJob,
	freshIp,
	listKeys,
	patchBindings,
	registryRow,
	seedIp,
	shardOf,
	startJob,
} from './jobs-fixtures.ts';

async function seedMany(n: number): Promise<CollectorDump[]> {
	const now = Date.now();
	const out: CollectorDump[] = [];
	for (let i = 0; i < n; i++)
		out.push(await seedIp(freshIp(), now - (i % 5) * DAY_MS - i, 1 + (i % 4), 1 + i));
	return out;
}

/** Loses every collector and registry row, as a disaster would. */
async function wipe(dumps: CollectorDump[]): Promise<void> {
	for (const d of dumps) {
		await collector(d.ip).purge(null);
		await shardOf(d.ip).registryDelete(d.ip);
	}
}

async function readManifest(key: string): Promise<Manifest> {
	return ManifestSchema.parse(JSON.parse((await (await env.ARCHIVE.get(key))?.text()) ?? 'null'));
}

async function expectRestored(dumps: CollectorDump[]): Promise<void> {
	for (const d of dumps) {
		expect(await collector(d.ip).exportAll()).toEqual(d);
		const stats = await collector(d.ip).stats();
		expect(await registryRow(d.ip)).toEqual({
			ip: d.ip,
			firstSeen: d.firstSeen,
			lastActivity: d.lastActivity,
			totalRequests: d.totalRequests,
			pathCount: d.paths.length,
			storageBytes: stats.storageBytes,
		});
	}
}

describe('backup and restore', () => {
	beforeEach(() => reset());

	it('reproduces every count exactly after a wipe', async () => {
		const dumps = await seedMany(12);
		const backup = await driveJob(await startJob('backup', { partRecords: 5, batchSize: 4 }));
		expect(backup.state).toBe('succeeded');
		expect(backup.result).toMatchObject({ exported: 12, backedUp: 12, parts: 3 });
		const manifest = await readManifest(String(backup.result?.manifestKey));
		expect(manifest.records).toBe(12);
		expect(manifest.parts.map((p) => p.records)).toEqual([5, 5, 2]);

		await wipe(dumps);
		expect((await collector(dumps[0]?.ip ?? '').stats()).totalRequests).toBe(0);

		const restore = await driveJob(await startJob('restore', { backupId: String(backup.result?.backupId) }));
		expect(restore.state).toBe('succeeded');
		expect(restore.result).toMatchObject({
			verifiedParts: 3,
			restored: 12,
			requests: dumps.reduce((s, d) => s + d.totalRequests, 0),
		});
		await expectRestored(dumps);
	});

	it('restores only the IPs asked for', async () => {
		const dumps = await seedMany(6);
		const backup = await driveJob(await startJob('backup'));
		await wipe(dumps);
		const [a, b, ...rest] = dumps;
		if (!a || !b) throw new Error('seed failed');
		const missing = '203.0.113.77';
		const restore = await driveJob(
			await startJob('restore', {
				backupId: String(backup.result?.backupId),
				ips: `${a.ip},${b.ip},${missing}`,
			}),
		);
		expect(restore.result).toMatchObject({ restored: 2, notInBackup: 1 });
		await expectRestored([a, b]);
		for (const d of rest) expect((await collector(d.ip).stats()).totalRequests).toBe(0);
	});

	it('verifies every checksum before writing anything', async () => {
		const dumps = await seedMany(8);
		const backup = await driveJob(await startJob('backup', { partRecords: 3 }));
		await wipe(dumps);
		// Damage the last part only: the first parts would verify, yet nothing may be restored.
		const manifest = await readManifest(String(backup.result?.manifestKey));
		const last = manifest.parts.at(-1);
		if (!last) throw new Error('no parts');
		const text = (await (await env.ARCHIVE.get(last.key))?.text()) ?? '';
		await env.ARCHIVE.put(last.key, text.replace('"count":', '"count": '));

		const restore = await driveJob(await startJob('restore', { backupId: String(backup.result?.backupId) }));
		expect(restore.state).toBe('failed');
		expect(restore.error?.code).toBe('checksum_mismatch');
		expect(restore.result?.restored).toBeUndefined();
		for (const d of dumps) {
			expect((await collector(d.ip).stats()).totalRequests).toBe(0);
			expect(await registryRow(d.ip)).toBeNull();
		}
	});

	it('refuses a read-back that does not match and leaves no manifest', async () => {
		await seedMany(3);
		const id = 'backup-corrupt-readback';
		await patchBindings(id, () => ({ archive: corruptingReads() }));
		await startJob('backup', {}, id);
		const failed = await driveJob(id);
		expect(failed.state).toBe('failed');
		expect(failed.error?.code).toBe('checksum_mismatch');
		expect((await listKeys('backups/')).filter((k) => k.endsWith('manifest.json'))).toEqual([]);
	});

	it('keeps the newest backups by count and deletes the rest', async () => {
		await seedMany(2);
		const ids: string[] = [];
		for (let i = 0; i < 4; i++) {
			const done = await driveJob(await startJob('backup', { keep: 2 }));
			ids.push(String(done.result?.backupId));
			// Retention orders by creation time: keep the four instants distinct.
			await new Promise((r) => setTimeout(r, 5));
		}
		const manifests = (await listKeys('backups/')).filter((k) => k.endsWith('manifest.json'));
		expect(manifests.sort()).toEqual(ids.slice(-2).map((id) => `backups/${id}/manifest.json`));
	});

	it('fails a restore from an unknown backup without writing', async () => {
		const restore = await driveJob(await startJob('restore', { backupId: 'no-such-backup' }));
		expect(restore.state).toBe('failed');
		expect(restore.error?.code).toBe('not_found');
	});
});

describe('export', () => {
	beforeEach(() => reset());

	it('streams a verified JSON array and a CSV file back for download', async () => {
		const dumps = await seedMany(5);
		const json = await driveJob(await startJob('export', { partRecords: 2, raw: true }));
		expect(json.result).toMatchObject({ exportedIps: 5, parts: 3, format: 'json' });
		const res = await fetchDownload(json.id);
		expect(res.headers.get('content-type')).toBe('application/json');
		const rows = (await res.json()) as Array<{ ip: string; totalRequests: number; paths: unknown[] }>;
		expect(rows.map((r) => r.ip).sort()).toEqual(dumps.map((d) => d.ip).sort());
		for (const d of dumps) expect(rows.find((r) => r.ip === d.ip)?.totalRequests).toBe(d.totalRequests);

		const csv = await driveJob(await startJob('export', { format: 'csv', raw: true }));
		const text = await (await fetchDownload(csv.id)).text();
		const lines = text.trim().split('\n');
		expect(lines[0]).toBe('ip,method,path,count,first_seen,last_seen,last_user_agent,country');
		expect(lines.length - 1).toBe(dumps.reduce((s, d) => s + d.paths.length, 0));
		const counted = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[3]), 0);
		expect(counted).toBe(dumps.reduce((s, d) => s + d.totalRequests, 0));
	});

	it('refuses to download a job that is not a finished export', async () => {
		await seedMany(1);
		const backup = await driveJob(await startJob('backup'));
		expect((await fetchDownload(backup.id)).status).toBe(409);
		expect((await fetchDownload('no-such-job')).status).toBe(404);
	});
});

function fetchDownload(id: string): Promise<Response> {
	return exports.default.fetch(`http://collector/api/admin/jobs/${id}/download`, {
		headers: { authorization: 'Bearer test-admin-token' },
	});
}
