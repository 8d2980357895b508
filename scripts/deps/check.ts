/** The whole dependency check over a source tree: rule violations and import cycles. */
import { checkEdge, findCycles, type Violation } from './rules.ts';
import { scanImports } from './scan.ts';

export type DependencyReport = {
	files: number;
	imports: number;
	violations: Violation[];
	cycles: string[][];
};

export async function checkTree(root: string): Promise<DependencyReport> {
	const { files, edges } = await scanImports(root);
	return {
		files: files.length,
		imports: edges.length,
		violations: edges.flatMap(checkEdge),
		cycles: findCycles(edges),
	};
}

/** One line per finding, for the terminal and CI logs. */
export function formatReport(r: DependencyReport): string[] {
	return [
		...r.violations.map((v) => `${v.from} → ${v.to}: ${v.rule}`),
		...r.cycles.map((c) => `import cycle: ${c.join(' → ')}`),
	];
}
