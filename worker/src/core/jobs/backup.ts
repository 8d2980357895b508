/**
 * `backup`: every collector's exact dump into NDJSON parts plus a manifest (per-part sha256 and
 * record counts) under `backups/<backupId>/`. The manifest is written last, so a backup without
 * one is incomplete and never restored from or counted by retention; so is one with any failed
 * item (`partial`). Then older backups beyond the retention policy are deleted, once every backup
 * kept was checked intact (backup-retention.ts).
 */

import { describeRetention, type RetentionState, retentionStep } from './backup-retention.ts';
import { type DatasetRef, datasetIdFor, manifestOf } from './dataset.ts';
import type { JobDefinition } from './definition.ts';
import { encodeDumpLine } from './dump-codec.ts';
import { stageDumpsStep } from './dump-step.ts';
import { JobError } from './job-error.ts';
import { manifestKey } from './manifest.ts';
import type { BackupParams } from './params.ts';
import type { JobFacts, StepContext } from './ports.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<BackupParams>;

function datasetOf(ctx: JobFacts<BackupParams>): DatasetRef {
	return { kind: 'backup', id: datasetIdFor(ctx.createdAt, ctx.jobId), encoding: 'ndjson' };
}

function processStep(ctx: Ctx): Promise<boolean> {
	return stageDumpsStep(
		ctx,
		datasetOf(ctx),
		async (dump) => ({
			stage: `${encodeDumpLine(dump)}\n`,
			counters: { exported: 1, requests: dump.totalRequests, paths: dump.paths.length },
		}),
		(n) => ({ backedUp: n }),
	);
}

/**
 * A backup with any item that could not be exported is `partial`: its manifest never gets a
 * completion time (restore refuses it, retention ignores it) and the job fails before retention,
 * so no older backup is deleted on its account.
 */
async function manifestStep(ctx: Ctx): Promise<boolean> {
	const ref = datasetOf(ctx);
	const failed = ctx.store.statusCounts().error ?? 0;
	const parts = ctx.store.parts();
	if (failed > 0) {
		await ctx.ports.datasets.writeManifest(
			manifestOf(ctx, { ...ref, meta: { state: 'partial', failedItems: failed } }, parts, false),
		);
		ctx.store.setMeta('backupState', 'partial');
		throw new JobError(
			'backup_partial',
			`${failed} IP(s) could not be backed up: backup ${ref.id} is partial, cannot be restored as complete and does not count toward retention; no older backup was deleted`,
			{ permanent: true },
		);
	}
	await ctx.ports.datasets.writeManifest(
		manifestOf(ctx, { ...ref, meta: { state: 'complete' } }, parts, true),
	);
	ctx.store.setMeta('backupState', 'complete');
	return true;
}

export const backupJob: JobDefinition<BackupParams> = {
	itemsFrom: 1,
	phases: [
		{ name: 'plan', step: (ctx) => walkRegistry(ctx, () => true) },
		{ name: 'process', step: processStep },
		{ name: 'manifest', step: manifestStep },
		{ name: 'retention', step: (ctx) => retentionStep(ctx, datasetOf(ctx).id) },
	],
	summarize: (ctx) => {
		const ref = datasetOf(ctx);
		const state = ctx.store.getMeta<'complete' | 'partial'>('backupState');
		return {
			backupId: ref.id,
			manifestKey: manifestKey(ref.kind, ref.id),
			parts: ctx.store.parts().length,
			backup: state ?? 'in-progress',
			// Complete means every part was read back and matched its sha256 before the manifest named it.
			verified: state === 'complete',
			...describeRetention(ctx.store.getMeta<RetentionState>('retention')),
		};
	},
};
