import { redactIps } from '../../contract/redact.ts';
import { truncateText } from '../../contract/text.ts';

/**
 * A job step failure with a stable code. `permanent` failures (a missing or corrupt backup, a
 * shard without archive support) fail the job at once: retrying cannot help. Anything else a
 * step throws is transient and retried with backoff.
 */
export class JobError extends Error {
	override readonly name = 'JobError';
	readonly code: string;
	readonly permanent: boolean;
	constructor(code: string, message: string, options: { permanent?: boolean; cause?: unknown } = {}) {
		super(message, { cause: options.cause });
		this.code = code;
		this.permanent = options.permanent ?? false;
	}
}

/** A dataset part or manifest whose bytes do not match what was written. */
export class ChecksumError extends JobError {
	constructor(key: string, detail: string, permanent = false) {
		super('checksum_mismatch', `${key}: ${detail}`, { permanent });
	}
}

/** Code and message of anything thrown, for the job's stored error (and log line): addresses redacted. */
export function describeError(err: unknown): { code: string; message: string; permanent: boolean } {
	if (err instanceof JobError)
		return { code: err.code, message: redactIps(err.message), permanent: err.permanent };
	const message = err instanceof Error ? err.message : String(err);
	return { code: 'step_failed', message: redactIps(truncateText(message, 500)), permanent: false };
}
