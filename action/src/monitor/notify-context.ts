/** The runtime parts of notifications, from the environment and the repository's template files. */
import { randomUUID } from 'node:crypto';
import { loadTemplates } from '../adapters/notify-templates.ts';
import type { Config } from '../core/config/config.ts';
import type { NotifyContext } from './notify-step.ts';

/**
 * Templates, secrets (the environment the config's `*_env` names point into), this run's
 * claim id and where runbooks live. Template errors surface here, before anything is written.
 */
export async function prepareNotify(
	config: Config,
	env: Readonly<Record<string, string | undefined>>,
	cwd: string,
): Promise<NotifyContext> {
	const repo = env.GITHUB_REPOSITORY;
	const server = env.GITHUB_SERVER_URL || 'https://github.com';
	const runbooksUrl =
		config.notify.runbooks_url ?? (repo ? `${server}/${repo}/blob/HEAD/docs/RUNBOOKS.md` : null);
	const runId = env.GITHUB_RUN_ID
		? `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
		: `local-${randomUUID().slice(0, 8)}`;
	return {
		templates: await loadTemplates(config.notify, cwd),
		env,
		runId,
		source: repo ? `github.com/${repo}` : 'pathwatch',
		runbooksUrl,
	};
}
