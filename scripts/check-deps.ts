/**
 * `npm run lint` part: fails when an import goes against the components' direction
 * (docs/ARCHITECTURE.md) or closes an import cycle. Usage: node scripts/check-deps.ts [--root DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTree, formatReport } from './deps/check.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const report = await checkTree(resolve(values.root ?? '.'));
const findings = formatReport(report);
for (const line of findings) console.error(line);
console.log(
	`dependency check: ${report.files} files, ${report.imports} imports, ${report.violations.length} violations, ${report.cycles.length} cycles`,
);
process.exitCode = findings.length ? 1 : 0;
