/**
 * `pathwatch site`: builds the static dashboard (reports-site/dist by default) from the
 * collector's admin API (or saved responses) and the alert issues.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	type AlertView,
	buildSite,
	type IpAnonymisation,
	type SchedulerInfo,
} from '../../../reports-site/src/index.ts';
import { type GitHubClient, githubClientFromEnv } from '../adapters/github/github-client.ts';
import { createGitHubTracker } from '../adapters/github/github-issues.ts';
import { latestScheduledLag, readWorkflowSchedule } from '../adapters/github/workflow-runs.ts';
import { createLocalTracker } from '../adapters/local-issues.ts';
import { createWorkerClient } from '../adapters/worker-client.ts';
import { listAlertIssues } from '../alert-issues.ts';
import type { Command, CommandContext } from '../cli-types.ts';
import type { Config } from '../core/config/config.ts';
import { parseDuration } from '../core/config/duration.ts';
import { UserError } from '../core/errors.ts';
import { parseEnv } from '../inputs.ts';
import { issuesAuthor, loadConfig } from '../monitor/options.ts';
import { assembleSiteInput, thresholdsFromConfig, toAlertView } from '../site/site-input.ts';
import { type CollectorData, fetchCollectorData, readAlertsFile, readCollectorDir } from '../site/sources.ts';

export const SITE_USAGE = `usage: pathwatch site [options]

  --out <dir>            output directory (default reports-site/dist)
  --url <url>            collector URL (default $PATHWATCH_URL)
  --from-dir <dir>       read saved admin API responses instead of the collector
                         (snapshot.json, timeseries-{24h,7d,30d}.json, usage.json)
  --issues <where>       github | local:<dir> | none   (default github)
  --alerts <file>        read alerts from a JSON file of AlertView instead of issues
  --config <path>        config file (default .github/pathwatch.yml; built-in defaults when absent)
  --issues-author <login>  show only alert issues this login opened, as for monitor
  --site-url <url>       public URL of the site, for feed links (default $PATHWATCH_SITE_URL)
  --title <text>         page title (default pathwatch)
  --stale-after <dur>    flag data older than this as stale (default 2h)
  --raw-ips              show IP addresses unanonymised (private dashboards only)

environment: PATHWATCH_URL, PATHWATCH_ADMIN_TOKEN, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL,
PATHWATCH_IP_SALT (keyed-hash anonymisation instead of /24 and /48 prefixes), PATHWATCH_SITE_URL`;

type Values = Record<string, string | boolean | undefined>;

function parse(argv: string[]): Values {
	try {
		return parseArgs({
			args: argv,
			options: {
				out: { type: 'string' },
				url: { type: 'string' },
				'from-dir': { type: 'string' },
				issues: { type: 'string' },
				alerts: { type: 'string' },
				config: { type: 'string' },
				'issues-author': { type: 'string' },
				'site-url': { type: 'string' },
				title: { type: 'string' },
				'stale-after': { type: 'string' },
				'raw-ips': { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
			strict: true,
			allowPositionals: false,
		}).values;
	} catch (e) {
		throw new UserError(`${(e as Error).message}\n\n${SITE_USAGE}`);
	}
}

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);

async function collectorData(v: Values, ctx: CommandContext): Promise<CollectorData> {
	const dir = str(v, 'from-dir');
	if (dir) return readCollectorDir(resolve(ctx.cwd, dir));
	const url = str(v, 'url') ?? ctx.env.PATHWATCH_URL;
	const token = ctx.env.PATHWATCH_ADMIN_TOKEN;
	if (!url) throw new UserError('set the collector URL with --url or PATHWATCH_URL (or use --from-dir)');
	if (!token) throw new UserError('set PATHWATCH_ADMIN_TOKEN to the collector admin token');
	return fetchCollectorData(createWorkerClient({ url, token, signal: ctx.signal }));
}

async function alerts(
	v: Values,
	ctx: CommandContext,
	config: Config,
	now: Date,
	github: GitHubClient | null,
): Promise<AlertView[] | null> {
	const file = str(v, 'alerts');
	if (file) return readAlertsFile(resolve(ctx.cwd, file));
	const where = str(v, 'issues') ?? 'github';
	if (where === 'none') return null;
	let tracker: Parameters<typeof listAlertIssues>[0];
	if (where.startsWith('local:') && where.length > 'local:'.length) {
		tracker = createLocalTracker(resolve(ctx.cwd, where.slice('local:'.length)));
	} else if (where === 'github') {
		if (!github)
			throw new UserError('--issues github needs GITHUB_TOKEN and GITHUB_REPOSITORY (or use --issues none)');
		tracker = createGitHubTracker(github);
	} else throw new UserError(`--issues must be github, local:<dir> or none, got '${where}'`);
	const views = await listAlertIssues(tracker, {
		label: config.issues.label,
		now,
		author: issuesAuthor(v['issues-author'], config),
	});
	return views.map(toAlertView);
}

/**
 * With GitHub issues as the alert source, also show how late GitHub started the monitor's latest
 * scheduled run. A failure here is reported and leaves the panel out; it never fails the build.
 */
async function monitorSchedulerLag(
	v: Values,
	ctx: CommandContext,
	github: GitHubClient | null,
): Promise<SchedulerInfo | null> {
	if ((str(v, 'issues') ?? 'github') !== 'github' || !github) return null;
	const file = resolve(ctx.cwd, '.github/workflows/monitor.yml');
	try {
		const schedule = await readWorkflowSchedule(file);
		if (!schedule) return null;
		return await latestScheduledLag(github, { workflow: 'monitor.yml', schedule });
	} catch (e) {
		ctx.stderr(`warning: scheduler lag not shown: ${e instanceof Error ? e.message : String(e)}`);
		return null;
	}
}

/** One GitHub client for the alert issues and the workflow runs; null without a token and repository. */
function githubFor(ctx: CommandContext): GitHubClient | null {
	return githubClientFromEnv(parseEnv(ctx.env), (m) => ctx.stderr(`warning: ${m}`));
}

function anonymisation(v: Values, env: CommandContext['env']): IpAnonymisation {
	if (v['raw-ips'] === true) return { mode: 'none' };
	const salt = env.PATHWATCH_IP_SALT;
	return salt ? { mode: 'hash', salt } : { mode: 'prefix' };
}

const command: Command = async (ctx) => {
	const v = parse(ctx.argv);
	if (v.help) {
		ctx.stdout(SITE_USAGE);
		return 0;
	}
	const staleText = str(v, 'stale-after') ?? '2h';
	const staleMs = parseDuration(staleText);
	if (staleMs === null || staleMs <= 0)
		throw new UserError(`--stale-after must be a duration such as 90m or 2h, got '${staleText}'`);
	const { config } = await loadConfig(str(v, 'config'), ctx.cwd);
	const now = new Date();
	const github = githubFor(ctx);
	const [data, alertViews] = await Promise.all([collectorData(v, ctx), alerts(v, ctx, config, now, github)]);
	const out = resolve(ctx.cwd, str(v, 'out') ?? 'reports-site/dist');
	const input = assembleSiteInput(data, alertViews, config, now);
	const scheduler = await monitorSchedulerLag(v, ctx, github);
	if (scheduler) input.scheduler = scheduler;
	const result = await buildSite(input, out, {
		siteUrl: str(v, 'site-url') ?? ctx.env.PATHWATCH_SITE_URL ?? null,
		title: str(v, 'title') ?? 'pathwatch',
		anonymise: anonymisation(v, ctx.env),
		staleAfterSeconds: staleMs / 1000,
		thresholds: thresholdsFromConfig(config),
	});
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	ctx.stdout(`site: ${result.files.length} files in ${out}`);
	ctx.stdout(`site: page weight ${kb(result.budget.html)} HTML + ${kb(result.budget.js)} JS (gzip)`);
	if (alertViews === null) ctx.stdout('site: alert issues not read (--issues none)');
	return 0;
};
export default command;
