/**
 * Writing datasets from a job: records are staged in the job's own storage as items are
 * exported, then written to R2 as one part, read back and checksum-verified, and only then
 * committed (the staged items move on). A failure anywhere leaves them staged for the retry,
 * which rewrites the same part key.
 */
import { buildManifest, type DatasetKind, type Manifest, type Part, partKey } from './manifest.ts';
import type { Counters, StepContext } from './ports.ts';

/** Staged records are written as a part once they reach this size (or the part's record count). */
export const PART_MAX_BYTES = 8 * 1024 * 1024;

export type DatasetRef = {
	kind: DatasetKind;
	id: string;
	encoding: 'ndjson' | 'csv';
	csvHeader?: string;
	meta?: Manifest['meta'];
};

/** A sortable dataset id: the job's creation time (UTC, compact ISO) and its id. */
export function datasetIdFor(createdAt: number, jobId: string): string {
	const stamp = new Date(createdAt)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	return `${stamp}-${jobId}`;
}

/** True when the staged records should be written now (`partRecords` reached, or nothing left to stage). */
export function shouldFlush<P>(ctx: StepContext<P>, partRecords: number, nothingPending: boolean): boolean {
	const count = ctx.store.statusCounts().staged ?? 0;
	if (count === 0) return false;
	return nothingPending || count >= partRecords || ctx.store.stagedBytes() >= PART_MAX_BYTES;
}

export function manifestOf<P>(
	ctx: StepContext<P>,
	ref: DatasetRef,
	parts: Part[],
	complete: boolean,
): Manifest {
	return buildManifest(
		{
			kind: ref.kind,
			id: ref.id,
			jobId: ctx.jobId,
			createdAt: new Date(ctx.createdAt).toISOString(),
			encoding: ref.encoding,
			csvHeader: ref.csvHeader,
			meta: ref.meta ?? {},
		},
		parts,
		complete ? new Date(ctx.now).toISOString() : null,
	);
}

/**
 * Writes the oldest staged records (up to `maxRecords`) as the next part, verifies it, runs
 * `beforeCommit` with the parts including the new one (e.g. to publish a manifest first), then
 * moves those items to status `to`. Returns the part, or null when nothing was staged.
 */
export async function flushStaged<P>(
	ctx: StepContext<P>,
	ref: DatasetRef,
	options: {
		to: string;
		maxRecords?: number;
		counters?: (records: number) => Counters;
		beforeCommit?: (parts: Part[]) => Promise<void>;
	},
): Promise<Part | null> {
	const staged = ctx.store.staged(options.maxRecords);
	if (staged.length === 0) return null;
	const index = ctx.store.parts().length + 1;
	const key = partKey(ref.kind, ref.id, index, ref.encoding);
	const part = await ctx.ports.datasets.writePart(key, staged.map((s) => s.text).join(''), staged.length);
	await ctx.ports.datasets.readVerified(part);
	await options.beforeCommit?.([...ctx.store.parts(), part]);
	ctx.store.commitPart(
		part,
		staged.map((s) => s.seq),
		options.to,
		options.counters?.(staged.length),
	);
	return part;
}

/** Writes full parts of `partRecords` while there are enough staged (all of them once nothing is pending). */
export async function flushFullParts<P>(
	ctx: StepContext<P>,
	ref: DatasetRef,
	options: {
		to: string;
		partRecords: number;
		nothingPending: boolean;
		counters?: (records: number) => Counters;
	},
): Promise<void> {
	while (shouldFlush(ctx, options.partRecords, options.nothingPending)) {
		await flushStaged(ctx, ref, {
			to: options.to,
			maxRecords: options.partRecords,
			counters: options.counters,
		});
	}
}
