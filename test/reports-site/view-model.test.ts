import { describe, expect, it } from 'vitest';
import { computeHealth } from '../../action/src/core/alerts/health.ts';
import { thresholdsFromConfig } from '../../action/src/site/site-input.ts';
import { absoluteChange, relativeChange } from '../../reports-site/src/core/display/change.ts';
import {
	decimateWithGaps,
	isolatedPoints,
	type Point,
} from '../../reports-site/src/core/display/decimate.ts';
import { formatMoney, formatPercent } from '../../reports-site/src/core/display/format.ts';
import { chartData, perMinute, ratio } from '../../reports-site/src/core/display/series.ts';
import { sparklinePath } from '../../reports-site/src/core/display/sparkline.ts';
import { safeHttpUrl, selectAlerts } from '../../reports-site/src/core/sections/alerts.ts';
import { isoWeek, weeklyTotals } from '../../reports-site/src/core/sections/cost-panel.ts';
import { buildViewModel } from '../../reports-site/src/core/view-model.ts';
import { viewOptions } from '../../reports-site/src/core/view-options.ts';
import { DEFAULT_CONFIG_FOR_TESTS, SEED_THRESHOLDS } from './config.ts';
import { FIXED_NOW, syntheticAlerts, syntheticSiteInput, syntheticTimeseries } from './fixtures.ts';

describe('view model', () => {
	const input = syntheticSiteInput();
	const page = buildViewModel(input, viewOptions({ thresholds: SEED_THRESHOLDS }));

	it('has the six summary tiles with values from the snapshot and the models', () => {
		const tiles = Object.fromEntries(page.tiles.map((t) => [t.id, t]));
		expect(Object.keys(tiles)).toEqual([
			'total-dos',
			'active-dos',
			'idle-dos',
			'daily-cost',
			'monthly-cost',
			'health',
		]);
		expect(tiles['total-dos']?.value).toBe('1,873');
		expect(tiles['total-dos']?.change?.text).toBe('+37');
		expect(tiles['active-dos']?.value).toBe('412');
		expect(tiles['idle-dos']?.value).toBe('1,461');
		const health = computeHealth(input.snapshot, DEFAULT_CONFIG_FOR_TESTS.sla, FIXED_NOW).score;
		expect(tiles.health?.value).toBe(String(health));
		expect(tiles['monthly-cost']?.value).toBe(formatMoney(input.cost?.projected.cost ?? -1));
		// Status is carried as text and an icon, never by colour alone.
		for (const t of page.tiles.filter((t) => t.status)) {
			expect(t.status?.text).not.toBe('');
			expect(t.status?.icon).not.toBe('');
		}
	});

	it('draws sparklines from measured series and says why one is missing', () => {
		const active = page.tiles.find((t) => t.id === 'active-dos');
		expect(active?.spark?.path).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+/);
		const total = page.tiles.find((t) => t.id === 'total-dos');
		expect(total?.spark).toBeNull();
		expect(total?.hint).toContain('no history');
	});

	it('compares the last 24 h with the 24 h before', () => {
		const active = page.tiles.find((t) => t.id === 'active-dos');
		expect(active?.change?.basis).toBe('vs previous 24 h');
		expect(active?.change?.text).toMatch(/^[+−±]/);
	});

	it('uses the config thresholds for statuses', () => {
		const strict = thresholdsFromConfig(DEFAULT_CONFIG_FOR_TESTS);
		const p95 = buildViewModel(
			input,
			viewOptions({ thresholds: { ...strict, p95Ms: { warning: 10, critical: 30 } } }),
		);
		expect(p95.performance.find((c) => c.id === 'p95Ms')?.status?.level).toBe('critical');
		expect(page.performance.find((c) => c.id === 'p95Ms')?.status?.level).toBe('ok');
	});

	it('reproduces the seed thresholds from the built-in config', () => {
		const t = thresholdsFromConfig(DEFAULT_CONFIG_FOR_TESTS);
		expect(t.p95Ms).toEqual({ warning: 100, critical: 200 });
		expect(t.errorRate).toEqual({ warning: 0.005, critical: 0.01 });
		expect(t.monthlyCost).toEqual({ warning: 30, critical: 50 });
		expect(t.sla.max_p95_ms).toBe(50);
	});

	it('builds a figure per trend with a summary and a table per range', () => {
		expect(page.trends.figures.map((f) => f.id)).toEqual(['requests', 'latency', 'errors', 'cost']);
		for (const f of page.trends.figures) {
			expect(f.tables.map((t) => t.range)).toEqual(['24h', '7d', '30d']);
			expect(f.summaries['24h']).not.toBe('');
			expect(f.initialSummary).toBe(f.summaries['24h']);
		}
		const requests = page.trends.figures[0];
		expect(requests?.tables[0]?.rows.length).toBeGreaterThanOrEqual(24);
		expect(requests?.tables[2]?.rows.length).toBeGreaterThanOrEqual(30);
		// The cost chart shows at least a week even for the 24 h range.
		const cost = page.trends.figures[3];
		expect(cost?.tables[0]?.rows.length).toBeGreaterThanOrEqual(7);
	});

	it('marks the page stale from the snapshot age', () => {
		const fresh = buildViewModel(
			syntheticSiteInput({ snapshotAgeSeconds: 60 }),
			viewOptions({ thresholds: SEED_THRESHOLDS }),
		);
		const old = buildViewModel(
			syntheticSiteInput({ snapshotAgeSeconds: 3 * 3600 }),
			viewOptions({ thresholds: SEED_THRESHOLDS }),
		);
		expect(fresh.stale.isStale).toBe(false);
		expect(old.stale.isStale).toBe(true);
		expect(old.stale.text).toContain('3 h');
	});

	it('says so when alerts were not read, rather than claiming none fire', () => {
		const none = buildViewModel({ ...input, alerts: null }, viewOptions({ thresholds: SEED_THRESHOLDS }));
		expect(none.alerts.loaded).toBe(false);
		expect(none.overall.level).toBe('unknown');
		expect(none.alerts.summary).toContain('not read');
	});
});

describe('alerts', () => {
	const now = FIXED_NOW.getTime();
	it('lists firing first, then recently resolved, each by severity then time', () => {
		const alerts = syntheticAlerts(FIXED_NOW);
		const { firing, resolved } = selectAlerts(alerts, now, 7);
		expect(firing.map((a) => a.fingerprint)).toEqual(['8f2c61d0a4b7e913', '17ab93c2e0f4d865']);
		// The 19-day-old incident is outside the 7-day window.
		expect(resolved.map((a) => a.fingerprint)).toEqual(['c0ffee0123456789']);
		const mixed = [
			{ ...alerts[1], fingerprint: 'w-new', openedAt: new Date(now - 60_000).toISOString() },
			{ ...alerts[1], fingerprint: 'w-old', openedAt: new Date(now - 600_000).toISOString() },
			{ ...alerts[0], fingerprint: 'c-old', openedAt: new Date(now - 900_000).toISOString() },
			// An unreadable severity ranks below every known one, however recent.
			{
				...alerts[1],
				fingerprint: 'i-new',
				severity: 'info',
				openedAt: new Date(now - 30_000).toISOString(),
			},
		].map((a) => ({ ...a, state: 'firing' as const, resolvedAt: null, severity: a.severity ?? 'warning' }));
		expect(selectAlerts(mixed as typeof alerts, now, 7).firing.map((a) => a.fingerprint)).toEqual([
			'c-old',
			'w-new',
			'w-old',
			'i-new',
		]);
	});

	it('keeps only http(s) links', () => {
		expect(safeHttpUrl('https://github.com/o/r/issues/1')).toBe('https://github.com/o/r/issues/1');
		expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
		expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
		expect(safeHttpUrl('/relative')).toBeNull();
	});
});

describe('series', () => {
	it('keeps null buckets as gaps through every derivation', () => {
		expect(ratio([1, null, 3, 0], [10, 10, null, 0])).toEqual([0.1, null, null, null]);
		expect(perMinute([120, null], 3600)).toEqual([2, null]);
		const ts = syntheticTimeseries('24h', FIXED_NOW, { stepSeconds: 60, steps: 100, gapEvery: 40 });
		const gaps = ts.series.requests.map((v, i) => (v === null ? i : -1)).filter((i) => i >= 0);
		expect(gaps.length).toBeGreaterThan(0);
		for (const chart of chartData(ts))
			for (const line of chart.lines) for (const i of gaps) expect(line.values[i]).toBeNull();
	});

	it('decimates each gap-free run and keeps the gaps', () => {
		const points: Point[] = Array.from({ length: 8640 }, (_, i) => ({
			x: i * 300_000,
			y: i >= 4000 && i < 4100 ? null : Math.sin(i / 50) * 100,
		}));
		const out = decimateWithGaps(points, 800);
		expect(out.length).toBeLessThan(900);
		expect(out.length).toBeGreaterThan(700);
		expect(out[0]).toEqual(points[0]);
		expect(out.at(-1)).toEqual(points.at(-1));
		const nullAt = out.findIndex((p) => p.y === null);
		expect(nullAt).toBeGreaterThan(0);
		// No drawn segment crosses the gap: the points either side of the null are the run ends.
		expect(out[nullAt - 1]?.x).toBe(3999 * 300_000);
		expect(out[nullAt + 1]?.x).toBe(4100 * 300_000);
		expect(out.filter((p) => p.y === null)).toHaveLength(1);
		// Sorted by x, as chart.js requires with `normalized: true`.
		for (let i = 1; i < out.length; i++) expect((out[i]?.x ?? 0) >= (out[i - 1]?.x ?? 0)).toBe(true);
	});

	it('finds points that stand alone between gaps (drawn as dots)', () => {
		const ys = [null, 4, null, 5, 6, null, 7];
		expect(isolatedPoints(ys.map((y, x) => ({ x, y })))).toEqual([
			false,
			true,
			false,
			false,
			false,
			false,
			true,
		]);
	});

	it('leaves short series untouched', () => {
		const pts = [
			{ x: 0, y: 1 },
			{ x: 1, y: null },
			{ x: 2, y: 3 },
		];
		expect(decimateWithGaps(pts, 10)).toBe(pts);
	});

	it('draws sparklines with gaps and nothing from fewer than two points', () => {
		expect(sparklinePath([null, 5, null])).toBeNull();
		const d = sparklinePath([1, 2, null, 4, 5]) ?? '';
		expect(d.match(/M/g)).toHaveLength(2);
	});
});

describe('changes and formatting', () => {
	it('computes relative and absolute change with sentiment', () => {
		expect(relativeChange(110, 100, 'lower-better', 'b')).toMatchObject({
			text: '+10%',
			direction: 'up',
			sentiment: 'bad',
		});
		expect(relativeChange(90, 100, 'lower-better', 'b')).toMatchObject({ text: '−10%', sentiment: 'good' });
		// The direction is the icon and a hidden word ("up"): the text only says where from.
		expect(relativeChange(5, 0, 'lower-better', 'b')).toMatchObject({
			text: 'from 0',
			direction: 'up',
			sentiment: 'bad',
		});
		expect(relativeChange(null, 3, 'neutral', 'b')).toBeNull();
		expect(absoluteChange(80, 82.5, 'higher-better', 'b', ' pts')).toMatchObject({
			text: '−2.5 pts',
			sentiment: 'bad',
		});
	});

	it('formats small figures without rounding them to zero', () => {
		expect(formatPercent(0.00004)).toBe('0.004%');
		expect(formatMoney(0.0042)).toBe('$0.0042');
		expect(formatPercent(null)).toBe('—');
	});

	it('groups cost by ISO week', () => {
		expect(isoWeek('2025-06-18')).toBe('2025-W25');
		expect(isoWeek('2024-12-30')).toBe('2025-W01');
		const weeks = weeklyTotals([
			{ date: '2025-06-16', complete: true, grossCost: 1 },
			{ date: '2025-06-17', complete: true, grossCost: 3 },
			{ date: '2025-06-23', complete: false, grossCost: 2 },
		]);
		expect(weeks).toEqual([
			{ week: '2025-W26', total: 2, peak: 2, days: 1 },
			{ week: '2025-W25', total: 4, peak: 3, days: 2 },
		]);
	});
});
