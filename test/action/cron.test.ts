import { describe, expect, it } from 'vitest';
import { previousTick, schedulerLag } from '../../action/src/core/config/cron.ts';

describe('previousTick', () => {
	it.each([
		['3-59/5 * * * *', '2026-11-22T04:06:30Z', '2026-11-22T04:03:00.000Z'],
		['3-59/5 * * * *', '2026-11-22T04:03:00Z', '2026-11-22T04:03:00.000Z'],
		['3-59/5 * * * *', '2026-11-22T04:02:59Z', '2026-11-22T03:58:00.000Z'],
		['0 2 * * *', '2026-11-22T01:00:00Z', '2026-11-21T02:00:00.000Z'],
		['0 3 * * 0', '2026-11-24T12:00:00Z', '2026-11-22T03:00:00.000Z'],
		['0 4 1 * *', '2026-11-22T12:00:00Z', null],
		['30 1,13 * * *', '2026-11-22T14:00:00Z', '2026-11-22T13:30:00.000Z'],
	])('%s before %s → %s', (cron, at, expected) => {
		expect(previousTick(cron, new Date(at))?.toISOString() ?? null).toBe(expected);
	});

	it.each(['* * * *', '61 * * * *', 'x * * * *', '5-1 * * * *'])('rejects %j', (cron) => {
		expect(() => previousTick(cron, new Date())).toThrow(/cron/);
	});
});

describe('schedulerLag', () => {
	it('measures how late a scheduled run started', () => {
		expect(schedulerLag('3-59/5 * * * *', new Date('2026-11-22T04:11:42Z'))).toEqual({
			schedule: '3-59/5 * * * *',
			expectedAt: '2026-11-22T04:08:00.000Z',
			startedAt: '2026-11-22T04:11:42.000Z',
			lagSeconds: 222,
		});
	});
});
