// Bindings the worker tests see: the Worker's own Env plus the test-only variables.
declare namespace Cloudflare {
	interface Env {
		INGEST_TOKEN?: string;
		PATHWATCH_FAULTS?: string;
	}
}
