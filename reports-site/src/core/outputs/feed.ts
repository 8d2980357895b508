/**
 * Atom feed of incidents (RFC 4287): one entry per firing or recently resolved alert, newest
 * first. Every string is XML-escaped and stripped of characters XML 1.0 cannot carry.
 */
import { safeHttpUrl, selectAlerts } from '../sections/alerts.ts';
import type { AlertView } from '../types.ts';

// Characters outside the XML 1.0 Char production (control characters, lone surrogates, U+FFFE/F).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(s: string): string {
	return s
		.replace(NOT_XML_CHAR, '\uFFFD')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export type FeedOptions = {
	siteUrl: string | null;
	title: string;
	generatedAt: string;
	now: number;
	withinDays: number;
};

export function renderAtomFeed(alerts: AlertView[] | null, o: FeedOptions): string {
	const { firing, resolved } = selectAlerts(alerts, o.now, o.withinDays);
	const updatedOf = (a: AlertView) => a.resolvedAt ?? a.openedAt;
	const entries = [...firing, ...resolved].sort(
		(a, b) => Date.parse(updatedOf(b)) - Date.parse(updatedOf(a)),
	);
	const base = o.siteUrl ? safeHttpUrl(o.siteUrl.replace(/\/?$/, '/')) : null;
	const head = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(base ? `${base}feed.xml` : 'urn:pathwatch:incidents')}</id>`,
		`  <title>${escapeXml(`${o.title} incidents`)}</title>`,
		`  <updated>${escapeXml(entries[0] ? updatedOf(entries[0]) : o.generatedAt)}</updated>`,
		'  <author><name>pathwatch</name></author>',
		'  <generator>pathwatch</generator>',
		...(base
			? [
					`  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}feed.xml`)}"/>`,
					`  <link rel="alternate" type="text/html" href="${escapeXml(base)}"/>`,
				]
			: []),
	];
	return `${[...head, ...entries.map(entry), '</feed>'].join('\n')}\n`;
}

function entry(a: AlertView): string {
	const url = safeHttpUrl(a.url);
	const state = a.state === 'firing' ? 'firing' : 'resolved';
	const labels = Object.entries(a.labels)
		.sort(([x], [y]) => x.localeCompare(y))
		.map(([k, v]) => `${k}=${v}`)
		.join(', ');
	const summary =
		a.state === 'firing'
			? `Firing since ${a.openedAt}.`
			: `Opened ${a.openedAt}, resolved ${a.resolvedAt ?? 'at an unknown time'}.`;
	return [
		'  <entry>',
		`    <id>urn:pathwatch:alert:${escapeXml(encodeURIComponent(a.fingerprint))}:${Date.parse(a.openedAt)}</id>`,
		`    <title>${escapeXml(`[${a.severity}] ${a.title} (${state})`)}</title>`,
		`    <published>${escapeXml(a.openedAt)}</published>`,
		`    <updated>${escapeXml(a.resolvedAt ?? a.openedAt)}</updated>`,
		...(url ? [`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`] : []),
		`    <category term="${escapeXml(a.severity)}"/>`,
		`    <summary type="text">${escapeXml(labels ? `${summary} Labels: ${labels}.` : summary)}</summary>`,
		'  </entry>',
	].join('\n');
}
