/**
 * What the cost model has booked, as the shards count it: `/api/admin/usage` over the last two
 * days (a bench run never spans more), summed. Each reading is itself an admin request, which
 * books a request and rows on every shard.
 */
import { UsageResponseSchema } from '../../worker/src/contract/index.ts';

export type BookedUsage = {
	rowsRead: number;
	rowsWritten: number;
	recordRequests: number;
	jobRequests: number;
};

export async function bookedUsage(url: string, adminToken: string): Promise<BookedUsage> {
	const res = await fetch(`${url}/api/admin/usage?days=2`, {
		headers: { authorization: `Bearer ${adminToken}` },
	});
	if (!res.ok) throw new Error(`GET /api/admin/usage: ${res.status} ${await res.text()}`);
	const days = UsageResponseSchema.parse(await res.json()).days;
	const sum = (f: (d: (typeof days)[number]) => number) => days.reduce((n, d) => n + f(d), 0);
	return {
		rowsRead: sum((d) => d.rowsRead),
		rowsWritten: sum((d) => d.rowsWritten),
		recordRequests: sum((d) => d.doRequestsByKind.record),
		jobRequests: sum((d) => d.doRequestsByKind.job),
	};
}
