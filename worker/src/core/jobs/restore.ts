/**
 * `restore`: from a backup (or a cleanup archive), optionally only some IPs. Every part's
 * sha256 is verified, and every record parsed, before anything is written; then each collector
 * gets its exact dump (counts are not re-recorded) unless it holds data the dump lacks (see
 * restore-guard.ts: skipped by default, replaced with `overwrite`, only reported with `dryRun`),
 * and its registry row is rewritten from the collector's own stats.
 */
import type { CollectorDump, RestoreOutcome } from '../rpc.ts';
import { shardIndexFor } from '../shard-key.ts';
import type { JobDefinition } from './definition.ts';
import { decodeDumpLines } from './dump-codec.ts';
import { batchSizeFor, itemData, noneLeft, processItems } from './items.ts';
import { JobError } from './job-error.ts';
import { type DatasetKind, manifestKey, type Part } from './manifest.ts';
import type { RestoreParams } from './params.ts';
import type { Counters, JobFacts, StepContext } from './ports.ts';
import { entryFromStats } from './repair.ts';

type Ctx = StepContext<RestoreParams>;
type Verify = { parts: Part[]; next: number };
type Located = { part: number; line: number };

/** Bytes and parts verified per step: bounded CPU (hashing, parsing) and memory. */
const VERIFY_BYTES_PER_STEP = 64 * 1024 * 1024;
const VERIFY_PARTS_PER_STEP = 20;

function sourceOf(ctx: JobFacts<RestoreParams>): { kind: DatasetKind; id: string } {
	if (ctx.params.archiveId !== undefined) return { kind: 'ip-archive', id: ctx.params.archiveId };
	return { kind: 'backup', id: ctx.params.backupId ?? '' };
}

/** Reads a part and its records; any mismatch means the source is damaged, which no retry fixes. */
async function readRecords(ctx: Ctx, part: Part): Promise<CollectorDump[]> {
	let text: string;
	try {
		text = (await ctx.ports.datasets.readVerified(part)).text;
	} catch (err) {
		if (err instanceof JobError) throw new JobError(err.code, err.message, { permanent: true, cause: err });
		throw err;
	}
	let dumps: CollectorDump[];
	try {
		dumps = decodeDumpLines(text);
	} catch (err) {
		throw new JobError('corrupt_dataset', `${part.key}: ${(err as Error).message}`, { permanent: true });
	}
	if (dumps.length !== part.records) {
		throw new JobError(
			'corrupt_dataset',
			`${part.key}: ${dumps.length} records, manifest says ${part.records}`,
			{
				permanent: true,
			},
		);
	}
	return dumps;
}

async function openManifest(ctx: Ctx): Promise<void> {
	const src = sourceOf(ctx);
	const manifest = await ctx.ports.datasets.readManifest(manifestKey(src.kind, src.id));
	if (manifest === null)
		throw new JobError('not_found', `no ${src.kind} with id ${src.id}`, { permanent: true });
	if (src.kind === 'backup' && manifest.completedAt === null) {
		throw new JobError('incomplete_backup', `backup ${src.id} was never completed`, { permanent: true });
	}
	if (manifest.encoding !== 'ndjson')
		throw new JobError('not_restorable', `${src.id} is not a dump dataset`, { permanent: true });
	ctx.store.setMeta('verify', { parts: manifest.parts, next: 0 } satisfies Verify);
}

async function verifyStep(ctx: Ctx): Promise<boolean> {
	const v = ctx.store.getMeta<Verify>('verify');
	if (v === null) {
		await openManifest(ctx);
		return false;
	}
	const wanted = ctx.params.ips ? new Set(ctx.params.ips) : null;
	let bytes = 0;
	let index = v.next;
	for (
		;
		index < v.parts.length && index < v.next + VERIFY_PARTS_PER_STEP && bytes < VERIFY_BYTES_PER_STEP;
		index++
	) {
		const part = v.parts[index] as Part;
		const dumps = await readRecords(ctx, part);
		bytes += part.bytes;
		const located = dumps
			.map((d, line) => ({ ip: d.ip, at: { part: index, line } satisfies Located }))
			.filter((d) => wanted === null || wanted.has(d.ip));
		const next = index + 1;
		ctx.store.transact(() => {
			ctx.store.enqueue(located.map((d) => ({ key: d.ip, data: JSON.stringify(d.at) })));
			ctx.store.bump({ verifiedParts: 1, verifiedRecords: dumps.length });
			ctx.store.setMeta('verify', { ...v, next } satisfies Verify);
		});
	}
	if (index < v.parts.length) return false;
	if (wanted) {
		const found = new Set(ctx.store.items(['pending'], wanted.size).map((i) => i.key));
		const missing = [...wanted].filter((ip) => !found.has(ip));
		ctx.store.bump({ notInBackup: missing.length });
	}
	return true;
}

async function processStep(ctx: Ctx): Promise<boolean> {
	const v = ctx.store.getMeta<Verify>('verify');
	if (v === null)
		throw new JobError('internal', 'restore reached processing without verification', { permanent: true });
	// Per item: importExact, stats, registryPut; plus a read of each part the batch draws from.
	const limit = batchSizeFor(3, { maxBatch: 100, batchSize: ctx.params.batchSize, fixedCalls: 20 });
	const needed = new Set(ctx.store.items(['pending'], limit).map((i) => itemData<Located>(i).part));
	const records = new Map<number, CollectorDump[]>();
	for (const index of needed) records.set(index, await readRecords(ctx, v.parts[index] as Part));
	await processItems(ctx, { status: 'pending', limit, concurrency: ctx.params.concurrency }, async (item) => {
		const at = itemData<Located>(item);
		const dump = records.get(at.part)?.[at.line];
		// Item numbers, not addresses, in messages: they reach job results and summaries.
		if (!dump || dump.ip !== item.key)
			throw new JobError('internal', `the record of item ${item.seq} moved`, { permanent: true });
		const collector = ctx.ports.collector(item.key);
		const outcome = await collector.restore(dump, {
			overwrite: ctx.params.overwrite,
			dryRun: ctx.params.dryRun,
		});
		if (outcome.applied) {
			if (outcome.requestsAfter !== dump.totalRequests) {
				throw new Error(
					`item ${item.seq}: restored ${outcome.requestsAfter} requests, expected ${dump.totalRequests}`,
				);
			}
			const truth = entryFromStats(await collector.stats());
			const shard = ctx.ports.shard(shardIndexFor(item.key, ctx.ports.shardCount));
			if (truth) await shard.registryPut(truth);
			else await shard.registryDelete(item.key);
		}
		return { status: 'done', counters: countersOf(outcome, ctx.params.dryRun, dump) };
	});
	return noneLeft(ctx, ['pending']);
}

/** Per-IP class counters (`would…` on a dry run) and the requests written or replaced. */
function countersOf(outcome: RestoreOutcome, dryRun: boolean, dump: CollectorDump): Counters {
	const written = outcome.action === 'restored' || outcome.action === 'overwritten';
	const name = {
		restored: dryRun ? 'wouldRestore' : 'restored',
		overwritten: dryRun ? 'wouldOverwrite' : 'overwritten',
		unchanged: 'unchanged',
		'skipped-newer': 'skippedNewer',
	}[outcome.action];
	return {
		[name]: 1,
		...(written ? { requests: dump.totalRequests, paths: dump.paths.length } : {}),
		...(outcome.action === 'overwritten' ? { replacedRequests: outcome.requestsBefore } : {}),
		...(outcome.action === 'skipped-newer' ? { keptRequests: outcome.requestsBefore } : {}),
	};
}

export const restoreJob: JobDefinition<RestoreParams> = {
	itemsFrom: 1,
	phases: [
		{ name: 'verify', step: verifyStep },
		{ name: 'process', step: processStep },
	],
	summarize: (ctx) => {
		const src = sourceOf(ctx);
		return {
			source: src.kind,
			sourceId: src.id,
			dryRun: ctx.params.dryRun,
			// Collectors holding data their backup lacks are kept unless overwrite was asked for.
			whenNewer: ctx.params.overwrite ? 'overwrite' : 'skip',
		};
	},
};
