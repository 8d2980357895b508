import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/check-worker-config.ts', import.meta.url));
const SHIPPED = fileURLToPath(new URL('../../worker/wrangler.jsonc', import.meta.url));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function cli(config: string): Promise<{ code: number; out: string; err: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, config]);
		return { code: 0, out: stdout, err: stderr };
	} catch (e) {
		const x = e as { code: number; stdout: string; stderr: string };
		return { code: x.code, out: x.stdout, err: x.stderr };
	}
}

/** The shipped config with `edit` applied to its text, written to a temporary directory. */
async function variant(edit: (text: string) => string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'pathwatch-config-'));
	dirs.push(dir);
	const path = join(dir, 'wrangler.jsonc');
	await writeFile(path, edit(await readFile(SHIPPED, 'utf8')));
	return path;
}

describe('worker config check (run before every deploy)', () => {
	it('passes the shipped config', async () => {
		const r = await cli(SHIPPED);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/variables valid \(top level\)/);
	}, 30_000);

	it('fails on a bad variable, naming each one, as the deployed Worker would answer 500', async () => {
		const bad = await variant((t) =>
			t
				.replace('"FLUSH_INTERVAL_MS": "60000"', '"FLUSH_INTERVAL_MS": "60s"')
				.replace('"SHARD_COUNT": "4"', '"SHARD_COUNT": "0"'),
		);
		const r = await cli(bad);
		expect(r.code).toBe(1);
		expect(r.err).toContain('(top level): invalid configuration:');
		expect(r.err).toContain('SHARD_COUNT must be at least 1');
		expect(r.err).toContain('FLUSH_INTERVAL_MS must be a number');
	}, 30_000);

	it('checks each environment with its own variables', async () => {
		const staging = await variant((t) =>
			t.replace(
				'"triggers":',
				'"env": { "staging": { "vars": { "ROLLUP_STEP_MS": "7000" } } },\n\t"triggers":',
			),
		);
		const r = await cli(staging);
		expect(r.code).toBe(1);
		expect(r.err).toContain('(env.staging): invalid configuration: ROLLUP_STEP_MS must divide 60000');
		expect(r.err).not.toContain('(top level)');
	}, 30_000);

	it('fails on a file wrangler cannot read', async () => {
		const broken = await variant((t) => t.replace('"vars": {', '"vars": {{'));
		const r = await cli(broken);
		expect(r.code).toBe(1);
		expect(r.err).toContain('wrangler.jsonc');
	}, 30_000);
});
