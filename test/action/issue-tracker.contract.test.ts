/**
 * The IssueTracker contract, run against every adapter: the local JSON store and the GitHub
 * adapter talking to the fake GitHub server over HTTP.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../action/src/adapters/github/github-client.ts';
import { createGitHubTracker } from '../../action/src/adapters/github/github-issues.ts';
import { createLocalTracker } from '../../action/src/adapters/local-issues.ts';
import type { IssueTracker } from '../../action/src/core/issues/ports.ts';
import { startFakeGitHub } from '../support/fake-github.ts';

type Harness = { tracker: IssueTracker; advance: (ms: number) => void; close: () => Promise<void> };

const adapters: { name: string; make: () => Promise<Harness> }[] = [
	{
		name: 'local directory',
		make: async () => {
			const dir = await mkdtemp(join(tmpdir(), 'pw-local-'));
			let t = Date.parse('2026-11-22T00:00:00Z');
			return {
				tracker: createLocalTracker(dir, { now: () => new Date(t) }),
				advance: (ms) => {
					t += ms;
				},
				close: () => rm(dir, { recursive: true, force: true }),
			};
		},
	},
	{
		name: 'GitHub (fake server)',
		make: async () => {
			let t = Date.parse('2026-11-22T00:00:00Z');
			const gh = await startFakeGitHub({ clock: () => new Date(t) });
			return {
				tracker: createGitHubTracker(
					createGitHubClient({
						token: gh.token,
						repository: `${gh.owner}/${gh.repo}`,
						apiUrl: gh.url,
						paceMs: 1,
					}),
				),
				advance: (ms) => {
					t += ms;
				},
				close: gh.close,
			};
		},
	},
];

describe.each(adapters)('IssueTracker contract: $name', ({ make }) => {
	let h: Harness;
	beforeEach(async () => {
		h = await make();
	});
	afterEach(async () => {
		await h.close();
	});

	it('creates open issues with increasing numbers and the given labels', async () => {
		const a = await h.tracker.create({
			title: 'A',
			body: 'body a',
			labels: ['pathwatch', 'severity:warning'],
		});
		const b = await h.tracker.create({ title: 'B', body: 'body b', labels: ['pathwatch'] });
		expect(b.number).toBeGreaterThan(a.number);
		expect(a).toMatchObject({ title: 'A', body: 'body a', state: 'open', closedAt: null });
		expect(a.labels.sort()).toEqual(['pathwatch', 'severity:warning']);
	});

	it('stamps its own issues with the author it writes as, and can say who that is', async () => {
		const i = await h.tracker.create({ title: 'A', body: '', labels: ['pathwatch'] });
		expect(i.author).toBe(h.tracker.defaultAuthor);
		expect((await h.tracker.listOpen('pathwatch')).map((x) => x.author)).toEqual([h.tracker.defaultAuthor]);
		const me = await h.tracker.whoami();
		// An installation token cannot name itself; anything that can must name the author it writes as.
		if (me !== null) expect(me).toBe(h.tracker.defaultAuthor);
	});

	it('lists only open issues carrying the label', async () => {
		const mine = await h.tracker.create({ title: 'mine', body: '', labels: ['pathwatch'] });
		await h.tracker.create({ title: 'other', body: '', labels: ['bug'] });
		const closed = await h.tracker.create({ title: 'closed', body: '', labels: ['pathwatch'] });
		await h.tracker.update(closed.number, { state: 'closed', stateReason: 'completed' });
		const open = await h.tracker.listOpen('pathwatch');
		expect(open.map((i) => i.number)).toEqual([mine.number]);
	});

	it('updates title, body and labels, closes with a reason and reopens', async () => {
		const i = await h.tracker.create({ title: 'T', body: 'B', labels: ['pathwatch', 'severity:warning'] });
		h.advance(60_000);
		const u = await h.tracker.update(i.number, {
			title: 'T2',
			body: 'B2',
			labels: ['pathwatch', 'severity:critical', 'triaged'],
		});
		expect(u).toMatchObject({ title: 'T2', body: 'B2', state: 'open' });
		expect(u.labels.sort()).toEqual(['pathwatch', 'severity:critical', 'triaged']);
		const c = await h.tracker.update(i.number, { state: 'closed', stateReason: 'not_planned' });
		expect(c).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
		expect(c.closedAt).not.toBeNull();
		const r = await h.tracker.update(i.number, { state: 'open', stateReason: 'reopened' });
		expect(r).toMatchObject({ state: 'open', closedAt: null });
	});

	it('reads one issue as it is now, and refuses one that does not exist', async () => {
		const i = await h.tracker.create({ title: 'T', body: 'B', labels: ['pathwatch'] });
		await h.tracker.update(i.number, { body: 'B2', state: 'closed', stateReason: 'not_planned' });
		const got = await h.tracker.get(i.number);
		expect(got).toMatchObject({ number: i.number, body: 'B2', state: 'closed', stateReason: 'not_planned' });
		expect(got.labels).toEqual(['pathwatch']);
		expect(got.author).toBe(i.author);
		await expect(h.tracker.get(9999)).rejects.toThrow();
	});

	it('lists closed issues updated since a time', async () => {
		const old = await h.tracker.create({ title: 'old', body: '', labels: ['pathwatch'] });
		await h.tracker.update(old.number, { state: 'closed' });
		h.advance(3 * 3_600_000);
		const since = new Date(Date.parse('2026-11-22T02:00:00Z'));
		const recent = await h.tracker.create({ title: 'recent', body: '', labels: ['pathwatch'] });
		await h.tracker.update(recent.number, { state: 'closed' });
		const closed = await h.tracker.listClosedSince('pathwatch', since);
		expect(closed.map((i) => i.title)).toEqual(['recent']);
	});

	it('comments on an issue and refuses one that does not exist', async () => {
		const i = await h.tracker.create({ title: 'T', body: '', labels: ['pathwatch'] });
		await h.tracker.comment(i.number, 'hello');
		await expect(h.tracker.comment(9999, 'nope')).rejects.toThrow();
		expect(h.tracker.stats().writes).toBe(2);
	});

	it('lists every page when there are more than 100 open issues', async () => {
		for (let n = 0; n < 130; n++) await h.tracker.create({ title: `#${n}`, body: '', labels: ['pathwatch'] });
		const open = await h.tracker.listOpen('pathwatch');
		expect(open).toHaveLength(130);
		expect(new Set(open.map((i) => i.number)).size).toBe(130);
	});
});
