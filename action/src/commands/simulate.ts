import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type SimulateSummary, simulateTraffic } from '../adapters/traffic-sender.ts';
import type { Command } from '../cli-types.ts';
import { parseDuration } from '../core/config/duration.ts';
import { UserError } from '../core/errors.ts';
import { parseEnv } from '../inputs.ts';

const USAGE =
	'simulate --url URL [--ips N] [--events N] [--seed S] [--token T] [--batch N] [--concurrency N] [--duration 30s]';

function intOption(name: string, value: string | undefined, fallback: number, max: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1 || n > max)
		throw new UserError(`--${name} must be an integer from 1 to ${max}`);
	return n;
}

/** The summary as printed: one fact per line. */
export function formatSummary(s: SimulateSummary): string[] {
	const ms = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)} ms`);
	return [
		`events sent:   ${s.events} from ${s.distinctIps} of ${s.simulatedIps} simulated IPs in ${s.requests} requests (${s.retries} retries)`,
		`accepted:      ${s.accepted} (duplicates ${s.duplicates}, journaled ${s.journaled})`,
		`rejected:      ${s.rejected} events in ${s.failedRequests} failed requests`,
		`throughput:    ${s.eventsPerSecond.toFixed(0)} events/s over ${(s.durationMs / 1000).toFixed(1)} s`,
		`latency:       p50 ${ms(s.latencyMs.p50)}, p95 ${ms(s.latencyMs.p95)}, p99 ${ms(s.latencyMs.p99)}`,
		`statuses:      ${Object.entries(s.statusCounts)
			.map(([k, v]) => `${k}×${v}`)
			.join(' ')}`,
		...(s.firstError ? [`first error:   ${s.firstError}`] : []),
	];
}

/** `pathwatch simulate`: sends realistic traffic to a collector and prints what it acknowledged. */
const command: Command = async (ctx) => {
	const { values } = parseArgs({
		args: ctx.argv,
		options: {
			url: { type: 'string' },
			ips: { type: 'string' },
			events: { type: 'string' },
			seed: { type: 'string' },
			token: { type: 'string' },
			batch: { type: 'string' },
			concurrency: { type: 'string' },
			duration: { type: 'string' },
		},
		strict: true,
	});
	const env = parseEnv(ctx.env);
	const url = values.url ?? env.PATHWATCH_URL;
	if (!url || !URL.canParse(url)) throw new UserError(`simulate needs --url (or PATHWATCH_URL): ${USAGE}`);
	const paceMs = values.duration === undefined ? undefined : parseDuration(values.duration);
	if (paceMs === null) throw new UserError('--duration must look like 30s or 2m');
	const events = intOption('events', values.events, 5000, 1_000_000);
	let reported = 0;
	const summary = await simulateTraffic({
		url,
		token: values.token ?? env.PATHWATCH_INGEST_TOKEN,
		ips: intOption('ips', values.ips, 200, 1_000_000),
		events,
		seed: intOption('seed', values.seed, 1, 2 ** 31),
		batch: intOption('batch', values.batch, 50, 1000),
		concurrency: intOption('concurrency', values.concurrency, 4, 64),
		paceMs,
		runId: randomUUID().slice(0, 8),
		signal: ctx.signal,
		onProgress: (p) => {
			if (p.sent < p.total && p.sent - reported < p.total / 10) return;
			reported = p.sent;
			ctx.stdout(
				`simulate: ${p.sent}/${p.total} events sent, ${p.accepted} accepted, ${p.journaled} journaled`,
			);
		},
	});
	for (const line of formatSummary(summary)) ctx.stdout(line);
	return summary.failedRequests === 0 && summary.accepted === summary.events ? 0 : 1;
};
export default command;
