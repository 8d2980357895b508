import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  pricesFor
} from "./chunk-R45UPBC3.js";
import {
  DEFAULT_PRICES,
  createWorkerClient,
  grossPrice,
  loadConfig,
  neutralize,
  newJobId
} from "./chunk-UPQ3O4ES.js";
import {
  JobTypeSchema,
  MINUTE_MS,
  external_exports,
  formatDuration,
  parseDuration,
  parseEnv
} from "./chunk-5L6HU7UT.js";
import {
  UpstreamError,
  UserError
} from "./chunk-IHO4MLRJ.js";

// action/src/commands/job.ts
import { appendFile } from "node:fs/promises";
import { resolve } from "node:path";

// action/src/core/jobs/job-progress.ts
var USAGE = "usage: pathwatch job <type> [--param k=v ...] [--id ID] [--budget 10m] [--interval 2s] [--out FILE] [--config PATH]\n       pathwatch job --watch <id> [--budget 10m] [--out FILE] [--config PATH]";
function parseParamValue(text) {
  if (text === "true" || text === "false") return text === "true";
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
function duration(flag, value) {
  const ms = value === void 0 ? null : parseDuration(value);
  if (ms === null || ms <= 0) throw new UserError(`${flag} needs a duration like 90s, 10m or 1h`);
  return ms;
}
function parseJobArgs(argv) {
  const out = {
    type: null,
    params: {},
    id: null,
    budgetMs: 10 * MINUTE_MS,
    intervalMs: 2e3,
    outFile: null,
    config: void 0
  };
  let watch = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = () => {
      const v = argv[++i];
      if (v === void 0 || v.startsWith("--")) throw new UserError(`${arg} needs a value
${USAGE}`);
      return v;
    };
    if (arg === "--param") {
      const pair = value();
      const eq = pair.indexOf("=");
      if (eq < 1) throw new UserError(`--param needs key=value, got '${pair}'`);
      out.params[pair.slice(0, eq)] = parseParamValue(pair.slice(eq + 1));
    } else if (arg === "--id") out.id = value();
    else if (arg === "--watch") {
      watch = true;
      out.id = value();
    } else if (arg === "--budget") out.budgetMs = duration(arg, value());
    else if (arg === "--interval") out.intervalMs = duration(arg, value());
    else if (arg === "--out") out.outFile = value();
    else if (arg === "--config") out.config = value();
    else if (!arg.startsWith("--") && out.type === null && !watch) {
      const parsed = JobTypeSchema.safeParse(arg);
      if (!parsed.success)
        throw new UserError(`unknown job type '${arg}' (${JobTypeSchema.options.join(", ")})`);
      out.type = parsed.data;
    } else throw new UserError(`unexpected argument '${arg}'
${USAGE}`);
  }
  if (watch === (out.type !== null)) throw new UserError(USAGE);
  if (watch && Object.keys(out.params).length > 0)
    throw new UserError("--param only applies when starting a job");
  return out;
}
function itemsPerSecond(samples, windowMs = MINUTE_MS) {
  const last = samples.at(-1);
  if (!last) return null;
  const first = samples.find((s) => s.at >= last.at - windowMs) ?? last;
  if (last.at <= first.at) return null;
  return (last.done - first.done) * 1e3 / (last.at - first.at);
}
function etaMs(status, rate) {
  const total = status.progress.total;
  if (total === null || rate === null || rate <= 0) return null;
  return Math.max(0, total - status.progress.done) / rate * 1e3;
}
function progressLine(status, rate) {
  const p = status.progress;
  const parts = [`${status.id} ${status.state}`, p.phase ? `[${p.phase}]` : ""];
  parts.push(p.total === null ? `${p.done} done` : `${p.done}/${p.total}`);
  if (p.percent !== null) parts.push(`${p.percent.toFixed(1)}%`);
  if (rate !== null) parts.push(`${rate.toFixed(1)} items/s`);
  const eta = etaMs(status, rate);
  if (eta !== null && status.state === "running") parts.push(`ETA ${formatDuration(eta)}`);
  if (status.error) parts.push(`last error: ${status.error.code}`);
  return parts.filter(Boolean).join(" ");
}
function resultRows(result) {
  const rows = [];
  for (const [key, value] of Object.entries(result ?? {})) {
    if (typeof value === "number")
      rows.push([key, Number.isInteger(value) ? String(value) : value.toPrecision(6)]);
    else if (typeof value === "string" || typeof value === "boolean")
      rows.push([key, neutralize(String(value), 120)]);
  }
  return rows;
}
var SavedQuantitiesSchema = external_exports.object({
  doRequests: external_exports.number().nonnegative(),
  gbSeconds: external_exports.number().nonnegative()
});
function pricedRows(status, prices = DEFAULT_PRICES) {
  const parsed = SavedQuantitiesSchema.safeParse(status.result?.savedQuantities);
  if (!parsed.success) return [];
  const q = parsed.data;
  const usd = grossPrice(prices.items.do_requests, q.doRequests) + grossPrice(prices.items.do_duration, q.gbSeconds);
  return [
    ["savedDoRequests", String(q.doRequests)],
    ["savedGbSeconds", q.gbSeconds.toPrecision(6)],
    ["estimatedSavingsUsd", `${usd.toFixed(6)} (${prices.plan} list prices as of ${prices.asOf})`]
  ];
}
function renderJobSummary(status, note, prices = DEFAULT_PRICES) {
  const p = status.progress;
  const elapsed = Date.parse(status.finishedAt ?? status.updatedAt) - Date.parse(status.createdAt);
  const lines = [
    `## pathwatch job \`${status.type}\``,
    "",
    `| job | state | progress | elapsed |`,
    "|---|---|---|---|",
    `| ${neutralize(status.id, 80)} | ${status.state} | ${p.done}/${p.total ?? "?"} (${p.percent === null ? "?" : p.percent.toFixed(1)}%) | ${formatDuration(elapsed)} |`,
    ""
  ];
  if (status.error)
    lines.push(`**Error** \`${status.error.code}\`: ${neutralize(status.error.message, 300)}`, "");
  if (note.budgetExhausted) {
    lines.push(
      `The time budget ran out while the job kept running; follow it with \`pathwatch job --watch ${status.id}\`.`,
      ""
    );
  }
  if (note.download) lines.push(`Export downloaded to \`${neutralize(note.download, 200)}\`.`, "");
  const rows = [...resultRows(status.result), ...pricedRows(status, prices)];
  if (rows.length > 0)
    lines.push(
      "| result | value |",
      "|---|---|",
      ...rows.map(([k, v]) => `| ${neutralize(k, 60)} | ${v} |`),
      ""
    );
  return lines.join("\n");
}

// action/src/commands/job.ts
var QUIET_REPRINT_MS = 15e3;
function sleep(ms, signal) {
  return new Promise((resolveSleep) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolveSleep();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
async function followJob(client, id, opts) {
  const now = opts.now ?? Date.now;
  const deadline = now() + opts.budgetMs;
  const samples = [];
  let lastLine = "";
  let lastPrint = 0;
  for (; ; ) {
    const status = await client.jobStatus(id);
    samples.push({ at: now(), done: status.progress.done });
    const line = progressLine(status, itemsPerSecond(samples));
    const terminal = status.state === "succeeded" || status.state === "failed";
    const changed = line.replace(/ \S+ items\/s.*$/, "") !== lastLine.replace(/ \S+ items\/s.*$/, "");
    if (changed || terminal || now() - lastPrint >= QUIET_REPRINT_MS) {
      opts.print(line);
      lastLine = line;
      lastPrint = now();
    }
    if (terminal) return { status, budgetExhausted: false };
    if (now() + opts.intervalMs > deadline || opts.signal.aborted) return { status, budgetExhausted: true };
    await sleep(opts.intervalMs, opts.signal);
  }
}
function clientFor(ctx, env) {
  const { PATHWATCH_URL: url, PATHWATCH_ADMIN_TOKEN: token } = env;
  if (!url) throw new UserError("set PATHWATCH_URL to the collector Worker URL");
  if (!token) throw new UserError("set PATHWATCH_ADMIN_TOKEN to the collector admin token");
  return createWorkerClient({ url, token, signal: ctx.signal });
}
async function startOrResume(ctx, client, args) {
  if (args.type === null) return args.id ?? "";
  const id = args.id ?? newJobId(args.type);
  const accepted = await client.startJob(args.type, args.params, id).catch((e) => {
    if (e instanceof UpstreamError && e.status === 409)
      throw new UserError(`job ${id} (${args.type}) not started: ${e.message}`);
    throw e;
  });
  ctx.stdout(`job ${accepted.id} (${args.type}) ${startedHow(accepted, id)}`);
  return accepted.id;
}
function startedHow(accepted, id) {
  if (accepted.created) return "started";
  if (accepted.resumed) return "resumed (it had failed)";
  if (accepted.id !== id) return `already running with the same params (asked as ${id}); following it`;
  return "already exists";
}
var command = async (ctx) => {
  const args = parseJobArgs(ctx.argv);
  if (args.outFile && args.type !== null && args.type !== "export")
    throw new UserError("--out only applies to export jobs");
  const env = parseEnv(ctx.env);
  const { config } = await loadConfig(args.config, ctx.cwd);
  const client = clientFor(ctx, env);
  const id = await startOrResume(ctx, client, args);
  const { status, budgetExhausted } = await followJob(client, id, {
    ...args,
    signal: ctx.signal,
    print: ctx.stdout
  });
  let download;
  if (args.outFile && status.state === "succeeded") {
    if (status.type !== "export")
      throw new UserError(`--out: job ${id} is a ${status.type} job, not an export`);
    download = resolve(ctx.cwd, args.outFile);
    const got = await client.downloadExport(id, download);
    ctx.stdout(`downloaded ${got.bytes} bytes (${got.records ?? "?"} records) to ${download}`);
  }
  if (budgetExhausted) ctx.stdout(`time budget used up; the job keeps running: pathwatch job --watch ${id}`);
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const summary = renderJobSummary(status, { budgetExhausted, download }, pricesFor(config));
    await appendFile(summaryFile, `${summary}
`);
  }
  if (status.state === "failed") {
    ctx.stderr(`job ${id} failed: ${status.error?.code ?? "error"}: ${status.error?.message ?? ""}`);
    return 1;
  }
  return 0;
};
var job_default = command;

export {
  followJob,
  job_default
};
