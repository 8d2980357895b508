/**
 * The source files under a folder of the repository, for the checks and tools that read them
 * (dependency check, function-size check, module moves): repository-relative, `/`-separated,
 * sorted, without build outputs and installed packages.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Build outputs and installed packages: generated from the sources, or not ours. */
export const BUILD_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'dist', '.wrangler']);

export type SourceFilter = {
	/** File names to keep. */
	name: RegExp;
	/** Folder names skipped wherever they appear (default BUILD_FOLDERS). */
	skip?: ReadonlySet<string>;
};

/** Files under `root/dir` whose name matches, as repository-relative paths; none when `dir` is absent. */
export async function listSources(root: string, dir: string, filter: SourceFilter): Promise<string[]> {
	const skip = filter.skip ?? BUILD_FOLDERS;
	const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
	return entries
		.filter((e) => e.isFile() && filter.name.test(e.name))
		.map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((path) => !path.split('/').some((s) => skip.has(s)))
		.sort();
}
