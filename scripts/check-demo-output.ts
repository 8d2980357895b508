/**
 * CI check after `npm run demo -- --once`: the dashboard the demo left must show at least one
 * firing and one resolved alert, a month of history (data on at least 25 days of the 30-day
 * file), a value on every period comparison, and the Business, Paths, Clients (with drill-down
 * pages) and Operations sections with the demo's data; every machine-readable output must be there.
 */
import { readFile, stat } from 'node:fs/promises';

const DIST = 'reports-site/dist';
type AlertLite = { title: string; state: string; labels: Record<string, string> };
const summary = JSON.parse(await readFile(`${DIST}/api/summary.json`, 'utf8')) as {
	alerts?: { firing?: AlertLite[]; resolved?: AlertLite[] };
};
const problems: string[] = [];
const firing = summary.alerts?.firing ?? [];
const resolved = summary.alerts?.resolved ?? [];
if (firing.length === 0) problems.push('no firing alert on the dashboard');
if (resolved.length === 0) problems.push('no resolved alert on the dashboard');
for (const f of [
	'index.html',
	'feed.xml',
	'metrics.prom',
	'api/history-24h.json',
	'api/history-7d.json',
	'api/history-30d.json',
]) {
	if (!(await stat(`${DIST}/${f}`).catch(() => null))?.size)
		problems.push(`${DIST}/${f} is missing or empty`);
}
const html = await readFile(`${DIST}/index.html`, 'utf8');
for (const a of [...firing, ...resolved]) {
	const name = a.labels.alertname ?? '';
	if (!name || !html.includes(name)) problems.push(`alert '${a.title}' is not on the page`);
}
type History = { start: string; stepSeconds: number; series: { requests: (number | null)[] } };
const month = JSON.parse(await readFile(`${DIST}/api/history-30d.json`, 'utf8')) as History;
const days = new Set(
	month.series.requests.flatMap((v, i) =>
		v ? [new Date(Date.parse(month.start) + i * month.stepSeconds * 1000).toISOString().slice(0, 10)] : [],
	),
);
if (days.size < 25) problems.push(`the 30-day history has data on ${days.size} days, not at least 25`);
const missing = html.match(/no earlier period to compare/g)?.length ?? 0;
if (missing) problems.push(`${missing} period comparison(s) show no value`);
const section = (id: string) =>
	/<section id="[^"]+"/.exec(html.slice(html.indexOf(`<section id="${id}"`) + 1))?.index;
for (const id of ['business', 'paths', 'clients', 'operations']) {
	const start = html.indexOf(`<section id="${id}"`);
	const body = start < 0 ? '' : html.slice(start, start + 1 + (section(id) ?? html.length));
	if (!body) problems.push(`the ${id} section is missing`);
	else if (/<p class="empty">/.test(body) && id !== 'paths') problems.push(`the ${id} section is empty`);
}
const pathRows = html.slice(html.indexOf('<section id="paths"')).match(/<code class="path">/g)?.length ?? 0;
if (pathRows < 5) problems.push(`the Paths section lists ${pathRows} paths`);
const clientPage = await readFile(`${DIST}/clients/1.html`, 'utf8').catch(() => '');
if (!clientPage.includes('<code class="path">'))
	problems.push('the first client drill-down page has no path');
// Every client row shows a measured error rate and a latency: the demo's Worker times its calls.
const clientsHtml = html.slice(
	html.indexOf('<section id="clients"'),
	html.indexOf('<section id="operations"'),
);
const clientRows = clientsHtml.match(/<tr><th scope="row">(<a [^>]*>)?<code>.*?<\/tr>/g) ?? [];
const measuredRows = clientRows.filter((r) => /<td>\d[\d.,]*%<\/td><td>(\d[\d.,]* m?s|—)<\/td>/.test(r));
if (clientRows.length === 0 || measuredRows.length !== clientRows.length)
	problems.push(
		`${clientRows.length - measuredRows.length} of ${clientRows.length} client rows show no error rate or latency`,
	);
if (!/<td>\d[\d.,]* m?s<\/td>/.test(clientsHtml)) problems.push('no client row shows a call latency');
for (const job of ['repair', 'backup'])
	if (!new RegExp(`<th scope="row">${job}</th><td><span class="status status-ok"`).test(html))
		problems.push(`the Operations section does not show a successful ${job} run`);
if (problems.length) {
	for (const p of problems) console.error(`demo output: ${p}`);
	process.exit(1);
}
console.log(
	`demo output: dashboard shows ${firing.length} firing and ${resolved.length} resolved alert(s), history on ${days.size} days of the 30-day file, ${pathRows} top paths, ${measuredRows.length} clients with error rate and latency, client pages and job runs`,
);
