import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/move-modules.ts', import.meta.url));
const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const TREE: Record<string, string> = {
	'reports-site/src/core/format.ts':
		"import { DAY_MS } from '../../../worker/src/contract/time.ts';\nexport const f = DAY_MS;\n",
	'reports-site/src/core/tiles.ts': "import { f } from './format.ts';\nexport const t = f;\n",
	'reports-site/src/build.ts':
		"import { t } from './core/tiles.ts';\nconst u = new URL('./core/format.ts', import.meta.url);\nexport { t, u };\n",
	'worker/src/contract/time.ts': 'export const DAY_MS = 86_400_000;\n',
	'test/reports-site/tiles.test.ts':
		"import { t } from '../../reports-site/src/core/tiles.ts';\nconst s = 'not ./a/path.ts';\nexport { s, t };\n",
};

async function repo(): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'pathwatch-move-'));
	dirs.push(root);
	for (const [path, text] of Object.entries(TREE)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
	await run('git', ['init', '-q'], { cwd: root });
	await run('git', ['add', '.'], { cwd: root });
	return root;
}

const read = (root: string, path: string) => readFile(join(root, path), 'utf8');

describe('move-modules', () => {
	it('moves files and re-aims specifiers into, out of and between moved files', async () => {
		const root = await repo();
		const { stdout } = await run(
			process.execPath,
			[
				SCRIPT,
				'--root',
				root,
				'reports-site/src/core/format.ts=reports-site/src/core/display/format.ts',
				'reports-site/src/core/tiles.ts=reports-site/src/core/sections/tiles.ts',
			],
			{ cwd: root },
		);
		expect(stdout).toContain('moved 2 files, rewrote specifiers in 4');
		expect(await read(root, 'reports-site/src/core/display/format.ts')).toContain(
			"from '../../../../worker/src/contract/time.ts'",
		);
		expect(await read(root, 'reports-site/src/core/sections/tiles.ts')).toContain(
			"from '../display/format.ts'",
		);
		const build = await read(root, 'reports-site/src/build.ts');
		expect(build).toContain("from './core/sections/tiles.ts'");
		expect(build).toContain("new URL('./core/display/format.ts'");
		const test = await read(root, 'test/reports-site/tiles.test.ts');
		expect(test).toContain("from '../../reports-site/src/core/sections/tiles.ts'");
		expect(test).toContain("'not ./a/path.ts'");
		const { stdout: tracked } = await run('git', ['ls-files'], { cwd: root });
		expect(tracked).toContain('reports-site/src/core/sections/tiles.ts');
		expect(tracked).not.toContain('reports-site/src/core/tiles.ts');
	});

	it('refuses a move onto an existing file and changes nothing', async () => {
		const root = await repo();
		const args = [SCRIPT, '--root', root, 'reports-site/src/core/tiles.ts=reports-site/src/build.ts'];
		await expect(run(process.execPath, args, { cwd: root })).rejects.toThrow(
			/reports-site\/src\/build.ts exists already/,
		);
		expect(await read(root, 'reports-site/src/core/tiles.ts')).toBe(TREE['reports-site/src/core/tiles.ts']);
		expect(await read(root, 'reports-site/src/build.ts')).toBe(TREE['reports-site/src/build.ts']);
	});
});
