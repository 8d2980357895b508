/**
 * Reads the import graph of the components with the TypeScript parser: static imports and
 * re-exports (type-only ones too), `import()` calls, `import('x').T` type queries and
 * `require()` and `/// <reference path>`, in every TypeScript and JavaScript file (declaration files included: a `.d.ts`
 * or a `.js` file can import as well as a `.ts` one). Relative, absolute and `file:` specifiers
 * resolve to repository paths (a path outside the repository stays absolute); anything else is
 * a package.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { listSources } from '../source-files.ts';
import type { ImportEdge } from './rules.ts';

/** The three components' folders, relative to the repository root: every file under them is scanned. */
export const COMPONENT_ROOTS = ['worker', 'action', 'reports-site'];

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Every module specifier in a source text. */
export function specifiersOf(fileName: string, text: string): string[] {
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
	const found: string[] = [];
	const literal = (n: ts.Node | undefined) => {
		if (n && ts.isStringLiteralLike(n)) found.push(n.text);
	};
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
		else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
			literal(node.moduleReference.expression);
		else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
		else if (ts.isCallExpression(node)) {
			const callee = node.expression;
			const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
			const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
			if (isImport || isRequire) literal(node.arguments[0]);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	// `/// <reference path="…" />` pulls a file in as surely as an import; its path is relative.
	for (const ref of source.referencedFiles)
		found.push(/^(\.{1,2}\/|\/)/.test(ref.fileName) ? ref.fileName : `./${ref.fileName}`);
	return found;
}

/** Where a specifier points when it names a file rather than a package. */
function localBase(root: string, from: string, specifier: string): string | null {
	const relativeSpec = specifier === '.' || specifier === '..' || /^\.\.?\//.test(specifier);
	if (relativeSpec) return posix.normalize(posix.join(posix.dirname(from), specifier));
	let absolute: string | null = null;
	if (specifier.startsWith('file:')) absolute = fileURLToPath(specifier);
	else if (isAbsolute(specifier)) absolute = specifier;
	if (absolute === null) return null;
	const inRepo = relative(root, resolve(absolute)).split(sep).join('/');
	// Outside the repository: kept absolute, so it can never pass for a component path.
	return inRepo.startsWith('../') || isAbsolute(inRepo) ? resolve(absolute) : inRepo;
}

/** Source files a specifier may mean: TypeScript sources for `.js`-style names, extensions, folder indexes. */
function candidatesFor(base: string): string[] {
	const swapped = base
		.replace(/\.js$/, '.ts')
		.replace(/\.mjs$/, '.mts')
		.replace(/\.cjs$/, '.cts');
	const swappedX = base.replace(/\.jsx$/, '.tsx');
	const extensions = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.mjs', '.cjs'];
	return [
		base,
		swapped,
		swappedX,
		...extensions.map((x) => `${base}${x}`),
		...extensions.map((x) => `${base}/index${x}`),
	];
}

/** The repository path a local specifier names, as the TypeScript and Node resolvers would find it. */
function resolveLocal(root: string, base: string): string {
	const isFile = (p: string) => {
		const full = isAbsolute(p) ? p : join(root, p);
		return existsSync(full) && statSync(full).isFile();
	};
	return candidatesFor(base).find(isFile) ?? base;
}

/** The import edges of every TypeScript and JavaScript file under `COMPONENT_ROOTS` of `root`. */
export async function scanImports(root: string): Promise<{ files: string[]; edges: ImportEdge[] }> {
	const files = (
		await Promise.all(COMPONENT_ROOTS.map((d) => listSources(root, d, { name: SOURCE })))
	).flat();
	const edges: ImportEdge[] = [];
	for (const file of files) {
		const text = await readFile(join(root, file), 'utf8');
		for (const spec of specifiersOf(file, text)) {
			const base = localBase(root, file, spec);
			edges.push(
				base === null
					? { from: file, to: spec, local: false }
					: { from: file, to: resolveLocal(root, base), local: true },
			);
		}
	}
	return { files, edges };
}
