/**
 * Silences and maintenance windows: they suppress issue writes for matching alerts, never
 * evaluation, so the job summary still shows what fired and issues catch up afterwards.
 */

import type { Severity } from '../../../../worker/src/contract/severity.ts';
import { DAY_MS, MINUTE_MS } from '../../../../worker/src/contract/time.ts';
import type { Maintenance, Silence } from '../config/config.ts';
import { matchesAll } from './matchers.ts';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Whether a maintenance window is in effect at `now` (weekly windows may cross midnight). */
export function maintenanceActive(m: Maintenance, now: number): boolean {
	if (m.starts_at && m.ends_at) return Date.parse(m.starts_at) <= now && now < Date.parse(m.ends_at);
	const w = m.weekly;
	if (!w) return false;
	const [hh, mm] = w.start.split(':').map(Number);
	const today = Math.floor(now / DAY_MS) * DAY_MS;
	for (let back = 0; back * DAY_MS <= w.duration + DAY_MS; back++) {
		const day = today - back * DAY_MS;
		const start = day + ((hh ?? 0) * 60 + (mm ?? 0)) * MINUTE_MS;
		const weekday = WEEKDAYS[new Date(day).getUTCDay()] ?? '';
		if ((w.days as string[]).includes(weekday) && start <= now && now < start + w.duration) return true;
	}
	return false;
}

/** The reason writes are suppressed for an alert at `now`, or null. */
export function suppressionFor(
	labels: Record<string, string>,
	severity: Severity | null,
	silences: readonly Silence[],
	maintenance: readonly Maintenance[],
	now: number,
): string | null {
	const withSeverity = { ...labels, severity: severity ?? '' };
	for (const s of silences) {
		if (Date.parse(s.starts_at) <= now && now < Date.parse(s.ends_at) && matchesAll(s.matchers, withSeverity))
			return `silenced until ${s.ends_at}${s.comment ? ` (${s.comment})` : ''}`;
	}
	for (const m of maintenance) {
		if (severity && !m.severities.includes(severity)) continue;
		if (maintenanceActive(m, now) && matchesAll(m.matchers, withSeverity))
			return `maintenance window '${m.name}'`;
	}
	return null;
}
