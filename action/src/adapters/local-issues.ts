/**
 * The issue tracker as a directory of JSON files (`--issues local:<dir>`, the demo):
 * `<n>.json` per issue and `<n>.comments.jsonl` for its comments. Numbers are claimed with an
 * exclusive create so two concurrent runs never share one; updates replace files atomically.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../core/errors.ts';
import {
	type IssuePatch,
	type IssueTracker,
	type NewIssue,
	type TrackedIssue,
	TrackedIssueSchema,
	type TrackerStats,
} from '../core/issues/ports.ts';

/** The local store has no accounts: every issue it creates is written as this author. */
export const LOCAL_AUTHOR = 'pathwatch';

// Files written before issues carried an author were all written by the store itself.
const StoredIssueSchema = TrackedIssueSchema.extend({ author: z.string().nullable().default(LOCAL_AUTHOR) });

export type LocalComment = { body: string; createdAt: string };

export type LocalIssuesOptions = { now?: () => Date };

export function createLocalTracker(
	dir: string,
	options: LocalIssuesOptions = {},
): IssueTracker & {
	/** Comments on one issue, oldest first (the local store's equivalent of the timeline). */
	comments(number: number): Promise<LocalComment[]>;
	/** Every issue, open or closed, whatever its labels. */
	all(): Promise<TrackedIssue[]>;
} {
	const root = resolve(dir);
	const now = () => (options.now ? options.now() : new Date()).toISOString();
	const stats: TrackerStats = { apiCalls: 0, notModified: 0, writes: 0 };
	const file = (n: number) => join(root, `${n}.json`);

	async function all(): Promise<TrackedIssue[]> {
		await mkdir(root, { recursive: true });
		const names = (await readdir(root)).filter((f) => /^\d+\.json$/.test(f));
		const issues = await Promise.all(names.map((f) => read(join(root, f))));
		return issues.filter((i): i is TrackedIssue => i !== null).sort((a, b) => a.number - b.number);
	}

	/** null for a number claimed by a concurrent create whose content is not written yet. */
	async function read(path: string): Promise<TrackedIssue | null> {
		const text = await readFile(path, 'utf8');
		if (text === '') return null;
		const parsed = StoredIssueSchema.safeParse(JSON.parse(text));
		if (!parsed.success)
			throw new UserError(`${path} is not a pathwatch issue file: ${parsed.error.issues[0]?.message}`);
		return parsed.data;
	}

	async function save(issue: TrackedIssue): Promise<void> {
		const tmp = `${file(issue.number)}.${randomUUID()}.tmp`;
		await writeFile(tmp, `${JSON.stringify(issue, null, '\t')}\n`);
		await rename(tmp, file(issue.number));
	}

	async function claimNumber(): Promise<number> {
		await mkdir(root, { recursive: true });
		const taken = (await readdir(root)).map((f) => /^(\d+)\.json$/.exec(f)?.[1]).filter(Boolean);
		let n = Math.max(0, ...taken.map(Number)) + 1;
		for (;;) {
			try {
				const handle = await open(file(n), 'wx');
				await handle.close();
				return n;
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
				n++; // Another run claimed this number first: take the next one.
			}
		}
	}

	return {
		name: `local:${root}`,
		defaultAuthor: LOCAL_AUTHOR,
		whoami: async () => LOCAL_AUTHOR,
		all,
		async listOpen(label) {
			return (await all()).filter((i) => i.state === 'open' && i.labels.includes(label));
		},
		async listClosedSince(label, since) {
			return (await all()).filter(
				(i) => i.state === 'closed' && i.labels.includes(label) && Date.parse(i.updatedAt) >= since.getTime(),
			);
		},
		async create(input: NewIssue) {
			const number = await claimNumber();
			const t = now();
			const issue: TrackedIssue = {
				number,
				title: input.title,
				body: input.body,
				state: 'open',
				stateReason: null,
				labels: [...new Set(input.labels)],
				author: LOCAL_AUTHOR,
				createdAt: t,
				updatedAt: t,
				closedAt: null,
				url: `file://${file(number)}`,
			};
			await save(issue);
			stats.writes++;
			return issue;
		},
		async update(number: number, patch: IssuePatch) {
			const current = await read(file(number)).catch(() => null);
			if (!current) throw new UserError(`issue ${number} does not exist in ${root}`);
			const t = now();
			const next: TrackedIssue = {
				...current,
				...(patch.title !== undefined ? { title: patch.title } : {}),
				...(patch.body !== undefined ? { body: patch.body } : {}),
				...(patch.labels !== undefined ? { labels: [...new Set(patch.labels)] } : {}),
				updatedAt: t,
			};
			if (patch.state === 'closed' && current.state === 'open') {
				next.state = 'closed';
				next.closedAt = t;
				next.stateReason = patch.stateReason ?? 'completed';
			} else if (patch.state === 'open' && current.state === 'closed') {
				next.state = 'open';
				next.closedAt = null;
				next.stateReason = 'reopened';
			}
			await save(next);
			stats.writes++;
			return next;
		},
		async comment(number: number, body: string) {
			if (!(await read(file(number)).catch(() => null)))
				throw new UserError(`issue ${number} does not exist in ${root}`);
			await appendFile(
				join(root, `${number}.comments.jsonl`),
				`${JSON.stringify({ body, createdAt: now() })}\n`,
			);
			stats.writes++;
		},
		async comments(number: number) {
			const text = await readFile(join(root, `${number}.comments.jsonl`), 'utf8').catch(() => '');
			return text
				.split('\n')
				.filter(Boolean)
				.map((line) => JSON.parse(line) as LocalComment);
		},
		stats: () => ({ ...stats }),
	};
}
