/** `--issues-author` is checked like the action input and the config value before any command uses it. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../action/src/core/config/config-file.ts';
import { UserError } from '../../action/src/core/errors.ts';
import { issuesAuthor } from '../../action/src/monitor/options.ts';

describe('--issues-author', () => {
	const config = parseConfig('issues:\n  author: ops-bot[bot]\n', 'pathwatch.yml');

	it('takes a login, else the config value', () => {
		expect(issuesAuthor('my-app[bot]', config)).toBe('my-app[bot]');
		expect(issuesAuthor(undefined, config)).toBe('ops-bot[bot]');
	});

	it('refuses text that is not a GitHub login (it would reach summaries and queries)', () => {
		for (const bad of ['> [!CAUTION] x', 'a b', '[bot]', 'x'.repeat(41), 'evil](https://x.example)'])
			expect(() => issuesAuthor(bad, config)).toThrow(UserError);
	});
});
