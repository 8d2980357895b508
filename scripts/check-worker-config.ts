/**
 * Checks the Worker's variables in a wrangler config, at the top level and in every
 * `env.<name>` (wrangler does not inherit `vars` into environments), with the Worker's own
 * parser, before anything deploys them: a bad value would make every route of the deployed
 * Worker answer 500 `invalid_config`, ingest included. Secrets are not in the file and are not
 * checked here. Usage: `node scripts/check-worker-config.ts [worker/wrangler.jsonc]`.
 */
import { experimental_readRawConfig } from 'wrangler';
import { parseSettings } from '../worker/src/settings.ts';

type Vars = Record<string, unknown>;

function readVars(path: string): { where: string; vars: Vars }[] {
	const raw = experimental_readRawConfig({ config: path }).rawConfig;
	const envs = Object.entries(raw.env ?? {}).map(([name, e]) => ({
		where: `env.${name}`,
		vars: (e as { vars?: Vars }).vars ?? {},
	}));
	return [{ where: 'top level', vars: raw.vars ?? {} }, ...envs];
}

function main(path: string): number {
	let targets: { where: string; vars: Vars }[];
	try {
		targets = readVars(path);
	} catch (err) {
		console.error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
		return 1;
	}
	let failed = 0;
	for (const { where, vars } of targets) {
		const parsed = parseSettings(vars);
		if (!parsed.ok) {
			console.error(`${path} (${where}): ${parsed.error}`);
			failed++;
		}
	}
	if (failed > 0) return 1;
	console.log(`worker config: ${path}: variables valid (${targets.map((t) => t.where).join(', ')})`);
	return 0;
}

process.exitCode = main(process.argv[2] ?? 'worker/wrangler.jsonc');
