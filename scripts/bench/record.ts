/**
 * Writes one benchmark's results into docs/BENCHMARKS.md, replacing that benchmark's previous
 * section, stamped with the machine and the date so figures are never read out of context.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';

const FILE = new URL('../../docs/BENCHMARKS.md', import.meta.url);

/** Machine line: CPU model, cores, memory, Node version. */
export function describeMachine(): string {
	const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
	return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

/** Replaces (or appends) the section `## name` with a table of rows and optional notes. */
export async function recordBenchmark(
	name: string,
	columns: string[],
	rows: (string | number)[][],
	notes: string[] = [],
): Promise<void> {
	const date = new Date().toISOString().slice(0, 10);
	const lines = [
		`## ${name}`,
		'',
		`Measured ${date} on ${describeMachine()}.`,
		'',
		`| ${columns.join(' | ')} |`,
		`|${columns.map(() => '---').join('|')}|`,
		...rows.map((r) => `| ${r.join(' | ')} |`),
		...(notes.length ? ['', ...notes] : []),
		'',
	];
	const section = lines.join('\n');
	let text = await readFile(FILE, 'utf8').catch(
		() => '# Benchmarks\n\n`npm run bench` runs every benchmark below and rewrites its section.\n\n',
	);
	const re = new RegExp(`## ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`);
	text = re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}`;
	await writeFile(FILE, `${text.trimEnd()}\n`);
}
