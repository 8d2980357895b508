import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, wranglerBin } from '../../action/src/adapters/project-root.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function write(root: string, path: string, text: string) {
	await mkdir(join(root, path, '..'), { recursive: true });
	await writeFile(join(root, path), text);
}

describe('projectRoot', () => {
	it('finds the pathwatch package from the sources, the bundle and an installed copy', async () => {
		const tmp = await mkdtemp(join(tmpdir(), 'pathwatch-root-'));
		dirs.push(tmp);
		await write(tmp, 'app/package.json', '{"name":"someone-else"}');
		await write(tmp, 'app/node_modules/pathwatch/package.json', '{"name":"pathwatch"}');
		await write(tmp, 'app/node_modules/pathwatch/action/dist/chunks/package.json', '{');
		await write(tmp, 'app/node_modules/wrangler/package.json', '{"name":"wrangler"}');
		const pkg = join(tmp, 'app/node_modules/pathwatch');
		const at = (p: string) => pathToFileURL(join(pkg, p)).href;
		expect(projectRoot(at('action/dist/cli.js'))).toBe(pkg);
		expect(projectRoot(at('action/dist/chunks/chunk-1.js'))).toBe(pkg);
		expect(projectRoot(at('action/src/adapters/local-worker.ts'))).toBe(pkg);
		// wrangler hoisted beside pathwatch, as npm installs it for a dependent project.
		expect(wranglerBin(pkg)).toBe(join(tmp, 'app/node_modules/wrangler/bin/wrangler.js'));
	});

	it('says which file it started from when no pathwatch package is above it', async () => {
		const tmp = await mkdtemp(join(tmpdir(), 'pathwatch-root-'));
		dirs.push(tmp);
		await write(tmp, 'other/package.json', '{"name":"other"}');
		const from = pathToFileURL(join(tmp, 'other/dist/x.js')).href;
		expect(() => projectRoot(from)).toThrow(/no package.json named pathwatch above .*other\/dist\/x\.js/);
	});

	it('finds this repository from its own sources', () => {
		expect(projectRoot()).toBe(join(import.meta.dirname, '../..'));
	});
});
