/**
 * Takes the README's screenshots of the site in reports-site/dist, served on 127.0.0.1 and
 * rendered by Debian's Chromium: the dashboard on the 30-day range (docs/dashboard.png), its
 * Paths and Clients sections (docs/dashboard-paths-clients.png) and the first client's page
 * (docs/dashboard-client.png). Run after `npm run demo -- --once`.
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
	const paths = await page.locator('#paths').boundingBox();
	const clients = await page.locator('#clients').boundingBox();
	if (!paths || !clients) throw new Error('the dashboard has no Paths or Clients section');
	await page.screenshot({
		path: 'docs/dashboard-paths-clients.png',
		fullPage: true,
		clip: { x: 0, y: paths.y, width: 1280, height: clients.y + clients.height - paths.y },
	});
	console.log('docs/dashboard-paths-clients.png written');
	await page.goto(`${server.url}/clients/1.html`, { waitUntil: 'networkidle' });
	await page.locator('#client-trend details summary').click();
	await page.screenshot({ path: 'docs/dashboard-client.png', fullPage: true });
	console.log('docs/dashboard-client.png written');
} finally {
	await browser.close();
	await server.close();
}
