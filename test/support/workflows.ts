/**
 * Reads the committed workflow files the way GitHub does, for tests and benchmarks that must
 * measure the shipped configuration rather than a copy of it: YAML parsing, trigger events, and
 * the subset of `${{ }}` expressions pathwatch's workflows use (context property paths, string
 * literals, `||`). Anything else throws, so a new construct cannot be silently misread.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const StepSchema = z.object({
	name: z.string().optional(),
	id: z.string().optional(),
	if: z.string().optional(),
	uses: z.string().optional(),
	run: z.string().optional(),
	with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
	env: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type WorkflowStep = z.infer<typeof StepSchema>;

const ConcurrencySchema = z.union([
	z.string().transform((group) => ({ group, 'cancel-in-progress': false as boolean | string })),
	z.object({ group: z.string(), 'cancel-in-progress': z.union([z.boolean(), z.string()]).default(false) }),
]);

const WorkflowSchema = z.object({
	name: z.string(),
	on: z.union([z.string(), z.array(z.string()), z.record(z.string(), z.unknown())]),
	concurrency: ConcurrencySchema.optional(),
	jobs: z.record(
		z.string(),
		z.object({ concurrency: ConcurrencySchema.optional(), steps: z.array(StepSchema).optional() }),
	),
});
export type Workflow = z.infer<typeof WorkflowSchema> & { file: string };

export const WORKFLOW_DIR = '.github/workflows';

/** Every workflow file in `dir`, validated. */
export async function loadWorkflows(dir = WORKFLOW_DIR): Promise<Workflow[]> {
	const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
	return Promise.all(files.map(async (file) => loadWorkflow(join(dir, file))));
}

export async function loadWorkflow(path: string): Promise<Workflow> {
	return parseWorkflow(await readFile(path, 'utf8'), path);
}

export function parseWorkflow(text: string, file: string): Workflow {
	const parsed = WorkflowSchema.safeParse(parse(text));
	if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? 'invalid workflow'}`);
	return { ...parsed.data, file };
}

/** The events that trigger `w`, and the cron lines of its schedule. */
export function triggers(w: Workflow): { events: string[]; crons: string[] } {
	if (typeof w.on === 'string') return { events: [w.on], crons: [] };
	if (Array.isArray(w.on)) return { events: w.on, crons: [] };
	const schedule = z
		.array(z.object({ cron: z.string() }))
		.optional()
		.parse(w.on.schedule);
	return { events: Object.keys(w.on), crons: (schedule ?? []).map((s) => s.cron) };
}

export type ExprContext = Record<string, unknown>;

function lookup(path: string, ctx: ExprContext): unknown {
	let value: unknown = ctx;
	for (const key of path.split('.')) {
		value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	}
	return value ?? null;
}

function evaluateOperand(operand: string, ctx: ExprContext): unknown {
	const literal = /^'((?:[^']|'')*)'$/.exec(operand);
	if (literal) return (literal[1] ?? '').replaceAll("''", "'");
	if (/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(operand)) return lookup(operand, ctx);
	throw new Error(`unsupported expression: ${operand}`);
}

/** One `${{ }}` body: `a || b || …`, GitHub's first-truthy semantics. */
export function evaluate(expr: string, ctx: ExprContext): unknown {
	const operands = expr.split('||').map((s) => s.trim());
	let value: unknown = null;
	for (const operand of operands) {
		value = evaluateOperand(operand, ctx);
		if (value !== null && value !== '' && value !== false && value !== 0) return value;
	}
	return value;
}

/** Substitutes every `${{ }}` in `text` (null becomes the empty string, as on GitHub). */
export function interpolate(text: string, ctx: ExprContext): string {
	return text.replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => String(evaluate(expr, ctx) ?? ''));
}
