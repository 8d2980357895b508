/**
 * `pathwatch job <type> [--param k=v ...] [--id ID] [--budget 10m] [--out FILE]` starts a
 * maintenance job and follows it (percent, items/s, ETA) until it ends or the time budget runs
 * out; `pathwatch job --watch <id>` follows one already started. An export can be downloaded
 * with `--out`. The result goes to GITHUB_STEP_SUMMARY when that is set.
 */
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { JobAccepted, JobStatus } from '../../../worker/src/contract/index.ts';
import { createWorkerClient, newJobId, type WorkerClient } from '../adapters/worker-client.ts';
import type { Command, CommandContext } from '../cli-types.ts';
import { UpstreamError, UserError } from '../core/errors.ts';
import {
	itemsPerSecond,
	type JobArgs,
	parseJobArgs,
	progressLine,
	renderJobSummary,
	type Sample,
} from '../core/jobs/job-progress.ts';
import { type Env, parseEnv } from '../inputs.ts';
import { loadConfig } from '../monitor/options.ts';
import { pricesFor } from '../monitor/scrape.ts';

const QUIET_REPRINT_MS = 15_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolveSleep) => {
		const timer = setTimeout(done, ms);
		function done() {
			clearTimeout(timer);
			signal.removeEventListener('abort', done);
			resolveSleep();
		}
		signal.addEventListener('abort', done, { once: true });
	});
}

/** Polls until the job ends, the budget runs out or the command is interrupted; prints progress. */
export async function followJob(
	client: Pick<WorkerClient, 'jobStatus'>,
	id: string,
	opts: {
		budgetMs: number;
		intervalMs: number;
		signal: AbortSignal;
		print: (line: string) => void;
		now?: () => number;
	},
): Promise<{ status: JobStatus; budgetExhausted: boolean }> {
	const now = opts.now ?? Date.now;
	const deadline = now() + opts.budgetMs;
	const samples: Sample[] = [];
	let lastLine = '';
	let lastPrint = 0;
	for (;;) {
		const status = await client.jobStatus(id);
		samples.push({ at: now(), done: status.progress.done });
		const line = progressLine(status, itemsPerSecond(samples));
		const terminal = status.state === 'succeeded' || status.state === 'failed';
		const changed = line.replace(/ \S+ items\/s.*$/, '') !== lastLine.replace(/ \S+ items\/s.*$/, '');
		if (changed || terminal || now() - lastPrint >= QUIET_REPRINT_MS) {
			opts.print(line);
			lastLine = line;
			lastPrint = now();
		}
		if (terminal) return { status, budgetExhausted: false };
		if (now() + opts.intervalMs > deadline || opts.signal.aborted) return { status, budgetExhausted: true };
		await sleep(opts.intervalMs, opts.signal);
	}
}

function clientFor(ctx: CommandContext, env: Env): WorkerClient {
	const { PATHWATCH_URL: url, PATHWATCH_ADMIN_TOKEN: token } = env;
	if (!url) throw new UserError('set PATHWATCH_URL to the collector Worker URL');
	if (!token) throw new UserError('set PATHWATCH_ADMIN_TOKEN to the collector admin token');
	return createWorkerClient({ url, token, signal: ctx.signal });
}

async function startOrResume(ctx: CommandContext, client: WorkerClient, args: JobArgs): Promise<string> {
	if (args.type === null) return args.id ?? '';
	const id = args.id ?? newJobId(args.type);
	const accepted = await client.startJob(args.type, args.params, id).catch((e: unknown) => {
		// 409: the id holds another job, or a job that must not overlap this one runs. Following
		// anything else would report another job's result as this one's.
		if (e instanceof UpstreamError && e.status === 409)
			throw new UserError(`job ${id} (${args.type}) not started: ${e.message}`);
		throw e;
	});
	ctx.stdout(`job ${accepted.id} (${args.type}) ${startedHow(accepted, id)}`);
	return accepted.id;
}

function startedHow(accepted: JobAccepted, id: string): string {
	if (accepted.created) return 'started';
	if (accepted.resumed) return 'resumed (it had failed)';
	// Only the same type with the same params is answered with a running job under another id.
	if (accepted.id !== id) return `already running with the same params (asked as ${id}); following it`;
	return 'already exists';
}

const command: Command = async (ctx) => {
	const args = parseJobArgs(ctx.argv);
	if (args.outFile && args.type !== null && args.type !== 'export')
		throw new UserError('--out only applies to export jobs');
	const env = parseEnv(ctx.env);
	// Read before anything starts: a broken config is refused with nothing done. Its price
	// overrides price the summary's savings as the monitor prices the bill.
	const { config } = await loadConfig(args.config, ctx.cwd);
	const client = clientFor(ctx, env);
	const id = await startOrResume(ctx, client, args);
	const { status, budgetExhausted } = await followJob(client, id, {
		...args,
		signal: ctx.signal,
		print: ctx.stdout,
	});

	let download: string | undefined;
	if (args.outFile && status.state === 'succeeded') {
		if (status.type !== 'export')
			throw new UserError(`--out: job ${id} is a ${status.type} job, not an export`);
		download = resolve(ctx.cwd, args.outFile);
		const got = await client.downloadExport(id, download);
		ctx.stdout(`downloaded ${got.bytes} bytes (${got.records ?? '?'} records) to ${download}`);
	}
	if (budgetExhausted) ctx.stdout(`time budget used up; the job keeps running: pathwatch job --watch ${id}`);
	const summaryFile = env.GITHUB_STEP_SUMMARY;
	if (summaryFile) {
		const summary = renderJobSummary(status, { budgetExhausted, download }, pricesFor(config));
		await appendFile(summaryFile, `${summary}\n`);
	}
	if (status.state === 'failed') {
		ctx.stderr(`job ${id} failed: ${status.error?.code ?? 'error'}: ${status.error?.message ?? ''}`);
		return 1;
	}
	return 0;
};
export default command;
