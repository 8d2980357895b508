/**
 * `export`: every IP's paths as JSON or CSV parts under `exports/<jobId>/` with a manifest, for
 * `GET /api/admin/jobs/:id/download` to stream back as one file (a JSON array, or CSV with a
 * header row) that the action uploads as a workflow artifact. IPs are pseudonymised (pseudonym.ts)
 * unless `raw: true`.
 */
import { type DatasetRef, manifestOf } from './dataset.ts';
import type { JobDefinition } from './definition.ts';
import { CSV_HEADER, encodeExportCsv, encodeExportJson } from './dump-codec.ts';
import { stageDumpsStep } from './dump-step.ts';
import { manifestKey } from './manifest.ts';
import type { ExportParams } from './params.ts';
import type { StepContext } from './ports.ts';
import { newPseudonymKey, pseudonymiser } from './pseudonym.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<ExportParams>;

export function exportDataset(jobId: string, params: Pick<ExportParams, 'format' | 'raw'>): DatasetRef {
	const meta = { format: params.format, anonymised: !params.raw };
	return params.format === 'csv'
		? { kind: 'export', id: jobId, encoding: 'csv', csvHeader: CSV_HEADER, meta }
		: { kind: 'export', id: jobId, encoding: 'ndjson', meta };
}

/** The job's pseudonym key, created on its first step and kept in its own storage only. */
function pseudonymKey(ctx: Ctx): string {
	const existing = ctx.store.getMeta<string>('pseudonymKey');
	if (existing !== null) return existing;
	const key = newPseudonymKey();
	ctx.store.setMeta('pseudonymKey', key);
	return key;
}

async function processStep(ctx: Ctx): Promise<boolean> {
	const csv = ctx.params.format === 'csv';
	const name = ctx.params.raw ? async (ip: string) => ip : await pseudonymiser(pseudonymKey(ctx));
	return stageDumpsStep(ctx, exportDataset(ctx.jobId, ctx.params), async (raw) => {
		const dump = { ...raw, ip: await name(raw.ip) };
		return {
			stage: csv ? encodeExportCsv(dump) : `${encodeExportJson(dump)}\n`,
			counters: { exportedIps: 1, exportedPaths: dump.paths.length },
		};
	});
}

async function manifestStep(ctx: Ctx): Promise<boolean> {
	const ref = exportDataset(ctx.jobId, ctx.params);
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
		// Pseudonyms unless raw IPs were asked for explicitly.
		anonymised: !ctx.params.raw,
		manifestKey: manifestKey('export', ctx.jobId),
		parts: ctx.store.parts().length,
		bytes: ctx.store.parts().reduce((s, p) => s + p.bytes, 0),
		download: `/api/admin/jobs/${ctx.jobId}/download`,
	}),
};
