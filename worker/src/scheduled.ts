import { createGitHubWatchdog, type GitHubWatchdog } from './adapters/github-watchdog.ts';
import { MINUTE_MS } from './contract/time.ts';
import { shardName } from './core/shard-key.ts';
import { deadManIssue, planWatchdog, type WatchdogPlan } from './core/watchdog.ts';
import { type Bindings, settingsOf } from './env.ts';

/** Watchdog settings; absent `GITHUB_REPOSITORY` or `GITHUB_WATCHDOG_TOKEN` turns it off. */
type WatchdogEnv = Bindings & {
	GITHUB_REPOSITORY?: string;
	GITHUB_WATCHDOG_TOKEN?: string;
	GITHUB_API_URL?: string;
	MONITOR_WORKFLOW?: string;
	MONITOR_REF?: string;
	MONITOR_INTERVAL_MINUTES?: string;
};

/**
 * The cron trigger: dispatches the monitor workflow on time and opens (or closes) the dead-man
 * issue by the age of the monitor's last heartbeat, never by reads of /metrics or the snapshot.
 * One DO request (shard 0's heartbeat) and at most four GitHub calls per tick (find, dispatch,
 * and open, or comment and close).
 */
export async function runWatchdog(
	env: WatchdogEnv,
	now: number,
	fetcher: typeof fetch,
): Promise<WatchdogPlan | null> {
	const repository = env.GITHUB_REPOSITORY?.trim();
	const token = env.GITHUB_WATCHDOG_TOKEN;
	if (!repository || !token) return null;
	const intervalMs = settingsOf(env).monitorIntervalMinutes * MINUTE_MS;
	const github = createGitHubWatchdog({
		apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
		repository,
		token,
		fetch: fetcher,
	});
	const [heartbeat, openIssue] = await Promise.all([
		env.STATS_SHARD.getByName(shardName(0)).monitorHeartbeat(),
		github.findOpenIssue(),
	]);
	const lastRunAt = heartbeat?.at ?? null;
	const plan = planWatchdog({ now, lastRunAt, intervalMs, openIssue, dispatchEnabled: true });
	// Both are attempted whatever the other does: a refused dispatch (a disabled workflow, a token
	// without Actions: write) is exactly when the dead-man issue must still open.
	const results = await Promise.allSettled([
		plan.dispatch
			? github.dispatchWorkflow(env.MONITOR_WORKFLOW || 'monitor.yml', env.MONITOR_REF || 'main')
			: Promise.resolve(),
		applyDeadMan(github, plan, intervalMs),
	]);
	const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
	if (failures.length === 1) throw failures[0];
	if (failures.length > 1) throw new AggregateError(failures, failures.map(String).join('; '));
	return plan;
}

async function applyDeadMan(github: GitHubWatchdog, plan: WatchdogPlan, intervalMs: number): Promise<void> {
	if (plan.deadMan.action === 'open') {
		const { title, body } = deadManIssue(plan.silentForMs, intervalMs);
		await github.openIssue(title, body);
	} else if (plan.deadMan.action === 'close') {
		await github.closeIssue(plan.deadMan.issue, 'Heartbeats have resumed: the monitor is running again.');
	}
}
