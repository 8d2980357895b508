/**
 * The page view model: a pure function from measured inputs to display-ready values.
 * Templates only place these values; every decision (ordering, status, anonymisation,
 * formatting) is made here, where it is tested.
 */
import type { TimeseriesWindow } from '../../../worker/src/contract/index.ts';
import { DAY_SECONDS } from '../../../worker/src/contract/time.ts';
import type { Card } from './display/cards.ts';
import { formatDuration, formatInt, formatUtc } from './display/format.ts';
import { type Status, status } from './display/health.ts';
import { type AlertsPanel, alertsPanel } from './sections/alerts.ts';
import { businessCards } from './sections/business.ts';
import { type ClientsPanel, clientsPanel } from './sections/clients-panel.ts';
import { type CostPanel, costPanel } from './sections/cost-panel.ts';
import { type OperationsPanel, operationsPanel } from './sections/operations.ts';
import { type PathsPanel, pathsPanel } from './sections/paths-panel.ts';
import { performanceCards, resourceCards } from './sections/performance.ts';
import { summaryTiles } from './sections/tiles.ts';
import { costDays, RANGES, type TrendFigure, trendFigures } from './sections/trends.ts';
import type { SiteInput, ViewOptions } from './types.ts';

export type TimeView = { iso: string; text: string };

/** What the browser script reads from the page's JSON data island. */
export type ClientData = {
	snapshotAt: string;
	generatedAt: string;
	staleAfterSeconds: number;
	defaultRange: TimeseriesWindow;
	ranges: { id: TimeseriesWindow; label: string; url: string; summaries: Record<string, string> }[];
	currency: string;
	/** Daily cost points, x in epoch ms at 00:00 UTC. */
	costDaily: { x: number; y: number }[];
};

export type PageView = {
	title: string;
	generatedAt: TimeView;
	snapshotAt: TimeView;
	collectorVersion: string;
	scheduler: string | null;
	overall: Status & { detail: string };
	stale: { isStale: boolean; text: string; thresholdText: string };
	tiles: Card[];
	performance: Card[];
	errorReasons: { reason: string; count: string }[];
	resources: Card[];
	alerts: AlertsPanel;
	cost: CostPanel | null;
	trends: { ranges: { id: TimeseriesWindow; label: string; selected: boolean }[]; figures: TrendFigure[] };
	business: Card[];
	paths: PathsPanel | null;
	clients: ClientsPanel;
	operations: OperationsPanel;
	client: ClientData;
};

export function buildViewModel(input: SiteInput, options: ViewOptions): PageView {
	const now = Date.parse(input.generatedAt);
	const snap = input.snapshot;
	const snapshotAt = Date.parse(snap.generatedAt);
	const ageSeconds = Math.max(0, (now - snapshotAt) / 1000);
	const isStale = ageSeconds > options.staleAfterSeconds;
	const alerts = alertsPanel(input.alerts, now, options.resolvedWithinDays);
	const figures = trendFigures(input.timeseries, input.cost, now);
	return {
		title: options.title,
		generatedAt: { iso: input.generatedAt, text: formatUtc(now) },
		snapshotAt: { iso: snap.generatedAt, text: formatUtc(snapshotAt) },
		collectorVersion: snap.version,
		scheduler: input.scheduler
			? `Scheduled for ${formatUtc(Date.parse(input.scheduler.expected))}, started ${formatDuration(input.scheduler.lagSeconds)} late.`
			: null,
		overall: overallStatus(alerts),
		stale: {
			isStale,
			text: `The data is ${formatDuration(ageSeconds)} old (collected ${formatUtc(snapshotAt)}).`,
			thresholdText: formatDuration(options.staleAfterSeconds),
		},
		tiles: summaryTiles(input, options.thresholds),
		performance: performanceCards(snap, input.timeseries, options.thresholds),
		errorReasons: Object.entries(snap.performance.errorsByReason)
			.sort(([, a], [, b]) => b - a)
			.map(([reason, count]) => ({ reason, count: formatInt(count) })),
		resources: resourceCards(snap),
		alerts,
		cost: input.cost ? costPanel(input.cost) : null,
		trends: {
			ranges: RANGES.map((r) => ({ id: r.id, label: r.label, selected: r.id === '24h' })),
			figures,
		},
		business: businessCards(snap, input.timeseries['30d']),
		paths: pathsPanel(input.paths),
		clients: clientsPanel(snap, input.clients, options.anonymise),
		operations: operationsPanel(snap, input.jobSchedule ?? [], now),
		client: clientData(input, options, figures),
	};
}

function overallStatus(alerts: AlertsPanel): Status & { detail: string } {
	if (!alerts.loaded) return { ...status('unknown', 'Alerts not loaded'), detail: alerts.summary };
	const critical = alerts.firing.some((a) => a.severity.level === 'critical');
	if (critical) return { ...status('critical', 'Critical alerts firing'), detail: alerts.summary };
	if (alerts.firing.length) return { ...status('warning', 'Alerts firing'), detail: alerts.summary };
	return { ...status('ok', 'No alerts firing'), detail: alerts.summary };
}

function clientData(input: SiteInput, options: ViewOptions, figures: TrendFigure[]): ClientData {
	const now = Date.parse(input.generatedAt);
	return {
		snapshotAt: input.snapshot.generatedAt,
		generatedAt: input.generatedAt,
		staleAfterSeconds: options.staleAfterSeconds,
		defaultRange: '24h',
		ranges: RANGES.map((r) => ({
			id: r.id,
			label: r.label,
			url: `api/history-${r.id}.json`,
			summaries: Object.fromEntries(figures.map((f) => [f.id, f.summaries[r.id]])),
		})),
		currency: input.cost?.currency ?? 'USD',
		costDaily: costDays(input.cost, 30 * DAY_SECONDS, now).map((d) => ({
			x: Date.parse(`${d.date}T00:00:00Z`),
			y: d.grossCost,
		})),
	};
}
