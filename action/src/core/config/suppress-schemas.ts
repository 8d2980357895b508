/** Silences and maintenance windows: matchers plus a time range; they suppress issue writes only. */
import { z } from 'zod';
import { duration, isoTime, matcher, severity } from './schema-parts.ts';

export const SilenceSchema = z
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
export const MaintenanceSchema = z
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
