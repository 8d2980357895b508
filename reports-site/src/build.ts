/**
 * Builds the static dashboard: index.html, the hashed script and stylesheet, api/*.json,
 * metrics.prom, badges/*.json and feed.xml. Everything is rendered in memory and weighed
 * first; the build fails (and writes nothing) when the page-weight budget is exceeded.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describeAnonymisation } from './core/anonymise.ts';
import { formatUtc } from './core/display/format.ts';
import {
	type Budget,
	type BudgetReport,
	checkBudget,
	DEFAULT_BUDGET,
	type Weighed,
} from './core/outputs/budget.ts';
import { renderAtomFeed } from './core/outputs/feed.ts';
import { badges, historyJson, summaryJson } from './core/outputs/outputs.ts';
import { renderSnapshotMetrics } from './core/outputs/prometheus.ts';
import { clientPages } from './core/sections/clients-panel.ts';
import type { SiteInput, ViewOptions } from './core/types.ts';
import { buildViewModel } from './core/view-model.ts';
import { type ViewOptionsInput, viewOptions } from './core/view-options.ts';
import { CLIENT_CSS, CLIENT_JS, FAVICON_SVG } from './generated/site-assets.ts';
import { CONTENT_SECURITY_POLICY, renderClientPage, renderPage } from './render.ts';

export type BuildOptions = ViewOptionsInput & { budget?: Budget };

export type BuildResult = { outDir: string; files: Weighed[]; budget: BudgetReport };

export class BudgetExceededError extends Error {
	override readonly name = 'BudgetExceededError';
}

/** The site's files, path → content, rendered without touching the disk. */
export function renderSite(input: SiteInput, options: BuildOptions): Map<string, string> {
	const { budget: _budget, ...rest } = options;
	const view: ViewOptions = viewOptions(rest);
	const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);
	const js = `assets/app-${hash(CLIENT_JS)}.js`;
	const css = `assets/site-${hash(CLIENT_CSS)}.css`;
	const badgeFiles = badges(input, view);
	const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
	const files = new Map<string, string>([
		[
			'index.html',
			renderPage({
				page: buildViewModel(input, view),
				csp: CONTENT_SECURITY_POLICY,
				assets: { js, css },
				badges: Object.keys(badgeFiles),
			}),
		],
		[js, CLIENT_JS],
		[css, CLIENT_CSS],
		['favicon.svg', `${FAVICON_SVG}\n`],
		['api/summary.json', json(summaryJson(input, view))],
		['metrics.prom', renderSnapshotMetrics(input.snapshot)],
		[
			'feed.xml',
			renderAtomFeed(input.alerts, {
				siteUrl: view.siteUrl,
				title: view.title,
				generatedAt: input.generatedAt,
				now: Date.parse(input.generatedAt),
				withinDays: view.resolvedWithinDays,
			}),
		],
		// GitHub Pages: serve the files as they are, without Jekyll.
		['.nojekyll', ''],
	]);
	for (const [range, ts] of Object.entries(input.timeseries)) {
		// Compact JSON: the 30-day history is the largest file and is read by machines.
		files.set(`api/history-${range}.json`, JSON.stringify(historyJson(ts, input.generatedAt)));
	}
	for (const [name, badge] of Object.entries(badgeFiles)) files.set(`badges/${name}.json`, json(badge));
	const snapshotAt = {
		iso: input.snapshot.generatedAt,
		text: formatUtc(Date.parse(input.snapshot.generatedAt)),
	};
	const anonymisation = describeAnonymisation(view.anonymise);
	for (const client of clientPages(input.clients, view.anonymise, input.snapshot.generatedAt)) {
		const page = { client, title: view.title, csp: CONTENT_SECURITY_POLICY, css, anonymisation, snapshotAt };
		files.set(client.file, renderClientPage(page));
	}
	return files;
}

/** Gzip size of each file, as a visitor downloads it. */
export function weigh(files: Map<string, string>): Weighed[] {
	return [...files].map(([path, text]) => {
		const bytes = Buffer.from(text);
		return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
	});
}

/**
 * Builds the site into `outDir` (created if needed; its `assets/` folder is replaced so old
 * hashed files do not pile up). Throws BudgetExceededError, writing nothing, over budget.
 */
export async function buildSite(
	input: SiteInput,
	outDir: string,
	options: BuildOptions,
): Promise<BuildResult> {
	const files = renderSite(input, options);
	const weighed = weigh(files);
	const budget = checkBudget(weighed, options.budget ?? DEFAULT_BUDGET);
	if (budget.violations.length)
		throw new BudgetExceededError(`page-weight budget exceeded: ${budget.violations.join('; ')}`);
	await rm(join(outDir, 'assets'), { recursive: true, force: true });
	for (const [path, text] of files) {
		const target = join(outDir, path);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, text);
	}
	return { outDir, files: weighed, budget };
}
