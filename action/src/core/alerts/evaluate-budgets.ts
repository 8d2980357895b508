/**
 * Cost budgets, AWS/GCP style: thresholds on the month-to-date actual and on the projected
 * period end. The billing period is part of the identity, so each period gets one issue at most.
 */

import { type Severity, severityRank } from '../../../../worker/src/contract/severity.ts';
import { type Budget, cooldownFor } from '../config/config.ts';
import { billingPeriod } from '../cost/billing.ts';
import type { AlertEval } from './alert.ts';
import type { EvalContext } from './evaluate-context.ts';
import { carriedState } from './evaluate-rules.ts';
import { fingerprint } from './fingerprint.ts';
import { formatValue } from './metrics.ts';
import { replay, type Signal } from './replay.ts';

export function evaluateBudget(budget: Budget, ctx: EvalContext): AlertEval {
	// The billing period (config `cost.billing_day`), labelled by the month it starts in.
	const billing = billingPeriod(new Date(ctx.now), ctx.config.cost.billing_day);
	const period = billing.label;
	const labels = { alertname: 'CostBudget', budget: budget.name, period, ...budget.labels };
	const fp = fingerprint(labels);
	const cost = ctx.data?.cost;
	const extra = cost && budget.include_subscription ? cost.subscription : 0;
	const actual = cost ? cost.monthToDate.cost + extra : null;
	const forecast = cost ? cost.projected.cost + extra : null;
	const forecastUsable = !!cost && cost.projected.confidence >= budget.min_forecast_confidence;
	let raw: Severity | null = null;
	let hold: Severity | null = null;
	let trigger: { value: number; amount: number } | null = null;
	for (const t of budget.thresholds) {
		const value = t.basis === 'actual' ? actual : forecastUsable ? forecast : null;
		if (value === null) continue;
		const amount = (budget.amount * t.percent) / 100;
		if (value >= amount && severityRank(t.severity) > severityRank(raw)) {
			raw = t.severity;
			trigger = { value, amount };
		}
		if (value >= amount * 0.9 && severityRank(t.severity) > severityRank(hold)) hold = t.severity;
	}
	const signal: Signal | null = cost ? { raw, hold, value: trigger?.value ?? actual } : null;
	const prev = ctx.previous.get(fp);
	const r = replay([{ start: ctx.now, end: ctx.now, signal }], {
		forMs: 0,
		keepFiringForMs: 0,
		noData: 'keep_last',
		lowest: 'warning',
		initial: carriedState(prev, ctx.now + 1),
	});
	const fmt = (v: number | null) => formatValue(v, 'usd');
	const details = cost
		? [
				`Budget: ${fmt(budget.amount)} for ${period}.`,
				`Actual (month to date): ${fmt(actual)} (${pctOf(actual, budget.amount)} of budget).`,
				`Forecast (month end): ${fmt(forecast)}, range ${fmt(cost.projected.low + extra)}–${fmt(cost.projected.high + extra)}, confidence ${Math.round(cost.projected.confidence * 100)}%${forecastUsable ? '' : ` (below the ${Math.round(budget.min_forecast_confidence * 100)}% needed to alert on it)`}.`,
				`Thresholds: ${budget.thresholds.map((t) => `${t.basis} ≥ ${t.percent}% → ${t.severity}`).join('; ')}.`,
				`Prices: Cloudflare ${cost.prices.plan} list prices as of ${cost.prices.asOf}.`,
			]
		: [];
	return {
		fingerprint: fp,
		alertname: 'CostBudget',
		kind: 'budget',
		labels,
		status: r.level ? 'firing' : r.sawData ? 'inactive' : 'nodata',
		severity: r.level,
		since: r.since,
		value:
			trigger?.value ??
			(forecastUsable && forecast !== null && actual !== null ? Math.max(actual, forecast) : actual),
		threshold: trigger?.amount ?? levelAmount(budget, r.level),
		unit: 'usd',
		metric: 'budget',
		summary: `Cost budget '${budget.name}' for ${period}: actual ${fmt(actual)}, forecast ${fmt(forecast)} of ${fmt(budget.amount)}`,
		description: null,
		runbookUrl: null,
		details,
		endedEpisodes: [],
		history: r.episodes.map((e) => ({ from: e.start, to: e.end })),
		cooldownMs: {
			warning: cooldownFor(budget, 'budget', 'warning'),
			critical: cooldownFor(budget, 'budget', 'critical'),
		},
		reopenWindowMs: ctx.now - Date.parse(`${billing.start}T00:00:00Z`) + 1,
		period,
		traffic: false,
		suppressedBy: null,
	};
}

/** The lowest threshold amount of a level (or of any level when inactive). */
function levelAmount(budget: Budget, level: Severity | null): number | null {
	const amounts = budget.thresholds
		.filter((t) => !level || t.severity === level)
		.map((t) => (budget.amount * t.percent) / 100);
	return amounts.length ? Math.min(...amounts) : null;
}

function pctOf(value: number | null, of: number): string {
	return value === null ? 'n/a' : `${((value / of) * 100).toFixed(0)}%`;
}
