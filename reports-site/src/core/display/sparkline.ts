/**
 * Server-rendered sparklines: an SVG path string per series, so tiles show their trend with
 * JavaScript disabled and without inline styles (the CSP forbids them; SVG attributes are fine).
 */
import type { Values } from './series.ts';

export const SPARK_WIDTH = 120;
export const SPARK_HEIGHT = 32;

/** Averages consecutive values into at most `buckets` points; all-null groups stay null. */
export function downsample(values: Values, buckets: number): Values {
	if (values.length <= buckets) return values.slice();
	const out: Values = [];
	const size = values.length / buckets;
	for (let b = 0; b < buckets; b++) {
		let sum = 0;
		let n = 0;
		for (let i = Math.floor(b * size); i < Math.floor((b + 1) * size); i++) {
			const v = values[i];
			if (v !== null && v !== undefined) {
				sum += v;
				n++;
			}
		}
		out.push(n ? sum / n : null);
	}
	return out;
}

/**
 * SVG path data for `values` scaled into the sparkline box; a null breaks the line.
 * Returns null when fewer than two values are present (nothing to draw).
 */
export function sparklinePath(values: Values, buckets = 48): string | null {
	const pts = downsample(values, buckets);
	const present = pts.filter((v): v is number => v !== null);
	if (present.length < 2) return null;
	const min = Math.min(...present);
	const max = Math.max(...present);
	const span = max - min || 1;
	const stepX = SPARK_WIDTH / Math.max(1, pts.length - 1);
	const pad = 2;
	let d = '';
	let penDown = false;
	pts.forEach((v, i) => {
		if (v === null) {
			penDown = false;
			return;
		}
		const x = round(i * stepX);
		// A flat series sits in the middle rather than on the floor.
		const y = max === min ? SPARK_HEIGHT / 2 : round(pad + (1 - (v - min) / span) * (SPARK_HEIGHT - 2 * pad));
		d += `${penDown ? 'L' : 'M'}${x} ${y}`;
		penDown = true;
	});
	return d;
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
