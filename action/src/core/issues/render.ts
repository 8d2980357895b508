/**
 * Issue titles, bodies and comments. Everything that did not come from the repository's own
 * config passes through `neutralize`; bodies end with the fingerprint marker and state block.
 */

import { anonymizeIp } from '../../../../worker/src/contract/anonymize.ts';
import type { AlertEval } from '../alerts/alert.ts';
import { formatValue } from '../alerts/metrics.ts';
import { formatDuration } from '../config/duration.ts';
import { capBody, neutralize, neutralizePlain } from '../sanitize.ts';
import { type AlertState, fingerprintMarker, serializeState } from './state.ts';

/** The busiest clients and their top paths, attached to traffic alerts. */
export type ClientContext = {
	ip: string;
	requests: number;
	paths: {
		method: string;
		path: string;
		count: number;
		lastUserAgent: string | null;
		country: string | null;
	}[];
};

export function renderTitle(e: AlertEval): string {
	return neutralizePlain(`${e.alertname}: ${e.summary}`, 180);
}

const utc = (ms: number | string | null) =>
	ms === null ? 'n/a' : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function statusLine(e: AlertEval, state: AlertState, now: number): string {
	const since = Date.parse(state.since);
	if (state.status === 'firing')
		return `**${state.severity.toUpperCase()}** · firing since ${utc(since)} (${formatDuration(now - since)})`;
	const end = state.resolvedAt ? Date.parse(state.resolvedAt) : now;
	return `**RESOLVED** · was ${state.severity} from ${utc(since)} to ${utc(end)} (${formatDuration(end - since)})${e.status === 'nodata' ? ' · no data now' : ''}`;
}

function factsTable(e: AlertEval, state: AlertState): string[] {
	const labels = Object.entries(e.labels)
		.map(([k, v]) => `${neutralize(k, 50)}=${neutralize(v, 100)}`)
		.join(', ');
	const rows = [
		['Alert', neutralize(e.alertname, 100)],
		['Severity', state.severity],
		[state.status === 'resolved' ? 'Value at resolution' : 'Value', neutralize(formatValue(e.value, e.unit))],
		['Threshold', neutralize(formatValue(e.threshold, e.unit))],
		['Labels', labels],
		['Fingerprint', e.fingerprint],
	];
	if (e.suppressedBy) rows.push(['Suppressed', neutralize(e.suppressedBy)]);
	if (state.flapping) rows.push(['Flapping', 'yes: close/reopen and comments paused']);
	return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function clientsSection(clients: readonly ClientContext[]): string[] {
	if (clients.length === 0) return [];
	const out = [
		'### Top clients',
		'',
		'IPs are truncated to their network prefix.',
		'',
		'| Client | Requests | Method | Path | Count | User agent | Country |',
		'|---|---:|---|---|---:|---|---|',
	];
	for (const c of clients) {
		const client = neutralize(anonymizeIp(c.ip), 60);
		if (c.paths.length === 0) out.push(`| ${client} | ${c.requests} | | | | | |`);
		for (const p of c.paths)
			out.push(
				`| ${client} | ${c.requests} | ${neutralize(p.method, 10)} | ${neutralize(p.path, 300)} | ${p.count} | ${neutralize(p.lastUserAgent ?? '', 120)} | ${neutralize(p.country ?? '', 10)} |`,
			);
	}
	return [...out, ''];
}

function episodesSection(state: AlertState): string[] {
	const recent = state.episodes.slice(-10);
	if (recent.length === 0) return [];
	return [
		'### Recent episodes',
		'',
		...recent.map((ep) => {
			const end = ep.to ? Date.parse(ep.to) : null;
			return `- ${utc(ep.from)} → ${end === null ? 'now' : `${utc(end)} (${formatDuration(end - Date.parse(ep.from))})`}`;
		}),
		'',
	];
}

/** The whole issue body; `clients` only for traffic alerts. Always under GitHub's size limit. */
export function renderBody(
	e: AlertEval,
	state: AlertState,
	now: number,
	clients: readonly ClientContext[] = [],
): string {
	const content = [
		fingerprintMarker(e.fingerprint),
		statusLine(e, state, now),
		'',
		`> ${neutralize(e.summary, 300)}`,
		'',
		...factsTable(e, state),
		'',
		...(e.description ? [e.description, ''] : []),
		...(e.runbookUrl ? [`Runbook: <${e.runbookUrl}>`, ''] : []),
		...(e.details.length ? ['### Details', '', ...e.details.map((d) => `- ${d}`), ''] : []),
		...(e.traffic ? clientsSection(clients) : []),
		...episodesSection(state),
		'---',
		`<sub>Managed by pathwatch: rewritten on every state change (last ${utc(now)}). Comment below rather than editing this text.</sub>`,
	].join('\n');
	return capBody(content, serializeState(state));
}

/** Comment texts, one per lifecycle event. */
export const comments = {
	escalated: (e: AlertEval) =>
		`Escalated to **critical**: ${neutralize(formatValue(e.value, e.unit))} (threshold ${neutralize(formatValue(e.threshold, e.unit))}).`,
	deescalated: (e: AlertEval) =>
		`De-escalated to **warning**: ${neutralize(formatValue(e.value, e.unit))} (warning threshold ${neutralize(formatValue(e.threshold, e.unit))}).`,
	resolved: (e: AlertEval, firedMs: number) =>
		`Resolved after ${formatDuration(firedMs)}: now ${neutralize(formatValue(e.value, e.unit))}.`,
	refired: (e: AlertEval, severity: string, quietMs: number) =>
		`Firing again (**${severity}**) ${formatDuration(quietMs)} after it resolved: ${neutralize(formatValue(e.value, e.unit))} (threshold ${neutralize(formatValue(e.threshold, e.unit))}).`,
	missed: (episodes: readonly { start: number; end: number | null }[]) =>
		`Fired between two monitor runs, recorded from the collector's time series:\n${episodes
			.map((ep) => `- ${utc(ep.start)} → ${utc(ep.end)} (${formatDuration((ep.end ?? ep.start) - ep.start)})`)
			.join('\n')}`,
	flapping: (pct: number, windowMs: number, low: number) =>
		`Flapping: the state changed ${pct.toFixed(0)}% of the time over the last ${formatDuration(windowMs)}. Close/reopen and comments pause until it settles below ${low}%.`,
	settled: (pct: number, resolved: boolean) =>
		`No longer flapping (${pct.toFixed(0)}%).${resolved ? ' The condition has cleared: closing.' : ''}`,
	duplicate: (keep: number, fp: string) =>
		`Duplicate of #${keep} (same fingerprint \`${fp}\`): closing this one.`,
	retired: (reason: string) => `Closing: ${reason}.`,
};
