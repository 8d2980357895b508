/**
 * Turns CLI arguments and environment into monitor dependencies: config, Worker client, GitHub
 * client and issue tracker, each built once here. Shared by `pathwatch monitor` and the GitHub
 * Action entry.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmptyTracker } from '../adapters/empty-issues.ts';
import { fileEtagStore, memoryEtagStore } from '../adapters/github/etag-store.ts';
import { githubClientFromEnv } from '../adapters/github/github-client.ts';
import { createGitHubTracker } from '../adapters/github/github-issues.ts';
import { createLocalTracker } from '../adapters/local-issues.ts';
import { createWorkerClient } from '../adapters/worker-client.ts';
import type { CommandContext } from '../cli-types.ts';
import type { Config } from '../core/config/config.ts';
import { parseConfig } from '../core/config/config-file.ts';
import { UserError } from '../core/errors.ts';
import { GITHUB_LOGIN } from '../core/issues/ownership.ts';
import type { IssueTracker } from '../core/issues/ports.ts';
import { DEFAULT_CONFIG_PATH, type Env, parseEnv } from '../inputs.ts';
import { prepareNotify } from './notify-context.ts';
import type { MonitorOptions } from './run.ts';

export const MONITOR_USAGE = `usage: pathwatch monitor [options]

  --config <path>        config file (default ${DEFAULT_CONFIG_PATH}; built-in defaults when absent)
  --issues <where>       github | dry-run | local:<dir>   (default github)
  --dry-run              plan against the chosen issues without writing
  --url <url>            collector URL (default $PATHWATCH_URL)
  --etag-cache <file>    keep GitHub list ETags between runs (conditional requests)
  --issues-author <login>  manage only issues this login opened (default: config issues.author,
                         else github-actions[bot] or the token owner GET /user names)
  --at <iso-time>        evaluate as of this time instead of now (replays, tests)

environment: PATHWATCH_URL, PATHWATCH_ADMIN_TOKEN, GITHUB_TOKEN, GITHUB_REPOSITORY,
GITHUB_API_URL, GITHUB_STEP_SUMMARY, GITHUB_RUN_ID (the heartbeat's run id),
PATHWATCH_PACE_MS (retry and write pacing unit, default 1000)`;

export type PreparedMonitor = MonitorOptions & {
	/** Where the job summary goes (GITHUB_STEP_SUMMARY), if anywhere. */
	summaryFile: string | null;
	configSource: string;
};

type Ctx = Pick<CommandContext, 'argv' | 'env' | 'cwd' | 'stderr' | 'signal'>;

export async function loadConfig(
	path: string | undefined,
	cwd: string,
): Promise<{ config: Config; source: string }> {
	const file = resolve(cwd, path ?? DEFAULT_CONFIG_PATH);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (e) {
		if (path !== undefined || (e as NodeJS.ErrnoException).code !== 'ENOENT')
			throw new UserError(`cannot read config ${path ?? DEFAULT_CONFIG_PATH}: ${(e as Error).message}`);
		return { config: parseConfig('', '(built-in defaults)'), source: 'built-in defaults' };
	}
	return { config: parseConfig(text, path ?? DEFAULT_CONFIG_PATH), source: path ?? DEFAULT_CONFIG_PATH };
}

type TrackerChoice = {
	where: string;
	dryRun: boolean;
	etagCache: string | undefined;
	now: (() => Date) | undefined;
};

async function trackerFor(choice: TrackerChoice, env: Env, ctx: Ctx): Promise<IssueTracker> {
	const { where, dryRun, etagCache } = choice;
	if (where.startsWith('local:')) {
		const dir = where.slice('local:'.length);
		if (!dir) throw new UserError('--issues local:<dir> needs a directory');
		// The local store stamps issues with the monitor's clock, so `--at` replays stay consistent.
		return createLocalTracker(resolve(ctx.cwd, dir), choice.now ? { now: choice.now } : {});
	}
	if (where !== 'github' && where !== 'dry-run')
		throw new UserError(`--issues must be github, dry-run or local:<dir>, got '${where}'`);
	const github = githubClientFromEnv(env, (m) => ctx.stderr(`warning: ${m}`));
	if (!github) {
		if (where === 'dry-run' || dryRun) return createEmptyTracker();
		throw new UserError(
			'--issues github needs GITHUB_TOKEN and GITHUB_REPOSITORY (or use --issues dry-run / local:<dir>)',
		);
	}
	const etags = etagCache ? await fileEtagStore(resolve(ctx.cwd, etagCache)) : memoryEtagStore();
	return createGitHubTracker(github, { etags });
}

function parseMonitorArgs(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			options: {
				config: { type: 'string' },
				issues: { type: 'string' },
				'dry-run': { type: 'boolean' },
				url: { type: 'string' },
				'etag-cache': { type: 'string' },
				'issues-author': { type: 'string' },
				at: { type: 'string' },
			},
			strict: true,
			allowPositionals: false,
		}).values;
	} catch (e) {
		throw new UserError(`${(e as Error).message}\n\n${MONITOR_USAGE}`);
	}
}

/** The heartbeat's run id: GitHub's run id in Actions, a fresh local id on a laptop. */
function runIdOf(env: Env): string {
	return env.GITHUB_RUN_ID ?? `local-${randomUUID()}`;
}

export async function prepareMonitor(ctx: Ctx): Promise<PreparedMonitor> {
	const values = parseMonitorArgs(ctx.argv);
	const env = parseEnv(ctx.env);
	const { config, source } = await loadConfig(values.config, ctx.cwd);
	const url = values.url ?? env.PATHWATCH_URL;
	const token = env.PATHWATCH_ADMIN_TOKEN;
	if (!url) throw new UserError('set the collector URL with --url or PATHWATCH_URL');
	if (!token) throw new UserError('set PATHWATCH_ADMIN_TOKEN to the collector admin token');
	const at = values.at;
	if (at !== undefined && Number.isNaN(Date.parse(at)))
		throw new UserError(`--at must be an ISO 8601 time, got '${at}'`);
	const issues = values.issues ?? 'github';
	const dryRun = values['dry-run'] === true || issues === 'dry-run';
	const now = at !== undefined ? () => new Date(at) : undefined;
	const author = issuesAuthor(values['issues-author'], config);
	return {
		config,
		configSource: source,
		collector: createWorkerClient({ url, token, backoffMs: env.PATHWATCH_PACE_MS / 4, signal: ctx.signal }),
		tracker: await trackerFor({ where: issues, dryRun, etagCache: values['etag-cache'], now }, env, ctx),
		dryRun,
		...(now ? { now } : {}),
		...(author ? { author } : {}),
		runId: runIdOf(env),
		notify: await prepareNotify(config, ctx.env, ctx.cwd),
		summaryFile: env.GITHUB_STEP_SUMMARY ?? null,
	};
}

/**
 * The login whose alert issues a command manages: `--issues-author`, checked like the action
 * input and the config value (it reaches summaries and API queries), else the config's.
 */
export function issuesAuthor(flag: string | boolean | undefined, config: Config): string | undefined {
	if (flag === undefined || typeof flag === 'boolean') return config.issues.author;
	if (!GITHUB_LOGIN.test(flag))
		throw new UserError(`--issues-author must be a GitHub login, got '${flag.slice(0, 60)}'`);
	return flag;
}
