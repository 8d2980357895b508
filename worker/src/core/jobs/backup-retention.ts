/**
 * Backup retention, a few bounded calls per step: list the backups, read their manifests, pick
 * the expired ones, prove every backup that is kept still intact (each part present at its
 * recorded size), and only then delete. A partial backup never counts as one of those kept, and
 * a kept backup that fails the check blocks every deletion: retention never trades a damaged
 * copy for a good one.
 */
import { kindRoot, type Manifest, manifestKey } from './manifest.ts';
import type { BackupParams } from './params.ts';
import type { StepContext } from './ports.ts';
import { expiredBackups } from './retention.ts';

type Ctx = StepContext<BackupParams>;

export type RetentionState = {
	ids: string[];
	checked: number;
	complete: Array<{ id: string; createdAt: number }>;
	expired: string[] | null;
	/** Complete backups retention keeps (this one first); each is checked before anything goes. */
	kept: string[];
	verified: number;
	/** Kept backups that failed the check: retention is blocked. */
	unverified: string[];
	deleted: number;
};

const MANIFESTS_PER_STEP = 100;
const VERIFICATIONS_PER_STEP = 10;
const DELETIONS_PER_STEP = 5;

/** A manifest counts as a complete backup: finished, and not marked partial. */
export function isCompleteBackup(m: Manifest | null): m is Manifest {
	return m !== null && m.completedAt !== null && m.meta.state !== 'partial';
}

async function readManifests(ctx: Ctx, r: RetentionState): Promise<RetentionState> {
	const batch = r.ids.slice(r.checked, r.checked + MANIFESTS_PER_STEP);
	const manifests = await Promise.all(
		batch.map((id) => ctx.ports.datasets.readManifest(manifestKey('backup', id))),
	);
	const complete = manifests
		.filter(isCompleteBackup)
		.map((m) => ({ id: m.id, createdAt: Date.parse(m.createdAt) }));
	return { ...r, checked: r.checked + batch.length, complete: [...r.complete, ...complete] };
}

async function verifyKept(ctx: Ctx, r: RetentionState): Promise<RetentionState> {
	const batch = r.kept.slice(r.verified, r.verified + VERIFICATIONS_PER_STEP);
	const unverified = [...r.unverified];
	for (const id of batch) {
		const m = await ctx.ports.datasets.readManifest(manifestKey('backup', id));
		if (!isCompleteBackup(m) || (await ctx.ports.datasets.checkParts(m)).length > 0) unverified.push(id);
	}
	return { ...r, verified: r.verified + batch.length, unverified };
}

function planDeletions(ctx: Ctx, r: RetentionState, current: string): RetentionState {
	const expired = expiredBackups(r.complete, {
		keep: ctx.params.keep,
		maxAgeDays: ctx.params.maxAgeDays,
		now: ctx.createdAt,
		current,
	});
	const gone = new Set(expired);
	return { ...r, expired, kept: [current, ...r.complete.map((b) => b.id).filter((id) => !gone.has(id))] };
}

/** The next preparation step (list, read manifests, plan, verify), or null once prepared. */
async function prepareStep(
	ctx: Ctx,
	r: RetentionState | null,
	current: string,
): Promise<RetentionState | null> {
	if (r === null) {
		const ids = (await ctx.ports.datasets.listIds(kindRoot('backup'))).filter((id) => id !== current);
		return {
			ids,
			checked: 0,
			complete: [],
			expired: null,
			kept: [],
			verified: 0,
			unverified: [],
			deleted: 0,
		};
	}
	if (r.checked < r.ids.length) return readManifests(ctx, r);
	if (r.expired === null) return planDeletions(ctx, r, current);
	if (r.verified < r.kept.length) return verifyKept(ctx, r);
	return null;
}

/** One retention step; true when retention is finished (done or blocked). */
export async function retentionStep(ctx: Ctx, current: string): Promise<boolean> {
	const r = ctx.store.getMeta<RetentionState>('retention');
	const save = (next: RetentionState) => ctx.store.setMeta('retention', next);
	const prepared = await prepareStep(ctx, r, current);
	if (prepared !== null) {
		save(prepared);
		return false;
	}
	if (r === null || r.expired === null) throw new Error('retention planned nothing');
	if (r.unverified.length > 0) return true;
	const next = r.expired.slice(r.deleted, r.deleted + DELETIONS_PER_STEP);
	let objects = 0;
	for (const id of next) objects += await ctx.ports.datasets.deletePrefix(`${kindRoot('backup')}${id}/`);
	ctx.store.transact(() => {
		save({ ...r, deleted: r.deleted + next.length });
		ctx.store.bump({ backupsDeleted: next.length, objectsDeleted: objects });
	});
	return r.deleted + next.length >= r.expired.length;
}

/** Retention as the job result shows it. */
export function describeRetention(r: RetentionState | null): Record<string, unknown> {
	if (r === null || r.expired === null || r.verified < r.kept.length) return { retention: 'pending' };
	return {
		retention: r.unverified.length > 0 ? 'blocked' : 'applied',
		keptVerified: r.kept.length - r.unverified.length,
		unverifiedBackups: r.unverified,
		expiredBackups: r.expired.length,
		incompleteBackupsKept: r.ids.length - r.complete.length,
	};
}
