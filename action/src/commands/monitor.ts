import { appendFile } from 'node:fs/promises';
import type { Command } from '../cli-types.ts';
import { MONITOR_USAGE, prepareMonitor } from '../monitor/options.ts';
import { runMonitor } from '../monitor/run.ts';

/**
 * `pathwatch monitor`: one scrape-evaluate-reconcile run. Firing alerts are not failures
 * (exit 0); a broken config exits 2, and an unreachable GitHub or issues written as a login
 * pathwatch does not manage (see run.ts `identityError`) exit 1.
 */
const command: Command = async (ctx) => {
	if (ctx.argv.includes('--help') || ctx.argv.includes('-h')) {
		ctx.stdout(MONITOR_USAGE);
		return 0;
	}
	const prepared = await prepareMonitor(ctx);
	const result = await runMonitor({ ...prepared, log: (line) => ctx.stderr(line) });
	if (prepared.summaryFile) await appendFile(prepared.summaryFile, `${result.summary}\n`);
	else ctx.stdout(result.summary);
	const critical = result.firing.filter((e) => e.severity === 'critical').length;
	ctx.stderr(
		`pathwatch monitor: ${result.firing.length} firing (${critical} critical), ${result.actions.length} issue change(s) ${result.applied ? 'applied' : 'planned'}, ${result.api.apiCalls} GitHub API call(s), config: ${prepared.configSource}, ${result.durationMs} ms`,
	);
	if (result.identityError) {
		ctx.stderr(`pathwatch monitor: ${result.identityError}`);
		return 1;
	}
	return 0;
};
export default command;
