/**
 * The slice of cron GitHub's `on.schedule` uses (five fields, UTC; `*`, lists, ranges and
 * steps), enough to tell when a scheduled run was due and so how late the scheduler started it.
 */
import { MINUTE_MS } from '../../../../worker/src/contract/time.ts';

const FIELDS = [
	{ min: 0, max: 59 },
	{ min: 0, max: 23 },
	{ min: 1, max: 31 },
	{ min: 1, max: 12 },
	{ min: 0, max: 6 },
] as const;

function parseField(text: string, min: number, max: number): Set<number> {
	const out = new Set<number>();
	for (const part of text.split(',')) {
		const m = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
		if (!m) throw new Error(`cron: cannot read '${part}'`);
		const from = m[1] === '*' ? min : Number(m[1]);
		const to = m[2] !== undefined ? Number(m[2]) : m[1] === '*' || m[3] !== undefined ? max : from;
		const step = m[3] !== undefined ? Number(m[3]) : 1;
		if (from < min || to > max || from > to || step < 1) throw new Error(`cron: '${part}' is out of range`);
		for (let v = from; v <= to; v += step) out.add(v === 7 && max === 6 ? 0 : v);
	}
	return out;
}

/** The latest time at or before `at` that the schedule matches (minute precision), or null within a week. */
export function previousTick(cron: string, at: Date): Date | null {
	const parts = cron.trim().split(/\s+/);
	if (parts.length !== 5) throw new Error(`cron: expected 5 fields, got '${cron}'`);
	const [mi, h, dom, mon, dow] = parts.map((p, i) =>
		parseField(p, FIELDS[i]?.min ?? 0, FIELDS[i]?.max ?? 59),
	);
	const t = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
	for (let i = 0; i < 7 * 24 * 60; i++, t.setTime(t.getTime() - MINUTE_MS)) {
		const domStar = parts[2] === '*';
		const dowStar = parts[4] === '*';
		const dayOk =
			domStar || dowStar
				? (dom?.has(t.getUTCDate()) ?? false) && (dow?.has(t.getUTCDay()) ?? false)
				: (dom?.has(t.getUTCDate()) ?? false) || (dow?.has(t.getUTCDay()) ?? false);
		if (mi?.has(t.getUTCMinutes()) && h?.has(t.getUTCHours()) && mon?.has(t.getUTCMonth() + 1) && dayOk)
			return new Date(t);
	}
	return null;
}

export type SchedulerLag = { schedule: string; expectedAt: string; startedAt: string; lagSeconds: number };

/** How late a scheduled run started: its start time against the schedule's latest due time. */
export function schedulerLag(schedule: string, startedAt: Date): SchedulerLag | null {
	const due = previousTick(schedule, startedAt);
	if (!due) return null;
	return {
		schedule,
		expectedAt: due.toISOString(),
		startedAt: startedAt.toISOString(),
		lagSeconds: Math.round((startedAt.getTime() - due.getTime()) / 1000),
	};
}
