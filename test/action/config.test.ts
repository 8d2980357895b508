import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { configJsonSchema } from '../../action/src/core/config/config-schema.ts';

const ROOT = new URL('../../', import.meta.url);

function configError(yaml: string): string {
	try {
		parseConfig(yaml, '.github/pathwatch.yml');
	} catch (e) {
		expect((e as Error).name).toBe('UserError');
		return (e as Error).message;
	}
	throw new Error('expected the config to be rejected');
}

describe('config', () => {
	const defaults = parseConfig('', 'defaults');
	const rule = (alert: string) => defaults.rules.find((r) => r.alert === alert);

	it.each([
		['DailyDoRequestsHigh', 80_000, 100_000, 2 * 3600e3, 30 * 60e3],
		['ErrorRateHigh', 0.005, 0.01, 3600e3, 15 * 60e3],
		['P95LatencyHigh', 100, 200, 30 * 60e3, 10 * 60e3],
		['CostPerRequestHigh', 0.0001, 0.0005, 3600e3, 3600e3],
	])(
		'defaults reproduce the seed: %s warns at %d, critical at %d, cooldowns %d / %d ms',
		(name, w, c, cw, cc) => {
			const r = rule(name);
			expect(r?.levels.warning?.threshold).toBe(w);
			expect(r?.levels.critical?.threshold).toBe(c);
			expect(r?.levels.warning?.cooldownMs).toBe(cw);
			expect(r?.levels.critical?.cooldownMs).toBe(cc);
			// Recovery 10% below the threshold (the seed's hysteresis).
			expect(r?.levels.warning?.recover).toBeCloseTo(w * 0.9);
		},
	);

	it('defaults reproduce the seed: active hours 2 per DO and 100 in total, $30/$50 monthly cost, 99.9% SLO', () => {
		expect(rule('ActiveHoursPerDoHigh')?.levels.warning?.threshold).toBe(2);
		expect(rule('ActiveHoursTotalHigh')?.levels.warning?.threshold).toBe(100);
		const budget = defaults.budgets[0];
		const amounts = budget?.thresholds
			.filter((t) => t.basis === 'forecast')
			.map((t) => ((budget?.amount ?? 0) * t.percent) / 100);
		expect(amounts).toEqual([30, 50]);
		expect(defaults.slos[0]?.objective).toBe(99.9);
		expect(defaults.slos[0]?.windows.map((w) => [w.long, w.short, w.burn_rate])).toEqual([
			[3600e3, 300e3, 14.4],
			[6 * 3600e3, 1800e3, 6],
		]);
		expect(defaults.sla).toEqual({
			max_p95_ms: 50,
			max_error_rate: 0.001,
			max_timeout_rate: 0.0001,
			max_utilization: 0.8,
		});
	});

	it('the committed .github/pathwatch.yml spells out exactly the built-in defaults', async () => {
		const text = await readFile(new URL('.github/pathwatch.yml', ROOT), 'utf8');
		expect(parseConfig(text, '.github/pathwatch.yml')).toEqual(defaults);
	});

	it('the committed JSON Schema is generated from the current zod schema', async () => {
		const committed = JSON.parse(await readFile(new URL('action/config.schema.json', ROOT), 'utf8'));
		expect(committed).toEqual(configJsonSchema());
	});

	it.each([
		[
			'rules:\n  - alert: A\n    metric: error_rate\n    warning: { threshold: 1 }\n  - alert: B\n    metric: p95_ms\n    warning: { threshold: 1 }\n  - alert: C\n    metric: p95_ms\n    warning:\n      threshold: high\n',
			'.github/pathwatch.yml:11: rules[2].warning.threshold: expected number, received string',
		],
		['rules:\n  - alert: A\n    metric: nope\n    warning: { threshold: 1 }\n', 'rules[0].metric'],
		[
			'rules:\n  - alert: A\n    metric: p95_ms\n',
			'rules[0]: a rule needs a `warning` or a `critical` level',
		],
		[
			'rules:\n  - alert: A\n    metric: cost_per_request\n    for: 5m\n    warning: { threshold: 1 }\n',
			":4: rules[0].for: needs a time-series metric; 'cost_per_request' is only known as of the snapshot",
		],
		[
			'rules:\n  - alert: A\n    metric: p95_ms\n    for: soon\n    warning: { threshold: 1 }\n',
			'rules[0].for: expected a duration',
		],
		[
			'rules:\n  - alert: A\n    metric: p95_ms\n    warning: { threshold: 10 }\n    critical: { threshold: 5 }\n',
			'rules[0].critical.threshold: must not be below warning.threshold',
		],
		[
			'rules:\n  - alert: CostBudget\n    metric: p95_ms\n    warning: { threshold: 1 }\n',
			"rules[0].alert: 'CostBudget' is reserved",
		],
		['budgets:\n  - name: m\n    amount: -5\n    thresholds: []\n', 'budgets[0].amount'],
		[
			"silences:\n  - matchers: ['alertname=~\"(']\n    starts_at: 2026-01-01T00:00:00Z\n    ends_at: 2026-01-02T00:00:00Z\n",
			'silences[0].matchers[0]: invalid regular expression',
		],
		['maintenance:\n  - name: x\n', 'maintenance[0]: give either starts_at/ends_at or weekly'],
		['issues:\n  lable: x\n', ':2: issues.lable: Unrecognized key'],
		['rules: [\n', 'invalid YAML'],
	])('rejects bad config with the path in the file (%#)', (yaml, expected) => {
		expect(configError(yaml)).toContain(expected);
	});

	it('rules replace the default rules; omitted sections keep their defaults', () => {
		const c = parseConfig(
			'rules:\n  - alert: Slow\n    metric: p99_ms\n    critical: { threshold: 500, recover: 300 }\n',
			'x',
		);
		expect(c.rules.map((r) => r.alert)).toEqual(['Slow']);
		expect(c.rules[0]?.levels.critical?.recover).toBe(300);
		expect(c.rules[0]?.levels.critical?.cooldownMs).toBe(3600e3);
		expect(c.budgets).toEqual(defaults.budgets);
	});
});
