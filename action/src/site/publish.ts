/**
 * One call for the demo and the e2e test: read a running collector (and, optionally, alert
 * issues through an issue tracker), compute cost and health with the monitor's models, build
 * the site. `pathwatch site` does the same with arguments and environment.
 */
import { type BuildOptions, type BuildResult, buildSite } from '../../../reports-site/src/index.ts';
import { createWorkerClient } from '../adapters/worker-client.ts';
import { listAlertIssues } from '../alert-issues.ts';
import { type Config, ConfigSchema } from '../core/config/config.ts';
import type { IssueTracker } from '../core/issues/ports.ts';
import { assembleSiteInput, thresholdsFromConfig, toAlertView } from './site-input.ts';
import { fetchCollectorData } from './sources.ts';

export type PublishOptions = {
	/** Collector base URL and admin token. */
	url: string;
	token: string;
	outDir: string;
	/** Where alert issues live; without one the page says alerts were not read. */
	tracker?: IssueTracker;
	/** Defaults to the built-in config (the seed's thresholds and list prices). */
	config?: Config;
	now?: Date;
	/** View options; thresholds default to the config's. */
	build?: Partial<BuildOptions>;
};

export async function buildSiteFromCollector(o: PublishOptions): Promise<BuildResult> {
	const config = o.config ?? ConfigSchema.parse({});
	const now = o.now ?? new Date();
	const [data, alerts] = await Promise.all([
		fetchCollectorData(createWorkerClient({ url: o.url, token: o.token })),
		o.tracker
			? listAlertIssues(o.tracker, { label: config.issues.label, now, author: config.issues.author })
			: Promise.resolve(null),
	]);
	return buildSite(assembleSiteInput(data, alerts?.map(toAlertView) ?? null, config, now), o.outDir, {
		thresholds: thresholdsFromConfig(config),
		...o.build,
	});
}
