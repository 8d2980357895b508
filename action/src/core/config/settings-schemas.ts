/** The settings sections of the config: issues, evaluation, SLA and cost model options. */
import { z } from 'zod';
import { GITHUB_LOGIN } from '../issues/ownership.ts';
import { CostSectionSchema } from './cost.ts';
import { duration } from './schema-parts.ts';

export const SectionSchemas = {
	issues: z
		.strictObject({
			/** Marks every issue pathwatch manages; issues without it are never touched. */
			label: z.string().min(1).max(50).default('pathwatch'),
			/** Added to every new alert issue. */
			labels: z.array(z.string().min(1).max(50)).default([]),
			/** A re-fire within this window reopens the last issue instead of opening a new one. */
			reopen_window: duration.prefault('24h'),
			author: z
				.string()
				.regex(GITHUB_LOGIN, { message: 'expected a GitHub login' })
				.optional()
				.describe(
					'The login whose issues pathwatch manages (default: github-actions[bot], or the token owner that GET /user names). Issues carrying the marker by anyone else are left alone and reported as possible forgeries.',
				),
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
	cost: CostSectionSchema,
};
