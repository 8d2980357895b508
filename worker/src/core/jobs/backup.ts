/**
 * `backup`: every collector's exact dump into NDJSON parts plus a manifest (per-part sha256 and
 * record counts) under `backups/<backupId>/`. The manifest is written last, so a backup without
 * one is incomplete and never restored from or counted by retention. Then older backups beyond
 * the retention policy are deleted.
 */
import { type DatasetRef, datasetIdFor, manifestOf } from './dataset.ts';
import type { JobDefinition } from './definition.ts';
import { encodeDumpLine } from './dump-codec.ts';
import { stageDumpsStep } from './dump-step.ts';
import { kindRoot, manifestKey } from './manifest.ts';
import type { BackupParams } from './params.ts';
import type { JobFacts, StepContext } from './ports.ts';
import { expiredBackups } from './retention.ts';
import { walkRegistry } from './walk.ts';

type Ctx = StepContext<BackupParams>;

const MANIFESTS_PER_STEP = 100;
const DELETIONS_PER_STEP = 5;

function datasetOf(ctx: JobFacts<BackupParams>): DatasetRef {
	return { kind: 'backup', id: datasetIdFor(ctx.createdAt, ctx.jobId), encoding: 'ndjson' };
}

function processStep(ctx: Ctx): Promise<boolean> {
	return stageDumpsStep(
		ctx,
		datasetOf(ctx),
		(dump) => ({
			stage: `${encodeDumpLine(dump)}\n`,
			counters: { exported: 1, requests: dump.totalRequests, paths: dump.paths.length },
		}),
		(n) => ({ backedUp: n }),
	);
}

async function manifestStep(ctx: Ctx): Promise<boolean> {
	await ctx.ports.datasets.writeManifest(manifestOf(ctx, datasetOf(ctx), ctx.store.parts(), true));
	return true;
}

type Retention = {
	ids: string[];
	checked: number;
	complete: Array<{ id: string; createdAt: number }>;
	expired: string[] | null;
	deleted: number;
};

/** Retention, a few bounded calls per step: list backups, read their manifests, delete expired ones. */
async function retentionStep(ctx: Ctx): Promise<boolean> {
	const current = datasetOf(ctx).id;
	const r = ctx.store.getMeta<Retention>('retention');
	if (r === null) {
		const ids = (await ctx.ports.datasets.listIds(kindRoot('backup'))).filter((id) => id !== current);
		ctx.store.setMeta('retention', {
			ids,
			checked: 0,
			complete: [],
			expired: null,
			deleted: 0,
		} satisfies Retention);
		return false;
	}
	if (r.checked < r.ids.length) {
		const batch = r.ids.slice(r.checked, r.checked + MANIFESTS_PER_STEP);
		const manifests = await Promise.all(
			batch.map((id) => ctx.ports.datasets.readManifest(manifestKey('backup', id))),
		);
		for (const m of manifests)
			if (m?.completedAt) r.complete.push({ id: m.id, createdAt: Date.parse(m.createdAt) });
		ctx.store.setMeta('retention', { ...r, checked: r.checked + batch.length });
		return false;
	}
	const expired =
		r.expired ??
		expiredBackups(r.complete, {
			keep: ctx.params.keep,
			maxAgeDays: ctx.params.maxAgeDays,
			now: ctx.createdAt,
			current,
		});
	const next = expired.slice(r.deleted, r.deleted + DELETIONS_PER_STEP);
	let objects = 0;
	for (const id of next) objects += await ctx.ports.datasets.deletePrefix(`${kindRoot('backup')}${id}/`);
	ctx.store.transact(() => {
		ctx.store.setMeta('retention', { ...r, expired, deleted: r.deleted + next.length });
		ctx.store.bump({ backupsDeleted: next.length, objectsDeleted: objects });
	});
	return r.deleted + next.length >= expired.length;
}

export const backupJob: JobDefinition<BackupParams> = {
	itemsFrom: 1,
	phases: [
		{ name: 'plan', step: (ctx) => walkRegistry(ctx, () => true) },
		{ name: 'process', step: processStep },
		{ name: 'manifest', step: manifestStep },
		{ name: 'retention', step: retentionStep },
	],
	summarize: (ctx) => {
		const ref = datasetOf(ctx);
		const r = ctx.store.getMeta<Retention>('retention');
		return {
			backupId: ref.id,
			manifestKey: manifestKey(ref.kind, ref.id),
			parts: ctx.store.parts().length,
			incompleteBackupsKept: r && r.checked >= r.ids.length ? r.ids.length - r.complete.length : null,
		};
	},
};
