import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  ErrorBodySchema,
  IpDetailSchema,
  JobAcceptedSchema,
  JobStatusSchema,
  SnapshotSchema,
  TimeseriesSchema,
  TopResponseSchema,
  UsageResponseSchema
} from "./chunk-4CZOPRJI.js";
import {
  UpstreamError
} from "./chunk-IHO4MLRJ.js";

// action/src/adapters/worker-client.ts
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

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
  return new UpstreamError(`${what} answered HTTP ${res.status}${hint}: ${message}`, res.status, "collector");
}
function createWorkerHttp(opts) {
  const base = opts.url.replace(/\/+$/, "");
  const retries = opts.retries ?? 3;
  const backoff = opts.backoffMs ?? 250;
  let sent = 0;
  async function once(method, path, body) {
    const what = `${method} ${path}`;
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
      throw new UpstreamError(`${what}: ${e.message}`, 0, "collector");
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
      `${method} ${path} returned an unexpected payload: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
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
    ipDetail: (ip, limit) => http.json("GET", `/api/admin/ips/${enc(ip)}?limit=${limit}&sort=count`, IpDetailSchema),
    startJob: (type, params, id) => http.json("POST", "/api/admin/jobs", JobAcceptedSchema, { type, id, params }),
    jobStatus: (id) => http.json("GET", `/api/admin/jobs/${enc(id)}`, JobStatusSchema),
    /** Streams a finished export into `file` (written to a temporary name, renamed when complete). */
    downloadExport: (id, file) => download(http, id, file),
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
  neutralize,
  neutralizePlain,
  capBody
};
