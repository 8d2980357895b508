/**
 * Prometheus text exposition format 0.0.4: one `# HELP` and `# TYPE` line per family, then
 * its samples. HELP text escapes `\` and newlines; label values also escape `"`.
 * https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
 * Part of the contract: the Worker serves it on /metrics and the dashboard publishes metrics.prom with it.
 */

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export type MetricType = 'counter' | 'gauge' | 'histogram';

export type Sample = {
	/** Appended to the family name, e.g. `_bucket`, `_sum`, `_count` for histograms. */
	suffix?: string;
	labels?: Record<string, string>;
	value: number;
};

export type MetricFamily = { name: string; help: string; type: MetricType; samples: Sample[] };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export function escapeHelp(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function escapeLabelValue(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

/** Go-style float text: integers without exponent noise, `+Inf`, `-Inf`, `NaN`. */
export function formatValue(v: number): string {
	if (Number.isNaN(v)) return 'NaN';
	if (v === Number.POSITIVE_INFINITY) return '+Inf';
	if (v === Number.NEGATIVE_INFINITY) return '-Inf';
	return String(v);
}

function formatLabels(labels: Record<string, string> | undefined): string {
	const entries = Object.entries(labels ?? {});
	if (entries.length === 0) return '';
	for (const [k] of entries) if (!LABEL.test(k)) throw new Error(`invalid label name ${k}`);
	return `{${entries.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

/** Renders families in the order given; throws on an invalid metric or label name (a programming error). */
export function renderPrometheus(families: readonly MetricFamily[]): string {
	const lines: string[] = [];
	for (const f of families) {
		if (!NAME.test(f.name)) throw new Error(`invalid metric name ${f.name}`);
		lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
		for (const s of f.samples)
			lines.push(`${f.name}${s.suffix ?? ''}${formatLabels(s.labels)} ${formatValue(s.value)}`);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * Samples of a histogram family from cumulative counts at `boundsSeconds` (ascending), plus
 * `+Inf`, `_sum` and `_count`, as Prometheus requires.
 */
export function histogramSamples(
	boundsSeconds: readonly number[],
	cumulative: readonly number[],
	sum: number,
	count: number,
): Sample[] {
	const samples: Sample[] = boundsSeconds.map((le, i) => ({
		suffix: '_bucket',
		labels: { le: formatValue(le) },
		value: cumulative[i] ?? 0,
	}));
	samples.push({ suffix: '_bucket', labels: { le: '+Inf' }, value: count });
	samples.push({ suffix: '_sum', value: sum }, { suffix: '_count', value: count });
	return samples;
}
