/**
 * Jobs (this folder): what the action knows about the Worker's maintenance jobs.
 *
 * The pure side of `pathwatch job`: argument parsing, throughput and ETA from successive status
 * polls, the progress line, and the job summary (Markdown, every foreign string neutralised).
 */

import { z } from 'zod';
import { type JobStatus, type JobType, JobTypeSchema } from '../../../../worker/src/contract/index.ts';
import { MINUTE_MS } from '../../../../worker/src/contract/time.ts';
import { formatDuration, parseDuration } from '../config/duration.ts';
import { DEFAULT_PRICES, grossPrice, type PriceTable } from '../cost/prices.ts';
import { UserError } from '../errors.ts';
import { neutralize } from '../sanitize.ts';

export type JobArgs = {
	/** Set when starting a job; absent with `--watch`. */
	type: JobType | null;
	params: Record<string, string | number | boolean>;
	id: string | null;
	budgetMs: number;
	intervalMs: number;
	outFile: string | null;
	/** Config file whose price overrides price the summary (default .github/pathwatch.yml). */
	config: string | undefined;
};

export const USAGE =
	'usage: pathwatch job <type> [--param k=v ...] [--id ID] [--budget 10m] [--interval 2s] [--out FILE] [--config PATH]\n' +
	'       pathwatch job --watch <id> [--budget 10m] [--out FILE] [--config PATH]';

/** `--param` values: true/false and numbers are typed, anything else stays a string (e.g. `ips=a,b`). */
export function parseParamValue(text: string): string | number | boolean {
	if (text === 'true' || text === 'false') return text === 'true';
	if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	return text;
}

function duration(flag: string, value: string | undefined): number {
	const ms = value === undefined ? null : parseDuration(value);
	if (ms === null || ms <= 0) throw new UserError(`${flag} needs a duration like 90s, 10m or 1h`);
	return ms;
}

/** Parses the arguments after `job`; a UserError carries the usage. */
export function parseJobArgs(argv: readonly string[]): JobArgs {
	const out: JobArgs = {
		type: null,
		params: {},
		id: null,
		budgetMs: 10 * MINUTE_MS,
		intervalMs: 2000,
		outFile: null,
		config: undefined,
	};
	let watch = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith('--')) throw new UserError(`${arg} needs a value\n${USAGE}`);
			return v;
		};
		if (arg === '--param') {
			const pair = value();
			const eq = pair.indexOf('=');
			if (eq < 1) throw new UserError(`--param needs key=value, got '${pair}'`);
			out.params[pair.slice(0, eq)] = parseParamValue(pair.slice(eq + 1));
		} else if (arg === '--id') out.id = value();
		else if (arg === '--watch') {
			watch = true;
			out.id = value();
		} else if (arg === '--budget') out.budgetMs = duration(arg, value());
		else if (arg === '--interval') out.intervalMs = duration(arg, value());
		else if (arg === '--out') out.outFile = value();
		else if (arg === '--config') out.config = value();
		else if (!arg.startsWith('--') && out.type === null && !watch) {
			const parsed = JobTypeSchema.safeParse(arg);
			if (!parsed.success)
				throw new UserError(`unknown job type '${arg}' (${JobTypeSchema.options.join(', ')})`);
			out.type = parsed.data;
		} else throw new UserError(`unexpected argument '${arg}'\n${USAGE}`);
	}
	if (watch === (out.type !== null)) throw new UserError(USAGE);
	if (watch && Object.keys(out.params).length > 0)
		throw new UserError('--param only applies when starting a job');
	return out;
}

export type Sample = { at: number; done: number };

/** Items per second over the samples of the last `windowMs` (null until two samples differ in time). */
export function itemsPerSecond(samples: readonly Sample[], windowMs = MINUTE_MS): number | null {
	const last = samples.at(-1);
	if (!last) return null;
	const first = samples.find((s) => s.at >= last.at - windowMs) ?? last;
	if (last.at <= first.at) return null;
	return ((last.done - first.done) * 1000) / (last.at - first.at);
}

/** Milliseconds left at `rate`, or null when unknown (no total yet, or no progress measured). */
export function etaMs(status: JobStatus, rate: number | null): number | null {
	const total = status.progress.total;
	if (total === null || rate === null || rate <= 0) return null;
	return (Math.max(0, total - status.progress.done) / rate) * 1000;
}

export function progressLine(status: JobStatus, rate: number | null): string {
	const p = status.progress;
	const parts = [`${status.id} ${status.state}`, p.phase ? `[${p.phase}]` : ''];
	parts.push(p.total === null ? `${p.done} done` : `${p.done}/${p.total}`);
	if (p.percent !== null) parts.push(`${p.percent.toFixed(1)}%`);
	if (rate !== null) parts.push(`${rate.toFixed(1)} items/s`);
	const eta = etaMs(status, rate);
	if (eta !== null && status.state === 'running') parts.push(`ETA ${formatDuration(eta)}`);
	if (status.error) parts.push(`last error: ${status.error.code}`);
	return parts.filter(Boolean).join(' ');
}

/** Result entries fit for a public summary: scalars only (samples of failed items name IPs). */
function resultRows(result: JobStatus['result']): Array<[string, string]> {
	const rows: Array<[string, string]> = [];
	for (const [key, value] of Object.entries(result ?? {})) {
		if (typeof value === 'number')
			rows.push([key, Number.isInteger(value) ? String(value) : value.toPrecision(6)]);
		else if (typeof value === 'string' || typeof value === 'boolean')
			rows.push([key, neutralize(String(value), 120)]);
	}
	return rows;
}

const SavedQuantitiesSchema = z.object({
	doRequests: z.number().nonnegative(),
	gbSeconds: z.number().nonnegative(),
});

/**
 * Prices the quantities a job reports (optimize's estimated saving) with the action's price
 * table: the Worker measures, the action prices. Empty when the result carries none.
 */
export function pricedRows(status: JobStatus, prices: PriceTable = DEFAULT_PRICES): Array<[string, string]> {
	const parsed = SavedQuantitiesSchema.safeParse(status.result?.savedQuantities);
	if (!parsed.success) return [];
	const q = parsed.data;
	const usd =
		grossPrice(prices.items.do_requests, q.doRequests) + grossPrice(prices.items.do_duration, q.gbSeconds);
	return [
		['savedDoRequests', String(q.doRequests)],
		['savedGbSeconds', q.gbSeconds.toPrecision(6)],
		['estimatedSavingsUsd', `${usd.toFixed(6)} (${prices.plan} list prices as of ${prices.asOf})`],
	];
}

/** The job summary: state, progress, duration, the result's scalar fields, and how to resume. */
export function renderJobSummary(
	status: JobStatus,
	note: { budgetExhausted: boolean; download?: string },
	prices: PriceTable = DEFAULT_PRICES,
): string {
	const p = status.progress;
	const elapsed = Date.parse(status.finishedAt ?? status.updatedAt) - Date.parse(status.createdAt);
	const lines = [
		`## pathwatch job \`${status.type}\``,
		'',
		`| job | state | progress | elapsed |`,
		'|---|---|---|---|',
		`| ${neutralize(status.id, 80)} | ${status.state} | ${p.done}/${p.total ?? '?'} (${p.percent === null ? '?' : p.percent.toFixed(1)}%) | ${formatDuration(elapsed)} |`,
		'',
	];
	if (status.error)
		lines.push(`**Error** \`${status.error.code}\`: ${neutralize(status.error.message, 300)}`, '');
	if (note.budgetExhausted) {
		lines.push(
			`The time budget ran out while the job kept running; follow it with \`pathwatch job --watch ${status.id}\`.`,
			'',
		);
	}
	if (note.download) lines.push(`Export downloaded to \`${neutralize(note.download, 200)}\`.`, '');
	const rows = [...resultRows(status.result), ...pricedRows(status, prices)];
	if (rows.length > 0)
		lines.push(
			'| result | value |',
			'|---|---|',
			...rows.map(([k, v]) => `| ${neutralize(k, 60)} | ${v} |`),
			'',
		);
	return lines.join('\n');
}
