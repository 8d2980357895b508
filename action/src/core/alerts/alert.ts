/** What evaluation produces for each alert, and what it needs from the previous run. */

import type { Severity } from '../../../../worker/src/contract/severity.ts';
import type { MetricUnit } from './metrics.ts';
import type { Episode } from './replay.ts';

export type AlertKind = 'rule' | 'budget' | 'slo' | 'meta';

export type AlertEval = {
	fingerprint: string;
	alertname: string;
	kind: AlertKind;
	/** The identity labels (alertname included); severity is separate. */
	labels: Record<string, string>;
	/** `nodata`: nothing measured and nothing to carry over; never resolves an open issue. */
	status: 'firing' | 'inactive' | 'nodata';
	severity: Severity | null;
	/** When the current episode began firing, epoch ms. */
	since: number | null;
	value: number | null;
	/** The threshold of the current (or, inactive, the lowest) level. */
	threshold: number | null;
	unit: MetricUnit;
	/** Metric name, `budget` or `burn_rate`. */
	metric: string;
	/** One line, from config annotations (trusted) with values filled in. */
	summary: string;
	description: string | null;
	runbookUrl: string | null;
	/** Extra facts for the issue body (basis of a budget, burn rate per window …). */
	details: string[];
	/** Episodes that ended within the lookback window (from the time series). */
	endedEpisodes: Episode[];
	/** Firing intervals seen in the time series, for flap detection. */
	history: { from: number; to: number | null }[];
	cooldownMs: Record<Severity, number>;
	/** A re-fire within this long after closing reopens the same issue. */
	reopenWindowMs: number;
	/** Budgets: the period (`YYYY-MM`) the alert belongs to; one issue per period. */
	period: string | null;
	/** Traffic alerts list the top clients and their paths in the issue. */
	traffic: boolean;
	/** Why issue writes are suppressed (silence, maintenance), or null. */
	suppressedBy: string | null;
};

/** What the open issue says about an alert, fed back into evaluation (hysteresis, carry-over). */
export type PreviousState = { severity: Severity; since: number; status: 'firing' | 'resolved' };

/** Fills `$value`, `$threshold` and `$labels.name` in an annotation template. */
export function renderTemplate(
	template: string,
	values: { value: string; threshold: string; labels: Record<string, string> },
): string {
	return template
		.replace(/\$labels\.([a-zA-Z_][a-zA-Z0-9_]*)/g, (_, name: string) => values.labels[name] ?? '')
		.replace(/\$value\b/g, values.value)
		.replace(/\$threshold\b/g, values.threshold);
}
