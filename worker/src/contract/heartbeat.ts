/**
 * The monitor's end-of-run heartbeat (`POST /api/admin/heartbeat`): the only thing that feeds
 * the Worker's dead-man watchdog and `pathwatch_monitor_last_run_timestamp_seconds`. Reads of
 * /metrics or the snapshot never do, so a Prometheus scraper or a curious operator cannot keep
 * the watchdog quiet while the GitHub monitor is dead.
 */
import { z } from 'zod';
import { MINUTE_MS } from './time.ts';

const isoTime = z.iso.datetime({ offset: true });

/** How far ahead of the Worker's clock a heartbeat's `at` may be (runner clock skew). */
export const HEARTBEAT_MAX_SKEW_MS = 5 * MINUTE_MS;

/** The request body: which run, and when it finished (the runner's clock). */
export const HeartbeatRequestSchema = z.object({
	/** e.g. GitHub's `GITHUB_RUN_ID`, or a local id when run from a laptop. */
	runId: z.string().trim().min(1).max(200),
	at: isoTime,
});
export type HeartbeatRequest = z.infer<typeof HeartbeatRequestSchema>;

/** The last heartbeat the Worker accepted, as the snapshot and the heartbeat answer carry it. */
export const MonitorHeartbeatSchema = z.object({
	runId: z.string(),
	/** The run's time, never later than `receivedAt` (a runner clock ahead is clamped). */
	at: isoTime,
	receivedAt: isoTime,
});
export type MonitorHeartbeat = z.infer<typeof MonitorHeartbeatSchema>;

/** The answer: whether this heartbeat was kept (false for one older than the stored one), and what is stored. */
export const HeartbeatResponseSchema = z.object({ accepted: z.boolean(), heartbeat: MonitorHeartbeatSchema });
export type HeartbeatResponse = z.infer<typeof HeartbeatResponseSchema>;
