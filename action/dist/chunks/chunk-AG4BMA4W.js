import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  ErrorBodySchema,
  HeartbeatRequestSchema,
  IpDetailSchema,
  JobAcceptedSchema,
  JobStatusSchema,
  PathsNewResponseSchema,
  PathsTopResponseSchema,
  SnapshotSchema,
  TimeseriesSchema,
  TopResponseSchema,
  UsageResponseSchema,
  external_exports,
  networkPrefix
} from "./chunk-5L6HU7UT.js";
import {
  UpstreamError
} from "./chunk-IHO4MLRJ.js";

// action/src/adapters/worker-client.ts
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// worker/src/contract/history.ts
var count = external_exports.number().int().nonnegative();
var isoTime = external_exports.iso.datetime({ offset: true });
var MAX_HISTORY_HOURS = 92 * 24;
var HistoryHourSchema = external_exports.object({
  /** Start of the hour (UTC, on the hour). */
  start: isoTime,
  /** Events recorded by the collectors. */
  records: count,
  /**
   * Served `POST /record` requests by end-to-end latency: `[ms, requests]` pairs. Their sum is
   * the hour's request count (the time series counts requests by their latency observations).
   */
  latency: external_exports.array(external_exports.tuple([external_exports.number().nonnegative(), count])).max(64),
  /** Server-side failures by reason (e.g. `do_error`, `timeout`). */
  errors: external_exports.record(external_exports.string().min(1).max(40), count).default({}),
  timeouts: count.default(0),
  /** Requests that sent at least one event to the fallback journal. */
  fallbacks: count.default(0),
  doRequests: external_exports.object({ record: count, report: count, admin: count, job: count }).default({ record: 0, report: 0, admin: 0, job: 0 }),
  rowsRead: count.default(0),
  rowsWritten: count.default(0),
  activeSeconds: external_exports.number().nonnegative().default(0),
  /** Distinct client IPs with events in the hour, and of those first seen in it. */
  activeIps: count.default(0),
  newIps: count.default(0),
  newPaths: count.default(0)
});
var HistoryImportSchema = external_exports.object({
  hours: external_exports.array(HistoryHourSchema).min(1).max(MAX_HISTORY_HOURS),
  /** Stored bytes at the end of each UTC day (optional; the cost model's storage line). */
  storedBytes: external_exports.record(external_exports.iso.date(), count).default({})
});
var HistoryImportResponseSchema = external_exports.object({
  hours: count,
  days: count,
  from: isoTime,
  until: isoTime
});

// worker/src/contract/redact.ts
var RUN = /[0-9A-Fa-f:.]+/g;
var V4_RUN = /[0-9.]+/g;
var MAX_ADDRESS = 46;
function prefixOf(run) {
  if (run.length > MAX_ADDRESS + 1) return null;
  const trimmed = run.endsWith(".") || run.endsWith(":") ? run.slice(0, -1) : run;
  const prefix = networkPrefix(trimmed);
  return prefix === null ? null : prefix + run.slice(trimmed.length);
}
function redactRun(run) {
  const whole = prefixOf(run);
  if (whole !== null) return whole;
  for (let k = run.indexOf(":", run.length - MAX_ADDRESS - 2); k !== -1; k = run.indexOf(":", k + 1)) {
    const tail = prefixOf(run.slice(k + 1));
    if (tail !== null) return redactV4(run.slice(0, k + 1)) + tail;
  }
  return redactV4(run);
}
function redactV4(text) {
  return text.replace(V4_RUN, (run) => prefixOf(run) ?? run);
}
function redactIps(text) {
  return text.replace(RUN, redactRun);
}

// action/src/adapters/worker-http.ts
function isRetryable(status) {
  return status === 0 || status === 429 || status >= 500;
}
async function errorMessage(res) {
  const text = await res.text().catch(() => "");
  try {
    return ErrorBodySchema.parse(JSON.parse(text)).error.message;
  } catch {
    return text.slice(0, 300);
  }
}
async function failure(what, res) {
  const message = await errorMessage(res);
  const hint = res.status === 401 ? " (check PATHWATCH_ADMIN_TOKEN)" : "";
  return new UpstreamError(
    `${what} answered HTTP ${res.status}${hint}: ${withoutIps(message)}`,
    res.status,
    "collector"
  );
}
function withoutIps(text) {
  try {
    return redactIps(decodeURIComponent(text));
  } catch {
    return redactIps(text);
  }
}
function createWorkerHttp(opts) {
  const base = opts.url.replace(/\/+$/, "");
  const retries = opts.retries ?? 3;
  const backoff = opts.backoffMs ?? 250;
  let sent = 0;
  async function once(method, path, body) {
    const what = `${method} ${withoutIps(path)}`;
    sent++;
    const signal = AbortSignal.any([
      AbortSignal.timeout(opts.timeoutMs ?? 3e4),
      ...opts.signal ? [opts.signal] : []
    ]);
    let res;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${opts.token}`,
          accept: "application/json",
          ...body === void 0 ? {} : { "content-type": "application/json" }
        },
        ...body === void 0 ? {} : { body: JSON.stringify(body) },
        signal
      });
    } catch (e) {
      throw new UpstreamError(`${what}: ${withoutIps(e.message)}`, 0, "collector");
    }
    if (!res.ok) throw await failure(what, res);
    return res;
  }
  async function send(method, path, body) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(method, path, body);
      } catch (e) {
        const status = e instanceof UpstreamError ? e.status : 0;
        if (attempt >= retries || !isRetryable(status) || opts.signal?.aborted) throw e;
        await new Promise((r) => setTimeout(r, backoff * 4 ** attempt));
      }
    }
  }
  async function json(method, path, schema, body) {
    const res = await send(method, path, body);
    const parsed = schema.safeParse(await res.json().catch(() => void 0));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new UpstreamError(
      `${method} ${withoutIps(path)} returned an unexpected payload: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
      res.status,
      "collector"
    );
  }
  return { send, json, requests: () => sent };
}

// action/src/adapters/worker-client.ts
function newJobId(type, now = Date.now()) {
  return `${type}-${now.toString(36)}-${Math.random().toString(16).slice(2, 10)}`;
}
function createWorkerClient(opts) {
  const http = createWorkerHttp(opts);
  const enc = encodeURIComponent;
  return {
    snapshot: () => http.json("GET", "/api/admin/snapshot", SnapshotSchema),
    timeseries: (window) => http.json("GET", `/api/admin/timeseries?window=${window}`, TimeseriesSchema),
    usage: async (days) => (await http.json("GET", `/api/admin/usage?days=${days}`, UsageResponseSchema)).days,
    top: (by, limit) => http.json("GET", `/api/admin/top?by=${by}&limit=${limit}`, TopResponseSchema),
    /** Top paths across all clients (one DO call per shard on the Worker). */
    pathsTop: (q) => http.json(
      "GET",
      `/api/admin/paths/top?by=${q.by}&window=${q.window}&limit=${q.limit}`,
      PathsTopResponseSchema
    ),
    /** Paths no client called before `since` (ISO 8601), newest first. */
    pathsNew: (q) => http.json("GET", `/api/admin/paths/new?since=${enc(q.since)}&limit=${q.limit}`, PathsNewResponseSchema),
    ipDetail: (ip, limit) => http.json("GET", `/api/admin/ips/${enc(ip)}?limit=${limit}&sort=count`, IpDetailSchema),
    startJob: (type, params, id) => http.json("POST", "/api/admin/jobs", JobAcceptedSchema, { type, id, params }),
    jobStatus: (id) => http.json("GET", `/api/admin/jobs/${enc(id)}`, JobStatusSchema),
    /** Streams a finished export into `file` (written to a temporary name, renamed when complete). */
    downloadExport: (id, file) => download(http, id, file),
    /** Imports hourly history for time before the collector's own data (`POST /api/admin/history`). */
    importHistory: (body) => http.json("POST", "/api/admin/history", HistoryImportResponseSchema, HistoryImportSchema.parse(body)),
    /** The monitor's end-of-run heartbeat: the only thing that feeds the Worker's dead-man watchdog. */
    heartbeat: async (beat) => {
      const res = await http.send("POST", "/api/admin/heartbeat", HeartbeatRequestSchema.parse(beat));
      await res.body?.cancel();
    },
    /** HTTP requests sent so far, retries included. */
    requests: () => http.requests()
  };
}
async function download(http, id, file) {
  const path = `/api/admin/jobs/${encodeURIComponent(id)}/download`;
  const res = await http.send("GET", path);
  if (!res.body) throw new UpstreamError(`GET ${path} returned no body`, res.status, "collector");
  const partial = `${file}.partial`;
  let bytes = 0;
  const counted = Readable.fromWeb(res.body).on("data", (chunk) => {
    bytes += chunk.length;
  });
  try {
    await pipeline(counted, createWriteStream(partial));
  } catch (e) {
    await rm(partial, { force: true });
    throw new UpstreamError(
      `GET ${path} broke off after ${bytes} bytes: ${e.message}`,
      0,
      "collector"
    );
  }
  await rename(partial, file);
  const records = res.headers.get("x-pathwatch-records");
  return { bytes, records: records === null ? null : Number(records) };
}

// action/src/core/cost/prices.ts
var METERED_COMPONENTS = [
  "workers_requests",
  "do_requests",
  "do_duration",
  "sqlite_rows_read",
  "sqlite_rows_written",
  "sqlite_storage",
  "kv_reads",
  "kv_writes",
  "r2_class_a",
  "r2_class_b"
];
var DO = "https://developers.cloudflare.com/durable-objects/platform/pricing/";
var WORKERS = "https://developers.cloudflare.com/workers/platform/pricing/";
var KV = "https://developers.cloudflare.com/kv/platform/pricing/";
var R2 = "https://developers.cloudflare.com/r2/pricing/";
var DEFAULT_PRICES = {
  asOf: "2026-11-22",
  currency: "USD",
  plan: "Workers Paid",
  subscription: 5,
  items: {
    workers_requests: {
      label: "Workers requests",
      unit: "request",
      per: 1e6,
      price: 0.3,
      included: 1e7,
      source: WORKERS
    },
    do_requests: { label: "DO requests", unit: "request", per: 1e6, price: 0.15, included: 1e6, source: DO },
    do_duration: {
      label: "DO duration (128 MB)",
      unit: "GB-s",
      per: 1e6,
      price: 12.5,
      included: 4e5,
      source: DO
    },
    sqlite_rows_read: {
      label: "SQLite rows read",
      unit: "row",
      per: 1e6,
      price: 1e-3,
      included: 25e9,
      source: DO
    },
    sqlite_rows_written: {
      label: "SQLite rows written",
      unit: "row",
      per: 1e6,
      price: 1,
      included: 5e7,
      source: DO
    },
    sqlite_storage: {
      label: "SQLite storage",
      unit: "GB-month",
      per: 1,
      price: 0.2,
      included: 5,
      source: DO
    },
    kv_reads: { label: "KV reads", unit: "read", per: 1e6, price: 0.5, included: 1e7, source: KV },
    kv_writes: { label: "KV writes", unit: "write", per: 1e6, price: 5, included: 1e6, source: KV },
    r2_class_a: { label: "R2 Class A", unit: "operation", per: 1e6, price: 4.5, included: 1e6, source: R2 },
    r2_class_b: { label: "R2 Class B", unit: "operation", per: 1e6, price: 0.36, included: 1e7, source: R2 }
  }
};
var NOT_MEASURED = [
  "Workers CPU time",
  "KV storage",
  "R2 storage",
  "data transfer (free on Cloudflare)"
];
function mergePrices(base, override) {
  if (!override) return base;
  const items = { ...base.items };
  for (const key of METERED_COMPONENTS) {
    const patch = override.items?.[key];
    if (patch) items[key] = { ...items[key], ...stripUndefined(patch) };
  }
  return {
    ...base,
    ...stripUndefined({ asOf: override.asOf, plan: override.plan, subscription: override.subscription }),
    items
  };
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function priceQuantity(item, quantity) {
  return Math.max(0, quantity - item.included) / item.per * item.price;
}
function grossPrice(item, quantity) {
  return quantity / item.per * item.price;
}

// action/src/core/sanitize.ts
var BODY_BUDGET = 6e4;
var ZWSP = "&#8203;";
var INVISIBLE = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
);
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
var MD_PUNCT = /[\\`*_{}[\]()#+\-.!|~]/g;
function stripControls(text) {
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
function neutralize(text, max = 200) {
  let clean = stripControls(text);
  if (clean.length > max) clean = `${clean.slice(0, max - 1)}\u2026`;
  return clean.replace(MD_PUNCT, (c) => `\\${c}`).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(/@/g, `@${ZWSP}`).replace(/\\#/g, `\\#${ZWSP}`).replace(/\b(GH)\\-(?=\d)/gi, `$1${ZWSP}\\-`).replace(/:\/\//g, `${ZWSP}://`).replace(/\b(www)\\\./gi, `$1${ZWSP}\\.`);
}
function neutralizePlain(text, max = 200) {
  let clean = stripControls(text);
  if (clean.length > max) clean = `${clean.slice(0, max - 1)}\u2026`;
  return clean.replace(/([@#])/g, "$1\u200B").replace(/:\/\//g, "\u200B://");
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
function capBody(content, tail, budget = BODY_BUDGET) {
  const room = budget - tail.length - 80;
  if (content.length <= room) return `${content}
${tail}`;
  const cut = content.lastIndexOf("\n", room);
  const kept = content.slice(0, cut > 0 ? cut : room);
  return `${kept}

_\u2026 truncated: the full body exceeded GitHub's size limit._
${tail}`;
}

export {
  newJobId,
  createWorkerClient,
  METERED_COMPONENTS,
  DEFAULT_PRICES,
  NOT_MEASURED,
  mergePrices,
  priceQuantity,
  grossPrice,
  stripControls,
  neutralize,
  neutralizePlain,
  escapeHtml,
  capBody
};
