/**
 * Bundles the action and the CLI into action/dist (committed: GitHub runs it as is).
 * `--check` rebuilds in memory and fails when the committed bundle differs from the sources.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const ENTRIES = [
	{ in: 'action/src/index.ts', out: 'action/dist/index.js' },
	{ in: 'action/src/cli.ts', out: 'action/dist/cli.js' },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const entry of ENTRIES) {
	const result = await build({
		entryPoints: [entry.in],
		bundle: true,
		platform: 'node',
		target: 'node22',
		format: 'esm',
		write: false,
		legalComments: 'none',
		banner: {
			js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
	const text = result.outputFiles[0]?.text ?? '';
	if (check) {
		const committed = await readFile(entry.out, 'utf8').catch(() => '');
		if (committed !== text) {
			console.error(`${entry.out} is stale: run \`npm run bundle\` and commit it`);
			stale++;
		}
	} else {
		await mkdir('action/dist', { recursive: true });
		await writeFile(entry.out, text);
		console.log(`${entry.out}: ${(text.length / 1024).toFixed(0)} KiB`);
	}
}
if (stale) process.exit(1);
