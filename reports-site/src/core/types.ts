/**
 * Inputs of the dashboard build. Everything here is measured data fetched at the edge: the
 * collector contract, the alert issues, and the action's cost model and health score computed
 * over them. The view model only reshapes it.
 */
import { z } from 'zod';
import type { HealthReport } from '../../../action/src/core/alerts/health.ts';
import type { Config } from '../../../action/src/core/config/config.ts';
import type { CostReport } from '../../../action/src/core/cost/cost.ts';
import type { Snapshot, Timeseries, TimeseriesWindow, UsageDay } from '../../../worker/src/contract/index.ts';

const isoTime = z.iso.datetime({ offset: true });

/** `info` stands for an alert issue whose severity could not be read. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
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

export type SiteInput = {
	snapshot: Snapshot;
	timeseries: Record<TimeseriesWindow, Timeseries>;
	usage: UsageDay[];
	/** Open and recently closed alert issues; null when they were not read for this build. */
	alerts: AlertView[] | null;
	/** `analyzeCost` over `usage` (action/src/core/cost.ts); null hides the cost panel. */
	cost: CostReport | null;
	/** `computeHealth` over the snapshot (action/src/core/health.ts). */
	health: HealthReport | null;
	/** When this build ran (ISO 8601). */
	generatedAt: string;
	scheduler?: SchedulerInfo;
};

export type LevelPair = { warning: number | null; critical: number | null };

/** Status thresholds, taken from the monitor's config so page and alerts agree. */
export type Thresholds = {
	p95Ms: LevelPair;
	errorRate: LevelPair;
	/** Projected monthly cost (USD) at the budget's forecast thresholds. */
	monthlyCost: LevelPair;
	sla: Config['sla'];
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
