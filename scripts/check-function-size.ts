/**
 * `npm run lint` part: fails when a function body runs past 80 lines (STYLE.md), unless it is
 * a declarative table named in scripts/size/functions.ts. Usage:
 * node scripts/check-function-size.ts [--root DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findLongFunctions, MAX_FUNCTION_LINES } from './size/functions.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const report = await findLongFunctions(resolve(values.root ?? '.'));
for (const f of report.over) {
	console.error(`${f.file}:${f.line} ${f.name} is ${f.lines} lines (limit ${MAX_FUNCTION_LINES})`);
}
console.log(
	`function size: ${report.files} files, ${report.functions} functions, ${report.over.length} over ${MAX_FUNCTION_LINES} lines`,
);
process.exitCode = report.over.length ? 1 : 0;
