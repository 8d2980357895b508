/**
 * CI check after `npm run demo -- --once`: the dashboard the demo left must show at least one
 * firing and one resolved alert, and every machine-readable output must be there.
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
if (problems.length) {
	for (const p of problems) console.error(`demo output: ${p}`);
	process.exit(1);
}
console.log(`demo output: dashboard shows ${firing.length} firing and ${resolved.length} resolved alert(s)`);
