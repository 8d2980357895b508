/**
 * No raw IP in a job's error, log line or result (DESIGN, Privacy): messages can carry
 * addresses from anywhere (a collector's exception, a platform error), so whatever a job stores
 * or logs passes through here and shows each address as its network prefix (/24, /48).
 */
import { networkPrefix } from '../../contract/ip.ts';

// Maximal runs of address characters (linear: no backtracking), each checked by the one parser.
const RUN = /[0-9A-Fa-f:.]+/g;

/** `text` with every IPv4/IPv6 address replaced by its network prefix. */
export function redactIps(text: string): string {
	return text.replace(RUN, (run) => {
		// A sentence may end right after an address: "… from 192.0.2.7."
		const trimmed = run.replace(/[.:]$/, '');
		const prefix = networkPrefix(trimmed);
		return prefix === null ? run : prefix + run.slice(trimmed.length);
	});
}
