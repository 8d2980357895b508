import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { z } from 'zod';
import { type SchedulerLag, schedulerLag } from './core/config/cron.ts';
import {
	type ActionInputs,
	DEFAULT_CONFIG_PATH,
	type Env as ParsedEnv,
	parseActionInputs,
	parseEnv,
} from './inputs.ts';
import { prepareMonitor } from './monitor/options.ts';
import { type MonitorResult, runMonitor } from './monitor/run.ts';
import { runCli } from './run-cli.ts';

type Env = Record<string, string | undefined>;

/** Action inputs as the CLI's environment: the action and `npx pathwatch` run the same code. */
function environment(inputs: ActionInputs): Env {
	const env: Env = { ...process.env };
	if (inputs['worker-url']) env.PATHWATCH_URL = inputs['worker-url'];
	if (inputs['admin-token']) env.PATHWATCH_ADMIN_TOKEN = inputs['admin-token'];
	if (inputs['github-token']) env.GITHUB_TOKEN = inputs['github-token'];
	const secret = env.PATHWATCH_ADMIN_TOKEN;
	if (secret) core.setSecret(secret);
	return env;
}

function monitorArgs(inputs: ActionInputs): string[] {
	// The default path may be absent (built-in defaults); any other path must exist.
	const args = inputs.config !== DEFAULT_CONFIG_PATH ? ['--config', inputs.config] : [];
	args.push('--issues', inputs.issues);
	if (inputs['dry-run']) args.push('--dry-run');
	if (inputs['etag-cache']) args.push('--etag-cache', inputs['etag-cache']);
	if (inputs['issues-author']) args.push('--issues-author', inputs['issues-author']);
	return args;
}

/** The config input, as the monitor reads it (a job prices its summary with its price overrides). */
function configArgs(inputs: ActionInputs): string[] {
	return inputs.config !== DEFAULT_CONFIG_PATH ? ['--config', inputs.config] : [];
}

/**
 * ChatOps manages, and the site shows, the same issues as the monitor: the same config and
 * issues-author inputs.
 */
function authorArgs(inputs: ActionInputs): string[] {
	const args = configArgs(inputs);
	if (inputs['issues-author']) args.push('--issues-author', inputs['issues-author']);
	return args;
}

function forwardedArgs(inputs: ActionInputs): string[] {
	if (inputs.command === 'chatops' || inputs.command === 'site') return authorArgs(inputs);
	return inputs.command === 'job' ? configArgs(inputs) : [];
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
	const firing = r.firing.map((e) => ({
		alert: e.alertname,
		severity: e.severity,
		fingerprint: e.fingerprint,
	}));
	core.setOutput('firing', JSON.stringify(firing));
	core.setOutput(
		'possible-forgeries',
		JSON.stringify(r.foreign.map((i) => ({ number: i.number, author: i.author }))),
	);
	const failed = r.notify.deliveries.filter((d) => !d.ok);
	core.setOutput('notifications-sent', r.notify.deliveries.length - failed.length);
	core.setOutput(
		'notifications-failed',
		JSON.stringify(
			failed.map((d) => ({
				channel: d.channel,
				alert: d.alertname,
				issue: d.issue,
				event: d.transition,
				error: d.error,
			})),
		),
	);
}

const ScheduleEventSchema = z.object({ schedule: z.string().optional() });

/** For a scheduled run, how late GitHub's scheduler started it (null for other events). */
async function readSchedulerLag(env: ParsedEnv, startedAt: Date): Promise<SchedulerLag | null> {
	if (env.GITHUB_EVENT_NAME !== 'schedule' || !env.GITHUB_EVENT_PATH) return null;
	const event = ScheduleEventSchema.safeParse(JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')));
	const cron = event.success ? event.data.schedule : undefined;
	return cron ? schedulerLag(cron, startedAt) : null;
}

function lagLine(lag: SchedulerLag): string {
	const hhmm = (iso: string) => iso.slice(11, 19);
	return `\n### Scheduler\n\nScheduled for ${hhmm(lag.expectedAt)} UTC (\`${lag.schedule}\`), started ${hhmm(lag.startedAt)} UTC: **${lag.lagSeconds} s late**. Late or skipped runs lose nothing: windows are judged on the collector's time series.\n`;
}

async function runMonitorStep(inputs: ActionInputs, env: Env): Promise<void> {
	const startedAt = new Date();
	const settings = parseEnv(env);
	const controller = new AbortController();
	const prepared = await prepareMonitor({
		argv: monitorArgs(inputs),
		env,
		cwd: settings.GITHUB_WORKSPACE ?? process.cwd(),
		stderr: (line) => core.warning(line),
		signal: controller.signal,
	});
	const result = await runMonitor({
		...prepared,
		log: (line) => core.info(line),
		warn: (line) => core.warning(line),
	});
	setMonitorOutputs(result);
	const lag = await readSchedulerLag(settings, startedAt);
	core.setOutput('scheduler-lag-seconds', lag?.lagSeconds ?? '');
	await core.summary.addRaw(result.summary + (lag ? lagLine(lag) : ''), true).write();
	if (result.scrapeError) core.warning(`collector unreachable: ${result.scrapeError}`);
	if (result.identityError) core.setFailed(result.identityError);
}

/**
 * The GitHub Action entry: parses the inputs once and runs the command named by `command`.
 * Errors are mapped once, here, to a single `core.setFailed`.
 */
export async function run(): Promise<void> {
	try {
		const inputs = parseActionInputs((name) => core.getInput(name));
		const env = environment(inputs);
		if (inputs.command === 'monitor') return await runMonitorStep(inputs, env);
		const args = [...forwardedArgs(inputs), ...inputs.args.split(/\s+/).filter(Boolean)];
		const lines: string[] = [];
		const code = await runCli([inputs.command, ...args], {
			env,
			stdout: (s) => core.info(s),
			stderr: (s) => {
				lines.push(s);
				core.info(s);
			},
		});
		if (code !== 0)
			core.setFailed(`pathwatch ${inputs.command} exited with code ${code}: ${lines.at(-1) ?? ''}`);
	} catch (e) {
		core.setFailed(e instanceof Error ? e.message : String(e));
	}
}
