/**
 * Multiwindow, multi-burn-rate SLO alerts (Google SRE workbook, "Alerting on SLOs"): a level
 * fires when the error budget burns at least `burn_rate` times too fast over both its long
 * and its short window; the short window lets it clear soon after the burn stops.
 */

import { type Severity, severityRank } from '../../../../worker/src/contract/severity.ts';
import { HOUR_MS, MINUTE_MS } from '../../../../worker/src/contract/time.ts';
import { cooldownFor, type Slo } from '../config/config.ts';
import type { AlertEval } from './alert.ts';
import type { EvalContext } from './evaluate-context.ts';
import { carriedState } from './evaluate-rules.ts';
import { fingerprint } from './fingerprint.ts';
import { replay, type Signal, type Step } from './replay.ts';
import { completeCount, windowedRatio } from './series.ts';

type Burns = { long: (number | null)[]; short: (number | null)[] };

function burnSignal(slo: Slo, burns: Burns[], i: number): Signal | null {
	let raw: Severity | null = null;
	let hold: Severity | null = null;
	let value: number | null = null;
	let seen = false;
	for (const [j, w] of slo.windows.entries()) {
		const long = burns[j]?.long[i] ?? null;
		const short = burns[j]?.short[i] ?? null;
		if (long === null || short === null) continue;
		seen = true;
		// The burn both windows sustain: what the level compares against its rate.
		value = Math.max(value ?? 0, Math.min(long, short));
		if (long >= w.burn_rate && short >= w.burn_rate && severityRank(w.severity) > severityRank(raw))
			raw = w.severity;
		if (
			long >= w.burn_rate * 0.9 &&
			short >= w.burn_rate * 0.9 &&
			severityRank(w.severity) > severityRank(hold)
		)
			hold = w.severity;
	}
	return seen ? { raw, hold, value } : null;
}

export function evaluateSlo(slo: Slo, ctx: EvalContext): AlertEval {
	const labels = { alertname: 'SLOBurnRate', slo: slo.name, ...slo.labels };
	const fp = fingerprint(labels);
	const budget = 1 - slo.objective / 100;
	const ts = ctx.data?.timeseries;
	const steps: Step[] = [];
	const details: string[] = [
		`Objective: ${slo.objective}% of recorded requests succeed (error budget ${(budget * 100).toFixed(3)}%).`,
	];
	if (ts) {
		const stepMs = ts.stepSeconds * 1000;
		const k = (ms: number) => Math.max(1, Math.round(ms / Math.max(1, stepMs)));
		const burns = slo.windows.map((w) => ({
			long: windowedRatio(ts.series.errors, ts.series.requests, k(w.long)).map((r) =>
				r === null ? null : r / budget,
			),
			short: windowedRatio(ts.series.errors, ts.series.requests, k(w.short)).map((r) =>
				r === null ? null : r / budget,
			),
		}));
		const n = completeCount(ts, ctx.now);
		const start = Date.parse(ts.start);
		for (let i = 0; i < n; i++)
			steps.push({
				start: start + i * stepMs,
				end: start + (i + 1) * stepMs,
				signal: burnSignal(slo, burns, i),
			});
		for (const [j, w] of slo.windows.entries()) {
			const long = burns[j]?.long[n - 1] ?? null;
			const short = burns[j]?.short[n - 1] ?? null;
			details.push(
				`${w.severity}: burn rate ≥ ${w.burn_rate}× over ${w.long / MINUTE_MS} min and ${w.short / MINUTE_MS} min; now ${fmtBurn(long)} and ${fmtBurn(short)}.`,
			);
		}
		const day = windowedRatio(ts.series.errors, ts.series.requests, n)[n - 1] ?? null;
		if (day !== null)
			details.push(
				`Availability over the series (${Math.round((n * stepMs) / HOUR_MS)} h): ${((1 - day) * 100).toFixed(3)}%.`,
			);
	}
	const prev = ctx.previous.get(fp);
	const r = replay(steps, {
		forMs: 0,
		keepFiringForMs: 0,
		noData: 'keep_last',
		lowest: 'warning',
		initial: carriedState(prev, steps[0]?.start ?? ctx.now),
	});
	const level = slo.windows.find((w) => w.severity === r.level) ?? slo.windows.at(-1);
	return {
		fingerprint: fp,
		alertname: 'SLOBurnRate',
		kind: 'slo',
		labels,
		status: r.level ? 'firing' : r.sawData ? 'inactive' : 'nodata',
		severity: r.level,
		since: r.since,
		value: r.value,
		threshold: level?.burn_rate ?? null,
		unit: 'multiple',
		metric: 'burn_rate',
		summary: `SLO '${slo.name}' (${slo.objective}%) error budget burning at ${fmtBurn(r.value)}`,
		description: null,
		runbookUrl: null,
		details,
		endedEpisodes: r.episodes.filter(
			(e) => e.end !== null && e.end >= ctx.now - ctx.config.evaluation.lookback,
		),
		history: r.episodes.map((e) => ({ from: e.start, to: e.end })),
		cooldownMs: {
			warning: cooldownFor(slo, 'slo', 'warning'),
			critical: cooldownFor(slo, 'slo', 'critical'),
		},
		reopenWindowMs: ctx.config.issues.reopen_window,
		period: null,
		traffic: false,
		suppressedBy: null,
	};
}

function fmtBurn(v: number | null): string {
	return v === null ? 'no data' : `${v.toFixed(1)}×`;
}
