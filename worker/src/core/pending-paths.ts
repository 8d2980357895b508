/**
 * A collector's path deltas not yet folded into its path rows. A request stores them, whole,
 * in the event-id segment it writes anyway (objects/seen-ids.ts): one row written per request
 * instead of one per (method, path) plus the segment. They are folded (one upsert per path)
 * when they outgrow FOLD_AT_BYTES, from the alarm, and before anything reads the path rows.
 *
 * Merging follows the path upsert exactly (adapters/collector-sql.ts `upsertPaths`): counts
 * add, first and last seen take the min and max, the client is the one of the latest event.
 */
import { pathKey } from './collector-batch.ts';
import type { PathRow } from './rpc.ts';

export type PendingPath = {
	method: string;
	path: string;
	count: number;
	firstSeen: number;
	lastSeen: number;
	/** The (user agent, country) dictionary id of the latest event, null for neither. */
	client: number | null;
	/** Its stored form, kept until it changes: a request re-encodes only the paths it touched. */
	json?: string | undefined;
	/** The UTF-8 bytes of `json` (SQLite stores text as UTF-8), kept with it. */
	bytes?: number | undefined;
};

export type PendingPaths = Map<string, PendingPath>;

/**
 * Above this many bytes of JSON (as SQLite stores it, UTF-8) a request folds instead of storing:
 * the segment row (ids up to 1,000 bytes plus these) then stays within one 4 KB page, whatever
 * the paths' characters (a character may take up to 4 bytes).
 */
export const FOLD_AT_BYTES = 2400;

/** The UTF-8 length of a string (a well-formed one: JSON escapes lone surrogates). */
export function utf8Bytes(text: string): number {
	let bytes = text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) continue;
		// Two more for U+0800 and up, one for U+0080–07FF; a surrogate pair (2 units) is 4 bytes.
		if (c < 0x800) bytes += 1;
		else if (c >= 0xd800 && c <= 0xdbff) {
			bytes += 2;
			i++;
		} else bytes += 2;
	}
	return bytes;
}

type Counts = { count: number; firstSeen: number; lastSeen: number };

/** Adds `d`'s counts to `into` as the path upsert does: counts add, first and last seen widen. */
function addCounts(into: Counts, d: Counts): void {
	into.count += d.count;
	into.firstSeen = Math.min(into.firstSeen, d.firstSeen);
	into.lastSeen = Math.max(into.lastSeen, d.lastSeen);
}

/** Adds one (method, path) group, as the upsert of its row would. */
export function addPending(pending: PendingPaths, key: string, d: PendingPath): void {
	const p = pending.get(key);
	if (!p) {
		pending.set(key, { ...d, json: undefined, bytes: undefined });
		return;
	}
	p.json = undefined;
	p.bytes = undefined;
	if (d.lastSeen >= p.lastSeen) p.client = d.client;
	addCounts(p, d);
}

/** The stored form, an array of [method, path, count, firstSeen, lastSeen, client], and its UTF-8 bytes. */
export function encodePending(pending: PendingPaths): { text: string; bytes: number } {
	const rows: string[] = [];
	// The brackets, and a comma between rows.
	let bytes = 1 + pending.size;
	for (const p of pending.values()) {
		if (p.json === undefined || p.bytes === undefined) {
			p.json = JSON.stringify([p.method, p.path, p.count, p.firstSeen, p.lastSeen, p.client]);
			p.bytes = utf8Bytes(p.json);
		}
		rows.push(p.json);
		bytes += p.bytes;
	}
	return { text: `[${rows.join(',')}]`, bytes };
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
/** Any finite time: what the path rows would have stored, so nothing written is ever refused. */
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Reads the stored form back; throws on anything this code did not write (a corrupt row must
 * stop the object, not lose or invent counts).
 */
export function decodePending(text: string | null): PendingPaths {
	const pending: PendingPaths = new Map();
	if (text === null) return pending;
	const rows: unknown = JSON.parse(text);
	if (!Array.isArray(rows)) throw new Error('stored path deltas are not an array');
	for (const r of rows) {
		if (!Array.isArray(r) || r.length !== 6) throw new Error('stored path delta is malformed');
		const [method, path, count, firstSeen, lastSeen, client] = r as unknown[];
		if (typeof method !== 'string' || typeof path !== 'string')
			throw new Error('stored path delta is malformed');
		if (!isInt(count) || !isTime(firstSeen) || !isTime(lastSeen) || !(client === null || isInt(client)))
			throw new Error('stored path delta is malformed');
		addPending(pending, pathKey(method, path), { method, path, count, firstSeen, lastSeen, client });
	}
	return pending;
}

type Aggregate = Counts & { key: string };

/** The path rows' aggregates as they will be once `pending` is folded in (the summary's input). */
export function withPending(rows: readonly Aggregate[], pending: PendingPaths): Aggregate[] {
	if (pending.size === 0) return [...rows];
	const out = new Map<string, Aggregate>();
	for (const r of rows) out.set(r.key, { ...r });
	for (const [key, p] of pending) {
		const r = out.get(key);
		if (r) addCounts(r, p);
		else out.set(key, { key, count: p.count, firstSeen: p.firstSeen, lastSeen: p.lastSeen });
	}
	return [...out.values()];
}

/** Code unit order adjusted to code point order, which is SQLite's BINARY order of UTF-8 text. */
function compareText(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		let x = a.charCodeAt(i);
		let y = b.charCodeAt(i);
		if (x === y) continue;
		// Surrogates (U+D800–DFFF) encode code points above U+FFFF: they sort after U+E000–FFFF.
		if (x >= 0xd800) x += x <= 0xdfff ? 0x2000 : -0x800;
		if (y >= 0xd800) y += y <= 0xdfff ? 0x2000 : -0x800;
		return x - y;
	}
	return a.length - b.length;
}

type Client = { userAgent: string | null; country: string | null };

/**
 * The path rows as they will be once `pending` is folded in, in the rows' order (method, then
 * path), read without writing: an export of an object with unfolded deltas stays read-only.
 * `clientOf` resolves a dictionary id (every id in `pending` is in the dictionary).
 */
export function rowsWithPending(
	rows: readonly PathRow[],
	pending: PendingPaths,
	clientOf: (id: number) => Client | undefined,
): PathRow[] {
	if (pending.size === 0) return [...rows];
	const client = (id: number | null): Client => {
		const c = id === null ? undefined : clientOf(id);
		if (id !== null && c === undefined) throw new Error(`path delta names unknown client ${id}`);
		return { userAgent: c?.userAgent ?? null, country: c?.country ?? null };
	};
	const out = new Map<string, PathRow>();
	for (const r of rows) out.set(pathKey(r.method, r.path), { ...r });
	let added = false;
	for (const [key, p] of pending) {
		const r = out.get(key);
		if (!r) {
			const c = client(p.client);
			const { method, path, count, firstSeen, lastSeen } = p;
			out.set(key, {
				method,
				path,
				count,
				firstSeen,
				lastSeen,
				lastUserAgent: c.userAgent,
				country: c.country,
			});
			added = true;
			continue;
		}
		if (p.lastSeen >= r.lastSeen) {
			const c = client(p.client);
			r.lastUserAgent = c.userAgent;
			r.country = c.country;
		}
		addCounts(r, p);
	}
	const merged = [...out.values()];
	if (added) merged.sort((a, b) => compareText(a.method, b.method) || compareText(a.path, b.path));
	return merged;
}
