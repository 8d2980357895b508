import { describe, expect, it } from 'vitest';
import { demoHistory, HISTORY_DAYS } from '../../action/src/demo/history.ts';
import { HistoryImportSchema } from '../../worker/src/contract/history.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 2, 14, 37, 12);

describe('demoHistory', () => {
	const h = demoHistory(NOW);

	it('is a valid import of 30 days of whole hours ending before the current hour', () => {
		expect(HistoryImportSchema.parse(h)).toEqual(h);
		expect(h.hours).toHaveLength(HISTORY_DAYS * 24);
		const starts = h.hours.map((x) => Date.parse(x.start));
		for (const s of starts) expect(s % HOUR).toBe(0);
		expect(Math.max(...starts)).toBe(Math.floor(NOW / HOUR) * HOUR - HOUR);
		expect(new Set(starts).size).toBe(starts.length);
	});

	it('has traffic on every day, a daily cycle, growth and one bad afternoon', () => {
		const requests = (x: (typeof h.hours)[number]) => x.latency.reduce((a, [, n]) => a + n, 0);
		const byHour = new Map<number, number>();
		for (const x of h.hours) {
			const hr = new Date(x.start).getUTCHours();
			byHour.set(hr, (byHour.get(hr) ?? 0) + requests(x));
		}
		expect(byHour.get(15) ?? 0).toBeGreaterThan(2 * (byHour.get(3) ?? 0));
		const days = new Set(h.hours.filter((x) => requests(x) > 0).map((x) => x.start.slice(0, 10)));
		expect(days.size).toBeGreaterThanOrEqual(30);
		const week = (i: number) => h.hours.slice(i * 168, (i + 1) * 168).reduce((a, x) => a + requests(x), 0);
		expect(week(3)).toBeGreaterThan(week(0));
		const bad = h.hours.filter((x) => (x.errors.do_error ?? 0) / requests(x) > 0.01);
		expect(bad.length).toBe(3);
		expect(demoHistory(NOW)).toEqual(h);
	});
});
