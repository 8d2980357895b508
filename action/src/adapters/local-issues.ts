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

/** The directory and the clock every operation works with. */
type Store = { root: string; now: () => string };

const fileOf = (store: Store, n: number) => join(store.root, `${n}.json`);

/** null for a number claimed by a concurrent create whose content is not written yet. */
async function readIssue(path: string): Promise<TrackedIssue | null> {
	const text = await readFile(path, 'utf8');
	if (text === '') return null;
	const parsed = StoredIssueSchema.safeParse(JSON.parse(text));
	if (!parsed.success)
		throw new UserError(`${path} is not a pathwatch issue file: ${parsed.error.issues[0]?.message}`);
	return parsed.data;
}

async function readAll(store: Store): Promise<TrackedIssue[]> {
	await mkdir(store.root, { recursive: true });
	const names = (await readdir(store.root)).filter((f) => /^\d+\.json$/.test(f));
	const issues = await Promise.all(names.map((f) => readIssue(join(store.root, f))));
	return issues.filter((i): i is TrackedIssue => i !== null).sort((a, b) => a.number - b.number);
}

async function readExisting(store: Store, number: number): Promise<TrackedIssue> {
	const current = await readIssue(fileOf(store, number)).catch(() => null);
	if (!current) throw new UserError(`issue ${number} does not exist in ${store.root}`);
	return current;
}

async function save(store: Store, issue: TrackedIssue): Promise<void> {
	const tmp = `${fileOf(store, issue.number)}.${randomUUID()}.tmp`;
	await writeFile(tmp, `${JSON.stringify(issue, null, '\t')}\n`);
	await rename(tmp, fileOf(store, issue.number));
}

async function claimNumber(store: Store): Promise<number> {
	await mkdir(store.root, { recursive: true });
	const taken = (await readdir(store.root)).map((f) => /^(\d+)\.json$/.exec(f)?.[1]).filter(Boolean);
	let n = Math.max(0, ...taken.map(Number)) + 1;
	for (;;) {
		try {
			const handle = await open(fileOf(store, n), 'wx');
			await handle.close();
			return n;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			n++; // Another run claimed this number first: take the next one.
		}
	}
}

async function createIssue(store: Store, input: NewIssue): Promise<TrackedIssue> {
	const number = await claimNumber(store);
	const t = store.now();
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
		url: `file://${fileOf(store, number)}`,
	};
	await save(store, issue);
	return issue;
}

/** The issue after `patch`, with GitHub's state rules: closing stamps a reason, reopening clears it. */
function patched(current: TrackedIssue, patch: IssuePatch, t: string): TrackedIssue {
	const next: TrackedIssue = {
		...current,
		...(patch.title !== undefined ? { title: patch.title } : {}),
		...(patch.body !== undefined ? { body: patch.body } : {}),
		...(patch.labels !== undefined ? { labels: [...new Set(patch.labels)] } : {}),
		updatedAt: t,
	};
	if (patch.state === 'closed' && current.state === 'open')
		return { ...next, state: 'closed', closedAt: t, stateReason: patch.stateReason ?? 'completed' };
	if (patch.state === 'open' && current.state === 'closed')
		return { ...next, state: 'open', closedAt: null, stateReason: 'reopened' };
	return next;
}

async function updateIssue(store: Store, number: number, patch: IssuePatch): Promise<TrackedIssue> {
	const next = patched(await readExisting(store, number), patch, store.now());
	await save(store, next);
	return next;
}

async function commentOn(store: Store, number: number, body: string): Promise<void> {
	await readExisting(store, number);
	const line = `${JSON.stringify({ body, createdAt: store.now() })}\n`;
	await appendFile(join(store.root, `${number}.comments.jsonl`), line);
}

async function readComments(store: Store, number: number): Promise<LocalComment[]> {
	const text = await readFile(join(store.root, `${number}.comments.jsonl`), 'utf8').catch(() => '');
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as LocalComment);
}

export function createLocalTracker(
	dir: string,
	options: LocalIssuesOptions = {},
): IssueTracker & {
	/** Comments on one issue, oldest first (the local store's equivalent of the timeline). */
	comments(number: number): Promise<LocalComment[]>;
	/** Every issue, open or closed, whatever its labels. */
	all(): Promise<TrackedIssue[]>;
} {
	const store: Store = {
		root: resolve(dir),
		now: () => (options.now ? options.now() : new Date()).toISOString(),
	};
	let writes = 0;
	const counted = async <T>(write: Promise<T>): Promise<T> => {
		const result = await write;
		writes++;
		return result;
	};
	return {
		name: `local:${store.root}`,
		defaultAuthor: LOCAL_AUTHOR,
		whoami: async () => LOCAL_AUTHOR,
		fixedAuthor: LOCAL_AUTHOR,
		all: () => readAll(store),
		listOpen: async (label) =>
			(await readAll(store)).filter((i) => i.state === 'open' && i.labels.includes(label)),
		listClosedSince: async (label, since) =>
			(await readAll(store)).filter(
				(i) => i.state === 'closed' && i.labels.includes(label) && Date.parse(i.updatedAt) >= since.getTime(),
			),
		get: (number) => readExisting(store, number),
		create: (input) => counted(createIssue(store, input)),
		update: (number, patch) => counted(updateIssue(store, number, patch)),
		comment: (number, body) => counted(commentOn(store, number, body)),
		comments: (number) => readComments(store, number),
		stats: (): TrackerStats => ({ apiCalls: 0, notModified: 0, writes }),
	};
}
