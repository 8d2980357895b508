import type { Command, CommandContext } from './cli-types.ts';
import { UpstreamError, UserError } from './core/errors.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
	monitor: {
		summary: 'scrape the collector, evaluate rules and budgets, reconcile alert issues',
		load: () => import('./commands/monitor.ts'),
	},
	job: {
		summary: 'start or watch a maintenance job: job <type> [--param k=v] | job --watch <id>',
		load: () => import('./commands/job.ts'),
	},
	site: {
		summary: 'build the static dashboard into reports-site/dist (or --out DIR)',
		load: () => import('./commands/site.ts'),
	},
	simulate: {
		summary: 'send realistic simulated traffic to a collector',
		load: () => import('./commands/simulate.ts'),
	},
	chatops: {
		summary:
			'handle a /pathwatch ack | silence <duration> [reason] | unsilence comment (issue_comment event)',
		load: () => import('./commands/chatops.ts'),
	},
	demo: {
		summary: 'run the whole system locally on 127.0.0.1 (--once exits after building)',
		load: () => import('./commands/demo.ts'),
	},
};

function usage(): string {
	const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
	return ['usage: pathwatch <command> [options]', '', 'commands:', ...lines].join('\n');
}

/**
 * 2 for what the user must fix: a UserError, or a request the collector refused as invalid
 * (a 4xx other than 429: wrong token, bad job parameters). 1 for everything else.
 */
function exitCodeFor(e: unknown): number {
	if (e instanceof UserError) return 2;
	const refused =
		e instanceof UpstreamError && e.service === 'collector' && e.status >= 400 && e.status < 500;
	return refused && e.status !== 429 ? 2 : 1;
}

/** Runs one CLI invocation and returns the exit code (0 ok, 1 failure, 2 usage or user error). */
export async function runCli(args: string[], overrides: Partial<CommandContext> = {}): Promise<number> {
	const [name, ...rest] = args;
	const out = overrides.stdout ?? ((s: string) => process.stdout.write(`${s}\n`));
	const err = overrides.stderr ?? ((s: string) => process.stderr.write(`${s}\n`));
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		out(usage());
		return name ? 0 : 2;
	}
	const entry = COMMANDS[name];
	if (!entry) {
		err(`pathwatch: unknown command '${name}'\n\n${usage()}`);
		return 2;
	}
	const controller = new AbortController();
	const stop = () => controller.abort();
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	try {
		const command = (await entry.load()).default;
		return await command({
			argv: rest,
			env: process.env,
			cwd: process.cwd(),
			stdout: out,
			stderr: err,
			signal: controller.signal,
			...overrides,
		});
	} catch (e) {
		err(`pathwatch ${name}: ${e instanceof Error ? e.message : String(e)}`);
		return exitCodeFor(e);
	} finally {
		process.off('SIGINT', stop);
		process.off('SIGTERM', stop);
	}
}
