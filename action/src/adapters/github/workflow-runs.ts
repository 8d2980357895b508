/**
 * Scheduler lag for the dashboard: how late GitHub started the monitor workflow's latest
 * scheduled run, from the Actions REST API (one request) and the workflow file's own cron.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { SchedulerInfo } from '../../../../reports-site/src/index.ts';
import { schedulerLag } from '../../core/config/cron.ts';
import { type GitHubClient, githubError } from './github-client.ts';

/** The first `on.schedule[].cron` of a workflow file, or null when it has none or is absent. */
export async function readWorkflowSchedule(path: string): Promise<string | null> {
	const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
		if (e.code === 'ENOENT') return null;
		throw e;
	});
	if (text === null) return null;
	const doc = parse(text) as { on?: { schedule?: { cron?: unknown }[] } } | null;
	const cron = doc?.on?.schedule?.[0]?.cron;
	return typeof cron === 'string' ? cron : null;
}

export type LatestRunOptions = {
	/** The workflow file name, e.g. `monitor.yml`. */
	workflow: string;
	schedule: string;
};

/** Lag of the latest scheduled run; null when there is none yet. One request. */
export async function latestScheduledLag(
	github: GitHubClient,
	o: LatestRunOptions,
): Promise<SchedulerInfo | null> {
	const { octokit, owner, repo } = github;
	let created: string | undefined;
	try {
		const res = await octokit.rest.actions.listWorkflowRuns({
			owner,
			repo,
			workflow_id: o.workflow,
			event: 'schedule',
			per_page: 1,
		});
		created = res.data.workflow_runs[0]?.created_at;
	} catch (e) {
		throw githubError(e, 'reading workflow runs');
	}
	if (!created) return null;
	const lag = schedulerLag(o.schedule, new Date(created));
	return lag && { expected: lag.expectedAt, actual: lag.startedAt, lagSeconds: lag.lagSeconds };
}
