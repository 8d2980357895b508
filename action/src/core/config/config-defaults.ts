/**
 * The seed's thresholds, as config input. `.github/pathwatch.yml` spells the same values out;
 * a test keeps the two in step.
 */
import type { MetricName } from '../alerts/metrics.ts';

type LevelInput = { threshold: number; recover?: number; cooldown?: string };
export type RuleInput = {
	alert: string;
	metric: MetricName;
	warning?: LevelInput;
	critical?: LevelInput;
	for?: string;
	keep_firing_for?: string;
	window?: string;
	annotations?: { summary?: string; description?: string; runbook_url?: string };
};

/** The seed's cooldown per metric and level; every other metric and level waits one hour. */
export const SEED_COOLDOWNS: Partial<Record<MetricName | 'budget', { warning: string; critical: string }>> = {
	daily_do_requests: { warning: '2h', critical: '30m' },
	projected_monthly_cost: { warning: '4h', critical: '1h' },
	budget: { warning: '4h', critical: '1h' },
	error_rate: { warning: '1h', critical: '15m' },
	p95_ms: { warning: '30m', critical: '10m' },
};
export const DEFAULT_COOLDOWN = '1h';

export const DEFAULT_RULES: RuleInput[] = [
	{
		alert: 'DailyDoRequestsHigh',
		metric: 'daily_do_requests',
		warning: { threshold: 80_000 },
		critical: { threshold: 100_000 },
		annotations: {
			summary: 'Durable Object requests today: $value',
			description:
				'The Workers Free plan includes 100,000 Durable Object requests per day; beyond it requests fail.',
		},
	},
	{
		alert: 'ErrorRateHigh',
		metric: 'error_rate',
		window: '5m',
		for: '5m',
		warning: { threshold: 0.005 },
		critical: { threshold: 0.01 },
		annotations: { summary: 'Record error rate $value over 5 minutes' },
	},
	{
		alert: 'P95LatencyHigh',
		metric: 'p95_ms',
		for: '5m',
		warning: { threshold: 100 },
		critical: { threshold: 200 },
		annotations: { summary: 'Record latency p95 at $value' },
	},
	{
		alert: 'ActiveHoursPerDoHigh',
		metric: 'active_hours_per_do',
		warning: { threshold: 2 },
		annotations: { summary: 'The busiest Durable Object was active $value today' },
	},
	{
		alert: 'ActiveHoursTotalHigh',
		metric: 'active_hours_total',
		warning: { threshold: 100 },
		annotations: { summary: 'Durable Objects were active $value in total today' },
	},
	{
		alert: 'CostPerRequestHigh',
		metric: 'cost_per_request',
		warning: { threshold: 0.0001 },
		critical: { threshold: 0.0005 },
		annotations: { summary: 'Projected cost per DO request: $value' },
	},
	// pathwatch's own failure modes (issue 15): on by default, thresholds here and in the config.
	{
		alert: 'CircuitBreakerOpen',
		metric: 'breaker_open',
		critical: { threshold: 1 },
		annotations: {
			summary: 'The circuit breaker is open: events go to the KV fallback journal',
			description:
				'Durable Object calls failed repeatedly; nothing is lost, but replay needs the repair job.',
		},
	},
	{
		alert: 'JournalBacklog',
		metric: 'journal_backlog',
		warning: { threshold: 100 },
		critical: { threshold: 10_000 },
		annotations: { summary: 'Events waiting in the fallback journal: $value' },
	},
	{
		// The daily repair replays the journal: past 26 h one was missed; collectors remember
		// event ids 7 days, so replay must happen well before then (critical at 5 days).
		alert: 'JournalOldestEventOld',
		metric: 'journal_oldest_age_seconds',
		warning: { threshold: 93_600 },
		critical: { threshold: 432_000 },
		annotations: { summary: 'The oldest event in the fallback journal has waited $value' },
	},
	{
		// Refusals are outside the SLI; a quarter of all record requests refused for 10 minutes
		// is a probe or a client with a wrong token, Content-Type or payload.
		alert: 'IngestRefusalsHigh',
		metric: 'refusal_ratio',
		window: '15m',
		for: '10m',
		warning: { threshold: 0.25 },
		annotations: {
			summary: 'Record requests refused: $value over 15 minutes',
			description:
				'Refused requests (401, 400, 413, 415) are not in the error rate; see refusals.byReason in the snapshot.',
		},
	},
	{
		alert: 'CostGrowthRapid',
		metric: 'cost_growth_dod',
		warning: { threshold: 0.5 },
		annotations: { summary: 'Daily cost grew $value day over day' },
	},
	{
		alert: 'CostGrowthWeekly',
		metric: 'cost_growth_wow',
		warning: { threshold: 0.5 },
		annotations: { summary: 'Weekly cost grew $value week over week' },
	},
	{
		alert: 'QuarterForecastOverBudget',
		metric: 'quarter_forecast_cost',
		warning: { threshold: 120 },
		critical: { threshold: 150 },
		annotations: {
			summary: 'Quarter-end cost forecast $value (budget $threshold)',
			description: 'The quarter budget is three months of the default $50 monthly budget.',
		},
	},
	{
		alert: 'MaintenanceJobFailed',
		metric: 'job_failed',
		warning: { threshold: 1 },
		annotations: { summary: 'Maintenance job types whose last run failed: $value' },
	},
	{
		alert: 'MaintenanceJobOverdue',
		metric: 'job_overdue',
		warning: { threshold: 1 },
		annotations: { summary: 'Scheduled maintenance job types overdue: $value' },
	},
];

/** The seed's $30 / $50 projected monthly cost as a $50 budget at 60% and 100%, on both bases. */
export const DEFAULT_BUDGETS = [
	{
		name: 'monthly',
		amount: 50,
		thresholds: [
			{ basis: 'forecast' as const, percent: 60, severity: 'warning' as const },
			{ basis: 'forecast' as const, percent: 100, severity: 'critical' as const },
			{ basis: 'actual' as const, percent: 60, severity: 'warning' as const },
			{ basis: 'actual' as const, percent: 100, severity: 'critical' as const },
		],
		cooldown: { warning: '4h', critical: '1h' },
	},
];

/** The SRE workbook's multiwindow, multi-burn-rate alerts for a 99.9% availability SLO. */
export const DEFAULT_SLOS = [
	{
		name: 'availability',
		objective: 99.9,
		windows: [
			{ long: '1h', short: '5m', burn_rate: 14.4, severity: 'critical' as const },
			{ long: '6h', short: '30m', burn_rate: 6, severity: 'warning' as const },
		],
	},
];
