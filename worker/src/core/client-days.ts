/**
 * A client's figures per UTC day: the requests its collector reported and what the front Worker
 * measured of its calls to it. The latest day a client was seen on stays open in its registry
 * row, which every report of the client rewrites anyway; an earlier day closes into a day row of
 * its own when a later day opens, and figures arriving late for a closed day go to its row at
 * once. So a client's reports cost no day-row write, except the first of each day.
 */

/** One client-day's figures, named as the shard stores them. */
export type DayFigures = {
	requests: number;
	calls: number;
	errors: number;
	latency_ms_sum: number;
	latency_ms_max: number;
};

export const NO_FIGURES: DayFigures = {
	requests: 0,
	calls: 0,
	errors: 0,
	latency_ms_sum: 0,
	latency_ms_max: 0,
};

export const addFigures = (a: DayFigures, b: DayFigures): DayFigures => ({
	requests: a.requests + b.requests,
	calls: a.calls + b.calls,
	errors: a.errors + b.errors,
	latency_ms_sum: a.latency_ms_sum + b.latency_ms_sum,
	latency_ms_max: Math.max(a.latency_ms_max, b.latency_ms_max),
});

/** The day a registry row holds open (null: none yet) and its figures. */
export type OpenDay = { day: string | null; figures: DayFigures };

/**
 * `open` after adding `deltas` (by UTC day, `YYYY-MM-DD`): the latest of all those days is
 * open afterwards; every other day with figures is returned closed, for its own row.
 */
export function rollDays(
	open: OpenDay,
	deltas: ReadonlyMap<string, DayFigures>,
): { open: OpenDay; closed: [string, DayFigures][] } {
	let latest = open.day;
	for (const day of deltas.keys()) if (latest === null || day > latest) latest = day;
	if (latest === null) return { open, closed: [] };
	const closed = new Map<string, DayFigures>();
	let figures = open.day === latest ? open.figures : NO_FIGURES;
	if (open.day !== null && open.day !== latest) closed.set(open.day, open.figures);
	for (const [day, f] of deltas) {
		if (day === latest) figures = addFigures(figures, f);
		else closed.set(day, addFigures(closed.get(day) ?? NO_FIGURES, f));
	}
	return { open: { day: latest, figures }, closed: [...closed] };
}

/**
 * A client's days as one list, oldest first: its closed day rows and its open day (from
 * `fromDay` on). The open day may also have a row of its own (written before the shard's
 * schema kept open days in the registry); the two add up.
 */
export function withOpenDay<R extends DayFigures & { day: string }>(
	rows: readonly R[],
	open: OpenDay,
	fromDay: string,
): (DayFigures & { day: string })[] {
	const byDay = new Map<string, DayFigures & { day: string }>(rows.map((r) => [r.day, { ...r }]));
	if (open.day !== null && open.day >= fromDay) {
		const stored = byDay.get(open.day);
		byDay.set(open.day, { ...addFigures(stored ?? NO_FIGURES, open.figures), day: open.day });
	}
	return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
