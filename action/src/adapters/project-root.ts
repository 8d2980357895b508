/**
 * Where the pathwatch package lives, from the running module itself: the sources sit three
 * folders down (action/src/adapters) but the bundle only two (action/dist), and `npx pathwatch`
 * may run from any current directory, so neither a fixed `../..` nor the cwd will do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'pathwatch';

function isPathwatchPackage(dir: string): boolean {
	const file = join(dir, 'package.json');
	if (!existsSync(file)) return false;
	try {
		return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
	} catch {
		// An unreadable or non-JSON package.json is some other package's problem: keep walking up.
		return false;
	}
}

/** The nearest folder at or above `from` (a file URL) whose package.json is named pathwatch. */
export function projectRoot(from: string = import.meta.url): string {
	let dir = dirname(fileURLToPath(from));
	for (;;) {
		if (isPathwatchPackage(dir)) return dir;
		const parent = dirname(dir);
		if (parent === dir) throw new Error(`no package.json named ${PACKAGE_NAME} above ${fileURLToPath(from)}`);
		dir = parent;
	}
}

/** Wrangler's CLI script as Node resolves the package from pathwatch's root (hoisted or not). */
export function wranglerBin(root: string): string {
	const pkg = createRequire(join(root, 'package.json')).resolve('wrangler/package.json');
	return join(dirname(pkg), 'bin', 'wrangler.js');
}
