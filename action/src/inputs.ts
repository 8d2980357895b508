/**
 * The edge where settings enter: the action's inputs (mirroring action.yml, defaults beside
 * each declaration) and the environment the CLI reads. Both are parsed once with zod here;
 * nothing deeper reads `process.env` or `core.getInput`.
 */
import { z } from 'zod';
import { UserError } from './core/errors.ts';
import { GITHUB_LOGIN } from './core/issues/ownership.ts';

export const DEFAULT_CONFIG_PATH = '.github/pathwatch.yml';

const optionalText = z
	.string()
	.transform((s) => s.trim() || undefined)
	.optional();
const booleanText = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.enum(['', 'true', 'false']))
	.transform((s) => s === 'true');

/** action.yml's `inputs:`, one entry each, same names and defaults (a test keeps them in step). */
export const ActionInputsSchema = z.object({
	command: z.enum(['monitor', 'job', 'site', 'simulate', 'demo', 'chatops']).default('monitor'),
	'worker-url': optionalText,
	'admin-token': optionalText,
	// action.yml defaults it to `${{ github.token }}`; empty means "no GitHub token".
	'github-token': optionalText,
	config: z.string().trim().default(DEFAULT_CONFIG_PATH),
	issues: z.string().trim().default('github'),
	'dry-run': booleanText.default(false),
	'etag-cache': optionalText,
	'issues-author': optionalText.refine(
		(s) => s === undefined || GITHUB_LOGIN.test(s),
		'expected a GitHub login',
	),
	args: z.string().default(''),
});
export type ActionInputs = z.output<typeof ActionInputsSchema>;
export const ACTION_INPUT_NAMES = Object.keys(ActionInputsSchema.shape) as (keyof ActionInputs)[];

/**
 * Reads every input through `get` (core.getInput in the action). An empty input takes its
 * default, as the runner does for inputs the workflow does not set.
 */
export function parseActionInputs(get: (name: string) => string): ActionInputs {
	const raw = Object.fromEntries(
		ACTION_INPUT_NAMES.map((name) => [name, get(name)] as const).filter(([, v]) => v !== ''),
	);
	return parseOrExplain(ActionInputsSchema, raw, 'input');
}

const paceMs = z
	.string()
	.trim()
	.transform((s) => (s === '' ? 1000 : Number(s)))
	.pipe(z.number({ message: 'expected a number of ms' }).finite().nonnegative());

/** The environment pathwatch reads (README: CLI), parsed once per command. */
export const EnvSchema = z.object({
	PATHWATCH_URL: optionalText,
	PATHWATCH_ADMIN_TOKEN: optionalText,
	/** `pathwatch simulate`'s bearer token for POST /record. */
	PATHWATCH_INGEST_TOKEN: optionalText,
	/** Salt for the dashboard's keyed IP hash (prefix anonymisation without it). */
	PATHWATCH_IP_SALT: optionalText,
	PATHWATCH_SITE_URL: optionalText,
	/** Retry and write pacing unit in ms (default 1000); tests lower it. */
	PATHWATCH_PACE_MS: paceMs.default(1000),
	GITHUB_TOKEN: optionalText,
	GITHUB_REPOSITORY: optionalText,
	GITHUB_API_URL: optionalText,
	GITHUB_STEP_SUMMARY: optionalText,
	GITHUB_RUN_ID: optionalText,
	GITHUB_RUN_ATTEMPT: optionalText,
	GITHUB_EVENT_NAME: optionalText,
	GITHUB_EVENT_PATH: optionalText,
	GITHUB_WORKSPACE: optionalText,
	GITHUB_SERVER_URL: optionalText,
});
export type Env = z.output<typeof EnvSchema>;

export function parseEnv(env: Record<string, string | undefined>): Env {
	return parseOrExplain(EnvSchema, env, 'environment variable');
}

function parseOrExplain<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw new UserError(`${what} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}
