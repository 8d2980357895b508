/**
 * The R2 layout of everything jobs write: a dataset is a folder of parts (NDJSON or CSV) plus
 * a manifest listing each part's sha256 and record count. Backups, cleanup archives, stats
 * archives and exports all share it, so one reader verifies any of them.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const isoTime = z.iso.datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const DATASET_KINDS = ['backup', 'ip-archive', 'stats-archive', 'export'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export const PartSchema = z.object({
	key: z.string().min(1),
	sha256: sha256Hex,
	records: count,
	bytes: count,
});
export type Part = z.infer<typeof PartSchema>;

export const ManifestSchema = z.object({
	format: z.literal('pathwatch-dataset'),
	version: z.literal(1),
	kind: z.enum(DATASET_KINDS),
	id: z.string().min(1),
	jobId: z.string().min(1),
	createdAt: isoTime,
	/** Null while the dataset is still being written (a cleanup archive grows batch by batch). */
	completedAt: isoTime.nullable(),
	encoding: z.enum(['ndjson', 'csv']),
	/** First line of the file when the parts are CSV (parts themselves carry no header). */
	csvHeader: z.string().optional(),
	records: count,
	bytes: count,
	parts: z.array(PartSchema),
	/** Kind-specific facts, e.g. the month of a stats archive or the export's record shape. */
	meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Top-level R2 folders per kind. */
const ROOTS: Record<DatasetKind, string> = {
	backup: 'backups',
	'ip-archive': 'archives/ips',
	'stats-archive': 'archives/stats',
	export: 'exports',
};

/** The folder (with trailing slash) holding dataset `id` of `kind`. */
export function datasetPrefix(kind: DatasetKind, id: string): string {
	return `${ROOTS[kind]}/${id}/`;
}

export function manifestKey(kind: DatasetKind, id: string): string {
	return `${datasetPrefix(kind, id)}manifest.json`;
}

/** Part `index` (1-based, zero-padded so keys sort in write order). */
export function partKey(kind: DatasetKind, id: string, index: number, ext: 'ndjson' | 'csv'): string {
	return `${datasetPrefix(kind, id)}part-${String(index).padStart(6, '0')}.${ext}`;
}

/** The root under which every dataset of `kind` lives (for listing, e.g. backup retention). */
export function kindRoot(kind: DatasetKind): string {
	return `${ROOTS[kind]}/`;
}

/** Builds a manifest from the parts written so far. */
export function buildManifest(
	base: Pick<Manifest, 'kind' | 'id' | 'jobId' | 'createdAt' | 'encoding' | 'csvHeader' | 'meta'>,
	parts: Part[],
	completedAt: string | null,
): Manifest {
	return {
		format: 'pathwatch-dataset',
		version: 1,
		...base,
		completedAt,
		records: parts.reduce((s, p) => s + p.records, 0),
		bytes: parts.reduce((s, p) => s + p.bytes, 0),
		parts,
	};
}
