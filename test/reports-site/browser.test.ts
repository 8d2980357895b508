/**
 * The built dashboard in Chromium: clean console and network, zero axe WCAG 2.1 AA violations
 * in light and dark, keyboard range selection kept in the hash, hostile strings inert, the
 * stale banner raised by the visitor's clock, and key numbers without JavaScript.
 * With PATHWATCH_REQUIRE_BROWSER=1 (CI) a missing Chromium fails instead of skipping.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type StaticServer, serveDir } from '../../reports-site/src/index.ts';
import {
	haveChromium,
	launchChromium,
	openWatched,
	requireBrowser,
	runAxe,
	screenshot,
	waitForCharts,
} from './browser-harness.ts';
import { SEED_THRESHOLDS } from './config.ts';
import { syntheticSiteInput } from './fixtures.ts';

it('has Chromium when CI requires it', () => {
	if (requireBrowser)
		expect(haveChromium, 'PATHWATCH_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing').toBe(true);
});

const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=2">',
	"{{constructor.constructor('window.__pwned=3')()}}",
	'</script><script>window.__pwned=4</script>',
	"'-alert(5)-'<svg onload=window.__pwned=6>",
];

describe.skipIf(!haveChromium)('dashboard in Chromium', () => {
	let browser: Browser;
	const dirs: string[] = [];
	const servers: StaticServer[] = [];

	async function site(build: (dir: string) => Promise<unknown>): Promise<string> {
		const dir = await mkdtemp(join(tmpdir(), 'pathwatch-browser-'));
		dirs.push(dir);
		await build(dir);
		const server = await serveDir(dir);
		servers.push(server);
		return server.url;
	}

	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		for (const s of servers) await s.close();
		for (const d of dirs) await rm(d, { recursive: true, force: true });
	});

	describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
		let url: string;
		beforeAll(async () => {
			url = await site((dir) =>
				buildSite(syntheticSiteInput({ now: new Date() }), dir, { thresholds: SEED_THRESHOLDS }),
			);
		});

		it('loads with no console error, CSP violation or failed request, and passes axe', async () => {
			const { page, problems, close } = await openWatched(browser, url, { colorScheme });
			await waitForCharts(page, '24h');
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
				colorScheme === 'dark',
			);
			expect(await page.locator('#stale-banner').isHidden()).toBe(true);
			const violations = await runAxe(page);
			expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
			await screenshot(page, `dashboard-${colorScheme}`);
			expect(problems).toEqual([]);
			await close();
		});

		it('selects ranges from the keyboard and keeps the choice in the hash', async () => {
			const { page, problems, close } = await openWatched(browser, url, { colorScheme });
			await waitForCharts(page, '24h');
			await page.locator('#tab-24h').focus();
			await page.keyboard.press('ArrowRight');
			await waitForCharts(page, '7d');
			expect(new URL(page.url()).hash).toBe('#range=7d');
			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-7d');
			expect(await page.locator('#tab-7d').getAttribute('aria-selected')).toBe('true');
			expect(await page.locator('#tab-24h').getAttribute('tabindex')).toBe('-1');
			expect(await page.locator('#chart-requests').getAttribute('aria-label')).toContain('last 7 days');
			// Tables sit in a closed <details>: check which one the selector left un-hidden.
			expect(
				await page.locator('#figure-requests .table-scroll[data-range="7d"]').getAttribute('hidden'),
			).toBeNull();
			expect(
				await page.locator('#figure-requests .table-scroll[data-range="24h"]').getAttribute('hidden'),
			).toBe('');
			await page.keyboard.press('End');
			await waitForCharts(page, '30d');
			expect(new URL(page.url()).hash).toBe('#range=30d');
			expect(problems).toEqual([]);
			await close();

			// A link to a range opens it.
			const linked = await openWatched(browser, `${url}#range=7d`, { colorScheme });
			await waitForCharts(linked.page, '7d');
			expect(await linked.page.locator('#tab-7d').getAttribute('aria-selected')).toBe('true');
			if (colorScheme === 'dark') await screenshot(linked.page, 'dashboard-dark-7d');
			const violations = await runAxe(linked.page);
			expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
			expect(linked.problems).toEqual([]);
			await linked.close();
		});
	});

	it('draws the 30-day charts with 8,640 points per series', async () => {
		const url = await site((dir) =>
			buildSite(syntheticSiteInput({ now: new Date(), thirtyDayStepSeconds: 300 }), dir, {
				thresholds: SEED_THRESHOLDS,
			}),
		);
		const { page, problems, close } = await openWatched(browser, `${url}#range=30d`);
		const ms = await waitForCharts(page, '30d');
		const points = await page.evaluate(
			async () =>
				((await (await fetch('api/history-30d.json')).json()) as { series: { requests: unknown[] } }).series
					.requests.length,
		);
		expect(points).toBe(8640);
		// Timing is reported, not asserted (a benchmark records it): see scripts/bench/site.bench.ts.
		console.log(
			`30-day charts, 8,640 points per series, rendered in ${ms.toFixed(1)} ms (headless Chromium)`,
		);
		expect(ms).toBeGreaterThan(0);
		await screenshot(page, 'dashboard-30d-8640');
		expect(problems).toEqual([]);
		await close();
	});

	it('neither executes nor injects hostile strings, even with the CSP bypassed', async () => {
		const url = await site((dir) =>
			buildSite(syntheticSiteInput({ now: new Date(), hostile: HOSTILE }), dir, {
				thresholds: SEED_THRESHOLDS,
				anonymise: { mode: 'none' },
				title: HOSTILE[1],
			}),
		);
		const { page, problems, close } = await openWatched(browser, url, { bypassCSP: true });
		await waitForCharts(page, '24h');
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('img').count()).toBe(0);
		expect(await page.locator('svg[onload], [onerror]').count()).toBe(0);
		expect(await page.locator('script').count()).toBe(2);
		expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
		const text = await page.locator('body').textContent();
		for (const h of HOSTILE) expect(text).toContain(h);
		// The feed carries the strings intact and stays well-formed XML.
		const feed = await page.evaluate(async () => {
			const xml = new DOMParser().parseFromString(await (await fetch('feed.xml')).text(), 'application/xml');
			return {
				error: xml.querySelector('parsererror')?.textContent ?? null,
				titles: Array.from(xml.querySelectorAll('entry > title'), (t) => t.textContent),
			};
		});
		expect(feed.error).toBeNull();
		for (const h of HOSTILE) expect(feed.titles).toContain(`[warning] ${h} (firing)`);
		await screenshot(page, 'dashboard-hostile');
		// The new sections carry them as text: paths, methods, countries (the mix) and the client pages.
		for (const section of ['#paths', '#clients'])
			for (const h of HOSTILE) expect(await page.locator(section).textContent()).toContain(h);
		expect(problems).toEqual([]);
		await close();
		const client = await openWatched(browser, `${url}/clients/1.html`, { bypassCSP: true });
		const detail = await client.page.locator('#client-paths').textContent();
		for (const h of HOSTILE) expect(detail).toContain(h);
		expect(
			await client.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
		).toBeUndefined();
		expect(await client.page.locator('img, [onerror], svg[onload], script').count()).toBe(0);
		expect(await runAxe(client.page)).toEqual([]);
		expect(client.problems).toEqual([]);
		await client.close();
	});

	it('raises the stale banner from the visitor clock when the build stopped', async () => {
		// Built (and fresh) three days ago: the HTML has no banner, the browser must add it.
		const then = new Date(Date.now() - 3 * 86_400_000);
		const url = await site((dir) =>
			buildSite(syntheticSiteInput({ now: then }), dir, { thresholds: SEED_THRESHOLDS }),
		);
		const html = await (await fetch(url)).text();
		expect(html).toMatch(/id="stale-banner" role="status" hidden/);
		const { page, problems, close } = await openWatched(browser, url);
		await expect.poll(() => page.locator('#stale-banner').isVisible()).toBe(true);
		expect(await page.locator('#stale-banner').textContent()).toMatch(/The data is 3 d( \d+ h)? old/);
		expect(problems).toEqual([]);
		await close();
	});

	it('shows the key numbers without JavaScript', async () => {
		const url = await site((dir) =>
			buildSite(syntheticSiteInput({ now: new Date() }), dir, { thresholds: SEED_THRESHOLDS }),
		);
		const { page, problems, close } = await openWatched(browser, url, { javaScriptEnabled: false });
		const tiles = await page.locator('#overview').textContent();
		for (const figure of ['1,873', '412', '1,461', '/ 100']) expect(tiles).toContain(figure);
		expect(await page.locator('#performance').textContent()).toContain('31.4 ms');
		expect(await page.locator('.canvas-box').first().isHidden()).toBe(true);
		expect(await page.locator('[data-range-tabs]').isHidden()).toBe(true);
		await screenshot(page, 'dashboard-no-js');
		expect(problems).toEqual([]);
		await close();
	});
});
