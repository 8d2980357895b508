/**
 * "Change against the previous period" for tiles and performance cards. Every comparison is
 * between two measured windows of the same series; without a baseline there is no change.
 */
import { formatDecimal } from './format.ts';
import type { Values } from './series.ts';

export type ChangeView = {
	/** "+12.5%", "−3 pts", "+42". */
	text: string;
	icon: '▲' | '▼' | '■';
	direction: 'up' | 'down' | 'flat';
	sentiment: 'good' | 'bad' | 'neutral';
	/** What it is compared with: "vs previous 24 h". */
	basis: string;
};

export type Polarity = 'higher-better' | 'lower-better' | 'neutral';

/** Relative change between two measurements; null without a usable baseline. */
export function relativeChange(
	current: number | null,
	previous: number | null,
	polarity: Polarity,
	basis: string,
): ChangeView | null {
	if (current === null || previous === null) return null;
	// From nothing, a ratio means nothing, but the rise itself is worth showing.
	if (previous === 0) return current === 0 ? flat(basis) : directed(current > 0, 'from 0', polarity, basis);
	const rel = (current - previous) / Math.abs(previous);
	if (Math.abs(rel) < 0.0005) return flat(basis);
	const text = `${rel > 0 ? '+' : '−'}${formatDecimal(Math.abs(rel * 100))}%`;
	return directed(rel > 0, text, polarity, basis);
}

/** Absolute change, for counts (new DOs) and scores (health points). */
export function absoluteChange(
	current: number | null,
	previous: number | null,
	polarity: Polarity,
	basis: string,
	unit = '',
): ChangeView | null {
	if (current === null || previous === null) return null;
	const diff = current - previous;
	if (Math.abs(diff) < 1e-9) return flat(basis);
	const text = `${diff > 0 ? '+' : '−'}${formatDecimal(Math.abs(diff))}${unit}`;
	return directed(diff > 0, text, polarity, basis);
}

function flat(basis: string): ChangeView {
	return { text: '±0', icon: '■', direction: 'flat', sentiment: 'neutral', basis };
}

function directed(up: boolean, text: string, polarity: Polarity, basis: string): ChangeView {
	const good = polarity === 'neutral' ? null : up === (polarity === 'higher-better');
	return {
		text,
		icon: up ? '▲' : '▼',
		direction: up ? 'up' : 'down',
		sentiment: good === null ? 'neutral' : good ? 'good' : 'bad',
		basis,
	};
}

/** The last `n` buckets and the `n` before them (either may be shorter at the start). */
export function lastTwoWindows(values: Values, n: number): { current: Values; previous: Values } {
	const end = values.length;
	return {
		current: values.slice(Math.max(0, end - n), end),
		previous: values.slice(Math.max(0, end - 2 * n), Math.max(0, end - n)),
	};
}

/** Mean of the non-null values, or null. */
export function meanOf(values: Values): number | null {
	let sum = 0;
	let n = 0;
	for (const v of values) {
		if (v !== null) {
			sum += v;
			n++;
		}
	}
	return n ? sum / n : null;
}

/** Σ value·weight ÷ Σ weight over buckets where both are present (e.g. request-weighted latency). */
export function weightedMean(values: Values, weights: Values): number | null {
	let sum = 0;
	let w = 0;
	values.forEach((v, i) => {
		const wi = weights[i];
		if (v !== null && wi !== null && wi !== undefined && wi > 0) {
			sum += v * wi;
			w += wi;
		}
	});
	return w > 0 ? sum / w : null;
}
