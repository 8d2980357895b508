/**
 * Jobs an operator can trust: a partial backup never passes for complete, retention deletes
 * only once what it keeps is intact, restore never silently replaces newer data, exports are
 * pseudonymised unless asked otherwise, and no raw IP reaches a job's error or result.
 */
import { reset } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { redactIps } from '../../worker/src/contract/redact.ts';
import type { CollectorDump } from '../../worker/src/core/rpc.ts';
import { post } from './ingest-helpers.ts';
import {
	collector,
	driveJob,
	freshIp,
	jobStatus,
	listKeys,
	patchBindings,
	seedIp,
	startJob,
} from './jobs-fixtures.ts';

const ADMIN = { authorization: 'Bearer test-admin-token' };

async function seed(n: number): Promise<CollectorDump[]> {
	const out: CollectorDump[] = [];
	for (let i = 0; i < n; i++) out.push(await seedIp(freshIp(), Date.now() - 3_600_000 - i, 2, 1 + i));
	return out;
}

async function manifestOf(backupId: string) {
	const text = await (await env.ARCHIVE.get(`backups/${backupId}/manifest.json`))?.text();
	return text === undefined
		? null
		: (JSON.parse(text) as { completedAt: string | null; meta: Record<string, unknown> });
}

/** One collector's export (`exportAllBooked`) always fails, before reaching it (an object that cannot be read). */
async function failExportOf(jobId: string, bad: string): Promise<void> {
	await patchBindings(jobId, (b) => ({
		collector: (ip) => {
			const real = b.collector(ip);
			if (ip !== bad) return real;
			return {
				...real,
				exportAllBooked: async () => Promise.reject(new Error(`collector ${ip} is unreadable`)),
			};
		},
	}));
}

describe('backups you can trust', () => {
	beforeEach(() => reset());

	it('a backup with a failed item ends partial, is not restorable and deletes no older backup', async () => {
		const dumps = await seed(4);
		const good = await driveJob(await startJob('backup', { keep: 1 }));
		expect(good.result).toMatchObject({ backup: 'complete', verified: true, retention: 'applied' });

		const id = 'backup-partial';
		await failExportOf(id, dumps[2]?.ip ?? '');
		const partial = await driveJob(await startJob('backup', { keep: 1 }, id));
		expect(partial.state).toBe('failed');
		expect(partial.error?.code).toBe('backup_partial');
		expect(partial.result).toMatchObject({ backup: 'partial', verified: false, itemErrors: 1, backedUp: 3 });
		const manifest = await manifestOf(String(partial.result?.backupId));
		expect(manifest?.completedAt).toBeNull();
		expect(manifest?.meta).toMatchObject({ state: 'partial', failedItems: 1 });
		// keep: 1 would have deleted the good backup had the partial one counted.
		expect(await manifestOf(String(good.result?.backupId))).not.toBeNull();

		const restore = await driveJob(await startJob('restore', { backupId: String(partial.result?.backupId) }));
		expect(restore.state).toBe('failed');
		expect(restore.error?.code).toBe('incomplete_backup');
		// The next complete backup does not count the partial one among those it keeps.
		const next = await driveJob(await startJob('backup', { keep: 2 }));
		expect(next.result).toMatchObject({ retention: 'applied', keptVerified: 2, incompleteBackupsKept: 1 });
	});

	it('retention deletes nothing while a backup it would keep is damaged', async () => {
		await seed(3);
		const a = await driveJob(await startJob('backup', { keep: 5, partRecords: 1 }));
		await new Promise((r) => setTimeout(r, 5));
		const b = await driveJob(await startJob('backup', { keep: 5, partRecords: 1 }));
		await new Promise((r) => setTimeout(r, 5));
		const [lostPart] = (await listKeys(`backups/${b.result?.backupId}/`)).filter((k) => k.includes('part-'));
		await env.ARCHIVE.delete(lostPart ?? '');

		const c = await driveJob(await startJob('backup', { keep: 2 }));
		expect(c.state).toBe('succeeded');
		expect(c.result).toMatchObject({
			retention: 'blocked',
			unverifiedBackups: [b.result?.backupId],
		});
		expect(c.result?.backupsDeleted).toBeUndefined();
		expect(await manifestOf(String(a.result?.backupId))).not.toBeNull();

		// Once the damaged backup is gone, the policy applies again.
		await env.ARCHIVE.delete(await listKeys(`backups/${b.result?.backupId}/`));
		const d = await driveJob(await startJob('backup', { keep: 2 }));
		expect(d.result).toMatchObject({ retention: 'applied', backupsDeleted: 1 });
		expect(await manifestOf(String(a.result?.backupId))).toBeNull();
	});
});

describe('restore never silently loses newer data', () => {
	beforeEach(() => reset());

	/** A backup of three IPs, then: one gets new traffic, one is lost, one stays as backed up. */
	async function diverge() {
		const [newer, lost, same] = await seed(3);
		if (!newer || !lost || !same) throw new Error('seeding failed');
		const backup = await driveJob(await startJob('backup'));
		const res = await post({ events: [{ ip: newer.ip, path: '/after/backup', method: 'GET' }] });
		expect(res.status).toBe(202);
		await collector(lost.ip).purge(null);
		const newerNow = await collector(newer.ip).exportAll();
		return { newer, newerNow, lost, same, backupId: String(backup.result?.backupId) };
	}

	it('by default restores the lost IP, keeps the newer one and leaves the unchanged one', async () => {
		const s = await diverge();
		const done = await driveJob(await startJob('restore', { backupId: s.backupId }));
		expect(done.result).toMatchObject({ restored: 1, skippedNewer: 1, unchanged: 1, whenNewer: 'skip' });
		expect(done.result?.overwritten).toBeUndefined();
		expect(await collector(s.newer.ip).exportAll()).toEqual(s.newerNow);
		expect(await collector(s.lost.ip).exportAll()).toEqual(s.lost);
		expect(await collector(s.same.ip).exportAll()).toEqual(s.same);
	});

	it('dryRun reports what would change and writes nothing', async () => {
		const s = await diverge();
		const done = await driveJob(
			await startJob('restore', { backupId: s.backupId, dryRun: true, overwrite: true }),
		);
		expect(done.result).toMatchObject({ wouldRestore: 1, wouldOverwrite: 1, unchanged: 1, dryRun: true });
		expect(done.result?.replacedRequests).toBe(s.newerNow.totalRequests);
		expect(await collector(s.newer.ip).exportAll()).toEqual(s.newerNow);
		expect((await collector(s.lost.ip).exportAll()).totalRequests).toBe(0);
	});

	it('overwrite replaces the newer data, and says how much', async () => {
		const s = await diverge();
		const done = await driveJob(await startJob('restore', { backupId: s.backupId, overwrite: true }));
		expect(done.result).toMatchObject({ restored: 1, overwritten: 1, unchanged: 1, whenNewer: 'overwrite' });
		expect(done.result?.replacedRequests).toBe(s.newerNow.totalRequests);
		expect(await collector(s.newer.ip).exportAll()).toEqual(s.newer);
	});
});

describe('private by default', () => {
	beforeEach(() => reset());

	async function download(id: string): Promise<string> {
		const res = await exports.default.fetch(`http://collector/api/admin/jobs/${id}/download`, {
			headers: ADMIN,
		});
		expect(res.status).toBe(200);
		return res.text();
	}

	it('exports pseudonyms unless raw is asked for', async () => {
		const dumps = await seed(4);
		const anon = await driveJob(await startJob('export', { format: 'csv' }));
		expect(anon.result).toMatchObject({ anonymised: true, exportedIps: 4 });
		const text = await download(anon.id);
		for (const d of dumps) expect(text).not.toContain(d.ip);
		const names = new Set(
			text
				.trim()
				.split('\n')
				.slice(1)
				.map((l) => l.split(',')[0]),
		);
		expect(names.size).toBe(4);
		for (const n of names) expect(n).toMatch(/^anon-[0-9a-f]{16}$/);

		const raw = await driveJob(await startJob('export', { format: 'json', raw: true }));
		expect(raw.result).toMatchObject({ anonymised: false });
		const rows = JSON.parse(await download(raw.id)) as Array<{ ip: string }>;
		expect(rows.map((r) => r.ip).sort()).toEqual(dumps.map((d) => d.ip).sort());
	});

	it('keeps raw IPs out of job errors, item error samples and results', async () => {
		const dumps = await seed(3);
		const bad = dumps[1]?.ip ?? '';
		const id = 'backup-private-errors';
		await failExportOf(id, bad);
		const done = await driveJob(await startJob('backup', {}, id));
		const status = JSON.stringify(await jobStatus(done.id));
		expect(status).toContain('is unreadable');
		for (const d of dumps) expect(status).not.toContain(d.ip);
		expect(status).toContain(redactIps(bad));
	});

	it('redacts IPv4 and IPv6 addresses in text, leaving times and hashes alone', () => {
		expect(redactIps('from 192.0.2.7. at 13:41:35')).toBe('from 192.0.2.0/24. at 13:41:35');
		expect(redactIps('dump of 2001:db8:1:2::9 failed')).toBe('dump of 2001:db8:1::/48 failed');
		expect(redactIps('sha256 3bf43de0a8b84064a005740dc0f0ec9c, part-000001.ndjson')).toBe(
			'sha256 3bf43de0a8b84064a005740dc0f0ec9c, part-000001.ndjson',
		);
	});
});
