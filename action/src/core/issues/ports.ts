/**
 * The issue tracker port. Adapters: GitHub (Issues REST API through Octokit) and a local
 * directory of JSON files (`--issues local:<dir>`, the demo). The contract test suite runs
 * against both.
 */
import { z } from 'zod';

export const TrackedIssueSchema = z.object({
	number: z.number().int().positive(),
	title: z.string(),
	body: z.string(),
	state: z.enum(['open', 'closed']),
	/** `not_planned` marks duplicates and retired alerts. */
	stateReason: z.enum(['completed', 'not_planned', 'reopened', 'duplicate']).nullable(),
	labels: z.array(z.string()),
	/** The login that opened the issue; pathwatch manages only its own (null: unknown). */
	author: z.string().nullable(),
	/** ISO 8601. */
	createdAt: z.string(),
	updatedAt: z.string(),
	closedAt: z.string().nullable(),
	url: z.string(),
});
export type TrackedIssue = z.infer<typeof TrackedIssueSchema>;

export type NewIssue = { title: string; body: string; labels: string[] };

export type IssuePatch = {
	title?: string;
	body?: string;
	/** Replaces the label set. */
	labels?: string[];
	state?: 'open' | 'closed';
	stateReason?: 'completed' | 'not_planned' | 'reopened';
};

export type TrackerStats = {
	/** HTTP requests sent (retries included); 0 for the local adapter. */
	apiCalls: number;
	/** Of those, conditional reads answered 304 (free against GitHub's rate limit). */
	notModified: number;
	writes: number;
};

export type IssueTracker = {
	/** Where issues live, for logs and the job summary (`github:owner/repo`, `local:/dir`). */
	readonly name: string;
	/** The login this tracker writes as unless told otherwise (`github-actions[bot]` on GitHub). */
	readonly defaultAuthor: string;
	/** Who the token belongs to, asked of the server; null when it cannot say (Actions or App tokens). */
	whoami(): Promise<string | null>;
	/**
	 * Set when the store has no accounts and writes every issue as this author (the local
	 * directory): a configured GitHub login does not apply to it.
	 */
	readonly fixedAuthor: string | null;
	/** Open issues carrying `label`, pull requests excluded, in any order. */
	listOpen(label: string): Promise<TrackedIssue[]>;
	/** Closed issues carrying `label` updated at or after `since`. */
	listClosedSince(label: string, since: Date): Promise<TrackedIssue[]>;
	/** One issue as it is now (writers re-read right before writing: see merge-state.ts). */
	get(number: number): Promise<TrackedIssue>;
	create(issue: NewIssue): Promise<TrackedIssue>;
	update(number: number, patch: IssuePatch): Promise<TrackedIssue>;
	comment(number: number, body: string): Promise<void>;
	stats(): TrackerStats;
};
