/**
 * What the alert issues add to this run's evaluation: a `/pathwatch silence` suppresses issue
 * writes like a configured silence does, and alerts without a configured `runbook_url` link
 * their section of docs/RUNBOOKS.md.
 */
import type { AlertEval } from '../alerts/alert.ts';
import type { ParsedIssue } from '../issues/state.ts';
import { notifyStateOf, silencedAt } from './notify-state.ts';

/** The runbook section (its heading) of every alert pathwatch ships or raises itself. */
export const RUNBOOK_HEADINGS: Readonly<Record<string, string>> = {
	DailyDoRequestsHigh: 'DailyDoRequestsHigh',
	ErrorRateHigh: 'ErrorRateHigh',
	P95LatencyHigh: 'P95LatencyHigh',
	ActiveHoursPerDoHigh: 'ActiveHoursPerDoHigh / ActiveHoursTotalHigh',
	ActiveHoursTotalHigh: 'ActiveHoursPerDoHigh / ActiveHoursTotalHigh',
	CostPerRequestHigh: 'CostPerRequestHigh',
	CostBudget: 'CostBudget',
	SLOBurnRate: 'SLOBurnRate',
	CollectorUnreachable: 'CollectorUnreachable',
	CircuitBreakerOpen: 'CircuitBreakerOpen',
	JournalBacklog: 'JournalBacklog / JournalOldestEventOld',
	JournalOldestEventOld: 'JournalBacklog / JournalOldestEventOld',
	IngestRefusalsHigh: 'IngestRefusalsHigh',
	MaintenanceJobFailed: 'MaintenanceJobFailed / MaintenanceJobOverdue',
	MaintenanceJobOverdue: 'MaintenanceJobFailed / MaintenanceJobOverdue',
	CostGrowthRapid: 'CostGrowthRapid / CostGrowthWeekly',
	CostGrowthWeekly: 'CostGrowthRapid / CostGrowthWeekly',
	QuarterForecastOverBudget: 'QuarterForecastOverBudget',
};

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
	return heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

export function runbookUrlFor(alertname: string, runbooksUrl: string | null): string | null {
	const heading = RUNBOOK_HEADINGS[alertname];
	return heading && runbooksUrl ? `${runbooksUrl}#${headingAnchor(heading)}` : null;
}

/** Adds issue silences and default runbook links to the evaluation, in place (as evaluate does). */
export function annotateEvals(
	evals: AlertEval[],
	open: readonly ParsedIssue[],
	runbooksUrl: string | null,
	now: number,
): void {
	const silenced = new Map<string, string>();
	for (const issue of open) {
		const n = notifyStateOf(issue.alert);
		if (silencedAt(n, now))
			silenced.set(
				issue.fingerprint,
				`silenced from the issue until ${n.silence?.until} by ${n.silence?.by}`,
			);
	}
	for (const e of evals) {
		e.suppressedBy ??= silenced.get(e.fingerprint) ?? null;
		e.runbookUrl ??= runbookUrlFor(e.alertname, runbooksUrl);
	}
}
