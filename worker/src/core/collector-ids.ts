/**
 * Seen event ids, packed: a collector keeps the ids it counted (for idempotent retries and
 * journal replays) as a few blobs, one per receipt minute, instead of one row per event. Each
 * entry is lossless, so deduplication stays exact: a canonical lowercase UUID (the ids the front
 * Worker assigns) takes 17 bytes, any other id its UTF-8 bytes plus one length byte.
 */

const UUID_TAG = 0;
const MAX_ID_BYTES = 255;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The value of a lowercase hex digit's char code (the UUID test admits no other). */
const hexValue = (c: number) => (c < 58 ? c - 48 : c - 87);

const isDash = (i: number) => i === 8 || i === 13 || i === 18 || i === 23;
const isLowerHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);

/**
 * A canonical lowercase UUID (`8-4-4-4-12` hex digits). Checked by char code, not a regular
 * expression: it runs for every recorded event, and the regular expression cost several times more
 * in workerd (CPU profile of the ingest bench).
 */
function isUuid(id: string): boolean {
	if (id.length !== 36) return false;
	for (let i = 0; i < 36; i++) {
		const c = id.charCodeAt(i);
		if (isDash(i) ? c !== 45 : !isLowerHex(c)) return false;
	}
	return true;
}

/** Writes a canonical UUID's 16 bytes at `at`, reading its hex pairs by char code (no substrings). */
function putUuid(id: string, out: Uint8Array, at: number): void {
	let i = 0;
	for (let b = 0; b < 16; b++) {
		if (isDash(i)) i++;
		out[at + b] = (hexValue(id.charCodeAt(i)) << 4) | hexValue(id.charCodeAt(i + 1));
		i += 2;
	}
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
	// Sized first, then written in place: packing runs on every recorded batch.
	const other = new Map<number, Uint8Array>();
	let size = 0;
	for (const [i, id] of ids.entries()) {
		if (isUuid(id)) {
			size += 17;
			continue;
		}
		const bytes = encoder.encode(id);
		if (bytes.length === 0 || bytes.length > MAX_ID_BYTES)
			throw new Error(`event id must be 1–${MAX_ID_BYTES} bytes, got ${bytes.length}`);
		other.set(i, bytes);
		size += bytes.length + 1;
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const [i, id] of ids.entries()) {
		const bytes = other.get(i);
		if (bytes === undefined) {
			out[at] = UUID_TAG;
			putUuid(id, out, at + 1);
			at += 17;
			continue;
		}
		out[at] = bytes.length;
		out.set(bytes, at + 1);
		at += bytes.length + 1;
	}
	return out;
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

/** Bytes of the entry starting at `at` in a blob written by `packIds` (its tag tells). */
export function entrySizeAt(blob: Uint8Array, at: number): number {
	const tag = blob[at] ?? 0;
	return tag === UUID_TAG ? 17 : tag + 1;
}

/** Bytes `packIds` uses for one id (to cut segments at a size). */
export function packedSize(id: string): number {
	return isUuid(id) ? 17 : encoder.encode(id).length + 1;
}
