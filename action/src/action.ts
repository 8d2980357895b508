import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { type SchedulerLag, schedulerLag } from './core/config/cron.ts';
import { DEFAULT_CONFIG_PATH, prepareMonitor } from './monitor/options.ts';
import { type MonitorResult, runMonitor } from './monitor/run.ts';
import { runCli } from './run-cli.ts';

/** Action inputs as the CLI's environment: the action and `npx pathwatch` run the same code. */
function environment(): Record<string, string | undefined> {
	const env: Record<string, string | undefined> = { ...process.env };
	const set = (name: string, input: string) => {
		const value = core.getInput(input);
		if (value) env[name] = value;
	};
	set('PATHWATCH_URL', 'worker-url');
	set('PATHWATCH_ADMIN_TOKEN', 'admin-token');
	set('GITHUB_TOKEN', 'github-token');
	const secret = env.PATHWATCH_ADMIN_TOKEN;
	if (secret) core.setSecret(secret);
	return env;
}

function monitorArgs(): string[] {
	// The default path may be absent (built-in defaults); any other path must exist.
	const config = core.getInput('config');
	const args = config && config !== DEFAULT_CONFIG_PATH ? ['--config', config] : [];
	const issues = core.getInput('issues');
	if (issues) args.push('--issues', issues);
	if (core.getInput('dry-run').toLowerCase() === 'true') args.push('--dry-run');
	const cache = core.getInput('etag-cache');
	if (cache) args.push('--etag-cache', cache);
	return args;
}

function setMonitorOutputs(r: MonitorResult): void {
	const critical = r.firing.filter((e) => e.severity === 'critical').length;
	core.setOutput('firing-count', r.firing.length);
	core.setOutput('critical-count', critical);
	core.setOutput('warning-count', r.firing.length - critical);
	core.setOutput('health-score', r.health?.score ?? '');
	core.setOutput('projected-monthly-cost', r.cost?.projected.cost ?? '');
	core.setOutput('month-to-date-cost', r.cost?.monthToDate.cost ?? '');
	core.setOutput('cost-confidence', r.cost?.projected.confidence ?? '');
	core.setOutput('api-calls', r.api.apiCalls);
	core.setOutput('issue-changes', r.actions.length);
	core.setOutput('collector-reachable', r.scrapeError === null);
	core.setOutput(
		'firing',
		JSON.stringify(
			r.firing.map((e) => ({ alert: e.alertname, severity: e.severity, fingerprint: e.fingerprint })),
		),
	);
}

/** For a scheduled run, how late GitHub's scheduler started it (null for other events). */
async function readSchedulerLag(
	env: Record<string, string | undefined>,
	startedAt: Date,
): Promise<SchedulerLag | null> {
	if (env.GITHUB_EVENT_NAME !== 'schedule' || !env.GITHUB_EVENT_PATH) return null;
	const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { schedule?: unknown };
	return typeof event.schedule === 'string' ? schedulerLag(event.schedule, startedAt) : null;
}

function lagLine(lag: SchedulerLag): string {
	const hhmm = (iso: string) => iso.slice(11, 19);
	return `\n### Scheduler\n\nScheduled for ${hhmm(lag.expectedAt)} UTC (\`${lag.schedule}\`), started ${hhmm(lag.startedAt)} UTC: **${lag.lagSeconds} s late**. Late or skipped runs lose nothing: windows are judged on the collector's time series.\n`;
}

async function runMonitorStep(env: Record<string, string | undefined>): Promise<void> {
	const startedAt = new Date();
	const controller = new AbortController();
	const prepared = await prepareMonitor({
		argv: monitorArgs(),
		env,
		cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
		stderr: (line) => core.warning(line),
		signal: controller.signal,
	});
	const result = await runMonitor({ ...prepared, log: (line) => core.info(line) });
	setMonitorOutputs(result);
	const lag = await readSchedulerLag(env, startedAt);
	core.setOutput('scheduler-lag-seconds', lag?.lagSeconds ?? '');
	await core.summary.addRaw(result.summary + (lag ? lagLine(lag) : ''), true).write();
	if (result.scrapeError) core.warning(`collector unreachable: ${result.scrapeError}`);
}

/**
 * The GitHub Action entry: runs the command named by the `command` input. Errors are mapped
 * once, here, to a single `core.setFailed`.
 */
export async function run(): Promise<void> {
	try {
		const command = core.getInput('command') || 'monitor';
		const env = environment();
		if (command === 'monitor') return await runMonitorStep(env);
		const args = core.getInput('args').split(/\s+/).filter(Boolean);
		const lines: string[] = [];
		const code = await runCli([command, ...args], {
			env,
			stdout: (s) => core.info(s),
			stderr: (s) => {
				lines.push(s);
				core.info(s);
			},
		});
		if (code !== 0) core.setFailed(`pathwatch ${command} exited with code ${code}: ${lines.at(-1) ?? ''}`);
	} catch (e) {
		core.setFailed(e instanceof Error ? e.message : String(e));
	}
}
