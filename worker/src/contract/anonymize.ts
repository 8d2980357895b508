/**
 * IPs are personal data: public outputs (issues, job summaries, the dashboard) show them
 * truncated to their network prefix, /24 for IPv4 and /48 for IPv6. In the contract because
 * the action (issues, summaries) and the dashboard must truncate alike.
 */
export function anonymizeIp(ip: string): string {
	const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ip.trim());
	if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
	if (ip.includes(':')) {
		const groups = expandIpv6(ip.trim());
		if (groups) return `${groups.slice(0, 3).join(':')}::/48`;
	}
	return 'unknown';
}

function expandIpv6(ip: string): string[] | null {
	const [head, tail, ...rest] = ip.split('::');
	if (rest.length) return null;
	const left = head ? head.split(':') : [];
	const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
	const missing = 8 - left.length - right.length;
	if (missing < 0 || (tail === undefined && missing !== 0)) return null;
	const groups = [...left, ...new Array(tail === undefined ? 0 : missing).fill('0'), ...right];
	if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
	return groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
