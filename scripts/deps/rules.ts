/**
 * The dependency direction between pathwatch's components (docs/ARCHITECTURE.md), as pure
 * checks over an import graph: which edge breaks which rule, and which files form cycles.
 * Paths are repository-relative with forward slashes.
 */

/** One import: `from` imports `to`, a repository path for a local module or the bare specifier of a package. */
export type ImportEdge = { from: string; to: string; local: boolean };

export type Violation = { rule: string; from: string; to: string };

type Component = 'worker' | 'action' | 'reports-site' | 'other';

const CONTRACT = 'worker/src/contract/';
const SITE_ENTRY = 'reports-site/src/index.ts';
/** Modules that reach the outside world: a pure core never imports them. */
const IO_MODULES = [/^(node:)?fs(\/|$)/, /^(node:)?child_process$/, /^cloudflare:/, /^@actions\//];
/** Folders of I/O and entry code that a pure core never imports. */
const EDGE_FOLDERS = ['adapters', 'commands', 'routes'];

export function componentOf(path: string): Component {
	const top = path.split('/')[0];
	return top === 'worker' || top === 'action' || top === 'reports-site' ? top : 'other';
}

const segments = (path: string) => path.split('/').slice(0, -1);
const isCore = (path: string) => segments(path).includes('core');

function componentRule(from: string, to: string): string | null {
	const source = componentOf(from);
	const target = componentOf(to);
	if (source === target) return null;
	// Test helpers and scripts are not part of any component: importing one would let a
	// component reach another through them (worker → test/x.ts → action) unseen.
	if (target === 'other') return `${source}/ never imports outside the components (${to})`;
	if (source === 'worker') return `worker/ never imports ${target}/`;
	if (target === 'worker' && !to.startsWith(CONTRACT))
		return `${source}/ imports only the worker's contract (${CONTRACT}), not worker internals`;
	if (source === 'reports-site' && target === 'action') return 'reports-site/ never imports action/';
	if (source === 'action' && target === 'reports-site' && to !== SITE_ENTRY)
		return `action/ imports reports-site only through its entry (${SITE_ENTRY})`;
	return null;
}

function coreRule(edge: ImportEdge): string | null {
	if (!isCore(edge.from)) return null;
	if (!edge.local)
		return IO_MODULES.some((re) => re.test(edge.to)) ? `core/ is pure: no I/O module (${edge.to})` : null;
	const folder = segments(edge.to).find((s) => EDGE_FOLDERS.includes(s));
	if (folder) return `core/ never imports ${folder}/`;
	if (edge.to.startsWith('worker/src/objects/')) return 'core/ never imports a Durable Object class';
	return null;
}

/** Every rule an import breaks (none for a clean edge). */
export function checkEdge(edge: ImportEdge): Violation[] {
	const rules = [edge.local ? componentRule(edge.from, edge.to) : null, coreRule(edge)];
	return rules.filter((r) => r !== null).map((rule) => ({ rule, from: edge.from, to: edge.to }));
}

/**
 * Import cycles among local modules, one per strongly connected component (Tarjan), each as a
 * path `[a, b, …, a]` starting from its alphabetically first file.
 */
export function findCycles(edges: readonly ImportEdge[]): string[][] {
	const next = new Map<string, string[]>();
	for (const e of edges.filter((e) => e.local)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
	const cycles: string[][] = [];
	for (const scc of stronglyConnected(next)) {
		const selfLoop = scc.length === 1 && next.get(scc[0] ?? '')?.includes(scc[0] ?? '');
		if (scc.length > 1 || selfLoop) cycles.push(cycleThrough([...scc].sort(), next));
	}
	return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

function stronglyConnected(next: Map<string, string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const out: string[][] = [];
	const visit = (v: string) => {
		index.set(v, index.size);
		low.set(v, index.get(v) ?? 0);
		stack.push(v);
		onStack.add(v);
		for (const w of next.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
		}
		if (low.get(v) !== index.get(v)) return;
		const scc: string[] = [];
		let w: string | undefined;
		do {
			w = stack.pop();
			if (w === undefined) break;
			onStack.delete(w);
			scc.push(w);
		} while (w !== v);
		out.push(scc);
	};
	for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
	return out;
}

/** A shortest cycle from the first member back to itself, staying inside the component (BFS). */
function cycleThrough(members: string[], next: Map<string, string[]>): string[] {
	const start = members[0] ?? '';
	const inside = new Set(members);
	const parent = new Map<string, string>();
	const queue = [start];
	while (queue.length) {
		const v = queue.shift() ?? '';
		for (const w of next.get(v) ?? []) {
			if (w === start) return [...pathTo(v, parent, start), start];
			if (inside.has(w) && !parent.has(w)) {
				parent.set(w, v);
				queue.push(w);
			}
		}
	}
	return [start, start];
}

function pathTo(v: string, parent: Map<string, string>, start: string): string[] {
	const path = [v];
	while (path[0] !== start) path.unshift(parent.get(path[0] ?? '') ?? start);
	return path;
}
