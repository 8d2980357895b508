/**
 * Forecast back-test: synthetic months of noisy daily usage, forecast part-way through with
 * `analyzeCost` and compared with the bill the whole month produced (the same model's
 * month-to-date figure at the month's last instant). Deterministic: every month comes from
 * a seeded PRNG. Shared by the forecast test and scripts/bench/forecast.bench.ts.
 */

import { analyzeCost, DEFAULT_PRICES, type PriceTable } from '../../action/src/core/cost/cost.ts';
import { createRng, type Rng } from '../../action/src/core/traffic/traffic.ts';
import type { UsageDay } from '../../worker/src/contract/index.ts';

export type BacktestCase = {
	/** Standard deviation of the multiplicative daily noise, e.g. 0.2 for ±20%. */
	noise: number;
	/** Days of the month elapsed at the forecast; the forecast is made at noon of the next day. */
	daysElapsed: number;
	/** `fresh`: deployed on the 1st; `established`: 14 days of the same process before it. */
	history: 'fresh' | 'established';
	/** Days of ramp-up after deployment (a third, two thirds, … of the steady level). */
	rampDays?: number;
	/** Relative daily growth range of the steady level (default −1% to +3% a day). */
	growth?: readonly [number, number];
	months?: number;
	seed?: number;
	prices?: PriceTable;
};

export type BacktestResult = {
	months: number;
	/** Share of months whose realised bill fell inside the forecast band. */
	coverage: number;
	/** Mean |forecast − bill| ÷ bill. */
	meanError: number;
	/** Mean forecast ÷ bill. */
	meanRatio: number;
	meanConfidence: number;
	/** Mean (high − low) ÷ bill. */
	meanWidth: number;
};

const DAY_MS = 86_400_000;
const MONTH_START = Date.UTC(2026, 10, 1); // November 2026: 30 days
const MONTH_DAYS = 30;

/** Standard normal draw (Box–Muller). */
function gaussian(rng: Rng): number {
	const u = Math.max(rng(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** One day's usage driven by `traffic` requests: every metered line follows traffic, as in production. */
function usageDay(date: string, traffic: number, storedBytes: number): UsageDay {
	const t = Math.max(0, Math.round(traffic));
	const report = Math.round(t * 0.02);
	const activeSeconds = t * 0.002;
	return {
		date,
		workerRequests: t,
		doRequests: t + report + 600,
		doRequestsByKind: { record: t, report, admin: 600, job: 0 },
		rowsRead: Math.round(t * 1.4),
		rowsWritten: Math.round(t * 1.1),
		storedBytes: Math.round(storedBytes),
		activeSeconds,
		maxActiveSecondsPerObject: Math.min(activeSeconds, 3600),
		activeGbSeconds: activeSeconds * 0.128,
		kvReads: 0,
		kvWrites: 0,
		r2ClassA: 0,
		r2ClassB: 0,
	};
}

/** Full-day usage rows from the first day of history to the month's last day. */
export function syntheticMonth(rng: Rng, c: BacktestCase): UsageDay[] {
	const [gLo, gHi] = c.growth ?? [-0.01, 0.03];
	const level = 2e6 + rng() * 4e6;
	const growth = gLo + rng() * (gHi - gLo);
	const first = c.history === 'established' ? -14 : 0;
	const rows: UsageDay[] = [];
	for (let i = first; i < MONTH_DAYS; i++) {
		const age = i - first;
		const ramp = age < (c.rampDays ?? 0) ? (age + 1) / ((c.rampDays ?? 0) + 1) : 1;
		const steady = level * Math.max(0.05, 1 + growth * age);
		const traffic = steady * ramp * Math.max(0, 1 + c.noise * gaussian(rng));
		const date = new Date(MONTH_START + i * DAY_MS).toISOString().slice(0, 10);
		rows.push(usageDay(date, traffic, 2e9 + age * 3e7));
	}
	return rows;
}

/** Rows as the collector reports them at `now`: nothing after today, today's counts so far. */
export function rowsAt(rows: readonly UsageDay[], now: number): UsageDay[] {
	const today = new Date(now).toISOString().slice(0, 10);
	const share = (now % DAY_MS) / DAY_MS;
	return rows.filter((r) => r.date <= today).map((r) => (r.date === today ? scaleDay(r, share) : r));
}

function scaleDay(r: UsageDay, share: number): UsageDay {
	const s = (x: number) => Math.round(x * share);
	return {
		...r,
		workerRequests: s(r.workerRequests),
		doRequests: s(r.doRequests),
		doRequestsByKind: {
			record: s(r.doRequestsByKind.record),
			report: s(r.doRequestsByKind.report),
			admin: s(r.doRequestsByKind.admin),
			job: s(r.doRequestsByKind.job),
		},
		rowsRead: s(r.rowsRead),
		rowsWritten: s(r.rowsWritten),
		activeSeconds: r.activeSeconds * share,
		activeGbSeconds: r.activeGbSeconds * share,
	};
}

/** Forecasts `months` synthetic months at `daysElapsed` days in and scores them against their bills. */
export function backtest(c: BacktestCase): BacktestResult {
	const rng = createRng(c.seed ?? 1);
	const prices = c.prices ?? DEFAULT_PRICES;
	const months = c.months ?? 400;
	const at = MONTH_START + c.daysElapsed * DAY_MS + DAY_MS / 2;
	const end = MONTH_START + MONTH_DAYS * DAY_MS - 1;
	let inside = 0;
	let error = 0;
	let ratio = 0;
	let confidence = 0;
	let width = 0;
	for (let m = 0; m < months; m++) {
		const rows = syntheticMonth(rng, c);
		const bill = analyzeCost(rows, prices, new Date(end)).monthToDate.cost;
		const p = analyzeCost(rowsAt(rows, at), prices, new Date(at)).projected;
		if (p.low <= bill && bill <= p.high) inside++;
		error += Math.abs(p.cost - bill) / bill;
		ratio += p.cost / bill;
		confidence += p.confidence;
		width += (p.high - p.low) / bill;
	}
	return {
		months,
		coverage: inside / months,
		meanError: error / months,
		meanRatio: ratio / months,
		meanConfidence: confidence / months,
		meanWidth: width / months,
	};
}
