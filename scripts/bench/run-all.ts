/**
 * `npm run bench`: runs every benchmark script in this folder (or those named on the command
 * line, e.g. `npm run bench -- ingest`) one after another. Each prints its numbers and
 * records them in docs/BENCHMARKS.md through `record.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const scripts = readdirSync(dir)
	.filter((f) => f.endsWith('.bench.ts'))
	.filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
	.sort();
if (scripts.length === 0) {
	console.error(`no benchmark matches ${wanted.join(', ')}`);
	process.exit(2);
}
let failed = 0;
for (const script of scripts) {
	console.log(`\n=== ${script}`);
	const r = spawnSync(process.execPath, [`${dir}${script}`], {
		stdio: 'inherit',
		env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
	});
	if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
