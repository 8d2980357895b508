import { describe, expect, it } from 'vitest';
import type { PreviousState } from '../../action/src/core/alerts/alert.ts';
import { evaluate } from '../../action/src/core/alerts/evaluate.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { analyzeCost, DEFAULT_PRICES } from '../../action/src/core/cost/cost.ts';
import { type Bucket, MINUTE, makeSnapshot, makeTimeseries, makeUsage } from './fixtures.ts';

const T0 = Date.parse('2026-11-22T12:00:00Z');

/** Evaluates one rule (YAML) over a scripted 24 h series as of `now`. */
function evalRule(
	ruleYaml: string,
	bucket: (t: number) => Bucket,
	now: number,
	previous = new Map<string, PreviousState>(),
) {
	const config = parseConfig(`rules:\n${ruleYaml}\nbudgets: []\nslos: []\n`, 'test.yml');
	const usage = makeUsage(now, 20, () => 1000);
	const data = {
		snapshot: makeSnapshot({ now }),
		timeseries: makeTimeseries(now, bucket),
		usage,
		cost: analyzeCost(usage, DEFAULT_PRICES, new Date(now)),
	};
	const [e] = evaluate({ config, now, data, scrapeError: null, previous });
	if (!e) throw new Error('no evaluation');
	return e;
}

const errorRule = (extra = '') => `  - alert: Errors
    metric: error_rate
    window: 1m
    warning: { threshold: 0.05 }
    critical: { threshold: 0.2 }
${extra}`;

// Errors per 100 requests in each minute, as a function of minutes since T0 − 60.
const errorsAt = (f: (m: number) => number) => (t: number) => ({
	requests: 100,
	errors: f(Math.round((t - (T0 - 60 * MINUTE)) / MINUTE)),
});

describe('rule evaluation over the time series', () => {
	const cases: {
		name: string;
		rule: string;
		errors: (m: number) => number;
		runs: number[];
		expect: { status: string; severity: string | null; sinceMin: number | null; ended: number };
	}[] = [
		{
			name: 'a breach that started between runs fires from when it started, not when the run came',
			rule: errorRule(),
			errors: (m) => (m >= 30 ? 10 : 0),
			runs: [T0, T0 + 20 * MINUTE],
			expect: { status: 'firing', severity: 'warning', sinceMin: 31, ended: 0 },
		},
		{
			name: '`for` holds the alert pending for the window, judged on buckets, whenever the run comes',
			rule: errorRule('    for: 10m\n'),
			errors: (m) => (m >= 30 ? 10 : 0),
			runs: [T0 - 25 * MINUTE, T0, T0 + 45 * MINUTE],
			expect: { status: 'firing', severity: 'warning', sinceMin: 40, ended: 0 },
		},
		{
			name: 'a skipped run still records an episode that began and ended in the gap',
			rule: errorRule(),
			errors: (m) => (m >= 30 && m < 40 ? 30 : 0),
			runs: [T0, T0 + 30 * MINUTE],
			expect: { status: 'inactive', severity: null, sinceMin: null, ended: 1 },
		},
		{
			name: 'hysteresis: 4.6% after firing at 5% stays firing (recover 4.5%)',
			rule: errorRule(),
			errors: (m) => (m >= 30 && m < 45 ? 6 : m >= 45 ? 4.6 : 0),
			runs: [T0],
			expect: { status: 'firing', severity: 'warning', sinceMin: 31, ended: 0 },
		},
		{
			name: 'hysteresis: 4.4% clears it',
			rule: errorRule(),
			errors: (m) => (m >= 30 && m < 45 ? 6 : m >= 45 ? 4.4 : 0),
			runs: [T0],
			expect: { status: 'inactive', severity: null, sinceMin: null, ended: 1 },
		},
		{
			name: 'escalates to critical and de-escalates back to warning on the same episode',
			rule: errorRule(),
			errors: (m) => (m >= 30 && m < 40 ? 6 : m >= 40 && m < 50 ? 25 : m >= 50 ? 8 : 0),
			runs: [T0],
			expect: { status: 'firing', severity: 'warning', sinceMin: 31, ended: 0 },
		},
		{
			name: 'keep_firing_for keeps a cleared alert firing for the window',
			rule: errorRule('    keep_firing_for: 15m\n'),
			errors: (m) => (m >= 30 && m < 50 ? 10 : 0),
			runs: [T0 - 5 * MINUTE],
			expect: { status: 'firing', severity: 'warning', sinceMin: 31, ended: 0 },
		},
		{
			name: 'keep_firing_for ends once the window has passed',
			rule: errorRule('    keep_firing_for: 15m\n'),
			errors: (m) => (m >= 30 && m < 50 ? 10 : 0),
			runs: [T0 + 10 * MINUTE],
			expect: { status: 'inactive', severity: null, sinceMin: null, ended: 1 },
		},
	];
	for (const c of cases) {
		it(c.name, () => {
			// Every run time gives the same answer about the episode: late or skipped runs change nothing.
			const results = c.runs.map((now) => evalRule(c.rule, errorsAt(c.errors), now));
			const last = results.at(-1);
			expect(last?.status).toBe(c.expect.status);
			expect(last?.severity).toBe(c.expect.severity);
			const since =
				last?.since === null || last?.since === undefined ? null : (last.since - (T0 - 60 * MINUTE)) / MINUTE;
			expect(since).toBe(c.expect.sinceMin);
			expect(last?.endedEpisodes.length).toBe(c.expect.ended);
		});
	}

	it('reports the same start time whether the run is on time or 40 minutes late', () => {
		const on = evalRule(
			errorRule('    for: 5m\n'),
			errorsAt((m) => (m >= 30 ? 10 : 0)),
			T0 - 20 * MINUTE,
		);
		const late = evalRule(
			errorRule('    for: 5m\n'),
			errorsAt((m) => (m >= 30 ? 10 : 0)),
			T0 + 20 * MINUTE,
		);
		expect(on.since).not.toBeNull();
		expect(late.since).toBe(on.since);
	});

	it('the peak severity of an episode is kept even after de-escalation', () => {
		const e = evalRule(
			errorRule(),
			errorsAt((m) => (m >= 30 && m < 40 ? 25 : m >= 40 && m < 50 ? 8 : 0)),
			T0,
		);
		expect(e.endedEpisodes[0]?.peak).toBe('critical');
	});
});

describe('no data', () => {
	const gapAfter = (m: number) => (t: number) => {
		const min = Math.round((t - (T0 - 60 * MINUTE)) / MINUTE);
		return min >= m ? { requests: null } : { requests: 100, errors: min >= 30 ? 10 : 0 };
	};
	it('keep_last: a firing alert stays firing through a gap (missing data never resolves)', () => {
		const e = evalRule(errorRule(), gapAfter(40), T0);
		expect(e.status).toBe('firing');
		expect(e.value).toBeCloseTo(0.1);
	});
	it('keep_last: a quiet alert stays quiet through a gap', () => {
		const e = evalRule(
			errorRule(),
			(t) => (t > T0 - 30 * MINUTE ? { requests: null } : { requests: 100 }),
			T0,
		);
		expect(e.status).toBe('inactive');
	});
	it('alerting: a gap fires the lowest level', () => {
		const e = evalRule(
			errorRule('    no_data: alerting\n'),
			(t) => (t > T0 - 10 * MINUTE ? { requests: null } : { requests: 100 }),
			T0,
		);
		expect(e.status).toBe('firing');
		expect(e.severity).toBe('warning');
	});
	it('no data at all with an open issue firing keeps it (status nodata, never resolved)', () => {
		const previous = new Map<string, PreviousState>();
		const probe = evalRule(errorRule(), () => ({ requests: null }), T0);
		previous.set(probe.fingerprint, { severity: 'critical', since: T0 - 48 * 3_600_000, status: 'firing' });
		const e = evalRule(errorRule(), () => ({ requests: null }), T0, previous);
		expect(e.status).toBe('firing');
		expect(e.severity).toBe('critical');
	});
	it('a failed scrape yields nodata for every rule and fires CollectorUnreachable', () => {
		const config = parseConfig('', 'test.yml');
		const evals = evaluate({
			config,
			now: T0,
			data: null,
			scrapeError: 'GET /api/admin/snapshot: fetch failed',
			previous: new Map(),
		});
		const meta = evals.find((e) => e.alertname === 'CollectorUnreachable');
		expect(meta?.status).toBe('firing');
		expect(meta?.severity).toBe('critical');
		expect(evals.filter((e) => e.kind !== 'meta').every((e) => e.status === 'nodata')).toBe(true);
	});
});
