import { type Config, ConfigSchema } from '../../action/src/core/config/config.ts';

/** The built-in config (the seed's thresholds), exactly as `--config` absent produces. */
export const DEFAULT_CONFIG_FOR_TESTS: Config = ConfigSchema.parse({});
