/**
 * Alert state lives in the alert issue itself: a fingerprint marker and a hidden, versioned
 * JSON block in the body. Untrusted text is always entity-escaped before it reaches a body,
 * so a literal `<!--` can only come from here; the JSON escapes `<`, `>` and `&` so it can
 * never close its own comment.
 */
import { z } from 'zod';
import { SEVERITIES } from '../../../../worker/src/contract/severity.ts';
import type { AlertKind } from '../alerts/alert.ts';
import { FINGERPRINT_PATTERN } from '../alerts/fingerprint.ts';
import { NotifyStateSchema } from '../notify/notify-state.ts';
import type { TrackedIssue } from './ports.ts';

export const STATE_VERSION = 1;
const STATE_RE = /<!-- pathwatch:state v(\d+) (.*?) -->/gs;
const FP_RE = /<!-- pathwatch:fingerprint ([0-9a-f]{16}) -->/;

const iso = z.iso.datetime({ offset: true });

export const AlertStateSchema = z.object({
	fingerprint: z.string().regex(FINGERPRINT_PATTERN),
	alertname: z.string(),
	kind: z.enum(['rule', 'budget', 'slo', 'meta'] satisfies AlertKind[]),
	labels: z.record(z.string(), z.string()),
	status: z.enum(['firing', 'resolved']),
	severity: z.enum(SEVERITIES),
	/** When the current (or last) episode began firing. */
	since: iso,
	resolvedAt: iso.nullable(),
	/** Last notification (issue opened, reopened, escalated …) per level, for cooldowns. */
	lastNotified: z.object({ warning: iso.optional(), critical: iso.optional() }),
	/** Recent firing intervals, oldest first, for flap detection and missed-episode checks. */
	episodes: z.array(z.object({ from: iso, to: iso.nullable() })),
	flapping: z.boolean(),
	duplicateOf: z.number().int().nullable(),
	period: z.string().nullable(),
	updatedAt: iso,
	/** Deliveries to notification channels, ack and silence (absent until first needed). */
	notify: NotifyStateSchema.optional(),
});
export type AlertState = z.infer<typeof AlertStateSchema>;

/** An issue pathwatch created: its fingerprint and, when readable, its state. */
export type ParsedIssue = TrackedIssue & { fingerprint: string; alert: AlertState | null };

export function fingerprintMarker(fp: string): string {
	return `<!-- pathwatch:fingerprint ${fp} -->`;
}

export function serializeState(state: AlertState): string {
	const json = JSON.stringify(state).replace(
		/[<>&]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	return `<!-- pathwatch:state v${STATE_VERSION} ${json} -->`;
}

/** The last state block of a body, validated; null when absent, of another version or damaged. */
export function parseState(body: string): AlertState | null {
	const blocks = [...body.matchAll(STATE_RE)];
	const last = blocks.at(-1);
	if (!last || Number(last[1]) !== STATE_VERSION) return null;
	try {
		const result = AlertStateSchema.safeParse(JSON.parse(last[2] ?? ''));
		return result.success ? result.data : null;
	} catch {
		// A hand-edited or truncated block: the caller rewrites the body from evaluation.
		return null;
	}
}

/** Recognises our issues by the fingerprint marker; anything without it is not ours to touch. */
export function parseIssue(issue: TrackedIssue): ParsedIssue | null {
	const fp = FP_RE.exec(issue.body)?.[1];
	if (!fp) return null;
	const state = parseState(issue.body);
	return { ...issue, fingerprint: fp, alert: state && state.fingerprint === fp ? state : null };
}
