/**
 * The metrics a rule can watch. Series metrics are computed per time-series bucket, so `for`,
 * `keep_firing_for` and missed runs are judged on the collector's history; instant metrics
 * exist only as of the snapshot (cost, usage, backlog).
 */
export type MetricUnit = 'ratio' | 'ms' | 'count' | 'usd' | 'seconds' | 'hours' | 'bytes' | 'multiple';

export type MetricDef = {
	kind: 'series' | 'instant';
	unit: MetricUnit;
	description: string;
	/** Series metrics aggregated over a trailing `window` (ratios and counts; never percentiles). */
	windowed?: boolean;
	/** Metrics about traffic volume: their issues list the top clients and paths. */
	traffic?: boolean;
};

export const METRICS = {
	error_rate: { kind: 'series', unit: 'ratio', windowed: true, description: 'failed ÷ recorded requests' },
	timeout_rate: {
		kind: 'series',
		unit: 'ratio',
		windowed: true,
		description: 'timed-out ÷ recorded requests',
	},
	fallback_rate: {
		kind: 'series',
		unit: 'ratio',
		windowed: true,
		description: 'requests journaled to KV ÷ recorded requests',
	},
	refused_requests: {
		kind: 'series',
		unit: 'count',
		windowed: true,
		description: 'record requests refused (401, 400, 413, 415) in the window; never in error_rate',
	},
	refusal_ratio: {
		kind: 'series',
		unit: 'ratio',
		windowed: true,
		description: 'refused ÷ all record requests in the window (a probe or a misconfigured client)',
	},
	p50_ms: { kind: 'series', unit: 'ms', description: 'median record latency (per bucket)' },
	p95_ms: { kind: 'series', unit: 'ms', description: '95th percentile record latency (per bucket)' },
	p99_ms: { kind: 'series', unit: 'ms', description: '99th percentile record latency (per bucket)' },
	avg_ms: { kind: 'series', unit: 'ms', description: 'mean record latency (per bucket)' },
	requests: {
		kind: 'series',
		unit: 'count',
		windowed: true,
		traffic: true,
		description: 'recorded requests in the window',
	},
	active_ips: { kind: 'series', unit: 'count', traffic: true, description: 'IPs active in the bucket' },
	daily_do_requests: {
		kind: 'series',
		unit: 'count',
		traffic: true,
		description: 'Durable Object requests since 00:00 UTC',
	},
	projected_monthly_cost: { kind: 'instant', unit: 'usd', description: 'projected month-end usage cost' },
	month_to_date_cost: { kind: 'instant', unit: 'usd', description: 'usage cost billed so far this month' },
	cost_growth_dod: {
		kind: 'instant',
		unit: 'ratio',
		description: "latest complete day's cost ÷ the day before − 1 (list prices)",
	},
	cost_growth_wow: {
		kind: 'instant',
		unit: 'ratio',
		description: 'latest 7 complete days’ cost ÷ the 7 before − 1 (list prices)',
	},
	quarter_forecast_cost: {
		kind: 'instant',
		unit: 'usd',
		description: 'forecast usage cost to the end of the quarter',
	},
	cost_per_request: {
		kind: 'instant',
		unit: 'usd',
		traffic: true,
		description: 'projected usage cost ÷ projected DO requests',
	},
	active_hours_per_do: {
		kind: 'instant',
		unit: 'hours',
		traffic: true,
		description: 'active hours today of the busiest Durable Object',
	},
	active_hours_total: {
		kind: 'instant',
		unit: 'hours',
		traffic: true,
		description: 'active hours today of all Durable Objects',
	},
	journal_backlog: {
		kind: 'instant',
		unit: 'count',
		description: 'events waiting in the KV fallback journal',
	},
	journal_oldest_age_seconds: {
		kind: 'instant',
		unit: 'seconds',
		description: 'seconds the oldest event in the KV fallback journal has waited for replay (0 when empty)',
	},
	breaker_open: { kind: 'instant', unit: 'count', description: '1 while the circuit breaker is open' },
	job_failed: { kind: 'instant', unit: 'count', description: 'maintenance job types whose last run failed' },
	job_overdue: {
		kind: 'instant',
		unit: 'count',
		description: 'scheduled maintenance job types whose last run started more than 1.5 intervals ago',
	},
	monitoring_overhead: {
		kind: 'instant',
		unit: 'ratio',
		description: 'report DO requests ÷ record DO requests today',
	},
	storage_bytes: { kind: 'instant', unit: 'bytes', description: 'bytes stored by all collectors' },
} as const satisfies Record<string, MetricDef>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as [MetricName, ...MetricName[]];

export function metricDef(name: MetricName): MetricDef {
	return METRICS[name];
}

/** Formats a metric value with its unit for issues and summaries. */
export function formatValue(value: number | null, unit: MetricUnit): string {
	if (value === null || !Number.isFinite(value)) return 'no data';
	switch (unit) {
		case 'ratio':
			return `${(value * 100).toFixed(value < 0.01 ? 3 : 2)}%`;
		case 'ms':
			return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
		case 'usd':
			return value < 0.01 && value > 0 ? `$${value.toPrecision(2)}` : `$${value.toFixed(2)}`;
		case 'seconds':
			return value < 120
				? `${Math.round(value)} s`
				: value < 7200
					? `${Math.round(value / 60)} min`
					: `${(value / 3600).toFixed(1)} h`;
		case 'hours':
			return `${value.toFixed(2)} h`;
		case 'bytes':
			return `${(value / 1e6).toFixed(1)} MB`;
		case 'multiple':
			return `${value.toFixed(1)}×`;
		default:
			return Math.round(value).toLocaleString('en-US');
	}
}
