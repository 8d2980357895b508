/**
 * `.github/pathwatch.yml`: one zod schema, validated once at the edge. Types come from it,
 * defaults reproduce the seed, and the editor JSON Schema (action/config.schema.json) is
 * generated from the same object.
 */
import { z } from 'zod';
import { parseMatcher } from '../alerts/matchers.ts';
import { METRIC_NAMES, type MetricName, metricDef } from '../alerts/metrics.ts';
import { METERED_COMPONENTS } from '../cost/prices.ts';
import {
	DEFAULT_BUDGETS,
	DEFAULT_COOLDOWN,
	DEFAULT_RULES,
	DEFAULT_SLOS,
	SEED_COOLDOWNS,
} from './config-defaults.ts';
import { DURATION_PATTERN, parseDuration } from './duration.ts';

export const SEVERITIES = ['warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Alert names pathwatch raises itself; rules may not reuse them. */
export const RESERVED_ALERTS = ['CostBudget', 'SLOBurnRate', 'CollectorUnreachable'];

const durationText = z
	.string()
	.regex(new RegExp(DURATION_PATTERN), { message: 'expected a duration such as 30s, 5m, 2h or 1d' });
const duration = durationText.transform((s) => parseDuration(s) ?? 0);
const severity = z.enum(SEVERITIES);
const labelName = z
	.string()
	.regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, { message: 'expected a label name ([a-zA-Z_][a-zA-Z0-9_]*)' });
const labels = z
	.record(labelName, z.string().max(100))
	.default({})
	.refine((l) => !('alertname' in l) && !('severity' in l), {
		message: '`alertname` and `severity` are set by pathwatch',
	});
const isoTime = z.iso.datetime({ offset: true });
const matcher = z.string().transform((text, ctx) => {
	const parsed = parseMatcher(text);
	if (typeof parsed === 'string') {
		ctx.issues.push({ code: 'custom', message: parsed, input: text });
		return z.NEVER;
	}
	return parsed;
});
const perLevelCooldown = z
	.strictObject({ warning: duration.optional(), critical: duration.optional() })
	.default({});

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
const RuleSchema = RuleObject.transform((rule) => resolveRule(rule));

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
		windowMs: def.windowed ? (rule.window ?? 300_000) : 0,
		noData: rule.no_data,
		labels: rule.labels,
		annotations: rule.annotations,
	};
}

const BudgetSchema = z.strictObject({
	name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { message: 'expected a lower-case name' }),
	/** USD per calendar month (UTC). */
	amount: z.number().positive(),
	thresholds: z
		.array(
			z.strictObject({ basis: z.enum(['actual', 'forecast']), percent: z.number().positive(), severity }),
		)
		.min(1),
	/** Forecast thresholds wait for a projection at least this trustworthy (0–1). */
	min_forecast_confidence: z.number().min(0).max(1).default(0.5),
	/** Add the plan's monthly fee (account-level, shared with other Workers) to both bases. */
	include_subscription: z.boolean().default(false),
	cooldown: perLevelCooldown,
	labels,
});

const SloSchema = z.strictObject({
	name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { message: 'expected a lower-case name' }),
	/** Target availability in percent, e.g. 99.9. */
	objective: z.number().gt(0).lt(100),
	windows: z
		.array(z.strictObject({ long: duration, short: duration, burn_rate: z.number().positive(), severity }))
		.min(1)
		.prefault(DEFAULT_SLOS[0]?.windows ?? []),
	cooldown: perLevelCooldown,
	labels,
});

const SilenceSchema = z
	.strictObject({
		matchers: z.array(matcher).min(1),
		starts_at: isoTime,
		ends_at: isoTime,
		comment: z.string().max(500).optional(),
	})
	.refine((s) => Date.parse(s.ends_at) > Date.parse(s.starts_at), {
		path: ['ends_at'],
		message: 'must be after starts_at',
	});

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MaintenanceSchema = z
	.strictObject({
		name: z.string().min(1).max(100),
		matchers: z.array(matcher).default([]),
		/** The seed's maintenance mode silences everything but critical alerts. */
		severities: z.array(severity).min(1).default(['warning']),
		starts_at: isoTime.optional(),
		ends_at: isoTime.optional(),
		weekly: z
			.strictObject({
				days: z.array(z.enum(WEEKDAYS)).min(1),
				start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected HH:MM (UTC)' }),
				duration,
			})
			.optional(),
	})
	.superRefine((m, ctx) => {
		const fixed = m.starts_at !== undefined || m.ends_at !== undefined;
		if (fixed === (m.weekly !== undefined))
			ctx.addIssue({ code: 'custom', path: [], message: 'give either starts_at/ends_at or weekly' });
		if (fixed && !(m.starts_at && m.ends_at && Date.parse(m.ends_at) > Date.parse(m.starts_at)))
			ctx.addIssue({ code: 'custom', path: ['ends_at'], message: 'needs starts_at and a later ends_at' });
	});

const PriceItemOverride = z.strictObject({
	price: z.number().nonnegative().optional(),
	included: z.number().nonnegative().optional(),
	per: z.number().positive().optional(),
	source: z.string().optional(),
});

const SectionSchemas = {
	issues: z
		.strictObject({
			/** Marks every issue pathwatch manages; issues without it are never touched. */
			label: z.string().min(1).max(50).default('pathwatch'),
			/** Added to every new alert issue. */
			labels: z.array(z.string().min(1).max(50)).default([]),
			/** A re-fire within this window reopens the last issue instead of opening a new one. */
			reopen_window: duration.prefault('24h'),
		})
		.prefault({})
		.describe('How alert issues are labelled and reopened.'),
	evaluation: z
		.strictObject({
			/** Episodes that began and ended between two runs this recently are still recorded. */
			lookback: duration.prefault('6h'),
			flapping: z
				.strictObject({
					window: duration.prefault('2h'),
					high: z.number().min(0).max(100).default(50),
					low: z.number().min(0).max(100).default(25),
				})
				.prefault({}),
		})
		.prefault({})
		.describe('How evaluation treats history: missed episodes and flapping.'),
	sla: z
		.strictObject({
			max_p95_ms: z.number().positive().default(50),
			max_error_rate: z.number().positive().default(0.001),
			max_timeout_rate: z.number().positive().default(0.0001),
			max_utilization: z.number().positive().max(1).default(0.8),
		})
		.prefault({})
		.describe("The seed's SLA for the compliance report and the health score."),
	cost: z
		.strictObject({
			anomaly_z: z.number().positive().default(3),
			baseline_days: z.number().int().min(7).max(60).default(14),
			prices: z
				.strictObject({
					as_of: z.iso.date().optional(),
					plan: z.string().optional(),
					subscription: z.number().nonnegative().optional(),
					items: z.partialRecord(z.enum(METERED_COMPONENTS), PriceItemOverride).optional(),
				})
				.optional(),
		})
		.prefault({})
		.describe('Cost model options and price overrides.'),
};

export const ConfigSchema = z
	.strictObject({
		version: z.literal(1).default(1),
		...SectionSchemas,
		rules: z
			.array(RuleSchema)
			.prefault(DEFAULT_RULES)
			.describe('Threshold rules; replaces the default rules when given.'),
		budgets: z
			.array(BudgetSchema)
			.prefault(DEFAULT_BUDGETS)
			.describe('Monthly cost budgets on actual and forecast basis.'),
		slos: z
			.array(SloSchema)
			.prefault(DEFAULT_SLOS)
			.describe('Availability SLOs with multiwindow burn-rate alerts.'),
		silences: z
			.array(SilenceSchema)
			.default([])
			.describe('Suppress issue writes for matching alerts for a time range.'),
		maintenance: z
			.array(MaintenanceSchema)
			.default([])
			.describe('Maintenance windows (one-off or weekly) that suppress issue writes.'),
	})
	.superRefine((config, ctx) => {
		const seen = new Map<string, number>();
		for (const [i, rule] of config.rules.entries()) {
			const key = `${rule.alert}\u0000${JSON.stringify(Object.entries(rule.labels).sort())}`;
			if (RESERVED_ALERTS.includes(rule.alert))
				ctx.addIssue({ code: 'custom', path: ['rules', i, 'alert'], message: `'${rule.alert}' is reserved` });
			const first = seen.get(key);
			if (first !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['rules', i, 'alert'],
					message: `duplicates rules[${first}] (same alert and labels)`,
				});
			seen.set(key, i);
		}
		for (const list of ['budgets', 'slos'] as const) {
			const names = config[list].map((b) => b.name);
			for (const [i, name] of names.entries())
				if (names.indexOf(name) !== i)
					ctx.addIssue({ code: 'custom', path: [list, i, 'name'], message: `duplicate name '${name}'` });
		}
	});

export type Config = z.output<typeof ConfigSchema>;
export type Budget = Config['budgets'][number];
export type Slo = Config['slos'][number];
export type Silence = Config['silences'][number];
export type Maintenance = Config['maintenance'][number];

/**
 * The cooldown (ms) for a budget or SLO level: config, else the seed's values for monthly
 * cost (budgets) and error rate (burn-rate alerts are about errors).
 */
export function cooldownFor(source: Budget | Slo, kind: 'budget' | 'slo', level: Severity): number {
	const seed = SEED_COOLDOWNS[kind === 'budget' ? 'budget' : 'error_rate'];
	return source.cooldown[level] ?? parseDuration(seed?.[level] ?? DEFAULT_COOLDOWN) ?? 0;
}
