import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymiseIp } from '../../reports-site/src/core/anonymise.ts';
import { buildSite } from '../../reports-site/src/index.ts';
import { SEED_THRESHOLDS } from './config.ts';
import { syntheticSiteInput } from './fixtures.ts';

describe('anonymiseIp', () => {
	it.each([
		['203.0.113.57', '203.0.113.0/24'],
		['2001:db8:85a3:1234::8a2e:370:7334', '2001:db8:85a3::/48'],
		['<script>', 'unknown'],
	])('truncates %s to %s by default', (ip, expected) => {
		expect(anonymiseIp(ip, { mode: 'prefix' })).toBe(expected);
	});

	it('hashes with a secret salt: stable, salt-dependent, not revealing the address', () => {
		const a = anonymiseIp('203.0.113.57', { mode: 'hash', salt: 's1' });
		expect(a).toMatch(/^anon-[0-9a-f]{12}$/);
		expect(anonymiseIp('203.0.113.57', { mode: 'hash', salt: 's1' })).toBe(a);
		expect(anonymiseIp('203.0.113.57', { mode: 'hash', salt: 's2' })).not.toBe(a);
		expect(anonymiseIp('203.0.113.58', { mode: 'hash', salt: 's1' })).not.toBe(a);
		expect(a).not.toContain('203');
	});

	it('shows the address only when asked to', () => {
		expect(anonymiseIp('203.0.113.57', { mode: 'none' })).toBe('203.0.113.57');
	});
});

describe('built site', () => {
	const dirs: string[] = [];
	afterAll(async () => {
		for (const d of dirs) await rm(d, { recursive: true, force: true });
	});

	async function allText(dir: string): Promise<string> {
		const files = await readdir(dir, { recursive: true, withFileTypes: true });
		const texts = await Promise.all(
			files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name), 'utf8')),
		);
		return texts.join('\n');
	}

	it('publishes no raw IP in any file by default', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'pathwatch-site-'));
		dirs.push(dir);
		await buildSite(syntheticSiteInput(), dir, { thresholds: SEED_THRESHOLDS });
		const text = await allText(dir);
		for (const ip of ['203.0.113.57', '198.51.100.4', '8a2e:370:7334', '192.0.2.200'])
			expect(text).not.toContain(ip);
		expect(text).toContain('203.0.113.0/24');
		expect(text).toContain('2001:db8:85a3::/48');
	});

	it('uses the keyed hash everywhere when a salt is given', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'pathwatch-site-'));
		dirs.push(dir);
		await buildSite(syntheticSiteInput(), dir, {
			thresholds: SEED_THRESHOLDS,
			anonymise: { mode: 'hash', salt: 'test-salt' },
		});
		const text = await allText(dir);
		expect(text).not.toContain('203.0.113');
		expect(text).toContain(anonymiseIp('203.0.113.57', { mode: 'hash', salt: 'test-salt' }));
	});
});
