/** Threshold rules: the schema, and its resolution into levels with recover values and cooldowns. */
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../../../../worker/src/contract/severity.ts';
import { MINUTE_MS } from '../../../../worker/src/contract/time.ts';
import { METRIC_NAMES, type MetricName, metricDef } from '../alerts/metrics.ts';
import { DEFAULT_COOLDOWN, SEED_COOLDOWNS } from './config-defaults.ts';
import { parseDuration } from './duration.ts';
import { duration, labels } from './schema-parts.ts';

const METRIC_HELP = `What the rule watches: ${METRIC_NAMES.map((m) => `${m} (${metricDef(m).description})`).join('; ')}.`;

const LevelSchema = z.strictObject({
	threshold: z.number().describe('The level fires at or above this value.'),
	recover: z
		.number()
		.optional()
		.describe('The level clears below this value (default: 10% below the threshold).'),
	cooldown: duration
		.optional()
		.describe(
			'Minimum time between two notifications at this level on one issue (default: the seed’s value).',
		),
});

const RuleObject = z
	.strictObject({
		alert: z
			.string()
			.regex(/^[A-Za-z][A-Za-z0-9_]*$/, { message: 'expected an alert name like ErrorRateHigh' })
			.describe('Alert name; with the labels it identifies the alert issue.'),
		metric: z.enum(METRIC_NAMES).describe(METRIC_HELP),
		warning: LevelSchema.optional(),
		critical: LevelSchema.optional(),
		for: duration
			.optional()
			.describe('How long the condition must hold, judged on the time series, before firing.'),
		keep_firing_for: duration
			.optional()
			.describe('How long the alert keeps firing after the condition clears.'),
		window: duration.optional().describe('Trailing window for rate and count metrics (default 5m).'),
		no_data: z
			.enum(['keep_last', 'alerting'])
			.default('keep_last')
			.describe('Missing buckets: keep the last state (never resolves) or fire the lowest level.'),
		labels,
		annotations: z
			.strictObject({
				summary: z.string().max(200).optional(),
				description: z.string().max(4000).optional(),
				runbook_url: z.url({ protocol: /^https?$/ }).optional(),
			})
			.default({}),
	})
	.superRefine((rule, ctx) => {
		const def = metricDef(rule.metric);
		const fail = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		if (!rule.warning && !rule.critical) fail([], 'a rule needs a `warning` or a `critical` level');
		if (rule.warning && rule.critical && rule.critical.threshold < rule.warning.threshold)
			fail(['critical', 'threshold'], 'must not be below warning.threshold');
		for (const level of SEVERITIES) {
			const l = rule[level];
			if (l?.recover !== undefined && l.recover > l.threshold)
				fail([level, 'recover'], 'must not be above the threshold');
		}
		for (const key of ['for', 'keep_firing_for'] as const) {
			if (rule[key] && def.kind === 'instant')
				fail([key], `needs a time-series metric; '${rule.metric}' is only known as of the snapshot`);
		}
		if (rule.window && !def.windowed) fail(['window'], `'${rule.metric}' is not aggregated over a window`);
	});
export const RuleSchema = RuleObject.transform((rule) => resolveRule(rule));

export type Level = { threshold: number; recover: number; cooldownMs: number };
export type Rule = {
	alert: string;
	metric: MetricName;
	levels: Partial<Record<Severity, Level>>;
	forMs: number;
	keepFiringForMs: number;
	/** Trailing aggregation window for windowed metrics; 0 otherwise. */
	windowMs: number;
	noData: 'keep_last' | 'alerting';
	labels: Record<string, string>;
	annotations: {
		summary?: string | undefined;
		description?: string | undefined;
		runbook_url?: string | undefined;
	};
};

function resolveRule(rule: z.output<typeof RuleObject>): Rule {
	const seed = SEED_COOLDOWNS[rule.metric];
	const levels: Rule['levels'] = {};
	for (const name of SEVERITIES) {
		const l = rule[name];
		if (!l) continue;
		levels[name] = {
			threshold: l.threshold,
			recover: l.recover ?? l.threshold * 0.9,
			cooldownMs: l.cooldown ?? parseDuration(seed?.[name] ?? DEFAULT_COOLDOWN) ?? 0,
		};
	}
	const def = metricDef(rule.metric);
	return {
		alert: rule.alert,
		metric: rule.metric,
		levels,
		forMs: rule.for ?? 0,
		keepFiringForMs: rule.keep_firing_for ?? 0,
		windowMs: def.windowed ? (rule.window ?? 5 * MINUTE_MS) : 0,
		noData: rule.no_data,
		labels: rule.labels,
		annotations: rule.annotations,
	};
}
