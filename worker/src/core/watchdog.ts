/**
 * Watching the watcher: what the Worker's cron trigger does each tick. GitHub's scheduler is
 * best-effort, so the Worker can dispatch the monitor workflow on time itself, and when no
 * monitor heartbeat has arrived for three monitor intervals it raises a dead-man alert as a
 * GitHub issue (the monitor cannot raise one about itself). Only the heartbeat counts: reads of
 * /metrics or the snapshot say someone is reading, not that the monitor runs. Pure: the caller
 * passes what it observed.
 */
import { z } from 'zod';
import { MINUTE_MS } from '../contract/time.ts';

/** The heartbeat as shard 0 stores it (epoch milliseconds). */
export const StoredHeartbeatSchema = z.object({
	runId: z.string(),
	at: z.number(),
	receivedAt: z.number(),
});
export type StoredHeartbeat = z.infer<typeof StoredHeartbeatSchema>;

/**
 * The heartbeat to keep after one arrives at `now`. A runner clock ahead of ours is clamped to
 * `now`; an older heartbeat than the stored one (a retried or replayed request) changes
 * nothing, so the watchdog's clock never moves backwards.
 */
export function nextHeartbeat(
	prev: StoredHeartbeat | null,
	incoming: { runId: string; at: number },
	now: number,
): { heartbeat: StoredHeartbeat; accepted: boolean } {
	const at = Math.min(incoming.at, now);
	if (prev !== null && at < prev.at) return { heartbeat: prev, accepted: false };
	return { heartbeat: { runId: incoming.runId, at, receivedAt: now }, accepted: true };
}

export type WatchdogInput = {
	now: number;
	/** When the monitor's last run finished (its heartbeat), or null if it never sent one. */
	lastRunAt: number | null;
	intervalMs: number;
	/** Open dead-man issue, if one exists. */
	openIssue: number | null;
	dispatchEnabled: boolean;
};

export type WatchdogPlan = {
	dispatch: boolean;
	deadMan: { action: 'open' } | { action: 'close'; issue: number } | { action: 'none' };
	silentForMs: number | null;
};

/** Missed intervals before the dead-man alert fires. */
export const DEAD_MAN_INTERVALS = 3;

export function planWatchdog(input: WatchdogInput): WatchdogPlan {
	const silentForMs = input.lastRunAt === null ? null : Math.max(0, input.now - input.lastRunAt);
	const dead = silentForMs === null || silentForMs > DEAD_MAN_INTERVALS * input.intervalMs;
	let deadMan: WatchdogPlan['deadMan'] = { action: 'none' };
	if (dead && input.openIssue === null) deadMan = { action: 'open' };
	else if (!dead && input.openIssue !== null) deadMan = { action: 'close', issue: input.openIssue };
	return { dispatch: input.dispatchEnabled, deadMan, silentForMs };
}

/** Issue text for the dead-man alert; contains no untrusted input. */
export function deadManIssue(
	silentForMs: number | null,
	intervalMs: number,
): { title: string; body: string } {
	const minutes = (ms: number) => `${Math.round(ms / MINUTE_MS)} min`;
	const silent =
		silentForMs === null
			? 'has never reported a finished run'
			: `has not reported a finished run for ${minutes(silentForMs)}`;
	return {
		title: 'pathwatch dead-man: the monitor is not running',
		body: [
			`The pathwatch monitor ${silent} (expected every ${minutes(intervalMs)}; the alert fires after ${DEAD_MAN_INTERVALS} missed intervals). Each monitor run ends with a heartbeat to the collector (\`POST /api/admin/heartbeat\`); reads of /metrics or the snapshot do not count.`,
			'',
			'Check that the `monitor` workflow is enabled (scheduled workflows are disabled after 60 days without activity), that its recent runs succeed, and that `PATHWATCH_URL` and `PATHWATCH_ADMIN_TOKEN` are set. See docs/RUNBOOKS.md#deadman.',
			'',
			'This issue is closed by the collector Worker once heartbeats resume.',
		].join('\n'),
	};
}
