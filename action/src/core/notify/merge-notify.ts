/**
 * Merging two copies of an issue's notify state: the one a writer is about to write and the
 * one the issue holds right now. Deliveries are a union per (channel, transition): a recorded
 * delivery is never forgotten, so a lagging writer cannot make a channel hear a transition
 * twice. Ack and silence are decided by their timestamps (newest wins; an unsilence is an
 * expired silence, so it carries a time too). The claim belongs to whoever writes it.
 */
import { type Severity, severityRank } from '../../../../worker/src/contract/severity.ts';
import type { ChannelRecord, NotifyState } from './notify-state.ts';

type Stamped = { at: string } | null;

const time = (iso: string | undefined | null): number => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

/** The later of two stamped entries; `a` (the writer's) on a tie. */
function newest<T extends Stamped>(a: T, b: T): T {
	if (a === null) return b;
	if (b === null) return a;
	return time(b.at) > time(a.at) ? b : a;
}

/** The later episode `since` of two (ISO, or undefined/null for none). */
function laterSince<T extends string | undefined | null>(a: T, b: T): T {
	if (!a) return b;
	if (!b) return a;
	return time(b) > time(a) ? b : a;
}

/** `<since>|<severity>` keys: the later episode, then the higher severity. */
function laterFired(a: string | undefined, b: string | undefined): string | undefined {
	if (!a) return b;
	if (!b) return a;
	const [sa = '', va] = a.split('|');
	const [sb = '', vb] = b.split('|');
	if (time(sa) !== time(sb)) return time(sb) > time(sa) ? b : a;
	return severityRank(vb as Severity) > severityRank(va as Severity) ? b : a;
}

/** One channel's record: each transition's newest delivery; attempt bookkeeping from the newer attempt. */
export function mergeChannelRecord(
	mine: ChannelRecord | undefined,
	theirs: ChannelRecord | undefined,
): ChannelRecord {
	if (!mine) return theirs ?? { failures: 0 };
	if (!theirs) return mine;
	const attempt = time(theirs.at) > time(mine.at) ? theirs : mine;
	const out: ChannelRecord = { failures: attempt.failures };
	const fired = laterFired(mine.fired, theirs.fired);
	const escalated = laterSince(mine.escalated, theirs.escalated);
	const resolved = laterSince(mine.resolved, theirs.resolved);
	if (fired) out.fired = fired;
	if (escalated) out.escalated = escalated;
	if (resolved) out.resolved = resolved;
	if (attempt.error !== undefined) out.error = attempt.error;
	if (attempt.at !== undefined) out.at = attempt.at;
	return out;
}

/** Who is writing: the claim is the writer's own only when it manages deliveries. */
export type NotifyWriter = 'deliveries' | 'other';

/** `mine` (about to be written) merged with `theirs` (on the issue now). */
export function mergeNotifyState(mine: NotifyState, theirs: NotifyState, writer: NotifyWriter): NotifyState {
	const sent: Record<string, ChannelRecord> = {};
	for (const channel of new Set([...Object.keys(theirs.sent), ...Object.keys(mine.sent)]))
		sent[channel] = mergeChannelRecord(mine.sent[channel], theirs.sent[channel]);
	return {
		ack: newest(mine.ack, theirs.ack),
		silence: newest(mine.silence, theirs.silence),
		escalated: laterSince(mine.escalated, theirs.escalated),
		sent,
		claim: writer === 'deliveries' ? mine.claim : theirs.claim,
	};
}
