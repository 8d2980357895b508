import { evictDurableObject, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JobType } from '../../worker/src/contract/index.ts';
import type { CollectorPort } from '../../worker/src/core/jobs/ports.ts';
import type { CollectorJobRpc } from '../../worker/src/core/rpc.ts';
import type { JobBindings } from '../../worker/src/objects/job-runner.ts';
import {
	DAY_MS,
	driveJob,
	freshIp,
	jobStatus,
	patchBindings,
	runner,
	seedIp,
	startJob,
} from './jobs-fixtures.ts';

type Method = keyof CollectorPort;

/**
 * Wraps the collector binding: counts every call that reached a collector, and makes call
 * number `failAt` of `method` fail before it reaches one (once).
 */
function faultyCollectors(real: JobBindings['collector'], method: Method, failAt: number) {
	const reached: string[] = [];
	const attempts: Record<string, number> = {};
	const wrap =
		<A extends unknown[], R>(ip: string, name: Method, call: (...args: A) => Promise<R>) =>
		async (...args: A): Promise<R> => {
			attempts[name] = (attempts[name] ?? 0) + 1;
			if (name === method && attempts[name] === failAt)
				throw new Error(`injected failure of ${name} on ${ip}`);
			const result = await call(...args);
			reached.push(`${name} ${ip}`);
			return result;
		};
	const collector = (ip: string): CollectorJobRpc => {
		const c = real(ip);
		return {
			statsBooked: wrap(ip, 'stats', () => c.statsBooked()),
			compactBooked: wrap(ip, 'compact', () => c.compactBooked()),
			exportAllBooked: wrap(ip, 'exportAll', () => c.exportAllBooked()),
			restoreBooked: wrap(ip, 'restore', (...args: Parameters<CollectorPort['restore']>) =>
				c.restoreBooked(...args),
			),
			purgeBooked: wrap(ip, 'purge', (...args: Parameters<CollectorPort['purge']>) => c.purgeBooked(...args)),
			flushReportBooked: wrap(ip, 'flushReport', () => c.flushReportBooked()),
		};
	};
	/** How many times `name` reached each IP's collector. */
	const counts = (name: Method) => {
		const out: Record<string, number> = {};
		for (const r of reached)
			if (r.startsWith(`${name} `)) out[r.slice(name.length + 1)] = (out[r.slice(name.length + 1)] ?? 0) + 1;
		return out;
	};
	return { collector, counts };
}

type Case = {
	type: JobType;
	method: Method;
	params?: Record<string, unknown>;
	lastActivity?: number;
	/** Work done before the job (e.g. the backup a restore reads). */
	prepare?: () => Promise<Record<string, unknown>>;
	/** The counter that must equal the number of IPs at the end. */
	counter: string;
};

const N = 7;
const CASES: Case[] = [
	{ type: 'cleanup', method: 'purge', lastActivity: Date.now() - 60 * DAY_MS, counter: 'cleaned' },
	{ type: 'compact', method: 'compact', params: { minRequests: 0 }, counter: 'pathsBefore' },
	{ type: 'optimize', method: 'flushReport', lastActivity: Date.now() - 20 * 60_000, counter: 'candidates' },
	{ type: 'repair', method: 'stats', counter: 'consistent' },
	{ type: 'backup', method: 'exportAll', counter: 'backedUp' },
	{ type: 'export', method: 'exportAll', counter: 'exportedIps' },
	{
		type: 'restore',
		method: 'restore',
		// The collectors still hold what the backup holds: each is checked once and left as it is.
		counter: 'unchanged',
		prepare: async () => {
			const backup = await driveJob(await startJob('backup'));
			return { backupId: String(backup.result?.backupId) };
		},
	},
];

describe('jobs resume after a failure mid-batch', () => {
	beforeEach(() => reset());

	for (const c of CASES) {
		it(`${c.type}: processes every item exactly once`, async () => {
			const ips: string[] = [];
			for (let i = 0; i < N; i++)
				ips.push((await seedIp(freshIp(), c.lastActivity ?? Date.now() - 5000, 2, 1)).ip);
			const extra = (await c.prepare?.()) ?? {};
			const id = `resume-${c.type}`;
			let faults: ReturnType<typeof faultyCollectors> | null = null;
			// The fifth call fails: the second batch of three is under way.
			await patchBindings(id, (b) => {
				faults = faultyCollectors(b.collector, c.method, 5);
				return { collector: faults.collector };
			});
			await startJob(c.type, { batchSize: 3, concurrency: 1, ...c.params, ...extra }, id);

			const afterFailure = await driveJob(id, (s) => s.error !== undefined);
			expect(afterFailure.state).toBe('running');
			expect(afterFailure.error?.message).toMatch(/injected failure/);
			const done = await driveJob(id);
			expect(done.state).toBe('succeeded');
			expect(done.error).toBeUndefined();

			const counts = (faults as ReturnType<typeof faultyCollectors> | null)?.counts(c.method) ?? {};
			expect(Object.keys(counts).sort()).toEqual([...ips].sort());
			expect(Object.values(counts).every((n) => n === 1)).toBe(true);
			const expected = c.counter === 'pathsBefore' ? 2 * N : N;
			expect(done.result?.[c.counter]).toBe(expected);
			expect(done.result?.itemErrors).toBeUndefined();
			expect(done.result?.failedSteps).toBe(1);
		});
	}

	it('backup: resumes from storage after the runner is evicted mid-job', async () => {
		const ips: string[] = [];
		for (let i = 0; i < N; i++) ips.push((await seedIp(freshIp(), Date.now() - 5000, 1, 1)).ip);
		const id = 'resume-evicted';
		await startJob('backup', { batchSize: 2, partRecords: 2 }, id);
		await driveJob(id, (s) => s.progress.phase === 'process' && s.progress.done >= 2);
		await evictDurableObject(runner(id));
		const done = await driveJob(id);
		expect(done.result).toMatchObject({ exported: N, backedUp: N });
		const manifestText = await (await env.ARCHIVE.get(String(done.result?.manifestKey)))?.text();
		const lines: string[] = [];
		for (const part of JSON.parse(manifestText ?? '{}').parts as Array<{ key: string }>) {
			lines.push(...((await (await env.ARCHIVE.get(part.key))?.text()) ?? '').trim().split('\n'));
		}
		expect(lines.map((l) => JSON.parse(l).ip).sort()).toEqual([...ips].sort());
		expect((await jobStatus(id)).progress).toMatchObject({ done: N, total: N, percent: 100 });
	});
});
