/**
 * No raw IP in an error, log line, job result or summary (DESIGN, Privacy): messages can carry
 * addresses from anywhere (a collector's exception, a platform error, a request path), so
 * whatever the Worker logs or a job stores, and what the action reports of a failed request,
 * passes through here and shows each address as its network prefix (/24, /48). In the contract
 * because both sides redact alike.
 */
import { networkPrefix } from './ip.ts';

// Maximal runs of address characters (linear: no backtracking), each checked by the one parser.
const RUN = /[0-9A-Fa-f:.]+/g;
// Runs of IPv4 characters inside a run that is not one address as a whole (`192.0.2.7:8080`).
const V4_RUN = /[0-9.]+/g;
/** Longer than any written address (45 characters) plus a trailing dot: never worth parsing. */
const MAX_ADDRESS = 46;

/** The run's network prefix when the run, minus a sentence's final `.` or `:`, is one address. */
function prefixOf(run: string): string | null {
	if (run.length > MAX_ADDRESS + 1) return null;
	// A sentence may end right after an address: "… from 192.0.2.7."
	const trimmed = run.endsWith('.') || run.endsWith(':') ? run.slice(0, -1) : run;
	const prefix = networkPrefix(trimmed);
	return prefix === null ? null : prefix + run.slice(trimmed.length);
}

/**
 * One run with its addresses masked: the whole run, else an address glued after a word and a
 * colon (`failed:2001:db8::1`, tried only within the run's last MAX_ADDRESS characters so the
 * work stays linear), else IPv4 addresses followed by a port or glued to other characters.
 */
function redactRun(run: string): string {
	const whole = prefixOf(run);
	if (whole !== null) return whole;
	for (let k = run.indexOf(':', run.length - MAX_ADDRESS - 2); k !== -1; k = run.indexOf(':', k + 1)) {
		const tail = prefixOf(run.slice(k + 1));
		if (tail !== null) return redactV4(run.slice(0, k + 1)) + tail;
	}
	return redactV4(run);
}

function redactV4(text: string): string {
	return text.replace(V4_RUN, (run) => prefixOf(run) ?? run);
}

/** `text` with every IPv4/IPv6 address replaced by its network prefix. */
export function redactIps(text: string): string {
	return text.replace(RUN, redactRun);
}
