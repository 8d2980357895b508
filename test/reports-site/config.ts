import { type Config, ConfigSchema } from '../../action/src/core/config/config.ts';
import { thresholdsFromConfig } from '../../action/src/site/site-input.ts';
import type { Thresholds } from '../../reports-site/src/index.ts';

/** The built-in config (the seed's thresholds), exactly as `--config` absent produces. */
export const DEFAULT_CONFIG_FOR_TESTS: Config = ConfigSchema.parse({});

/** The built-in config's display thresholds, as the action hands them to the site. */
export const SEED_THRESHOLDS: Thresholds = thresholdsFromConfig(DEFAULT_CONFIG_FOR_TESTS);
