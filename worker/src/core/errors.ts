import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A request the caller must change: maps to a 4xx with a stable code. Nothing was stored. */
export class UserError extends Error {
	override readonly name = 'UserError';
	readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;
	readonly code: string;
	readonly details?: unknown;
	constructor(status: UserError['status'], code: string, message: string, details?: unknown) {
		super(message);
		this.status = status;
		this.code = code;
		this.details = details;
	}
}

/** A dependency (Durable Object, KV, R2) failed: maps to a 5xx carrying which part failed. */
export class UpstreamError extends Error {
	override readonly name = 'UpstreamError';
	readonly status: 500 | 502 | 503 | 504;
	readonly code: string;
	readonly details?: unknown;
	constructor(status: UpstreamError['status'], code: string, message: string, details?: unknown) {
		super(message);
		this.status = status;
		this.code = code;
		this.details = details;
	}
}

export type ErrorPayload = { error: { code: string; message: string; details?: unknown } };

/** The one mapping from a thrown value to a status and the JSON error body. */
export function toErrorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorPayload } {
	if (err instanceof UserError || err instanceof UpstreamError) {
		const body: ErrorPayload = { error: { code: err.code, message: err.message } };
		if (err.details !== undefined) body.error.details = err.details;
		return { status: err.status, body };
	}
	return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}
