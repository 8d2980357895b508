import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICES, grossPrice } from '../../action/src/core/cost/prices.ts';
import { pricedRows, renderJobSummary } from '../../action/src/core/jobs/job-progress.ts';
import type { JobStatus } from '../../worker/src/contract/index.ts';

function optimizeStatus(result: JobStatus['result']): JobStatus {
	return {
		id: 'optimize-1',
		type: 'optimize',
		state: 'succeeded',
		progress: { done: 2, total: 2, percent: 100, phase: 'done' },
		createdAt: '2026-12-01T00:00:00.000Z',
		updatedAt: '2026-12-01T00:00:05.000Z',
		finishedAt: '2026-12-01T00:00:05.000Z',
		result,
	};
}

describe('job results priced by the action', () => {
	it('prices the quantities the Worker measured with the dated price table', () => {
		const status = optimizeStatus({ flushed: 500, savedQuantities: { doRequests: 500, gbSeconds: 640 } });
		const usd =
			grossPrice(DEFAULT_PRICES.items.do_requests, 500) + grossPrice(DEFAULT_PRICES.items.do_duration, 640);
		expect(usd).toBeGreaterThan(0);
		const rows = Object.fromEntries(pricedRows(status));
		expect(rows.estimatedSavingsUsd).toBe(
			`${usd.toFixed(6)} (Workers Paid list prices as of ${DEFAULT_PRICES.asOf})`,
		);
		expect(renderJobSummary(status, { budgetExhausted: false })).toContain('| estimatedSavingsUsd |');
	});

	it("prices with the table it is given (the config's overrides), as the job command passes it", () => {
		const status = optimizeStatus({ flushed: 500, savedQuantities: { doRequests: 500, gbSeconds: 640 } });
		const doubled = {
			...DEFAULT_PRICES,
			plan: 'Contract',
			items: {
				...DEFAULT_PRICES.items,
				do_requests: {
					...DEFAULT_PRICES.items.do_requests,
					price: DEFAULT_PRICES.items.do_requests.price * 2,
				},
			},
		};
		const usd = grossPrice(doubled.items.do_requests, 500) + grossPrice(doubled.items.do_duration, 640);
		expect(renderJobSummary(status, { budgetExhausted: false }, doubled)).toContain(
			`| estimatedSavingsUsd | ${usd.toFixed(6)} (Contract list prices as of ${DEFAULT_PRICES.asOf}) |`,
		);
	});

	it('adds nothing to results without quantities', () => {
		expect(pricedRows(optimizeStatus({ flushed: 1 }))).toEqual([]);
		expect(pricedRows(optimizeStatus(null))).toEqual([]);
	});
});
