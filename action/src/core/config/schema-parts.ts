/** Small zod pieces every config section is built from: durations, severities, labels, matchers. */
import { z } from 'zod';
import { SEVERITIES } from '../../../../worker/src/contract/severity.ts';
import { parseMatcher } from '../alerts/matchers.ts';
import { DURATION_PATTERN, parseDuration } from './duration.ts';

const durationText = z
	.string()
	.regex(new RegExp(DURATION_PATTERN), { message: 'expected a duration such as 30s, 5m, 2h or 1d' });
/** A duration such as `5m`, as milliseconds. */
export const duration = durationText.transform((s) => parseDuration(s) ?? 0);
export const severity = z.enum(SEVERITIES);
const labelName = z
	.string()
	.regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, { message: 'expected a label name ([a-zA-Z_][a-zA-Z0-9_]*)' });
/** Identity labels of an alert; `alertname` and `severity` belong to pathwatch. */
export const labels = z
	.record(labelName, z.string().max(100))
	.default({})
	.refine((l) => !('alertname' in l) && !('severity' in l), {
		message: '`alertname` and `severity` are set by pathwatch',
	});
export const isoTime = z.iso.datetime({ offset: true });
/** A label matcher such as `alertname=~"Cost.*"`, parsed. */
export const matcher = z.string().transform((text, ctx) => {
	const parsed = parseMatcher(text);
	if (typeof parsed === 'string') {
		ctx.issues.push({ code: 'custom', message: parsed, input: text });
		return z.NEVER;
	}
	return parsed;
});
export const perLevelCooldown = z
	.strictObject({ warning: duration.optional(), critical: duration.optional() })
	.default({});
