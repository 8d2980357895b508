/** Budgets and SLOs: the alerts pathwatch derives from cost and from the error budget. */
import { z } from 'zod';
import { DEFAULT_SLOS } from './config-defaults.ts';
import { duration, labels, perLevelCooldown, severity } from './schema-parts.ts';

export const BudgetSchema = z.strictObject({
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

export const SloSchema = z.strictObject({
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
