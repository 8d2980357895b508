/**
 * Claims for overlapping runs (Fischer's timed mutual exclusion, with the issue body as the
 * shared register). A run writes its id into the hidden state of every issue it is about to
 * notify for, each right after reading that issue; waits longer than any run takes between
 * such a read and its write (`notify.claim_settle`: one paced write, about a second); reads
 * again, and delivers only where its own claim survived: of runs that raced, the last writer
 * wins and every one of them sees that. A claim expires after the lease, so a run that died
 * mid-delivery never blocks the next.
 */

import { MINUTE_MS } from '../../../../worker/src/contract/time.ts';
import type { NotifyState } from './notify-state.ts';

export const CLAIM_LEASE_MS = 10 * MINUTE_MS;

/** True when this run may claim: no claim, its own, or one whose lease ran out. */
export function mayClaim(n: NotifyState, run: string, now: number): boolean {
	const c = n.claim;
	return c === null || c.run === run || now - Date.parse(c.at) >= CLAIM_LEASE_MS;
}

export function withClaim(n: NotifyState, run: string, now: number): NotifyState {
	return { ...n, claim: { run, at: new Date(now).toISOString() } };
}

export function holdsClaim(n: NotifyState, run: string): boolean {
	return n.claim?.run === run;
}
