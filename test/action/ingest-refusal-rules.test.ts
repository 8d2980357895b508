/**
 * Refusals and the journal's oldest event as rule metrics: `refused_requests` and
 * `refusal_ratio` from the collector's `refused` series, `journal_oldest_age_seconds` from the
 * snapshot, and the default rules that watch them. Refusals never move `error_rate`.
 */
import { describe, expect, it } from 'vitest';
import { evaluateRule, instantValue } from '../../action/src/core/alerts/evaluate-rules.ts';
import { formatValue } from '../../action/src/core/alerts/metrics.ts';
import { metricSeries } from '../../action/src/core/alerts/series.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { analyzeCost, DEFAULT_PRICES } from '../../action/src/core/cost/cost.ts';
import type { Snapshot, Timeseries } from '../../worker/src/contract/index.ts';
import { makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

const NOW = Date.parse('2026-11-22T12:00:30Z');
const MINUTE = 60_000;
const config = parseConfig('', 'defaults');

/** 100 served requests a minute, 1 failing; from `probeFrom` on, `refused` refusals a minute too. */
function series(probeFrom: number, refused: number): Timeseries {
	const ts = makeTimeseries(NOW, () => ({ requests: 100, errors: 1 }));
	const start = Date.parse(ts.start);
	ts.series.refused = ts.series.requests.map((_, i) => (start + i * MINUTE >= probeFrom ? refused : 0));
	return ts;
}

function evalDefault(alert: string, ts: Timeseries, snapshot: Snapshot = makeSnapshot({ now: NOW })) {
	const rule = config.rules.find((r) => r.alert === alert);
	if (!rule) throw new Error(`no default rule ${alert}`);
	const usage = makeUsage(NOW, 3, () => 1000);
	const cost = analyzeCost(usage, DEFAULT_PRICES, new Date(NOW));
	return evaluateRule(rule, {
		config,
		now: NOW,
		data: { snapshot, timeseries: ts, usage, cost },
		scrapeError: null,
		previous: new Map(),
	});
}

describe('refusal metrics', () => {
	it('refusal_ratio is refused ÷ all record requests over the window; refused_requests sums them', () => {
		const ts = series(NOW - 30 * MINUTE, 900);
		const snap = makeSnapshot({ now: NOW });
		const ratio = metricSeries('refusal_ratio', 15 * MINUTE, ts, snap, [], NOW);
		expect(ratio.values.at(-1)).toBeCloseTo(900 / 1000, 9);
		expect(ratio.values.at(-40)).toBe(0);
		const count = metricSeries('refused_requests', 15 * MINUTE, ts, snap, [], NOW);
		expect(count.values.at(-1)).toBe(15 * 900);
		// 900 refusals a minute next to 1 failure in 100 served requests: the error rate stays 1%.
		const errors = metricSeries('error_rate', 15 * MINUTE, ts, snap, [], NOW);
		expect(errors.values.at(-1)).toBeCloseTo(0.01, 9);
	});

	it('has no data (not zero) from a collector without the refused series', () => {
		const ts = makeTimeseries(NOW, () => ({ requests: 100 }));
		expect(ts.series.refused).toBeUndefined();
		const ratio = metricSeries('refusal_ratio', 15 * MINUTE, ts, makeSnapshot({ now: NOW }), [], NOW);
		// Served requests alone give a ratio of 0 refused; the count has no data at all.
		expect(ratio.values.at(-1)).toBe(0);
		const count = metricSeries('refused_requests', 15 * MINUTE, ts, makeSnapshot({ now: NOW }), [], NOW);
		expect(count.values.at(-1)).toBeNull();
	});

	it('the default IngestRefusalsHigh warns on a sustained probe, ErrorRateHigh stays quiet', () => {
		const probe = series(NOW - 30 * MINUTE, 900);
		const refusals = evalDefault('IngestRefusalsHigh', probe);
		expect(refusals).toMatchObject({ status: 'firing', severity: 'warning', metric: 'refusal_ratio' });
		expect(refusals.summary).toContain('90');
		// A 1% error rate is over ErrorRateHigh's critical threshold either way; what matters is that it reads 1%, not 0.1%.
		expect(evalDefault('ErrorRateHigh', probe).value).toBeCloseTo(0.01, 9);
		// A short burst (5 minutes) does not last the rule's `for: 10m`.
		expect(evalDefault('IngestRefusalsHigh', series(NOW - 5 * MINUTE, 900)).status).toBe('inactive');
		// Background refusals well under a quarter of the traffic never fire.
		expect(evalDefault('IngestRefusalsHigh', series(NOW - 120 * MINUTE, 10)).status).toBe('inactive');
	});
});

describe('journal_oldest_age_seconds', () => {
	const withJournal = (journal: Snapshot['journal']) => ({ ...makeSnapshot({ now: NOW }), journal });
	const cost = analyzeCost(
		makeUsage(NOW, 3, () => 1000),
		DEFAULT_PRICES,
		new Date(NOW),
	);

	it('reads the age the collector reports, or derives it from the oldest write time', () => {
		const oldestAt = new Date(NOW - 30 * 3600_000).toISOString();
		expect(
			instantValue(
				'journal_oldest_age_seconds',
				withJournal({ backlog: 5, oldestAt, oldestAgeSeconds: 108_000 }),
				cost,
			),
		).toBe(108_000);
		expect(
			instantValue('journal_oldest_age_seconds', withJournal({ backlog: 5, oldestAt }), cost),
		).toBeCloseTo(108_000, 0);
		expect(
			instantValue('journal_oldest_age_seconds', withJournal({ backlog: 0, oldestAt: null }), cost),
		).toBe(0);
		expect(formatValue(108_000, 'seconds')).toBe('30.0 h');
	});

	it('the default JournalOldestEventOld warns after a missed daily repair, critical before ids expire', () => {
		const ts = series(NOW, 0);
		const at = (hours: number) =>
			evalDefault(
				'JournalOldestEventOld',
				ts,
				withJournal({
					backlog: 3,
					oldestAt: new Date(NOW - hours * 3600_000).toISOString(),
					oldestAgeSeconds: hours * 3600,
				}),
			);
		expect(at(20)).toMatchObject({ status: 'inactive' });
		expect(at(30)).toMatchObject({ status: 'firing', severity: 'warning' });
		expect(at(5 * 24 + 1)).toMatchObject({ status: 'firing', severity: 'critical' });
	});
});
