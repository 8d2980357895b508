/**
 * IP address validation and canonicalisation. The canonical text names the client's Durable
 * Object and its journal entries, so two spellings of one address must map to one string:
 * IPv4 in plain dotted decimal, IPv6 in RFC 5952 form, and IPv4-mapped IPv6 (`::ffff:a.b.c.d`)
 * as the IPv4 address it carries.
 */

const IPV4_PART = /^(0|[1-9]\d{0,2})$/;

function parseIpv4(text: string): number[] | null {
	const parts = text.split('.');
	if (parts.length !== 4) return null;
	const bytes: number[] = [];
	for (const p of parts) {
		// Leading zeros are rejected: some parsers read them as octal, so their meaning is ambiguous.
		if (!IPV4_PART.test(p)) return null;
		const n = Number(p);
		if (n > 255) return null;
		bytes.push(n);
	}
	return bytes;
}

function parseHextets(text: string): number[] | null {
	if (text === '') return [];
	const out: number[] = [];
	for (const g of text.split(':')) {
		if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
		out.push(Number.parseInt(g, 16));
	}
	return out;
}

/** Parses an IPv6 address into its 8 hextets (an embedded IPv4 tail counts as two). */
function parseIpv6(text: string): number[] | null {
	let body = text;
	let tail: number[] = [];
	const lastColon = body.lastIndexOf(':');
	if (body.slice(lastColon + 1).includes('.')) {
		const v4 = parseIpv4(body.slice(lastColon + 1));
		if (!v4) return null;
		tail = [((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0)];
		// Keep the separating colon so `::1.2.3.4` still splits around its `::`.
		body = body.slice(0, lastColon + 1);
		body = body.endsWith('::') ? body : body.slice(0, -1);
	}
	const halves = body.split('::');
	if (halves.length > 2) return null;
	const head = parseHextets(halves[0] ?? '');
	const rest = halves.length === 2 ? parseHextets(halves[1] ?? '') : [];
	if (!head || !rest) return null;
	const given = head.length + rest.length + tail.length;
	if (halves.length === 1) return given === 8 ? [...head, ...tail] : null;
	if (given > 7) return null;
	return [...head, ...new Array<number>(8 - given).fill(0), ...rest, ...tail];
}

/** RFC 5952: lower case, no leading zeros, the longest run (≥ 2) of zero hextets as `::`. */
function formatIpv6(h: number[]): string {
	let bestStart = -1;
	let bestLen = 0;
	for (let i = 0; i < 8; ) {
		if (h[i] !== 0) {
			i++;
			continue;
		}
		let j = i;
		while (j < 8 && h[j] === 0) j++;
		if (j - i > bestLen) [bestStart, bestLen] = [i, j - i];
		i = j;
	}
	const hex = h.map((n) => n.toString(16));
	if (bestLen < 2) return hex.join(':');
	return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** Returns the canonical form of an IPv4 or IPv6 address, or null when `text` is not one. */
export function canonicalIp(text: string): string | null {
	if (text.length === 0 || text.length > 45) return null;
	if (!text.includes(':')) return parseIpv4(text)?.join('.') ?? null;
	const h = parseIpv6(text);
	if (!h) return null;
	const mapped = h.slice(0, 5).every((n) => n === 0) && h[5] === 0xffff;
	if (mapped) {
		const a = h[6] ?? 0;
		const b = h[7] ?? 0;
		return [a >> 8, a & 0xff, b >> 8, b & 0xff].join('.');
	}
	return formatIpv6(h);
}
