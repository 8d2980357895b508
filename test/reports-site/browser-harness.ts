/**
 * Chromium (Debian's /usr/bin/chromium) driven by playwright-core for the dashboard tests.
 * Every page records console errors, CSP violations, failed and non-2xx requests, and any
 * request leaving 127.0.0.1 (which is aborted).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const requireBrowser = process.env.PATHWATCH_REQUIRE_BROWSER === '1';
export const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
export const OUTPUT_DIR = fileURLToPath(new URL('../../test-output/', import.meta.url));

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

export type WatchedPage = { page: Page; problems: string[]; close: () => Promise<void> };

/** Opens `url` in a fresh context and records anything that went wrong while it loads and runs. */
export async function openWatched(
	browser: Browser,
	url: string,
	options: BrowserContextOptions = {},
): Promise<WatchedPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const problems: string[] = [];
	// Init scripts run outside the page's CSP, so axe can be present without weakening the policy.
	await context.addInitScript({ path: AXE_PATH });
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	await context.route('**/*', (route) => {
		const target = new URL(route.request().url());
		if (target.hostname === '127.0.0.1') return route.continue();
		problems.push(`third-party request: ${target.href}`);
		return route.abort();
	});
	const page = await context.newPage();
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) =>
		problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
	);
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	await page.goto(url);
	return { page, problems, close: () => context.close() };
}

/** Waits until the charts of `range` were drawn (the client records a performance measure). */
export async function waitForCharts(page: Page, range: string): Promise<number> {
	await page.waitForFunction(
		(name) => performance.getEntriesByName(name).length > 0,
		`pathwatch:render:${range}`,
	);
	return page.evaluate(
		(name) => performance.getEntriesByName(name)[0]?.duration ?? -1,
		`pathwatch:render:${range}`,
	);
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown }[] };

/** axe-core with the WCAG 2.1 A and AA rule sets; returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target })),
		}));
	});
}

export async function screenshot(page: Page, name: string): Promise<string> {
	await mkdir(OUTPUT_DIR, { recursive: true });
	const path = `${OUTPUT_DIR}${name}.png`;
	await page.screenshot({ path, fullPage: true });
	return path;
}
