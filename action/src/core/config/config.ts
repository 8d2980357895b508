/**
 * Configuration (this folder): `.github/pathwatch.yml` as one zod schema, validated once at
 * the edge. Types come from it, defaults reproduce the seed, and the editor JSON Schema
 * (action/config.schema.json) is generated from the same object. Sections live beside this
 * file (rules, budgets and SLOs, silences and maintenance, settings); this file assembles them.
 */
import { z } from 'zod';
import type { Severity } from '../../../../worker/src/contract/severity.ts';
import { BudgetSchema, SloSchema } from './alert-schemas.ts';
import {
	DEFAULT_BUDGETS,
	DEFAULT_COOLDOWN,
	DEFAULT_RULES,
	DEFAULT_SLOS,
	SEED_COOLDOWNS,
} from './config-defaults.ts';
import { parseDuration } from './duration.ts';
import { NotifySchema } from './notify.ts';
import { RuleSchema } from './rule-schema.ts';
import { SectionSchemas } from './settings-schemas.ts';
import { MaintenanceSchema, SilenceSchema } from './suppress-schemas.ts';

/** Alert names pathwatch raises itself; rules may not reuse them. */
export const RESERVED_ALERTS = ['CostBudget', 'SLOBurnRate', 'CollectorUnreachable'];

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
		notify: NotifySchema,
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
