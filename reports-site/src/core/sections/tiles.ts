/**
 * Sections (this folder): one file per dashboard section (tiles, performance, business,
 * trends, paths, clients, cost, alerts, operations), each a pure function from the site's
 * input to display-ready values; ../view-model.ts puts them together for the page.
 *
 * Summary tiles: total, active and idle DOs, daily cost, projected monthly cost, health.
 * Each carries its value, a change against the previous period and a sparkline where the
 * collector measured one.
 */
import type { Snapshot, Timeseries } from '../../../../worker/src/contract/index.ts';
import { DAY_SECONDS } from '../../../../worker/src/contract/time.ts';
import { type Card, card, spark } from '../display/cards.ts';
import { absoluteChange, lastTwoWindows, meanOf, relativeChange } from '../display/change.ts';
import { formatDecimal, formatDuration, formatInt, formatMoney, formatPercent } from '../display/format.ts';
import { healthStatus, levelOf, status } from '../display/health.ts';
import type { Values } from '../display/series.ts';
import type { CostInput, SiteInput, Thresholds } from '../types.ts';

/** A series by name, including keys a newer collector may add (e.g. `totalIps`). */
export function optionalSeries(ts: Timeseries, key: string): Values | null {
	const series: Record<string, Values | undefined> = ts.series;
	return Object.hasOwn(series, key) ? (series[key] ?? null) : null;
}

/** Buckets per day for a series step. */
export function bucketsPerDay(ts: Timeseries): number {
	return Math.max(1, Math.round(DAY_SECONDS / Math.max(1, ts.stepSeconds)));
}

export function summaryTiles(input: SiteInput, thresholds: Thresholds): Card[] {
	return [
		...doTiles(input.snapshot, input.timeseries),
		...costTiles(input.cost, thresholds),
		healthTile(input, thresholds),
	];
}

function doTiles(snapshot: Snapshot, ts: SiteInput['timeseries']): Card[] {
	const s = snapshot.summary;
	const total24 = optionalSeries(ts['24h'], 'totalIps');
	const active = lastTwoWindows(ts['7d'].series.activeIps, bucketsPerDay(ts['7d']));
	const idle24 = total24?.map((t, i) => {
		const a = ts['24h'].series.activeIps[i];
		return t === null || a === null || a === undefined ? null : Math.max(0, t - a);
	});
	const noHistory = 'the collector keeps no history of the registry size';
	return [
		card({
			id: 'total-dos',
			label: 'Durable Objects',
			value: formatInt(s.totalIps),
			unit: 'total',
			hint: total24 ? null : noHistory,
			change: absoluteChange(
				s.totalIps,
				s.totalIps - snapshot.business.newIpsToday,
				'neutral',
				'new since 00:00 UTC',
			),
			spark: spark(total24, 'registry size, last 24 h'),
		}),
		card({
			id: 'active-dos',
			label: 'Active DOs',
			value: formatInt(s.activeIps),
			unit: 'active',
			hint: `activity in the last ${formatDuration(s.activeWindowSeconds)}`,
			change: relativeChange(meanOf(active.current), meanOf(active.previous), 'neutral', 'vs previous 24 h'),
			spark: spark(ts['24h'].series.activeIps, 'active IPs per minute, last 24 h'),
		}),
		card({
			id: 'idle-dos',
			label: 'Idle DOs',
			compares: false,
			value: formatInt(s.idleIps),
			unit: 'idle',
			hint: total24
				? `idle for ${formatDuration(s.activeWindowSeconds)} or more`
				: `idle for ${formatDuration(s.activeWindowSeconds)} or more; ${noHistory}`,
			spark: spark(idle24 ?? null, 'last 24 h'),
		}),
	];
}

function costTiles(cost: CostInput | null, thresholds: Thresholds): Card[] {
	if (cost === null) {
		const none = { value: '—', hint: 'no cost analysis in this build' };
		return [
			card({ id: 'daily-cost', label: 'Daily cost', ...none }),
			card({ id: 'monthly-cost', label: 'Projected month', ...none }),
		];
	}
	const complete = cost.daily.filter((d) => d.complete);
	const last = complete.at(-1) ?? cost.daily.at(-1) ?? null;
	const before = complete.at(-2) ?? null;
	let cumulative = 0;
	const mtd = cost.daily
		.filter((d) => d.date.startsWith(cost.month))
		.map((d) => {
			cumulative += d.grossCost;
			return cumulative;
		});
	const projected = cost.projected.cost;
	return [
		card({
			id: 'daily-cost',
			label: 'Daily cost',
			value: formatMoney(last?.grossCost ?? null, cost.currency),
			unit: last?.complete ? 'list price' : 'today so far',
			hint: last ? `${last.date}, before free allowances` : 'no usage recorded yet',
			change:
				before && last?.complete
					? relativeChange(last.grossCost, before.grossCost, 'lower-better', `vs ${before.date}`)
					: null,
			spark: spark(
				complete.map((d) => d.grossCost),
				`daily cost, last ${complete.length} complete days`,
			),
		}),
		card({
			id: 'monthly-cost',
			label: 'Projected month',
			value: formatMoney(projected, cost.currency),
			unit: cost.month,
			hint: `billed usage; 95% band ${formatMoney(cost.projected.low, cost.currency)}–${formatMoney(cost.projected.high, cost.currency)}`,
			change: cost.trendChange === null ? null : trendChange(cost.trendChange),
			spark: spark(mtd, 'month-to-date cost at list price'),
			status: status(levelOf(projected, thresholds.monthlyCost), budgetText(projected, thresholds)),
		}),
	];
}

/** The cost model's trend: mean daily cost of the last 3 days against the 4 before. */
function trendChange(change: number) {
	return relativeChange(1 + change, 1, 'lower-better', 'daily cost, last 3 days vs 4 before');
}

function budgetText(projected: number, t: Thresholds): string {
	const { warning, critical } = t.monthlyCost;
	const level = levelOf(projected, t.monthlyCost);
	if (level === 'critical' && critical !== null) return `Over ${formatMoney(critical)} budget`;
	if (level === 'warning' && warning !== null) return `Over ${formatMoney(warning)} (budget warning)`;
	const limit = warning ?? critical;
	return limit === null ? 'No budget set' : `Under ${formatMoney(limit)}`;
}

function healthTile(input: SiteInput, thresholds: Thresholds): Card {
	const score = input.health?.score ?? null;
	const week = lastTwoWindows(input.healthSeries?.['7d'] ?? [], bucketsPerDay(input.timeseries['7d']));
	const sla = thresholds.sla;
	return card({
		id: 'health',
		label: 'Health score',
		value: score === null ? '—' : formatDecimal(score),
		unit: '/ 100',
		hint: `SLA: p95 ≤ ${sla.max_p95_ms} ms, errors ≤ ${formatPercent(sla.max_error_rate)}`,
		change: absoluteChange(
			meanOf(week.current),
			meanOf(week.previous),
			'higher-better',
			'vs previous 24 h',
			' pts',
		),
		spark: spark(input.healthSeries?.['24h'] ?? [], 'health per minute, last 24 h'),
		status: healthStatus(score),
	});
}
