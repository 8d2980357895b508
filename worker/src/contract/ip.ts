/**
 * IP address validation and canonicalisation: the one parser of the project (the Worker keys
 * collectors with it; the action and the dashboard anonymise with it). The canonical text names
 * the client's Durable Object and its journal entries, so two spellings of one address must map
 * to one string: IPv4 in plain dotted decimal, IPv6 in RFC 5952 form, and IPv4-mapped IPv6
 * (`::ffff:a.b.c.d`) as the IPv4 address it carries. Pure: no Worker internals, no I/O.
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

/** A parsed address: IPv4 as 4 bytes, IPv6 as 8 hextets (IPv4-mapped IPv6 comes back as IPv4). */
export type ParsedIp = { version: 4; bytes: number[] } | { version: 6; hextets: number[] };

/** Parses an IPv4 or IPv6 address, or returns null when `text` is not one. */
export function parseIp(text: string): ParsedIp | null {
	if (text.length === 0 || text.length > 45) return null;
	if (!text.includes(':')) {
		const bytes = parseIpv4(text);
		return bytes ? { version: 4, bytes } : null;
	}
	const h = parseIpv6(text);
	if (!h) return null;
	if (h.slice(0, 5).every((n) => n === 0) && h[5] === 0xffff) {
		const a = h[6] ?? 0;
		const b = h[7] ?? 0;
		return { version: 4, bytes: [a >> 8, a & 0xff, b >> 8, b & 0xff] };
	}
	return { version: 6, hextets: h };
}

function formatIp(ip: ParsedIp): string {
	return ip.version === 4 ? ip.bytes.join('.') : formatIpv6(ip.hextets);
}

/** Returns the canonical form of an IPv4 or IPv6 address, or null when `text` is not one. */
export function canonicalIp(text: string): string | null {
	const ip = parseIp(text);
	return ip ? formatIp(ip) : null;
}

/** Zeroes every bit after the first `bits` of `units` (each `unitBits` wide). */
function maskUnits(units: number[], unitBits: number, bits: number): number[] {
	return units.map((u, i) => {
		const keep = Math.min(unitBits, Math.max(0, bits - i * unitBits));
		const mask = keep === 0 ? 0 : ((1 << unitBits) - 1) ^ ((1 << (unitBits - keep)) - 1);
		return u & mask;
	});
}

/**
 * The network an address belongs to in CIDR form, e.g. `192.0.2.0/24` or `2001:db8:1::/48`
 * (the anonymised form public outputs show); null when `text` is not an address.
 */
export function networkPrefix(
	text: string,
	bits: { v4: number; v6: number } = { v4: 24, v6: 48 },
): string | null {
	const ip = parseIp(text);
	if (!ip) return null;
	if (ip.version === 4) return `${maskUnits(ip.bytes, 8, bits.v4).join('.')}/${bits.v4}`;
	return `${formatIpv6(maskUnits(ip.hextets, 16, bits.v6))}/${bits.v6}`;
}
