import { reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendJournal, JOURNAL_PREFIX } from '../../worker/src/adapters/journal.ts';
import { decodeDumpLines } from '../../worker/src/core/jobs/dump-codec.ts';
import { ManifestSchema } from '../../worker/src/core/jobs/manifest.ts';
import type { CollectorDump, NormalizedEvent } from '../../worker/src/core/rpc.ts';
import {
	collector,
	corruptingReads,
	countedAndJournaled,
	DAY_MS,
	driveJob,
	failingWrites,
	freshIp,
	jobStatus,
	listKeys,
	patchBindings,
	registryRow,
	seedIp,
	startJob,
} from './jobs-fixtures.ts';

/** Three IPs idle for 60 days and one active an hour ago. */
async function seedMix(): Promise<{ old: CollectorDump[]; recent: CollectorDump }> {
	const now = Date.now();
	const old = [];
	for (let i = 0; i < 3; i++) old.push(await seedIp(freshIp(), now - 60 * DAY_MS - i * 1000, 3 + i));
	const recent = await seedIp(freshIp(), now - 3_600_000);
	return { old, recent };
}

async function expectUntouched(dumps: CollectorDump[]): Promise<void> {
	for (const d of dumps) {
		expect(await collector(d.ip).exportAll()).toEqual(d);
		expect((await registryRow(d.ip))?.totalRequests).toBe(d.totalRequests);
	}
}

describe('cleanup job', () => {
	// Cleanup walks the whole registry: each test starts from empty storage (this file's runtime only).
	beforeEach(() => reset());

	it('leaves every collector untouched while R2 writes fail, then completes once R2 is back', async () => {
		const { old, recent } = await seedMix();
		const id = 'cleanup-r2-outage';
		await patchBindings(id, () => ({ archive: failingWrites() }));
		await startJob('cleanup', { batchSize: 2 }, id);

		const failed = await driveJob(id);
		expect(failed.state).toBe('failed');
		expect(failed.error?.message).toMatch(/R2 unavailable/);
		await expectUntouched([...old, recent]);
		expect(await listKeys('archives/ips/')).toEqual([]);

		// The outage ends: posting the same id resumes the failed job from where it stopped.
		await patchBindings(id, (b) => ({ archive: env.ARCHIVE, collector: b.collector }));
		await startJob('cleanup', { batchSize: 2 }, id);
		const done = await driveJob(id);
		expect(done.state).toBe('succeeded');
		expect(done.result).toMatchObject({ candidates: 3, archived: 3, purged: 3, cleaned: 3 });
		for (const d of old) {
			expect((await collector(d.ip).stats()).totalRequests).toBe(0);
			expect(await registryRow(d.ip)).toBeNull();
		}
		await expectUntouched([recent]);
	});

	it('purges nothing when the read-back of the archive does not match its checksum', async () => {
		const { old, recent } = await seedMix();
		const id = 'cleanup-corrupt-readback';
		await patchBindings(id, () => ({ archive: corruptingReads() }));
		await startJob('cleanup', {}, id);

		const failed = await driveJob(id);
		expect(failed.state).toBe('failed');
		expect(failed.error?.code).toBe('checksum_mismatch');
		await expectUntouched([...old, recent]);
		// The part was written, but no manifest ever listed it: nothing refers to unverified data.
		expect((await listKeys('archives/ips/')).filter((k) => k.endsWith('manifest.json'))).toEqual([]);
	});

	it('archives exact dumps that verify and restore to the same counts', async () => {
		const { old } = await seedMix();
		const id = await startJob('cleanup', { inactiveDays: 30 });
		const done = await driveJob(id);
		expect(done.state).toBe('succeeded');
		const archiveId = String(done.result?.archiveId);
		const manifestText = await (await env.ARCHIVE.get(String(done.result?.manifestKey)))?.text();
		const manifest = ManifestSchema.parse(JSON.parse(manifestText ?? 'null'));
		expect(manifest).toMatchObject({ kind: 'ip-archive', id: archiveId, records: 3 });
		expect(manifest.completedAt).not.toBeNull();

		const restore = await driveJob(await startJob('restore', { archiveId }));
		expect(restore.result).toMatchObject({
			restored: 3,
			requests: old.reduce((s, d) => s + d.totalRequests, 0),
		});
		await expectUntouched(old);
	});

	it('counts candidates without changing anything on a dry run', async () => {
		const { old, recent } = await seedMix();
		const done = await driveJob(await startJob('cleanup', { dryRun: true }));
		expect(done.result).toMatchObject({ candidates: 3, wouldArchive: 3 });
		expect(done.result?.archiveId).toBeNull();
		await expectUntouched([...old, recent]);
		expect((await jobStatus(done.id)).progress).toMatchObject({ done: 3, total: 3, percent: 100 });
	});

	/** Events dated before the IP's last activity: they leave it a cleanup candidate. */
	function backdated(ip: string, n: number, tag: string): NormalizedEvent[] {
		const at = Date.now() - 61 * DAY_MS;
		return Array.from({ length: n }, (_, i) => ({
			id: `${tag}-${i}`,
			ip,
			path: `/journaled/${i % 2}`,
			method: 'GET',
			userAgent: null,
			country: null,
			timestamp: at + i,
		}));
	}

	/** Requests per IP in the archive a cleanup wrote, read back from its parts. */
	async function archivedTotals(manifestKey: string): Promise<Map<string, number>> {
		const manifest = ManifestSchema.parse(
			JSON.parse((await (await env.ARCHIVE.get(manifestKey))?.text()) ?? 'null'),
		);
		const totals = new Map<string, number>();
		for (const part of manifest.parts) {
			const text = (await (await env.ARCHIVE.get(part.key))?.text()) ?? '';
			for (const d of decodeDumpLines(text)) totals.set(d.ip, (totals.get(d.ip) ?? 0) + d.totalRequests);
		}
		return totals;
	}

	it('replays the journal before it purges: an event counted and journaled too is counted once', async () => {
		const now = Date.now();
		const counted = await seedIp(freshIp(), now - 60 * DAY_MS);
		const missed = await seedIp(freshIp(), now - 60 * DAY_MS);
		// counted's events reached its collector but the answer was lost: journaled as well.
		await countedAndJournaled(counted.ip, backdated(counted.ip, 5, 'twice'), now);
		// missed's events never reached its collector.
		await appendJournal(env.JOURNAL, missed.ip, backdated(missed.ip, 3, 'missed'), 'do_error', now);

		// A dry run changes nothing outside the job: the journal stays.
		await driveJob(await startJob('cleanup', { dryRun: true }));
		expect((await env.JOURNAL.list({ prefix: JOURNAL_PREFIX })).keys).toHaveLength(2);

		const done = await driveJob(await startJob('cleanup', { inactiveDays: 30 }));
		expect(done.state).toBe('succeeded');
		expect(done.result).toMatchObject({
			journalEntries: 2,
			journalRecorded: 3,
			journalDuplicates: 5,
			archived: 2,
			purged: 2,
		});
		expect((await env.JOURNAL.list({ prefix: JOURNAL_PREFIX })).keys).toEqual([]);
		// Every event sits in the archive exactly once...
		const archived = await archivedTotals(String(done.result?.manifestKey));
		expect(archived.get(counted.ip)).toBe(counted.totalRequests + 5);
		expect(archived.get(missed.ip)).toBe(missed.totalRequests + 3);
		// ...and nowhere else: the daily repair after it finds nothing left to replay.
		const repair = await driveJob(await startJob('repair'));
		expect(repair.result?.journalEntries ?? 0).toBe(0);
		expect((await collector(counted.ip).stats()).totalRequests).toBe(0);
		expect((await collector(missed.ip).stats()).totalRequests).toBe(0);
	});
});
