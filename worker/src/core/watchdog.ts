/**
 * Watching the watcher: what the Worker's cron trigger does each tick. GitHub's scheduler is
 * best-effort, so the Worker can dispatch the monitor workflow on time itself, and when no
 * scrape has arrived for three monitor intervals it raises a dead-man alert as a GitHub issue
 * (the monitor cannot raise one about itself). Pure: the caller passes what it observed.
 */
export type WatchdogInput = {
	now: number;
	/** The last snapshot or /metrics read by the monitor, or null if never. */
	lastScrapeAt: number | null;
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
	const silentForMs = input.lastScrapeAt === null ? null : Math.max(0, input.now - input.lastScrapeAt);
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
	const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
	const silent =
		silentForMs === null
			? 'has never scraped the collector'
			: `has not scraped the collector for ${minutes(silentForMs)}`;
	return {
		title: 'pathwatch dead-man: the monitor is not running',
		body: [
			`The pathwatch monitor ${silent} (expected every ${minutes(intervalMs)}; the alert fires after ${DEAD_MAN_INTERVALS} missed intervals).`,
			'',
			'Check that the `monitor` workflow is enabled (scheduled workflows are disabled after 60 days without activity), that its recent runs succeed, and that `PATHWATCH_URL` and `PATHWATCH_ADMIN_TOKEN` are set. See docs/RUNBOOKS.md#deadman.',
			'',
			'This issue is closed by the collector Worker once scrapes resume.',
		].join('\n'),
	};
}
