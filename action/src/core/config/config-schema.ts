import { z } from 'zod';
import { ConfigSchema } from './config.ts';

/** The editor JSON Schema (draft-07, what yaml-language-server reads) for the config input. */
export function configJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
	return {
		...schema,
		$id: 'https://github.com/pathwatch/pathwatch/action/config.schema.json',
		title: 'pathwatch configuration (.github/pathwatch.yml)',
	};
}
