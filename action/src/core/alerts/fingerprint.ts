import { createHash } from 'node:crypto';

/**
 * The identity of an alert: 16 hex characters of SHA-256 over its sorted label set
 * (alertname plus rule labels). Severity is not a label, so critical supersedes warning on
 * the same issue instead of opening a second one.
 */
export function fingerprint(labels: Record<string, string>): string {
	const canonical = Object.keys(labels)
		.sort()
		.map((k) => `${k}=${JSON.stringify(labels[k])}`)
		.join('\n');
	return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

export const FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/;
