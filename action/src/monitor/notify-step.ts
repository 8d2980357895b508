/**
 * The notification step of a monitor run, after the issue writes: find what each channel is
 * owed, claim those issues against overlapping runs, deliver (retrying with backoff), and
 * record every outcome in the issues' hidden state. A failing channel only fails itself: it
 * stays pending for the next run and shows in the summary and outputs.
 */
import { DAY_MS } from '../../../worker/src/contract/time.ts';
import { type ChannelSend, sendToChannel } from '../adapters/notify-channels.ts';
import type { AlertEval } from '../core/alerts/alert.ts';
import type { Config } from '../core/config/config.ts';
import { mergeState } from '../core/issues/merge-state.ts';
import type { IssueTracker } from '../core/issues/ports.ts';
import { replaceState } from '../core/issues/reconcile-sweep.ts';
import { type ParsedIssue, parseIssue, parseState } from '../core/issues/state.ts';
import { holdsClaim, mayClaim, withClaim } from '../core/notify/claim.ts';
import { notifyStateOf } from '../core/notify/notify-state.ts';
import {
	type IssueNotice,
	type Item,
	planDeliveries,
	renderByChannel,
} from '../core/notify/plan-deliveries.ts';
import type { TemplateFn } from '../core/notify/templates.ts';
import { isEscalated, recordOutcome, type Transition } from '../core/notify/transitions.ts';
import type { OwnIssues } from './own-issues.ts';
import { writeIssue } from './write-issue.ts';

export const ESCALATED_LABEL = 'escalated';
/** Closed issues looked at for pending resolutions and retries. */
const RETRY_HORIZON_MS = DAY_MS;

type OwnIssueReader = Pick<OwnIssues, 'listOpen' | 'closedSince'>;

export type NotifyOptions = {
	config: Config;
	tracker: IssueTracker;
	/** This run's own alert issues (never forged ones), listed afresh on each call. */
	issues: OwnIssueReader;
	evals: readonly AlertEval[];
	templates: ReadonlyMap<string, TemplateFn>;
	env: Readonly<Record<string, string | undefined>>;
	/** Identifies this run in claims (GitHub run id and attempt, or a random id). */
	runId: string;
	source: string;
	dryRun: boolean;
	now: () => number;
	sleep?: (ms: number) => Promise<void>;
	fetch?: typeof fetch;
	log: (line: string) => void;
};

export type DeliveryReport = {
	channel: string;
	alertname: string;
	issue: number;
	transition: Transition | 'resend';
	ok: boolean;
	attempts: number;
	error?: string;
};

export type NotifyReport = {
	deliveries: DeliveryReport[];
	held: { number: number; alertname: string; reason: string }[];
	/** Issues another run was delivering for. */
	yielded: number[];
};

export const NO_NOTIFICATIONS: NotifyReport = { deliveries: [], held: [], yielded: [] };
const EMPTY = NO_NOTIFICATIONS;

/** What the entry point provides for notifications: templates, secrets, identity. */
export type NotifyContext = Pick<
	NotifyOptions,
	'templates' | 'env' | 'runId' | 'source' | 'sleep' | 'fetch'
> & {
	/** docs/RUNBOOKS.md as a URL, for alerts without a configured runbook_url. */
	runbooksUrl: string | null;
};
const sleeper = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function listIssues(issues: OwnIssueReader, now: number): Promise<ParsedIssue[]> {
	const [open, closed] = await Promise.all([
		issues.listOpen(),
		// The GitHub tracker rounds `since` to the hour itself, so the cached ETag holds.
		issues.closedSince(new Date(now - RETRY_HORIZON_MS)),
	]);
	return [...open, ...closed];
}

/** Runs the notification step; never throws for a channel's failure. */
export async function runNotifications(opts: NotifyOptions): Promise<NotifyReport> {
	const { config } = opts;
	if (Object.keys(config.notify.channels).length === 0) return EMPTY;
	const first = planDeliveries(
		await listIssues(opts.issues, opts.now()),
		opts.evals,
		config.notify,
		opts.now(),
	);
	if (opts.dryRun || first.notices.length === 0) {
		for (const n of first.notices)
			opts.log(
				`${n.state.alertname}: would notify ${n.pending.map((p) => `${p.channel} (${p.transition})`).join(', ')}`,
			);
		return { ...EMPTY, held: first.held };
	}
	const { mine, yielded } = await claim(opts, first.notices);
	const deliveries = await deliver(opts, mine);
	return { deliveries, held: first.held, yielded };
}

/** Writes this run's claim into each issue, waits, and keeps the issues where it held. */
async function claim(
	opts: NotifyOptions,
	notices: readonly IssueNotice[],
): Promise<{ mine: IssueNotice[]; yielded: number[] }> {
	const yielded: number[] = [];
	const claimed = new Set<number>();
	for (const n of notices) {
		if (!n.pending.length) continue;
		// Fischer's bound holds only if every claim is written right after reading the issue:
		// paced writes must not stretch the read-to-write gap past claim_settle, so each claim
		// is decided on the issue as re-read just before its write.
		let busy = false;
		const written = await writeIssue(
			opts.tracker,
			n.issue.number,
			(fresh) => {
				const st = parseIssue(fresh)?.alert;
				if (!st || st.fingerprint !== n.state.fingerprint) return null;
				const ns = notifyStateOf(st);
				busy = !mayClaim(ns, opts.runId, opts.now());
				if (busy) return null;
				return { body: replaceState(fresh.body, { ...st, notify: withClaim(ns, opts.runId, opts.now()) }) };
			},
			'deliveries',
		);
		if (busy) yielded.push(n.issue.number);
		if (written) claimed.add(n.issue.number);
	}
	if (claimed.size > 0) await (opts.sleep ?? sleeper)(opts.config.notify.claim_settle);
	// Re-read: pending work is recomputed from what the issues say now.
	const fresh = planDeliveries(
		await listIssues(opts.issues, opts.now()),
		opts.evals,
		opts.config.notify,
		opts.now(),
	);
	const mine: IssueNotice[] = [];
	for (const n of fresh.notices) {
		const held = claimed.has(n.issue.number) && holdsClaim(notifyStateOf(n.state), opts.runId);
		if (held) mine.push(n);
		else if (n.resend.length > 0) mine.push({ ...n, pending: [] });
		if (claimed.has(n.issue.number) && !held) yielded.push(n.issue.number);
	}
	return { mine, yielded };
}

async function deliver(opts: NotifyOptions, notices: readonly IssueNotice[]): Promise<DeliveryReport[]> {
	const { config } = opts;
	const byChannel = renderByChannel(notices, opts.templates, config.notify.dashboard_url ?? null, opts.now());
	const sends: ChannelSend[] = [];
	const ctx = {
		env: opts.env,
		policy: {
			attempts: config.notify.retry.attempts,
			backoffMs: config.notify.retry.backoff,
			...(opts.sleep ? { sleep: opts.sleep } : {}),
			...(opts.fetch ? { fetch: opts.fetch } : {}),
		},
		now: opts.now(),
		dashboardUrl: config.notify.dashboard_url ?? null,
		source: opts.source,
	};
	// Channels are independent: one slow or failing endpoint does not hold up the others.
	const results = await Promise.all(
		[...byChannel].map(async ([name, items]) => {
			const channel = config.notify.channels[name];
			return channel ? sendToChannel(channel, items, ctx) : [];
		}),
	);
	for (const r of results) sends.push(...r);
	await record(opts, notices, sends);
	return sends.flatMap((s) =>
		(s.items as Item[]).map((i) => ({
			channel: i.channel,
			alertname: i.event.alertname,
			issue: i.issue,
			transition: i.resend ? ('resend' as const) : i.event.transition,
			ok: s.result.ok,
			attempts: s.result.attempts,
			...(s.result.error ? { error: s.result.error } : {}),
		})),
	);
}

/** One write per claimed issue: outcomes recorded, claim released, `escalated` label in step. */
async function record(opts: NotifyOptions, notices: readonly IssueNotice[], sends: readonly ChannelSend[]) {
	const now = opts.now();
	for (const n of notices) {
		if (n.pending.length === 0) continue;
		let state = n.state;
		for (const s of sends) {
			const mine = (s.items as Item[]).filter((i) => i.issue === n.issue.number && !i.resend);
			const channel = mine[0]?.channel;
			if (!channel) continue;
			const transitions = mine.map((i) => i.event.transition);
			const notify = recordOutcome(
				state,
				{ channel, transitions, ok: s.result.ok, error: s.result.error },
				now,
			);
			state = { ...state, notify };
		}
		state = { ...state, notify: { ...notifyStateOf(state), claim: null } };
		// The label follows the state as merged with the issue now (an ack may just have landed),
		// toggled against the labels the issue has now.
		let escalated = false;
		await writeIssue(
			opts.tracker,
			n.issue.number,
			(fresh) => {
				escalated = isEscalated(mergeState(state, parseState(fresh.body), 'deliveries'));
				const labels = escalationLabels(fresh.labels, escalated);
				return { body: replaceState(fresh.body, state), ...(labels ? { labels } : {}) };
			},
			'deliveries',
		);
		if (escalated && !isEscalated(n.state))
			await opts.tracker.comment(
				n.issue.number,
				'Escalated: still firing and not acknowledged. Comment `/pathwatch ack` to stop further escalation.',
			);
	}
}

function escalationLabels(current: readonly string[], escalated: boolean): string[] | null {
	const has = current.includes(ESCALATED_LABEL);
	if (has === escalated) return null;
	return escalated ? [...current, ESCALATED_LABEL] : current.filter((l) => l !== ESCALATED_LABEL);
}
