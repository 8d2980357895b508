/**
 * Moves TypeScript modules and rewrites every relative specifier that points at them (or out of
 * them) across the repository's sources, so a regrouping is one reviewed command rather than
 * hand-edited imports. Usage: node scripts/move-modules.ts old.ts=new.ts [...] [--dry-run]
 * Paths are relative to the repository root; files are moved with `git mv`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rewrite, sources } from './move/rewrite.ts';

async function main(): Promise<void> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { 'dry-run': { type: 'boolean' }, root: { type: 'string' } },
	});
	const root = resolve(values.root ?? '.');
	const moves = new Map<string, string>();
	for (const pair of positionals) {
		const [from, to] = pair.split('=');
		if (!from || !to) throw new Error(`expected old=new, got "${pair}"`);
		if (!existsSync(join(root, from))) throw new Error(`${from} does not exist`);
		if (existsSync(join(root, to))) throw new Error(`${to} exists already`);
		moves.set(join(root, from), join(root, to));
	}
	const changed = new Map<string, string>();
	for (const file of await sources(root)) {
		const text = await readFile(file, 'utf8');
		const next = rewrite(file, text, moves);
		if (next !== text) changed.set(file, next);
	}
	for (const file of changed.keys()) console.log(`rewrites ${relative(root, file)}`);
	if (values['dry-run']) return;
	for (const [from, to] of moves) {
		await mkdir(dirname(to), { recursive: true });
		execFileSync('git', ['mv', relative(root, from), relative(root, to)], { cwd: root });
	}
	for (const [file, text] of changed) await writeFile(moves.get(file) ?? file, text);
	console.log(`moved ${moves.size} files, rewrote specifiers in ${changed.size}`);
}

await main();
