import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUT_NAMES, parseActionInputs, parseEnv } from '../../action/src/inputs.ts';

const ROOT = new URL('../../', import.meta.url);
type ActionYml = { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };

describe('action inputs', () => {
	it('mirror action.yml: the same names, and the same defaults where action.yml gives one', async () => {
		const yml = parse(await readFile(new URL('action.yml', ROOT), 'utf8')) as ActionYml;
		expect([...ACTION_INPUT_NAMES].sort()).toEqual(Object.keys(yml.inputs).sort());
		const defaults = parseActionInputs(() => '');
		for (const [name, input] of Object.entries(yml.inputs)) {
			// An expression is the runner's to evaluate; an unset token means "none".
			if (input.default === undefined || input.default.startsWith('${{')) continue;
			expect(String(defaults[name as keyof typeof defaults]), name).toBe(input.default);
		}
	});

	it('declares every output the entry sets', async () => {
		const yml = parse(await readFile(new URL('action.yml', ROOT), 'utf8')) as ActionYml;
		const source = await readFile(new URL('action/src/action.ts', ROOT), 'utf8');
		const set = [...source.matchAll(/setOutput\('([\w-]+)'/g)].map((m) => m[1]);
		expect(set.length).toBeGreaterThan(5);
		for (const name of set) expect(Object.keys(yml.outputs), name).toContain(name);
	});

	it.each([
		[{ 'dry-run': 'maybe' }, /input dry-run/],
		[{ command: 'deploy' }, /input command/],
		[{ 'issues-author': 'not a login!' }, /input issues-author: expected a GitHub login/],
	])('refuses %j with a message naming the input', (inputs, message) => {
		expect(() => parseActionInputs((n) => (inputs as Record<string, string>)[n] ?? '')).toThrow(message);
	});

	it('parses the environment once: pacing is a number of ms, 1000 when unset, refused when not a number', () => {
		expect(parseEnv({}).PATHWATCH_PACE_MS).toBe(1000);
		expect(parseEnv({ PATHWATCH_PACE_MS: '5' }).PATHWATCH_PACE_MS).toBe(5);
		expect(() => parseEnv({ PATHWATCH_PACE_MS: 'fast' })).toThrow(/PATHWATCH_PACE_MS/);
		expect(() => parseEnv({ PATHWATCH_PACE_MS: '-1' })).toThrow(/PATHWATCH_PACE_MS/);
		expect(parseEnv({ GITHUB_TOKEN: '' }).GITHUB_TOKEN).toBeUndefined();
	});
});
