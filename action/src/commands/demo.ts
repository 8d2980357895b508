import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type StaticServer, serveDir } from '../../../reports-site/src/index.ts';
import { createLocalTracker } from '../adapters/local-issues.ts';
import { type LocalWorker, startLocalWorker } from '../adapters/local-worker.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../adapters/notify-receiver.ts';
import { simulateTraffic } from '../adapters/traffic-sender.ts';
import { createWorkerClient, newJobId } from '../adapters/worker-client.ts';
import { type AlertIssueView, listAlertIssues } from '../alert-issues.ts';
import type { Command, CommandContext } from '../cli-types.ts';
import { DEMO_CONFIG_YAML } from '../demo/demo-config.ts';
import { demoHistory, HISTORY_DAYS } from '../demo/history.ts';
import {
	DEMO_BREAKER_COOLDOWN_MS,
	DEMO_STEP_MS,
	nextCheckAfter,
	planDemoTimeline,
} from '../demo/timeline.ts';
import { buildSiteFromCollector } from '../site/publish.ts';
import { followJob } from './job.ts';
import monitorCommand from './monitor.ts';

const ADMIN_TOKEN = 'demo-admin-token';
const IPS = 400;
/** Events per second of simulated traffic while the demo runs. */
const RATE = 40;

type Demo = {
	ctx: CommandContext;
	worker: LocalWorker;
	hook: WebhookReceiver;
	dir: string;
	say: (s: string) => void;
};

const untilAborted = (signal: AbortSignal) =>
	new Promise<void>((done) => {
		if (signal.aborted) done();
		else signal.addEventListener('abort', () => done(), { once: true });
	});

/** Sends paced traffic from now until `until`; each phase uses fresh event ids. */
async function traffic(d: Demo, phase: string, until: number, seed: number): Promise<void> {
	const ms = Math.max(1000, until - Date.now());
	const events = Math.round((ms / 1000) * RATE);
	d.say(`traffic (${phase}): ${events} events from up to ${IPS} IPs over ${(ms / 1000).toFixed(0)} s`);
	const s = await simulateTraffic({
		url: d.worker.url,
		ips: IPS,
		events,
		seed,
		batch: 10,
		concurrency: 4,
		paceMs: ms,
		runId: `demo${seed}-${Date.now().toString(36)}`,
		signal: d.ctx.signal,
	});
	const p95 = s.latencyMs.p95 === null ? 'n/a' : `${s.latencyMs.p95.toFixed(1)} ms`;
	d.say(
		`  accepted ${s.accepted}/${s.events} (journaled ${s.journaled}, duplicates ${s.duplicates}), p95 ${p95}`,
	);
}

/** Runs `pathwatch monitor` against the local Worker and the local issue store; returns the alerts. */
async function monitor(d: Demo, label: string): Promise<AlertIssueView[]> {
	d.say(`monitor (${label}):`);
	// The monitor command itself, not the CLI dispatcher: the dispatcher loads this command.
	const code = await monitorCommand({
		...d.ctx,
		argv: ['--config', join(d.dir, 'pathwatch.yml'), '--issues', `local:${join(d.dir, 'issues')}`],
		env: {
			...d.ctx.env,
			PATHWATCH_URL: d.worker.url,
			PATHWATCH_ADMIN_TOKEN: ADMIN_TOKEN,
			GITHUB_STEP_SUMMARY: '',
			...d.hook.env,
		},
		stdout: (line) => d.say(`  ${line}`),
		stderr: (line) => d.say(`  ${line}`),
	});
	if (code !== 0) throw new Error(`monitor exited with ${code}`);
	const alerts = await listAlertIssues(createLocalTracker(join(d.dir, 'issues')));
	for (const a of alerts) d.say(`  issue #${a.number} [${a.status}/${a.severity}] ${a.title}`);
	for (const line of d.hook.drain()) d.say(`  webhook received: ${line}`);
	return alerts;
}

/** Healthy traffic and a monitor run after each rollup step until the error-rate alert resolves. */
async function awaitResolution(d: Demo, maxSteps: number): Promise<void> {
	for (let i = 0; i < maxSteps; i++) {
		const at = nextCheckAfter(Date.now());
		await traffic(d, 'healthy', at, 10 + i);
		const alerts = await monitor(d, `after another clean ${DEMO_STEP_MS / 1000}-second step`);
		if (alerts.some((a) => a.alertname === 'ErrorRateHigh' && a.status === 'resolved')) return;
	}
	throw new Error(`ErrorRateHigh did not resolve within ${maxSteps} steps of healthy traffic`);
}

async function job(d: Demo, type: 'repair' | 'backup', what: string): Promise<void> {
	const client = createWorkerClient({ url: d.worker.url, token: ADMIN_TOKEN });
	const id = newJobId(type);
	d.say(`job ${type} ${id}: ${what}`);
	await client.startJob(type, {}, id);
	const { status } = await followJob(client, id, {
		budgetMs: 5 * 60_000,
		intervalMs: 1000,
		signal: d.ctx.signal,
		print: (line) => d.say(`  ${line}`),
	});
	d.say(`  ${type} ${status.state}: ${JSON.stringify(status.result)}`);
}

/** The jobs the maintenance workflow runs daily, so the Operations section has runs to show. */
async function maintenance(d: Demo): Promise<void> {
	await job(d, 'repair', 'reconcile the registry and replay the fallback journal');
	await job(d, 'backup', 'every collector to R2, manifest checked');
}

/** The example month, through the same admin route a user would import their own history with. */
async function importHistory(d: Demo): Promise<void> {
	const client = createWorkerClient({ url: d.worker.url, token: ADMIN_TOKEN });
	const r = await client.importHistory(demoHistory(Date.now()));
	d.say(
		`history: ${r.hours} hours on ${r.days} days (${HISTORY_DAYS}-day example) imported via POST /api/admin/history`,
	);
}

async function build(d: Demo, outDir: string): Promise<void> {
	d.say(`building the dashboard into ${outDir}`);
	const built = await buildSiteFromCollector({
		url: d.worker.url,
		token: ADMIN_TOKEN,
		outDir,
		tracker: createLocalTracker(join(d.dir, 'issues')),
	});
	d.say(
		`  ${built.files.length} files; JS ${(built.budget.js / 1024).toFixed(1)} KB gzip, HTML ${(built.budget.html / 1024).toFixed(1)} KB gzip`,
	);
}

/** `pathwatch demo [--once] [--dir DIR] [--out DIR] [--port N]`: the whole system on 127.0.0.1. */
const command: Command = async (ctx) => {
	const { values } = parseArgs({
		args: ctx.argv,
		options: {
			once: { type: 'boolean' },
			dir: { type: 'string' },
			out: { type: 'string' },
			port: { type: 'string' },
		},
		strict: true,
	});
	const dir = resolve(ctx.cwd, values.dir ?? '.pathwatch/demo');
	const outDir = resolve(ctx.cwd, values.out ?? 'reports-site/dist');
	const t0 = Date.now();
	const say = (s: string) => ctx.stdout(`[demo +${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${s}`);
	await rm(dir, { recursive: true, force: true });
	await mkdir(join(dir, 'issues'), { recursive: true });
	await writeFile(join(dir, 'pathwatch.yml'), DEMO_CONFIG_YAML);

	const plan = planDemoTimeline(Date.now());
	say(`starting the collector Worker in workerd (wrangler dev, 127.0.0.1), state in ${dir}/state`);
	const worker = await startLocalWorker({
		persistTo: join(dir, 'state'),
		vars: {
			ADMIN_TOKEN,
			FLUSH_INTERVAL_MS: '2000',
			ROLLUP_STEP_MS: String(DEMO_STEP_MS),
			BREAKER_COOLDOWN_MS: String(DEMO_BREAKER_COOLDOWN_MS),
			BREAKER_MAX_COOLDOWN_MS: String(DEMO_BREAKER_COOLDOWN_MS),
			PATHWATCH_FAULTS: `fail=0.5,from=${plan.faultFrom},until=${plan.faultUntil}`,
		},
	});
	const hook = await startWebhookReceiver();
	say(`webhook receiver for notifications at ${hook.url}`);
	const d: Demo = { ctx, worker, hook, dir, say };
	say(
		`collector up at ${worker.url}; faults injected ${new Date(plan.faultFrom).toISOString()} → ${new Date(plan.faultUntil).toISOString()}`,
	);
	let server: StaticServer | null = null;
	try {
		await importHistory(d);
		await traffic(d, 'healthy', plan.faultFrom, 1);
		// The first dashboard (the month of history and the first live minutes) while the faults run.
		const early = async () => {
			if (values.once) return;
			await build(d, outDir);
			server = await serveDir(outDir, values.port ? Number(values.port) : 0);
			say(`dashboard: ${server.url}   (refreshed when the demo has finished)`);
		};
		await Promise.all([
			traffic(d, 'DO faults: the breaker opens, events go to the journal', plan.faultUntil, 2),
			early(),
		]);
		await traffic(d, 'faults over: the breaker probes and closes', plan.fireCheckAt, 3);
		await monitor(d, 'after the faulty step: the error-rate alert fires');
		await awaitResolution(d, 6);
		// The jobs run once the alert has resolved: their load never lands on the steps it judges.
		await maintenance(d);
		await build(d, outDir);
		if (values.once) return 0;
		server ??= await serveDir(outDir, values.port ? Number(values.port) : 0);
		say(`dashboard: ${server.url}   (collector: ${worker.url}, admin token ${ADMIN_TOKEN}); Ctrl-C to stop`);
		await untilAborted(ctx.signal);
		return 0;
	} finally {
		await server?.close();
		await hook.close();
		await worker.stop();
	}
};
export default command;
