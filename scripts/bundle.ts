/**
 * Bundles the action and the CLI into action/dist (committed: GitHub runs it as is). One build
 * with two entries: esbuild splits the code they share into chunks/, so the action
 * (index.js) and `npx pathwatch` (cli.js) run the same modules from one copy.
 * `--check` rebuilds in memory and fails when the committed bundle differs from the sources.
 */
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';

const OUT_DIR = 'action/dist';
/** The CLI is a `bin`: committed executable (mode 100755) so npm links it as is. */
const EXECUTABLE = 'cli.js';

async function bundle(): Promise<Map<string, string>> {
	const result = await build({
		entryPoints: { index: 'action/src/index.ts', cli: 'action/src/cli.ts' },
		outdir: OUT_DIR,
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
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
	const rel = (path: string) => relative(OUT_DIR, path).split(sep).join('/');
	return new Map(result.outputFiles.map((f) => [rel(f.path), f.text]));
}

async function committedFiles(): Promise<string[]> {
	const entries = await readdir(OUT_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(OUT_DIR, join(e.parentPath, e.name)).split(sep).join('/'));
}

async function check(outputs: Map<string, string>): Promise<number> {
	const problems: string[] = [];
	for (const [name, text] of outputs) {
		const committed = await readFile(join(OUT_DIR, name), 'utf8').catch(() => null);
		if (committed !== text)
			problems.push(`${OUT_DIR}/${name} is ${committed === null ? 'missing' : 'stale'}`);
	}
	for (const name of await committedFiles())
		if (!outputs.has(name)) problems.push(`${OUT_DIR}/${name} is no longer built`);
	for (const p of problems) console.error(`${p}: run \`npm run bundle\` and commit ${OUT_DIR}`);
	return problems.length ? 1 : 0;
}

async function write(outputs: Map<string, string>): Promise<void> {
	for (const name of await committedFiles()) if (!outputs.has(name)) await rm(join(OUT_DIR, name));
	let bytes = 0;
	for (const [name, text] of outputs) {
		await mkdir(join(OUT_DIR, name, '..'), { recursive: true });
		await writeFile(join(OUT_DIR, name), text);
		bytes += Buffer.byteLength(text);
	}
	await chmod(join(OUT_DIR, EXECUTABLE), 0o755);
	console.log(`${OUT_DIR}: ${outputs.size} files, ${(bytes / 1024).toFixed(0)} KiB`);
}

const outputs = await bundle();
if (process.argv.includes('--check')) process.exitCode = await check(outputs);
else await write(outputs);
