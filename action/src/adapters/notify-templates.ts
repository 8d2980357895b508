/**
 * Per-channel templates: `.github/pathwatch/templates/<channel name>.hbs` (or the file a
 * channel's `template:` names) overrides the built-in wording for that channel.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NotifyConfig } from '../core/config/notify.ts';
import { UserError } from '../core/errors.ts';
import { compileTemplate, DEFAULT_TEMPLATES, type TemplateFn, targetOf } from '../core/notify/templates.ts';

export const TEMPLATE_DIR = '.github/pathwatch/templates';

async function readOptional(path: string): Promise<string | null> {
	try {
		return await readFile(path, 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw e;
	}
}

/** One compiled template per configured channel; a named template that is missing is an error. */
export async function loadTemplates(notify: NotifyConfig, cwd: string): Promise<Map<string, TemplateFn>> {
	const out = new Map<string, TemplateFn>();
	for (const [name, channel] of Object.entries(notify.channels)) {
		const file = join(TEMPLATE_DIR, channel.template ?? `${name}.hbs`);
		const source = await readOptional(join(cwd, file));
		if (source === null && channel.template)
			throw new UserError(`notify.channels.${name}.template: ${file} does not exist`);
		const origin = source === null ? `built-in ${channel.type}` : file;
		out.set(name, compileTemplate(source ?? DEFAULT_TEMPLATES[channel.type], targetOf(channel.type), origin));
	}
	return out;
}
