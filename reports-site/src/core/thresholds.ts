/**
 * Display thresholds from the monitor's config: the first rule on `p95_ms` and on
 * `error_rate`, and the first budget's forecast thresholds. With the built-in config these are
 * the seed's values (100/200 ms, 0.5%/1%, $30/$50 a month).
 */
import { type Config, ConfigSchema } from '../../../action/src/core/config/config.ts';
import type { LevelPair, Thresholds, ViewOptions } from './types.ts';

function ruleLevels(config: Config, metric: 'p95_ms' | 'error_rate'): LevelPair {
	const rule = config.rules.find((r) => r.metric === metric);
	return {
		warning: rule?.levels.warning?.threshold ?? null,
		critical: rule?.levels.critical?.threshold ?? null,
	};
}

function budgetLevels(config: Config): LevelPair {
	const budget = config.budgets[0];
	const at = (severity: 'warning' | 'critical') => {
		const percents = (budget?.thresholds ?? [])
			.filter((t) => t.basis === 'forecast' && t.severity === severity)
			.map((t) => t.percent);
		return budget && percents.length ? (budget.amount * Math.min(...percents)) / 100 : null;
	};
	return { warning: at('warning'), critical: at('critical') };
}

export function thresholdsFromConfig(config: Config): Thresholds {
	return {
		p95Ms: ruleLevels(config, 'p95_ms'),
		errorRate: ruleLevels(config, 'error_rate'),
		monthlyCost: budgetLevels(config),
		sla: config.sla,
	};
}

/** View options with the built-in config (the seed's thresholds), overridden by `options`. */
export function viewOptions(options: Partial<ViewOptions> = {}): ViewOptions {
	return {
		siteUrl: null,
		title: 'pathwatch',
		anonymise: { mode: 'prefix' },
		staleAfterSeconds: 2 * 3600,
		resolvedWithinDays: 7,
		thresholds: options.thresholds ?? thresholdsFromConfig(ConfigSchema.parse({})),
		...options,
	};
}
