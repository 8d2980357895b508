/**
 * One monitor run: scrape → evaluate rules, budgets and SLOs → reconcile alert issues → job
 * summary. I/O comes in through the collector client and the issue tracker; the decisions are
 * made by the pure core.
 */
import type { WorkerClient } from '../adapters/worker-client.ts';
import type { AlertEval, PreviousState } from '../core/alerts/alert.ts';
import { evaluate, type ScrapeData } from '../core/alerts/evaluate.ts';
import { computeHealth, type HealthReport } from '../core/alerts/health.ts';
import type { Config } from '../core/config/config.ts';
import type { CostReport } from '../core/cost/cost.ts';
import { type ForeignIssue, identityMismatchMessage } from '../core/issues/ownership.ts';
import type { Plan, PlannedAction } from '../core/issues/plan.ts';
import type { IssueTracker, TrackerStats } from '../core/issues/ports.ts';
import { canonicalOpen, reconcile } from '../core/issues/reconcile.ts';
import { planDuplicates } from '../core/issues/reconcile-sweep.ts';
import type { ParsedIssue } from '../core/issues/state.ts';
import { renderSummary } from '../core/issues/summary.ts';
import { annotateEvals } from '../core/notify/annotate.ts';
import { renderNotifySummary } from '../core/notify/summary.ts';
import { type ApplyResult, applyPlan } from './apply.ts';
import { NO_NOTIFICATIONS, type NotifyContext, type NotifyReport, runNotifications } from './notify-step.ts';
import { type OwnIssues, readOwnIssues } from './own-issues.ts';
import { clientContext, scrape } from './scrape.ts';

export type MonitorOptions = {
	config: Config;
	collector: WorkerClient;
	tracker: IssueTracker;
	/** Plan only: read issues, write nothing. */
	dryRun: boolean;
	now?: () => Date;
	log?: (line: string) => void;
	/** Problems that do not fail the run (a heartbeat the Worker did not take). */
	warn?: (line: string) => void;
	/** The login whose issues pathwatch manages; found out when unset (see own-issues.ts). */
	author?: string;
	/** This run's id for the Worker's heartbeat; no heartbeat without it or on a dry run. */
	runId?: string;
	/** The notification channels' runtime parts (templates, secrets, run id); none without it. */
	notify?: NotifyContext;
};

export type MonitorResult = {
	evals: AlertEval[];
	firing: AlertEval[];
	actions: PlannedAction[];
	applied: boolean;
	cost: CostReport | null;
	health: HealthReport | null;
	scrapeError: string | null;
	api: TrackerStats;
	collectorRequests: number;
	summary: string;
	durationMs: number;
	/** The login whose issues this run managed, and marker-carrying issues by anyone else. */
	owner: string;
	foreign: ForeignIssue[];
	/** Whether the end-of-run heartbeat reached the Worker (null: none was due). */
	heartbeat: { sent: boolean; error: string | null } | null;
	notify: NotifyReport;
	/**
	 * Set when pathwatch writes issues as someone other than the identity it manages: no issue
	 * was opened (past the one that proved it), and the run must fail with this message.
	 */
	identityError: string | null;
};

function previousStates(open: readonly ParsedIssue[]): Map<string, PreviousState> {
	const out = new Map<string, PreviousState>();
	for (const [fp, issue] of canonicalOpen(open)) {
		const st = issue.alert;
		if (st) out.set(fp, { severity: st.severity, since: Date.parse(st.since), status: st.status });
	}
	return out;
}

export async function runMonitor(opts: MonitorOptions): Promise<MonitorResult> {
	const started = performance.now();
	const now = (opts.now ?? (() => new Date()))();
	const log = opts.log ?? (() => {});
	const { config, tracker, collector } = opts;
	const label = config.issues.label;
	const { data, error } = await scrape(collector, config, now);
	if (error) log(`collector unreachable: ${error}`);
	const own = await readOwnIssues(tracker, label, opts.author);
	const { open } = own;
	// Opening issues under an identity this run does not manage would duplicate them every run.
	let identityError = unconfirmedError(own);
	const hold = opts.dryRun || identityError !== null;
	if (own.foreign.length > 0)
		log(`left alone: ${own.foreign.length} marker-carrying issue(s) not opened by ${own.owner}`);
	const evals = evaluate({
		config,
		now: now.getTime(),
		data,
		scrapeError: error,
		previous: previousStates(open),
	});
	annotateEvals(evals, open, opts.notify?.runbooksUrl ?? null, now.getTime());
	const plan = await planIssues({ evals, own, config, now: now.getTime(), data, collector, log });
	const applied = await applyIssues({ tracker, dryRun: hold }, own, plan.actions, log);
	const { links } = applied;
	if (applied.stray) identityError = strayError(applied.stray, own.owner);
	const notify = opts.notify
		? await runNotifications({
				...opts.notify,
				config,
				tracker,
				issues: own,
				evals,
				dryRun: hold,
				now: () => now.getTime(),
				log,
			})
		: NO_NOTIFICATIONS;
	const health = data ? computeHealth(data.snapshot, config.sla, now) : null;
	const summary = renderSummary({
		evals,
		actions: plan.actions,
		applied: !hold,
		issueLinks: links,
		cost: data?.cost ?? null,
		health,
		scrapeError: error,
		tracker: tracker.name,
		api: tracker.stats(),
		now: now.getTime(),
		foreign: own.foreign,
		owner: own.owner,
	});
	const heartbeat =
		opts.runId && !opts.dryRun ? await sendHeartbeat(collector, opts.runId, opts.warn ?? log) : null;
	return {
		evals,
		firing: evals.filter((e) => e.status === 'firing'),
		actions: plan.actions,
		applied: !hold,
		cost: data?.cost ?? null,
		health,
		scrapeError: error,
		api: tracker.stats(),
		collectorRequests: collector.requests(),
		summary: identitySection(identityError) + summary + renderNotifySummary(notify),
		durationMs: Math.round(performance.now() - started),
		notify,
		owner: own.owner,
		foreign: own.foreign,
		heartbeat,
		identityError,
	};
}

function unconfirmedError(own: OwnIssues): string | null {
	if (!own.unconfirmed) return null;
	const proof = `GET /user was refused, and every open alert issue was opened by ${own.unconfirmed}`;
	return identityMismatchMessage(own.unconfirmed, own.owner, proof);
}

function strayError(stray: { number: number; author: string }, owner: string): string {
	const proof = `issue #${stray.number}, which this run opened, came back authored by ${stray.author}`;
	return identityMismatchMessage(stray.author, owner, proof);
}

function identitySection(error: string | null): string {
	return error ? `> [!CAUTION]\n> ${error}\n\n` : '';
}

type PlanInput = {
	evals: AlertEval[];
	own: OwnIssues;
	config: Config;
	now: number;
	data: ScrapeData | null;
	collector: WorkerClient;
	log: (line: string) => void;
};

/**
 * The reconcile plan, fetching only what it asks for: closed issues when a re-fire or a missed
 * episode needs them, and the top clients when a traffic alert's issue is written.
 */
async function planIssues(p: PlanInput): Promise<Plan> {
	const base = { evals: p.evals, open: p.own.open, config: p.config, now: p.now };
	let closed: ParsedIssue[] | null = null;
	let plan = reconcile({ ...base, closed });
	if (plan.needsClosedSince !== null) {
		closed = await p.own.closedSince(new Date(plan.needsClosedSince));
		plan = reconcile({ ...base, closed });
	}
	const writesTraffic = plan.actions.some(
		(a) => p.evals.find((e) => e.fingerprint === a.fingerprint)?.traffic,
	);
	if (!p.data || !writesTraffic) return plan;
	const clients = await clientContext(p.collector, p.data).catch((e: Error) => {
		p.log(`top clients unavailable: ${e.message}`);
		return [];
	});
	return reconcile({ ...base, closed, clients });
}

/** Writes the plan (unless a dry run) and returns the issue link per fingerprint for the summary. */
async function applyIssues(
	opts: Pick<MonitorOptions, 'tracker' | 'dryRun'>,
	own: OwnIssues,
	actions: PlannedAction[],
	log: (line: string) => void,
): Promise<{ links: Map<string, { number: number; url: string }>; stray: ApplyResult['strayCreate'] }> {
	const links = new Map(
		[...canonicalOpen(own.open)].map(([fp, i]) => [fp, { number: i.number, url: i.url }]),
	);
	if (opts.dryRun || actions.length === 0) return { links, stray: null };
	const result = await applyPlan(opts.tracker, actions, log, own.manages);
	for (const [fp, link] of result.touched) links.set(fp, link);
	if (result.created.length > 0 && !result.strayCreate)
		await sweepRaces(opts.tracker, own, new Set(result.created.map((i) => i.number)), log);
	return { links, stray: result.strayCreate };
}

/**
 * Two runs that start at once can both open an issue for the same new alert. Issue numbers
 * grow with creation, so the run that created the higher number always sees both when it
 * lists again after creating, and closes its own as the duplicate.
 */
async function sweepRaces(
	tracker: IssueTracker,
	own: OwnIssues,
	mine: ReadonlySet<number>,
	log: (line: string) => void,
): Promise<void> {
	// Only issues this identity opened: a forged duplicate is never closed.
	const open = await own.listOpen();
	// Only our own creations: the other run closes its own, so no duplicate gets two comments.
	const duplicates = planDuplicates(open).filter((a) => a.issue !== null && mine.has(a.issue));
	if (duplicates.length > 0) await applyPlan(tracker, duplicates, log);
}

/**
 * The end-of-run heartbeat, the only thing that feeds the Worker's dead-man watchdog. A failure
 * is a warning: the run did its work, and a missing heartbeat is what the watchdog is for.
 */
async function sendHeartbeat(
	collector: Pick<WorkerClient, 'heartbeat'>,
	runId: string,
	warn: (line: string) => void,
): Promise<{ sent: boolean; error: string | null }> {
	try {
		await collector.heartbeat({ runId, at: new Date().toISOString() });
		return { sent: true, error: null };
	} catch (e) {
		const error = e instanceof Error ? e.message : String(e);
		warn(`heartbeat not sent: ${error}`);
		return { sent: false, error };
	}
}
