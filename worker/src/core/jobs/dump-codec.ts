/**
 * Encodes collector dumps as dataset records and reads them back. Backups and archives store
 * the dump exactly (epoch milliseconds, every field) so a restore reproduces every count;
 * exports are for people and spreadsheets (ISO times, CSV).
 */
import { CollectorDumpSchema } from '../collector-dump.ts';
import type { CollectorDump } from '../rpc.ts';

/** One NDJSON line (without the newline). */
export function encodeDumpLine(dump: CollectorDump): string {
	return JSON.stringify(dump);
}

/** Parses every line of an NDJSON part; throws naming the first bad line. */
export function decodeDumpLines(text: string): CollectorDump[] {
	const out: CollectorDump[] = [];
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (!line) continue;
		const parsed = CollectorDumpSchema.safeParse(JSON.parse(line));
		if (!parsed.success)
			throw new Error(`line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid dump'}`);
		out.push(parsed.data);
	}
	return out;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The export's JSON record for one IP (one NDJSON line in the part; array element on download). */
export function encodeExportJson(dump: CollectorDump): string {
	return JSON.stringify({
		ip: dump.ip,
		totalRequests: dump.totalRequests,
		overflowRequests: dump.overflowRequests,
		firstSeen: iso(dump.firstSeen),
		lastActivity: iso(dump.lastActivity),
		paths: dump.paths.map((p) => ({ ...p, firstSeen: iso(p.firstSeen), lastSeen: iso(p.lastSeen) })),
	});
}

export const CSV_HEADER = 'ip,method,path,count,first_seen,last_seen,last_user_agent,country';

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula:
 * paths and user agents are attacker-controlled.
 */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	let s = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * CSV rows (each ending in a newline) for one IP: one per path, plus an `(overflow)` row for
 * requests beyond the per-IP path cap, so the counts of an IP's rows add up to its total.
 */
export function encodeExportCsv(dump: CollectorDump): string {
	const rows = dump.paths.map((p) =>
		[dump.ip, p.method, p.path, p.count, iso(p.firstSeen), iso(p.lastSeen), p.lastUserAgent, p.country]
			.map(csvCell)
			.join(','),
	);
	if (dump.overflowRequests > 0) {
		rows.push(
			[dump.ip, '*', '(overflow)', dump.overflowRequests, null, iso(dump.lastActivity), null, null]
				.map(csvCell)
				.join(','),
		);
	}
	return rows.map((r) => `${r}\n`).join('');
}
