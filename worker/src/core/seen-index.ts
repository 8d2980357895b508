/**
 * A compact index of the seen ids that fell out of a collector's exact in-memory window: a
 * 32-bit fingerprint and the segment number of each id, in typed arrays sorted by fingerprint
 * (8 bytes per id instead of ~77 for a Set entry). It only says which segments *may* hold an
 * id; the caller reads those segments and checks exactly, so a fingerprint collision costs one
 * row read and never a wrong "duplicate". A false positive needs a 32-bit collision: about
 * (cold ids ÷ 2^32) per event, 0.02% with a million cold ids.
 */
import { hash32 } from './hash.ts';

/** One sorted run: `fps[i]` is the fingerprint of an id stored in segment `segs[i]`. */
export type ColdRun = { readonly fps: Uint32Array; readonly segs: Uint32Array };

/** Entries per run: the sort packs (fingerprint, index) into one exact float64 (32 + 21 bits). */
const INDEX_BITS = 21;
export const MAX_RUN_ENTRIES = 2 ** INDEX_BITS;

/** FNV-1a over the id's UTF-16 code units, then a final avalanche (murmur3 fmix32). */
export const fingerprint = hash32;

/** Sorts (fingerprint, segment) pairs into runs of at most MAX_RUN_ENTRIES. */
export function buildRuns(fps: ArrayLike<number>, segs: ArrayLike<number>): ColdRun[] {
	const runs: ColdRun[] = [];
	for (let start = 0; start < fps.length; start += MAX_RUN_ENTRIES) {
		const n = Math.min(MAX_RUN_ENTRIES, fps.length - start);
		// A numeric typed-array sort (no comparator callback): fast enough for a wake of a million ids.
		const keys = new Float64Array(n);
		for (let i = 0; i < n; i++) keys[i] = (fps[start + i] ?? 0) * MAX_RUN_ENTRIES + i;
		keys.sort();
		const run = { fps: new Uint32Array(n), segs: new Uint32Array(n) };
		for (let j = 0; j < n; j++) {
			const key = keys[j] ?? 0;
			const i = key % MAX_RUN_ENTRIES;
			run.fps[j] = (key - i) / MAX_RUN_ENTRIES;
			run.segs[j] = segs[start + i] ?? 0;
		}
		runs.push(run);
	}
	return runs;
}

/** Merges runs into as few as possible (fewer binary searches per lookup). */
export function mergeRuns(runs: readonly ColdRun[]): ColdRun[] {
	const total = runs.reduce((n, r) => n + r.fps.length, 0);
	const fps = new Uint32Array(total);
	const segs = new Uint32Array(total);
	let at = 0;
	for (const r of runs) {
		fps.set(r.fps, at);
		segs.set(r.segs, at);
		at += r.fps.length;
	}
	return buildRuns(fps, segs);
}

/** The segments that may hold an id with this fingerprint (distinct, possibly none). */
export function candidateSegments(runs: readonly ColdRun[], fp: number): number[] {
	const out: number[] = [];
	for (const { fps, segs } of runs) {
		let lo = 0;
		let hi = fps.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((fps[mid] ?? 0) < fp) lo = mid + 1;
			else hi = mid;
		}
		for (let i = lo; i < fps.length && fps[i] === fp; i++) {
			const seg = segs[i] ?? 0;
			if (!out.includes(seg)) out.push(seg);
		}
	}
	return out;
}

/** Ids held by the runs (for tests and memory figures). */
export function runEntries(runs: readonly ColdRun[]): number {
	return runs.reduce((n, r) => n + r.fps.length, 0);
}

/** The run without the entries of forgotten segments (order kept, so it stays sorted). */
export function dropSegments(run: ColdRun, gone: ReadonlySet<number>): ColdRun {
	const keep: number[] = [];
	for (let i = 0; i < run.segs.length; i++) if (!gone.has(run.segs[i] ?? 0)) keep.push(i);
	if (keep.length === run.segs.length) return run;
	return {
		fps: Uint32Array.from(keep, (i) => run.fps[i] ?? 0),
		segs: Uint32Array.from(keep, (i) => run.segs[i] ?? 0),
	};
}

/** Collects (fingerprint, segment) pairs in growing typed arrays (no boxed numbers per id). */
export class RunBuilder {
	#fps = new Uint32Array(1024);
	#segs = new Uint32Array(1024);
	#size = 0;

	push(fp: number, seg: number): void {
		if (this.#size === this.#fps.length) {
			const fps = new Uint32Array(this.#size * 2);
			const segs = new Uint32Array(this.#size * 2);
			fps.set(this.#fps);
			segs.set(this.#segs);
			this.#fps = fps;
			this.#segs = segs;
		}
		this.#fps[this.#size] = fp;
		this.#segs[this.#size] = seg;
		this.#size++;
	}

	build(): ColdRun[] {
		return buildRuns(this.#fps.subarray(0, this.#size), this.#segs.subarray(0, this.#size));
	}
}
