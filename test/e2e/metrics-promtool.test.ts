/**
 * Real `/metrics` output from the Worker under `wrangler dev`, checked by Prometheus' own
 * `promtool check metrics` (format and lint). promtool is a host binary (Debian `prometheus`);
 * with PATHWATCH_REQUIRE_PROMTOOL=1 (set by .ci/run) its absence fails the test instead of skipping.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker } from '../../action/src/adapters/local-worker.ts';

const ADMIN_TOKEN = 'e2e-admin-token';
const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
const havePromtool = promtool.status === 0;
const required = process.env.PATHWATCH_REQUIRE_PROMTOOL === '1';

describe('GET /metrics under promtool', () => {
	it('has promtool when CI requires it', () => {
		if (required)
			expect(havePromtool, 'promtool is required (PATHWATCH_REQUIRE_PROMTOOL=1) but not installed').toBe(
				true,
			);
	});

	describe.skipIf(!havePromtool)('with a running Worker', () => {
		let worker: LocalWorker;
		let dir: string;

		beforeAll(async () => {
			dir = await mkdtemp(join(tmpdir(), 'pathwatch-promtool-'));
			worker = await startLocalWorker({ persistTo: dir, vars: { ADMIN_TOKEN, FLUSH_INTERVAL_MS: '500' } });
		});

		afterAll(async () => {
			await worker?.stop();
			if (dir) await rm(dir, { recursive: true, force: true });
		});

		async function post(body: unknown): Promise<number> {
			const res = await fetch(`${worker.url}/record`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});
			await res.arrayBuffer();
			return res.status;
		}

		it('passes `promtool check metrics` on output after real traffic', async () => {
			for (let i = 0; i < 20; i++) {
				const events = Array.from({ length: 5 }, (_, k) => ({
					ip: `192.0.2.${(i * 5 + k) % 40}`,
					path: `/api/users/${i * 7 + k}/orders`,
					method: k % 2 ? 'POST' : 'GET',
				}));
				expect(await post({ events })).toBe(202);
			}
			expect(await post({ ip: 'nope', path: '/', method: 'GET' })).toBe(400);
			const wrongType = await fetch(`${worker.url}/record`, {
				method: 'POST',
				headers: { 'Content-Type': 'text/plain' },
				body: JSON.stringify({ ip: '192.0.2.1', path: '/', method: 'GET' }),
			});
			await wrongType.arrayBuffer();
			expect(wrongType.status).toBe(415);
			// Collectors report after the flush interval (alarm); the front batch likewise.
			await new Promise((r) => setTimeout(r, 2500));
			const res = await fetch(`${worker.url}/metrics`, {
				headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
			});
			expect(res.status).toBe(200);
			const text = await res.text();
			expect(text).toMatch(/^pathwatch_records_total 100$/m);
			// Refusals are counted apart; the latency histogram (the SLI) holds the 20 served requests.
			expect(text).toMatch(/^pathwatch_record_refused_total\{reason="invalid"\} 1$/m);
			expect(text).toMatch(/^pathwatch_record_refused_total\{reason="unsupported_media_type"\} 1$/m);
			expect(text).toMatch(/^pathwatch_record_errors_total\{reason="do_error"\} 0$/m);
			expect(text).toMatch(/^pathwatch_record_latency_seconds_count 20$/m);
			// No INGEST_TOKEN here: ingest is open, and says so.
			expect(text).toMatch(/^pathwatch_ingest_open 1$/m);
			expect(text).toMatch(/^pathwatch_journal_oldest_event_age_seconds 0$/m);
			const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
			expect(check.stdout + check.stderr, text).toBe('');
			expect(check.status).toBe(0);
		});
	});
});
