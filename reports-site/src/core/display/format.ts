/**
 * Display (this folder): the building blocks every section shares (number and time
 * formatting, status levels, change against the previous period, chart series, sparklines,
 * cards and decimation), used by the build and the browser script alike.
 *
 * Locale-fixed number, size, duration and time formatting, shared by the build and the
 * browser script so that server-rendered and client-rendered figures read the same.
 */
import { DAY_SECONDS, HOUR_SECONDS, MINUTE_SECONDS } from '../../../../worker/src/contract/time.ts';

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const UTC_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'UTC',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

/** "—" stands for "no data" everywhere, never 0. */
export const NO_DATA = '—';

export function formatInt(n: number | null): string {
	return n === null ? NO_DATA : INT.format(n);
}

/** 1234 → "1.2K"; small values keep their precision. */
export function formatCompact(n: number | null): string {
	if (n === null) return NO_DATA;
	return Math.abs(n) < 1000 ? formatDecimal(n) : COMPACT.format(n);
}

/** Up to two significant decimals for small numbers, none for large ones. */
export function formatDecimal(n: number): string {
	const abs = Math.abs(n);
	const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
	return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(n);
}

export function formatMs(ms: number | null): string {
	if (ms === null) return NO_DATA;
	if (ms >= 1000) return `${formatDecimal(ms / 1000)} s`;
	return `${formatDecimal(ms)} ms`;
}

/** A ratio (0.0123) as a percentage ("1.23%"); tiny non-zero ratios keep a significant digit. */
export function formatPercent(ratio: number | null): string {
	if (ratio === null) return NO_DATA;
	const pct = ratio * 100;
	if (pct !== 0 && Math.abs(pct) < 0.01) return `${pct.toPrecision(1)}%`;
	return `${formatDecimal(pct)}%`;
}

export function formatBytes(bytes: number | null): string {
	if (bytes === null) return NO_DATA;
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let v = bytes;
	let i = 0;
	while (v >= 1000 && i < units.length - 1) {
		v /= 1000;
		i++;
	}
	return `${i === 0 ? INT.format(v) : formatDecimal(v)} ${units[i]}`;
}

/** Money with cents, or with more precision below one cent so small costs are not shown as 0. */
export function formatMoney(amount: number | null, currency = 'USD'): string {
	if (amount === null) return NO_DATA;
	const digits = amount !== 0 && Math.abs(amount) < 0.01 ? 4 : 2;
	return new Intl.NumberFormat('en-US', {
		style: 'currency',
		currency,
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	}).format(amount);
}

/** Seconds as "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	if (s < MINUTE_SECONDS) return `${s} s`;
	if (s < HOUR_SECONDS) return `${Math.round(s / MINUTE_SECONDS)} min`;
	if (s < DAY_SECONDS) {
		const m = Math.round((s % HOUR_SECONDS) / MINUTE_SECONDS);
		return m ? `${Math.floor(s / HOUR_SECONDS)} h ${m} min` : `${Math.floor(s / HOUR_SECONDS)} h`;
	}
	const h = Math.round((s % DAY_SECONDS) / HOUR_SECONDS);
	return h ? `${Math.floor(s / DAY_SECONDS)} d ${h} h` : `${Math.floor(s / DAY_SECONDS)} d`;
}

/** "2025-11-22 03:14 UTC". */
export function formatUtc(ms: number): string {
	const parts = Object.fromEntries(UTC_DATE_TIME.formatToParts(ms).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} UTC`;
}
