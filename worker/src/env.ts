/**
 * Bindings as the code sees them: the generated `Env` plus the optional secrets and the
 * development-only fault switch that `wrangler.jsonc` deliberately does not declare.
 */
export type Bindings = Env & {
	/** When set, `POST /record` requires `Bearer INGEST_TOKEN`. */
	INGEST_TOKEN?: string;
	/** Development only (`.dev.vars` / `--var`): fault injection for DO calls. Never deployed. */
	PATHWATCH_FAULTS?: string;
};

export type AppEnv = { Bindings: Bindings };
