/**
 * Refused `POST /record` requests: the ones that never passed authentication or validation.
 * They are counted by reason and kept out of the record SLI (error rate, latency, burn rate),
 * so junk sent to the public ingest URL can neither mask an outage nor fake one.
 */
import { z } from 'zod';

/** 401, 400, 413 and 415, in that order of checking. */
export const REFUSAL_REASONS = ['unauthorized', 'invalid', 'too_large', 'unsupported_media_type'] as const;
export const RefusalReasonSchema = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReasonSchema>;

const count = z.number().int().nonnegative();

/** Refusals over the snapshot's performance window. */
export const RefusalsSchema = z.object({
	windowSeconds: count,
	total: count,
	byReason: z.object({
		unauthorized: count,
		invalid: count,
		too_large: count,
		unsupported_media_type: count,
	}),
	/** Refused ÷ (refused + served) `POST /record` requests; null without any request. */
	ratio: z.number().min(0).max(1).nullable(),
});
export type Refusals = z.infer<typeof RefusalsSchema>;
