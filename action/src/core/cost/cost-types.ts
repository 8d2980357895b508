/** The cost report's shape: what the monitor, budgets and the dashboard read. */

import type { AllowanceConfig } from './billing.ts';
import type { CostRecommendation } from './cost-advice.ts';
import type { MeteredComponent } from './prices.ts';

export type CostTrend = 'increasing' | 'stable' | 'decreasing';

/** A breakdown line: a metered component, or pathwatch's own share of the DO requests. */
export type CostLine = MeteredComponent | 'pathwatch_overhead';

export type ComponentCost = {
	component: CostLine;
	label: string;
	unit: string;
	/** Included amount pathwatch may count this period (after the configured allowance share). */
	included: number;
	/** Quantity used this billing period so far. */
	monthToDate: number;
	/** Quantity expected by the period's end. */
	projected: number;
	/** Net of the included amount. */
	mtdCost: number;
	projectedCost: number;
	/** At list price ignoring the included amount: shows where usage goes while it is still free. */
	grossProjectedCost: number;
	/** Share of the projected net cost, 0–100 (0 when nothing is billed). */
	percent: number;
	/** Share of the projected list-price cost, 0–100. */
	grossPercent: number;
	/** When the projected cumulative use passes the included amount this month. */
	exceedsIncludedOn: string | null;
};

export type DailyCost = {
	date: string;
	complete: boolean;
	/** List-price cost of that day's usage (comparable across days). */
	grossCost: number;
	doRequests: number;
	rowsWritten: number;
};

export type CostAnomaly = {
	date: string;
	series: 'cost' | 'doRequests' | 'rowsWritten';
	value: number;
	mean: number;
	std: number;
	z: number;
	direction: 'spike' | 'drop';
};

export type CostGrowth = {
	/** Latest complete day's list-price cost ÷ the day before − 1; null without both or from $0. */
	dayOverDay: number | null;
	/** Latest 7 complete days ÷ the 7 before − 1; null without 14 complete days or from $0. */
	weekOverWeek: number | null;
};

export type QuarterForecast = {
	/** e.g. `2026-Q4`: the calendar quarter its billing periods start in. */
	quarter: string;
	/** First day after the quarter's last billing period, `YYYY-MM-DD`. */
	end: string;
	/** Usage cost of the quarter: each period net of its included amounts, measured then forecast. */
	cost: number;
	/** First day with usage rows; later than the quarter's start, the months before it count less. */
	measuredFrom: string | null;
};

export type CostReport = {
	generatedAt: string;
	/** `YYYY-MM` of the billing period's start (UTC): the calendar month when periods start on the 1st. */
	month: string;
	/** The billing period: first day and the next period's first day, `YYYY-MM-DD`. */
	period: { start: string; end: string };
	/** Days in the billing period. */
	daysInMonth: number;
	/** Days of the period elapsed, fractional. */
	daysElapsed: number;
	currency: 'USD';
	prices: { asOf: string; plan: string; sources: string[] };
	/** Usage cost billed so far this month, net of included amounts (subscription excluded). */
	monthToDate: { cost: number };
	projected: {
		cost: number;
		/** 95% prediction interval of the month-end bill. */
		low: number;
		high: number;
		/** 0–1: 1 − the band's half-width ÷ the projection (0.9: within ±10%, 95 times in 100). */
		confidence: number;
		/** Complete days the trend was fitted on. */
		basisDays: number;
	};
	/** The plan fee, account-level: shown, not included in the totals above. */
	subscription: number;
	trend: CostTrend;
	/** Relative change behind `trend` (recent 3 days vs the 4 before), null without enough days. */
	trendChange: number | null;
	/** Projected usage cost ÷ projected DO requests this month; null without requests. */
	costPerRequest: number | null;
	breakdown: ComponentCost[];
	daily: DailyCost[];
	anomalies: CostAnomaly[];
	recommendations: CostRecommendation[];
	notMeasured: string[];
	/** Day-over-day and week-over-week growth of the daily cost (metrics cost_growth_dod/wow). */
	growth: CostGrowth;
	/** Forecast usage cost to the end of the quarter (metric quarter_forecast_cost). */
	quarter: QuarterForecast;
};

export type CostOptions = {
	/** |z| at or above which a day is an anomaly. */
	anomalyZ?: number;
	/** Days of baseline for the z-score. */
	baselineDays?: number;
	/** How much of each account-wide included allowance pathwatch may count (default all). */
	allowances?: AllowanceConfig;
	/** Day of the month (1–28) billing periods start on (default 1). */
	billingDay?: number;
};
