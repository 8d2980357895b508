/** The notification part of the job summary. */
import { neutralize } from '../sanitize.ts';
import type { Transition } from './transitions.ts';

/**
 * Table cells and list text: neutralised like every untrusted string in the summary (a receiver's
 * error body included): no HTML, no Markdown link or image, no line break, no pipe to end a cell.
 */
const cell = (s: string) => neutralize(s, 200);

export type DeliveryLine = {
	channel: string;
	alertname: string;
	issue: number;
	transition: Transition | 'resend';
	ok: boolean;
	attempts: number;
	error?: string;
};

export type NotifySummaryInput = {
	deliveries: readonly DeliveryLine[];
	held: readonly { number: number; alertname: string; reason: string }[];
	yielded: readonly number[];
};

export function renderNotifySummary(r: NotifySummaryInput): string {
	if (r.deliveries.length === 0 && r.held.length === 0 && r.yielded.length === 0) return '';
	const failed = r.deliveries.filter((d) => !d.ok);
	const lines = [
		'',
		'### Notifications',
		'',
		`${r.deliveries.length - failed.length} delivered, ${failed.length} failed (retried on the next run).`,
		'',
	];
	if (r.deliveries.length > 0) {
		lines.push('| Channel | Alert | Issue | Event | Result |', '|---|---|---:|---|---|');
		for (const d of r.deliveries) {
			const result = d.ok
				? `ok (${d.attempts} attempt${d.attempts === 1 ? '' : 's'})`
				: `failed: ${cell(d.error ?? '')}`;
			lines.push(`| ${cell(d.channel)} | ${cell(d.alertname)} | #${d.issue} | ${d.transition} | ${result} |`);
		}
		lines.push('');
	}
	for (const h of r.held) lines.push(`- ${cell(h.alertname)} (#${h.number}): held, ${cell(h.reason)}`);
	for (const n of r.yielded) lines.push(`- #${n}: another run is delivering its notifications`);
	return `${lines.join('\n')}\n`;
}
