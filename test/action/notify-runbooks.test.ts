/** Every alert pathwatch ships links its section of docs/RUNBOOKS.md unless configured otherwise. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../action/src/core/alerts/evaluate.ts';
import { DEFAULT_RULES } from '../../action/src/core/config/config-defaults.ts';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { annotateEvals, headingAnchor, RUNBOOK_HEADINGS } from '../../action/src/core/notify/annotate.ts';

const BASE = 'https://github.com/acme/service/blob/HEAD/docs/RUNBOOKS.md';

describe('default runbook links', () => {
	it('every default rule and built-in alert has a section in docs/RUNBOOKS.md', async () => {
		const doc = await readFile(new URL('../../docs/RUNBOOKS.md', import.meta.url), 'utf8');
		const headings = new Set([...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]));
		const names = [...DEFAULT_RULES.map((r) => r.alert), 'CostBudget', 'SLOBurnRate', 'CollectorUnreachable'];
		for (const name of names) {
			const heading = RUNBOOK_HEADINGS[name];
			expect(heading, name).toBeDefined();
			expect(headings.has(heading ?? ''), `${name} → ## ${heading}`).toBe(true);
		}
	});

	it("anchors follow GitHub's heading slugs", () => {
		expect(headingAnchor('ActiveHoursPerDoHigh / ActiveHoursTotalHigh')).toBe(
			'activehoursperdohigh--activehourstotalhigh',
		);
		expect(headingAnchor('Notifications, ack and silence')).toBe('notifications-ack-and-silence');
	});

	it('fills runbook_url only where the config gave none', () => {
		const config = parseConfig(
			`rules:
  - alert: CircuitBreakerOpen
    metric: breaker_open
    critical: { threshold: 1 }
  - alert: JournalBacklog
    metric: journal_backlog
    warning: { threshold: 5 }
    annotations: { runbook_url: 'https://wiki.example/journal' }
`,
			't.yml',
		);
		const evals = evaluate({ config, now: Date.now(), data: null, scrapeError: 'down', previous: new Map() });
		annotateEvals(evals, [], BASE, Date.now());
		const url = (name: string) => evals.find((e) => e.alertname === name)?.runbookUrl;
		expect(url('CircuitBreakerOpen')).toBe(`${BASE}#circuitbreakeropen`);
		expect(url('JournalBacklog')).toBe('https://wiki.example/journal');
		expect(url('CollectorUnreachable')).toBe(`${BASE}#collectorunreachable`);
	});
});
