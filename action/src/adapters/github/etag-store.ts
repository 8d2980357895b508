/**
 * Cached list pages keyed by request, for conditional requests: GitHub answers an unchanged
 * page with 304, which does not count against the rate limit. The file store lets separate
 * runs share the cache (e.g. restored with actions/cache).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const EntrySchema = z.object({
	etag: z.string(),
	items: z.array(z.unknown()),
	nextPage: z.number().nullable(),
});
export type EtagEntry = z.infer<typeof EntrySchema>;

export type EtagStore = {
	get(key: string): EtagEntry | undefined;
	set(key: string, entry: EtagEntry): void;
	/** Persists the cache (no-op in memory). */
	flush(): Promise<void>;
};

export function memoryEtagStore(): EtagStore {
	const map = new Map<string, EtagEntry>();
	return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), flush: async () => {} };
}

/** A JSON file of entries; an unreadable or invalid file starts an empty cache. */
export async function fileEtagStore(path: string): Promise<EtagStore> {
	const map = new Map<string, EtagEntry>();
	const text = await readFile(path, 'utf8').catch(() => '');
	if (text) {
		try {
			const parsed = z.record(z.string(), EntrySchema).safeParse(JSON.parse(text));
			if (parsed.success) for (const [k, v] of Object.entries(parsed.data)) map.set(k, v);
		} catch {
			// A corrupt cache only costs full reads this run; it is rewritten on flush.
		}
	}
	return {
		get: (k) => map.get(k),
		set: (k, v) => void map.set(k, v),
		async flush() {
			await mkdir(dirname(path), { recursive: true });
			const tmp = `${path}.${process.pid}.tmp`;
			await writeFile(tmp, JSON.stringify(Object.fromEntries(map)));
			await rename(tmp, path);
		},
	};
}
