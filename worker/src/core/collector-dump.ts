/**
 * Validation of a `CollectorDump` (rpc.ts) read back from a backup or handed to `importExact`:
 * an exact import must not accept a dump whose totals disagree with its rows.
 */
import { z } from 'zod';
import type { CollectorDump } from './rpc.ts';

const ms = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const PathRowSchema = z.object({
	method: z.string().min(1),
	path: z.string().startsWith('/'),
	count: z.number().int().positive(),
	firstSeen: ms,
	lastSeen: ms,
	lastUserAgent: z.string().nullable(),
	country: z.string().nullable(),
});

/** A dump handed to `importExact` or `restore`, validated; throws a message naming what is wrong. */
export function parseDump(dump: unknown): CollectorDump {
	const parsed = CollectorDumpSchema.safeParse(dump);
	if (!parsed.success) throw new Error(`invalid dump: ${z.prettifyError(parsed.error)}`);
	return parsed.data;
}

export const CollectorDumpSchema = z
	.object({
		schemaVersion: z.number().int().positive(),
		ip: z.string().min(1),
		totalRequests: count,
		overflowRequests: count,
		firstSeen: ms.nullable(),
		lastActivity: ms.nullable(),
		paths: z.array(PathRowSchema),
	})
	.superRefine((d, ctx) => {
		const sum = d.paths.reduce((s, p) => s + p.count, 0) + d.overflowRequests;
		if (sum !== d.totalRequests) {
			ctx.addIssue({
				code: 'custom',
				path: ['totalRequests'],
				message: `totalRequests ${d.totalRequests} ≠ path counts + overflow (${sum})`,
			});
		}
		const keys = new Set(d.paths.map((p) => `${p.method} ${p.path}`));
		if (keys.size !== d.paths.length)
			ctx.addIssue({ code: 'custom', path: ['paths'], message: 'duplicate (method, path) rows' });
	}) satisfies z.ZodType<CollectorDump>;
