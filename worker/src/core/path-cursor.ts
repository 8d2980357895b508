/**
 * Opaque keyset cursors for a collector's path pages: the sort and the last row's sort key,
 * so a page boundary stays stable while new paths arrive.
 */
import { z } from 'zod';

export const PATH_SORTS = ['count', 'recent', 'path'] as const;
export type PathSort = (typeof PATH_SORTS)[number];

/** The last row of a page, in sort-key terms: `value` is the count, the last-seen time, or unused (path sort). */
export type PathCursor = { sort: PathSort; value: number; method: string; path: string };

const CursorSchema = z.tuple([z.enum(PATH_SORTS), z.number().int(), z.string(), z.string()]);

function toBase64Url(text: string): string {
	let bin = '';
	for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
		Uint8Array.from(bin, (c) => c.charCodeAt(0)),
	);
}

export function encodePathCursor(c: PathCursor): string {
	return toBase64Url(JSON.stringify([c.sort, c.value, c.method, c.path]));
}

/** Decodes a cursor for `sort`; null when it is malformed or was made for another sort. */
export function decodePathCursor(text: string, sort: PathSort): PathCursor | null {
	if (text.length > 8192 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
	try {
		const parsed = CursorSchema.safeParse(JSON.parse(fromBase64Url(text)));
		if (!parsed.success || parsed.data[0] !== sort) return null;
		const [s, value, method, path] = parsed.data;
		return { sort: s, value, method, path };
	} catch {
		// Not base64 or not JSON: a forged or truncated cursor.
		return null;
	}
}
