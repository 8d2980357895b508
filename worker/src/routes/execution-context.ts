import type { WaitUntil } from '../adapters/front-metrics.ts';

/** The execution context, or null under `app.request()` without one (nothing to flush to then). */
export function executionContextOf(c: { executionCtx: WaitUntil }): WaitUntil | null {
	try {
		return c.executionCtx;
	} catch {
		// Hono throws when the runtime gave no context (direct `app.request()` in tests).
		return null;
	}
}
