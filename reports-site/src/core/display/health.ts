/**
 * Status levels and the health series. Status is always carried as text and an icon as well
 * as a colour class, so it never depends on colour alone. The health score and its series come
 * in the input (the monitor's formula), so page, badge and job summary agree.
 */
import type { LevelPair } from '../types.ts';

export type Level = 'ok' | 'warning' | 'critical' | 'unknown';
export type Status = { level: Level; text: string; icon: string };

const STATUS: Record<Level, Omit<Status, 'level'>> = {
	ok: { text: 'OK', icon: '✓' },
	warning: { text: 'Warning', icon: '▲' },
	critical: { text: 'Critical', icon: '✕' },
	unknown: { text: 'No data', icon: '–' },
};

export function status(level: Level, text?: string): Status {
	const s = STATUS[level];
	return { level, text: text ?? s.text, icon: s.icon };
}

/** Level of a value against warning/critical thresholds (higher is worse; a null level never trips). */
export function levelOf(value: number | null, t: LevelPair): Level {
	if (value === null) return 'unknown';
	if (t.critical !== null && value >= t.critical) return 'critical';
	if (t.warning !== null && value >= t.warning) return 'warning';
	return 'ok';
}

/** Health bands: 90+ good; 60 is about where one SLA term sits at its limit. */
export function healthStatus(score: number | null): Status {
	if (score === null) return status('unknown');
	if (score >= 90) return status('ok', 'Good');
	if (score >= 60) return status('warning', 'Degraded');
	return status('critical', 'Poor');
}
