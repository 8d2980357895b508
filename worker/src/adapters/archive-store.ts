/**
 * Datasets in R2 (layout in core/jobs/manifest.ts): parts are written with their sha256 (R2
 * rejects an upload whose bytes do not match it) and read back byte for byte and re-hashed, so a
 * caller can prove a part is durable and intact before deleting the data it holds.
 */
import { ChecksumError, JobError } from '../core/jobs/job-error.ts';
import {
	datasetPrefix,
	type Manifest,
	ManifestSchema,
	manifestKey,
	type Part,
} from '../core/jobs/manifest.ts';
import type { DatasetStore, VerifiedPart } from '../core/jobs/ports.ts';

/**
 * The part of `R2Bucket` datasets use. Narrow on purpose: tests wrap the real binding in an
 * object of this shape to inject write failures and corrupted reads.
 */
export type ArchiveBucket = {
	put(
		key: string,
		value: string | Uint8Array,
		options?: {
			sha256?: string;
			httpMetadata?: { contentType?: string };
			customMetadata?: Record<string, string>;
		},
	): Promise<unknown>;
	get(key: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer> } | null>;
	list(options: { prefix: string; delimiter?: string; cursor?: string; limit?: number }): Promise<{
		objects: Array<{ key: string; size: number }>;
		delimitedPrefixes: string[];
		truncated: boolean;
		cursor?: string;
	}>;
	delete(keys: string | string[]): Promise<void>;
};

/** R2 operation classes (billing): A = put, list, delete; B = get. */
export type R2OperationClass = 'A' | 'B';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const CONTENT_TYPES: Record<string, string> = {
	ndjson: 'application/x-ndjson',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json',
};

function contentTypeOf(key: string): string {
	return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** Reads `part` and proves it intact: present, the recorded size and the recorded sha256. */
async function readPart(bucket: ArchiveBucket, part: Part): Promise<VerifiedPart> {
	const obj = await bucket.get(part.key);
	if (obj === null) throw new ChecksumError(part.key, 'object is missing');
	const bytes = new Uint8Array(await obj.arrayBuffer());
	if (bytes.byteLength !== part.bytes)
		throw new ChecksumError(part.key, `${bytes.byteLength} bytes, expected ${part.bytes}`);
	const sha = await sha256Hex(bytes);
	if (sha !== part.sha256) throw new ChecksumError(part.key, `sha256 ${sha}, expected ${part.sha256}`);
	return { part, text: decoder.decode(bytes) };
}

async function listAll(
	bucket: ArchiveBucket,
	prefix: string,
	charge: (op: R2OperationClass) => void,
): Promise<Array<{ key: string; size: number }>> {
	const objects: Array<{ key: string; size: number }> = [];
	let cursor: string | undefined;
	do {
		charge('A');
		const page = await bucket.list(cursor === undefined ? { prefix } : { prefix, cursor });
		objects.push(...page.objects.map((o) => ({ key: o.key, size: o.size })));
		cursor = page.truncated ? page.cursor : undefined;
	} while (cursor !== undefined);
	return objects;
}

/** Parts of `manifest` that are absent or of another size than recorded (one list per 1000 objects). */
async function checkParts(
	bucket: ArchiveBucket,
	manifest: Manifest,
	charge: (op: R2OperationClass) => void,
): Promise<string[]> {
	const sizes = new Map(
		(await listAll(bucket, datasetPrefix(manifest.kind, manifest.id), charge)).map((o) => [o.key, o.size]),
	);
	return manifest.parts.filter((p) => sizes.get(p.key) !== p.bytes).map((p) => p.key);
}

/**
 * Datasets over `bucket`. `charge` is called before every R2 operation (the JobRunner counts
 * subrequests and R2 classes with it, and may refuse the call).
 */
export function createDatasetStore(
	bucket: ArchiveBucket,
	charge: (op: R2OperationClass) => void = () => {},
): DatasetStore {
	return {
		async writePart(key, text, records) {
			const bytes = encoder.encode(text);
			const sha256 = await sha256Hex(bytes);
			charge('A');
			await bucket.put(key, bytes, {
				sha256,
				httpMetadata: { contentType: contentTypeOf(key) },
				customMetadata: { sha256, records: String(records) },
			});
			return { key, sha256, records, bytes: bytes.byteLength };
		},
		readVerified(part) {
			charge('B');
			return readPart(bucket, part);
		},
		async writeManifest(manifest) {
			const bytes = encoder.encode(JSON.stringify(manifest, null, 1));
			charge('A');
			await bucket.put(manifestKey(manifest.kind, manifest.id), bytes, {
				sha256: await sha256Hex(bytes),
				httpMetadata: { contentType: CONTENT_TYPES.json },
			});
		},
		async readManifest(key) {
			charge('B');
			const obj = await bucket.get(key);
			if (obj === null) return null;
			const text = decoder.decode(await obj.arrayBuffer());
			let raw: unknown;
			try {
				raw = JSON.parse(text);
			} catch {
				throw new JobError('corrupt_dataset', `${key} is not JSON`, { permanent: true });
			}
			const parsed = ManifestSchema.safeParse(raw);
			if (!parsed.success) {
				throw new JobError(
					'corrupt_dataset',
					`${key}: ${parsed.error.issues[0]?.message ?? 'invalid manifest'}`,
					{
						permanent: true,
					},
				);
			}
			return parsed.data;
		},
		async listIds(root) {
			const ids: string[] = [];
			let cursor: string | undefined;
			do {
				charge('A');
				const page = await bucket.list({ prefix: root, delimiter: '/', ...(cursor ? { cursor } : {}) });
				ids.push(...page.delimitedPrefixes.map((p) => p.slice(root.length, -1)));
				cursor = page.truncated ? page.cursor : undefined;
			} while (cursor !== undefined);
			return ids;
		},
		checkParts: (manifest) => checkParts(bucket, manifest, charge),
		async deletePrefix(prefix) {
			const keys = (await listAll(bucket, prefix, charge)).map((o) => o.key);
			// The manifest goes first: a half-deleted dataset must never look complete.
			const ordered = [
				...keys.filter((k) => k.endsWith('/manifest.json')),
				...keys.filter((k) => !k.endsWith('/manifest.json')),
			];
			for (let i = 0; i < ordered.length; i += 1000) {
				charge('A');
				await bucket.delete(ordered.slice(i, i + 1000));
			}
			return keys.length;
		},
	};
}

/**
 * One file from a dataset's parts, each verified before any of its bytes is sent: NDJSON parts
 * become one JSON array, CSV parts get the header row. A part that fails verification aborts
 * the stream, so a damaged export can never arrive looking complete.
 */
export function datasetDownload(bucket: ArchiveBucket, manifest: Manifest): ReadableStream<Uint8Array> {
	const json = manifest.encoding === 'ndjson';
	let index = 0;
	let first = true;
	return new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(encoder.encode(json ? '[\n' : `${manifest.csvHeader ?? ''}\n`));
		},
		async pull(controller) {
			const part = manifest.parts[index++];
			if (part === undefined) {
				if (json) controller.enqueue(encoder.encode('\n]\n'));
				controller.close();
				return;
			}
			const { text } = await readPart(bucket, part);
			if (!json) {
				controller.enqueue(encoder.encode(text));
				return;
			}
			const lines = text.split('\n').filter((l) => l !== '');
			if (lines.length === 0) return;
			controller.enqueue(encoder.encode(`${first ? '' : ',\n'}${lines.join(',\n')}`));
			first = false;
		},
	});
}
