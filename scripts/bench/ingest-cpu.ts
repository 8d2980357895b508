/**
 * CPU time of the processes each `wrangler dev` target runs (its Node side, esbuild and workerd),
 * read from Linux /proc. On a machine shared with other work, events/s says how fast the machine
 * let a target go; the CPU it spent per event says how much work it did, so the ingest bench
 * prints both. Elsewhere than Linux the figures are absent (null).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SEC = 100;

function readStat(pid: string): string | null {
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8');
	} catch {
		// The process ended between the listing and the read: it has nothing left to count.
		return null;
	}
}

/** Every descendant of this process (only those named `name`, if given); empty where /proc is absent. */
export function descendants(name?: string): Set<number> {
	const children = new Map<number, number[]>();
	const names = new Map<number, string>();
	let entries: string[] = [];
	try {
		entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
	} catch {
		return new Set();
	}
	for (const pid of entries) {
		// `pid (comm) state ppid ...`; comm may hold spaces or parentheses, so split after the last ')'.
		const stat = readStat(pid);
		const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (Number.isInteger(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
		if (stat) names.set(Number(pid), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
	}
	const out = new Set<number>();
	const stack = [process.pid];
	for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
		for (const child of children.get(pid) ?? []) {
			if (name === undefined || names.get(child) === name) out.add(child);
			stack.push(child);
		}
	}
	return out;
}

/** User + system CPU milliseconds the processes have used so far (null without /proc). */
export function cpuMs(pids: ReadonlySet<number>): number | null {
	if (pids.size === 0) return null;
	let ticks = 0;
	for (const pid of pids) {
		const stat = readStat(String(pid));
		if (stat === null) continue;
		// After `pid (comm) `: state, ppid, …; utime and stime are the 12th and 13th of those.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		ticks += Number(fields[11]) + Number(fields[12]);
	}
	return (ticks * 1000) / TICKS_PER_SEC;
}

/** Runs `run` and adds the CPU milliseconds `pids` spent meanwhile (null without /proc). */
export async function withCpu<T extends object>(
	pids: ReadonlySet<number>,
	run: () => Promise<T>,
): Promise<T & { cpuMs: number | null }> {
	const before = cpuMs(pids);
	const result = await run();
	const after = cpuMs(pids);
	return { ...result, cpuMs: before === null || after === null ? null : after - before };
}
