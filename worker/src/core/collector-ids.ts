/**
 * Seen event ids, packed: a collector keeps the ids it counted (for idempotent retries and
 * journal replays) as a few blobs, one per receipt minute, instead of one row per event. Each
 * entry is lossless, so deduplication stays exact: a canonical lowercase UUID (the ids the front
 * Worker assigns) takes 17 bytes, any other id its UTF-8 bytes plus one length byte.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_TAG = 0;
const MAX_ID_BYTES = 255;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function uuidBytes(id: string): number[] {
	const hex = id.replaceAll('-', '');
	return Array.from({ length: 16 }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

const hexDigit = (n: number) => (n < 10 ? 48 + n : 87 + n);

/**
 * Built from char codes in one call: V8 keeps the result as one flat 36-character string (about
 * 80 bytes as a Set entry). Slices joined by a template stay a tree of string pieces, about 390
 * bytes per id (measured in Node), which every id read back from a segment would cost in memory.
 */
function uuidText(bytes: Uint8Array): string {
	const codes: number[] = [];
	for (const [i, b] of bytes.entries()) {
		codes.push(hexDigit(b >> 4), hexDigit(b & 15));
		if (i === 3 || i === 5 || i === 7 || i === 9) codes.push(45); // '-'
	}
	return String.fromCharCode(...codes);
}

/** Packs ids into one blob; throws on an id longer than 255 UTF-8 bytes (the front Worker allows 128). */
export function packIds(ids: readonly string[]): Uint8Array {
	const out: number[] = [];
	for (const id of ids) {
		if (UUID.test(id)) {
			out.push(UUID_TAG, ...uuidBytes(id));
			continue;
		}
		const bytes = encoder.encode(id);
		if (bytes.length === 0 || bytes.length > MAX_ID_BYTES)
			throw new Error(`event id must be 1–${MAX_ID_BYTES} bytes, got ${bytes.length}`);
		out.push(bytes.length, ...bytes);
	}
	return Uint8Array.from(out);
}

/** The ids of a blob written by `packIds`, in order; throws on a truncated or corrupt blob. */
export function unpackIds(blob: Uint8Array): string[] {
	const ids: string[] = [];
	let at = 0;
	while (at < blob.length) {
		const tag = blob[at++] ?? 0;
		const size = tag === UUID_TAG ? 16 : tag;
		if (at + size > blob.length) throw new Error('corrupt id blob: entry runs past the end');
		const bytes = blob.subarray(at, at + size);
		ids.push(tag === UUID_TAG ? uuidText(bytes) : decoder.decode(bytes));
		at += size;
	}
	return ids;
}

/** Bytes `packIds` uses for one id (to cut segments at a size). */
export function packedSize(id: string): number {
	return UUID.test(id) ? 17 : encoder.encode(id).length + 1;
}
