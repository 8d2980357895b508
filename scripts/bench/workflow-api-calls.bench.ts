/**
 * GitHub API calls per run of the shipped monitor workflow. Reads the committed
 * .github/workflows/monitor.yml and plays its steps as a runner would, twice, each time in a
 * fresh workspace: actions/cache restore (exact key, else the newest key matching a
 * restore-keys prefix), the action bundle (action/dist/index.js) with the step's inputs and the
 * action.yml defaults as INPUT_* variables, then actions/cache save. Only the outside world is
 * stood in for: GitHub (test/support/fake-github.ts, which counts requests and answers
 * If-None-Match with 304) and the collector's admin API. Prints the calls per run and records
 * them in docs/BENCHMARKS.md.
 */
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { startFakeCollector } from '../../test/action/fake-collector.ts';
import { makeSnapshot, makeTimeseries, makeUsage } from '../../test/action/fixtures.ts';
import { startFakeGitHub } from '../../test/support/fake-github.ts';
import {
	type ExprContext,
	interpolate,
	loadWorkflow,
	type WorkflowStep,
} from '../../test/support/workflows.ts';
import { recordBenchmark } from './record.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOW = join(ROOT, '.github/workflows/monitor.yml');
/** The committed bundle the runner executes; `--sources` runs action/src/index.ts instead (same code, before bundling). */
const ENTRY = join(ROOT, process.argv.includes('--sources') ? 'action/src/index.ts' : 'action/dist/index.js');
const RUNS = 2;

/** actions/cache as seen from one repository: immutable keys, newest match by prefix wins. */
function cacheService(dir: string) {
	const entries: { key: string; file: string; savedAt: number }[] = [];
	return {
		async restore(w: Record<string, string>, workspace: string): Promise<string | null> {
			const prefixes = (w['restore-keys'] ?? '')
				.split('\n')
				.map((p) => p.trim())
				.filter(Boolean);
			const newest = (match: (key: string) => boolean) =>
				entries.filter((e) => match(e.key)).sort((a, b) => b.savedAt - a.savedAt)[0];
			let hit = newest((k) => k === w.key);
			for (const p of prefixes) hit ??= newest((k) => k.startsWith(p));
			if (!hit || !w.path) return null;
			await mkdir(dirname(join(workspace, w.path)), { recursive: true });
			await copyFile(hit.file, join(workspace, w.path));
			return hit.key;
		},
		async save(w: Record<string, string>, workspace: string): Promise<string> {
			if (!w.key || !w.path) throw new Error('actions/cache/save needs key and path');
			if (entries.some((e) => e.key === w.key)) return `not saved: ${w.key} exists (keys are immutable)`;
			const exists = await stat(join(workspace, w.path)).then(
				() => true,
				() => false,
			);
			if (!exists) return `not saved: ${w.path} does not exist`;
			const file = join(dir, `${entries.length}.cache`);
			await copyFile(join(workspace, w.path), file);
			entries.push({ key: w.key, file, savedAt: entries.length });
			return `saved ${w.key}`;
		},
	};
}

/** The action's inputs as the runner passes them: the step's `with`, then action.yml defaults. */
async function actionInputs(step: WorkflowStep, ctx: ExprContext): Promise<Record<string, string>> {
	const meta = z
		.object({ inputs: z.record(z.string(), z.object({ default: z.string().optional() })) })
		.parse(parse(await readFile(join(ROOT, 'action.yml'), 'utf8')));
	const env: Record<string, string> = {};
	for (const [name, input] of Object.entries(meta.inputs)) {
		const given = step.with?.[name];
		const value = given === undefined ? input.default : String(given);
		if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = interpolate(value, ctx);
	}
	return env;
}

const withOf = (step: WorkflowStep, ctx: ExprContext) =>
	Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]));

async function main() {
	const workflow = await loadWorkflow(WORKFLOW);
	const steps = Object.values(workflow.jobs).flatMap((j) => j.steps ?? []);
	const now = Date.now();
	const gh = await startFakeGitHub();
	const fc = await startFakeCollector();
	// A healthy collector: nothing fires, so every run after the first is the steady state.
	fc.set({
		snapshot: makeSnapshot({ now }),
		timeseries: makeTimeseries(now, () => ({
			requests: 1000,
			errors: 0,
			p95Ms: 25,
			doRequests: 1000,
			activeIps: 10,
		})),
		usage: makeUsage(now, 45, () => 1000),
	});
	const scratch = await mkdtemp(join(tmpdir(), 'pw-workflow-'));
	const cache = cacheService(scratch);
	const rows: (string | number)[][] = [];
	try {
		for (let run = 1; run <= RUNS; run++) rows.push(await playRun(run, steps, { gh, fc, cache, scratch }));
	} finally {
		await gh.close();
		await fc.close();
		await rm(scratch, { recursive: true, force: true });
	}
	return rows;
}

type Stage = {
	gh: Awaited<ReturnType<typeof startFakeGitHub>>;
	fc: Awaited<ReturnType<typeof startFakeCollector>>;
	cache: ReturnType<typeof cacheService>;
	scratch: string;
};

/** One scheduled run on a fresh runner; returns its table row. */
async function playRun(run: number, steps: WorkflowStep[], s: Stage): Promise<(string | number)[]> {
	const workspace = join(s.scratch, `run-${run}`);
	await mkdir(workspace, { recursive: true });
	const runId = String(9000 + run);
	const ctx: ExprContext = {
		github: { token: s.gh.token, run_id: runId, run_attempt: '1', event_name: 'schedule' },
		vars: { PATHWATCH_URL: s.fc.url },
		secrets: { PATHWATCH_ADMIN_TOKEN: s.fc.token },
	};
	const logFrom = s.gh.log.length;
	const collectorFrom = s.fc.requests.length;
	let restored: string | null = null;
	let saved = '';
	for (const step of steps) {
		if (step.uses?.startsWith('actions/checkout@'))
			// What checkout brings that the run reads: the committed config and templates.
			await cp(join(ROOT, '.github'), join(workspace, '.github'), { recursive: true });
		else if (step.uses?.startsWith('actions/cache/restore@'))
			restored = await s.cache.restore(withOf(step, ctx), workspace);
		else if (step.uses?.startsWith('actions/cache/save@'))
			saved = await s.cache.save(withOf(step, ctx), workspace);
		else if (step.uses === './') await runAction(step, ctx, workspace, s);
		else
			throw new Error(
				`monitor.yml has a step this benchmark does not know how to play: ${step.name ?? step.uses}`,
			);
	}
	const calls = s.gh.log.slice(logFrom);
	const summary = calls.map((c) => `${c.method} ${c.path.replace(/\?.*/, '')} → ${c.status}`).join('; ');
	const collector = s.fc.requests.slice(collectorFrom);
	const result = {
		run,
		restored,
		saved,
		calls: calls.length,
		notModified: calls.filter((c) => c.status === 304).length,
		summary,
		collector,
	};
	console.log(JSON.stringify(result));
	return [
		run,
		restored ?? 'miss',
		`${calls.length} (${result.notModified} × 304, ${calls.filter((c) => c.counted).length} against the rate limit)`,
		summary,
		collector.length,
		collector.includes('POST /api/admin/heartbeat') ? 'yes' : 'no',
	];
}

async function runAction(step: WorkflowStep, ctx: ExprContext, workspace: string, s: Stage): Promise<void> {
	const eventPath = join(workspace, '..', `event-${workspace.split('-').pop()}.json`);
	await writeFile(eventPath, JSON.stringify({ schedule: '3-59/5 * * * *' }));
	const files = { GITHUB_OUTPUT: `${workspace}.output`, GITHUB_STEP_SUMMARY: `${workspace}.summary` };
	for (const f of Object.values(files)) await writeFile(f, '');
	const gh = ctx.github as Record<string, string>;
	await promisify(execFile)(process.execPath, [ENTRY], {
		cwd: workspace,
		env: {
			PATH: process.env.PATH ?? '',
			...(await actionInputs(step, ctx)),
			...files,
			GITHUB_ACTIONS: 'true',
			GITHUB_WORKSPACE: workspace,
			GITHUB_REPOSITORY: `${s.gh.owner}/${s.gh.repo}`,
			GITHUB_API_URL: s.gh.url,
			GITHUB_RUN_ID: gh.run_id,
			GITHUB_RUN_ATTEMPT: gh.run_attempt,
			GITHUB_EVENT_NAME: 'schedule',
			GITHUB_EVENT_PATH: eventPath,
			RUNNER_TEMP: s.scratch,
		},
	});
}

const rows = await main();
// A run from sources is a check, not the shipped configuration: it is printed, not recorded.
if (!process.argv.includes('--sources'))
	await recordBenchmark(
		'monitor workflow: GitHub API calls per run',
		[
			'run',
			'ETag cache restored from',
			'GitHub API calls',
			'requests',
			'collector requests',
			'heartbeat sent',
		],
		rows,
		[
			'`node scripts/bench/workflow-api-calls.bench.ts`: the committed `.github/workflows/monitor.yml` played step by step, twice, each run on a fresh workspace; actions/cache is emulated (exact key, else the newest key matching a `restore-keys` prefix; keys immutable); the action runs from the committed bundle `action/dist/index.js` with the step’s inputs and the action.yml defaults, as a scheduled run. GitHub is the local stand-in (ETags, 304 not counted against the rate limit); the collector is the local admin-API stand-in with a healthy state, so nothing fires.',
			'The end-of-run heartbeat (`POST /api/admin/heartbeat`) goes to the collector, not to GitHub, so it is not in the GitHub figures; “heartbeat sent” says whether the measured bundle sends it.',
			'Run 1 has no cache and reads the list in full; run 2 restores run 1’s ETags and makes one conditional list call answered 304: the steady state of every later run.',
		],
	);
