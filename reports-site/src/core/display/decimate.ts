/**
 * Gap-preserving Largest-Triangle-Three-Buckets decimation. chart.js's own decimation plugin
 * adds `null` as 0 when averaging and can pick points on both sides of a gap, drawing a line
 * through missing data; here each contiguous run of data is decimated on its own and runs stay
 * separated by a null point, so a gap is still drawn as a gap.
 */
export type Point = { x: number; y: number | null };

/** Decimates `points` (sorted by x) to about `samples` points, keeping every gap. */
export function decimateWithGaps(points: Point[], samples: number): Point[] {
	if (points.length <= samples) return points;
	const runs = splitRuns(points);
	const dataCount = runs.reduce((n, r) => n + r.length, 0);
	const out: Point[] = [];
	for (const run of runs) {
		if (out.length > 0) out.push({ x: run[0]?.x ?? 0, y: null });
		const share = Math.max(3, Math.round((samples * run.length) / Math.max(1, dataCount)));
		for (const p of lttb(run, share)) out.push(p);
	}
	return out;
}

/** Contiguous runs of non-null points. */
function splitRuns(points: Point[]): Point[][] {
	const runs: Point[][] = [];
	let current: Point[] = [];
	for (const p of points) {
		if (p.y === null) {
			if (current.length) runs.push(current);
			current = [];
		} else current.push(p);
	}
	if (current.length) runs.push(current);
	return runs;
}

/** Classic LTTB over a run without nulls: keeps the first and last point. */
export function lttb(data: Point[], samples: number): Point[] {
	const n = data.length;
	if (samples >= n || samples < 3) return data.slice();
	const out: Point[] = [data[0] as Point];
	const bucket = (n - 2) / (samples - 2);
	let a = 0;
	for (let i = 0; i < samples - 2; i++) {
		const avgStart = Math.floor((i + 1) * bucket) + 1;
		const avgEnd = Math.min(Math.floor((i + 2) * bucket) + 1, n);
		let avgX = 0;
		let avgY = 0;
		for (let j = avgStart; j < avgEnd; j++) {
			const p = data[j] as Point;
			avgX += p.x;
			avgY += p.y ?? 0;
		}
		const len = Math.max(1, avgEnd - avgStart);
		avgX /= len;
		avgY /= len;
		const from = Math.floor(i * bucket) + 1;
		const to = Math.floor((i + 1) * bucket) + 1;
		const pa = data[a] as Point;
		let maxArea = -1;
		let next = from;
		for (let j = from; j < to; j++) {
			const p = data[j] as Point;
			const area = Math.abs((pa.x - avgX) * ((p.y ?? 0) - (pa.y ?? 0)) - (pa.x - p.x) * (avgY - (pa.y ?? 0)));
			if (area > maxArea) {
				maxArea = area;
				next = j;
			}
		}
		out.push(data[next] as Point);
		a = next;
	}
	out.push(data[n - 1] as Point);
	return out;
}

/**
 * Whether each point stands alone between gaps: with `spanGaps: false` such a point draws no
 * line, so the chart gives it a dot instead of losing it.
 */
export function isolatedPoints(points: Point[]): boolean[] {
	return points.map(
		(p, i) => p.y !== null && (points[i - 1]?.y ?? null) === null && (points[i + 1]?.y ?? null) === null,
	);
}
