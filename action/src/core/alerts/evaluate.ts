/**
 * Alerts (this folder): metrics and series, rule/budget/SLO evaluation, the replayed state
 * machine, fingerprints, silences and maintenance, flapping and the health score (severities
 * and their ranks are in worker/src/contract/severity.ts, shared with the dashboard).
 *
 * Evaluation: every configured rule, budget and SLO plus the "collector unreachable" meta
 * alert, as of `now`. Pure. A failed scrape yields `nodata` for everything else, so nothing
 * resolves because the collector could not be read.
 */

import { HOUR_MS } from '../../../../worker/src/contract/time.ts';
import { neutralize } from '../sanitize.ts';
import type { AlertEval } from './alert.ts';
import { evaluateBudget } from './evaluate-budgets.ts';
import type { EvalContext } from './evaluate-context.ts';
import { evaluateRule } from './evaluate-rules.ts';
import { evaluateSlo } from './evaluate-slo.ts';
import { fingerprint } from './fingerprint.ts';
import { suppressionFor } from './silence.ts';

export type { EvalContext, ScrapeData } from './evaluate-context.ts';

export const COLLECTOR_UNREACHABLE = 'CollectorUnreachable';

export function evaluate(ctx: EvalContext): AlertEval[] {
	const all = [
		...ctx.config.rules.map((r) => evaluateRule(r, ctx)),
		...ctx.config.budgets.map((b) => evaluateBudget(b, ctx)),
		...ctx.config.slos.map((s) => evaluateSlo(s, ctx)),
		collectorAlert(ctx),
	];
	for (const a of all) {
		a.suppressedBy = suppressionFor(
			a.labels,
			a.severity,
			ctx.config.silences,
			ctx.config.maintenance,
			ctx.now,
		);
	}
	return all;
}

function collectorAlert(ctx: EvalContext): AlertEval {
	const labels = { alertname: COLLECTOR_UNREACHABLE };
	const fp = fingerprint(labels);
	const prev = ctx.previous.get(fp);
	const failing = ctx.scrapeError !== null;
	const since = failing ? (prev?.status === 'firing' ? prev.since : ctx.now) : null;
	return {
		fingerprint: fp,
		alertname: COLLECTOR_UNREACHABLE,
		kind: 'meta',
		labels,
		status: failing ? 'firing' : 'inactive',
		severity: failing ? 'critical' : null,
		since,
		value: null,
		threshold: null,
		unit: 'count',
		metric: 'scrape',
		summary: 'The collector could not be scraped; other alerts are frozen until it answers',
		description: null,
		runbookUrl: null,
		details: ctx.scrapeError ? [`Last error: ${neutralize(ctx.scrapeError, 500)}`] : [],
		endedEpisodes: [],
		history: since !== null ? [{ from: since, to: null }] : [],
		cooldownMs: { warning: HOUR_MS, critical: HOUR_MS },
		reopenWindowMs: ctx.config.issues.reopen_window,
		period: null,
		traffic: false,
		suppressedBy: null,
	};
}
