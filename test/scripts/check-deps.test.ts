import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTree } from '../../scripts/deps/check.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/check-deps.ts', import.meta.url));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

type Tree = Record<string, string>;

/** A clean tree in the shape of the repository: every import follows the direction. */
const CLEAN: Tree = {
	'worker/src/contract/index.ts': 'export type Snapshot = { at: string };\n',
	'worker/src/core/snapshot.ts':
		"import type { Snapshot } from '../contract/index.ts';\nexport const s: Snapshot = { at: '' };\n",
	'worker/src/objects/shard.ts': "import { s } from '../core/snapshot.ts';\nexport const shard = s;\n",
	'worker/src/routes/admin.ts': "import { shard } from '../objects/shard.ts';\nexport default shard;\n",
	'reports-site/src/core/view.ts':
		"import type { Snapshot } from '../../../worker/src/contract/index.ts';\nimport { createHash } from 'node:crypto';\nexport const view = (x: Snapshot) => createHash('sha1').update(x.at);\n",
	'reports-site/src/index.ts': "export { view } from './core/view.ts';\n",
	'action/src/core/alerts/rules.ts':
		"import type { Snapshot } from '../../../../worker/src/contract/index.ts';\nexport type R = Snapshot;\n",
	'action/src/adapters/client.ts':
		"import { readFile } from 'node:fs/promises';\nimport type { R } from '../core/alerts/rules.ts';\nexport const read = (r: R) => readFile(r.at);\n",
	'action/src/commands/site.ts':
		"import { view } from '../../../reports-site/src/index.ts';\nimport { read } from '../adapters/client.ts';\nexport default async () => [view, read, await import('../adapters/client.ts')];\n",
};

async function tree(extra: Tree): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'pathwatch-deps-'));
	dirs.push(root);
	for (const [path, text] of Object.entries({ ...CLEAN, ...extra })) {
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

describe('dependency checker', () => {
	it('passes a tree whose imports follow the direction', async () => {
		const r = await cli(await tree({}));
		expect(r.err).toBe('');
		expect(r.out).toContain('9 files');
		expect(r.out).toContain('0 violations, 0 cycles');
		expect(r.code).toBe(0);
	});

	const violations: [string, Tree, string][] = [
		[
			'worker imports action',
			{
				'worker/src/core/price.ts':
					"import { p } from '../../../action/src/core/cost/prices.ts';\nexport { p };\n",
			},
			'worker/ never imports action/',
		],
		[
			'worker imports reports-site through import()',
			{
				'worker/src/routes/site.ts':
					"export const load = () => import('../../../reports-site/src/index.ts');\n",
			},
			'worker/ never imports reports-site/',
		],
		[
			'reports-site imports action (type only)',
			{
				'reports-site/src/core/cost.ts':
					"import type { R } from '../../../action/src/core/alerts/rules.ts';\nexport type C = R;\n",
			},
			'reports-site/ never imports action/',
		],
		[
			'reports-site re-exports a worker internal',
			{ 'reports-site/src/core/prom.ts': "export { s } from '../../../worker/src/core/snapshot.ts';\n" },
			"reports-site/ imports only the worker's contract",
		],
		[
			'action names a worker internal in an import() type',
			{
				'action/src/adapters/x.ts':
					"export type S = typeof import('../../../worker/src/objects/shard.ts').shard;\n",
			},
			"action/ imports only the worker's contract",
		],
		[
			'action imports a reports-site module other than its entry',
			{
				'action/src/commands/view.ts':
					"import { view } from '../../../reports-site/src/core/view.ts';\nexport { view };\n",
			},
			'action/ imports reports-site only through its entry',
		],
		[
			'a core imports an adapter',
			{
				'action/src/core/alerts/fetch.ts':
					"import { read } from '../../adapters/client.ts';\nexport { read };\n",
			},
			'core/ never imports adapters/',
		],
		[
			'a core imports a command',
			{ 'action/src/core/run.ts': "import site from '../commands/site.ts';\nexport { site };\n" },
			'core/ never imports commands/',
		],
		[
			'a core imports a route',
			{ 'worker/src/core/app.ts': "import admin from '../routes/admin.ts';\nexport { admin };\n" },
			'core/ never imports routes/',
		],
		[
			'a core imports a Durable Object class',
			{
				'worker/src/core/jobs/walk.ts':
					"import type { shard } from '../../objects/shard.ts';\nexport type W = typeof shard;\n",
			},
			'core/ never imports a Durable Object class',
		],
		[
			'a core reads files',
			{
				'reports-site/src/core/read.ts':
					"import { readFile } from 'node:fs/promises';\nexport { readFile };\n",
			},
			'core/ is pure: no I/O module (node:fs/promises)',
		],
		[
			'a core spawns processes',
			{ 'action/src/core/git.ts': "const cp = require('child_process');\nexport { cp };\n" },
			'core/ is pure: no I/O module (child_process)',
		],
		[
			'a core imports a Workers runtime module',
			{
				'worker/src/core/do.ts':
					"import { DurableObject } from 'cloudflare:workers';\nexport { DurableObject };\n",
			},
			'core/ is pure: no I/O module (cloudflare:workers)',
		],
		[
			'a core imports the Actions toolkit',
			{
				'action/src/core/log.ts':
					"import type * as core from '@actions/core';\nexport type C = typeof core;\n",
			},
			'core/ is pure: no I/O module (@actions/core)',
		],
		// Ways around the check an earlier version let through.
		[
			'a JavaScript file in worker/ imports action',
			{
				'worker/src/legacy.js': "import { p } from '../../action/src/core/alerts/rules.ts';\nexport { p };\n",
			},
			'worker/ never imports action/',
		],
		[
			'an .mjs file in worker/ requires action',
			{
				'worker/src/tools/run.mjs':
					"const r = require('../../../action/src/adapters/client.ts');\nexport { r };\n",
			},
			'worker/ never imports action/',
		],
		[
			'a declaration file in reports-site/ imports action types',
			{
				'reports-site/src/types.d.ts':
					"import type { R } from '../../action/src/core/alerts/rules.ts';\nexport type X = R;\n",
			},
			'reports-site/ never imports action/',
		],
		[
			'a declaration file outside src/ names a worker internal',
			{ 'action/env.d.ts': "export type S = typeof import('../worker/src/objects/shard.ts').shard;\n" },
			"action/ imports only the worker's contract",
		],
		[
			'worker reaches action through a test helper (worker → test/zz/re.ts → action)',
			{
				'worker/src/core/re.ts': "export * from '../../../test/zz/re.ts';\n",
				'test/zz/re.ts': "export * from '../../action/src/core/alerts/rules.ts';\n",
			},
			'worker/ never imports outside the components (test/zz/re.ts)',
		],
		[
			'action imports a script',
			{
				'action/src/adapters/bench.ts': "import '../../../scripts/bench.ts';\n",
				'scripts/bench.ts': 'export {};\n',
			},
			'action/ never imports outside the components (scripts/bench.ts)',
		],
		[
			'a declaration file references an action source with a triple-slash directive',
			{
				'worker/src/globals.d.ts':
					'/// <reference path="../../action/src/core/alerts/rules.ts" />\nexport {};\n',
			},
			'worker/ never imports action/',
		],
		[
			'a .js specifier names an action TypeScript source',
			{ 'worker/src/core/price.ts': "export { p } from '../../../action/src/core/alerts/rules.js';\n" },
			'worker/ never imports action/',
		],
	];

	it.each(violations)('fails when %s', async (_name, extra, rule) => {
		const file = Object.keys(extra)[0] ?? '';
		const report = await checkTree(await tree(extra));
		expect(report.cycles).toEqual([]);
		expect(report.violations).toHaveLength(1);
		expect(report.violations[0]?.from).toBe(file);
		expect(report.violations[0]?.rule).toContain(rule);
	});

	it.each([
		['an absolute path', (root: string) => join(root, 'action/src/core/alerts/rules.ts')],
		['a file: URL', (root: string) => pathToFileURL(join(root, 'action/src/core/alerts/rules.ts')).href],
	])('resolves %s inside the repository and fails on worker → action', async (_name, spec) => {
		const root = await tree({});
		await writeFile(join(root, 'worker/src/core/abs.ts'), `export * from '${spec(root)}';\n`);
		const report = await checkTree(root);
		expect(report.violations).toEqual([
			{
				from: 'worker/src/core/abs.ts',
				to: 'action/src/core/alerts/rules.ts',
				rule: 'worker/ never imports action/',
			},
		]);
	});

	it('fails on an absolute import outside the repository', async () => {
		const root = await tree({});
		const outside = await mkdtemp(join(tmpdir(), 'pathwatch-deps-outside-'));
		dirs.push(outside);
		await writeFile(join(outside, 'x.ts'), 'export {};\n');
		await writeFile(join(root, 'worker/src/core/out.ts'), `export * from '${join(outside, 'x.ts')}';\n`);
		const report = await checkTree(root);
		expect(report.violations).toHaveLength(1);
		expect(report.violations[0]?.rule).toContain('worker/ never imports outside the components');
	});

	it('follows .mjs specifiers to .mts sources and finds their cycle', async () => {
		const report = await checkTree(
			await tree({
				'worker/src/core/a.mts': "import { b } from './b.mjs';\nexport const a = () => b;\n",
				'worker/src/core/b.mts': "import { a } from './a.mjs';\nexport const b = () => a;\n",
			}),
		);
		expect(report.violations).toEqual([]);
		expect(report.cycles).toEqual([
			['worker/src/core/a.mts', 'worker/src/core/b.mts', 'worker/src/core/a.mts'],
		]);
	});

	it('skips build outputs and installed packages', async () => {
		const report = await checkTree(
			await tree({
				'action/dist/index.js': "import '../../worker/src/objects/shard.ts';\n",
				'worker/node_modules/x/index.js': "import '../../../action/src/index.ts';\n",
				'worker/.wrangler/tmp/index.js': "import '../../../action/src/index.ts';\n",
			}),
		);
		expect(report.violations).toEqual([]);
	});

	it('fails on a two-file cycle of type imports and names both files', async () => {
		const root = await tree({
			'action/src/core/issues/a.ts': "import type { B } from './b.ts';\nexport type A = { b?: B };\n",
			'action/src/core/issues/b.ts': "import type { A } from './a.ts';\nexport type B = { a?: A };\n",
		});
		const r = await cli(root);
		expect(r.code).toBe(1);
		expect(r.err).toContain(
			'import cycle: action/src/core/issues/a.ts → action/src/core/issues/b.ts → action/src/core/issues/a.ts',
		);
		expect(r.out).toContain('0 violations, 1 cycles');
	});

	it('reports each cycle once, with a path through it', async () => {
		const report = await checkTree(
			await tree({
				'worker/src/core/x.ts': "import { y } from './y.ts';\nexport const x = () => y;\n",
				'worker/src/core/y.ts': "import { z } from './z.ts';\nexport const y = () => z;\n",
				'worker/src/core/z.ts': "export { x as z } from './x.ts';\n",
				'reports-site/src/core/self.ts': "import * as me from './self.ts';\nexport const self = me;\n",
			}),
		);
		expect(report.violations).toEqual([]);
		expect(report.cycles).toEqual([
			['reports-site/src/core/self.ts', 'reports-site/src/core/self.ts'],
			['worker/src/core/x.ts', 'worker/src/core/y.ts', 'worker/src/core/z.ts', 'worker/src/core/x.ts'],
		]);
	});
});
