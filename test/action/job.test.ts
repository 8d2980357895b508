import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../action/src/run-cli.ts';

/**
 * A stand-in for the collector's job API, honest about what the Worker does: bearer auth, the
 * JSON error body, 202 on start, the same job for a repeated id (or, for a restore, the running
 * restore with the same params; 409 job_busy with other params), progress advancing per poll,
 * a transient 503, and a download that breaks off when the Worker aborts the stream.
 */
type FakeJob = {
	id: string;
	type: string;
	params: string;
	polls: number;
	total: number;
	fail: boolean;
	endless: boolean;
};

function fakeCollector() {
	const jobs = new Map<string, FakeJob>();
	const requests: string[] = [];
	let flaky = 1;
	const send = (res: ServerResponse, status: number, body: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	};
	const error = (res: ServerResponse, status: number, code: string, message: string) =>
		send(res, status, { error: { code, message } });
	const statusOf = (job: FakeJob) => {
		const done = Math.min(job.total, job.polls * 25);
		const finished = job.polls >= 4 && !job.endless;
		const state = finished ? (job.fail ? 'failed' : 'succeeded') : job.polls === 0 ? 'queued' : 'running';
		const t0 = Date.UTC(2026, 10, 1);
		return {
			id: job.id,
			type: job.type,
			state,
			progress: {
				done,
				total: job.polls === 0 ? null : job.total,
				percent: job.polls === 0 ? null : (done / job.total) * 100,
				phase: 'process',
			},
			createdAt: new Date(t0).toISOString(),
			updatedAt: new Date(t0 + job.polls * 1000).toISOString(),
			finishedAt: finished ? new Date(t0 + job.polls * 1000).toISOString() : null,
			result: finished
				? {
						candidates: job.total,
						cleaned: job.total,
						archiveId: '@octocat <b>x</b>',
						itemErrorSamples: [{ key: '10.1.2.3', message: 'x' }],
					}
				: null,
			...(finished && job.fail
				? { error: { code: 'checksum_mismatch', message: 'part-000001.ndjson: sha256 differs' } }
				: {}),
		};
	};
	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		requests.push(`${req.method} ${req.url}`);
		if (req.headers.authorization !== 'Bearer secret')
			return error(res, 401, 'unauthorized', 'send Authorization');
		const chunks: Buffer[] = [];
		for await (const c of req) chunks.push(c as Buffer);
		const m = /^\/api\/admin\/jobs(?:\/([^/]+))?(\/download)?$/.exec(req.url ?? '');
		if (!m) return error(res, 404, 'not_found', 'no such route');
		if (req.method === 'POST' && !m[1]) {
			const body = JSON.parse(Buffer.concat(chunks).toString()) as {
				type: string;
				id: string;
				params: Record<string, unknown>;
			};
			if (body.params.inactiveDays === 'thirty')
				return error(res, 400, 'bad_params', 'invalid cleanup params: inactiveDays: expected number');
			const existing = jobs.get(body.id);
			const params = JSON.stringify(body.params);
			const running = [...jobs.values()].find(
				(j) => j.type === 'restore' && body.type === 'restore' && j.endless && j.id !== body.id,
			);
			if (!existing && running && running.params !== params)
				return send(res, 409, {
					error: {
						code: 'job_busy',
						message: `a restore job with other params (${running.id}) is running; retry when it ends`,
						details: { runningId: running.id, runningType: 'restore' },
					},
				});
			if (!existing && running)
				return send(res, 202, { id: running.id, state: 'running', created: false, resumed: false });
			if (!existing)
				jobs.set(body.id, {
					id: body.id,
					type: body.type,
					params,
					polls: 0,
					total: 100,
					fail: body.params.fail === true,
					endless: body.params.endless === true,
				});
			return send(res, 202, { id: body.id, state: 'queued', created: !existing, resumed: false });
		}
		const job = jobs.get(decodeURIComponent(m[1] ?? ''));
		if (!job) return error(res, 404, 'job_not_found', 'no such job');
		if (m[2]) {
			res.writeHead(200, { 'content-type': 'application/json', 'x-pathwatch-records': '2' });
			res.write('[\n{"ip":"10.0.0.1"}');
			// The Worker aborts mid-stream when a part fails verification: headers and a first chunk got out.
			if (job.id.includes('broken')) return void setTimeout(() => res.destroy(), 30);
			return res.end(',\n{"ip":"10.0.0.2"}\n]\n');
		}
		if (flaky-- > 0) return error(res, 503, 'job_runner_unavailable', 'retry');
		job.polls++;
		return send(res, 200, statusOf(job));
	};
	const server = createServer((req, res) => void handle(req, res));
	return { server, jobs, requests };
}

let fake: ReturnType<typeof fakeCollector>;
let url = '';
let dir = '';

beforeAll(async () => {
	fake = fakeCollector();
	await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
	url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
	dir = await mkdtemp(join(tmpdir(), 'pathwatch-job-'));
});
afterAll(() => new Promise<void>((r) => (fake.server as Server).close(() => r())));

async function cli(args: string[], env: Record<string, string> = {}) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(['job', ...args], {
		env: { PATHWATCH_URL: url, PATHWATCH_ADMIN_TOKEN: 'secret', ...env },
		cwd: dir,
		stdout: (s) => out.push(s),
		stderr: (s) => err.push(s),
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('pathwatch job', () => {
	it('starts a job, rides out a 503, shows percent, rate and ETA, and writes the job summary', async () => {
		const summary = join(dir, 'summary.md');
		const r = await cli(['cleanup', '--param', 'inactiveDays=45', '--id', 'nightly', '--interval', '5ms'], {
			GITHUB_STEP_SUMMARY: summary,
		});
		expect(r.code).toBe(0);
		expect(r.out).toContain('job nightly (cleanup) started');
		expect(r.out).toMatch(/nightly running \[process\] 50\/100 50\.0% [\d.]+ items\/s ETA/);
		expect(r.out).toMatch(/nightly succeeded \[process\] 100\/100 100\.0%/);
		const md = await readFile(summary, 'utf8');
		expect(md).toContain('## pathwatch job `cleanup`');
		expect(md).toMatch(/\| cleaned \| 100 \|/);
		// Untrusted strings are inert; samples naming IPs stay out of the public summary.
		expect(md).not.toContain('<b>');
		expect(md).not.toContain('@octocat');
		expect(md).not.toContain('10.1.2.3');
	});

	it('reuses the job for a repeated id', async () => {
		const again = await cli([
			'cleanup',
			'--param',
			'inactiveDays=45',
			'--id',
			'nightly',
			'--interval',
			'5ms',
		]);
		expect(again.code).toBe(0);
		expect(again.out).toContain('job nightly (cleanup) already exists');
		expect(fake.requests.filter((r) => r === 'POST /api/admin/jobs').length).toBe(2);
	});

	it('resumes watching by id and stops at the time budget without failing', async () => {
		await cli([
			'compact',
			'--id',
			'slow',
			'--param',
			'endless=true',
			'--budget',
			'20ms',
			'--interval',
			'5ms',
		]);
		const summary = join(dir, 'watch.md');
		const r = await cli(['--watch', 'slow', '--budget', '30ms', '--interval', '5ms'], {
			GITHUB_STEP_SUMMARY: summary,
		});
		expect(r.code).toBe(0);
		expect(r.out).toContain('pathwatch job --watch slow');
		expect(await readFile(summary, 'utf8')).toContain('time budget ran out');
	});

	it('refuses a restore of another backup while one runs, naming it; the same restore follows it', async () => {
		const run = (id: string, backupId: string) =>
			cli([
				'restore',
				'--id',
				id,
				'--param',
				`backupId=${backupId}`,
				'--param',
				'endless=true',
				'--budget',
				'20ms',
				'--interval',
				'5ms',
			]);
		expect((await run('restore-b1', 'b1')).code).toBe(0);
		const other = await run('restore-b2', 'b2');
		expect(other.code).toBe(2);
		expect(other.err).toContain('job restore-b2 (restore) not started');
		expect(other.err).toContain('restore-b1');
		expect(other.out).not.toContain('restore-b1');
		const same = await run('restore-b1-again', 'b1');
		expect(same.code).toBe(0);
		expect(same.out).toContain(
			'job restore-b1 (restore) already running with the same params (asked as restore-b1-again)',
		);
	});

	it('exits 1 with the error when the job fails', async () => {
		const r = await cli(['backup', '--id', 'doomed', '--param', 'fail=true', '--interval', '5ms']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('job doomed failed: checksum_mismatch');
	});

	it('downloads an export with --out, and never leaves half a file', async () => {
		const ok = await cli(['export', '--id', 'exp-1', '--out', 'export.json', '--interval', '5ms']);
		expect(ok.code).toBe(0);
		expect(JSON.parse(await readFile(join(dir, 'export.json'), 'utf8'))).toEqual([
			{ ip: '10.0.0.1' },
			{ ip: '10.0.0.2' },
		]);
		const broken = await cli(['export', '--id', 'exp-broken', '--out', 'broken.json', '--interval', '5ms']);
		expect(broken.code).toBe(1);
		expect(broken.err).toMatch(/broke off/);
		await expect(stat(join(dir, 'broken.json'))).rejects.toThrow();
		await expect(stat(join(dir, 'broken.json.partial'))).rejects.toThrow();
	});

	it.each([
		[['defrag'], /unknown job type 'defrag'/],
		[['cleanup', '--param', 'novalue'], /key=value/],
		[['cleanup', '--budget', 'soon'], /duration/],
		[['cleanup', '--out', 'x.json'], /only applies to export/],
		[[], /usage: pathwatch job/],
		[['cleanup', '--param', 'inactiveDays=thirty'], /inactiveDays: expected number/],
	])('rejects %j with exit 2', async (args, message) => {
		const r = await cli(args);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(message);
	});

	it('needs the collector URL and token', async () => {
		const r = await cli(['backup'], { PATHWATCH_URL: '' });
		expect(r.code).toBe(2);
		expect(r.err).toContain('PATHWATCH_URL');
	});

	it('refuses a broken --config before starting anything', async () => {
		const path = join(dir, 'broken.yml');
		await writeFile(path, 'cost:\n  billing_day: 40\n');
		const before = fake.requests.length;
		const r = await cli(['backup', '--config', path, '--id', 'never-started']);
		expect(r.code).toBe(2);
		expect(r.err).toContain('billing_day');
		expect(fake.requests.length).toBe(before);
		expect(fake.jobs.has('never-started')).toBe(false);
	});
});
