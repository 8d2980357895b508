/**
 * `npm run build:worker` (wrangler's dry-run bundle) writes everything into one ignored folder,
 * worker/dist/: an earlier script left wrangler's README.md in an untracked root dist/.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Files git would offer to add: untracked and not ignored. */
async function untracked(): Promise<string[]> {
	const { stdout } = await run('git', ['ls-files', '--others', '--exclude-standard'], { cwd: ROOT });
	return stdout.split('\n').filter(Boolean);
}

describe('npm run build:worker', () => {
	it('writes the bundle and its README into worker/dist/ and leaves nothing for git to add', async () => {
		const before = new Set(await untracked());
		const started = Date.now();
		await run('npm', ['run', 'build:worker'], {
			cwd: ROOT,
			env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
			maxBuffer: 16 * 1024 * 1024,
		});
		for (const file of ['index.js', 'README.md']) {
			const info = await stat(join(ROOT, 'worker/dist', file));
			expect(info.mtimeMs).toBeGreaterThanOrEqual(started - 1000);
		}
		// Other work in the same tree may add files meanwhile: only build outputs count here.
		const added = (await untracked()).filter((f) => !before.has(f) && !f.startsWith('test-output/'));
		expect(added.filter((f) => /(^|\/)dist\//.test(f) || f.startsWith('worker/'))).toEqual([]);
	}, 180_000);
});
