import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-5HVLDMJO.js";
import {
  followJob
} from "./chunk-NRO7OIJ5.js";
import {
  assembleSiteInput,
  buildSite,
  fetchCollectorData,
  listAlertIssues,
  serveDir,
  thresholdsFromConfig,
  toAlertView
} from "./chunk-KIYUHCQJ.js";
import {
  ConfigSchema,
  createLocalTracker
} from "./chunk-5S6KLNTM.js";
import {
  createWorkerClient,
  newJobId
} from "./chunk-CK6O64XR.js";
import {
  simulateTraffic
} from "./chunk-FJMGETET.js";
import {
  MINUTE_MS
} from "./chunk-4CZOPRJI.js";
import "./chunk-IHO4MLRJ.js";

// action/src/commands/demo.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join as join2, resolve } from "node:path";
import { parseArgs } from "node:util";

// action/src/adapters/local-worker.ts
import { spawn } from "node:child_process";
import { createServer } from "node:net";

// action/src/adapters/project-root.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_NAME = "pathwatch";
function isPathwatchPackage(dir) {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return false;
  try {
    return JSON.parse(readFileSync(file, "utf8")).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}
function projectRoot(from = import.meta.url) {
  let dir = dirname(fileURLToPath(from));
  for (; ; ) {
    if (isPathwatchPackage(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json named ${PACKAGE_NAME} above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
function wranglerBin(root) {
  const pkg = createRequire(join(root, "package.json")).resolve("wrangler/package.json");
  return join(dirname(pkg), "bin", "wrangler.js");
}

// action/src/adapters/local-worker.ts
async function freePort() {
  return new Promise((resolve2, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve2(port));
    });
  });
}
async function startLocalWorker(options = {}) {
  const port = options.port ?? await freePort();
  const root = projectRoot();
  const args = [
    wranglerBin(root),
    "dev",
    "--config",
    options.config ?? "worker/wrangler.jsonc",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(await freePort()),
    "--show-interactive-dev-session=false",
    "--log-level",
    "warn"
  ];
  if (options.persistTo) args.push("--persist-to", options.persistTo);
  for (const [k, v] of Object.entries(options.vars ?? {})) args.push("--var", `${k}:${v}`);
  const child = spawn(process.execPath, args, {
    cwd: root,
    // No metrics to Cloudflare and no `Request.cf` download: the local Worker talks to nothing but loopback.
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: "false",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      CI: "true",
      NO_COLOR: "1"
    },
    stdio: ["ignore", "pipe", "pipe"]
  });
  let log = "";
  const onData = (buf) => {
    const text = buf.toString();
    log = (log + text).slice(-2e4);
    for (const line of text.split("\n")) if (line.trim()) options.onLog?.(line);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, options.readyTimeoutMs ?? 6e4);
  } catch (e) {
    await stopChild(child);
    throw new Error(`wrangler dev did not become ready: ${e.message}
${log.slice(-4e3)}`);
  }
  return { url, port, stop: () => stopChild(child), logs: () => log };
}
async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2e3) });
      if (res.ok) return;
    } catch {
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}/health within ${timeoutMs} ms`);
}
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5e3);
  await exited;
  clearTimeout(timer);
}

// action/src/demo/demo-config.ts
var DEMO_CONFIG_YAML = `# written by \`pathwatch demo\`
version: 1
rules:
  - alert: ErrorRateHigh
    metric: error_rate
    window: 1m
    for: 0m
    warning: { threshold: 0.005, cooldown: 1m }
    critical: { threshold: 0.01, cooldown: 1m }
    annotations:
      summary: Record error rate $value over 1 minute
  - alert: P95LatencyHigh
    metric: p95_ms
    warning: { threshold: 100, cooldown: 30m }
    critical: { threshold: 200, cooldown: 10m }
    annotations:
      summary: Record latency p95 at $value
`;

// action/src/demo/timeline.ts
var MINUTE = MINUTE_MS;
var SETTLE_MS = 4e3;
var MIN_WARMUP_MS = 2e4;
var FAULT_MS = 25e3;
function planDemoTimeline(now) {
  let faultFrom = Math.ceil(now / MINUTE) * MINUTE;
  if (faultFrom - now < MIN_WARMUP_MS) faultFrom += MINUTE;
  return { faultFrom, faultUntil: faultFrom + FAULT_MS, fireCheckAt: nextCheckAfter(faultFrom) };
}
function nextCheckAfter(t) {
  return Math.floor(t / MINUTE) * MINUTE + MINUTE + SETTLE_MS;
}

// action/src/site/publish.ts
async function buildSiteFromCollector(o) {
  const config = o.config ?? ConfigSchema.parse({});
  const now = o.now ?? /* @__PURE__ */ new Date();
  const [data, alerts] = await Promise.all([
    fetchCollectorData(createWorkerClient({ url: o.url, token: o.token })),
    o.tracker ? listAlertIssues(o.tracker, { label: config.issues.label, now }) : Promise.resolve(null)
  ]);
  return buildSite(assembleSiteInput(data, alerts?.map(toAlertView) ?? null, config, now), o.outDir, {
    thresholds: thresholdsFromConfig(config),
    ...o.build
  });
}

// action/src/commands/demo.ts
var ADMIN_TOKEN = "demo-admin-token";
var IPS = 400;
var RATE = 40;
var untilAborted = (signal) => new Promise((done) => {
  if (signal.aborted) done();
  else signal.addEventListener("abort", () => done(), { once: true });
});
async function traffic(d, phase, until, seed) {
  const ms = Math.max(1e3, until - Date.now());
  const events = Math.round(ms / 1e3 * RATE);
  d.say(`traffic (${phase}): ${events} events from up to ${IPS} IPs over ${(ms / 1e3).toFixed(0)} s`);
  const s = await simulateTraffic({
    url: d.worker.url,
    ips: IPS,
    events,
    seed,
    batch: 10,
    concurrency: 4,
    paceMs: ms,
    runId: `demo${seed}-${Date.now().toString(36)}`,
    signal: d.ctx.signal
  });
  const p95 = s.latencyMs.p95 === null ? "n/a" : `${s.latencyMs.p95.toFixed(1)} ms`;
  d.say(
    `  accepted ${s.accepted}/${s.events} (journaled ${s.journaled}, duplicates ${s.duplicates}), p95 ${p95}`
  );
}
async function monitor(d, label) {
  d.say(`monitor (${label}):`);
  const code = await monitor_default({
    ...d.ctx,
    argv: ["--config", join2(d.dir, "pathwatch.yml"), "--issues", `local:${join2(d.dir, "issues")}`],
    env: {
      ...d.ctx.env,
      PATHWATCH_URL: d.worker.url,
      PATHWATCH_ADMIN_TOKEN: ADMIN_TOKEN,
      GITHUB_STEP_SUMMARY: ""
    },
    stdout: (line) => d.say(`  ${line}`),
    stderr: (line) => d.say(`  ${line}`)
  });
  if (code !== 0) throw new Error(`monitor exited with ${code}`);
  const alerts = await listAlertIssues(createLocalTracker(join2(d.dir, "issues")));
  for (const a of alerts) d.say(`  issue #${a.number} [${a.status}/${a.severity}] ${a.title}`);
  return alerts;
}
async function awaitResolution(d, maxMinutes) {
  for (let i = 0; i < maxMinutes; i++) {
    const at = nextCheckAfter(Date.now());
    await traffic(d, "healthy", at, 10 + i);
    const alerts = await monitor(d, "after another clean minute");
    if (alerts.some((a) => a.alertname === "ErrorRateHigh" && a.status === "resolved")) return;
  }
  throw new Error(`ErrorRateHigh did not resolve within ${maxMinutes} minutes of healthy traffic`);
}
async function maintenance(d) {
  const client = createWorkerClient({ url: d.worker.url, token: ADMIN_TOKEN });
  const id = newJobId("repair");
  d.say(`job repair ${id}: reconcile the registry and replay the fallback journal`);
  await client.startJob("repair", {}, id);
  const { status } = await followJob(client, id, {
    budgetMs: 5 * 6e4,
    intervalMs: 1e3,
    signal: d.ctx.signal,
    print: (line) => d.say(`  ${line}`)
  });
  d.say(`  ${status.state}: ${JSON.stringify(status.result)}`);
}
var command = async (ctx) => {
  const { values } = parseArgs({
    args: ctx.argv,
    options: {
      once: { type: "boolean" },
      dir: { type: "string" },
      out: { type: "string" },
      port: { type: "string" }
    },
    strict: true
  });
  const dir = resolve(ctx.cwd, values.dir ?? ".pathwatch/demo");
  const outDir = resolve(ctx.cwd, values.out ?? "reports-site/dist");
  const t0 = Date.now();
  const say = (s) => ctx.stdout(`[demo +${((Date.now() - t0) / 1e3).toFixed(0).padStart(3)}s] ${s}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join2(dir, "issues"), { recursive: true });
  await writeFile(join2(dir, "pathwatch.yml"), DEMO_CONFIG_YAML);
  const plan = planDemoTimeline(Date.now());
  say(`starting the collector Worker in workerd (wrangler dev, 127.0.0.1), state in ${dir}/state`);
  const worker = await startLocalWorker({
    persistTo: join2(dir, "state"),
    vars: {
      ADMIN_TOKEN,
      FLUSH_INTERVAL_MS: "2000",
      PATHWATCH_FAULTS: `fail=0.5,from=${plan.faultFrom},until=${plan.faultUntil}`
    }
  });
  const d = { ctx, worker, dir, say };
  say(
    `collector up at ${worker.url}; faults injected ${new Date(plan.faultFrom).toISOString()} \u2192 ${new Date(plan.faultUntil).toISOString()}`
  );
  try {
    await traffic(d, "healthy", plan.faultFrom, 1);
    await traffic(d, "DO faults: the breaker opens, events go to the journal", plan.faultUntil, 2);
    await traffic(d, "faults over: the breaker probes and closes", plan.fireCheckAt, 3);
    await monitor(d, "after the faulty minute: the error-rate alert fires");
    await awaitResolution(d, 6);
    await maintenance(d);
    say(`building the dashboard into ${outDir}`);
    const built = await buildSiteFromCollector({
      url: worker.url,
      token: ADMIN_TOKEN,
      outDir,
      tracker: createLocalTracker(join2(dir, "issues"))
    });
    say(
      `  ${built.files.length} files; JS ${(built.budget.js / 1024).toFixed(1)} KB gzip, HTML ${(built.budget.html / 1024).toFixed(1)} KB gzip`
    );
    if (values.once) return 0;
    const server = await serveDir(outDir, values.port ? Number(values.port) : 0);
    say(`dashboard: ${server.url}/   (collector: ${worker.url}, admin token ${ADMIN_TOKEN}); Ctrl-C to stop`);
    await untilAborted(ctx.signal);
    await server.close();
    return 0;
  } finally {
    await worker.stop();
  }
};
var demo_default = command;
export {
  demo_default as default
};
