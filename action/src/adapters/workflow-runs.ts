/**
 * Scheduler lag for the dashboard: how late GitHub started the monitor workflow's latest
 * scheduled run, from the Actions REST API (one request) and the workflow file's own cron.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { SchedulerInfo } from '../../../reports-site/src/index.ts';
import { schedulerLag } from '../core/config/cron.ts';

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
	apiUrl: string;
	token: string;
	repository: string;
	/** The workflow file name, e.g. `monitor.yml`. */
	workflow: string;
	schedule: string;
	fetch?: typeof fetch;
};

/** Lag of the latest scheduled run; null when there is none yet. */
export async function latestScheduledLag(o: LatestRunOptions): Promise<SchedulerInfo | null> {
	const url = `${o.apiUrl.replace(/\/+$/, '')}/repos/${o.repository}/actions/workflows/${encodeURIComponent(o.workflow)}/runs?event=schedule&per_page=1`;
	const res = await (o.fetch ?? fetch)(url, {
		headers: {
			accept: 'application/vnd.github+json',
			authorization: `Bearer ${o.token}`,
			'x-github-api-version': '2022-11-28',
		},
	});
	if (!res.ok) throw new Error(`GitHub workflow runs: HTTP ${res.status}`);
	const body = (await res.json()) as { workflow_runs?: { created_at?: string }[] };
	const created = body.workflow_runs?.[0]?.created_at;
	if (!created) return null;
	const lag = schedulerLag(o.schedule, new Date(created));
	return lag && { expected: lag.expectedAt, actual: lag.startedAt, lagSeconds: lag.lagSeconds };
}
