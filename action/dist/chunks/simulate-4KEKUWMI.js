import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  simulateTraffic
} from "./chunk-UQF4ZR4Q.js";
import {
  parseDuration,
  parseEnv
} from "./chunk-5L6HU7UT.js";
import {
  UserError
} from "./chunk-IHO4MLRJ.js";

// action/src/commands/simulate.ts
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
var USAGE = "simulate --url URL [--ips N] [--events N] [--seed S] [--token T] [--batch N] [--concurrency N] [--duration 30s]";
function intOption(name, value, fallback, max) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UserError(`--${name} must be an integer from 1 to ${max}`);
  return n;
}
function formatSummary(s) {
  const ms = (v) => v === null ? "n/a" : `${v.toFixed(1)} ms`;
  return [
    `events sent:   ${s.events} from ${s.distinctIps} of ${s.simulatedIps} simulated IPs in ${s.requests} requests (${s.retries} retries)`,
    `accepted:      ${s.accepted} (duplicates ${s.duplicates}, journaled ${s.journaled})`,
    `rejected:      ${s.rejected} events in ${s.failedRequests} failed requests`,
    `throughput:    ${s.eventsPerSecond.toFixed(0)} events/s over ${(s.durationMs / 1e3).toFixed(1)} s`,
    `latency:       p50 ${ms(s.latencyMs.p50)}, p95 ${ms(s.latencyMs.p95)}, p99 ${ms(s.latencyMs.p99)}`,
    `statuses:      ${Object.entries(s.statusCounts).map(([k, v]) => `${k}\xD7${v}`).join(" ")}`,
    ...s.firstError ? [`first error:   ${s.firstError}`] : []
  ];
}
var command = async (ctx) => {
  const { values } = parseArgs({
    args: ctx.argv,
    options: {
      url: { type: "string" },
      ips: { type: "string" },
      events: { type: "string" },
      seed: { type: "string" },
      token: { type: "string" },
      batch: { type: "string" },
      concurrency: { type: "string" },
      duration: { type: "string" }
    },
    strict: true
  });
  const env = parseEnv(ctx.env);
  const url = values.url ?? env.PATHWATCH_URL;
  if (!url || !URL.canParse(url)) throw new UserError(`simulate needs --url (or PATHWATCH_URL): ${USAGE}`);
  const paceMs = values.duration === void 0 ? void 0 : parseDuration(values.duration);
  if (paceMs === null) throw new UserError("--duration must look like 30s or 2m");
  const events = intOption("events", values.events, 5e3, 1e6);
  let reported = 0;
  const summary = await simulateTraffic({
    url,
    token: values.token ?? env.PATHWATCH_INGEST_TOKEN,
    ips: intOption("ips", values.ips, 200, 1e6),
    events,
    seed: intOption("seed", values.seed, 1, 2 ** 31),
    batch: intOption("batch", values.batch, 50, 1e3),
    concurrency: intOption("concurrency", values.concurrency, 4, 64),
    paceMs,
    runId: randomUUID().slice(0, 8),
    signal: ctx.signal,
    onProgress: (p) => {
      if (p.sent < p.total && p.sent - reported < p.total / 10) return;
      reported = p.sent;
      ctx.stdout(
        `simulate: ${p.sent}/${p.total} events sent, ${p.accepted} accepted, ${p.journaled} journaled`
      );
    }
  });
  for (const line of formatSummary(summary)) ctx.stdout(line);
  return summary.failedRequests === 0 && summary.accepted === summary.events ? 0 : 1;
};
var simulate_default = command;
export {
  simulate_default as default,
  formatSummary
};
