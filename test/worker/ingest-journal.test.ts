/**
 * Journal backlog signals: events waiting for replay and the age of the oldest, in /metrics and
 * the snapshot, from a bounded KV listing (key names and metadata only) that is booked as KV
 * reads. Past the listing bound the count is flagged as a lower bound; the age stays exact.
 */
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { flushFrontMetrics } from '../../worker/src/adapters/front-metrics.ts';
import { appendJournal, readJournalBacklog, replayJournal } from '../../worker/src/adapters/journal.ts';
import { SnapshotSchema, UsageResponseSchema } from '../../worker/src/contract/index.ts';
import type { NormalizedEvent } from '../../worker/src/core/rpc.ts';
import { freshIp } from './ingest-helpers.ts';

const ADMIN = { Authorization: 'Bearer test-admin-token' };
const HOUR = 3_600_000;

function events(ip: string, n: number, at: number): NormalizedEvent[] {
	return Array.from({ length: n }, (_, i) => ({
		id: `${ip}-${at}-${i}`,
		ip,
		path: '/journaled',
		method: 'GET',
		userAgent: null,
		country: null,
		timestamp: at,
	}));
}

async function get(path: string) {
	const res = await exports.default.fetch(`http://collector${path}`, { headers: ADMIN });
	expect(res.status).toBe(200);
	return res;
}

const gauge = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);

describe('journal backlog signals', () => {
	it('reports waiting events and the oldest one’s age, then 0 once replayed', async () => {
		const now = Date.now();
		const [a, b] = [freshIp(), freshIp()];
		await appendJournal(env.JOURNAL, a, events(a, 3, now - 2 * HOUR), 'do_error', now - 2 * HOUR);
		await appendJournal(env.JOURNAL, b, events(b, 4, now - HOUR), 'breaker_open', now - HOUR);

		const snap = SnapshotSchema.parse(await (await get('/api/admin/snapshot')).json());
		expect(snap.journal).toMatchObject({ backlog: 7, entries: 2, complete: true });
		expect(snap.journal.oldestAt).toBe(new Date(now - 2 * HOUR).toISOString());
		expect(snap.journal.oldestAgeSeconds).toBeGreaterThanOrEqual(7200);
		expect(snap.journal.oldestAgeSeconds).toBeLessThan(7200 + 60);

		const text = await (await get('/metrics')).text();
		expect(gauge(text, 'pathwatch_journal_backlog')).toBe(7);
		expect(gauge(text, 'pathwatch_journal_oldest_event_age_seconds')).toBeGreaterThanOrEqual(7200);
		expect(gauge(text, 'pathwatch_journal_listing_complete')).toBe(1);

		const replay = await replayJournal(env, { limit: 100 });
		expect(replay).toMatchObject({ replayed: 2, events: 7, failed: 0 });
		const after = await (await get('/metrics')).text();
		expect(gauge(after, 'pathwatch_journal_backlog')).toBe(0);
		expect(gauge(after, 'pathwatch_journal_oldest_event_age_seconds')).toBe(0);
	});

	it('stops listing at its bound: the count becomes a lower bound, the oldest age stays exact', async () => {
		const now = Date.now();
		const ip = freshIp();
		// The oldest entry first in key order, then enough newer ones to fill more than one page.
		await appendJournal(env.JOURNAL, ip, events(ip, 2, now - 30 * HOUR), 'do_error', now - 30 * HOUR);
		const newer = Array.from({ length: 1100 }, (_, i) => now - 1000 + i);
		for (let i = 0; i < newer.length; i += 50)
			await Promise.all(
				newer.slice(i, i + 50).map((t) => appendJournal(env.JOURNAL, ip, events(ip, 1, t), 'do_error', t)),
			);
		const bounded = await readJournalBacklog(env.JOURNAL, 1);
		expect(bounded).toMatchObject({ pages: 1, complete: false, entries: 1000, events: 1001 });
		expect(bounded.oldestAt).toBe(now - 30 * HOUR);
		const full = await readJournalBacklog(env.JOURNAL, 10);
		expect(full).toMatchObject({ pages: 2, complete: true, entries: 1101, events: 1102 });
		expect(full.oldestAt).toBe(now - 30 * HOUR);

		// An admin read books the list operations it made as KV reads.
		await flushFrontMetrics(env);
		const usage = async () =>
			UsageResponseSchema.parse(await (await get('/api/admin/usage?days=1')).json()).days.at(-1)?.kvReads ??
			0;
		const before = await usage();
		await get('/metrics');
		await flushFrontMetrics(env);
		expect((await usage()) - before).toBe(2);
	}, 60_000);
});
