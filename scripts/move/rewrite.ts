/**
 * The specifier rewriting behind scripts/move-modules.ts: which sources are scanned, and how a
 * relative specifier is re-aimed once its file, its target or both have moved.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { listSources } from '../source-files.ts';

/** Every folder whose sources may import a moved module. */
const SCANNED = ['action', 'reports-site', 'worker', 'test', 'scripts'];
/** A quoted relative path: import/export specifiers, `import()`, `new URL(…, import.meta.url)`. */
const RELATIVE = /(['"])(\.\.?\/[^'"\n]+)\1/g;

/** Every TypeScript source under the scanned folders, as absolute paths. */
export async function sources(root: string): Promise<string[]> {
	const lists = await Promise.all(SCANNED.map((dir) => listSources(root, dir, { name: /\.(ts|mts|cts)$/ })));
	return lists.flat().map((path) => join(root, path));
}

const asSpecifier = (from: string, to: string) => {
	const spec = relative(from, to).split(sep).join('/');
	return spec.startsWith('.') ? spec : `./${spec}`;
};

/** `text` of the file at `file` with its relative specifiers re-aimed after `moves`. */
export function rewrite(file: string, text: string, moves: ReadonlyMap<string, string>): string {
	const target = moves.get(file) ?? file;
	return text.replace(RELATIVE, (whole, quote: string, spec: string) => {
		const pointed = resolve(dirname(file), spec);
		if (!existsSync(pointed) || !statSync(pointed).isFile()) return whole;
		const next = asSpecifier(dirname(target), moves.get(pointed) ?? pointed);
		return next === spec ? whole : `${quote}${next}${quote}`;
	});
}
