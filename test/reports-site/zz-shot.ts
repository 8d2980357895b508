import { chromium } from 'playwright-core';
import { serveDir } from '../../reports-site/src/serve.ts';
const srv = await serveDir('/tmp/site-smoke');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const scheme of ['light', 'dark'] as const) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
	page.on('console', (m) => console.log('console', m.type(), m.text()));
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	page.on('requestfailed', (r) => console.log('failed', r.url()));
	page.on('response', (r) => { if (r.status() >= 400) console.log('status', r.status(), r.url()); });
	await page.goto(`${srv.url}${process.argv[2] ?? ''}`);
	await page.waitForFunction(() => performance.getEntriesByType('measure').some((m) => m.name.startsWith('pathwatch:render')));
	console.log(await page.evaluate(() => performance.getEntriesByType('measure').map((m) => `${m.name} ${m.duration.toFixed(1)}`)));
	await page.screenshot({ path: `/tmp/shot-${scheme}.png`, fullPage: true });
	await page.close();
}
await browser.close();
await srv.close();
