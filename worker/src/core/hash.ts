/**
 * The 32-bit hashes the Worker uses where a value must spread evenly and stay the same across
 * isolates and deployments: shard choice, seen-id fingerprints, fault sampling, HyperLogLog.
 */

/** FNV-1a over the text's UTF-16 code units, unsigned. */
export function fnv1a32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** murmur3's final avalanche (fmix32): near-identical inputs end up far apart. Unsigned. */
export function fmix32(h: number): number {
	let x = h;
	x ^= x >>> 16;
	x = Math.imul(x, 0x85ebca6b);
	x ^= x >>> 13;
	x = Math.imul(x, 0xc2b2ae35);
	x ^= x >>> 16;
	return x >>> 0;
}

/** FNV-1a followed by the avalanche: a well-spread 32-bit hash of a short text. */
export const hash32 = (text: string): number => fmix32(fnv1a32(text));
