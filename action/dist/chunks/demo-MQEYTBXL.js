import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-CANGPZHG.js";
import "./chunk-53D3EE7U.js";
import {
  followJob
} from "./chunk-6XB4CEQT.js";
import {
  assembleSiteInput,
  buildSite,
  fetchCollectorData,
  listAlertIssues,
  serveDir,
  thresholdsFromConfig,
  toAlertView
} from "./chunk-ZT5M4OMT.js";
import "./chunk-T2RDBBMA.js";
import "./chunk-R45UPBC3.js";
import {
  createRng,
  simulateTraffic
} from "./chunk-UQF4ZR4Q.js";
import {
  signBody
} from "./chunk-XXQYWVHG.js";
import "./chunk-N7TUJ5SC.js";
import {
  ConfigSchema,
  createLocalTracker,
  createWorkerClient,
  newJobId
} from "./chunk-UPQ3O4ES.js";
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS
} from "./chunk-5L6HU7UT.js";
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
  if (options.testScheduled) args.push("--test-scheduled");
  for (const [k, v] of Object.entries(options.vars ?? {})) args.push("--var", `${k}:${v}`);
  const child = spawn(process.execPath, args, {
    cwd: root,
    // No metrics to Cloudflare and no `Request.cf` download: the local Worker talks to nothing but loopback.
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: "false",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      CI: "true",
      NO_COLOR: "1",
      X_LOCAL_OBSERVABILITY: options.localTracing === true ? "true" : "false"
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
    await waitForHealth(url, child, options.readyTimeoutMs ?? MINUTE_MS);
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

// action/src/adapters/notify-receiver.ts
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer as createServer2 } from "node:http";
var MAX_BODY = 1e6;
function describe(raw, valid) {
  try {
    const b = JSON.parse(raw);
    return `${String(b.transition)} ${String(b.alertname)} (${String(b.level)}, value ${String(b.value)}) \u2192 ${String(b.issue_url)}; signature ${valid ? "valid" : "INVALID"}`;
  } catch {
    return `unreadable body (${raw.length} bytes); signature ${valid ? "valid" : "INVALID"}`;
  }
}
async function startWebhookReceiver() {
  const secret = randomBytes(16).toString("hex");
  let lines = [];
  const server = createServer2(async (req, res) => {
    const chunks = [];
    let size = 0;
    for await (const c of req) {
      size += c.length;
      if (size > MAX_BODY) return void res.writeHead(413).end();
      chunks.push(c);
    }
    const raw = Buffer.concat(chunks).toString("utf8");
    const expected = Buffer.from(signBody(raw, secret));
    const got = Buffer.from(String(req.headers["x-pathwatch-signature-256"] ?? ""));
    const valid = got.length === expected.length && timingSafeEqual(got, expected);
    lines.push(describe(raw, valid));
    res.writeHead(valid ? 204 : 401).end();
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${server.address().port}/pathwatch`;
  return {
    url,
    env: { PATHWATCH_DEMO_WEBHOOK_URL: url, PATHWATCH_DEMO_WEBHOOK_SECRET: secret },
    drain: () => {
      const out = lines;
      lines = [];
      return out;
    },
    close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    })
  };
}

// action/src/demo/demo-config.ts
var DEMO_CONFIG_YAML = `# written by \`pathwatch demo\`
version: 1
rules:
  - alert: ErrorRateHigh
    metric: error_rate
    window: 10s
    for: 0m
    warning: { threshold: 0.005, cooldown: 1m }
    critical: { threshold: 0.01, cooldown: 1m }
    annotations:
      summary: Record error rate $value over 10 seconds
  - alert: P95LatencyHigh
    metric: p95_ms
    for: 1m
    warning: { threshold: 100, cooldown: 30m }
    critical: { threshold: 200, cooldown: 10m }
    annotations:
      summary: Record latency p95 at $value
notify:
  claim_settle: 100ms
  retry: { attempts: 3, backoff: 200ms }
  channels:
    demo-hook: { type: webhook, url_env: PATHWATCH_DEMO_WEBHOOK_URL, secret_env: PATHWATCH_DEMO_WEBHOOK_SECRET }
  routes:
    - channels: [demo-hook]
`;

// action/src/demo/history.ts
var HISTORY_DAYS = 30;
var PEAK_REQUESTS = 6e3;
var DAILY_GROWTH = 0.01;
var EVENTS_PER_REQUEST = 3;
function dailyShape(hourOfDay) {
  return 0.25 + 0.75 * (0.5 - 0.5 * Math.cos((hourOfDay - 3) / 24 * 2 * Math.PI));
}
function latency(requests, slow) {
  const parts = [
    [4, 0.32],
    [7, 0.34],
    [12, 0.2],
    [25, 0.09],
    [60 * slow, 0.04],
    [150 * slow, 0.01]
  ];
  let left = requests;
  return parts.map(([ms, share], i) => {
    const n = i === parts.length - 1 ? left : Math.round(requests * share);
    left -= n;
    return [ms, Math.max(0, n)];
  });
}
function hourAt(start, index, rng, incident) {
  const date = new Date(start);
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.6 : 1;
  const growth = (1 + DAILY_GROWTH) ** (index / 24);
  const noise = 0.85 + 0.3 * rng();
  const requests = Math.max(
    1,
    Math.round(PEAK_REQUESTS * dailyShape(date.getUTCHours()) * weekend * growth * noise)
  );
  const records = requests * EVENTS_PER_REQUEST;
  const errorRate = incident ? 0.02 + 0.02 * rng() : 4e-4 * rng();
  const errors = Math.round(requests * errorRate);
  const activeIps = Math.max(1, Math.round(Math.sqrt(requests) * 3.2 * (0.9 + 0.2 * rng())));
  return {
    start: date.toISOString(),
    records,
    latency: latency(requests, incident ? 3 : 1),
    errors: errors ? { do_error: errors } : {},
    timeouts: incident ? Math.round(errors / 4) : 0,
    fallbacks: incident ? errors : Math.round(requests * 2e-4 * rng()),
    doRequests: {
      record: Math.round(records * 0.9),
      report: activeIps * 12,
      admin: 40,
      job: index % 24 === 2 ? 800 : 0
    },
    rowsRead: records * 2,
    rowsWritten: records,
    // Collectors go idle between a client's bursts: a few seconds of billed duration each.
    activeSeconds: activeIps * 20,
    activeIps,
    // The import carries no registry rows, so it claims no new clients or paths: the
    // registry's own counts (today's new clients, total paths) stay consistent.
    newIps: 0,
    newPaths: 0
  };
}
function demoHistory(now, seed = 30) {
  const rng = createRng(seed);
  const end = Math.floor(now / HOUR_MS) * HOUR_MS;
  const first = end - HISTORY_DAYS * DAY_MS;
  const incidentFrom = end - 7 * DAY_MS - 10 * HOUR_MS;
  const hours = [];
  const storedBytes = {};
  for (let i = 0, t = first; t < end; i++, t += HOUR_MS) {
    hours.push(hourAt(t, i, rng, t >= incidentFrom && t < incidentFrom + 3 * HOUR_MS));
    storedBytes[new Date(t).toISOString().slice(0, 10)] = Math.round(4e7 * (1 + DAILY_GROWTH) ** (i / 24));
  }
  return { hours, storedBytes };
}

// action/src/demo/timeline.ts
var DEMO_STEP_MS = 1e4;
var SETTLE_MS = 4e3;
var STARTUP_ALLOWANCE_MS = 1e4;
var FAULT_MS = DEMO_STEP_MS;
var DEMO_BREAKER_COOLDOWN_MS = 3e3;
function planDemoTimeline(now) {
  const faultFrom = Math.ceil((now + STARTUP_ALLOWANCE_MS) / DEMO_STEP_MS) * DEMO_STEP_MS;
  return { faultFrom, faultUntil: faultFrom + FAULT_MS, fireCheckAt: nextCheckAfter(faultFrom) };
}
function nextCheckAfter(t) {
  return Math.floor(t / DEMO_STEP_MS) * DEMO_STEP_MS + DEMO_STEP_MS + SETTLE_MS;
}

// action/src/site/publish.ts
async function buildSiteFromCollector(o) {
  const config = o.config ?? ConfigSchema.parse({});
  const now = o.now ?? /* @__PURE__ */ new Date();
  const [data, alerts] = await Promise.all([
    fetchCollectorData(createWorkerClient({ url: o.url, token: o.token })),
    o.tracker ? listAlertIssues(o.tracker, { label: config.issues.label, now, author: config.issues.author }) : Promise.resolve(null)
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
      GITHUB_STEP_SUMMARY: "",
      ...d.hook.env
    },
    stdout: (line) => d.say(`  ${line}`),
    stderr: (line) => d.say(`  ${line}`)
  });
  if (code !== 0) throw new Error(`monitor exited with ${code}`);
  const alerts = await listAlertIssues(createLocalTracker(join2(d.dir, "issues")));
  for (const a of alerts) d.say(`  issue #${a.number} [${a.status}/${a.severity}] ${a.title}`);
  for (const line of d.hook.drain()) d.say(`  webhook received: ${line}`);
  return alerts;
}
async function awaitResolution(d, maxSteps) {
  for (let i = 0; i < maxSteps; i++) {
    const at = nextCheckAfter(Date.now());
    await traffic(d, "healthy", at, 10 + i);
    const alerts = await monitor(d, `after another clean ${DEMO_STEP_MS / 1e3}-second step`);
    if (alerts.some((a) => a.alertname === "ErrorRateHigh" && a.status === "resolved")) return;
  }
  throw new Error(`ErrorRateHigh did not resolve within ${maxSteps} steps of healthy traffic`);
}
async function job(d, type, what) {
  const client = createWorkerClient({ url: d.worker.url, token: ADMIN_TOKEN });
  const id = newJobId(type);
  d.say(`job ${type} ${id}: ${what}`);
  await client.startJob(type, {}, id);
  const { status } = await followJob(client, id, {
    budgetMs: 5 * 6e4,
    intervalMs: 1e3,
    signal: d.ctx.signal,
    print: (line) => d.say(`  ${line}`)
  });
  d.say(`  ${type} ${status.state}: ${JSON.stringify(status.result)}`);
}
async function maintenance(d) {
  await job(d, "repair", "reconcile the registry and replay the fallback journal");
  await job(d, "backup", "every collector to R2, manifest checked");
}
async function importHistory(d) {
  const client = createWorkerClient({ url: d.worker.url, token: ADMIN_TOKEN });
  const r = await client.importHistory(demoHistory(Date.now()));
  d.say(
    `history: ${r.hours} hours on ${r.days} days (${HISTORY_DAYS}-day example) imported via POST /api/admin/history`
  );
}
async function build(d, outDir) {
  d.say(`building the dashboard into ${outDir}`);
  const built = await buildSiteFromCollector({
    url: d.worker.url,
    token: ADMIN_TOKEN,
    outDir,
    tracker: createLocalTracker(join2(d.dir, "issues"))
  });
  d.say(
    `  ${built.files.length} files; JS ${(built.budget.js / 1024).toFixed(1)} KB gzip, HTML ${(built.budget.html / 1024).toFixed(1)} KB gzip`
  );
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
      ROLLUP_STEP_MS: String(DEMO_STEP_MS),
      BREAKER_COOLDOWN_MS: String(DEMO_BREAKER_COOLDOWN_MS),
      BREAKER_MAX_COOLDOWN_MS: String(DEMO_BREAKER_COOLDOWN_MS),
      PATHWATCH_FAULTS: `fail=0.5,from=${plan.faultFrom},until=${plan.faultUntil}`
    }
  });
  const hook = await startWebhookReceiver();
  say(`webhook receiver for notifications at ${hook.url}`);
  const d = { ctx, worker, hook, dir, say };
  say(
    `collector up at ${worker.url}; faults injected ${new Date(plan.faultFrom).toISOString()} \u2192 ${new Date(plan.faultUntil).toISOString()}`
  );
  let server = null;
  try {
    await importHistory(d);
    await traffic(d, "healthy", plan.faultFrom, 1);
    const early = async () => {
      if (values.once) return;
      await build(d, outDir);
      server = await serveDir(outDir, values.port ? Number(values.port) : 0);
      say(`dashboard: ${server.url}   (refreshed when the demo has finished)`);
    };
    await Promise.all([
      traffic(d, "DO faults: the breaker opens, events go to the journal", plan.faultUntil, 2),
      early()
    ]);
    await traffic(d, "faults over: the breaker probes and closes", plan.fireCheckAt, 3);
    await monitor(d, "after the faulty step: the error-rate alert fires");
    await awaitResolution(d, 6);
    await maintenance(d);
    await build(d, outDir);
    if (values.once) return 0;
    server ??= await serveDir(outDir, values.port ? Number(values.port) : 0);
    say(`dashboard: ${server.url}   (collector: ${worker.url}, admin token ${ADMIN_TOKEN}); Ctrl-C to stop`);
    await untilAborted(ctx.signal);
    return 0;
  } finally {
    await server?.close();
    await hook.close();
    await worker.stop();
  }
};
var demo_default = command;
export {
  demo_default as default
};
