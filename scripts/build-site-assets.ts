/**
 * Regenerates reports-site/src/generated/site-assets.ts (client bundle, stylesheet, precompiled
 * templates). `--check` fails when the committed module differs from what the sources produce.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GENERATED_PATH, generateSiteAssets } from '../reports-site/src/assets/generate.ts';

const text = await generateSiteAssets();
const path = fileURLToPath(GENERATED_PATH);
if (process.argv.includes('--check')) {
	const committed = await readFile(GENERATED_PATH, 'utf8').catch(() => '');
	if (committed !== text) {
		console.error(`${path} is stale: run \`npm run build:site-assets\` and commit it`);
		process.exit(1);
	}
} else {
	await writeFile(GENERATED_PATH, text);
	console.log(`${path}: ${(text.length / 1024).toFixed(0)} KiB`);
}
