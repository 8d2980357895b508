/**
 * The Worker's settings as parsed from its variables, apart from the bindings' types so that
 * Node scripts (scripts/check-worker-config.ts) check a wrangler config with this very parser.
 * Variables arrive as strings (or, for `PATH_RULES`, possibly an object); zod parses them, with
 * the defaults written beside each declaration.
 */
import { z } from 'zod';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from './contract/time.ts';
import { type BreakerConfig, DEFAULT_BREAKER } from './core/breaker.ts';
import { type FaultPlan, parseFaults } from './core/faults.ts';
import { type PathRules, parsePathRules } from './core/normalize-path.ts';

/** Stats shards, at most (a read calls every shard). */
const MAX_SHARDS = 256;

const unset = (v: unknown) => v === undefined || v === null || v === '';

/** An integer variable in [min, max]; unset or empty means `fallback`. */
function intVar(min: number, max: number, fallback: number) {
	return z.preprocess(
		(v) => (unset(v) ? fallback : typeof v === 'string' ? Number(v.trim()) : v),
		z
			.number({ error: 'must be a number' })
			.int('must be an integer')
			.min(min, `must be at least ${min}`)
			.max(max, `must be at most ${max}`),
	);
}

const VarsSchema = z.object({
	SHARD_COUNT: intVar(1, MAX_SHARDS, 4),
	/** How often isolates and collectors report to their shard (0: at once, for tests). */
	FLUSH_INTERVAL_MS: intVar(0, HOUR_MS, MINUTE_MS),
	MAX_PATHS_PER_IP: intVar(1, 100_000, 1000),
	/**
	 * Event ids a collector keeps exactly in memory (~77 bytes each); older ids of the retention
	 * period cost 8 bytes each and one row read when a fingerprint matches (objects/seen-ids.ts).
	 */
	SEEN_EXACT_IDS: intVar(100, 10_000_000, 100_000),
	/** A Durable Object call that takes longer is journaled and counted as a timeout. */
	DO_TIMEOUT_MS: intVar(1, MINUTE_MS, 2 * SECOND_MS),
	BREAKER_FAILURE_THRESHOLD: intVar(1, 1000, DEFAULT_BREAKER.failureThreshold),
	BREAKER_WINDOW_MS: intVar(SECOND_MS, HOUR_MS, DEFAULT_BREAKER.windowMs),
	BREAKER_COOLDOWN_MS: intVar(100, HOUR_MS, DEFAULT_BREAKER.cooldownMs),
	BREAKER_MAX_COOLDOWN_MS: intVar(100, HOUR_MS, DEFAULT_BREAKER.maxCooldownMs),
	BREAKER_MAX_OPEN_MS: intVar(SECOND_MS, 24 * HOUR_MS, DEFAULT_BREAKER.maxOpenMs),
	BREAKER_PROBE_TIMEOUT_MS: intVar(100, HOUR_MS, DEFAULT_BREAKER.probeTimeoutMs),
	/** The monitor's schedule, for the dead-man watchdog. */
	MONITOR_INTERVAL_MINUTES: intVar(1, 24 * 60, 5),
	/**
	 * The finest rollup bucket (the 24h series' step). A minute in production; the demo uses
	 * 10 s so its alert fires and resolves within seconds. Must divide a minute so hourly and
	 * daily rollups stay aligned.
	 */
	ROLLUP_STEP_MS: intVar(SECOND_MS, MINUTE_MS, MINUTE_MS).refine(
		(v) => MINUTE_MS % v === 0,
		`must divide ${MINUTE_MS} (a minute)`,
	),
	INGEST_TOKEN: z.preprocess((v) => (unset(v) ? null : v), z.string().nullable()),
	PATH_RULES: z.unknown().optional(),
	PATHWATCH_FAULTS: z.preprocess((v) => (unset(v) ? undefined : v), z.string().optional()),
});

/** Everything the Worker reads from its variables, typed and defaulted. */
export type Settings = {
	shardCount: number;
	flushIntervalMs: number;
	maxPathsPerIp: number;
	seenExactIds: number;
	doTimeoutMs: number;
	breaker: BreakerConfig;
	monitorIntervalMinutes: number;
	/** The finest rollup bucket, in ms (divides a minute). */
	rollupStepMs: number;
	/** Null when ingest is open (no INGEST_TOKEN). */
	ingestToken: string | null;
	pathRules: PathRules;
	/** Null unless the development-only fault variable is set. */
	faults: FaultPlan | null;
};

function toSettings(v: z.infer<typeof VarsSchema>): Settings {
	const rules = parsePathRules(v.PATH_RULES, () => performance.now());
	if (!rules.ok) throw new Error(rules.error);
	return {
		shardCount: v.SHARD_COUNT,
		flushIntervalMs: v.FLUSH_INTERVAL_MS,
		maxPathsPerIp: v.MAX_PATHS_PER_IP,
		seenExactIds: v.SEEN_EXACT_IDS,
		doTimeoutMs: v.DO_TIMEOUT_MS,
		breaker: {
			failureThreshold: v.BREAKER_FAILURE_THRESHOLD,
			windowMs: v.BREAKER_WINDOW_MS,
			cooldownMs: v.BREAKER_COOLDOWN_MS,
			maxCooldownMs: v.BREAKER_MAX_COOLDOWN_MS,
			maxOpenMs: v.BREAKER_MAX_OPEN_MS,
			probeTimeoutMs: v.BREAKER_PROBE_TIMEOUT_MS,
		},
		monitorIntervalMinutes: v.MONITOR_INTERVAL_MINUTES,
		rollupStepMs: v.ROLLUP_STEP_MS,
		ingestToken: v.INGEST_TOKEN,
		pathRules: rules.rules,
		faults: parseFaults(v.PATHWATCH_FAULTS),
	};
}

/** Parses the variables; returns the settings or one message naming every bad variable. */
export function parseSettings(env: object): { ok: true; settings: Settings } | { ok: false; error: string } {
	const parsed = VarsSchema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
		return { ok: false, error: `invalid configuration: ${problems.join('; ')}` };
	}
	try {
		return { ok: true, settings: toSettings(parsed.data) };
	} catch (err) {
		return { ok: false, error: err instanceof Error ? err.message : String(err) };
	}
}
