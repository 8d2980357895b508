/**
 * The job summary (Markdown): firing alerts, cost and health, and what the run did to issues.
 * Every string that is not ours is neutralised (HTML-escaped and made inert).
 */
import type { AlertEval } from '../alerts/alert.ts';
import type { HealthReport } from '../alerts/health.ts';
import { formatValue } from '../alerts/metrics.ts';
import { formatDuration } from '../config/duration.ts';
import type { CostReport } from '../cost/cost.ts';
import { neutralize } from '../sanitize.ts';
import type { ForeignIssue } from './ownership.ts';
import type { PlannedAction } from './plan.ts';
import type { TrackerStats } from './ports.ts';

export type SummaryInput = {
	evals: readonly AlertEval[];
	actions: readonly PlannedAction[];
	applied: boolean;
	issueLinks: ReadonlyMap<string, { number: number; url: string }>;
	cost: CostReport | null;
	health: HealthReport | null;
	scrapeError: string | null;
	tracker: string;
	api: TrackerStats;
	now: number;
	/** Marker-carrying issues by someone other than pathwatch's identity: left alone. */
	foreign?: readonly ForeignIssue[];
	/** The login whose issues pathwatch manages this run. */
	owner?: string;
};

const usd = (v: number) => formatValue(v, 'usd');

export function renderSummary(s: SummaryInput): string {
	const firing = s.evals.filter((e) => e.status === 'firing');
	const critical = firing.filter((e) => e.severity === 'critical').length;
	const headline = [
		`${firing.length} firing (${critical} critical, ${firing.length - critical} warning)`,
		s.health ? `health ${s.health.score}/100` : 'health unknown',
		s.cost ? `projected ${usd(s.cost.projected.cost)} for ${s.cost.month}` : 'cost unknown',
	].join(' · ');
	return [
		'## pathwatch monitor',
		'',
		headline,
		'',
		...(s.scrapeError
			? [`> **The collector could not be scraped:** ${neutralize(s.scrapeError, 500)}`, '']
			: []),
		...alertsSection(firing, s),
		...costSection(s.cost),
		...healthSection(s.health),
		...issuesSection(s),
		...foreignSection(s),
	].join('\n');
}

function alertsSection(firing: readonly AlertEval[], s: SummaryInput): string[] {
	if (firing.length === 0) return ['### Alerts', '', 'No alert is firing.', ''];
	const rows = [...firing]
		.sort((a, b) =>
			a.severity === b.severity ? a.alertname.localeCompare(b.alertname) : a.severity === 'critical' ? -1 : 1,
		)
		.map((e) => {
			const link = s.issueLinks.get(e.fingerprint);
			const issue = link
				? `[#${link.number}](${link.url})`
				: e.suppressedBy
					? neutralize(e.suppressedBy)
					: '';
			const since = e.since === null ? '' : formatDuration(s.now - e.since);
			return `| ${e.severity} | ${neutralize(e.alertname, 80)} | ${neutralize(formatValue(e.value, e.unit))} | ${neutralize(formatValue(e.threshold, e.unit))} | ${since} | ${issue} |`;
		});
	return [
		'### Alerts',
		'',
		'| Severity | Alert | Value | Threshold | Firing for | Issue |',
		'|---|---|---|---|---|---|',
		...rows,
		'',
	];
}

function costSection(cost: CostReport | null): string[] {
	if (!cost) return [];
	const top = [...cost.breakdown].sort((a, b) => b.grossProjectedCost - a.grossProjectedCost).slice(0, 5);
	return [
		`### Cost (${cost.month})`,
		'',
		'| Month to date | Projected | Range | Confidence | Trend |',
		'|---:|---:|---|---:|---|',
		`| ${usd(cost.monthToDate.cost)} | ${usd(cost.projected.cost)} | ${usd(cost.projected.low)}–${usd(cost.projected.high)} | ${Math.round(cost.projected.confidence * 100)}% | ${cost.trend} |`,
		'',
		'| Component | Projected use | Billed | Share of list price |',
		'|---|---:|---:|---:|',
		...top.map(
			(c) =>
				`| ${c.label} | ${Math.round(c.projected).toLocaleString('en-US')} ${c.unit} | ${usd(c.projectedCost)} | ${c.grossPercent}% |`,
		),
		'',
		...(cost.anomalies.length
			? [
					'Anomalies:',
					...cost.anomalies.map((a) => `- ${a.date} ${a.series}: ${a.direction}, z = ${a.z}`),
					'',
				]
			: []),
		...(cost.recommendations.length
			? ['Recommendations:', ...cost.recommendations.map((r) => `- **${r.title}.** ${r.detail}`), '']
			: []),
		`<sub>Cloudflare ${cost.prices.plan} list prices as of ${cost.prices.asOf}; plan fee ${usd(cost.subscription)}/month not included. Not measured: ${cost.notMeasured.join(', ')}.</sub>`,
		'',
	];
}

function healthSection(h: HealthReport | null): string[] {
	if (!h) return [];
	const v = h.violations.map(
		(x) => `- ${x.type}: ${x.current.toPrecision(3)} over ${x.threshold} (${x.severity})`,
	);
	return [
		'### Health',
		'',
		`Score **${h.score}/100** (latency ${h.components.latency}, errors ${h.components.errors}, utilization ${h.components.utilization}). SLA ${h.compliant ? 'compliant' : 'not met'}.`,
		...(v.length ? ['', ...v] : []),
		'',
	];
}

/**
 * A planned action's note is pathwatch's own words around its own issue numbers: neutralised
 * like everything else, then its `#N` references are let through so GitHub links them
 * (escaped, the summary read `\#&#8203;1`).
 */
function actionNote(note: string): string {
	return neutralize(note, 200).replace(/\\#&#8203;(\d+)/g, '#$1');
}

function issuesSection(s: SummaryInput): string[] {
	const suppressed = s.evals.filter((e) => e.suppressedBy && e.status === 'firing');
	return [
		'### Issues',
		'',
		`${neutralize(s.tracker, 200)}: ${s.actions.length} change(s) ${s.applied ? 'applied' : 'planned (dry run)'}; ${s.api.apiCalls} GitHub API call(s), ${s.api.notModified} answered 304.`,
		...(s.actions.length
			? ['', ...s.actions.map((a) => `- ${neutralize(a.alertname, 80)}: ${actionNote(a.note)}`)]
			: []),
		...(suppressed.length
			? [
					'',
					'Suppressed:',
					...suppressed.map((e) => `- ${neutralize(e.alertname, 80)}: ${neutralize(e.suppressedBy ?? '')}`),
				]
			: []),
		'',
	];
}

function foreignSection(s: SummaryInput): string[] {
	const foreign = s.foreign ?? [];
	if (foreign.length === 0) return [];
	const rows = foreign.map(
		(i) =>
			`- [#${i.number}](${encodeURI(i.url)}) by ${neutralize(i.author ?? 'unknown', 60)}: ${neutralize(i.title, 120)}`,
	);
	return [
		'### Possible forgeries',
		'',
		`These issues carry pathwatch's marker but were not opened by ${neutralize(s.owner ?? 'pathwatch', 60)}; they were left untouched.`,
		'',
		...rows,
		'',
	];
}
