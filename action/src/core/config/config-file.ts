/**
 * Reads config text (YAML) into a validated Config. Errors name the file, the line and the
 * path inside it, e.g. `.github/pathwatch.yml:14: rules[2].warning.threshold: expected number`.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.ts';
import { type Config, ConfigSchema } from './config.ts';

type Path = readonly PropertyKey[];

/** `['rules', 2, 'warning']` → `rules[2].warning`. */
export function formatPath(path: Path): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(top level)';
}

/** Parses and validates config text; throws a UserError listing up to five problems. */
export function parseConfig(text: string, file: string): Config {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const yamlError = doc.errors[0];
	if (yamlError) {
		const line = yamlError.linePos?.[0]?.line;
		throw new UserError(
			`${file}${line ? `:${line}` : ''}: invalid YAML: ${yamlError.message.split('\n')[0]}`,
		);
	}
	const result = ConfigSchema.safeParse(doc.toJS() ?? {});
	if (result.success) return result.data;
	const lines = result.error.issues.slice(0, 5).map((issue) => describeIssue(issue, doc, lineCounter, file));
	const more = result.error.issues.length > 5 ? `\n(and ${result.error.issues.length - 5} more)` : '';
	throw new UserError(`invalid config\n${lines.join('\n')}${more}`);
}

function describeIssue(
	issue: z.core.$ZodIssue,
	doc: ReturnType<typeof parseDocument>,
	lineCounter: LineCounter,
	file: string,
): string {
	const path: PropertyKey[] = [...issue.path];
	if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
	const message = issue.message.replace(/^Invalid input: /, '');
	return `${file}${lineOf(doc, lineCounter, path)}: ${formatPath(path)}: ${message}`;
}

/** The line of the deepest node on `path` that exists in the document (`:N`, or '' if none). */
function lineOf(
	doc: ReturnType<typeof parseDocument>,
	lineCounter: LineCounter,
	path: PropertyKey[],
): string {
	for (let depth = path.length; depth > 0; depth--) {
		const keys = path.slice(0, depth).map((k) => (typeof k === 'symbol' ? String(k) : k));
		const node = doc.getIn(keys, true);
		if (isNode(node) && node.range) return `:${lineCounter.linePos(node.range[0]).line}`;
	}
	return '';
}
