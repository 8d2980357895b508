import { createApp } from './app.ts';

export { JobRunner } from './objects/job-runner.ts';
export { PathCollector } from './objects/path-collector.ts';
export { StatsShard } from './objects/stats-shard.ts';

export default { fetch: createApp().fetch } satisfies ExportedHandler<Env>;
