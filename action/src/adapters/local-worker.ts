import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { MINUTE_MS } from '../../../worker/src/contract/time.ts';
import { projectRoot, wranglerBin } from './project-root.ts';

export type LocalWorker = { url: string; port: number; stop: () => Promise<void>; logs: () => string };

export type LocalWorkerOptions = {
	/** Extra `--var` bindings, e.g. `{ ADMIN_TOKEN: 'x', PATHWATCH_FAULTS: 'fail=0.3' }`. */
	vars?: Record<string, string>;
	/** Directory for local DO/KV/R2 state (`--persist-to`); a fresh temp dir keeps runs independent. */
	persistTo?: string;
	/** Wrangler config, relative to the project root (the ingest benchmark also runs its reference Worker). */
	config?: string;
	port?: number;
	/** Serve `GET /__scheduled` (`--test-scheduled`), so a test can fire the cron trigger. */
	testScheduled?: boolean;
	readyTimeoutMs?: number;
	onLog?: (line: string) => void;
	/**
	 * Keep wrangler dev's local trace capture (`X_LOCAL_OBSERVABILITY`, on by default in wrangler
	 * dev): it stores a span for every invocation, RPC call and storage statement in a local trace
	 * store, which took 40–60 % of the CPU in the job and ingest benchmarks
	 * (docs/BENCHMARKS.md). Nothing here reads those traces, so it is off unless asked for.
	 */
	localTracing?: boolean;
};

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Starts the collector Worker in workerd through `wrangler dev`, bound to 127.0.0.1 only,
 * and resolves once `GET /health` answers.
 */
export async function startLocalWorker(options: LocalWorkerOptions = {}): Promise<LocalWorker> {
	const port = options.port ?? (await freePort());
	const root = projectRoot();
	const args = [
		wranglerBin(root),
		'dev',
		'--config',
		options.config ?? 'worker/wrangler.jsonc',
		'--ip',
		'127.0.0.1',
		'--port',
		String(port),
		'--inspector-port',
		String(await freePort()),
		'--show-interactive-dev-session=false',
		'--log-level',
		'warn',
	];
	if (options.persistTo) args.push('--persist-to', options.persistTo);
	if (options.testScheduled) args.push('--test-scheduled');
	for (const [k, v] of Object.entries(options.vars ?? {})) args.push('--var', `${k}:${v}`);
	const child = spawn(process.execPath, args, {
		cwd: root,
		// No metrics to Cloudflare and no `Request.cf` download: the local Worker talks to nothing but loopback.
		env: {
			...process.env,
			WRANGLER_SEND_METRICS: 'false',
			CLOUDFLARE_CF_FETCH_ENABLED: 'false',
			CI: 'true',
			NO_COLOR: '1',
			X_LOCAL_OBSERVABILITY: options.localTracing === true ? 'true' : 'false',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	const onData = (buf: Buffer) => {
		const text = buf.toString();
		log = (log + text).slice(-20_000);
		for (const line of text.split('\n')) if (line.trim()) options.onLog?.(line);
	};
	child.stdout?.on('data', onData);
	child.stderr?.on('data', onData);
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitForHealth(url, child, options.readyTimeoutMs ?? MINUTE_MS);
	} catch (e) {
		await stopChild(child);
		throw new Error(`wrangler dev did not become ready: ${(e as Error).message}\n${log.slice(-4000)}`);
	}
	return { url, port, stop: () => stopChild(child), logs: () => log };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
		try {
			const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
			if (res.ok) return;
		} catch {
			// Not listening yet: keep polling until the deadline.
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`no answer from ${url}/health within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
}
