/**
 * Reads the import graph of the component sources with the TypeScript parser: static imports
 * and re-exports (type-only ones too), `import()` calls, `import('x').T` type queries and
 * `require()`. Relative specifiers resolve to repository paths; anything else is a package.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import type { ImportEdge } from './rules.ts';

/** Source folders of the three components, relative to the repository root. */
export const SOURCE_ROOTS = ['worker/src', 'action/src', 'reports-site/src'];

const SOURCE = /\.(ts|tsx|mts|cts)$/;

async function listSources(root: string, dir: string): Promise<string[]> {
	const full = join(root, dir);
	if (!existsSync(full)) return [];
	const entries = await readdir(full, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts'))
		.map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

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
	return found;
}

/** The repository path a relative specifier names (trying `.ts` for `.js` and folder indexes). */
function resolveLocal(root: string, from: string, specifier: string): string {
	const base = posix.normalize(posix.join(posix.dirname(from), specifier));
	const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`];
	const isFile = (p: string) => existsSync(join(root, p)) && statSync(join(root, p)).isFile();
	return candidates.find(isFile) ?? base;
}

/** The import edges of every source file under `SOURCE_ROOTS` of `root`. */
export async function scanImports(root: string): Promise<{ files: string[]; edges: ImportEdge[] }> {
	const files = (await Promise.all(SOURCE_ROOTS.map((d) => listSources(root, d)))).flat();
	const edges: ImportEdge[] = [];
	for (const file of files) {
		const text = await readFile(join(root, file), 'utf8');
		for (const spec of specifiersOf(file, text)) {
			const local = spec.startsWith('./') || spec.startsWith('../');
			edges.push({ from: file, to: local ? resolveLocal(root, file, spec) : spec, local });
		}
	}
	return { files, edges };
}
