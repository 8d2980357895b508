/**
 * A local GitHub REST API for issues, labels and comments on 127.0.0.1, honest about the parts
 * that bite real clients: Link-header pagination with per_page, ETags with 304 on
 * If-None-Match (not counted against the rate limit), primary and secondary rate limits
 * (403 with retry-after, 429), injectable 5xx and dropped connections, pull requests mixed
 * into the issues list, GitHub's body size limit, issue authors (the token's own login, or
 * anyone else's for forged issues), `GET /user` as installation tokens answer it (403) and as
 * personal tokens do, and the workflow-runs list of the Actions API.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeLabel = { id: number; name: string; color: string; default: boolean };
export type FakeIssue = {
	id: number;
	number: number;
	title: string;
	body: string | null;
	state: 'open' | 'closed';
	state_reason: string | null;
	labels: FakeLabel[];
	user: { login: string };
	created_at: string;
	updated_at: string;
	closed_at: string | null;
	html_url: string;
	comments: number;
	pull_request?: { url: string };
};
export type FakeComment = {
	id: number;
	issue: number;
	body: string;
	user: { login: string };
	created_at: string;
};
export type Fault = {
	/** e.g. 'POST /repos/o/r/issues' or a predicate; every request when omitted. */
	match?: string | ((method: string, path: string) => boolean);
	kind: 'secondary' | 'ratelimit' | 'too-many' | 'server' | 'drop';
	status?: number;
	retryAfter?: number;
	times?: number;
};
export type LoggedRequest = { method: string; path: string; status: number; counted: boolean };
export type FakeWorkflowRun = { id: number; event: string; created_at: string };

export type FakeGitHub = {
	url: string;
	token: string;
	owner: string;
	repo: string;
	issues: Map<number, FakeIssue>;
	comments: FakeComment[];
	/** Runs per workflow file name, newest first. */
	workflowRuns: Map<string, FakeWorkflowRun[]>;
	log: LoggedRequest[];
	/** Requests counted against the rate limit (304s and rejected auth are not). */
	counted(): number;
	inject(fault: Fault): void;
	addIssue(fields: {
		title: string;
		body?: string;
		labels?: string[];
		pullRequest?: boolean;
		state?: 'open' | 'closed';
		/** The login that opens it; the token's own login by default. */
		author?: string;
	}): FakeIssue;
	setRateLimit(remaining: number): void;
	/**
	 * Holds the next `count` requests matching `match` until all of them have arrived, then
	 * answers them together: forces two clients to read the same state before either writes.
	 */
	barrier(match: (method: string, path: string) => boolean, count: number): void;
	/**
	 * Runs `action` once, when the first request matching `match` arrives, and answers that
	 * request only after it: lands another writer's change between a client's read and write.
	 * Requests `action` itself sends are answered normally.
	 */
	before(match: (method: string, path: string) => boolean, action: () => Promise<void>): void;
	/** Reactions created on comments, in order. */
	reactions: { comment: number; content: string }[];
	/** A user's repository role (admin, maintain, write, triage, read); `read` when unset. */
	setRole(user: string, role: string): void;
	close(): Promise<void>;
};

const BODY_LIMIT = 65_536;
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

export async function startFakeGitHub(
	options: {
		owner?: string;
		repo?: string;
		token?: string;
		/** Whom the token belongs to: a `[bot]` login behaves like an installation token. */
		login?: string;
		clock?: () => Date;
		rateLimit?: number;
	} = {},
): Promise<FakeGitHub> {
	const owner = options.owner ?? 'acme';
	const repo = options.repo ?? 'service';
	const token = options.token ?? 'ghs_test_token';
	const login = options.login ?? 'github-actions[bot]';
	const workflowRuns = new Map<string, FakeWorkflowRun[]>();
	const clock = options.clock ?? (() => new Date());
	const issues = new Map<number, FakeIssue>();
	const comments: FakeComment[] = [];
	const reactions: { comment: number; content: string }[] = [];
	const roles = new Map<string, string>();
	const labels = new Map<string, FakeLabel>();
	const log: LoggedRequest[] = [];
	const faults: (Fault & { left: number })[] = [];
	let remaining = options.rateLimit ?? 5000;
	let gate: { match: (m: string, p: string) => boolean; count: number; waiting: (() => void)[] } | null =
		null;
	let hook: { match: (m: string, p: string) => boolean; action: () => Promise<void> } | null = null;
	let nextId = 1000;
	let base = '';

	const now = () => clock().toISOString();
	const label = (name: string): FakeLabel => {
		const existing = labels.get(name.toLowerCase());
		if (existing) return existing;
		const created = { id: nextId++, name, color: 'ededed', default: false };
		labels.set(name.toLowerCase(), created);
		return created;
	};

	function addIssue(fields: Parameters<FakeGitHub['addIssue']>[0]): FakeIssue {
		const number = Math.max(0, ...issues.keys()) + 1;
		const t = now();
		const issue: FakeIssue = {
			id: nextId++,
			number,
			title: fields.title,
			body: fields.body ?? null,
			state: fields.state ?? 'open',
			state_reason: null,
			labels: (fields.labels ?? []).map(label),
			user: { login: fields.author ?? login },
			created_at: t,
			updated_at: t,
			closed_at: fields.state === 'closed' ? t : null,
			html_url: `${base}/${owner}/${repo}/${fields.pullRequest ? 'pull' : 'issues'}/${number}`,
			comments: 0,
			...(fields.pullRequest
				? { pull_request: { url: `${base}/repos/${owner}/${repo}/pulls/${number}` } }
				: {}),
		};
		issues.set(number, issue);
		return issue;
	}

	function takeFault(method: string, path: string): Fault | null {
		const f = faults.find((x) => {
			if (x.left <= 0) return false;
			if (!x.match) return true;
			return typeof x.match === 'string' ? x.match === `${method} ${path}` : x.match(method, path);
		});
		if (!f) return null;
		f.left--;
		return f;
	}

	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', base);
		const method = req.method ?? 'GET';
		const path = url.pathname;
		const entry: LoggedRequest = { method, path: `${path}${url.search}`, status: 0, counted: false };
		log.push(entry);
		const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
			entry.status = status;
			const reset = String(Math.floor(clock().getTime() / 1000) + 3600);
			res.writeHead(status, {
				'content-type': 'application/json; charset=utf-8',
				'x-ratelimit-limit': '5000',
				'x-ratelimit-remaining': String(Math.max(0, remaining)),
				'x-ratelimit-reset': reset,
				'x-ratelimit-resource': 'core',
				...headers,
			});
			res.end(status === 304 || body === null ? undefined : JSON.stringify(body));
		};
		const auth = req.headers.authorization ?? '';
		if (auth !== `token ${token}` && auth !== `Bearer ${token}`)
			return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
		if (gate?.match(method, path)) {
			const g = gate;
			await new Promise<void>((release) => {
				g.waiting.push(release);
				if (g.waiting.length >= g.count) {
					gate = null;
					for (const r of g.waiting) r();
				}
			});
		}
		if (hook?.match(method, path)) {
			const h = hook;
			hook = null;
			await h.action();
		}
		const fault = takeFault(method, path);
		if (fault?.kind === 'drop') return void req.socket.destroy();
		entry.counted = true;
		remaining--;
		if (fault) return sendFault(fault, send);
		if (remaining < 0)
			return send(
				403,
				{ message: 'API rate limit exceeded for installation.' },
				{ 'x-ratelimit-remaining': '0' },
			);
		try {
			const body = method === 'GET' ? null : await readJson(req);
			route(method, path, url, body, req, send, entry);
		} catch (e) {
			send(400, { message: `Problems parsing JSON: ${(e as Error).message}` });
		}
	});

	function sendFault(fault: Fault, send: (s: number, b: unknown, h?: Record<string, string>) => void) {
		if (fault.kind === 'secondary')
			return send(403, { message: SECONDARY }, { 'retry-after': String(fault.retryAfter ?? 1) });
		if (fault.kind === 'too-many')
			return send(429, { message: SECONDARY }, { 'retry-after': String(fault.retryAfter ?? 1) });
		if (fault.kind === 'ratelimit')
			return send(403, { message: 'API rate limit exceeded.' }, { 'x-ratelimit-remaining': '0' });
		return send(fault.status ?? 502, { message: 'Server Error' });
	}

	type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

	function route(
		method: string,
		path: string,
		url: URL,
		body: Record<string, unknown> | null,
		req: IncomingMessage,
		send: Send,
		entry: LoggedRequest,
	) {
		const prefix = `/repos/${owner}/${repo}`;
		if (path === '/user' && method === 'GET') return whoami(send);
		if (!path.startsWith(prefix)) return send(404, { message: 'Not Found' });
		const rest = path.slice(prefix.length);
		const runs = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest);
		if (runs && method === 'GET') return listRuns(decodeURIComponent(runs[1] ?? ''), url, send);
		if (rest === '/issues' && method === 'GET') return listIssues(url, req, send, entry);
		if (rest === '/issues' && method === 'POST') return createIssue(body ?? {}, send);
		if (rest === '/labels' && method === 'GET') return paginate([...labels.values()], url, req, send, entry);
		const perm = /^\/collaborators\/([^/]+)\/permission$/.exec(rest);
		if (perm && method === 'GET') return sendPermission(decodeURIComponent(perm[1] ?? ''), send);
		const react = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest);
		if (react && method === 'POST') return createReaction(Number(react[1]), body ?? {}, send);
		const m = /^\/issues\/(\d+)(\/comments)?$/.exec(rest);
		const issue = m ? issues.get(Number(m[1])) : undefined;
		if (!m || !issue) return send(404, { message: 'Not Found' });
		if (m[2] && method === 'POST') return createComment(issue, body ?? {}, send);
		if (m[2] && method === 'GET')
			return paginate(
				comments.filter((c) => c.issue === issue.number),
				url,
				req,
				send,
				entry,
			);
		if (method === 'GET') return send(200, issue);
		if (method === 'PATCH') return updateIssue(issue, body ?? {}, send);
		send(404, { message: 'Not Found' });
	}

	function whoami(send: Send) {
		// Installation tokens (the Actions token, GitHub Apps) are not users.
		if (login.endsWith('[bot]'))
			return send(403, { message: 'Resource not accessible by integration', status: '403' });
		send(200, { login, id: 1, type: 'User' });
	}

	function listRuns(workflow: string, url: URL, send: Send) {
		const event = url.searchParams.get('event');
		const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
		const all = (workflowRuns.get(workflow) ?? []).filter((r) => !event || r.event === event);
		send(200, { total_count: all.length, workflow_runs: all.slice(0, perPage) });
	}

	/** GitHub's collaborator permission API: the legacy `permission` plus the exact `role_name`. */
	function sendPermission(user: string, send: Send) {
		const role = roles.get(user) ?? 'read';
		const permission =
			role === 'admin' ? 'admin' : role === 'maintain' || role === 'write' ? 'write' : 'read';
		send(200, { permission, role_name: role, user: { login: user } });
	}

	/** 201 for a new reaction, 200 when the same content was already there (GitHub's answer). */
	function createReaction(commentId: number, body: Record<string, unknown>, send: Send) {
		const valid = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];
		if (!comments.some((c) => c.id === commentId)) return send(404, { message: 'Not Found' });
		if (typeof body.content !== 'string' || !valid.includes(body.content))
			return send(422, { message: 'Validation Failed', errors: [{ field: 'content', code: 'invalid' }] });
		const existing = reactions.find((r) => r.comment === commentId && r.content === body.content);
		if (existing) return send(200, { id: commentId, content: existing.content });
		reactions.push({ comment: commentId, content: body.content });
		send(201, { id: commentId, content: body.content });
	}

	function listIssues(url: URL, req: IncomingMessage, send: Send, entry: LoggedRequest) {
		const q = url.searchParams;
		const state = q.get('state') ?? 'open';
		const wanted = (q.get('labels') ?? '')
			.split(',')
			.filter(Boolean)
			.map((l) => l.toLowerCase());
		const since = q.get('since') ? Date.parse(q.get('since') ?? '') : null;
		const sort = q.get('sort') === 'updated' ? 'updated_at' : 'created_at';
		const dir = q.get('direction') === 'asc' ? 1 : -1;
		const list = [...issues.values()]
			.filter((i) => state === 'all' || i.state === state)
			.filter((i) => wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)))
			.filter((i) => since === null || Date.parse(i.updated_at) >= since)
			.sort((a, b) => dir * (Date.parse(a[sort]) - Date.parse(b[sort]) || a.number - b.number));
		paginate(list, url, req, send, entry);
	}

	function paginate(items: unknown[], url: URL, req: IncomingMessage, send: Send, entry: LoggedRequest) {
		const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
		const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
		const last = Math.max(1, Math.ceil(items.length / perPage));
		const slice = items.slice((page - 1) * perPage, page * perPage);
		const link = (p: number, rel: string) => {
			const u = new URL(url.toString());
			u.searchParams.set('page', String(p));
			u.searchParams.set('per_page', String(perPage));
			return `<${u.toString()}>; rel="${rel}"`;
		};
		const links = [
			...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
			...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
		];
		const text = JSON.stringify(slice);
		const etag = `W/"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;
		const headers: Record<string, string> = { etag, ...(links.length ? { link: links.join(', ') } : {}) };
		if (req.headers['if-none-match'] === etag) {
			// GitHub does not count a 304 against the rate limit.
			entry.counted = false;
			remaining++;
			return send(304, null, headers);
		}
		send(200, slice, headers);
	}

	function validText(body: Record<string, unknown>, send: Send): boolean {
		if (typeof body.body === 'string' && body.body.length > BODY_LIMIT) {
			send(422, {
				message: 'Validation Failed',
				errors: [
					{
						resource: 'Issue',
						code: 'custom',
						field: 'body',
						message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
					},
				],
			});
			return false;
		}
		if (
			body.title !== undefined &&
			(typeof body.title !== 'string' || body.title.length === 0 || body.title.length > 256)
		) {
			send(422, {
				message: 'Validation Failed',
				errors: [{ resource: 'Issue', code: 'invalid', field: 'title' }],
			});
			return false;
		}
		return true;
	}

	function createIssue(body: Record<string, unknown>, send: Send) {
		if (typeof body.title !== 'string')
			return send(422, { message: 'Validation Failed', errors: [{ field: 'title', code: 'missing_field' }] });
		if (!validText(body, send)) return;
		const created = addIssue({
			title: body.title,
			body: typeof body.body === 'string' ? body.body : '',
			labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
		});
		send(201, created);
	}

	function updateIssue(issue: FakeIssue, body: Record<string, unknown>, send: Send) {
		if (!validText(body, send)) return;
		const reason = body.state_reason;
		if (
			reason !== undefined &&
			reason !== null &&
			!['completed', 'not_planned', 'reopened', 'duplicate'].includes(String(reason))
		)
			return send(422, {
				message: 'Validation Failed',
				errors: [{ field: 'state_reason', code: 'invalid' }],
			});
		const t = now();
		if (typeof body.title === 'string') issue.title = body.title;
		if (typeof body.body === 'string') issue.body = body.body;
		if (Array.isArray(body.labels)) issue.labels = body.labels.map((l) => label(String(l)));
		if (body.state === 'closed' && issue.state === 'open') {
			issue.state = 'closed';
			issue.closed_at = t;
			issue.state_reason = typeof reason === 'string' ? reason : 'completed';
		} else if (body.state === 'open' && issue.state === 'closed') {
			issue.state = 'open';
			issue.closed_at = null;
			issue.state_reason = 'reopened';
		}
		issue.updated_at = t;
		send(200, issue);
	}

	function createComment(issue: FakeIssue, body: Record<string, unknown>, send: Send) {
		if (typeof body.body !== 'string' || body.body.length === 0)
			return send(422, { message: 'Validation Failed' });
		if (body.body.length > BODY_LIMIT)
			return send(422, {
				message: 'Validation Failed',
				errors: [{ field: 'body', code: 'custom', message: 'body is too long' }],
			});
		const c: FakeComment = {
			id: nextId++,
			issue: issue.number,
			body: body.body,
			user: { login },
			created_at: now(),
		};
		comments.push(c);
		issue.comments++;
		issue.updated_at = c.created_at;
		send(201, { ...c, html_url: `${issue.html_url}#issuecomment-${c.id}` });
	}

	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url: base,
		token,
		owner,
		repo,
		issues,
		comments,
		workflowRuns,
		log,
		counted: () => log.filter((l) => l.counted).length,
		inject: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
		addIssue,
		setRateLimit: (n) => {
			remaining = n;
		},
		barrier: (match, count) => {
			gate = { match, count, waiting: [] };
		},
		before: (match, action) => {
			hook = { match, action };
		},
		reactions,
		setRole: (user, role) => {
			roles.set(user, role);
		},
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(() => r());
			}),
	};
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	if (!text) return {};
	const parsed: unknown = JSON.parse(text);
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		throw new Error('expected an object');
	return parsed as Record<string, unknown>;
}
