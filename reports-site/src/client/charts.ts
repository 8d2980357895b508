/**
 * The trend charts. chart.js is tree-shaken to the pieces used here; large series are fed
 * pre-shaped ({x, y} with epoch-ms x, parsing off), decimated per gap-free run, animation off,
 * and `spanGaps: false` so a missing bucket is drawn as a gap.
 */
import {
	BarController,
	BarElement,
	Chart,
	type ChartDataset,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
} from 'chart.js';
import type { Timeseries } from '../../../worker/src/contract/index.ts';
import { DAY_MS, DAY_SECONDS, HOUR_MS } from '../../../worker/src/contract/time.ts';
import { decimateWithGaps, isolatedPoints, type Point } from '../core/display/decimate.ts';
import { formatCompact, formatMoney, formatUtc } from '../core/display/format.ts';
import { bucketTimes, type ChartData, chartData, type LineStyle } from '../core/display/series.ts';
import { costWindowSeconds, RANGES } from '../core/sections/trends.ts';
import type { ClientData } from '../core/view-model.ts';
import type { RangeId } from './data.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, BarController, BarElement, Tooltip);

const DASH: Record<LineStyle, number[]> = { solid: [], dashed: [6, 4], dotted: [2, 3] };

type Theme = { series: string[]; grid: string; text: string; font: string };

function readTheme(doc: Document): Theme {
	const css = getComputedStyle(doc.documentElement);
	const v = (name: string) => css.getPropertyValue(name).trim();
	return {
		series: [v('--chart-1'), v('--chart-2'), v('--chart-3')],
		grid: v('--chart-grid'),
		text: v('--muted'),
		font: css.fontFamily,
	};
}

/** Tick positions aligned to UTC hours/days so labels read as times, not arbitrary numbers. */
export function timeTicks(min: number, max: number): number[] {
	const span = max - min;
	const step = span <= 2 * DAY_MS ? 4 * HOUR_MS : span <= 8 * DAY_MS ? DAY_MS : 5 * DAY_MS;
	const ticks: number[] = [];
	for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t);
	return ticks;
}

const TICK_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' });
const TICK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

function options(theme: Theme, min: number, max: number, format: (v: number) => string, ticks?: number[]) {
	// Explicit ticks are day positions (the cost chart); otherwise short spans show times of day.
	const short = !ticks && max - min <= 2 * DAY_MS;
	return {
		animation: false as const,
		parsing: false as const,
		normalized: true,
		responsive: true,
		maintainAspectRatio: false,
		interaction: { mode: 'nearest' as const, axis: 'x' as const, intersect: false },
		font: { family: theme.font },
		scales: {
			x: {
				type: 'linear' as const,
				min,
				max,
				grid: { color: theme.grid },
				afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
					scale.ticks = (ticks ?? timeTicks(min, max)).map((value) => ({ value }));
				},
				ticks: {
					color: theme.text,
					maxRotation: 0,
					callback: (v: number | string) => (short ? TICK_TIME : TICK_DAY).format(Number(v)),
				},
			},
			y: {
				beginAtZero: true,
				grid: { color: theme.grid },
				ticks: { color: theme.text, callback: (v: number | string) => format(Number(v)) },
			},
		},
		plugins: {
			tooltip: {
				callbacks: {
					title: (items: { parsed: { x: number | null } }[]) => formatUtc(items[0]?.parsed.x ?? 0),
					label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) =>
						`${item.dataset.label ?? ''}: ${item.parsed.y === null ? 'no data' : format(item.parsed.y)}`,
				},
			},
		},
	};
}

/** One line dataset per series, decimated to about one point per pixel of the canvas. */
function lineDatasets(chart: ChartData, times: number[], theme: Theme, samples: number) {
	return chart.lines.map((line, i) => {
		const data = decimateWithGaps(
			line.values.map((y, j) => ({ x: times[j] ?? 0, y })),
			samples,
		);
		return {
			label: line.label,
			data,
			borderColor: theme.series[i] ?? theme.text,
			backgroundColor: theme.series[i] ?? theme.text,
			borderDash: DASH[line.style],
			borderWidth: 1.5,
			pointRadius: isolatedPoints(data).map((alone) => (alone ? 2.5 : 0)),
			pointHoverRadius: 3,
			spanGaps: false,
			// Let a dot on the last bucket show whole rather than cut at the chart edge.
			clip: 4,
		};
	});
}

/** The same days the cost table lists; bars sit at noon, inside their day. */
function costBars(data: ClientData, range: RangeId, max: number) {
	const from = max - costWindowSeconds(RANGES.find((r) => r.id === range)?.seconds ?? DAY_SECONDS) * 1000;
	const cost = data.costDaily
		.filter((p) => p.x + DAY_MS > from)
		.map((p) => ({ x: p.x + DAY_MS / 2, y: p.y }));
	return {
		dataset: (theme: Theme): ChartDataset<'bar', Point[]> => ({
			label: 'Daily cost',
			data: cost,
			backgroundColor: theme.series[0] ?? theme.text,
			maxBarThickness: 28,
		}),
		min: (cost[0]?.x ?? from) - DAY_MS / 2,
		max: (cost.at(-1)?.x ?? max) + DAY_MS / 2,
		ticks: cost.map((p) => p.x),
	};
}

export type TrendCharts = { render: (range: RangeId, ts: Timeseries) => void; destroy: () => void };

export function trendCharts(doc: Document, data: ClientData): TrendCharts {
	const charts = new Map<string, Chart>();
	const draw = (
		id: string,
		type: 'line' | 'bar',
		datasets: ChartDataset<'line' | 'bar', Point[]>[],
		min: number,
		max: number,
		fmt: (v: number) => string,
		ticks?: number[],
	) => {
		charts.get(id)?.destroy();
		const canvas = doc.getElementById(`chart-${id}`);
		if (!(canvas instanceof HTMLCanvasElement)) return;
		const chart = new Chart<'line' | 'bar', Point[]>(canvas, {
			type,
			data: { datasets },
			options: options(readTheme(doc), min, max, fmt, ticks) as never,
		});
		charts.set(id, chart);
	};
	return {
		render(range, ts) {
			const t0 = performance.now();
			const theme = readTheme(doc);
			const times = bucketTimes(ts);
			const min = Date.parse(ts.start);
			const max = min + times.length * ts.stepSeconds * 1000;
			for (const chart of chartData(ts)) {
				const width = doc.getElementById(`chart-${chart.id}`)?.clientWidth ?? 600;
				const datasets = lineDatasets(chart, times, theme, Math.max(200, Math.ceil(width)));
				const fmt =
					chart.id === 'errors' ? (v: number) => `${formatCompact(v)}%` : (v: number) => formatCompact(v);
				draw(chart.id, 'line', datasets, min, max, fmt);
			}
			const bars = costBars(data, range, max);
			draw(
				'cost',
				'bar',
				[bars.dataset(theme)],
				bars.min,
				bars.max,
				(v) => formatMoney(v, data.currency),
				bars.ticks,
			);
			performance.measure(`pathwatch:render:${range}`, { start: t0, end: performance.now() });
		},
		destroy() {
			for (const c of charts.values()) c.destroy();
			charts.clear();
		},
	};
}
