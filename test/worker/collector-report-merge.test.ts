import { describe, expect, it } from 'vitest';
import { emptyDelta, mergeCollectorReports } from '../../worker/src/core/collector-batch.ts';
import type { CollectorReport } from '../../worker/src/core/reports.ts';

const M0 = Date.UTC(2026, 5, 1, 12, 0);
const M1 = M0 + 60_000;

function report(total: number, minutes: Record<number, number>, isNew = false): CollectorReport {
	return {
		ip: '198.51.100.7',
		state: {
			totalRequests: total,
			pathCount: 2,
			storageBytes: 100 + total,
			firstSeen: M0,
			lastActivity: M0 + total,
		},
		minutes: Object.fromEntries(
			Object.entries(minutes).map(([m, records]) => [
				m,
				{ ...emptyDelta(), records, rowsWritten: records + 1, doRequests: { record: 1, admin: 0, job: 0 } },
			]),
		),
		isNew,
	};
}

describe('mergeCollectorReports (one relayed report per IP per flush)', () => {
	it('adds deltas per minute and keeps the newest absolute state', () => {
		const merged = mergeCollectorReports(report(5, { [M0]: 5 }, true), report(8, { [M0]: 2, [M1]: 1 }));
		expect(merged.state).toEqual(report(8, {}).state);
		expect(merged.isNew).toBe(true);
		expect(merged.minutes[M0]).toMatchObject({ records: 7, rowsWritten: 9, doRequests: { record: 2 } });
		expect(merged.minutes[M1]).toMatchObject({ records: 1, rowsWritten: 2, doRequests: { record: 1 } });
	});

	it('keeps the state with more requests when answers arrive out of order', () => {
		const merged = mergeCollectorReports(report(9, { [M0]: 4 }), report(5, { [M0]: 5 }));
		expect(merged.state.totalRequests).toBe(9);
		expect(merged.minutes[M0]?.records).toBe(9);
	});
});
