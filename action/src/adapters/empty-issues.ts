/** A tracker with no issues that refuses writes: `--issues dry-run` without GitHub credentials. */
import { UserError } from '../core/errors.ts';
import type { IssueTracker } from '../core/issues/ports.ts';

export function createEmptyTracker(): IssueTracker {
	const refuse = async (): Promise<never> => {
		throw new UserError('the dry-run tracker cannot write issues');
	};
	return {
		name: 'dry-run (no existing issues read)',
		defaultAuthor: 'github-actions[bot]',
		whoami: async () => null,
		fixedAuthor: null,
		listOpen: async () => [],
		listClosedSince: async () => [],
		get: async (number) => {
			throw new UserError(`the dry-run tracker holds no issues (asked for #${number})`);
		},
		create: refuse,
		update: refuse,
		comment: refuse,
		stats: () => ({ apiCalls: 0, notModified: 0, writes: 0 }),
	};
}
