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

	it('monitor --help prints its options and exits 0', async () => {
		const c = capture();
		expect(await runCli(['monitor', '--help'], { ...c.io, env: {} })).toBe(0);
		expect(c.out.join('\n')).toMatch(/--issues <where>\s+github \| dry-run \| local:<dir>/);
	});

	it.each([
		[['monitor'], {}, 'set the collector URL with --url or PATHWATCH_URL'],
		[['monitor', '--url', 'http://127.0.0.1:9'], {}, 'set PATHWATCH_ADMIN_TOKEN'],
		[['monitor', '--bogus'], {}, "Unknown option '--bogus'"],
		[
			['monitor', '--issues', 'jira'],
			{ PATHWATCH_URL: 'http://127.0.0.1:9', PATHWATCH_ADMIN_TOKEN: 't' },
			"--issues must be github, dry-run or local:<dir>, got 'jira'",
		],
		[
			['monitor'],
			{ PATHWATCH_URL: 'http://127.0.0.1:9', PATHWATCH_ADMIN_TOKEN: 't' },
			'--issues github needs GITHUB_TOKEN and GITHUB_REPOSITORY',
		],
		[
			['monitor', '--at', 'yesterday'],
			{ PATHWATCH_URL: 'http://127.0.0.1:9', PATHWATCH_ADMIN_TOKEN: 't' },
			"--at must be an ISO 8601 time, got 'yesterday'",
		],
	])('monitor %j with env %j exits 2: %s', async (args, env, message) => {
		const c = capture();
		expect(await runCli(args, { ...c.io, env, cwd: '/nonexistent' })).toBe(2);
		expect(c.err.join('\n')).toContain(message);
	});
});
