/**
 * The dashboard: page weight (gzip, the enforced budget), build time, and the time headless
 * Chromium takes to draw the 30-day charts with 8,640 points per series (5-minute buckets),
 * measured in the page with performance.now() around data shaping, decimation and chart
 * creation (the `pathwatch:render:30d` measure). Synthetic, deterministic data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, serveDir } from '../../reports-site/src/index.ts';
import { launchChromium, waitForCharts } from '../../test/reports-site/browser-harness.ts';
import { SEED_THRESHOLDS } from '../../test/reports-site/config.ts';
import { syntheticSiteInput } from '../../test/reports-site/fixtures.ts';
import { recordBenchmark } from './record.ts';
import { largeFleetInput } from './site-fleet.ts';

const LOADS = 9;
const dir = await mkdtemp(join(tmpdir(), 'pathwatch-site-bench-'));
const input = syntheticSiteInput({ now: new Date(), thirtyDayStepSeconds: 300 });
const t0 = performance.now();
const result = await buildSite(input, dir, { thresholds: SEED_THRESHOLDS });
const buildMs = performance.now() - t0;
// A fleet of 100k IPs and 20k distinct paths: the Worker answers the site command with bounded
// payloads (top 25 of the 20k paths, 25 new ones, 10 client pages of 50 paths), so this is the
// build the site command runs for it.
const large = largeFleetInput(input);
const t1 = performance.now();
const largeResult = await buildSite(large, join(dir, 'large'), { thresholds: SEED_THRESHOLDS });
const largeMs = performance.now() - t1;
const server = await serveDir(dir);
const browser = await launchChromium();

async function renderTimes(range: string): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < LOADS; i++) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.url}#range=${range}`);
		times.push(await waitForCharts(page, range));
		await page.close();
	}
	return times.sort((a, b) => a - b);
}

try {
	const month = await renderTimes('30d');
	const day = await renderTimes('24h');
	const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? Number.NaN;
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const rows: (string | number)[][] = [
		[
			'30-day charts, 8,640 points × 8 series',
			`${median(month).toFixed(0)} ms`,
			`${month[0]?.toFixed(0)}–${month.at(-1)?.toFixed(0)} ms`,
		],
		[
			'24-hour charts, 1,440 points × 8 series',
			`${median(day).toFixed(0)} ms`,
			`${day[0]?.toFixed(0)}–${day.at(-1)?.toFixed(0)} ms`,
		],
		['site build (render + weigh + write)', `${buildMs.toFixed(0)} ms`, '1 run'],
		[
			'site build, 100k IPs and 20k distinct paths (10 client pages)',
			`${largeMs.toFixed(0)} ms`,
			`1 run, ${largeResult.files.length} files`,
		],
		['JavaScript, gzip (budget 80 KB)', kb(result.budget.js), 'enforced by the build'],
		['HTML, gzip (budget 60 KB)', kb(result.budget.html), 'enforced by the build'],
	];
	for (const r of rows) console.log(r.join(' | '));
	await recordBenchmark('Dashboard render and page weight', ['measure', 'median', 'range'], rows, [
		`Headless Debian Chromium, 1280×900, ${LOADS} fresh page loads per range; time from history JSON in hand to all four charts drawn (derive series, gap-preserving LTTB decimation to ~canvas width, chart.js creation with animation off).`,
	]);
} finally {
	await browser.close();
	await server.close();
	await rm(dir, { recursive: true, force: true });
}
