/** The monitor's reads of the collector: snapshot, series and usage (priced), and top clients. */
import type { WorkerClient } from '../adapters/worker-client.ts';
import type { ScrapeData } from '../core/alerts/evaluate.ts';
import type { Config } from '../core/config/config.ts';
import { costOptionsFor } from '../core/config/cost.ts';
import { analyzeCost } from '../core/cost/cost.ts';
import { DEFAULT_PRICES, mergePrices, type PriceTable } from '../core/cost/prices.ts';
import type { ClientContext } from '../core/issues/render.ts';

/**
 * Days of usage fetched: the quarter so far (quarter_forecast_cost prices its three billing
 * periods) plus the 14-day baseline before it. One request whatever the number.
 */
const USAGE_DAYS = 92 + 14;
const TOP_CLIENTS = 3;

export function pricesFor(config: Config): PriceTable {
	const p = config.cost.prices;
	return mergePrices(
		DEFAULT_PRICES,
		p && { asOf: p.as_of, plan: p.plan, subscription: p.subscription, items: p.items },
	);
}

export async function scrape(
	collector: WorkerClient,
	config: Config,
	now: Date,
): Promise<{ data: ScrapeData | null; error: string | null }> {
	try {
		const [snapshot, timeseries, usage] = await Promise.all([
			collector.snapshot(),
			collector.timeseries('24h'),
			collector.usage(USAGE_DAYS),
		]);
		const cost = analyzeCost(usage, pricesFor(config), now, costOptionsFor(config.cost));
		return { data: { snapshot, timeseries, usage, cost }, error: null };
	} catch (e) {
		return { data: null, error: e instanceof Error ? e.message : String(e) };
	}
}

/** Top clients and their busiest paths, fetched only when a traffic alert's issue is written. */
export async function clientContext(collector: WorkerClient, data: ScrapeData): Promise<ClientContext[]> {
	const top = data.snapshot.topIps.slice(0, TOP_CLIENTS);
	return Promise.all(
		top.map(async (t) => {
			const detail = await collector.ipDetail(t.ip, 10);
			const paths = [...detail.paths.items].sort((a, b) => b.count - a.count).slice(0, 5);
			return { ip: t.ip, requests: t.requests, paths };
		}),
	);
}
