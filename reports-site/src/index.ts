/**
 * reports-site's entry: the only module other components import. It renders a plain input
 * (SiteInput) into a static dashboard and serves a built one locally; gathering the data is
 * the caller's job (the action's `site` command).
 */
export { BudgetExceededError, type BuildOptions, type BuildResult, buildSite, renderSite } from './build.ts';
export {
	type AlertView,
	AlertViewListSchema,
	type ClientInput,
	type CostInput,
	type HealthInput,
	type IpAnonymisation,
	type JobScheduleEntry,
	type LevelPair,
	type PathsInput,
	type SchedulerInfo,
	type SiteInput,
	type Thresholds,
} from './core/types.ts';
export { type StaticServer, serveDir } from './serve.ts';
