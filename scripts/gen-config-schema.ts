/**
 * Writes action/config.schema.json, the editor JSON Schema for .github/pathwatch.yml, from the
 * same zod schema the monitor validates with. `--check` fails when the committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { configJsonSchema } from '../action/src/core/config/config-schema.ts';

const FILE = new URL('../action/config.schema.json', import.meta.url);
const text = `${JSON.stringify(configJsonSchema(), null, '\t')}\n`;
if (process.argv.includes('--check')) {
	const committed = await readFile(FILE, 'utf8').catch(() => '');
	if (committed !== text) {
		console.error('action/config.schema.json is stale: run `node scripts/gen-config-schema.ts`');
		process.exit(1);
	}
} else {
	await writeFile(FILE, text);
	console.log(`action/config.schema.json: ${(text.length / 1024).toFixed(1)} KiB`);
}
