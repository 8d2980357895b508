/**
 * The `cost:` section: anomaly detection, price overrides, how much of each account-wide
 * included allowance pathwatch may count, and the day billing periods start on.
 */
import { z } from 'zod';
import type { CostOptions } from '../cost/cost-types.ts';
import { METERED_COMPONENTS } from '../cost/prices.ts';

const PriceItemOverride = z.strictObject({
	price: z.number().nonnegative().optional(),
	included: z.number().nonnegative().optional(),
	per: z.number().positive().optional(),
	source: z.string().optional(),
});

const share = z.union([
	z.enum(['all', 'none']),
	z.number().min(0).max(1, { message: 'expected all, none or a fraction between 0 and 1' }),
]);

export const CostSectionSchema = z
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
		allowances: z
			.union([share, z.partialRecord(z.enum(['default', ...METERED_COMPONENTS]), share)])
			.default('all')
			.describe(
				'How much of each included allowance pathwatch may count: `all`, `none` or a fraction 0–1, for every line or per line (`default` for the rest). Allowances are account-wide: other Workers on the account draw on them too.',
			),
		billing_day: z
			.number()
			.int()
			.min(1)
			.max(28)
			.default(1)
			.describe('Day of the month (UTC) the billing period starts on; month-to-date and forecasts use it.'),
	})
	.prefault({})
	.describe('Cost model options, price overrides, allowance shares and the billing period.');

export type CostSection = z.output<typeof CostSectionSchema>;

/** The cost model's options from the config: anomalies, allowance shares, billing period. */
export function costOptionsFor(cost: CostSection): CostOptions {
	return {
		anomalyZ: cost.anomaly_z,
		baselineDays: cost.baseline_days,
		allowances: cost.allowances,
		billingDay: cost.billing_day,
	};
}
