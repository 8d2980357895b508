import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { escapeHelp, escapeLabelValue, renderPrometheus } from '../../worker/src/contract/prometheus.ts';
import { VERSION } from '../../worker/src/version.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };

type Sample = { name: string; labels: Record<string, string>; value: number };

/** A strict reader of text format 0.0.4: fails on any line it does not understand. */
function parseExposition(text: string): {
	samples: Sample[];
	types: Map<string, string>;
	helps: Set<string>;
} {
	const samples: Sample[] = [];
	const types = new Map<string, string>();
	const helps = new Set<string>();
	expect(text.endsWith('\n')).toBe(true);
	for (const line of text.trimEnd().split('\n')) {
		const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
		const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram)$/.exec(line);
		const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
		if (help?.[1]) helps.add(help[1]);
		else if (type?.[1] && type[2]) types.set(type[1], type[2]);
		else if (sample?.[1] && sample[3]) {
			const labels: Record<string, string> = {};
			for (const m of (sample[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
				labels[m[1] ?? ''] = m[2] ?? '';
			const value = sample[3] === '+Inf' ? Infinity : Number(sample[3]);
			expect(Number.isNaN(value), line).toBe(false);
			samples.push({ name: sample[1], labels, value });
		} else throw new Error(`unparseable line: ${line}`);
	}
	return { samples, types, helps };
}

async function scrape(): Promise<ReturnType<typeof parseExposition> & { text: string }> {
	const res = await exports.default.fetch('http://collector/metrics', { headers: ADMIN });
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
	const text = await res.text();
	return { text, ...parseExposition(text) };
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
	samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

describe('GET /metrics', () => {
	it('exposes every family with HELP and TYPE, a valid histogram and no per-IP labels', async () => {
		const ips = ['10.210.0.1', '10.210.0.2', '2001:db8:210::1'];
		const before = await scrape();
		const res = await exports.default.fetch('http://collector/record', {
			method: 'POST',
			headers: { Authorization: 'Bearer test-ingest-token', 'Content-Type': 'application/json' },
			body: JSON.stringify({
				events: ips.flatMap((ip) => [
					{ ip, path: '/a', method: 'GET' },
					{ ip, path: '/b/7', method: 'PUT' },
				]),
			}),
		});
		expect(res.status).toBe(202);
		for (const ip of ips) await env.PATH_COLLECTOR.getByName(ip).flushReport();
		await flushFrontMetrics(env);
		const { samples, types, helps, text } = await scrape();

		for (const name of [
			'pathwatch_build_info',
			'pathwatch_records_total',
			'pathwatch_record_errors_total',
			'pathwatch_fallbacks_total',
			'pathwatch_record_latency_seconds',
			'pathwatch_tracked_ips',
			'pathwatch_active_ips',
			'pathwatch_paths',
			'pathwatch_storage_bytes',
			'pathwatch_do_requests_total',
			'pathwatch_sql_rows_read_total',
			'pathwatch_sql_rows_written_total',
			'pathwatch_breaker_state',
			'pathwatch_journal_backlog',
			'pathwatch_journal_oldest_event_age_seconds',
			'pathwatch_journal_listing_complete',
			'pathwatch_record_refused_total',
			'pathwatch_ingest_open',
			'pathwatch_last_scrape_timestamp_seconds',
		]) {
			expect(types.has(name), name).toBe(true);
			expect(helps.has(name), name).toBe(true);
		}
		for (const [name, type] of types) if (type === 'counter') expect(name).toMatch(/_total$/);
		expect(value(samples, 'pathwatch_build_info', { version: VERSION })).toBe(1);
		for (const ip of ips) expect(text.includes(ip)).toBe(false);

		expect(
			(value(samples, 'pathwatch_records_total') ?? 0) -
				(value(before.samples, 'pathwatch_records_total') ?? 0),
		).toBe(6);
		expect(
			(value(samples, 'pathwatch_tracked_ips') ?? 0) - (value(before.samples, 'pathwatch_tracked_ips') ?? 0),
		).toBe(3);
		expect((value(samples, 'pathwatch_paths') ?? 0) - (value(before.samples, 'pathwatch_paths') ?? 0)).toBe(
			6,
		);
		expect(value(samples, 'pathwatch_breaker_state', { state: 'closed' })).toBe(1);
		// The test pool sets INGEST_TOKEN; every refusal reason is exported from the start.
		expect(value(samples, 'pathwatch_ingest_open')).toBe(0);
		const refusalReasons = samples
			.filter((s) => s.name === 'pathwatch_record_refused_total')
			.map((s) => s.labels.reason);
		expect(refusalReasons.sort()).toEqual(['invalid', 'too_large', 'unauthorized', 'unsupported_media_type']);
		const errorReasons = samples
			.filter((s) => s.name === 'pathwatch_record_errors_total')
			.map((s) => s.labels.reason);
		expect(errorReasons).not.toContain('bad_request');
		expect(value(samples, 'pathwatch_journal_listing_complete')).toBe(1);
		expect(value(samples, 'pathwatch_breaker_state', { state: 'open' })).toBe(0);
		expect(value(samples, 'pathwatch_last_scrape_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
		const kinds = samples.filter((s) => s.name === 'pathwatch_do_requests_total').map((s) => s.labels.kind);
		expect(kinds.sort()).toEqual(['admin', 'job', 'record', 'report']);

		// Histogram: cumulative buckets ending in +Inf = _count, and at least this request in it.
		const buckets = samples.filter((s) => s.name === 'pathwatch_record_latency_seconds_bucket');
		expect(buckets.at(-1)?.labels.le).toBe('+Inf');
		const les = buckets.map((b) => (b.labels.le === '+Inf' ? Infinity : Number(b.labels.le)));
		expect(les).toEqual([...les].sort((x, y) => x - y));
		const counts = buckets.map((b) => b.value);
		expect(counts).toEqual([...counts].sort((x, y) => x - y));
		const count = value(samples, 'pathwatch_record_latency_seconds_count') ?? 0;
		expect(buckets.at(-1)?.value).toBe(count);
		expect(
			count - (value(before.samples, 'pathwatch_record_latency_seconds_count') ?? 0),
		).toBeGreaterThanOrEqual(1);
		expect(value(samples, 'pathwatch_record_latency_seconds_sum')).toBeGreaterThanOrEqual(0);
	});

	it('records each scrape time for the next one', async () => {
		const first = await scrape();
		const second = await scrape();
		const t1 = value(first.samples, 'pathwatch_last_scrape_timestamp_seconds') ?? 0;
		const t2 = value(second.samples, 'pathwatch_last_scrape_timestamp_seconds') ?? 0;
		expect(t2).toBeGreaterThanOrEqual(t1);
		expect(t2).toBeLessThanOrEqual(Date.now() / 1000);
	});
});

describe('Prometheus text rendering', () => {
	it('escapes HELP text and label values', () => {
		expect(escapeHelp('a\\b\nc "q"')).toBe('a\\\\b\\nc "q"');
		expect(escapeLabelValue('a\\b\nc "q"')).toBe('a\\\\b\\nc \\"q\\"');
		const text = renderPrometheus([
			{
				name: 'x_total',
				help: 'line one\nline two',
				type: 'counter',
				samples: [{ labels: { reason: 'say "hi"\n' }, value: 3 }],
			},
		]);
		expect(text).toBe(
			'# HELP x_total line one\\nline two\n# TYPE x_total counter\nx_total{reason="say \\"hi\\"\\n"} 3\n',
		);
		expect(parseExposition(text).samples[0]?.labels.reason).toBe('say \\"hi\\"\\n');
	});

	it('refuses invalid metric and label names', () => {
		expect(() => renderPrometheus([{ name: 'bad-name', help: 'h', type: 'gauge', samples: [] }])).toThrow();
		expect(() =>
			renderPrometheus([
				{ name: 'ok', help: 'h', type: 'gauge', samples: [{ labels: { 'bad-label': 'v' }, value: 1 }] },
			]),
		).toThrow();
	});
});
