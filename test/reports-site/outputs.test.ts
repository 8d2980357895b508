import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateSiteAssets } from '../../reports-site/src/assets/generate.ts';
import { checkBudget } from '../../reports-site/src/core/outputs/budget.ts';
import { escapeXml, renderAtomFeed } from '../../reports-site/src/core/outputs/feed.ts';
import { scriptSafeJson } from '../../reports-site/src/core/outputs/script-json.ts';
import { BudgetExceededError, buildSite, renderSite } from '../../reports-site/src/index.ts';
import { resolveInside } from '../../reports-site/src/serve.ts';
import { SEED_THRESHOLDS } from './config.ts';
import { FIXED_NOW, syntheticAlerts, syntheticSiteInput } from './fixtures.ts';

const HOSTILE = [
	'</script><script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'{{constructor}}',
	'\u2028<!--',
];

describe('script-safe JSON', () => {
	it('cannot close the script element and parses back to the same value', () => {
		const value = { s: HOSTILE, n: [1, null, 2.5] };
		const json = scriptSafeJson(value);
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('Atom feed', () => {
	it('escapes every untrusted string and drops characters XML cannot carry', () => {
		expect(escapeXml('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;\uFFFD');
		const feed = renderAtomFeed(syntheticAlerts(FIXED_NOW, HOSTILE), {
			siteUrl: 'https://acme.github.io/edge',
			title: 'pathwatch',
			generatedAt: FIXED_NOW.toISOString(),
			now: FIXED_NOW.getTime(),
			withinDays: 7,
		});
		expect(feed).not.toContain('<script');
		expect(feed).not.toContain('<img');
		expect(feed).toContain('&lt;/script&gt;');
		expect(feed).not.toContain('javascript:');
		expect(feed).toContain(
			'<link rel="self" type="application/atom+xml" href="https://acme.github.io/edge/feed.xml"/>',
		);
		// Firing and recently resolved only; the 19-day-old incident is left out.
		expect(feed.match(/<entry>/g)).toHaveLength(3 + HOSTILE.length);
		expect(feed).not.toContain('an old incident');
	});
});

describe('machine-readable outputs', () => {
	const files = renderSite(syntheticSiteInput({ hostile: HOSTILE }), {
		thresholds: SEED_THRESHOLDS,
		anonymise: { mode: 'none' },
	});

	it('writes every output the issue lists', () => {
		for (const path of [
			'index.html',
			'api/summary.json',
			'api/history-24h.json',
			'api/history-7d.json',
			'api/history-30d.json',
			'metrics.prom',
			'feed.xml',
			'badges/health.json',
			'badges/alerts.json',
		])
			expect(files.has(path), path).toBe(true);
	});

	it('serves the collector time series unchanged in the history files', () => {
		const input = syntheticSiteInput();
		const history = JSON.parse(
			renderSite(input, { thresholds: SEED_THRESHOLDS }).get('api/history-30d.json') ?? '{}',
		);
		expect(history.series.requests).toEqual(input.timeseries['30d'].series.requests);
		expect(history.stepSeconds).toBe(3600);
	});

	it('writes shields.io endpoint badges', () => {
		const alerts = JSON.parse(files.get('badges/alerts.json') ?? '{}');
		expect(alerts).toEqual({
			schemaVersion: 1,
			label: 'alerts',
			message: `${2 + HOSTILE.length} firing (1 critical)`,
			color: 'red',
		});
		const health = JSON.parse(files.get('badges/health.json') ?? '{}');
		expect(health.message).toMatch(/^\d+(\.\d)? \/ 100$/);
	});

	it('renders metrics.prom that promtool accepts', () => {
		const text = files.get('metrics.prom') ?? '';
		expect(text).toContain('pathwatch_site_durable_objects{state="active"} 412');
		expect(text).toContain('pathwatch_site_record_latency_seconds{stat="p95"} 0.0314');
		const promtool = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
		if (promtool.error && process.env.PATHWATCH_REQUIRE_PROMTOOL !== '1') return;
		expect(promtool.error).toBeUndefined();
		expect(`${promtool.stdout}${promtool.stderr}`.trim()).toBe('');
		expect(promtool.status).toBe(0);
	});

	it('puts untrusted strings into the HTML only escaped', () => {
		const html = files.get('index.html') ?? '';
		expect(html).not.toContain('<img src=x');
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('href="javascript:');
		expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
		// The only script elements are ours: the module and the JSON data island.
		expect(html.match(/<script\b/g)).toHaveLength(2);
		const island = /<script type="application\/json" id="pathwatch-data">([^<]*)<\/script>/.exec(html);
		expect(island).not.toBeNull();
		expect(JSON.parse(island?.[1] ?? 'null').ranges).toHaveLength(3);
	});
});

describe('templates and assets', () => {
	it('never use unescaped output', async () => {
		const dir = new URL('../../reports-site/src/templates/', import.meta.url);
		const entries = await readdir(dir, { recursive: true });
		const sources = await Promise.all(
			entries.filter((f) => f.endsWith('.hbs')).map((f) => readFile(new URL(f, dir), 'utf8')),
		);
		expect(sources.length).toBeGreaterThan(1);
		for (const s of sources) expect(s).not.toMatch(/\{\{\{|\{\{&/);
	});

	it('are generated from the current sources (run `npm run build:site-assets`)', async () => {
		expect(await generateSiteAssets()).toBe(await readFile(GENERATED_PATH, 'utf8'));
	});
});

describe('page-weight budget', () => {
	const dirs: string[] = [];
	afterAll(async () => {
		for (const d of dirs) await rm(d, { recursive: true, force: true });
	});

	it('sums gzip sizes by kind and reports what exceeds it', () => {
		const files = [
			{ path: 'index.html', bytes: 1, gzipBytes: 70 * 1024 },
			{ path: 'assets/a.js', bytes: 1, gzipBytes: 50 * 1024 },
			{ path: 'assets/b.js', bytes: 1, gzipBytes: 40 * 1024 },
			{ path: 'api/history-30d.json', bytes: 1, gzipBytes: 900 * 1024 },
		];
		const report = checkBudget(files, { jsGzipBytes: 80 * 1024, htmlGzipBytes: 60 * 1024 });
		expect(report.js).toBe(90 * 1024);
		expect(report.violations).toEqual([
			'JavaScript is 90.0 KB gzip, over the 80.0 KB budget',
			'HTML is 70.0 KB gzip, over the 60.0 KB budget',
		]);
		expect(checkBudget(files.slice(3), { jsGzipBytes: 1, htmlGzipBytes: 1 }).violations).toEqual([]);
	});

	it('fails the build and writes nothing when over budget', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'pathwatch-site-'));
		dirs.push(dir);
		await writeFile(join(dir, 'keep.txt'), 'x');
		await expect(
			buildSite(syntheticSiteInput(), dir, {
				thresholds: SEED_THRESHOLDS,
				budget: { jsGzipBytes: 10 * 1024, htmlGzipBytes: 60 * 1024 },
			}),
		).rejects.toThrow(BudgetExceededError);
		expect(await readdir(dir)).toEqual(['keep.txt']);
	});

	it('keeps the real site within JS ≤ 80 KB and HTML ≤ 60 KB gzip', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'pathwatch-site-'));
		dirs.push(dir);
		const result = await buildSite(syntheticSiteInput({ thirtyDayStepSeconds: 300 }), dir, {
			thresholds: SEED_THRESHOLDS,
		});
		expect(result.budget.violations).toEqual([]);
		expect(result.budget.js).toBeLessThanOrEqual(80 * 1024);
		expect(result.budget.html).toBeLessThanOrEqual(60 * 1024);
	});
});

describe('static server paths', () => {
	it('never resolves outside the site directory', () => {
		expect(resolveInside('/srv/site', '/api/summary.json')).toBe('/srv/site/api/summary.json');
		expect(resolveInside('/srv/site', '/')).toBe('/srv/site/index.html');
		expect(resolveInside('/srv/site', '/../etc/passwd')).toBeNull();
		expect(resolveInside('/srv/site', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
		expect(resolveInside('/srv/site', '/../site-other/x')).toBeNull();
		expect(resolveInside('/srv/site', '/a/%00')).toBeNull();
		expect(resolveInside('/srv/site', '/%E0%A4%A')).toBeNull();
	});
});
