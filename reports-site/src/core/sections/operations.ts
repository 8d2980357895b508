/**
 * The Operations section: each maintenance job type's last run (result, duration, age; overdue
 * when the schedule handed over by the action says so), the last repair's findings, the last
 * backup and whether it was verified, and the fallback journal's backlog.
 */
import { JOB_TYPES, type JobRun, type Snapshot } from '../../../../worker/src/contract/index.ts';
import { formatDuration, formatInt, formatUtc } from '../display/format.ts';
import { type Status, status } from '../display/health.ts';
import type { JobScheduleEntry } from '../types.ts';

export type JobRow = {
	type: string;
	result: string;
	status: Status;
	started: string;
	duration: string;
	age: string;
	schedule: string;
	overdue: boolean;
	details: string;
};

export type OperationsPanel = {
	reported: boolean;
	jobs: JobRow[];
	repair: string;
	backup: string;
	backupStatus: Status;
	journal: string;
	journalStatus: Status;
};

const scalar = (v: JobRun['summary'][string]) => (v === null ? 'none' : String(v));
const details = (run: JobRun) =>
	Object.entries(run.summary)
		.map(([k, v]) => `${k}: ${scalar(v)}`)
		.join(', ');

function jobRow(
	type: string,
	run: JobRun | undefined,
	sched: JobScheduleEntry | undefined,
	now: number,
): JobRow {
	const schedule = sched ? `every ${formatDuration(sched.intervalSeconds)}` : 'on demand';
	if (!run)
		return {
			type,
			result: 'never ran',
			status: status('unknown', 'Never ran'),
			started: '—',
			duration: '—',
			age: '—',
			schedule,
			overdue: false,
			details: '',
		};
	const ageSeconds = Math.max(0, (now - Date.parse(run.startedAt)) / 1000);
	const overdue = sched !== undefined && ageSeconds > sched.overdueAfterSeconds;
	const level =
		run.state === 'failed' ? 'critical' : overdue ? 'warning' : run.state === 'succeeded' ? 'ok' : 'unknown';
	const text =
		run.state === 'failed'
			? `Failed${run.errorCode ? ` (${run.errorCode})` : ''}`
			: overdue
				? 'Overdue'
				: run.state;
	return {
		type,
		result: run.state,
		status: status(level, text),
		started: formatUtc(Date.parse(run.startedAt)),
		duration: run.durationMs === null ? 'running' : formatDuration(run.durationMs / 1000),
		age: `${formatDuration(ageSeconds)} ago`,
		schedule,
		overdue,
		details: details(run),
	};
}

function backupLine(run: JobRun | undefined, now: number): { text: string; status: Status } {
	if (!run) return { text: 'No backup has run.', status: status('warning', 'No backup') };
	// A backup run reports how many kept backups (itself first) it read back intact.
	const v = run.summary.verified;
	const verified = v === true || (typeof v === 'number' && v > 0);
	const when = `${formatDuration(Math.max(0, (now - Date.parse(run.startedAt)) / 1000))} ago`;
	if (run.state !== 'succeeded')
		return {
			text: `The last backup (${when}) ${run.state}.`,
			status: status(run.state === 'failed' ? 'critical' : 'unknown', run.state),
		};
	return verified
		? { text: `The last backup (${when}) succeeded and was verified.`, status: status('ok', 'Verified') }
		: {
				text: `The last backup (${when}) succeeded but was not verified.`,
				status: status('warning', 'Not verified'),
			};
}

export function operationsPanel(snap: Snapshot, schedule: JobScheduleEntry[], now: number): OperationsPanel {
	const runs = new Map((snap.jobs ?? []).map((j) => [j.type, j]));
	const sched = new Map(schedule.map((s) => [s.type, s]));
	const repair = runs.get('repair');
	const backup = backupLine(runs.get('backup'), now);
	const j = snap.journal;
	return {
		reported: snap.jobs !== undefined,
		jobs: JOB_TYPES.map((t) => jobRow(t, runs.get(t), sched.get(t), now)),
		repair: repair
			? `Last repair ${repair.state}: ${details(repair) || 'no findings reported'}.`
			: 'Repair has not run.',
		backup: backup.text,
		backupStatus: backup.status,
		journal:
			j.backlog === 0
				? 'Nothing waiting for replay.'
				: `${formatInt(j.backlog)} event(s) waiting for replay${j.complete === false ? ' (at least)' : ''}${j.oldestAgeSeconds ? `, the oldest ${formatDuration(j.oldestAgeSeconds)} old` : ''}.`,
		journalStatus: j.backlog === 0 ? status('ok', 'Empty') : status('warning', 'Backlog'),
	};
}
