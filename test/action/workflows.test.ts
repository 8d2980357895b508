/**
 * The committed workflows, read as GitHub reads them: concurrency groups resolved for each
 * trigger (every schedule line, and two separate dispatches), and the monitor's ETag cache.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	interpolate,
	loadWorkflows,
	parseWorkflow,
	triggers,
	type Workflow,
	type WorkflowStep,
} from '../support/workflows.ts';

type Run = { workflow: string; event: string; group: string; cancelInProgress: boolean | string };

/** The concurrency group each kind of run of `w` lands in (workflow and job level). */
function runsOf(w: Workflow): Run[] {
	const { events, crons } = triggers(w);
	const contexts: { event: string; schedule?: string; runId: string }[] = [
		...crons.map((schedule, i) => ({ event: 'schedule', schedule, runId: `${100 + i}` })),
		...(events.includes('workflow_dispatch')
			? [
					{ event: 'workflow_dispatch', runId: '901' },
					{ event: 'workflow_dispatch', runId: '902' },
				]
			: []),
		// Any other trigger (push, issue_comment…): one run, so its group is compared too.
		...events
			.filter((e) => e !== 'schedule' && e !== 'workflow_dispatch')
			.map((event, i) => ({ event, runId: `${500 + i}` })),
	];
	const levels = [w.concurrency, ...Object.values(w.jobs).map((j) => j.concurrency)].filter(
		(c) => c !== undefined,
	);
	return contexts.flatMap((c) =>
		levels.map((level) => ({
			workflow: w.name,
			event: c.event,
			group: interpolate(level.group, {
				github: {
					event_name: c.event,
					event: { schedule: c.schedule ?? null, issue: { number: '1' } },
					run_id: c.runId,
					run_attempt: '1',
				},
			}),
			cancelInProgress: level['cancel-in-progress'],
		})),
	);
}

/**
 * Workflows whose dispatched runs an operator relies on: dispatch-only ones (recovery, export)
 * and those that start maintenance jobs. Re-running pages or a deploy may wait behind a newer
 * run of itself; these may not.
 */
function isOperational(w: Workflow): boolean {
	const { events } = triggers(w);
	if (events.length === 1 && events[0] === 'workflow_dispatch') return true;
	return Object.values(w.jobs).some((j) =>
		(j.steps ?? []).some((s) => s.uses === './' && s.with?.command === 'job'),
	);
}

/** Everything wrong with the workflows' concurrency, as sentences (empty when sound). */
function concurrencyFindings(workflows: Workflow[]): string[] {
	const runs = workflows.flatMap(runsOf);
	const operational = new Set(workflows.filter(isOperational).map((w) => w.name));
	const scheduled = runs.filter((r) => r.event === 'schedule');
	const findings = new Set<string>();
	for (const r of runs.filter((r) => r.event === 'workflow_dispatch' && operational.has(r.workflow))) {
		const clash = scheduled.find((s) => s.group === r.group);
		if (clash) findings.add(`a dispatched ${r.workflow} shares ${r.group} with scheduled ${clash.workflow}`);
		const twin = runs.find((o) => o !== r && o.event === 'workflow_dispatch' && o.group === r.group);
		if (twin)
			findings.add(`two dispatches of ${r.workflow} share ${r.group}: the pending one can be dropped`);
		if (r.cancelInProgress !== false) findings.add(`a dispatched ${r.workflow} can be cancelled`);
	}
	const monitorGroups = new Set(runs.filter((r) => r.workflow === 'monitor').map((r) => r.group));
	if (monitorGroups.size === 0) findings.add('the monitor has no concurrency group');
	for (const r of runs.filter((r) => r.workflow !== 'monitor' && monitorGroups.has(r.group)))
		findings.add(`${r.workflow} (${r.event}) shares the monitor's group ${r.group}`);
	return [...findings];
}

const shaPinned = (uses: string | undefined, action: string) =>
	uses !== undefined && new RegExp(`^${action}@[0-9a-f]{40}$`).test(uses);

/** What the monitor workflow does with its ETag cache, as sentences (empty when sound). */
function etagCacheFindings(monitor: Workflow): string[] {
	const steps: WorkflowStep[] = Object.values(monitor.jobs).flatMap((j) => j.steps ?? []);
	const restore = steps.findIndex((s) => shaPinned(s.uses, 'actions/cache/restore'));
	const action = steps.findIndex((s) => s.uses === './' && (s.with?.command ?? 'monitor') === 'monitor');
	const save = steps.findIndex((s) => shaPinned(s.uses, 'actions/cache/save'));
	if (restore < 0 || action < 0 || save < 0) return ['restore, monitor and save steps are not all present'];
	const findings: string[] = [];
	if (!(restore < action && action < save))
		findings.push('the cache is not restored before and saved after the run');
	const path = steps[action]?.with?.['etag-cache'];
	if (!path) findings.push('the monitor step has no etag-cache input');
	const [r, s] = [steps[restore]?.with ?? {}, steps[save]?.with ?? {}];
	if (r.path !== path || s.path !== path) findings.push('restore, etag-cache and save name different files');
	const keyOf = (runId: string) =>
		interpolate(String(s.key ?? ''), { github: { run_id: runId, run_attempt: '1' } });
	if (keyOf('1') === keyOf('2'))
		findings.push('the save key is the same for every run (cache keys are immutable)');
	if (r.key !== s.key) findings.push('restore and save use different keys');
	const prefixes = String(r['restore-keys'] ?? '')
		.split('\n')
		.map((p) => p.trim())
		.filter(Boolean);
	if (!prefixes.some((p) => keyOf('7').startsWith(p) && !p.includes('${{')))
		findings.push('no restore-keys prefix matches an earlier run’s key');
	if (steps[save]?.if !== 'always()') findings.push('the cache is not saved when the run fails');
	return findings;
}

describe('committed workflows', async () => {
	const workflows = await loadWorkflows();
	const monitor = workflows.find((w) => w.name === 'monitor');

	it('has the workflows this test reasons about', () => {
		expect(workflows.map((w) => w.name)).toEqual(
			expect.arrayContaining(['monitor', 'maintenance', 'recovery']),
		);
		expect(triggers(workflows.find((w) => w.name === 'recovery') as Workflow).events).toEqual([
			'workflow_dispatch',
		]);
	});

	it('never queues a dispatched recovery or job behind a schedule, and the monitor shares its group with nothing', () => {
		expect(concurrencyFindings(workflows)).toEqual([]);
	});

	it('restores the ETag cache before the monitor and saves it after', () => {
		expect(monitor).toBeDefined();
		expect(etagCacheFindings(monitor as Workflow)).toEqual([]);
	});
});

describe('the Node minimum', () => {
	it('is a full version, and CI runs the CLI on exactly that version', async () => {
		const pkg = z
			.object({ engines: z.object({ node: z.string() }) })
			.parse(JSON.parse(await readFile('package.json', 'utf8')));
		const minimum = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
		expect(minimum, 'engines.node reads ">=X.Y.Z"').toBeDefined();
		const ci = (await loadWorkflows()).find((w) => w.name === 'ci');
		const steps = ci?.jobs['node-minimum']?.steps ?? [];
		expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(
			minimum,
		);
		expect(steps.some((s) => s.run === 'node action/src/cli.ts --help')).toBe(true);
		expect(await readFile('README.md', 'utf8')).toContain(`Node ≥ ${minimum} is required`);
	});
});

describe('the checks themselves', () => {
	const workflow = (name: string, on: string, group: string, steps = '') =>
		parseWorkflow(
			`name: ${name}\non:\n${on}\nconcurrency:\n  group: ${group}\n  cancel-in-progress: false\njobs:\n  j:\n    steps:\n${steps || '      - run: "true"'}\n`,
			`${name}.yml`,
		);
	const schedule = '  schedule:\n    - cron: "3-59/5 * * * *"\n  workflow_dispatch:';

	it('catch one shared writes group (the layout issue 13 reported)', () => {
		const findings = concurrencyFindings([
			workflow('monitor', schedule, 'pathwatch-writes'),
			workflow('recovery', '  workflow_dispatch:', 'pathwatch-writes'),
		]);
		expect(findings).toContain('a dispatched recovery shares pathwatch-writes with scheduled monitor');
		expect(findings).toContain("recovery (workflow_dispatch) shares the monitor's group pathwatch-writes");
		expect(findings.some((f) => f.startsWith('two dispatches of recovery'))).toBe(true);
	});

	it('catch a monitor without a cache, or with a key shared by every run', () => {
		expect(etagCacheFindings(workflow('monitor', schedule, 'm', '      - uses: ./'))).toEqual([
			'restore, monitor and save steps are not all present',
		]);
		const pin = 'a'.repeat(40);
		const steps = [
			`      - uses: actions/cache/restore@${pin}\n        with: { path: e.json, key: fixed, restore-keys: fixed }`,
			'      - uses: ./\n        with: { etag-cache: e.json }',
			`      - uses: actions/cache/save@${pin}\n        with: { path: e.json, key: fixed }`,
		].join('\n');
		expect(etagCacheFindings(workflow('monitor', schedule, 'm', steps))).toEqual([
			'the save key is the same for every run (cache keys are immutable)',
			'the cache is not saved when the run fails',
		]);
	});
});
