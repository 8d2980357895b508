import type { Snapshot, Timeseries, UsageDay } from '../../../../worker/src/contract/index.ts';
import type { Config } from '../config/config.ts';
import type { CostReport } from '../cost/cost.ts';
import type { PreviousState } from './alert.ts';

/** What one scrape produced; null when the scrape failed. */
export type ScrapeData = { snapshot: Snapshot; timeseries: Timeseries; usage: UsageDay[]; cost: CostReport };

export type EvalContext = {
	config: Config;
	/** Epoch ms. */
	now: number;
	data: ScrapeData | null;
	/** Why the scrape failed, when it did. */
	scrapeError: string | null;
	/** By fingerprint, from the open alert issues. */
	previous: ReadonlyMap<string, PreviousState>;
};
