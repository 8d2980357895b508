/**
 * The Business, Paths, Clients and Operations sections' view models over the synthetic input
 * (built through the action's own site-input assembly), and their drill-down pages.
 */
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../reports-site/src/build.ts';
import { confidenceText } from '../../reports-site/src/core/sections/cost-panel.ts';
import { buildViewModel } from '../../reports-site/src/core/view-model.ts';
import { viewOptions } from '../../reports-site/src/core/view-options.ts';
import { SEED_THRESHOLDS } from './config.ts';
import { FIXED_NOW, syntheticSiteInput } from './fixtures.ts';

const input = syntheticSiteInput();
const page = buildViewModel(input, viewOptions({ thresholds: SEED_THRESHOLDS }));

describe('dashboard sections', () => {
	it('ranks paths with clients, error rate, methods and a trend sparkline; lists new paths', () => {
		const paths = page.paths;
		expect(paths?.rows.map((r) => r.path).slice(0, 2)).toEqual(['/api/users/:id', '/api/orders']);
		expect(paths?.rows[1]).toMatchObject({
			requests: '46,000',
			clients: '830',
			methods: 'POST 999, GET 200',
		});
		expect(paths?.rows.every((r) => r.spark !== null)).toBe(true);
		expect(paths?.methods[0]?.label).toBe('GET');
		expect(paths?.fresh.map((f) => f.path)).toEqual(['/health', '/api/search']);
		expect(paths?.note).toContain('12 requests went to paths past');
	});

	it('anonymises clients and links each fetched one to its own page', () => {
		const rows = page.clients.rows;
		expect(rows[0]?.label).toMatch(/\/(24|48)$/);
		expect(rows.slice(0, 5).every((r, i) => r.href === `clients/${i + 1}.html`)).toBe(true);
		expect(rows.slice(5).every((r) => r.href === null)).toBe(true);
		expect(page.clients.agents.map((a) => a.label).sort()).toEqual(
			expect.arrayContaining(['Firefox', 'Python', 'curl']),
		);
		// Over the last 30 days: client i missed 5·i of its 500 events; 10 calls averaging 16 ms. The
		// fourth client's Worker measured no calls.
		expect(rows.map((r) => [r.errorRate, r.latency])).toEqual([
			['0%', '16 ms'],
			['1%', '16 ms'],
			['2%', '16 ms'],
			['not measured', 'not measured'],
		]);
		const files = renderSite(input, { thresholds: SEED_THRESHOLDS });
		const first = files.get('clients/1.html') ?? '';
		expect(first).toContain('/api/orders');
		expect(first).not.toContain(input.clients?.[0]?.ip ?? '?');
		expect(files.has('clients/6.html')).toBe(false);
		const second = files.get('clients/2.html') ?? '';
		expect(second).toContain('<dt>Error rate, last 30 days</dt><dd>1%</dd>');
		expect(second).toContain('<dt>Call latency, slowest</dt><dd>51 ms</dd>');
		expect(second).toMatch(
			/<th scope="row">\d{4}-\d{2}-\d{2}<\/th><td>300<\/td><td>3<\/td><td>20 ms<\/td><td>51 ms<\/td>/,
		);
		expect(files.get('clients/4.html')).toContain('<dt>Call latency, mean</dt><dd>not measured</dd>');
	});

	it('flags a failed and an overdue job, a verified backup and the repair findings', () => {
		const jobs = Object.fromEntries(page.operations.jobs.map((j) => [j.type, j]));
		expect(jobs.compact?.status.level).toBe('critical');
		expect(jobs.compact?.status.text).toBe('Failed (shard_unavailable)');
		expect(jobs.cleanup?.overdue).toBe(true);
		expect(jobs.backup?.overdue).toBe(false);
		expect(jobs.export?.result).toBe('never ran');
		expect(page.operations.backupStatus.level).toBe('ok');
		expect(page.operations.repair).toContain('inconsistent: 2');
		expect(page.operations.journal).toBe('Nothing waiting for replay.');
	});

	it('compares business figures with the previous week', () => {
		const cards = Object.fromEntries(page.business.map((c) => [c.id, c]));
		expect(cards['biz-active']?.change?.basis).toBe('vs the previous 7 days');
		expect(cards['biz-requests']?.change).not.toBeNull();
		expect(cards['biz-new-clients']?.value).toBe('37');
		expect(cards['biz-growth']?.value).toBe('3.1%');
		expect(Date.parse(input.generatedAt)).toBe(FIXED_NOW.getTime());
	});

	it('compares new clients and new paths over 7 days with the 7 before, from the per-hour counts', () => {
		const month = input.timeseries['30d'];
		const hours = month.series.requests.length;
		// One new client every hour of the last week, one every other hour the week before; paths 3× that.
		const newIps = Array.from({ length: hours }, (_, i) =>
			i >= hours - 168 ? 1 : i >= hours - 336 ? (i % 2 === 0 ? 1 : 0) : 0,
		);
		const newPaths = newIps.map((n) => 3 * n);
		const withCounts = {
			...input,
			timeseries: { ...input.timeseries, '30d': { ...month, series: { ...month.series, newIps, newPaths } } },
		};
		const view = buildViewModel(withCounts, viewOptions({ thresholds: SEED_THRESHOLDS }));
		const cards = Object.fromEntries(view.business.map((c) => [c.id, c]));
		expect(cards['biz-new-clients']).toMatchObject({
			label: 'New clients, last 7 days',
			value: '168',
			change: { text: '+100%', direction: 'up', basis: 'vs the previous 7 days' },
		});
		expect(cards['biz-new-clients']?.hint).toMatch(/^37 today; /);
		expect(cards['biz-new-clients']?.spark).not.toBeNull();
		expect(cards['biz-new-paths']).toMatchObject({ value: '504', change: { text: '+100%' } });
		// An older Worker's month without the counts: today's figure, no comparison claimed.
		expect(cards['biz-new-paths']?.hint).toMatch(/ today; .* paths across all clients$/);
		const older = Object.fromEntries(page.business.map((c) => [c.id, c]));
		expect(older['biz-new-clients']).toMatchObject({
			label: 'New clients today',
			compares: false,
			change: null,
		});
	});

	it('states the forecast confidence with the band it comes from, also when the band is wider than the projection', () => {
		expect(confidenceText({ cost: 100, low: 95, high: 105, confidence: 0.95 })).toBe(
			'95% (95% band ±5% of the projection)',
		);
		expect(confidenceText({ cost: 1.39, low: 0.62, high: 4.35, confidence: 0 })).toBe(
			'0% (95% band ±134% of the projection)',
		);
	});
});
