/**
 * Notifications (this folder): which channel must hear about which transition of an alert,
 * the payload each channel type expects, the templates that word them, and the ack/silence
 * state set from the issue. Pure: delivery happens in action/src/adapters/notify-*.ts.
 *
 * This file: the part of an alert issue's hidden state that notifications own. It rides in
 * the same versioned state block as the rest, so overlapping runs and later runs see exactly
 * what was delivered.
 */
import { z } from 'zod';

const iso = z.iso.datetime({ offset: true });

/** What one channel has been told about the alert, keyed by the episode (its `since`). */
export const ChannelRecordSchema = z.object({
	/** `<since>|<severity>` of the last fired notification delivered. */
	fired: z.string().optional(),
	/** `since` of the episode whose escalation was delivered. */
	escalated: iso.optional(),
	/** `since` of the episode whose resolution was delivered. */
	resolved: iso.optional(),
	/** Consecutive failed attempts (within and across runs) of the pending transition. */
	failures: z.number().int().nonnegative().default(0),
	error: z.string().max(300).optional(),
	at: iso.optional(),
});
export type ChannelRecord = z.infer<typeof ChannelRecordSchema>;

export const NotifyStateSchema = z.object({
	/** `/pathwatch ack`: holds for the episode that began at `since`. */
	ack: z.object({ by: z.string(), at: iso, since: iso }).nullable().default(null),
	/** `/pathwatch silence`: no notifications and no issue writes until `until`. */
	silence: z
		.object({ by: z.string(), at: iso, until: iso, reason: z.string().max(200).nullable() })
		.nullable()
		.default(null),
	/** `since` of the episode escalated by `escalate_after` (the issue carries the `escalated` label). */
	escalated: iso.nullable().default(null),
	sent: z.record(z.string(), ChannelRecordSchema).default({}),
	/** A run's claim on delivering this notifications (see claim.ts). */
	claim: z
		.object({ run: z.string().max(100), at: iso })
		.nullable()
		.default(null),
});
export type NotifyState = z.infer<typeof NotifyStateSchema>;

export const EMPTY_NOTIFY_STATE: NotifyState = {
	ack: null,
	silence: null,
	escalated: null,
	sent: {},
	claim: null,
};

export function notifyStateOf(state: { notify?: NotifyState | undefined } | null | undefined): NotifyState {
	return state?.notify ?? EMPTY_NOTIFY_STATE;
}

/** True while a `/pathwatch silence` holds at `now`. */
export function silencedAt(n: NotifyState, now: number): boolean {
	return n.silence !== null && Date.parse(n.silence.until) > now;
}

/** True when the episode that began at `since` was acknowledged. */
export function acknowledged(n: NotifyState, since: string): boolean {
	return n.ack !== null && n.ack.since === since;
}
