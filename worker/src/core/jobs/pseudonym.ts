/**
 * Export pseudonyms (DESIGN, Privacy): an export names each IP by a keyed hash, `anon-` and 16
 * hex digits of HMAC-SHA256. The key is random per export job and never leaves the job's own
 * storage, so one export's pseudonyms stay consistent across its parts but cannot be linked to
 * another export's, nor reversed by hashing the whole address space.
 */

/** A fresh random key (hex), created once per export job. */
export function newPseudonymKey(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join(
		'',
	);
}

/** Returns a function mapping an IP to its pseudonym under `keyHex`. */
export async function pseudonymiser(keyHex: string): Promise<(ip: string) => Promise<string>> {
	const bytes = new Uint8Array(keyHex.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);
	const key = await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
	const encoder = new TextEncoder();
	return async (ip) => {
		const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(ip)));
		return `anon-${Array.from(mac.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('')}`;
	};
}
