import { describe, expect, it } from 'vitest';
import {
	etaMs,
	itemsPerSecond,
	parseJobArgs,
	progressLine,
} from '../../action/src/core/jobs/job-progress.ts';
import type { JobStatus } from '../../worker/src/contract/index.ts';

function status(done: number, total: number | null, state: JobStatus['state'] = 'running'): JobStatus {
	return {
		id: 'j',
		type: 'backup',
		state,
		progress: { done, total, percent: total ? (done / total) * 100 : null, phase: 'process' },
		createdAt: '2026-11-01T00:00:00.000Z',
		updatedAt: '2026-11-01T00:00:10.000Z',
		finishedAt: null,
		result: null,
	};
}

describe('job progress', () => {
	it.each([
		[[], null],
		[[{ at: 0, done: 0 }], null],
		[
			[
				{ at: 0, done: 0 },
				{ at: 2000, done: 100 },
			],
			50,
		],
		// Only the last minute counts: a slow start does not drag the rate down forever.
		[
			[
				{ at: 0, done: 0 },
				{ at: 60_000, done: 10 },
				{ at: 120_000, done: 610 },
			],
			10,
		],
	])('rate of %j is %s items/s', (samples, rate) => {
		expect(itemsPerSecond(samples)).toBe(rate);
	});

	it('estimates the time left from the rate, and nothing without a total', () => {
		expect(etaMs(status(250, 1000), 50)).toBe(15_000);
		expect(etaMs(status(250, null), 50)).toBeNull();
		expect(etaMs(status(250, 1000), 0)).toBeNull();
	});

	it('prints state, phase, counts, percent, rate and ETA', () => {
		expect(progressLine(status(250, 1000), 50)).toBe(
			'j running [process] 250/1000 25.0% 50.0 items/s ETA 15s',
		);
		expect(progressLine(status(1000, 1000, 'succeeded'), 50)).toBe(
			'j succeeded [process] 1000/1000 100.0% 50.0 items/s',
		);
	});

	it('types --param values and reads durations', () => {
		expect(
			parseJobArgs([
				'restore',
				'--param',
				'backupId=b1',
				'--param',
				'batchSize=20',
				'--param',
				'dryRun=true',
				'--budget',
				'1h30m',
			]),
		).toMatchObject({
			type: 'restore',
			params: { backupId: 'b1', batchSize: 20, dryRun: true },
			budgetMs: 5_400_000,
		});
		expect(parseJobArgs(['--watch', 'cleanup-1'])).toMatchObject({ type: null, id: 'cleanup-1' });
		expect(parseJobArgs(['backup', '--config', 'ops/pathwatch.yml'])).toMatchObject({
			type: 'backup',
			config: 'ops/pathwatch.yml',
		});
		expect(() => parseJobArgs(['backup', '--config'])).toThrow(/needs a value/);
		expect(() => parseJobArgs(['--watch', 'x', 'backup'])).toThrow();
		expect(() => parseJobArgs(['--watch', 'x', '--param', 'a=b'])).toThrow(/only applies/);
	});
});
