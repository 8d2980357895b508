/**
 * Browser entry: progressive enhancement of the server-rendered dashboard (every key figure
 * and table is already in the HTML). Adds the range selector, the charts and the stale check.
 */
import { trendCharts } from './charts.ts';
import type { RangeId } from './data.ts';
import { readClientData } from './data.ts';
import { historyLoader } from './history.ts';
import { watchStale } from './stale.ts';
import { initRangeTabs } from './tabs.ts';

const doc = document;
doc.documentElement.classList.replace('no-js', 'js');
const data = readClientData(doc);
watchStale(doc, data);

const load = historyLoader(data);
const charts = trendCharts(doc, data);
let current: RangeId = data.defaultRange;

/** Tables and canvas descriptions follow the selected range even before the data arrives. */
function describe(range: RangeId): void {
	const summaries = data.ranges.find((r) => r.id === range)?.summaries ?? {};
	for (const figure of Array.from(doc.querySelectorAll<HTMLElement>('[data-chart]'))) {
		const id = figure.dataset.chart ?? '';
		const canvas = figure.querySelector('canvas');
		const summary = summaries[id];
		if (canvas && summary !== undefined) {
			canvas.setAttribute('aria-label', summary);
			canvas.textContent = summary;
		}
		for (const table of Array.from(figure.querySelectorAll<HTMLElement>('.table-scroll[data-range]'))) {
			table.hidden = table.dataset.range !== range;
		}
	}
}

function setMessage(text: string | null): void {
	for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-chart-message]'))) {
		el.textContent = text ?? '';
		el.hidden = text === null;
	}
}

async function show(range: RangeId): Promise<void> {
	current = range;
	describe(range);
	try {
		const ts = await load(range);
		if (current !== range) return;
		setMessage(null);
		charts.render(range, ts);
	} catch (e) {
		// The figures stay readable in the tables; say why the chart is missing.
		setMessage(
			`The chart could not be drawn (${e instanceof Error ? e.message : String(e)}); the data table below has the figures.`,
		);
	}
}

initRangeTabs(doc, data, (range) => void show(range));
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void show(current));
