/** Durations in config are Prometheus-style strings: `90s`, `5m`, `2h`, `1d`, `1h30m`. */
import {
	DAY_MS,
	DAY_SECONDS,
	HOUR_MS,
	HOUR_SECONDS,
	MINUTE_MS,
	MINUTE_SECONDS,
} from '../../../../worker/src/contract/time.ts';

const UNIT_MS: Record<string, number> = {
	ms: 1,
	s: 1000,
	m: MINUTE_MS,
	h: HOUR_MS,
	d: DAY_MS,
	w: 7 * DAY_MS,
};
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
export const DURATION_PATTERN = '^(\\d+(\\.\\d+)?(ms|s|m|h|d|w))+$';

/** Parses a duration string into milliseconds; null when it is not one. */
export function parseDuration(text: string): number | null {
	if (!new RegExp(DURATION_PATTERN).test(text)) return null;
	let total = 0;
	for (const match of text.matchAll(PART)) total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
	return total;
}

/** Renders milliseconds for humans: `2h 5m`, `45s`, `3d 4h`. */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms) || ms < 0) return 'unknown';
	if (ms < 1000) return `${Math.round(ms)}ms`;
	const parts: string[] = [];
	let rest = Math.round(ms / 1000);
	for (const [unit, size] of [
		['d', DAY_SECONDS],
		['h', HOUR_SECONDS],
		['m', MINUTE_SECONDS],
		['s', 1],
	] as const) {
		const n = Math.floor(rest / size);
		if (n > 0) parts.push(`${n}${unit}`);
		rest -= n * size;
	}
	return parts.slice(0, 2).join(' ');
}
