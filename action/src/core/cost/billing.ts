/**
 * What an account's bill looks like to pathwatch: included allowances are account-wide (other
 * Workers on the account draw on them too), so config says how much of each pathwatch may
 * count; and the billing period starts on the account's own day of the month. Pure.
 */
import { DAY_MS } from '../../../../worker/src/contract/time.ts';
import { METERED_COMPONENTS, type MeteredComponent, type PriceTable } from './prices.ts';
import { isoDate } from './usage-days.ts';

/** `all` of an included allowance, `none` of it, or a fraction 0–1. */
export type AllowanceShare = 'all' | 'none' | number;
/** One share for every line, or per line with an optional `default` for the others. */
export type AllowanceConfig = AllowanceShare | Partial<Record<MeteredComponent | 'default', AllowanceShare>>;

function shareOf(share: AllowanceShare | undefined): number {
	if (share === undefined || share === 'all') return 1;
	if (share === 'none') return 0;
	return Math.min(1, Math.max(0, share));
}

/** The table with each line's included amount scaled to the share pathwatch may count. */
export function applyAllowances(prices: PriceTable, config: AllowanceConfig | undefined): PriceTable {
	if (config === undefined || config === 'all') return prices;
	const items = { ...prices.items };
	for (const key of METERED_COMPONENTS) {
		const share = typeof config === 'object' ? shareOf(config[key] ?? config.default) : shareOf(config);
		items[key] = { ...items[key], included: items[key].included * share };
	}
	return { ...prices, items };
}

export type BillingPeriod = {
	/** First day, `YYYY-MM-DD`. */
	start: string;
	/** First day of the next period (exclusive). */
	end: string;
	/** `YYYY-MM` of the start: the period's label, a calendar month when the day is 1. */
	label: string;
	days: number;
};

/** The billing period holding `now` (UTC) when periods start on `day` (1–28) of each month. */
export function billingPeriod(now: Date, day = 1): BillingPeriod {
	const y = now.getUTCFullYear();
	const m = now.getUTCMonth() - (now.getUTCDate() < day ? 1 : 0);
	const startMs = Date.UTC(y, m, day);
	const endMs = Date.UTC(y, m + 1, day);
	const start = isoDate(startMs);
	return {
		start,
		end: isoDate(endMs),
		label: start.slice(0, 7),
		days: Math.round((endMs - startMs) / DAY_MS),
	};
}

/** The three billing periods of the calendar quarter in which `period` starts. */
export function quarterPeriods(period: BillingPeriod, day = 1): { label: string; periods: BillingPeriod[] } {
	const start = new Date(`${period.start}T00:00:00Z`);
	const q = Math.floor(start.getUTCMonth() / 3);
	const y = start.getUTCFullYear();
	const periods = [0, 1, 2].map((i) => billingPeriod(new Date(Date.UTC(y, q * 3 + i, day)), day));
	return { label: `${y}-Q${q + 1}`, periods };
}
