/**
 * IP anonymisation for public outputs (DESIGN, Privacy). Default: the network prefix (/24,
 * /48), exactly as alert issues show it (`anonymizeIp`). With a secret salt: a keyed hash
 * (HMAC-SHA256), stable across builds with the same salt, which cannot be reversed by
 * enumerating the address space without the salt.
 */
import { createHmac } from 'node:crypto';
import { anonymizeIp } from '../../../worker/src/contract/anonymize.ts';
import type { IpAnonymisation } from './types.ts';

export function anonymiseIp(ip: string, how: IpAnonymisation): string {
	switch (how.mode) {
		case 'none':
			return ip;
		case 'hash':
			return `anon-${createHmac('sha256', how.salt).update(ip.trim().toLowerCase()).digest('hex').slice(0, 12)}`;
		case 'prefix':
			return anonymizeIp(ip);
	}
}

/** A one-line description of the anonymisation in effect, for the dashboard. */
export function describeAnonymisation(how: IpAnonymisation): string {
	switch (how.mode) {
		case 'none':
			return 'IP addresses are shown in full: the site owner turned anonymisation off.';
		case 'hash':
			return 'IP addresses are replaced by a keyed hash (HMAC-SHA256 with a secret salt).';
		case 'prefix':
			return 'IP addresses are truncated to their /24 (IPv4) or /48 (IPv6) network.';
	}
}
