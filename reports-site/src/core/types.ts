/**
 * The dashboard's input, declared here and nowhere else: the collector's contract payloads,
 * the alert issues, and the cost and health figures the action computes over them. The
 * action gathers and computes; the site only reshapes and renders (docs/ARCHITECTURE.md).
 */
import { z } from 'zod';
import type {
	IpDetail,
	JobType,
	PathsNewResponse,
	PathsTopResponse,
	Snapshot,
	Timeseries,
	TimeseriesWindow,
	UsageDay,
} from '../../../worker/src/contract/index.ts';
import { SEVERITIES as ALERT_SEVERITIES } from '../../../worker/src/contract/severity.ts';
import type { Values } from './display/series.ts';

const isoTime = z.iso.datetime({ offset: true });

/** The alert severities, plus `info` for an alert issue whose severity could not be read. */
export const SEVERITIES = [...ALERT_SEVERITIES, 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One alert issue as the dashboard shows it (also the `--alerts FILE` format). */
export const AlertViewSchema = z.object({
	fingerprint: z.string().min(1),
	title: z.string(),
	severity: z.enum(SEVERITIES),
	state: z.enum(['firing', 'resolved']),
	flapping: z.boolean().default(false),
	/** Link to the issue; anything but http(s) is dropped before rendering. */
	url: z.string(),
	openedAt: isoTime,
	resolvedAt: isoTime.nullable(),
	labels: z.record(z.string(), z.string()),
});
export type AlertView = z.output<typeof AlertViewSchema>;
export const AlertViewListSchema = z.array(AlertViewSchema);

/** Lateness of the scheduled run that built the site (GitHub cron runs start late). */
export type SchedulerInfo = { expected: string; actual: string; lagSeconds: number };

/** The cost panel's figures: month to date, projection, breakdown, days, advice. */
export type CostInput = {
	/** `YYYY-MM` (UTC). */
	month: string;
	currency: string;
	prices: { asOf: string; plan: string; sources: string[] };
	/** Usage cost billed so far this month, net of included amounts. */
	monthToDate: { cost: number };
	projected: { cost: number; low: number; high: number; confidence: number; basisDays: number };
	/** The plan fee, shown beside the totals, not in them. */
	subscription: number;
	trend: string;
	trendChange: number | null;
	costPerRequest: number | null;
	breakdown: {
		label: string;
		mtdCost: number;
		projectedCost: number;
		grossProjectedCost: number;
		/** Share of the projected list-price cost, 0–100. */
		grossPercent: number;
		exceedsIncludedOn: string | null;
	}[];
	daily: { date: string; complete: boolean; grossCost: number }[];
	anomalies: { date: string; series: string }[];
	recommendations: { title: string; detail: string; estimatedMonthlySavings: number | null }[];
	notMeasured: string[];
};

/** The health score (0–100) as of the snapshot; published in api/summary.json as given. */
export type HealthInput = { score: number };

export type SiteInput = {
	snapshot: Snapshot;
	timeseries: Record<TimeseriesWindow, Timeseries>;
	usage: UsageDay[];
	/** Open and recently closed alert issues; null when they were not read for this build. */
	alerts: AlertView[] | null;
	/** Null hides the cost panel. Published in api/summary.json as given. */
	cost: CostInput | null;
	health: HealthInput | null;
	/** Health score per bucket of each window, same formula as `health`. */
	healthSeries: Record<TimeseriesWindow, Values> | null;
	/** When this build ran (ISO 8601). */
	generatedAt: string;
	scheduler?: SchedulerInfo;
	/** Top paths across clients and recently first-seen paths; absent hides the Paths section. */
	paths?: PathsInput | null;
	/** The top clients' own stats and paths (`GET /api/admin/ips/:ip`), each given a drill-down page. */
	clients?: ClientInput[] | null;
	/** When each scheduled job is due, to flag an overdue one (the action's job rules use the same). */
	jobSchedule?: JobScheduleEntry[];
};

export type PathsInput = { top: PathsTopResponse; fresh: PathsNewResponse };
export type ClientInput = { ip: string; detail: IpDetail };
export type JobScheduleEntry = { type: JobType; intervalSeconds: number; overdueAfterSeconds: number };

export type LevelPair = { warning: number | null; critical: number | null };

/** Status thresholds, handed over by whoever builds the site (the action: from its config). */
export type Thresholds = {
	p95Ms: LevelPair;
	errorRate: LevelPair;
	/** Projected monthly cost (USD) at the budget's forecast thresholds. */
	monthlyCost: LevelPair;
	/** The SLA the health score is computed against, shown beside it. */
	sla: { max_p95_ms: number; max_error_rate: number };
};

export type IpAnonymisation = { mode: 'prefix' } | { mode: 'hash'; salt: string } | { mode: 'none' };

export type ViewOptions = {
	/** Public URL of the site (feed ids, self links); optional. */
	siteUrl: string | null;
	title: string;
	anonymise: IpAnonymisation;
	/** The data is flagged stale when the snapshot is older than this. */
	staleAfterSeconds: number;
	/** Resolved alerts older than this are left out. */
	resolvedWithinDays: number;
	thresholds: Thresholds;
};
