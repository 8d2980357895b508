import { describe, expect, it } from 'vitest';
import { runCli } from '../../action/src/run-cli.ts';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	return { out, err, io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) } };
}

describe('pathwatch CLI', () => {
	it('lists its commands with --help and exits 0', async () => {
		const c = capture();
		expect(await runCli(['--help'], c.io)).toBe(0);
		expect(c.out.join('\n')).toMatch(/monitor[\s\S]*job[\s\S]*site[\s\S]*simulate[\s\S]*demo/);
	});

	it('rejects an unknown command with exit 2 and the usage', async () => {
		const c = capture();
		expect(await runCli(['frobnicate'], c.io)).toBe(2);
		expect(c.err.join('\n')).toContain("unknown command 'frobnicate'");
	});
});
