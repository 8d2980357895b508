/**
 * The real pipeline: the collector Worker under `wrangler dev` on 127.0.0.1 records traffic
 * (with hostile paths and user agents), the site is built from its admin API with the monitor's
 * cost and health models and an (empty) local issue tracker, and Chromium checks the page.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import { type LocalWorker, startLocalWorker } from '../../action/src/adapters/local-worker.ts';
import { createWorkerClient } from '../../action/src/adapters/worker-client.ts';
import { followJob } from '../../action/src/commands/job.ts';
import { buildSiteFromCollector } from '../../action/src/site/publish.ts';
import { type StaticServer, serveDir } from '../../reports-site/src/serve.ts';
import { SnapshotSchema } from '../../worker/src/contract/index.ts';
import {
	haveChromium,
	launchChromium,
	openWatched,
	runAxe,
	screenshot,
	waitForCharts,
} from './browser-harness.ts';

const ADMIN_TOKEN = 'site-e2e-admin';
const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=2">',
	'{{constructor}}',
];
const IPS = ['203.0.113.7', '198.51.100.23', '2001:db8:aa:bb::5'];

describe.skipIf(!haveChromium)('site built from a running collector', () => {
	let worker: LocalWorker;
	let browser: Browser;
	let server: StaticServer;
	let dir: string;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'pathwatch-site-live-'));
		worker = await startLocalWorker({
			persistTo: join(dir, 'state'),
			vars: { ADMIN_TOKEN, FLUSH_INTERVAL_MS: '500' },
		});
		const events = IPS.flatMap((ip, i) =>
			HOSTILE.map((h, j) => ({
				ip,
				path: `/api/v1/${h}/${i}`,
				method: 'GET',
				userAgent: h,
				country: ['DE', 'US', 'JP'][i],
				id: `e-${i}-${j}`,
			})),
		);
		const res = await fetch(`${worker.url}/record`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ events }),
		});
		expect(res.status).toBe(202);
		// Collectors report to their shards within a flush interval.
		const deadline = Date.now() + 30_000;
		for (;;) {
			const snap = SnapshotSchema.parse(
				await (
					await fetch(`${worker.url}/api/admin/snapshot`, {
						headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
					})
				).json(),
			);
			if (snap.summary.totalIps >= IPS.length) break;
			if (Date.now() > deadline) throw new Error(`shards saw ${snap.summary.totalIps} IPs after 30 s`);
			await new Promise((r) => setTimeout(r, 500));
		}
		// One maintenance job, so the Operations section has a run to show.
		const client = createWorkerClient({ url: worker.url, token: ADMIN_TOKEN });
		await client.startJob('repair', {}, 'repair-site-e2e');
		const job = await followJob(client, 'repair-site-e2e', {
			budgetMs: 60_000,
			intervalMs: 500,
			signal: new AbortController().signal,
			print: () => {},
		});
		expect(job.status.state).toBe('succeeded');
		await buildSiteFromCollector({
			url: worker.url,
			token: ADMIN_TOKEN,
			outDir: join(dir, 'site'),
			tracker: createLocalTracker(join(dir, 'issues')),
		});
		server = await serveDir(join(dir, 'site'));
		browser = await launchChromium();
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		await worker?.stop();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('renders the collector figures cleanly, anonymised and accessible', async () => {
		const summary = JSON.parse(await readFile(join(dir, 'site/api/summary.json'), 'utf8'));
		expect(summary.summary.totalIps).toBe(IPS.length);
		expect(summary.alerts).toEqual({ firing: [], resolved: [] });
		const { page, problems, close } = await openWatched(browser, server.url);
		await waitForCharts(page, '24h');
		expect(await page.locator('#card-total-dos + .card-value .value').textContent()).toBe(String(IPS.length));
		const html = await page.content();
		for (const ip of IPS) expect(html).not.toContain(ip);
		expect(html).toContain('203.0.113.0/24');
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('img').count()).toBe(0);
		expect(await runAxe(page)).toEqual([]);
		await screenshot(page, 'dashboard-live-worker');
		expect(problems).toEqual([]);
		await close();
	});

	it.each(['light', 'dark'] as const)(
		'shows the Paths, Clients (with a drill-down page) and Operations sections, inert and accessible (%s)',
		async (colorScheme) => {
			const { page, problems, close } = await openWatched(browser, server.url, {
				colorScheme,
				bypassCSP: true,
			});
			await waitForCharts(page, '24h');
			const paths = (await page.locator('#paths').textContent()) ?? '';
			// Every recorded path is in the top-paths table, with its request count.
			for (const h of HOSTILE) expect(paths).toContain(h.split('/')[0]);
			expect(await page.locator('#paths tbody tr').first().locator('td').first().textContent()).toMatch(
				/^\d+$/,
			);
			const clients = (await page.locator('#clients').textContent()) ?? '';
			expect(clients).toContain('203.0.113.0/24');
			// The first client's error rate and mean call latency, measured, not "not measured".
			const firstRow = await page.locator('#clients tbody tr').first().locator('td').allTextContents();
			expect(firstRow[1]).toBe('0%');
			expect(firstRow[2]).toMatch(/^\d+(\.\d+)? (ms|s)$/);
			for (const country of ['DE', 'US', 'JP']) expect(clients).toContain(country);
			const operations = (await page.locator('#operations').textContent()) ?? '';
			expect(operations).toMatch(/repair\s*✓ succeeded/);
			expect(await runAxe(page)).toEqual([]);
			await page.locator('#clients a[href="clients/1.html"]').click();
			await page.waitForURL(/clients\/1\.html$/);
			const detail = (await page.locator('#client-paths').textContent()) ?? '';
			expect(detail).toContain('/api/v1/');
			expect(detail).toContain('other');
			// The client's daily trend from the Worker's per-IP counts: its three events, all today.
			const today = new Date().toISOString().slice(0, 10);
			const trend = page.locator('#client-trend');
			const lead = (await trend.locator('.section-lead').textContent()) ?? '';
			expect(lead).toContain(`3 requests from`);
			expect(lead).toContain(`on 1 of 30 days; busiest ${today} with 3.`);
			expect(await trend.locator('svg.spark path').getAttribute('d')).toMatch(/^M0 \d/);
			expect(await trend.locator('.visually-hidden').first().textContent()).toContain(
				'Sparkline: requests per UTC day',
			);
			await trend.locator('details summary').click();
			expect(await trend.locator('tbody tr th').allTextContents()).toEqual([today]);
			// Requests, missed events, mean and slowest collector call, as the front Worker timed them.
			const cells = await trend.locator('tbody tr td').allTextContents();
			expect(cells.slice(0, 2)).toEqual(['3', '0']);
			for (const ms of cells.slice(2)) expect(ms).toMatch(/^\d+(\.\d+)? (ms|s)$/);
			const facts = (await page.locator('#client-summary dl').textContent()) ?? '';
			expect(facts).toContain('Error rate, last 30 days0%');
			expect(facts).toMatch(/Call latency, mean\d+(\.\d+)? (ms|s)/);
			expect(await page.content()).not.toContain('keeps no per-client daily counts');
			const html = await page.content();
			for (const ip of IPS) expect(html).not.toContain(ip);
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(await page.locator('img, [onerror], svg[onload]').count()).toBe(0);
			expect(await runAxe(page)).toEqual([]);
			await screenshot(page, `client-page-${colorScheme}`);
			expect(problems).toEqual([]);
			await close();
		},
	);
});
