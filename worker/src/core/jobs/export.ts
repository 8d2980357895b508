/**
 * `export`: every IP's paths as JSON or CSV parts under `exports/<jobId>/` with a manifest, for
 * `GET /api/admin/jobs/:id/download` to stream back as one file (a JSON array, or CSV with a
 * header row) that the action uploads as a workflow artifact.
 */
import { type DatasetRef, manifestOf } from './dataset.ts';
import type { JobDefinition } from './definition.ts';
import { CSV_HEADER, encodeExportCsv, encodeExportJson } from './dump-codec.ts';
import { stageDumpsStep } from './dump-step.ts';
import { manifestKey } from './manifest.ts';
import type { ExportParams } from './params.ts';
import type { StepContext } from './ports.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<ExportParams>;

export function exportDataset(jobId: string, format: ExportParams['format']): DatasetRef {
	return format === 'csv'
		? { kind: 'export', id: jobId, encoding: 'csv', csvHeader: CSV_HEADER, meta: { format } }
		: { kind: 'export', id: jobId, encoding: 'ndjson', meta: { format } };
}

function processStep(ctx: Ctx): Promise<boolean> {
	const csv = ctx.params.format === 'csv';
	return stageDumpsStep(ctx, exportDataset(ctx.jobId, ctx.params.format), (dump) => ({
		stage: csv ? encodeExportCsv(dump) : `${encodeExportJson(dump)}\n`,
		counters: { exportedIps: 1, exportedPaths: dump.paths.length },
	}));
}

async function manifestStep(ctx: Ctx): Promise<boolean> {
	const ref = exportDataset(ctx.jobId, ctx.params.format);
	await ctx.ports.datasets.writeManifest(manifestOf(ctx, ref, ctx.store.parts(), true));
	return true;
}

export const exportJob: JobDefinition<ExportParams> = {
	itemsFrom: 1,
	phases: [
		{ name: 'plan', step: (ctx) => walkRegistry(ctx, () => true) },
		{ name: 'process', step: processStep },
		{ name: 'manifest', step: manifestStep },
	],
	summarize: (ctx) => ({
		format: ctx.params.format,
		manifestKey: manifestKey('export', ctx.jobId),
		parts: ctx.store.parts().length,
		bytes: ctx.store.parts().reduce((s, p) => s + p.bytes, 0),
		download: `/api/admin/jobs/${ctx.jobId}/download`,
	}),
};
