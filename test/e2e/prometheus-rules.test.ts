/**
 * The example Prometheus rule on the monitor heartbeat that docs/observability.md ships, taken
 * from the document itself and checked by Prometheus' own promtool: `check rules` (syntax) and
 * `test rules` (it fires once the monitor is silent for three intervals, and not while it runs).
 * With PATHWATCH_REQUIRE_PROMTOOL=1 (set by .ci/run) a missing promtool fails instead of skipping.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

const havePromtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' }).status === 0;
const required = process.env.PATHWATCH_REQUIRE_PROMTOOL === '1';
const METRIC = 'pathwatch_monitor_last_run_timestamp_seconds';
const RUNBOOK = 'https://github.com/OWNER/REPO/blob/main/docs/RUNBOOKS.md#deadman';

/** The first yaml block after the heartbeat heading in docs/observability.md. */
async function documentedRules(): Promise<string> {
	const doc = await readFile('docs/observability.md', 'utf8');
	const section = doc.slice(doc.indexOf("## The monitor's heartbeat"));
	const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
	if (!block) throw new Error('docs/observability.md has no yaml block under "The monitor\'s heartbeat"');
	return block;
}

/** One value per minute: a monitor run every 5 minutes until `silentFrom`, then nothing new. */
function heartbeats(minutes: number, silentFrom: number): string {
	return Array.from({ length: minutes + 1 }, (_, t) => Math.floor(Math.min(t, silentFrom) / 5) * 300).join(
		' ',
	);
}

function run(args: string[], cwd: string) {
	const r = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
	return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('the documented Prometheus rule on the monitor heartbeat', () => {
	it('has promtool when CI requires it', () => {
		if (required) expect(havePromtool, 'promtool is required (PATHWATCH_REQUIRE_PROMTOOL=1)').toBe(true);
	});

	describe.skipIf(!havePromtool)('under promtool', () => {
		let dir: string;
		beforeAll(async () => {
			dir = await mkdtemp(join(tmpdir(), 'pathwatch-rules-'));
			await writeFile(join(dir, 'rules.yml'), await documentedRules());
		});
		afterAll(async () => {
			if (dir) await rm(dir, { recursive: true, force: true });
		});

		it('passes `promtool check rules`', () => {
			const r = run(['check', 'rules', 'rules.yml'], dir);
			expect(r.output).toContain('SUCCESS: 2 rules found');
			expect(r.status).toBe(0);
		});

		it('fires after three silent intervals, never while heartbeats arrive, and when none ever came', async () => {
			const up = { series: 'up{job="pathwatch"}', values: '1x120' };
			const silent = {
				interval: '1m',
				input_series: [{ series: `${METRIC}{job="pathwatch"}`, values: heartbeats(120, 30) }, up],
				alert_rule_test: [
					// Last run at 30m: 15 min of silence at 45m, pending for 5 more minutes.
					{ eval_time: '49m', alertname: 'PathwatchMonitorSilent', exp_alerts: [] },
					{
						eval_time: '55m',
						alertname: 'PathwatchMonitorSilent',
						exp_alerts: [
							{
								exp_labels: { severity: 'critical', job: 'pathwatch' },
								exp_annotations: {
									summary: 'The pathwatch monitor has not finished a run for 25m 0s',
									runbook_url: RUNBOOK,
								},
							},
						],
					},
					{ eval_time: '55m', alertname: 'PathwatchMonitorNeverRan', exp_alerts: [] },
				],
			};
			const running = {
				interval: '1m',
				input_series: [{ series: `${METRIC}{job="pathwatch"}`, values: heartbeats(120, 120) }, up],
				alert_rule_test: [{ eval_time: '110m', alertname: 'PathwatchMonitorSilent', exp_alerts: [] }],
			};
			const never = {
				interval: '1m',
				input_series: [up],
				alert_rule_test: [
					{ eval_time: '25m', alertname: 'PathwatchMonitorNeverRan', exp_alerts: [] },
					{
						eval_time: '35m',
						alertname: 'PathwatchMonitorNeverRan',
						exp_alerts: [
							{
								exp_labels: { severity: 'warning' },
								exp_annotations: {
									summary: 'The pathwatch collector has never received a monitor heartbeat',
									runbook_url: RUNBOOK,
								},
							},
						],
					},
				],
			};
			const tests = { rule_files: ['rules.yml'], evaluation_interval: '1m', tests: [silent, running, never] };
			await writeFile(join(dir, 'rules.test.yml'), stringify(tests));
			const r = run(['test', 'rules', 'rules.test.yml'], dir);
			expect(r.output).toContain('SUCCESS');
			expect(r.status, r.output).toBe(0);
		});
	});
});
