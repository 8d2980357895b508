/**
 * Compares a presented bearer token with the configured secret in constant time
 * (the comparison length depends only on the secret and the presented value's length).
 */
export function tokensMatch(presented: string, expected: string): boolean {
	const a = new TextEncoder().encode(presented);
	const b = new TextEncoder().encode(expected);
	let diff = a.length ^ b.length;
	for (let i = 0; i < b.length; i++) diff |= (a[i % Math.max(a.length, 1)] ?? 0) ^ (b[i] ?? 0);
	return diff === 0;
}

/** Extracts the token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined | null): string | null {
	if (!header) return null;
	const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
	return m?.[1] ?? null;
}
