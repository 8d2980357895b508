/**
 * Measures every function body (declarations, methods, accessors, constructors, function
 * expressions and arrows) with the TypeScript parser, so `npm run lint` can hold the house
 * limit of 80 lines per function. A body counts from its first line to its last, inclusive.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { listSources } from '../source-files.ts';

/** The house limit (STYLE.md, issue 11): a longer function is split along its seams. */
export const MAX_FUNCTION_LINES = 80;

/** Folders scanned by default, relative to the repository root. */
export const SIZE_ROOTS = ['action/src', 'reports-site/src', 'worker/src', 'scripts'];

/**
 * Functions allowed past the limit because their body is a declarative table (one long
 * literal, no control flow): `path#name`, each with the reason beside it.
 */
export const DECLARATIVE_TABLES: ReadonlySet<string> = new Set<string>([
	// One array literal: the /metrics families with their names and help texts, in exposition order.
	'worker/src/core/metrics.ts#buildMetricFamilies',
]);

export type FunctionSize = { file: string; name: string; line: number; lines: number };

const SKIPPED = new Set(['node_modules', 'dist', '.wrangler', 'generated']);
/** TypeScript sources; declaration files (`.d.ts`) hold no function bodies worth measuring. */
const SOURCE = /^(?!.*\.d\.ts$).*\.(ts|tsx|mts|cts)$/;

function nameOf(node: ts.Node, source: ts.SourceFile): string {
	const named = node as ts.Node & { name?: ts.Node };
	if (named.name && ts.isIdentifier(named.name)) return named.name.text;
	if (named.name) return named.name.getText(source);
	if (ts.isConstructorDeclaration(node)) return 'constructor';
	const parent = node.parent;
	if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
	if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
	return '(anonymous)';
}

/** Every function in one source text with its body's line count. */
export function measureFunctions(file: string, text: string): FunctionSize[] {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const found: FunctionSize[] = [];
	const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
	const visit = (node: ts.Node) => {
		if (ts.isFunctionLike(node)) {
			const body = (node as ts.Node & { body?: ts.Node }).body;
			if (body) {
				const first = lineOf(body.getStart(source));
				const lines = lineOf(body.getEnd()) - first + 1;
				found.push({ file, name: nameOf(node, source), line: lineOf(node.getStart(source)), lines });
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** Functions over the limit under `dirs`, minus the declarative tables allowed by name. */
export async function findLongFunctions(
	root: string,
	dirs: readonly string[] = SIZE_ROOTS,
	allowed: ReadonlySet<string> = DECLARATIVE_TABLES,
): Promise<{ files: number; functions: number; over: FunctionSize[] }> {
	const files = (
		await Promise.all(dirs.map((d) => listSources(root, d, { name: SOURCE, skip: SKIPPED })))
	).flat();
	const sizes = await Promise.all(
		files.map(async (f) => measureFunctions(f, await readFile(join(root, f), 'utf8'))),
	);
	const all = sizes.flat();
	const over = all.filter((s) => s.lines > MAX_FUNCTION_LINES && !allowed.has(`${s.file}#${s.name}`));
	return { files: files.length, functions: all.length, over: over.sort((a, b) => b.lines - a.lines) };
}
