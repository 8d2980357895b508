/**
 * Takes the README's dashboard screenshot (docs/dashboard.png) of the site in reports-site/dist,
 * served on 127.0.0.1 and rendered by Debian's Chromium, on the 30-day range. Run after
 * `npm run demo -- --once`.
 */
import { chromium } from 'playwright-core';
import { serveDir } from '../reports-site/src/index.ts';

const server = await serveDir('reports-site/dist');
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, deviceScaleFactor: 1 });
	// The 30-day range: the demo's imported month and its live minutes.
	await page.goto(`${server.url}/#range=30d`, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	await page.screenshot({ path: 'docs/dashboard.png', fullPage: false });
	console.log('docs/dashboard.png written');
} finally {
	await browser.close();
	await server.close();
}
