import { describe, expect, it } from 'vitest';
import {
	GITHUB_LOGIN,
	sameLogin,
	splitByAuthor,
	unconfirmedIdentity,
} from '../../action/src/core/issues/ownership.ts';
import { renderSummary } from '../../action/src/core/issues/summary.ts';

describe('issue ownership', () => {
	it.each([
		['github-actions[bot]', 'github-actions[bot]', true],
		['GitHub-Actions[bot]', 'github-actions[bot]', true],
		['github-actions', 'github-actions[bot]', false],
		['mallory', 'github-actions[bot]', false],
		[null, 'github-actions[bot]', false],
	] as const)('%j opened by %j counts as ours: %j', (author, owner, ours) => {
		expect(sameLogin(author, owner)).toBe(ours);
		const { own, foreign } = splitByAuthor([{ author, n: 1 }], owner);
		expect(own.length).toBe(ours ? 1 : 0);
		expect(foreign.length).toBe(ours ? 0 : 1);
	});

	it.each([
		['octo-ops', true],
		['my-app[bot]', true],
		['-leading-dash', false],
		['two words', false],
		['x'.repeat(40), false],
	])('%j is a GitHub login: %j', (login, valid) => {
		expect(GITHUB_LOGIN.test(login)).toBe(valid);
	});

	it.each([
		[['pathwatch-app[bot]', 'pathwatch-app[bot]'], 'pathwatch-app[bot]'],
		[['Pathwatch-App[bot]', 'pathwatch-app[bot]'], 'Pathwatch-App[bot]'],
		[['pathwatch-app[bot]', 'other-app[bot]'], null],
		[['pathwatch-app[bot]', 'github-actions[bot]'], null],
		[['mallory'], null],
		[['github-actions[bot]'], null],
		[[null], null],
		[[], null],
	] as const)('open marker-carrying issues by %j point at the bot %j', (authors, bot) => {
		const issues = authors.map((author) => ({ author }));
		expect(unconfirmedIdentity(issues, 'github-actions[bot]')).toBe(bot);
	});

	it('lists possible forgeries in the job summary with every foreign string made inert', () => {
		const summary = renderSummary({
			evals: [],
			actions: [],
			applied: true,
			issueLinks: new Map(),
			cost: null,
			health: null,
			scrapeError: null,
			tracker: 'github:acme/service',
			api: { apiCalls: 1, notModified: 1, writes: 0 },
			now: Date.parse('2026-11-22T12:00:00Z'),
			owner: 'github-actions[bot]',
			foreign: [
				{
					number: 7,
					url: 'https://github.com/acme/service/issues/7',
					author: 'mallory',
					title: 'ErrorRateHigh: @everyone <img src=x onerror=alert(1)> see #1',
				},
			],
		});
		expect(summary).toContain('### Possible forgeries');
		expect(summary).toContain('[#7](https://github.com/acme/service/issues/7) by mallory');
		for (const raw of ['@everyone', '<img', ' #1']) expect(summary).not.toContain(raw);
	});

	it('says nothing about forgeries when there are none', () => {
		const summary = renderSummary({
			evals: [],
			actions: [],
			applied: true,
			issueLinks: new Map(),
			cost: null,
			health: null,
			scrapeError: null,
			tracker: 'local:/tmp/x',
			api: { apiCalls: 0, notModified: 0, writes: 0 },
			now: 0,
			foreign: [],
		});
		expect(summary).not.toContain('forger');
	});
});
