/**
 * The example Prometheus rules on the ingest SLI, refusals and the journal that
 * docs/observability.md ships, taken from the document and checked by promtool: `check rules`
 * (syntax) and `test rules` — refusals outnumbering real failures 9 to 1 leave the error rate at
 * the real failure ratio and raise the refusal alert; a stale journal raises its own.
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
const HEADING = '## Ingest SLI, refusals and the journal in Prometheus';

async function documentedRules(): Promise<string> {
	const doc = await readFile('docs/observability.md', 'utf8');
	const at = doc.indexOf(HEADING);
	if (at === -1) throw new Error(`docs/observability.md has no "${HEADING}" section`);
	const block = /```yaml\n([\s\S]*?)```/.exec(doc.slice(at))?.[1];
	if (!block) throw new Error('no yaml block in the ingest rules section');
	return block;
}

function run(args: string[], cwd: string) {
	const r = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
	return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A counter growing by `perMinute` each minute for two hours. */
const counter = (series: string, perMinute: number) => ({ series, values: `0+${perMinute}x120` });

describe('the documented Prometheus rules on ingest', () => {
	it('has promtool when CI requires it', () => {
		if (required) expect(havePromtool, 'promtool is required (PATHWATCH_REQUIRE_PROMTOOL=1)').toBe(true);
	});

	describe.skipIf(!havePromtool)('under promtool', () => {
		let dir: string;
		beforeAll(async () => {
			dir = await mkdtemp(join(tmpdir(), 'pathwatch-ingest-rules-'));
			await writeFile(join(dir, 'rules.yml'), await documentedRules());
		});
		afterAll(async () => {
			if (dir) await rm(dir, { recursive: true, force: true });
		});

		it('passes `promtool check rules`', () => {
			const r = run(['check', 'rules', 'rules.yml'], dir);
			expect(r.output).toContain('SUCCESS: 3 rules found');
			expect(r.status).toBe(0);
		});

		it('reads the real failure ratio under a flood of refusals, and alerts on each problem', async () => {
			// Per minute: 20 served requests of which 10 fail, and 180 refusals (9 per failure).
			const flood = {
				interval: '1m',
				input_series: [
					counter('pathwatch_record_latency_seconds_count', 20),
					counter('pathwatch_record_errors_total{reason="do_error"}', 10),
					counter('pathwatch_record_refused_total{reason="unauthorized"}', 60),
					counter('pathwatch_record_refused_total{reason="invalid"}', 60),
					counter('pathwatch_record_refused_total{reason="too_large"}', 30),
					counter('pathwatch_record_refused_total{reason="unsupported_media_type"}', 30),
				],
				alert_rule_test: [
					{
						eval_time: '30m',
						alertname: 'PathwatchRecordErrorRateHigh',
						exp_alerts: [
							{
								exp_labels: { severity: 'critical' },
								exp_annotations: { summary: 'pathwatch record error rate 50%' },
							},
						],
					},
					{
						eval_time: '30m',
						alertname: 'PathwatchIngestRefusalsHigh',
						exp_alerts: [
							{
								exp_labels: { severity: 'warning' },
								exp_annotations: { summary: '90% of pathwatch record requests refused' },
							},
						],
					},
				],
			};
			// Refusals alone, with healthy traffic: no error alert, however many are refused.
			const probeOnly = {
				interval: '1m',
				input_series: [
					counter('pathwatch_record_latency_seconds_count', 100),
					counter('pathwatch_record_errors_total{reason="do_error"}', 0),
					counter('pathwatch_record_refused_total{reason="unauthorized"}', 900),
				],
				alert_rule_test: [{ eval_time: '60m', alertname: 'PathwatchRecordErrorRateHigh', exp_alerts: [] }],
			};
			const journal = {
				interval: '1m',
				input_series: [
					// The oldest event was written 25 h ago and nothing is replayed.
					{ series: 'pathwatch_journal_oldest_event_age_seconds', values: '90000+60x120' },
				],
				alert_rule_test: [
					{ eval_time: '55m', alertname: 'PathwatchJournalReplayBehind', exp_alerts: [] },
					{
						eval_time: '75m',
						alertname: 'PathwatchJournalReplayBehind',
						exp_alerts: [
							{
								exp_labels: { severity: 'warning' },
								exp_annotations: { summary: 'The oldest journaled event has waited 1d 2h 15m 0s' },
							},
						],
					},
				],
			};
			const tests = {
				rule_files: ['rules.yml'],
				evaluation_interval: '1m',
				tests: [flood, probeOnly, journal],
			};
			await writeFile(join(dir, 'rules.test.yml'), stringify(tests));
			const r = run(['test', 'rules', 'rules.test.yml'], dir);
			expect(r.output).toContain('SUCCESS');
			expect(r.status, r.output).toBe(0);
		});
	});
});
