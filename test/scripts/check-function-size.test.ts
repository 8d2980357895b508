import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findLongFunctions, measureFunctions } from '../../scripts/size/functions.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/check-function-size.ts', import.meta.url));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A function whose body spans exactly `lines` lines (braces included). */
const fn = (head: string, lines: number) =>
	`${head} {\n${Array.from({ length: lines - 2 }, (_, i) => `\tconst v${i} = ${i};\n`).join('')}}\n`;

async function tree(files: Record<string, string>): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'pathwatch-size-'));
	dirs.push(root);
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
	return root;
}

async function cli(root: string): Promise<{ code: number; out: string; err: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, '--root', root]);
		return { code: 0, out: stdout, err: stderr };
	} catch (e) {
		const x = e as { code: number; stdout: string; stderr: string };
		return { code: x.code, out: x.stdout, err: x.stderr };
	}
}

describe('function size checker', () => {
	it('measures declarations, arrows, methods and nested functions by their body lines', () => {
		const text = [
			fn('export function outer()', 10).replace('}\n', `${fn('\tfunction inner()', 4)}}\n`),
			fn('const arrow = () =>', 5),
			`class K ${fn('', 3).replace('{\n', `{\n${fn('\trun()', 6)}`)}`,
		].join('');
		const sizes = measureFunctions('a.ts', text).map((s) => [s.name, s.lines]);
		expect(sizes).toEqual([
			['outer', 14],
			['inner', 4],
			['arrow', 5],
			['run', 6],
		]);
	});

	it('passes 80 lines and fails 81, naming the file, line and function', async () => {
		const root = await tree({
			'action/src/ok.ts': fn('export function fits()', 80),
			'worker/src/long.ts': `// header\n${fn('export const tooLong = async () =>', 81)}`,
		});
		const r = await cli(root);
		expect(r.err).toBe('worker/src/long.ts:2 tooLong is 81 lines (limit 80)\n');
		expect(r.out).toContain('2 files, 2 functions, 1 over 80 lines');
		expect(r.code).toBe(1);
		const clean = await cli(await tree({ 'action/src/ok.ts': fn('export function fits()', 80) }));
		expect(clean.code).toBe(0);
	});

	it('allows a declarative table only by its file and name', async () => {
		const root = await tree({
			'reports-site/src/table.ts': fn('export function table()', 90),
			'scripts/other.ts': fn('export function table()', 90),
		});
		const r = await findLongFunctions(
			root,
			['reports-site/src', 'scripts'],
			new Set(['reports-site/src/table.ts#table']),
		);
		expect(r.over.map((f) => f.file)).toEqual(['scripts/other.ts']);
	});

	it('finds nothing over the limit in the repository', async () => {
		const root = fileURLToPath(new URL('../..', import.meta.url));
		const r = await findLongFunctions(root);
		expect(r.over).toEqual([]);
		expect(r.functions).toBeGreaterThan(1000);
	});
});
