/**
 * Memory of a collector's seen-id dedup, per id: the exact window (a Set of the ids plus the
 * per-segment lists that say what to move out, as objects/seen-ids.ts holds them) against the
 * fingerprint runs older ids move to (core/seen-index.ts). Approximated from the Node process
 * heap after a forced GC (V8, as in workerd), with ids unpacked from segments the way a waking
 * collector builds them. Also times the lookup of a fresh id against a week of cold ids.
 */
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { packIds, unpackIds } from '../../worker/src/core/collector-ids.ts';
import { buildRuns, type ColdRun, candidateSegments, fingerprint } from '../../worker/src/core/seen-index.ts';
import { recordBenchmark } from './record.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const IDS = 200_000;
/** A heavy client: a million ids in a week, the default exact window of 100,000 ids. */
const WEEK_IDS = 1_000_000;
const DEFAULT_CAP = 100_000;
const PER_SEGMENT = 58;

function heap(): number {
	gc();
	gc();
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
}

/** Ids as a collector holds them after a wake: unpacked from 58-id segments. */
function segmentIds(count: number): string[][] {
	const segments: string[][] = [];
	for (let s = 0; s < count / PER_SEGMENT; s++) {
		const ids = Array.from({ length: PER_SEGMENT }, () => crypto.randomUUID());
		segments.push(unpackIds(packIds(ids)));
	}
	return segments;
}

function measureExact(): number {
	const before = heap();
	const segments = segmentIds(IDS);
	const set = new Set<string>();
	const exact = segments.map((ids, seg) => {
		for (const id of ids) set.add(id);
		return { seg, ids };
	});
	const bytes = heap() - before;
	if (set.size !== exact.length * PER_SEGMENT) throw new Error('lost ids');
	return bytes / set.size;
}

function measureCold(): { bytesPerId: number; runs: ColdRun[] } {
	const segments = segmentIds(IDS);
	const fps = new Uint32Array(segments.length * PER_SEGMENT);
	const segs = new Uint32Array(fps.length);
	for (const [seg, ids] of segments.entries()) {
		for (const [i, id] of ids.entries()) {
			fps[seg * PER_SEGMENT + i] = fingerprint(id);
			segs[seg * PER_SEGMENT + i] = seg;
		}
	}
	const before = heap();
	const runs = buildRuns(fps, segs);
	const bytes = heap() - before;
	// The inputs stay alive until after the second reading, so only the runs are counted.
	if (fps.length !== segs.length || segments.length === 0) throw new Error('inputs lost');
	return { bytesPerId: bytes / fps.length, runs };
}

/** Microseconds to look up a fresh id against a week's cold ids split into 8 runs (the most kept). */
function timeLookup(): number {
	const cold = WEEK_IDS - DEFAULT_CAP;
	const fps = Uint32Array.from({ length: cold }, () => (Math.random() * 2 ** 32) >>> 0);
	const segs = Uint32Array.from({ length: cold }, (_, i) => Math.floor(i / PER_SEGMENT));
	const runs: ColdRun[] = [];
	for (let r = 0; r < 8; r++) {
		const part = (x: Uint32Array) => x.subarray((r * cold) / 8, ((r + 1) * cold) / 8);
		runs.push(...buildRuns(part(fps), part(segs)));
	}
	const probes = Array.from({ length: 100_000 }, () => fingerprint(crypto.randomUUID()));
	const started = performance.now();
	let hits = 0;
	for (const fp of probes) hits += candidateSegments(runs, fp).length;
	const us = ((performance.now() - started) * 1000) / probes.length;
	console.log(`false candidates: ${hits} of ${probes.length} fresh ids`);
	return us;
}

/**
 * Milliseconds of CPU a waking collector spends on a week of ids before its first answer: unpack
 * every segment, fingerprint the ids older than the window, sort them into runs.
 */
function timeWake(): number {
	const blobs = Array.from({ length: WEEK_IDS / PER_SEGMENT }, () =>
		packIds(Array.from({ length: PER_SEGMENT }, () => crypto.randomUUID())),
	);
	const started = performance.now();
	const fps: number[] = [];
	const segs: number[] = [];
	let exact = 0;
	for (const [seg, blob] of blobs.entries()) {
		const ids = unpackIds(blob);
		if (seg >= blobs.length - DEFAULT_CAP / PER_SEGMENT) exact += ids.length;
		else
			for (const id of ids) {
				fps.push(fingerprint(id));
				segs.push(seg);
			}
	}
	const runs = buildRuns(fps, segs);
	const ms = performance.now() - started;
	if (exact === 0 || runs.length === 0) throw new Error('nothing rebuilt');
	return ms;
}

const exactPerId = measureExact();
const { bytesPerId: coldPerId, runs } = measureCold();
const lookupUs = timeLookup();
const wakeMs = timeWake();
const weekMb = (DEFAULT_CAP * exactPerId + (WEEK_IDS - DEFAULT_CAP) * coldPerId) / 1e6;
const allExactMb = (WEEK_IDS * exactPerId) / 1e6;
const rows = [
	['exact window (Set + segment lists)', exactPerId.toFixed(1), '—'],
	[
		'fingerprint runs',
		coldPerId.toFixed(1),
		`${lookupUs.toFixed(2)} µs per fresh id (8 runs, ${WEEK_IDS - DEFAULT_CAP} ids)`,
	],
	[
		`${WEEK_IDS} ids, window ${DEFAULT_CAP}`,
		`${weekMb.toFixed(1)} MB`,
		`all exact: ${allExactMb.toFixed(1)} MB; wake rebuild ${wakeMs.toFixed(0)} ms CPU, ${Math.ceil(WEEK_IDS / PER_SEGMENT)} rows read`,
	],
];
console.table(rows);
if (runs.length === 0) throw new Error('no runs built');
await recordBenchmark('Seen-id memory', ['structure', 'bytes per id', 'notes'], rows, [
	`Node ${process.version} heap (heapUsed + arrayBuffers) after a forced GC, ${IDS} UUIDs unpacked from 58-id segments as a waking collector does; \`npm run bench -- seen\`. Times are CPU on a shared machine: 1-minute load average ${loadavg()[0]?.toFixed(1)} at the end.`,
	'Dedup stays exact: a fingerprint match is confirmed by reading the matching segment (one row); a fresh id matches by chance with probability cold ids ÷ 2^32.',
	'A wake still reads every retained segment once (ids ÷ 58 rows: bounded by the 7-day retention, not by the window) but unpacks them one at a time, so only the window is ever held as strings. A cleanup deletes expired segments by key range and drops them from memory without a reload.',
]);
