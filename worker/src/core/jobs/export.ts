/**
 * `export`: every IP's paths as JSON or CSV parts under `exports/<jobId>/` with a manifest, for
 * `GET /api/admin/jobs/:id/download` to stream back as one file (a JSON array, or CSV with a
 * header row) that the action uploads as a workflow artifact.
 */
import { type DatasetRef, flushFullParts, manifestOf } from './dataset.ts';
import type { JobDefinition } from './definition.ts';
import { CSV_HEADER, encodeExportCsv, encodeExportJson } from './dump-codec.ts';
import { batchSizeFor, noneLeft, processItems } from './items.ts';
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

async function processStep(ctx: Ctx): Promise<boolean> {
	const csv = ctx.params.format === 'csv';
	const limit = batchSizeFor(1 + 2 / ctx.params.partRecords, {
		maxBatch: 100,
		batchSize: ctx.params.batchSize,
	});
	await processItems(ctx, { status: 'pending', limit, concurrency: ctx.params.concurrency }, async (item) => {
		const dump = await ctx.ports.collector(item.key).exportAll();
		return {
			status: 'staged',
			counters: { exportedIps: 1, exportedPaths: dump.paths.length },
			stage: csv ? encodeExportCsv(dump) : `${encodeExportJson(dump)}\n`,
		};
	});
	await flushFullParts(ctx, exportDataset(ctx.jobId, ctx.params.format), {
		to: 'done',
		partRecords: ctx.params.partRecords,
		nothingPending: noneLeft(ctx, ['pending']),
	});
	return noneLeft(ctx, ['pending', 'staged']);
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
