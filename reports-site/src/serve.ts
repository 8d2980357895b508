/**
 * A tiny static file server for the built site, bound to 127.0.0.1 only (the demo and the
 * browser tests). Serves files under `dir`, never outside it; no directory listings.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/atom+xml; charset=utf-8',
	'.prom': 'text/plain; version=0.0.4; charset=utf-8',
};

export type StaticServer = { url: string; port: number; close: () => Promise<void> };

/** Resolves a URL path to a file inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	} catch {
		// Malformed percent-encoding: no such file.
		return null;
	}
	if (decoded.includes('\0')) return null;
	const target = resolve(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
	return target === root || target.startsWith(root + sep) ? target : null;
}

/** Serves `dir` on 127.0.0.1 (`port` 0 picks a free port). */
export async function serveDir(dir: string, port = 0): Promise<StaticServer> {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const file = resolveInside(root, req.url ?? '/');
		const info = file ? await stat(file).catch(() => null) : null;
		if (!file || !info?.isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
			res
				.writeHead(info?.isFile() ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' })
				.end('not found\n');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': info.size,
			'x-content-type-options': 'nosniff',
			'cache-control': 'no-cache',
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok());
	});
	const address = server.address();
	const bound = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${bound}/`,
		port: bound,
		close: () => new Promise((ok) => server.close(() => ok())),
	};
}
