/**
 * Maintenance jobs: `POST /api/admin/jobs` validates the type and its params (nothing starts on
 * a 400) and hands the job to its JobRunner; `GET /api/admin/jobs/:id` reads its status;
 * `GET /api/admin/jobs/:id/download` streams a finished export back as one verified file.
 * Mounted inside the admin route group (app.ts), which applies the admin token check.
 */
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import { createDatasetStore, datasetDownload } from '../adapters/archive-store.ts';
import {
	type JobAccepted,
	JobRequestSchema,
	type JobRun,
	type JobStatus,
	type JobType,
} from '../contract/index.ts';
import { redactIps } from '../contract/redact.ts';
import { UpstreamError, UserError } from '../core/errors.ts';
import { manifestKey } from '../core/jobs/manifest.ts';
import { parseJobParams } from '../core/jobs/params.ts';
import type { AppEnv, Bindings } from '../env.ts';
import { JOB_REGISTRY_NAME } from '../objects/job-ports.ts';

export const jobRoutes = new Hono<AppEnv>();

const JobIdSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) });

const badRequest = zValidator('json', JobRequestSchema, (result) => {
	if (!result.success) {
		const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
		throw new UserError(400, 'bad_request', `invalid job request: ${issues[0]?.path} ${issues[0]?.message}`, {
			issues,
		});
	}
});

const badId = zValidator('param', JobIdSchema, (result) => {
	if (!result.success) throw new UserError(400, 'bad_request', 'job ids are 1–64 letters, digits, . _ -');
});

/** A fresh id that sorts by creation time: `<type>-<base36 ms>-<random>`. */
function newJobId(type: string): string {
	const rand = crypto.getRandomValues(new Uint8Array(5));
	return `${type}-${Date.now().toString(36)}-${Array.from(rand, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The last run of each job type, for the snapshot: one call to the registry. Null when it does
 * not answer: job status is a part of the snapshot, never a reason to fail it.
 */
export async function lastJobRuns(env: Bindings): Promise<JobRun[] | null> {
	try {
		return await env.JOB_RUNNER.getByName(JOB_REGISTRY_NAME).lastRuns();
	} catch (err) {
		console.error(JSON.stringify({ msg: 'job registry unavailable', err: redactIps(String(err)) }));
		return null;
	}
}

function runner(env: Bindings, id: string) {
	return env.JOB_RUNNER.getByName(id);
}

async function statusOf(env: Bindings, id: string): Promise<JobStatus> {
	const status = await runner(env, id)
		.status()
		.catch((err: unknown) => {
			throw new UpstreamError(503, 'job_runner_unavailable', 'the job runner did not answer; retry', {
				cause: redactIps(String(err)),
			});
		});
	if (!status) throw new UserError(404, 'job_not_found', `no job with id ${id}`);
	return status;
}

/**
 * A start refused because a conflicting job runs. The same type with the same params is a
 * repeated start: it answers with the running job, which the caller follows. The same type with
 * other params (a restore of another backup, say) or another type is a 409 naming the running
 * job: following it would report another job's result as this one's.
 */
async function busy(
	env: Bindings,
	req: { type: JobType; params: string },
	running: { id: string; type: JobType },
): Promise<Response> {
	const details = { runningId: running.id, runningType: running.type };
	if (running.type !== req.type) {
		throw new UserError(
			409,
			'job_busy',
			`a ${running.type} job (${running.id}) is running and ${req.type} must not overlap it; retry when it ends`,
			details,
		);
	}
	const found = await runner(env, running.id)
		.startedWith(req.params)
		.catch((err: unknown) => {
			throw new UpstreamError(503, 'job_runner_unavailable', 'the job runner did not answer; retry', {
				cause: redactIps(String(err)),
			});
		});
	if (!found)
		throw new UpstreamError(503, 'job_runner_unavailable', `job ${running.id} did not answer; retry`);
	if (!found.sameParams) {
		throw new UserError(
			409,
			'job_busy',
			`a ${running.type} job with other params (${running.id}) is running; retry when it ends`,
			details,
		);
	}
	const body: JobAccepted = { id: running.id, state: found.status.state, created: false, resumed: false };
	return Response.json(body, { status: 202 });
}

jobRoutes.post('/jobs', badRequest, async (c) => {
	const req = c.req.valid('json');
	const params = parseJobParams(req.type, req.params);
	const id = req.id ?? newJobId(req.type);
	const start = { id, type: req.type, params: JSON.stringify(params) };
	const started = await runner(c.env, id).start(start);
	if (started.busy !== null) return busy(c.env, start, started.busy);
	if (started.conflict !== null || !started.status)
		throw new UserError(409, 'job_conflict', started.conflict ?? id);
	const body: JobAccepted = {
		id,
		state: started.status.state,
		created: started.created,
		resumed: started.resumed,
	};
	return c.json(body, 202);
});

jobRoutes.get('/jobs/:id', badId, async (c) => c.json(await statusOf(c.env, c.req.valid('param').id)));

jobRoutes.get('/jobs/:id/download', badId, async (c) => {
	const id = c.req.valid('param').id;
	const status = await statusOf(c.env, id);
	if (status.type !== 'export')
		throw new UserError(409, 'not_an_export', `job ${id} is a ${status.type} job`);
	if (status.state !== 'succeeded')
		throw new UserError(409, 'export_not_ready', `job ${id} is ${status.state}`);
	const manifest = await createDatasetStore(c.env.ARCHIVE).readManifest(manifestKey('export', id));
	if (!manifest)
		throw new UpstreamError(502, 'export_missing', `the manifest of export ${id} is missing from R2`);
	const csv = manifest.encoding === 'csv';
	return new Response(datasetDownload(c.env.ARCHIVE, manifest), {
		headers: {
			'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json',
			'content-disposition': `attachment; filename="pathwatch-export-${id}.${csv ? 'csv' : 'json'}"`,
			'x-pathwatch-records': String(manifest.records),
		},
	});
});
