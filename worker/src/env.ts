/**
 * The Worker's bindings and its settings. Variables are parsed (settings.ts) once per isolate
 * per env object. Nothing deeper in the code reads `env.X` as a number: it asks
 * `settingsOf(env)`. A bad value is a 500 `invalid_config` naming the variable.
 */
import { UpstreamError } from './core/errors.ts';
import { parseSettings, type Settings } from './settings.ts';

export { parseSettings, type Settings } from './settings.ts';

/**
 * Bindings as the code sees them: the generated `Env` plus the optional secrets and variables
 * that `wrangler.jsonc` deliberately does not declare.
 */
export type Bindings = Env & {
	/** When set, `POST /record` requires `Bearer INGEST_TOKEN`. */
	INGEST_TOKEN?: string;
	/** Optional path normalisation rules (JSON, see core/normalize-path.ts). */
	PATH_RULES?: unknown;
	/** Development only (`.dev.vars` / `--var`): fault injection for DO calls. Never deployed. */
	PATHWATCH_FAULTS?: string;
};

export type AppEnv = { Bindings: Bindings };

// Per isolate, keyed by the env object: the runtime hands the same object to every request, and
// a test that overrides variables builds a new one, so each distinct configuration parses once.
const cache = new WeakMap<object, ReturnType<typeof parseSettings>>();

let warnedOpenIngest = false;

/** Once per isolate: an open ingest is a deployment choice worth a line in `wrangler tail`. */
function warnIfIngestOpen(settings: Settings): void {
	if (settings.ingestToken !== null || warnedOpenIngest) return;
	warnedOpenIngest = true;
	console.warn(
		JSON.stringify({
			level: 'warn',
			msg: 'ingest is open: INGEST_TOKEN is not set, so anyone with the URL can record events',
			fix: 'wrangler secret put INGEST_TOKEN',
		}),
	);
}

/** The settings of `env`, parsed on first use; throws a 500 `invalid_config` on a bad variable. */
export function settingsOf(env: object): Settings {
	let parsed = cache.get(env);
	if (!parsed) {
		parsed = parseSettings(env);
		cache.set(env, parsed);
		if (parsed.ok) warnIfIngestOpen(parsed.settings);
	}
	if (!parsed.ok) throw new UpstreamError(500, 'invalid_config', parsed.error);
	return parsed.settings;
}
