/**
 * The issue tracker port. Adapters: GitHub (Issues REST API through Octokit) and a local
 * directory of JSON files (`--issues local:<dir>`, the demo). The contract test suite runs
 * against both.
 */

export type TrackedIssue = {
	number: number;
	title: string;
	body: string;
	state: 'open' | 'closed';
	/** `not_planned` marks duplicates and retired alerts. */
	stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
	labels: string[];
	/** ISO 8601. */
	createdAt: string;
	updatedAt: string;
	closedAt: string | null;
	url: string;
};

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
	/** Open issues carrying `label`, pull requests excluded, in any order. */
	listOpen(label: string): Promise<TrackedIssue[]>;
	/** Closed issues carrying `label` updated at or after `since`. */
	listClosedSince(label: string, since: Date): Promise<TrackedIssue[]>;
	create(issue: NewIssue): Promise<TrackedIssue>;
	update(number: number, patch: IssuePatch): Promise<TrackedIssue>;
	comment(number: number, body: string): Promise<void>;
	stats(): TrackerStats;
};
