import { reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../worker/src/core/jobs/manifest.ts';
import type { ShardArchiveRpc } from '../../worker/src/core/jobs/ports.ts';
import type { CollectorMinuteDelta } from '../../worker/src/core/reports.ts';
import { DAY_MS, driveJob, freshIp, listKeys, patchBindings, shardOf, startJob } from './jobs-fixtures.ts';

function delta(records: number): CollectorMinuteDelta {
	return {
		records,
		doRequests: { record: records, admin: 0, job: 0 },
		rowsRead: 0,
		rowsWritten: records,
		activeMs: 5,
		newPaths: 0,
	};
}

/** Rollup rows for activity 120, 100 and 10 days ago, as a collector's reports create them. */
async function seedHistory(ip: string, now: number): Promise<void> {
	const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;
	await shardOf(ip).reportCollector({
		ip,
		state: {
			totalRequests: 23,
			pathCount: 1,
			storageBytes: 4096,
			firstSeen: now - 120 * DAY_MS,
			lastActivity: now - 10 * DAY_MS,
		},
		minutes: {
			[minute(now - 120 * DAY_MS)]: delta(5),
			[minute(now - 100 * DAY_MS)]: delta(7),
			[minute(now - 10 * DAY_MS)]: delta(11),
		},
		isNew: true,
	});
}

type Line = { table: string; key: string; data: { records?: number } };

async function archivedLines(prefix: string): Promise<Line[]> {
	const lines: Line[] = [];
	for (const key of await listKeys(prefix)) {
		if (!key.endsWith('.ndjson')) continue;
		const text = (await (await env.ARCHIVE.get(key))?.text()) ?? '';
		for (const l of text.trim().split('\n')) lines.push(JSON.parse(l) as Line);
	}
	return lines;
}

describe('archive job', () => {
	beforeEach(() => reset());

	it('moves rollups and usage older than 90 days to monthly R2 objects, then deletes them', async () => {
		const now = Date.now();
		const ip = freshIp();
		await seedHistory(ip, now);

		const done = await driveJob(await startJob('archive'));
		expect(done.state).toBe('succeeded');
		expect(done.result?.prunedRows).toBe(done.result?.archivedRows);
		const lines = await archivedLines('archives/stats/');
		const hourRecords = lines
			.filter((l) => l.table === 'rollup_hour')
			.reduce((s, l) => s + (l.data.records ?? 0), 0);
		const dayRecords = lines
			.filter((l) => l.table === 'usage_day')
			.reduce((s, l) => s + (l.data.records ?? 0), 0);
		expect(hourRecords).toBe(12);
		expect(dayRecords).toBe(12);
		for (const key of (await listKeys('archives/stats/')).filter((k) => k.endsWith('manifest.json'))) {
			const manifest = ManifestSchema.parse(
				JSON.parse((await (await env.ARCHIVE.get(key))?.text()) ?? 'null'),
			);
			expect(manifest.kind).toBe('stats-archive');
			expect(key).toMatch(new RegExp(`^archives/stats/${manifest.meta.month}/`));
		}

		// What is younger than the cutoff stays; nothing older is left for a second run.
		const usage = await shardOf(ip).usage({ now, days: 400 });
		const dates = usage.map((d) => d.date);
		expect(dates).toContain(new Date(now - 10 * DAY_MS).toISOString().slice(0, 10));
		expect(dates.some((d) => String(d) < new Date(now - 90 * DAY_MS).toISOString().slice(0, 10))).toBe(false);
		const again = await driveJob(await startJob('archive'));
		expect(again.result?.archivedRows).toBeUndefined();
		expect(again.result?.objects).toEqual([]);
	});

	it('survives a failure between archiving and pruning without exporting anything twice', async () => {
		const now = Date.now();
		for (let i = 0; i < 3; i++) await seedHistory(freshIp(), now);
		const exports: string[] = [];
		let failed = false;
		const id = 'archive-resume';
		await patchBindings(id, (real) => ({
			shardArchive: (index: number): ShardArchiveRpc => {
				const s = real.shardArchive(index);
				return {
					archiveMonths: (cutoff) => s.archiveMonths(cutoff),
					archiveExport: async (month, cutoff) => {
						exports.push(`${index}/${month}`);
						return s.archiveExport(month, cutoff);
					},
					archivePrune: async (month, cutoff) => {
						if (!failed) {
							failed = true;
							throw new Error('injected failure before pruning');
						}
						return s.archivePrune(month, cutoff);
					},
				};
			},
		}));
		await startJob('archive', {}, id);
		const done = await driveJob(id);
		expect(done.state).toBe('succeeded');
		expect(done.result?.failedSteps).toBe(1);
		expect(new Set(exports).size).toBe(exports.length);
		expect(done.result?.prunedRows).toBe(done.result?.archivedRows);
		const lines = await archivedLines('archives/stats/');
		expect(
			lines.filter((l) => l.table === 'rollup_hour').reduce((s, l) => s + (l.data.records ?? 0), 0),
		).toBe(36);
	});
});
