/**
 * Renders the configuration reference in README.md (between the config-reference markers) from
 * action/config.schema.json, itself generated from the zod schema. `--check` fails when stale.
 */
import { readFile, writeFile } from 'node:fs/promises';

type Schema = {
	type?: string | string[];
	description?: string;
	default?: unknown;
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, Schema>;
	items?: Schema;
	anyOf?: Schema[];
	oneOf?: Schema[];
	minimum?: number;
	maximum?: number;
	pattern?: string;
	required?: string[];
};

const START = '<!-- config-reference:start -->';
const END = '<!-- config-reference:end -->';

function typeOf(s: Schema): string {
	if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
	if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
	const alts = s.anyOf ?? s.oneOf;
	if (alts) return alts.map(typeOf).join(' \\| ');
	if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
	if (s.pattern?.includes('ms|s|m|h|d|w')) return 'duration (`30s`, `5m`, `2h`, `1d`)';
	const t = Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any');
	const range = [
		s.minimum !== undefined ? `≥ ${s.minimum}` : '',
		s.maximum !== undefined ? `≤ ${s.maximum}` : '',
	]
		.filter(Boolean)
		.join(', ');
	return range ? `${t} (${range})` : t;
}

function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function rows(s: Schema, path: string, out: string[]): void {
	const json = s.default === undefined ? '' : JSON.stringify(s.default);
	const def = json === '' ? '' : json.length > 60 ? 'see `.github/pathwatch.yml`' : `\`${json}\``;
	if (path) out.push(`| \`${path}\` | ${typeOf(s)} | ${cell(def)} | ${cell(s.description ?? '')} |`);
	for (const [key, child] of Object.entries(s.properties ?? {}))
		rows(child, path ? `${path}.${key}` : key, out);
	if (s.type === 'array' && s.items?.properties) rows({ ...s.items, type: 'object' }, `${path}[]`, out);
}

const schema = JSON.parse(await readFile('action/config.schema.json', 'utf8')) as Schema;
const table = ['| key | type | default | meaning |', '|---|---|---|---|'];
rows(schema, '', table);
// Nested item rows repeat their parent's object row; keep the first occurrence of each key.
const unique = table.filter((line, i) => table.indexOf(line) === i);
const block = `${START}\n${unique.join('\n')}\n${END}`;
const readme = await readFile('README.md', 'utf8');
const re = new RegExp(`${START}[\\s\\S]*?${END}`);
if (!re.test(readme)) throw new Error('README.md has no config-reference markers');
const next = readme.replace(re, block);
if (process.argv.includes('--check')) {
	if (next !== readme) {
		console.error('README.md configuration reference is stale: run `node scripts/gen-config-docs.ts`');
		process.exit(1);
	}
} else {
	await writeFile('README.md', next);
	console.log(`README.md: ${unique.length - 2} configuration keys`);
}
