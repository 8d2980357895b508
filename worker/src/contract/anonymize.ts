/**
 * IPs are personal data: public outputs (issues, job summaries, the dashboard) show them
 * truncated to their network prefix, /24 for IPv4 and /48 for IPv6. In the contract because
 * the action (issues, summaries) and the dashboard must truncate alike; parsed by the one IP
 * parser (./ip.ts), so an IPv4-mapped IPv6 address is truncated as the IPv4 address it is.
 */
import { parseIp } from './ip.ts';

export function anonymizeIp(ip: string): string {
	const parsed = parseIp(ip.trim());
	if (!parsed) return 'unknown';
	if (parsed.version === 4) return `${parsed.bytes.slice(0, 3).join('.')}.0/24`;
	return `${parsed.hextets
		.slice(0, 3)
		.map((h) => h.toString(16))
		.join(':')}::/48`;
}
