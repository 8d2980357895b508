import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  JOB_INTERVAL_MS,
  JOB_OVERDUE_GRACE,
  computeHealth
} from "./chunk-T2RDBBMA.js";
import {
  analyzeCost,
  pricesFor
} from "./chunk-R45UPBC3.js";
import {
  anonymizeIp,
  parseIssue,
  resolveOwner
} from "./chunk-N7TUJ5SC.js";
import {
  SEVERITIES,
  costOptionsFor,
  require_lib,
  severityRank
} from "./chunk-UPQ3O4ES.js";
import {
  DAY_MS,
  DAY_SECONDS,
  HOUR_SECONDS,
  JOB_TYPES,
  MINUTE_SECONDS,
  OTHER_PATH,
  PathsNewResponseSchema,
  PathsTopResponseSchema,
  SnapshotSchema,
  TimeseriesSchema,
  UsageResponseSchema,
  external_exports,
  splitByAuthor
} from "./chunk-5L6HU7UT.js";
import {
  UpstreamError,
  UserError,
  __toESM
} from "./chunk-IHO4MLRJ.js";

// reports-site/src/build.ts
import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

// reports-site/src/core/anonymise.ts
import { createHmac } from "node:crypto";
function anonymiseIp(ip, how) {
  switch (how.mode) {
    case "none":
      return ip;
    case "hash":
      return `anon-${createHmac("sha256", how.salt).update(ip.trim().toLowerCase()).digest("hex").slice(0, 12)}`;
    case "prefix":
      return anonymizeIp(ip);
  }
}
function describeAnonymisation(how) {
  switch (how.mode) {
    case "none":
      return "IP addresses are shown in full: the site owner turned anonymisation off.";
    case "hash":
      return "IP addresses are replaced by a keyed hash (HMAC-SHA256 with a secret salt).";
    case "prefix":
      return "IP addresses are truncated to their /24 (IPv4) or /48 (IPv6) network.";
  }
}

// reports-site/src/core/display/format.ts
var INT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
var UTC_DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23"
});
var NO_DATA = "\u2014";
function formatInt(n) {
  return n === null ? NO_DATA : INT.format(n);
}
function formatCompact(n) {
  if (n === null) return NO_DATA;
  return Math.abs(n) < 1e3 ? formatDecimal(n) : COMPACT.format(n);
}
function formatDecimal(n) {
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }).format(n);
}
function formatMs(ms) {
  if (ms === null) return NO_DATA;
  if (ms >= 1e3) return `${formatDecimal(ms / 1e3)} s`;
  return `${formatDecimal(ms)} ms`;
}
function formatPercent(ratio2) {
  if (ratio2 === null) return NO_DATA;
  const pct = ratio2 * 100;
  if (pct !== 0 && Math.abs(pct) < 0.01) return `${pct.toPrecision(1)}%`;
  return `${formatDecimal(pct)}%`;
}
function formatBytes(bytes) {
  if (bytes === null) return NO_DATA;
  const units = ["B", "KB", "MB", "GB", "TB"];
  let v = bytes;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${i === 0 ? INT.format(v) : formatDecimal(v)} ${units[i]}`;
}
function formatMoney(amount, currency = "USD") {
  if (amount === null) return NO_DATA;
  const digits = amount !== 0 && Math.abs(amount) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  }).format(amount);
}
function formatDuration(seconds2) {
  const s = Math.max(0, Math.round(seconds2));
  if (s < MINUTE_SECONDS) return `${s} s`;
  if (s < HOUR_SECONDS) return `${Math.round(s / MINUTE_SECONDS)} min`;
  if (s < DAY_SECONDS) {
    const m = Math.round(s % HOUR_SECONDS / MINUTE_SECONDS);
    return m ? `${Math.floor(s / HOUR_SECONDS)} h ${m} min` : `${Math.floor(s / HOUR_SECONDS)} h`;
  }
  const h = Math.round(s % DAY_SECONDS / HOUR_SECONDS);
  return h ? `${Math.floor(s / DAY_SECONDS)} d ${h} h` : `${Math.floor(s / DAY_SECONDS)} d`;
}
function formatUtc(ms) {
  const parts = Object.fromEntries(UTC_DATE_TIME.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} UTC`;
}

// reports-site/src/core/outputs/budget.ts
var DEFAULT_BUDGET = { jsGzipBytes: 80 * 1024, htmlGzipBytes: 60 * 1024 };
function checkBudget(files, budget) {
  const sum = (ext) => files.filter((f) => f.path.endsWith(ext)).reduce((n, f) => n + f.gzipBytes, 0);
  const js = sum(".js");
  const html = sum(".html");
  const violations = [];
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (js > budget.jsGzipBytes)
    violations.push(`JavaScript is ${kb(js)} gzip, over the ${kb(budget.jsGzipBytes)} budget`);
  if (html > budget.htmlGzipBytes)
    violations.push(`HTML is ${kb(html)} gzip, over the ${kb(budget.htmlGzipBytes)} budget`);
  return { js, html, violations };
}

// reports-site/src/core/display/health.ts
var STATUS = {
  ok: { text: "OK", icon: "\u2713" },
  warning: { text: "Warning", icon: "\u25B2" },
  critical: { text: "Critical", icon: "\u2715" },
  unknown: { text: "No data", icon: "\u2013" }
};
function status(level, text) {
  const s = STATUS[level];
  return { level, text: text ?? s.text, icon: s.icon };
}
function levelOf(value, t) {
  if (value === null) return "unknown";
  if (t.critical !== null && value >= t.critical) return "critical";
  if (t.warning !== null && value >= t.warning) return "warning";
  return "ok";
}
function healthStatus(score) {
  if (score === null) return status("unknown");
  if (score >= 90) return status("ok", "Good");
  if (score >= 60) return status("warning", "Degraded");
  return status("critical", "Poor");
}

// reports-site/src/core/sections/alerts.ts
var rank = (s) => severityRank(s === "info" ? null : s);
var LEVEL = { critical: "critical", warning: "warning", info: "ok" };
function safeHttpUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}
function selectAlerts(alerts, now, withinDays) {
  if (alerts === null) return { firing: [], resolved: [] };
  const since = now - withinDays * DAY_MS;
  const timeOf = (a) => Date.parse(a.resolvedAt ?? a.openedAt);
  const order = (a, b) => rank(b.severity) - rank(a.severity) || timeOf(b) - timeOf(a);
  return {
    firing: alerts.filter((a) => a.state === "firing").sort(order),
    resolved: alerts.filter((a) => a.state === "resolved" && a.resolvedAt !== null && Date.parse(a.resolvedAt) >= since).sort(order)
  };
}
function alertsPanel(alerts, now, withinDays) {
  const { firing, resolved } = selectAlerts(alerts, now, withinDays);
  const critical = firing.filter((a) => a.severity === "critical").length;
  const summary = alerts === null ? "Alert issues were not read for this build." : firing.length === 0 ? "No alert is firing." : `${firing.length} firing${critical ? ` (${critical} critical)` : ""}.`;
  return {
    loaded: alerts !== null,
    firing: firing.map((a) => alertRow(a, now)),
    resolved: resolved.map((a) => alertRow(a, now)),
    summary,
    resolvedWithinDays: withinDays
  };
}
function alertRow(a, now) {
  const opened = Date.parse(a.openedAt);
  const resolved = a.resolvedAt === null ? null : Date.parse(a.resolvedAt);
  const severityText = a.severity[0]?.toUpperCase() + a.severity.slice(1);
  return {
    fingerprint: a.fingerprint,
    title: a.title,
    severity: status(LEVEL[a.severity], severityText),
    state: a.state,
    stateText: a.state === "firing" ? "Firing" : "Resolved",
    flapping: a.flapping,
    url: safeHttpUrl(a.url),
    openedIso: a.openedAt,
    openedText: formatUtc(opened),
    resolvedIso: a.resolvedAt,
    resolvedText: resolved === null ? null : formatUtc(resolved),
    durationText: resolved === null ? `firing for ${formatDuration((now - opened) / 1e3)}` : `lasted ${formatDuration((resolved - opened) / 1e3)}`,
    labels: Object.entries(a.labels).sort(([x], [y]) => x.localeCompare(y)).map(([name, value]) => ({ name, value }))
  };
}

// reports-site/src/core/outputs/feed.ts
var NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function escapeXml(s) {
  return s.replace(NOT_XML_CHAR, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function renderAtomFeed(alerts, o) {
  const { firing, resolved } = selectAlerts(alerts, o.now, o.withinDays);
  const updatedOf = (a) => a.resolvedAt ?? a.openedAt;
  const entries = [...firing, ...resolved].sort(
    (a, b) => Date.parse(updatedOf(b)) - Date.parse(updatedOf(a))
  );
  const base = o.siteUrl ? safeHttpUrl(o.siteUrl.replace(/\/?$/, "/")) : null;
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(base ? `${base}feed.xml` : "urn:pathwatch:incidents")}</id>`,
    `  <title>${escapeXml(`${o.title} incidents`)}</title>`,
    `  <updated>${escapeXml(entries[0] ? updatedOf(entries[0]) : o.generatedAt)}</updated>`,
    "  <author><name>pathwatch</name></author>",
    "  <generator>pathwatch</generator>",
    ...base ? [
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}feed.xml`)}"/>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(base)}"/>`
    ] : []
  ];
  return `${[...head, ...entries.map(entry), "</feed>"].join("\n")}
`;
}
function entry(a) {
  const url = safeHttpUrl(a.url);
  const state = a.state === "firing" ? "firing" : "resolved";
  const labels = Object.entries(a.labels).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => `${k}=${v}`).join(", ");
  const summary = a.state === "firing" ? `Firing since ${a.openedAt}.` : `Opened ${a.openedAt}, resolved ${a.resolvedAt ?? "at an unknown time"}.`;
  return [
    "  <entry>",
    `    <id>urn:pathwatch:alert:${escapeXml(encodeURIComponent(a.fingerprint))}:${Date.parse(a.openedAt)}</id>`,
    `    <title>${escapeXml(`[${a.severity}] ${a.title} (${state})`)}</title>`,
    `    <published>${escapeXml(a.openedAt)}</published>`,
    `    <updated>${escapeXml(a.resolvedAt ?? a.openedAt)}</updated>`,
    ...url ? [`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`] : [],
    `    <category term="${escapeXml(a.severity)}"/>`,
    `    <summary type="text">${escapeXml(labels ? `${summary} Labels: ${labels}.` : summary)}</summary>`,
    "  </entry>"
  ].join("\n");
}

// reports-site/src/core/outputs/outputs.ts
var SUMMARY_SCHEMA_VERSION = 1;
function summaryJson(input, options) {
  const now = Date.parse(input.generatedAt);
  const snap = input.snapshot;
  const { firing, resolved } = selectAlerts(input.alerts, now, options.resolvedWithinDays);
  const alert = (a) => ({
    fingerprint: a.fingerprint,
    title: a.title,
    severity: a.severity,
    state: a.state,
    url: a.url,
    openedAt: a.openedAt,
    resolvedAt: a.resolvedAt,
    labels: a.labels
  });
  const cost = input.cost;
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    generatedAt: input.generatedAt,
    snapshotAt: snap.generatedAt,
    stale: (now - Date.parse(snap.generatedAt)) / 1e3 > options.staleAfterSeconds,
    collectorVersion: snap.version,
    summary: { ...snap.summary, healthScore: input.health?.score ?? null },
    health: input.health,
    performance: snap.performance,
    resources: snap.resources,
    business: snap.business,
    cost,
    alerts: input.alerts === null ? null : { firing: firing.map(alert), resolved: resolved.map(alert) },
    topIps: snap.topIps.map((ip) => ({ ...ip, ip: anonymiseIp(ip.ip, options.anonymise) })),
    links: {
      history: { "24h": "history-24h.json", "7d": "history-7d.json", "30d": "history-30d.json" },
      feed: "../feed.xml",
      metrics: "../metrics.prom"
    }
  };
}
function historyJson(ts, generatedAt) {
  return { schemaVersion: SUMMARY_SCHEMA_VERSION, generatedAt, ...ts };
}
var COLOR = {
  ok: "brightgreen",
  warning: "orange",
  critical: "red",
  unknown: "lightgrey"
};
function badges(input, options) {
  const t = options.thresholds;
  const p = input.snapshot.performance;
  const health = input.health?.score ?? null;
  const { firing } = selectAlerts(input.alerts, Date.parse(input.generatedAt), options.resolvedWithinDays);
  const critical = firing.filter((a) => a.severity === "critical").length;
  const projected = input.cost?.projected.cost ?? null;
  const badge = (label, message, level) => ({
    schemaVersion: 1,
    label,
    message,
    color: COLOR[level]
  });
  return {
    health: badge(
      "health",
      health === null ? "no data" : `${formatDecimal(health)} / 100`,
      healthStatus(health).level
    ),
    alerts: input.alerts === null ? badge("alerts", "not loaded", "unknown") : badge(
      "alerts",
      firing.length === 0 ? "none firing" : `${firing.length} firing${critical ? ` (${critical} critical)` : ""}`,
      critical ? "critical" : firing.length ? "warning" : "ok"
    ),
    "p95-latency": badge("p95 latency", formatMs(p.p95Ms).replace("\u2014", "no data"), levelOf(p.p95Ms, t.p95Ms)),
    "error-rate": badge(
      "error rate",
      formatPercent(p.errorRate).replace("\u2014", "no data"),
      levelOf(p.errorRate, t.errorRate)
    ),
    "monthly-cost": badge(
      "projected cost",
      projected === null ? "no data" : `${formatMoney(projected, input.cost?.currency)} / month`,
      levelOf(projected, t.monthlyCost)
    ),
    "active-dos": {
      ...badge("active DOs", formatInt(input.snapshot.summary.activeIps), "ok"),
      color: "blue"
    }
  };
}

// worker/src/contract/prometheus.ts
var NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
var LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function escapeHelp(text) {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function escapeLabelValue(text) {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}
function formatValue(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(v);
}
function formatLabels(labels) {
  const entries = Object.entries(labels ?? {});
  if (entries.length === 0) return "";
  for (const [k] of entries) if (!LABEL.test(k)) throw new Error(`invalid label name ${k}`);
  return `{${entries.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(",")}}`;
}
function renderPrometheus(families) {
  const lines = [];
  for (const f of families) {
    if (!NAME.test(f.name)) throw new Error(`invalid metric name ${f.name}`);
    lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples)
      lines.push(`${f.name}${s.suffix ?? ""}${formatLabels(s.labels)} ${formatValue(s.value)}`);
  }
  return `${lines.join("\n")}
`;
}

// reports-site/src/core/outputs/prometheus.ts
function family(name, help, samples) {
  return {
    name,
    help,
    type: "gauge",
    samples: samples.filter((s) => s.value !== null)
  };
}
var seconds = (ms) => ms === null ? null : ms / 1e3;
function renderSnapshotMetrics(snap) {
  const p = snap.performance;
  const today = snap.usage.today;
  const window = `over the last ${p.windowSeconds} s`;
  return renderPrometheus([
    family(
      "pathwatch_site_durable_objects",
      "Path-collector Durable Objects (one per client IP) by activity state.",
      [
        { labels: { state: "active" }, value: snap.summary.activeIps },
        { labels: { state: "idle" }, value: snap.summary.idleIps }
      ]
    ),
    family("pathwatch_site_record_latency_seconds", `End-to-end record latency ${window}, by statistic.`, [
      { labels: { stat: "avg" }, value: seconds(p.avgMs) },
      { labels: { stat: "p50" }, value: seconds(p.p50Ms) },
      { labels: { stat: "p95" }, value: seconds(p.p95Ms) },
      { labels: { stat: "p99" }, value: seconds(p.p99Ms) }
    ]),
    family("pathwatch_site_record_failure_ratio", `Share of record requests by failure outcome ${window}.`, [
      { labels: { outcome: "error" }, value: p.errorRate },
      { labels: { outcome: "timeout" }, value: p.timeoutRate },
      { labels: { outcome: "fallback" }, value: p.fallbackRate }
    ]),
    family("pathwatch_site_record_throughput_per_second", `Record requests per second ${window}.`, [
      { value: p.throughputPerSecond }
    ]),
    family("pathwatch_site_paths", "Distinct normalised paths across all Durable Objects.", [
      { value: snap.resources.totalPaths }
    ]),
    family("pathwatch_site_storage_bytes", "SQLite storage used by all Durable Objects.", [
      { value: snap.resources.storageBytes }
    ]),
    family("pathwatch_site_journal_backlog", "Events in the fallback journal awaiting replay.", [
      { value: snap.journal.backlog }
    ]),
    family("pathwatch_site_monitoring_overhead_ratio", "Report DO requests per record DO request, today.", [
      { value: snap.overhead.ratio }
    ]),
    family("pathwatch_site_breaker_open", "Whether the circuit breaker is open (1) or not (0).", [
      { value: snap.breaker.state === "open" ? 1 : 0 }
    ]),
    family("pathwatch_site_usage_today", "Cost-model usage so far today (UTC), by kind.", [
      { labels: { kind: "worker_requests" }, value: today.workerRequests },
      { labels: { kind: "do_requests" }, value: today.doRequests },
      { labels: { kind: "rows_read" }, value: today.rowsRead },
      { labels: { kind: "rows_written" }, value: today.rowsWritten },
      { labels: { kind: "active_gb_seconds" }, value: today.activeGbSeconds }
    ]),
    family(
      "pathwatch_site_snapshot_timestamp_seconds",
      "When the collector produced this snapshot (Unix time).",
      [{ value: Date.parse(snap.generatedAt) / 1e3 }]
    )
  ]);
}

// reports-site/src/core/display/sparkline.ts
var SPARK_WIDTH = 120;
var SPARK_HEIGHT = 32;
function downsample(values, buckets) {
  if (values.length <= buckets) return values.slice();
  const out = [];
  const size = values.length / buckets;
  for (let b = 0; b < buckets; b++) {
    let sum = 0;
    let n = 0;
    for (let i = Math.floor(b * size); i < Math.floor((b + 1) * size); i++) {
      const v = values[i];
      if (v !== null && v !== void 0) {
        sum += v;
        n++;
      }
    }
    out.push(n ? sum / n : null);
  }
  return out;
}
function sparklinePath(values, buckets = 48) {
  const pts = downsample(values, buckets);
  const present = pts.filter((v) => v !== null);
  if (present.length < 2) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const stepX = SPARK_WIDTH / Math.max(1, pts.length - 1);
  const pad = 2;
  let d = "";
  let penDown = false;
  pts.forEach((v, i) => {
    if (v === null) {
      penDown = false;
      return;
    }
    const x = round(i * stepX);
    const y = max === min ? SPARK_HEIGHT / 2 : round(pad + (1 - (v - min) / span) * (SPARK_HEIGHT - 2 * pad));
    d += `${penDown ? "L" : "M"}${x} ${y}`;
    penDown = true;
  });
  return d;
}
function round(n) {
  return Math.round(n * 10) / 10;
}

// reports-site/src/core/display/cards.ts
function spark(values, basis) {
  const path = values ? sparklinePath(values) : null;
  return path === null ? null : { path, width: 120, height: 32, basis };
}
function card(fields) {
  return { unit: "", hint: null, change: null, compares: true, spark: null, status: null, ...fields };
}

// reports-site/src/core/sections/client-trend.ts
var CLIENT_TREND_DAYS = 30;
var dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
function clientTrend(daily, endMs) {
  if (daily === void 0) return null;
  const window = windowOf(daily, endMs);
  const active = window.filter((d) => d.requests > 0);
  const total = active.reduce((n, d) => n + d.requests, 0);
  const busiest = active.reduce(
    (b, d) => b && b.requests >= d.requests ? b : d,
    null
  );
  const first = window[0]?.day ?? "";
  const last = window.at(-1)?.day ?? "";
  const summary = busiest ? `${formatInt(total)} requests from ${first} to ${last} (UTC days), on ${formatInt(active.length)} of ${CLIENT_TREND_DAYS} days; busiest ${busiest.day} with ${formatInt(busiest.requests)}.` : `No request from ${first} to ${last} (UTC days).`;
  return {
    spark: spark(
      window.map((d) => d.requests),
      `requests per UTC day from ${first} to ${last}, days without requests at zero`
    ),
    summary,
    days: window.filter((d) => d.requests > 0 || (d.calls ?? 0) > 0 || (d.errors ?? 0) > 0).reverse().map(dayRow)
  };
}
function windowOf(daily, endMs) {
  const byDay = new Map(daily.map((d) => [d.day, d]));
  const end = Math.floor(endMs / DAY_MS) * DAY_MS;
  return Array.from({ length: CLIENT_TREND_DAYS }, (_, i) => {
    const day = dayOf(end - (CLIENT_TREND_DAYS - 1 - i) * DAY_MS);
    return byDay.get(day) ?? { day, requests: 0 };
  });
}
var NOT_MEASURED = "not measured";
function dayRow(d) {
  const measured = d.calls !== void 0;
  return {
    day: d.day,
    requests: formatInt(d.requests),
    errors: measured ? formatInt(d.errors ?? 0) : NOT_MEASURED,
    meanMs: measured ? formatMs(d.latencyMeanMs ?? null) : NOT_MEASURED,
    maxMs: measured ? formatMs(d.latencyMaxMs ?? null) : NOT_MEASURED
  };
}
function clientCalls(daily, endMs) {
  if (daily === void 0 || !daily.some((d) => d.calls !== void 0)) return null;
  const window = windowOf(daily, endMs);
  let requests = 0;
  let errors = 0;
  let calls = 0;
  let latencySum = 0;
  let maxMs = null;
  for (const d of window) {
    requests += d.requests;
    errors += d.errors ?? 0;
    const c = d.calls ?? 0;
    calls += c;
    latencySum += (d.latencyMeanMs ?? 0) * c;
    if (c > 0 && d.latencyMaxMs != null) maxMs = Math.max(maxMs ?? 0, d.latencyMaxMs);
  }
  const events = Math.max(requests, errors);
  return {
    errorRate: events > 0 ? errors / events : null,
    errors,
    calls,
    meanMs: calls > 0 ? latencySum / calls : null,
    maxMs
  };
}
function clientCallFacts(c) {
  if (c === null)
    return {
      errorRate: NOT_MEASURED,
      errors: NOT_MEASURED,
      calls: NOT_MEASURED,
      meanMs: NOT_MEASURED,
      maxMs: NOT_MEASURED
    };
  return {
    errorRate: formatPercent(c.errorRate),
    errors: formatInt(c.errors),
    calls: formatInt(c.calls),
    meanMs: formatMs(c.meanMs),
    maxMs: formatMs(c.maxMs)
  };
}

// reports-site/src/core/display/change.ts
function relativeChange(current, previous, polarity, basis) {
  if (current === null || previous === null) return null;
  if (previous === 0) return current === 0 ? flat(basis) : directed(current > 0, "from 0", polarity, basis);
  const rel = (current - previous) / Math.abs(previous);
  if (Math.abs(rel) < 5e-4) return flat(basis);
  const text = `${rel > 0 ? "+" : "\u2212"}${formatDecimal(Math.abs(rel * 100))}%`;
  return directed(rel > 0, text, polarity, basis);
}
function absoluteChange(current, previous, polarity, basis, unit = "") {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  if (Math.abs(diff) < 1e-9) return flat(basis);
  const text = `${diff > 0 ? "+" : "\u2212"}${formatDecimal(Math.abs(diff))}${unit}`;
  return directed(diff > 0, text, polarity, basis);
}
function flat(basis) {
  return { text: "\xB10", icon: "\u25A0", direction: "flat", sentiment: "neutral", basis };
}
function directed(up, text, polarity, basis) {
  const good = polarity === "neutral" ? null : up === (polarity === "higher-better");
  return {
    text,
    icon: up ? "\u25B2" : "\u25BC",
    direction: up ? "up" : "down",
    sentiment: good === null ? "neutral" : good ? "good" : "bad",
    basis
  };
}
function lastTwoWindows(values, n) {
  const end = values.length;
  return {
    current: values.slice(Math.max(0, end - n), end),
    previous: values.slice(Math.max(0, end - 2 * n), Math.max(0, end - n))
  };
}
function meanOf(values) {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v !== null) {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : null;
}
function weightedMean(values, weights) {
  let sum = 0;
  let w = 0;
  values.forEach((v, i) => {
    const wi = weights[i];
    if (v !== null && wi !== null && wi !== void 0 && wi > 0) {
      sum += v * wi;
      w += wi;
    }
  });
  return w > 0 ? sum / w : null;
}

// reports-site/src/core/display/series.ts
function bucketTimes(ts) {
  const start = Date.parse(ts.start);
  const n = ts.series.requests.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = start + i * ts.stepSeconds * 1e3;
  return out;
}
function perMinute(values, stepSeconds) {
  const factor = stepSeconds > 0 ? 60 / stepSeconds : 0;
  return values.map((v) => v === null ? null : v * factor);
}
function ratio(num, den) {
  return den.map((d, i) => {
    const n = num[i];
    return d === null || d === 0 || n === null || n === void 0 ? null : n / d;
  });
}
var CHART_META = {
  requests: {
    title: "Requests",
    unit: "req/min",
    lines: [
      { id: "requests", label: "Recorded requests", style: "solid" },
      { id: "doRequests", label: "DO requests", style: "dashed" }
    ]
  },
  latency: {
    title: "Record latency",
    unit: "ms",
    lines: [
      { id: "p50", label: "p50", style: "solid" },
      { id: "p95", label: "p95", style: "dashed" },
      { id: "p99", label: "p99", style: "dotted" }
    ]
  },
  errors: {
    title: "Errors",
    unit: "%",
    lines: [
      { id: "errorRate", label: "Error rate", style: "solid" },
      { id: "timeoutRate", label: "Timeout rate", style: "dashed" },
      { id: "fallbackRate", label: "Fallback rate", style: "dotted" }
    ]
  }
};
function sumOf(values) {
  let total = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
}
function maxOf(values) {
  let best = null;
  values.forEach((v, index) => {
    if (v !== null && (best === null || v > best.value)) best = { value: v, index };
  });
  return best;
}
function countNulls(values) {
  let n = 0;
  for (const v of values) if (v === null) n++;
  return n;
}

// reports-site/src/core/sections/trends.ts
var RANGES = [
  { id: "24h", label: "last 24 hours", seconds: DAY_SECONDS, periodSeconds: HOUR_SECONDS },
  { id: "7d", label: "last 7 days", seconds: 7 * DAY_SECONDS, periodSeconds: DAY_SECONDS },
  { id: "30d", label: "last 30 days", seconds: 30 * DAY_SECONDS, periodSeconds: DAY_SECONDS }
];
function costWindowSeconds(rangeSeconds) {
  return Math.max(rangeSeconds, 7 * DAY_SECONDS);
}
function periods(ts, periodSeconds) {
  const times = bucketTimes(ts);
  const groups = /* @__PURE__ */ new Map();
  times.forEach((t, i) => {
    const key = Math.floor(t / (periodSeconds * 1e3)) * periodSeconds * 1e3;
    const g = groups.get(key) ?? [];
    g.push(i);
    groups.set(key, g);
  });
  return [...groups.entries()].map(([from, idx]) => ({
    period: {
      label: periodSeconds >= DAY_SECONDS ? formatUtc(from).slice(0, 10) : formatUtc(from).slice(0, 16),
      from,
      to: from + periodSeconds * 1e3
    },
    idx
  }));
}
var pick = (values, idx) => idx.map((i) => values[i] ?? null);
function requestsView({ range, ts, groups, col, times }) {
  const s = ts.series;
  const perMin = perMinute(s.requests, ts.stepSeconds);
  const peak = maxOf(perMin);
  const gaps = countNulls(s.requests);
  const summary = `Requests per minute, ${range.label}: ${formatInt(sumOf(s.requests))} requests in total` + (peak ? `, peak ${formatCompact(peak.value)} per minute at ${formatUtc(times[peak.index] ?? 0)}` : ", no traffic recorded") + (gaps ? `; ${formatInt(gaps)} of ${formatInt(s.requests.length)} buckets without data.` : ".");
  return {
    summary,
    table: {
      range: range.id,
      caption: `Requests, ${range.label}`,
      columns: [col, "Requests", "DO requests", "Peak per minute"],
      rows: groups.map(({ period, idx }) => [
        period.label,
        formatInt(sumOf(pick(s.requests, idx))),
        formatInt(sumOf(pick(s.doRequests, idx))),
        formatCompact(maxOf(pick(perMin, idx))?.value ?? null)
      ])
    }
  };
}
function latencyView({ range, ts, groups, col, times }) {
  const s = ts.series;
  const p95 = maxOf(s.p95Ms);
  const p99 = maxOf(s.p99Ms);
  const summary = `Record latency, ${range.label}: average ${formatMs(weightedMean(s.avgMs, s.requests))}` + (p95 ? `, highest p95 ${formatMs(p95.value)} at ${formatUtc(times[p95.index] ?? 0)}` : ", no latency measured") + (p99 ? `, highest p99 ${formatMs(p99.value)}.` : ".");
  return {
    summary,
    table: {
      range: range.id,
      caption: `Record latency, ${range.label} (percentiles: worst bucket in the period)`,
      columns: [col, "Average", "p50", "p95", "p99"],
      rows: groups.map(({ period, idx }) => [
        period.label,
        formatMs(weightedMean(pick(s.avgMs, idx), pick(s.requests, idx))),
        formatMs(maxOf(pick(s.p50Ms, idx))?.value ?? null),
        formatMs(maxOf(pick(s.p95Ms, idx))?.value ?? null),
        formatMs(maxOf(pick(s.p99Ms, idx))?.value ?? null)
      ])
    }
  };
}
function errorsView({ range, ts, groups, col }) {
  const s = ts.series;
  const reqTotal = sumOf(s.requests);
  const errTotal = sumOf(s.errors);
  const summary = `Errors, ${range.label}: ${formatInt(errTotal ?? 0)} errors in ${formatInt(reqTotal ?? 0)} requests (${formatPercent(rate(errTotal, reqTotal))}), ${formatInt(sumOf(s.timeouts) ?? 0)} timeouts, ${formatInt(sumOf(s.fallbacks) ?? 0)} fallbacks.`;
  const row = ({ period, idx }) => {
    const r = sumOf(pick(s.requests, idx));
    const e = sumOf(pick(s.errors, idx));
    return [
      period.label,
      formatInt(r),
      formatInt(e),
      formatPercent(rate(e, r)),
      formatInt(sumOf(pick(s.timeouts, idx))),
      formatInt(sumOf(pick(s.fallbacks, idx)))
    ];
  };
  return {
    summary,
    table: {
      range: range.id,
      caption: `Errors, ${range.label}`,
      columns: [col, "Requests", "Errors", "Error rate", "Timeouts", "Fallbacks"],
      rows: groups.map(row)
    }
  };
}
function costView(range, cost, now) {
  const costSeconds = costWindowSeconds(range.seconds);
  const costLabel = costSeconds === range.seconds ? range.label : "last 7 days";
  const days = costDays(cost, costSeconds, now);
  const top = days.reduce(
    (m, d) => m === null || d.grossCost > m.grossCost ? d : m,
    null
  );
  const summary = cost ? `Daily cost at list price, ${costLabel}: ${formatMoney(
    days.reduce((n, d) => n + d.grossCost, 0),
    cost.currency
  )} in total over ${days.length} days` + (top ? `, highest ${formatMoney(top.grossCost, cost.currency)} on ${top.date}.` : ".") : "No cost analysis in this build.";
  return {
    summary,
    table: {
      range: range.id,
      caption: `Daily cost at list price, ${costLabel}`,
      columns: ["Day (UTC)", "Cost"],
      rows: days.map((d) => [
        d.complete ? d.date : `${d.date} (partial)`,
        formatMoney(d.grossCost, cost?.currency)
      ])
    }
  };
}
function rangeData(range, ts) {
  const col = range.periodSeconds >= DAY_SECONDS ? "Day (UTC)" : "Hour (UTC)";
  return { range, ts, groups: periods(ts, range.periodSeconds), col, times: bucketTimes(ts) };
}
function trendFigures(timeseries, cost, now) {
  const views = [
    ["requests", "Requests", "per minute", requestsView],
    ["latency", "Record latency", "milliseconds", latencyView],
    ["errors", "Errors", "percent of requests", errorsView],
    ["cost", "Daily cost", `${cost?.currency ?? "USD"} at list price`, (r) => costView(r.range, cost, now)]
  ];
  const data = RANGES.map((range) => rangeData(range, timeseries[range.id]));
  return views.map(([id, title, unit, view]) => {
    const perRange = data.map(view);
    const summaries = Object.fromEntries(
      data.map((d, i) => [d.range.id, perRange[i]?.summary ?? ""])
    );
    return {
      id,
      title,
      unit,
      legend: id === "cost" ? [] : CHART_META[id].lines.map((l) => ({ label: l.label, style: l.style })),
      initialSummary: summaries["24h"],
      summaries,
      tables: perRange.map((v) => v.table)
    };
  });
}
function rate(num, den) {
  return num === null || den === null || den === 0 ? null : num / den;
}
function costDays(cost, seconds2, now) {
  if (!cost) return [];
  const from = now - seconds2 * 1e3;
  return cost.daily.filter((d) => Date.parse(`${d.date}T00:00:00Z`) + DAY_MS > from);
}

// reports-site/src/core/sections/paths-panel.ts
function mixRows(counts, limit = 8) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, limit).map(([label, count]) => {
    const share = total > 0 ? count / total : 0;
    return { label, count: formatInt(count), share: formatPercent(share), width: Math.round(share * 100) };
  });
}
var methodText = (m) => Object.entries(m).sort(([, a], [, b]) => b - a).map(([k, v]) => `${k} ${formatInt(v)}`).join(", ");
function pathsPanel(input) {
  if (!input) return null;
  const { top, fresh } = input;
  const methods = /* @__PURE__ */ new Map();
  for (const p of top.items)
    for (const [m, n] of Object.entries(p.methods)) methods.set(m, (methods.get(m) ?? 0) + n);
  const other = top.other.requests > 0 ? ` ${formatInt(top.other.requests)} requests went to paths past a shard's path cap (${OTHER_PATH}).` : "";
  return {
    window: RANGES.find((r) => r.id === top.window)?.label ?? top.window,
    rows: top.items.map((p) => ({
      path: p.path,
      requests: formatInt(p.requests),
      clients: formatInt(p.clients),
      errorRate: formatPercent(p.errorRate),
      methods: methodText(p.methods),
      spark: spark(p.trend, `requests per ${top.trend.stepSeconds >= HOUR_SECONDS ? "hour" : "step"}`)
    })),
    methods: mixRows(methods),
    fresh: fresh.items.map((p) => ({
      path: p.path,
      firstSeen: formatUtc(Date.parse(p.firstSeen)),
      requests: formatInt(p.requests)
    })),
    freshSince: formatUtc(Date.parse(fresh.since)),
    freshTruncated: fresh.truncated,
    note: `Clients are estimated (HyperLogLog, standard error ${formatPercent(top.clientsStandardError)}); errors are events the front Worker could not hand to their collector at the first attempt.${top.exact ? "" : " The ranking may be approximate near the bottom."}${other}`
  };
}

// reports-site/src/core/sections/user-agent.ts
var FAMILIES = [
  [/bot|crawler|spider|slurp/i, "bot"],
  [/^curl\//i, "curl"],
  [/^wget\//i, "wget"],
  [/python-requests|python-urllib|aiohttp|httpx/i, "Python"],
  [/go-http-client/i, "Go"],
  [/^node|undici|axios|node-fetch/i, "Node.js"],
  [/okhttp/i, "OkHttp (Android)"],
  [/^java\//i, "Java"],
  [/postman/i, "Postman"],
  [/edg\//i, "Edge"],
  [/firefox\//i, "Firefox"],
  [/chrome\/|crios\//i, "Chrome"],
  [/safari\//i, "Safari"]
];
function userAgentFamily(ua) {
  if (!ua?.trim()) return "unknown";
  for (const [re, name] of FAMILIES) if (re.test(ua)) return name;
  return "other";
}

// reports-site/src/core/sections/clients-panel.ts
var clientFile = (rank2) => `clients/${rank2}.html`;
var at = (iso) => iso === null ? "\u2014" : formatUtc(Date.parse(iso));
function mixOf(details2, key) {
  const counts = /* @__PURE__ */ new Map();
  for (const d of details2)
    for (const p of d.paths.items) counts.set(key(p), (counts.get(key(p)) ?? 0) + p.count);
  return mixRows(counts);
}
var countryOf = (c) => c?.trim() ? c.trim() : "unknown";
function clientsPanel(snap, clients, how) {
  const ranked = new Map((clients ?? []).map((c, i) => [c.ip, i + 1]));
  const details2 = (clients ?? []).map((c) => c.detail);
  const end = Date.parse(snap.generatedAt);
  const facts = new Map(
    (clients ?? []).map((c) => [c.ip, clientCallFacts(clientCalls(c.detail.daily, end))])
  );
  return {
    rows: snap.topIps.map((ip) => {
      const rank2 = ranked.get(ip.ip);
      const measured = facts.get(ip.ip);
      return {
        errorRate: measured?.errorRate ?? "\u2014",
        latency: measured?.meanMs ?? "\u2014",
        label: anonymiseIp(ip.ip, how),
        href: rank2 === void 0 ? null : clientFile(rank2),
        requests: formatInt(ip.requests),
        paths: formatInt(ip.paths),
        storage: formatBytes(ip.storageBytes),
        lastActivity: at(ip.lastActivity)
      };
    }),
    countries: mixOf(details2, (p) => countryOf(p.country)),
    agents: mixOf(details2, (p) => userAgentFamily(p.lastUserAgent)),
    note: `${describeAnonymisation(how)} Error rate and latency cover the last ${CLIENT_TREND_DAYS} UTC days, as the front Worker measured its calls to each client's collector: the share of the client's events that missed the collector at the first attempt (then journaled and replayed), and the mean call time. The mixes weigh each client path by its requests, with the country and user agent last seen on it.`
  };
}
function clientPages(clients, how, snapshotAt) {
  return (clients ?? []).map(({ ip, detail }, i) => {
    const s = detail.stats;
    const items = detail.paths.items;
    return {
      file: clientFile(i + 1),
      label: anonymiseIp(ip, how),
      requests: formatInt(s.totalRequests),
      pathCount: formatInt(s.pathCount),
      overflow: formatInt(s.overflowRequests),
      firstSeen: at(s.firstSeen),
      lastActivity: at(s.lastActivity),
      storage: formatBytes(s.storageBytes),
      calls: clientCallFacts(clientCalls(detail.daily, Date.parse(snapshotAt))),
      shownPaths: formatInt(items.length),
      paths: items.map((p) => ({
        method: p.method,
        path: p.path,
        count: formatInt(p.count),
        firstSeen: at(p.firstSeen),
        lastSeen: at(p.lastSeen),
        agent: userAgentFamily(p.lastUserAgent),
        country: countryOf(p.country)
      })),
      agents: mixOf([detail], (p) => userAgentFamily(p.lastUserAgent)),
      countries: mixOf([detail], (p) => countryOf(p.country)),
      trend: clientTrend(detail.daily, Date.parse(snapshotAt))
    };
  });
}

// reports-site/src/core/sections/tiles.ts
function optionalSeries(ts, key) {
  const series = ts.series;
  return Object.hasOwn(series, key) ? series[key] ?? null : null;
}
function bucketsPerDay(ts) {
  return Math.max(1, Math.round(DAY_SECONDS / Math.max(1, ts.stepSeconds)));
}
function summaryTiles(input, thresholds) {
  return [
    ...doTiles(input.snapshot, input.timeseries),
    ...costTiles(input.cost, thresholds),
    healthTile(input, thresholds)
  ];
}
function doTiles(snapshot, ts) {
  const s = snapshot.summary;
  const total24 = optionalSeries(ts["24h"], "totalIps");
  const active = lastTwoWindows(ts["7d"].series.activeIps, bucketsPerDay(ts["7d"]));
  const idle24 = total24?.map((t, i) => {
    const a = ts["24h"].series.activeIps[i];
    return t === null || a === null || a === void 0 ? null : Math.max(0, t - a);
  });
  const noHistory = "the collector keeps no history of the registry size";
  return [
    card({
      id: "total-dos",
      label: "Durable Objects",
      value: formatInt(s.totalIps),
      unit: "total",
      hint: total24 ? null : noHistory,
      change: absoluteChange(
        s.totalIps,
        s.totalIps - snapshot.business.newIpsToday,
        "neutral",
        "new since 00:00 UTC"
      ),
      spark: spark(total24, "registry size, last 24 h")
    }),
    card({
      id: "active-dos",
      label: "Active DOs",
      value: formatInt(s.activeIps),
      unit: "active",
      hint: `activity in the last ${formatDuration(s.activeWindowSeconds)}`,
      change: relativeChange(meanOf(active.current), meanOf(active.previous), "neutral", "vs previous 24 h"),
      spark: spark(ts["24h"].series.activeIps, "active IPs per minute, last 24 h")
    }),
    card({
      id: "idle-dos",
      label: "Idle DOs",
      compares: false,
      value: formatInt(s.idleIps),
      unit: "idle",
      hint: total24 ? `idle for ${formatDuration(s.activeWindowSeconds)} or more` : `idle for ${formatDuration(s.activeWindowSeconds)} or more; ${noHistory}`,
      spark: spark(idle24 ?? null, "last 24 h")
    })
  ];
}
function costTiles(cost, thresholds) {
  if (cost === null) {
    const none = { value: "\u2014", hint: "no cost analysis in this build" };
    return [
      card({ id: "daily-cost", label: "Daily cost", ...none }),
      card({ id: "monthly-cost", label: "Projected month", ...none })
    ];
  }
  const complete = cost.daily.filter((d) => d.complete);
  const last = complete.at(-1) ?? cost.daily.at(-1) ?? null;
  const before = complete.at(-2) ?? null;
  let cumulative = 0;
  const mtd = cost.daily.filter((d) => d.date.startsWith(cost.month)).map((d) => {
    cumulative += d.grossCost;
    return cumulative;
  });
  const projected = cost.projected.cost;
  return [
    card({
      id: "daily-cost",
      label: "Daily cost",
      value: formatMoney(last?.grossCost ?? null, cost.currency),
      unit: last?.complete ? "list price" : "today so far",
      hint: last ? `${last.date}, before free allowances` : "no usage recorded yet",
      change: before && last?.complete ? relativeChange(last.grossCost, before.grossCost, "lower-better", `vs ${before.date}`) : null,
      spark: spark(
        complete.map((d) => d.grossCost),
        `daily cost, last ${complete.length} complete days`
      )
    }),
    card({
      id: "monthly-cost",
      label: "Projected month",
      value: formatMoney(projected, cost.currency),
      unit: cost.month,
      hint: `billed usage; 95% band ${formatMoney(cost.projected.low, cost.currency)}\u2013${formatMoney(cost.projected.high, cost.currency)}`,
      change: cost.trendChange === null ? null : trendChange(cost.trendChange),
      spark: spark(mtd, "month-to-date cost at list price"),
      status: status(levelOf(projected, thresholds.monthlyCost), budgetText(projected, thresholds))
    })
  ];
}
function trendChange(change) {
  return relativeChange(1 + change, 1, "lower-better", "daily cost, last 3 days vs 4 before");
}
function budgetText(projected, t) {
  const { warning, critical } = t.monthlyCost;
  const level = levelOf(projected, t.monthlyCost);
  if (level === "critical" && critical !== null) return `Over ${formatMoney(critical)} budget`;
  if (level === "warning" && warning !== null) return `Over ${formatMoney(warning)} (budget warning)`;
  const limit = warning ?? critical;
  return limit === null ? "No budget set" : `Under ${formatMoney(limit)}`;
}
function healthTile(input, thresholds) {
  const score = input.health?.score ?? null;
  const week = lastTwoWindows(input.healthSeries?.["7d"] ?? [], bucketsPerDay(input.timeseries["7d"]));
  const sla = thresholds.sla;
  return card({
    id: "health",
    label: "Health score",
    value: score === null ? "\u2014" : formatDecimal(score),
    unit: "/ 100",
    hint: `SLA: p95 \u2264 ${sla.max_p95_ms} ms, errors \u2264 ${formatPercent(sla.max_error_rate)}`,
    change: absoluteChange(
      meanOf(week.current),
      meanOf(week.previous),
      "higher-better",
      "vs previous 24 h",
      " pts"
    ),
    spark: spark(input.healthSeries?.["24h"] ?? [], "health per minute, last 24 h"),
    status: healthStatus(score)
  });
}

// reports-site/src/core/sections/business.ts
function newClientsHint(total, fresh) {
  const before = total - fresh;
  if (before <= 0) return "every client known so far was first seen today";
  return `${formatPercent(fresh / before)} growth on the ${formatInt(before)} clients known before today`;
}
function businessCards(snap, month) {
  const week = 7 * bucketsPerDay(month);
  const requests = lastTwoWindows(month.series.requests, week);
  const active = lastTwoWindows(month.series.activeIps, week);
  const b = snap.business;
  const vsWeek = "vs the previous 7 days";
  return [
    card({
      id: "biz-active",
      label: "Active clients",
      value: formatDecimal(meanOf(active.current) ?? 0),
      unit: "per hour",
      hint: "distinct client IPs per hour, averaged over 7 days",
      change: relativeChange(meanOf(active.current), meanOf(active.previous), "higher-better", vsWeek),
      spark: spark(month.series.activeIps, "active clients per hour, last 30 days")
    }),
    card({
      id: "biz-requests",
      label: "Requests, last 7 days",
      value: formatInt(sumOf(requests.current)),
      change: relativeChange(sumOf(requests.current), sumOf(requests.previous), "higher-better", vsWeek),
      spark: spark(month.series.requests, "requests per hour, last 30 days")
    }),
    newClientsCard(snap, month, week, vsWeek),
    card({
      id: "biz-growth",
      label: "Request growth today",
      value: formatPercent(b.growthRate),
      hint: `${formatInt(b.requestsToday)} requests so far today, ${formatInt(b.requestsPreviousDay)} yesterday; growth compares the same span of both days`,
      compares: false
    }),
    newPathsCard(snap, month, week, vsWeek)
  ];
}
function firstSeenCard(f, week, basis) {
  if (f.series === void 0)
    return card({
      id: f.id,
      label: `New ${f.noun} today`,
      value: formatInt(f.today),
      hint: f.context,
      compares: false
    });
  const w = lastTwoWindows(f.series, week);
  return card({
    id: f.id,
    label: `New ${f.noun}, last 7 days`,
    value: formatInt(sumOf(w.current) ?? 0),
    hint: `${formatInt(f.today)} today; ${f.context}`,
    change: relativeChange(sumOf(w.current), sumOf(w.previous), f.polarity, basis),
    spark: spark(f.series, `${f.noun} first seen per hour, last 30 days`)
  });
}
function newClientsCard(snap, month, week, basis) {
  const today = snap.business.newIpsToday;
  const context = newClientsHint(snap.summary.totalIps, today);
  const series = month.series.newIps;
  return firstSeenCard(
    { id: "biz-new-clients", noun: "clients", today, series, context, polarity: "higher-better" },
    week,
    basis
  );
}
function newPathsCard(snap, month, week, basis) {
  const context = `${formatInt(snap.resources.totalPaths)} paths across all clients`;
  const f = { id: "biz-new-paths", noun: "paths", today: snap.business.newPathsToday, context };
  return firstSeenCard({ ...f, series: month.series.newPaths, polarity: "neutral" }, week, basis);
}

// reports-site/src/core/sections/cost-panel.ts
function costPanel(cost, dailyRows = 14) {
  const money = (n) => formatMoney(n, cost.currency);
  const anomalies = new Set(cost.anomalies.filter((a) => a.series === "cost").map((a) => a.date));
  const p = cost.projected;
  return {
    month: cost.month,
    monthToDate: money(cost.monthToDate.cost),
    forecast: {
      cost: money(p.cost),
      range: `${money(p.low)} \u2013 ${money(p.high)}`,
      confidence: confidenceText(p),
      basis: p.basisDays ? `linear trend over ${p.basisDays} complete day${p.basisDays === 1 ? "" : "s"}, 95% band` : "today's pace (no complete day yet)",
      trend: cost.trendChange === null ? cost.trend : `${cost.trend} (${signed(cost.trendChange)})`
    },
    breakdown: [...cost.breakdown].sort((a, b) => b.grossProjectedCost - a.grossProjectedCost || b.projectedCost - a.projectedCost).map((c) => ({
      label: c.label,
      monthToDate: money(c.mtdCost),
      projected: money(c.projectedCost),
      listShare: Math.round(c.grossPercent * 10) / 10,
      listShareText: `${formatDecimal(c.grossPercent)}%`,
      note: c.exceedsIncludedOn ? `free allowance used up on ${c.exceedsIncludedOn}` : null
    })),
    daily: cost.daily.slice(-dailyRows).reverse().map((d) => ({
      date: d.date,
      cost: money(d.grossCost),
      note: [d.complete ? null : "today, partial", anomalies.has(d.date) ? "\u26A0 anomaly" : null].filter((n) => n !== null).join("; ") || null
    })),
    weekly: weeklyTotals(cost.daily).map((w) => ({
      week: w.week,
      total: money(w.total),
      avgDaily: money(w.total / w.days),
      peakDaily: money(w.peak),
      days: w.days
    })),
    recommendations: cost.recommendations.map((r) => ({
      title: r.title,
      detail: r.detail,
      savings: r.estimatedMonthlySavings === null ? null : `${money(r.estimatedMonthlySavings)} per month`
    })),
    notes: {
      subscription: money(cost.subscription),
      notMeasured: cost.notMeasured.join(", "),
      costPerRequest: cost.costPerRequest === null ? null : money(cost.costPerRequest * 1e6)
    },
    prices: {
      asOf: cost.prices.asOf,
      plan: cost.prices.plan,
      sources: cost.prices.sources.map((s) => safeHttpUrl(s)).filter((s) => s !== null).map((href) => ({ href, text: new URL(href).pathname.split("/").filter(Boolean)[0] ?? href }))
    }
  };
}
function signed(ratio2) {
  return `${ratio2 >= 0 ? "+" : "\u2212"}${formatPercent(Math.abs(ratio2))}`;
}
function isoWeek(date) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
function weeklyTotals(daily) {
  const weeks = /* @__PURE__ */ new Map();
  for (const d of daily) {
    const key = isoWeek(d.date);
    const w = weeks.get(key) ?? { week: key, total: 0, peak: 0, days: 0 };
    w.total += d.grossCost;
    w.peak = Math.max(w.peak, d.grossCost);
    w.days++;
    weeks.set(key, w);
  }
  return [...weeks.values()].sort((a, b) => b.week.localeCompare(a.week));
}
function confidenceText(p) {
  const spread = (p.high - p.low) / 2 / Math.max(p.cost, 0.01);
  return `${formatPercent(p.confidence)} (95% band \xB1${formatPercent(spread)} of the projection)`;
}

// reports-site/src/core/sections/operations.ts
var scalar = (v) => v === null ? "none" : String(v);
var details = (run) => Object.entries(run.summary).map(([k, v]) => `${k}: ${scalar(v)}`).join(", ");
function jobRow(type, run, sched, now) {
  const schedule = sched ? `every ${formatDuration(sched.intervalSeconds)}` : "on demand";
  if (!run)
    return {
      type,
      result: "never ran",
      status: status("unknown", "Never ran"),
      started: "\u2014",
      duration: "\u2014",
      age: "\u2014",
      schedule,
      overdue: false,
      details: ""
    };
  const ageSeconds = Math.max(0, (now - Date.parse(run.startedAt)) / 1e3);
  const overdue = sched !== void 0 && ageSeconds > sched.overdueAfterSeconds;
  const level = run.state === "failed" ? "critical" : overdue ? "warning" : run.state === "succeeded" ? "ok" : "unknown";
  const text = run.state === "failed" ? `Failed${run.errorCode ? ` (${run.errorCode})` : ""}` : overdue ? "Overdue" : run.state;
  return {
    type,
    result: run.state,
    status: status(level, text),
    started: formatUtc(Date.parse(run.startedAt)),
    duration: run.durationMs === null ? "running" : formatDuration(run.durationMs / 1e3),
    age: `${formatDuration(ageSeconds)} ago`,
    schedule,
    overdue,
    details: details(run)
  };
}
function backupLine(run, now) {
  if (!run) return { text: "No backup has run.", status: status("warning", "No backup") };
  const v = run.summary.verified;
  const verified = v === true || typeof v === "number" && v > 0;
  const when = `${formatDuration(Math.max(0, (now - Date.parse(run.startedAt)) / 1e3))} ago`;
  if (run.state !== "succeeded")
    return {
      text: `The last backup (${when}) ${run.state}.`,
      status: status(run.state === "failed" ? "critical" : "unknown", run.state)
    };
  return verified ? { text: `The last backup (${when}) succeeded and was verified.`, status: status("ok", "Verified") } : {
    text: `The last backup (${when}) succeeded but was not verified.`,
    status: status("warning", "Not verified")
  };
}
function operationsPanel(snap, schedule, now) {
  const runs = new Map((snap.jobs ?? []).map((j2) => [j2.type, j2]));
  const sched = new Map(schedule.map((s) => [s.type, s]));
  const repair = runs.get("repair");
  const backup = backupLine(runs.get("backup"), now);
  const j = snap.journal;
  return {
    reported: snap.jobs !== void 0,
    jobs: JOB_TYPES.map((t) => jobRow(t, runs.get(t), sched.get(t), now)),
    repair: repair ? `Last repair ${repair.state}: ${details(repair) || "no findings reported"}.` : "Repair has not run.",
    backup: backup.text,
    backupStatus: backup.status,
    journal: j.backlog === 0 ? "Nothing waiting for replay." : `${formatInt(j.backlog)} event(s) waiting for replay${j.complete === false ? " (at least)" : ""}${j.oldestAgeSeconds ? `, the oldest ${formatDuration(j.oldestAgeSeconds)} old` : ""}.`,
    journalStatus: j.backlog === 0 ? status("ok", "Empty") : status("warning", "Backlog")
  };
}

// reports-site/src/core/sections/performance.ts
var BASIS = "vs previous 24 h";
function performanceCards(snapshot, ts, t) {
  const p = snapshot.performance;
  const s24 = ts["24h"].series;
  const week = ts["7d"];
  const n = bucketsPerDay(week);
  const req = lastTwoWindows(week.series.requests, n);
  const sumRatio = (key) => {
    const w = lastTwoWindows(week.series[key], n);
    return [
      safeDiv(sumOf(w.current), sumOf(req.current)),
      safeDiv(sumOf(w.previous), sumOf(req.previous))
    ];
  };
  const avgW = lastTwoWindows(week.series.avgMs, n);
  const percentileCard = (id, label) => card({
    id,
    label,
    value: formatMs(p[id]),
    change: sameBucketYesterday(week.series[id], n),
    spark: spark(s24[id], `${label}, last 24 h`),
    status: id === "p95Ms" ? status(levelOf(p.p95Ms, t.p95Ms)) : null
  });
  const [errNow, errPrev] = sumRatio("errors");
  const [toNow, toPrev] = sumRatio("timeouts");
  const [fbNow, fbPrev] = sumRatio("fallbacks");
  const window = `over the last ${formatDuration(p.windowSeconds)}`;
  return [
    card({
      id: "avg",
      label: "Average latency",
      value: formatMs(p.avgMs),
      hint: window,
      change: relativeChange(
        weightedMean(avgW.current, req.current),
        weightedMean(avgW.previous, req.previous),
        "lower-better",
        BASIS
      ),
      spark: spark(s24.avgMs, "average latency, last 24 h")
    }),
    percentileCard("p50Ms", "p50 latency"),
    percentileCard("p95Ms", "p95 latency"),
    percentileCard("p99Ms", "p99 latency"),
    card({
      id: "error-rate",
      label: "Error rate",
      value: formatPercent(p.errorRate),
      hint: `${formatInt(p.requests)} requests ${window}`,
      change: relativeChange(errNow, errPrev, "lower-better", BASIS),
      spark: spark(ratio(s24.errors, s24.requests), "error rate, last 24 h"),
      status: status(levelOf(p.errorRate, t.errorRate))
    }),
    card({
      id: "timeout-rate",
      label: "Timeouts",
      value: formatPercent(p.timeoutRate),
      change: relativeChange(toNow, toPrev, "lower-better", BASIS),
      spark: spark(ratio(s24.timeouts, s24.requests), "timeout rate, last 24 h")
    }),
    card({
      id: "fallback-rate",
      label: "Fallbacks to journal",
      value: formatPercent(p.fallbackRate),
      change: relativeChange(fbNow, fbPrev, "lower-better", BASIS),
      spark: spark(ratio(s24.fallbacks, s24.requests), "fallback rate, last 24 h")
    }),
    card({
      id: "throughput",
      label: "Throughput",
      value: formatCompact(p.throughputPerSecond),
      unit: "req/s",
      change: relativeChange(sumOf(req.current), sumOf(req.previous), "neutral", BASIS),
      spark: spark(perMinute(s24.requests, ts["24h"].stepSeconds), "requests per minute, last 24 h")
    })
  ];
}
function safeDiv(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}
function sameBucketYesterday(values, perDay) {
  const lastIndex = values.findLastIndex((v) => v !== null);
  if (lastIndex < perDay) return null;
  return relativeChange(
    values[lastIndex] ?? null,
    values[lastIndex - perDay] ?? null,
    "lower-better",
    "latest bucket vs a day earlier"
  );
}
function resourceCards(snapshot) {
  const r = snapshot.resources;
  const today = snapshot.usage.today;
  const breaker = snapshot.breaker;
  return [
    card({
      compares: false,
      id: "paths",
      label: "Distinct paths",
      value: formatInt(r.totalPaths),
      hint: `${formatDecimal(r.avgPathsPerIp)} per IP on average`
    }),
    card({
      compares: false,
      id: "storage",
      label: "Stored data",
      value: formatBytes(r.storageBytes),
      hint: "SQLite storage across all DOs"
    }),
    card({
      compares: false,
      id: "do-requests",
      label: "DO requests today",
      value: formatInt(today.doRequests),
      hint: `${formatInt(today.workerRequests)} Worker requests`
    }),
    card({
      compares: false,
      id: "rows",
      label: "SQL rows today",
      value: formatCompact(today.rowsRead),
      unit: "read",
      hint: `${formatCompact(today.rowsWritten)} written`
    }),
    card({
      compares: false,
      id: "overhead",
      label: "Monitoring overhead",
      ...overheadFigure(snapshot.overhead)
    }),
    card({
      compares: false,
      id: "breaker",
      label: "Circuit breaker",
      value: breaker.state,
      hint: `${formatInt(breaker.recentFailures)} recent failures`,
      status: status(
        breaker.state === "closed" ? "ok" : breaker.state === "open" ? "critical" : "warning",
        breakerText(breaker.state)
      )
    }),
    card({
      compares: false,
      id: "journal",
      label: "Fallback journal",
      value: formatInt(snapshot.journal.backlog),
      unit: "pending",
      hint: snapshot.journal.oldestAt ? `oldest ${snapshot.journal.oldestAt}` : "nothing waiting for replay",
      status: status(
        snapshot.journal.backlog === 0 ? "ok" : "warning",
        snapshot.journal.backlog === 0 ? "Empty" : "Backlog"
      )
    }),
    card({
      compares: false,
      id: "active-seconds",
      label: "DO active time today",
      value: formatDuration(today.activeSeconds),
      hint: `${formatDecimal(today.activeGbSeconds)} GB-s`
    })
  ];
}
function overheadFigure(o) {
  const per1000 = o.ratio === null ? null : o.ratio * 1e3;
  return {
    value: per1000 === null ? "\u2014" : formatInt(Math.round(per1000)),
    unit: "reports per 1,000 records",
    hint: `${formatInt(o.reportRequests)} report \xF7 ${formatInt(o.recordRequests)} record DO requests today; at most one report per active collector per flush interval, so it falls as traffic per client grows`
  };
}
function breakerText(state) {
  return state === "closed" ? "Closed" : state === "open" ? "Open: writes go to the journal" : "Half-open: probing";
}

// reports-site/src/core/view-model.ts
function buildViewModel(input, options) {
  const now = Date.parse(input.generatedAt);
  const snap = input.snapshot;
  const snapshotAt = Date.parse(snap.generatedAt);
  const ageSeconds = Math.max(0, (now - snapshotAt) / 1e3);
  const isStale = ageSeconds > options.staleAfterSeconds;
  const alerts = alertsPanel(input.alerts, now, options.resolvedWithinDays);
  const figures = trendFigures(input.timeseries, input.cost, now);
  return {
    title: options.title,
    generatedAt: { iso: input.generatedAt, text: formatUtc(now) },
    snapshotAt: { iso: snap.generatedAt, text: formatUtc(snapshotAt) },
    collectorVersion: snap.version,
    scheduler: input.scheduler ? `Scheduled for ${formatUtc(Date.parse(input.scheduler.expected))}, started ${formatDuration(input.scheduler.lagSeconds)} late.` : null,
    overall: overallStatus(alerts),
    stale: {
      isStale,
      text: `The data is ${formatDuration(ageSeconds)} old (collected ${formatUtc(snapshotAt)}).`,
      thresholdText: formatDuration(options.staleAfterSeconds)
    },
    tiles: summaryTiles(input, options.thresholds),
    performance: performanceCards(snap, input.timeseries, options.thresholds),
    errorReasons: Object.entries(snap.performance.errorsByReason).sort(([, a], [, b]) => b - a).map(([reason, count]) => ({ reason, count: formatInt(count) })),
    resources: resourceCards(snap),
    alerts,
    cost: input.cost ? costPanel(input.cost) : null,
    trends: {
      ranges: RANGES.map((r) => ({ id: r.id, label: r.label, selected: r.id === "24h" })),
      figures
    },
    business: businessCards(snap, input.timeseries["30d"]),
    paths: pathsPanel(input.paths),
    clients: clientsPanel(snap, input.clients, options.anonymise),
    operations: operationsPanel(snap, input.jobSchedule ?? [], now),
    client: clientData(input, options, figures)
  };
}
function overallStatus(alerts) {
  if (!alerts.loaded) return { ...status("unknown", "Alerts not loaded"), detail: alerts.summary };
  const critical = alerts.firing.some((a) => a.severity.level === "critical");
  if (critical) return { ...status("critical", "Critical alerts firing"), detail: alerts.summary };
  if (alerts.firing.length) return { ...status("warning", "Alerts firing"), detail: alerts.summary };
  return { ...status("ok", "No alerts firing"), detail: alerts.summary };
}
function clientData(input, options, figures) {
  const now = Date.parse(input.generatedAt);
  return {
    snapshotAt: input.snapshot.generatedAt,
    generatedAt: input.generatedAt,
    staleAfterSeconds: options.staleAfterSeconds,
    defaultRange: "24h",
    ranges: RANGES.map((r) => ({
      id: r.id,
      label: r.label,
      url: `api/history-${r.id}.json`,
      summaries: Object.fromEntries(figures.map((f) => [f.id, f.summaries[r.id]]))
    })),
    currency: input.cost?.currency ?? "USD",
    costDaily: costDays(input.cost, 30 * DAY_SECONDS, now).map((d) => ({
      x: Date.parse(`${d.date}T00:00:00Z`),
      y: d.grossCost
    }))
  };
}

// reports-site/src/core/view-options.ts
function viewOptions(options) {
  return {
    siteUrl: null,
    title: "pathwatch",
    anonymise: { mode: "prefix" },
    staleAfterSeconds: 2 * HOUR_SECONDS,
    resolvedWithinDays: 7,
    ...options
  };
}

// reports-site/src/generated/site-assets.ts
var CLIENT_JS = 'function Qt(i){return i+.5|0}var ft=(i,t,e)=>Math.max(Math.min(i,e),t);function Zt(i){return ft(Qt(i*2.55),0,255)}function gt(i){return ft(Qt(i*255),0,255)}function ot(i){return ft(Qt(i/2.55)/100,0,1)}function bs(i){return ft(Qt(i*100),0,100)}var G={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},gi=[..."0123456789ABCDEF"],Uo=i=>gi[i&15],qo=i=>gi[(i&240)>>4]+gi[i&15],Se=i=>(i&240)>>4===(i&15),Xo=i=>Se(i.r)&&Se(i.g)&&Se(i.b)&&Se(i.a);function Ko(i){var t=i.length,e;return i[0]==="#"&&(t===4||t===5?e={r:255&G[i[1]]*17,g:255&G[i[2]]*17,b:255&G[i[3]]*17,a:t===5?G[i[4]]*17:255}:(t===7||t===9)&&(e={r:G[i[1]]<<4|G[i[2]],g:G[i[3]]<<4|G[i[4]],b:G[i[5]]<<4|G[i[6]],a:t===9?G[i[7]]<<4|G[i[8]]:255})),e}var Go=(i,t)=>i<255?t(i):"";function Zo(i){var t=Xo(i)?Uo:qo;return i?"#"+t(i.r)+t(i.g)+t(i.b)+Go(i.a,t):void 0}var Jo=/^(hsla?|hwb|hsv)\\(\\s*([-+.e\\d]+)(?:deg)?[\\s,]+([-+.e\\d]+)%[\\s,]+([-+.e\\d]+)%(?:[\\s,]+([-+.e\\d]+)(%)?)?\\s*\\)$/;function Ms(i,t,e){let s=t*Math.min(e,1-e),n=(o,a=(o+i/30)%12)=>e-s*Math.max(Math.min(a-3,9-a,1),-1);return[n(0),n(8),n(4)]}function Qo(i,t,e){let s=(n,o=(n+i/60)%6)=>e-e*t*Math.max(Math.min(o,4-o,1),0);return[s(5),s(3),s(1)]}function ta(i,t,e){let s=Ms(i,1,.5),n;for(t+e>1&&(n=1/(t+e),t*=n,e*=n),n=0;n<3;n++)s[n]*=1-t-e,s[n]+=t;return s}function ea(i,t,e,s,n){return i===n?(t-e)/s+(t<e?6:0):t===n?(e-i)/s+2:(i-t)/s+4}function pi(i){let e=i.r/255,s=i.g/255,n=i.b/255,o=Math.max(e,s,n),a=Math.min(e,s,n),r=(o+a)/2,l,c,h;return o!==a&&(h=o-a,c=r>.5?h/(2-o-a):h/(o+a),l=ea(e,s,n,h,o),l=l*60+.5),[l|0,c||0,r]}function mi(i,t,e,s){return(Array.isArray(t)?i(t[0],t[1],t[2]):i(t,e,s)).map(gt)}function bi(i,t,e){return mi(Ms,i,t,e)}function ia(i,t,e){return mi(ta,i,t,e)}function sa(i,t,e){return mi(Qo,i,t,e)}function vs(i){return(i%360+360)%360}function na(i){let t=Jo.exec(i),e=255,s;if(!t)return;t[5]!==s&&(e=t[6]?Zt(+t[5]):gt(+t[5]));let n=vs(+t[2]),o=+t[3]/100,a=+t[4]/100;return t[1]==="hwb"?s=ia(n,o,a):t[1]==="hsv"?s=sa(n,o,a):s=bi(n,o,a),{r:s[0],g:s[1],b:s[2],a:e}}function oa(i,t){var e=pi(i);e[0]=vs(e[0]+t),e=bi(e),i.r=e[0],i.g=e[1],i.b=e[2]}function aa(i){if(!i)return;let t=pi(i),e=t[0],s=bs(t[1]),n=bs(t[2]);return i.a<255?`hsla(${e}, ${s}%, ${n}%, ${ot(i.a)})`:`hsl(${e}, ${s}%, ${n}%)`}var xs={x:"dark",Z:"light",Y:"re",X:"blu",W:"gr",V:"medium",U:"slate",A:"ee",T:"ol",S:"or",B:"ra",C:"lateg",D:"ights",R:"in",Q:"turquois",E:"hi",P:"ro",O:"al",N:"le",M:"de",L:"yello",F:"en",K:"ch",G:"arks",H:"ea",I:"ightg",J:"wh"},_s={OiceXe:"f0f8ff",antiquewEte:"faebd7",aqua:"ffff",aquamarRe:"7fffd4",azuY:"f0ffff",beige:"f5f5dc",bisque:"ffe4c4",black:"0",blanKedOmond:"ffebcd",Xe:"ff",XeviTet:"8a2be2",bPwn:"a52a2a",burlywood:"deb887",caMtXe:"5f9ea0",KartYuse:"7fff00",KocTate:"d2691e",cSO:"ff7f50",cSnflowerXe:"6495ed",cSnsilk:"fff8dc",crimson:"dc143c",cyan:"ffff",xXe:"8b",xcyan:"8b8b",xgTMnPd:"b8860b",xWay:"a9a9a9",xgYF:"6400",xgYy:"a9a9a9",xkhaki:"bdb76b",xmagFta:"8b008b",xTivegYF:"556b2f",xSange:"ff8c00",xScEd:"9932cc",xYd:"8b0000",xsOmon:"e9967a",xsHgYF:"8fbc8f",xUXe:"483d8b",xUWay:"2f4f4f",xUgYy:"2f4f4f",xQe:"ced1",xviTet:"9400d3",dAppRk:"ff1493",dApskyXe:"bfff",dimWay:"696969",dimgYy:"696969",dodgerXe:"1e90ff",fiYbrick:"b22222",flSOwEte:"fffaf0",foYstWAn:"228b22",fuKsia:"ff00ff",gaRsbSo:"dcdcdc",ghostwEte:"f8f8ff",gTd:"ffd700",gTMnPd:"daa520",Way:"808080",gYF:"8000",gYFLw:"adff2f",gYy:"808080",honeyMw:"f0fff0",hotpRk:"ff69b4",RdianYd:"cd5c5c",Rdigo:"4b0082",ivSy:"fffff0",khaki:"f0e68c",lavFMr:"e6e6fa",lavFMrXsh:"fff0f5",lawngYF:"7cfc00",NmoncEffon:"fffacd",ZXe:"add8e6",ZcSO:"f08080",Zcyan:"e0ffff",ZgTMnPdLw:"fafad2",ZWay:"d3d3d3",ZgYF:"90ee90",ZgYy:"d3d3d3",ZpRk:"ffb6c1",ZsOmon:"ffa07a",ZsHgYF:"20b2aa",ZskyXe:"87cefa",ZUWay:"778899",ZUgYy:"778899",ZstAlXe:"b0c4de",ZLw:"ffffe0",lime:"ff00",limegYF:"32cd32",lRF:"faf0e6",magFta:"ff00ff",maPon:"800000",VaquamarRe:"66cdaa",VXe:"cd",VScEd:"ba55d3",VpurpN:"9370db",VsHgYF:"3cb371",VUXe:"7b68ee",VsprRggYF:"fa9a",VQe:"48d1cc",VviTetYd:"c71585",midnightXe:"191970",mRtcYam:"f5fffa",mistyPse:"ffe4e1",moccasR:"ffe4b5",navajowEte:"ffdead",navy:"80",Tdlace:"fdf5e6",Tive:"808000",TivedBb:"6b8e23",Sange:"ffa500",SangeYd:"ff4500",ScEd:"da70d6",pOegTMnPd:"eee8aa",pOegYF:"98fb98",pOeQe:"afeeee",pOeviTetYd:"db7093",papayawEp:"ffefd5",pHKpuff:"ffdab9",peru:"cd853f",pRk:"ffc0cb",plum:"dda0dd",powMrXe:"b0e0e6",purpN:"800080",YbeccapurpN:"663399",Yd:"ff0000",Psybrown:"bc8f8f",PyOXe:"4169e1",saddNbPwn:"8b4513",sOmon:"fa8072",sandybPwn:"f4a460",sHgYF:"2e8b57",sHshell:"fff5ee",siFna:"a0522d",silver:"c0c0c0",skyXe:"87ceeb",UXe:"6a5acd",UWay:"708090",UgYy:"708090",snow:"fffafa",sprRggYF:"ff7f",stAlXe:"4682b4",tan:"d2b48c",teO:"8080",tEstN:"d8bfd8",tomato:"ff6347",Qe:"40e0d0",viTet:"ee82ee",JHt:"f5deb3",wEte:"ffffff",wEtesmoke:"f5f5f5",Lw:"ffff00",LwgYF:"9acd32"};function ra(){let i={},t=Object.keys(_s),e=Object.keys(xs),s,n,o,a,r;for(s=0;s<t.length;s++){for(a=r=t[s],n=0;n<e.length;n++)o=e[n],r=r.replace(o,xs[o]);o=parseInt(_s[a],16),i[r]=[o>>16&255,o>>8&255,o&255]}return i}var we;function la(i){we||(we=ra(),we.transparent=[0,0,0,0]);let t=we[i.toLowerCase()];return t&&{r:t[0],g:t[1],b:t[2],a:t.length===4?t[3]:255}}var ca=/^rgba?\\(\\s*([-+.\\d]+)(%)?[\\s,]+([-+.e\\d]+)(%)?[\\s,]+([-+.e\\d]+)(%)?(?:[\\s,/]+([-+.e\\d]+)(%)?)?\\s*\\)$/;function ha(i){let t=ca.exec(i),e=255,s,n,o;if(t){if(t[7]!==s){let a=+t[7];e=t[8]?Zt(a):ft(a*255,0,255)}return s=+t[1],n=+t[3],o=+t[5],s=255&(t[2]?Zt(s):ft(s,0,255)),n=255&(t[4]?Zt(n):ft(n,0,255)),o=255&(t[6]?Zt(o):ft(o,0,255)),{r:s,g:n,b:o,a:e}}}function da(i){return i&&(i.a<255?`rgba(${i.r}, ${i.g}, ${i.b}, ${ot(i.a)})`:`rgb(${i.r}, ${i.g}, ${i.b})`)}var fi=i=>i<=.0031308?i*12.92:Math.pow(i,1/2.4)*1.055-.055,Ft=i=>i<=.04045?i/12.92:Math.pow((i+.055)/1.055,2.4);function ua(i,t,e){let s=Ft(ot(i.r)),n=Ft(ot(i.g)),o=Ft(ot(i.b));return{r:gt(fi(s+e*(Ft(ot(t.r))-s))),g:gt(fi(n+e*(Ft(ot(t.g))-n))),b:gt(fi(o+e*(Ft(ot(t.b))-o))),a:i.a+e*(t.a-i.a)}}function ke(i,t,e){if(i){let s=pi(i);s[t]=Math.max(0,Math.min(s[t]+s[t]*e,t===0?360:1)),s=bi(s),i.r=s[0],i.g=s[1],i.b=s[2]}}function Ss(i,t){return i&&Object.assign(t||{},i)}function ys(i){var t={r:0,g:0,b:0,a:255};return Array.isArray(i)?i.length>=3&&(t={r:i[0],g:i[1],b:i[2],a:255},i.length>3&&(t.a=gt(i[3]))):(t=Ss(i,{r:0,g:0,b:0,a:1}),t.a=gt(t.a)),t}function fa(i){return i.charAt(0)==="r"?ha(i):na(i)}var Jt=class i{constructor(t){if(t instanceof i)return t;let e=typeof t,s;e==="object"?s=ys(t):e==="string"&&(s=Ko(t)||la(t)||fa(t)),this._rgb=s,this._valid=!!s}get valid(){return this._valid}get rgb(){var t=Ss(this._rgb);return t&&(t.a=ot(t.a)),t}set rgb(t){this._rgb=ys(t)}rgbString(){return this._valid?da(this._rgb):void 0}hexString(){return this._valid?Zo(this._rgb):void 0}hslString(){return this._valid?aa(this._rgb):void 0}mix(t,e){if(t){let s=this.rgb,n=t.rgb,o,a=e===o?.5:e,r=2*a-1,l=s.a-n.a,c=((r*l===-1?r:(r+l)/(1+r*l))+1)/2;o=1-c,s.r=255&c*s.r+o*n.r+.5,s.g=255&c*s.g+o*n.g+.5,s.b=255&c*s.b+o*n.b+.5,s.a=a*s.a+(1-a)*n.a,this.rgb=s}return this}interpolate(t,e){return t&&(this._rgb=ua(this._rgb,t._rgb,e)),this}clone(){return new i(this.rgb)}alpha(t){return this._rgb.a=gt(t),this}clearer(t){let e=this._rgb;return e.a*=1-t,this}greyscale(){let t=this._rgb,e=Qt(t.r*.3+t.g*.59+t.b*.11);return t.r=t.g=t.b=e,this}opaquer(t){let e=this._rgb;return e.a*=1+t,this}negate(){let t=this._rgb;return t.r=255-t.r,t.g=255-t.g,t.b=255-t.b,this}lighten(t){return ke(this._rgb,2,t),this}darken(t){return ke(this._rgb,2,-t),this}saturate(t){return ke(this._rgb,1,t),this}desaturate(t){return ke(this._rgb,1,-t),this}rotate(t){return oa(this._rgb,t),this}};function et(){}var Es=(()=>{let i=0;return()=>i++})();function D(i){return i==null}function A(i){if(Array.isArray&&Array.isArray(i))return!0;let t=Object.prototype.toString.call(i);return t.slice(0,7)==="[object"&&t.slice(-6)==="Array]"}function P(i){return i!==null&&Object.prototype.toString.call(i)==="[object Object]"}function B(i){return(typeof i=="number"||i instanceof Number)&&isFinite(+i)}function W(i,t){return B(i)?i:t}function C(i,t){return typeof i>"u"?t:i}var Is=(i,t)=>typeof i=="string"&&i.endsWith("%")?parseFloat(i)/100*t:+i;function O(i,t,e){if(i&&typeof i.call=="function")return i.apply(e,t)}function T(i,t,e,s){let n,o,a;if(A(i))if(o=i.length,s)for(n=o-1;n>=0;n--)t.call(e,i[n],n);else for(n=0;n<o;n++)t.call(e,i[n],n);else if(P(i))for(a=Object.keys(i),o=a.length,n=0;n<o;n++)t.call(e,i[a[n]],a[n])}function ie(i,t){let e,s,n,o;if(!i||!t||i.length!==t.length)return!1;for(e=0,s=i.length;e<s;++e)if(n=i[e],o=t[e],n.datasetIndex!==o.datasetIndex||n.index!==o.index)return!1;return!0}function Te(i){if(A(i))return i.map(Te);if(P(i)){let t=Object.create(null),e=Object.keys(i),s=e.length,n=0;for(;n<s;++n)t[e[n]]=Te(i[e[n]]);return t}return i}function Fs(i){return["__proto__","prototype","constructor"].indexOf(i)===-1}function ga(i,t,e,s){if(!Fs(i))return;let n=t[i],o=e[i];P(n)&&P(o)?Bt(n,o,s):t[i]=Te(o)}function Bt(i,t,e){let s=A(t)?t:[t],n=s.length;if(!P(i))return i;e=e||{};let o=e.merger||ga,a;for(let r=0;r<n;++r){if(a=s[r],!P(a))continue;let l=Object.keys(a);for(let c=0,h=l.length;c<h;++c)o(l[c],i,a,e)}return i}function Nt(i,t){return Bt(i,t,{merger:pa})}function pa(i,t,e){if(!Fs(i))return;let s=t[i],n=e[i];P(s)&&P(n)?Nt(s,n):Object.prototype.hasOwnProperty.call(t,i)||(t[i]=Te(n))}var ws={"":i=>i,x:i=>i.x,y:i=>i.y};function ma(i){let t=i.split("."),e=[],s="";for(let n of t)s+=n,s.endsWith("\\\\")?s=s.slice(0,-1)+".":(e.push(s),s="");return e}function ba(i){let t=ma(i);return e=>{for(let s of t){if(s==="")break;e=e&&e[s]}return e}}function Ct(i,t){return(ws[t]||(ws[t]=ba(t)))(i)}function Le(i){return i.charAt(0).toUpperCase()+i.slice(1)}var Wt=i=>typeof i<"u",at=i=>typeof i=="function",Mi=(i,t)=>{if(i.size!==t.size)return!1;for(let e of i)if(!t.has(e))return!1;return!0};function zs(i){return i.type==="mouseup"||i.type==="click"||i.type==="contextmenu"}var z=Math.PI,Y=2*z,xa=Y+z,Ae=Number.POSITIVE_INFINITY,_a=z/180,N=z/2,kt=z/4,ks=z*2/3,rt=Math.log10,J=Math.sign;function Ht(i,t,e){return Math.abs(i-t)<e}function vi(i){let t=Math.round(i);i=Ht(i,t,i/1e3)?t:i;let e=Math.pow(10,Math.floor(rt(i))),s=i/e;return(s<=1?1:s<=2?2:s<=5?5:10)*e}function Bs(i){let t=[],e=Math.sqrt(i),s;for(s=1;s<e;s++)i%s===0&&(t.push(s),t.push(i/s));return e===(e|0)&&t.push(e),t.sort((n,o)=>n-o).pop(),t}function ya(i){return typeof i=="symbol"||typeof i=="object"&&i!==null&&!(Symbol.toPrimitive in i||"toString"in i||"valueOf"in i)}function jt(i){return!ya(i)&&!isNaN(parseFloat(i))&&isFinite(i)}function Vs(i,t){let e=Math.round(i);return e-t<=i&&e+t>=i}function Si(i,t,e){let s,n,o;for(s=0,n=i.length;s<n;s++)o=i[s][e],isNaN(o)||(t.min=Math.min(t.min,o),t.max=Math.max(t.max,o))}function lt(i){return i*(z/180)}function Ee(i){return i*(180/z)}function wi(i){if(!B(i))return;let t=1,e=0;for(;Math.round(i*t)/t!==i;)t*=10,e++;return e}function Ns(i,t){let e=t.x-i.x,s=t.y-i.y,n=Math.sqrt(e*e+s*s),o=Math.atan2(s,e);return o<-.5*z&&(o+=Y),{angle:o,distance:n}}function Oe(i,t){return Math.sqrt(Math.pow(t.x-i.x,2)+Math.pow(t.y-i.y,2))}function Ma(i,t){return(i-t+xa)%Y-z}function Z(i){return(i%Y+Y)%Y}function ki(i,t,e,s){let n=Z(i),o=Z(t),a=Z(e),r=Z(o-n),l=Z(a-n),c=Z(n-o),h=Z(n-a);return n===o||n===a||s&&o===a||r>l&&c<h}function U(i,t,e){return Math.max(t,Math.min(e,i))}function Ws(i){return U(i,-32768,32767)}function Ie(i,t,e,s=1e-6){return i>=Math.min(t,e)-s&&i<=Math.max(t,e)+s}function Fe(i,t,e){e=e||(a=>i[a]<t);let s=i.length-1,n=0,o;for(;s-n>1;)o=n+s>>1,e(o)?n=o:s=o;return{lo:n,hi:s}}var mt=(i,t,e,s)=>Fe(i,e,s?n=>{let o=i[n][t];return o<e||o===e&&i[n+1][t]===e}:n=>i[n][t]<e),Hs=(i,t,e)=>Fe(i,e,s=>i[s][t]>=e);function js(i,t,e){let s=0,n=i.length;for(;s<n&&i[s]<t;)s++;for(;n>s&&i[n-1]>e;)n--;return s>0||n<i.length?i.slice(s,n):i}var $s=["push","pop","shift","splice","unshift"];function Ys(i,t){if(i._chartjs){i._chartjs.listeners.push(t);return}Object.defineProperty(i,"_chartjs",{configurable:!0,enumerable:!1,value:{listeners:[t]}}),$s.forEach(e=>{let s="_onData"+Le(e),n=i[e];Object.defineProperty(i,e,{configurable:!0,enumerable:!1,value(...o){let a=n.apply(this,o);return i._chartjs.listeners.forEach(r=>{typeof r[s]=="function"&&r[s](...o)}),a}})})}function Di(i,t){let e=i._chartjs;if(!e)return;let s=e.listeners,n=s.indexOf(t);n!==-1&&s.splice(n,1),!(s.length>0)&&($s.forEach(o=>{delete i[o]}),delete i._chartjs)}function Pi(i){let t=new Set(i);return t.size===i.length?i:Array.from(t)}var Ci=(function(){return typeof window>"u"?function(i){return i()}:window.requestAnimationFrame})();function Ti(i,t){let e=[],s=!1;return function(...n){e=n,s||(s=!0,Ci.call(window,()=>{s=!1,i.apply(t,e)}))}}function Us(i,t){let e;return function(...s){return t?(clearTimeout(e),e=setTimeout(i,t,s)):i.apply(this,s),t}}var qs=i=>i==="start"?"left":i==="end"?"right":"center",Ai=(i,t,e)=>i==="start"?t:i==="end"?e:(t+e)/2;function Xs(i,t,e){let s=t.length,n=0,o=s;if(i._sorted){let{iScale:a,vScale:r,_parsed:l}=i,c=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null,h=a.axis,{min:d,max:u,minDefined:f,maxDefined:p}=a.getUserBounds();if(f){if(n=Math.min(mt(l,h,d).lo,e?s:mt(t,h,a.getPixelForValue(d)).lo),c){let g=l.slice(0,n+1).reverse().findIndex(m=>!D(m[r.axis]));n-=Math.max(0,g)}n=U(n,0,s-1)}if(p){let g=Math.max(mt(l,a.axis,u,!0).hi+1,e?0:mt(t,h,a.getPixelForValue(u),!0).hi+1);if(c){let m=l.slice(g-1).findIndex(b=>!D(b[r.axis]));g+=Math.max(0,m)}o=U(g,n,s)-n}else o=s-n}return{start:n,count:o}}function Ks(i){let{xScale:t,yScale:e,_scaleRanges:s}=i,n={xmin:t.min,xmax:t.max,ymin:e.min,ymax:e.max};if(!s)return i._scaleRanges=n,!0;let o=s.xmin!==t.min||s.xmax!==t.max||s.ymin!==e.min||s.ymax!==e.max;return Object.assign(s,n),o}var De=i=>i===0||i===1,Ds=(i,t,e)=>-(Math.pow(2,10*(i-=1))*Math.sin((i-t)*Y/e)),Ps=(i,t,e)=>Math.pow(2,-10*i)*Math.sin((i-t)*Y/e)+1,zt={linear:i=>i,easeInQuad:i=>i*i,easeOutQuad:i=>-i*(i-2),easeInOutQuad:i=>(i/=.5)<1?.5*i*i:-.5*(--i*(i-2)-1),easeInCubic:i=>i*i*i,easeOutCubic:i=>(i-=1)*i*i+1,easeInOutCubic:i=>(i/=.5)<1?.5*i*i*i:.5*((i-=2)*i*i+2),easeInQuart:i=>i*i*i*i,easeOutQuart:i=>-((i-=1)*i*i*i-1),easeInOutQuart:i=>(i/=.5)<1?.5*i*i*i*i:-.5*((i-=2)*i*i*i-2),easeInQuint:i=>i*i*i*i*i,easeOutQuint:i=>(i-=1)*i*i*i*i+1,easeInOutQuint:i=>(i/=.5)<1?.5*i*i*i*i*i:.5*((i-=2)*i*i*i*i+2),easeInSine:i=>-Math.cos(i*N)+1,easeOutSine:i=>Math.sin(i*N),easeInOutSine:i=>-.5*(Math.cos(z*i)-1),easeInExpo:i=>i===0?0:Math.pow(2,10*(i-1)),easeOutExpo:i=>i===1?1:-Math.pow(2,-10*i)+1,easeInOutExpo:i=>De(i)?i:i<.5?.5*Math.pow(2,10*(i*2-1)):.5*(-Math.pow(2,-10*(i*2-1))+2),easeInCirc:i=>i>=1?i:-(Math.sqrt(1-i*i)-1),easeOutCirc:i=>Math.sqrt(1-(i-=1)*i),easeInOutCirc:i=>(i/=.5)<1?-.5*(Math.sqrt(1-i*i)-1):.5*(Math.sqrt(1-(i-=2)*i)+1),easeInElastic:i=>De(i)?i:Ds(i,.075,.3),easeOutElastic:i=>De(i)?i:Ps(i,.075,.3),easeInOutElastic(i){return De(i)?i:i<.5?.5*Ds(i*2,.1125,.45):.5+.5*Ps(i*2-1,.1125,.45)},easeInBack(i){return i*i*((1.70158+1)*i-1.70158)},easeOutBack(i){return(i-=1)*i*((1.70158+1)*i+1.70158)+1},easeInOutBack(i){let t=1.70158;return(i/=.5)<1?.5*(i*i*(((t*=1.525)+1)*i-t)):.5*((i-=2)*i*(((t*=1.525)+1)*i+t)+2)},easeInBounce:i=>1-zt.easeOutBounce(1-i),easeOutBounce(i){return i<1/2.75?7.5625*i*i:i<2/2.75?7.5625*(i-=1.5/2.75)*i+.75:i<2.5/2.75?7.5625*(i-=2.25/2.75)*i+.9375:7.5625*(i-=2.625/2.75)*i+.984375},easeInOutBounce:i=>i<.5?zt.easeInBounce(i*2)*.5:zt.easeOutBounce(i*2-1)*.5+.5};function Oi(i){if(i&&typeof i=="object"){let t=i.toString();return t==="[object CanvasPattern]"||t==="[object CanvasGradient]"}return!1}function Ri(i){return Oi(i)?i:new Jt(i)}function xi(i){return Oi(i)?i:new Jt(i).saturate(.5).darken(.1).hexString()}var va=["x","y","borderWidth","radius","tension"],Sa=["color","borderColor","backgroundColor"];function wa(i){i.set("animation",{delay:void 0,duration:1e3,easing:"easeOutQuart",fn:void 0,from:void 0,loop:void 0,to:void 0,type:void 0}),i.describe("animation",{_fallback:!1,_indexable:!1,_scriptable:t=>t!=="onProgress"&&t!=="onComplete"&&t!=="fn"}),i.set("animations",{colors:{type:"color",properties:Sa},numbers:{type:"number",properties:va}}),i.describe("animations",{_fallback:"animation"}),i.set("transitions",{active:{animation:{duration:400}},resize:{animation:{duration:0}},show:{animations:{colors:{from:"transparent"},visible:{type:"boolean",duration:0}}},hide:{animations:{colors:{to:"transparent"},visible:{type:"boolean",easing:"linear",fn:t=>t|0}}}})}function ka(i){i.set("layout",{autoPadding:!0,padding:{top:0,right:0,bottom:0,left:0}})}var Cs=new Map;function Da(i,t){t=t||{};let e=i+JSON.stringify(t),s=Cs.get(e);return s||(s=new Intl.NumberFormat(i,t),Cs.set(e,s)),s}function ze(i,t,e){return Da(t,e).format(i)}var Gs={values(i){return A(i)?i:""+i},numeric(i,t,e){if(i===0)return"0";let s=this.chart.options.locale,n,o=i;if(e.length>1){let c=Math.max(Math.abs(e[0].value),Math.abs(e[e.length-1].value));(c<1e-4||c>1e15)&&(n="scientific"),o=Pa(i,e)}let a=rt(Math.abs(o)),r=isNaN(a)?1:Math.max(Math.min(-1*Math.floor(a),20),0),l={notation:n,minimumFractionDigits:r,maximumFractionDigits:r};return Object.assign(l,this.options.ticks.format),ze(i,s,l)},logarithmic(i,t,e){if(i===0)return"0";let s=e[t].significand||i/Math.pow(10,Math.floor(rt(i)));return[1,2,3,5,10,15].includes(s)||t>.8*e.length?Gs.numeric.call(this,i,t,e):""}};function Pa(i,t){let e=t.length>3?t[2].value-t[1].value:t[1].value-t[0].value;return Math.abs(e)>=1&&i!==Math.floor(i)&&(e=i-Math.floor(i)),e}var se={formatters:Gs};function Ca(i){i.set("scale",{display:!0,offset:!1,reverse:!1,beginAtZero:!1,bounds:"ticks",clip:!0,grace:0,grid:{display:!0,lineWidth:1,drawOnChartArea:!0,drawTicks:!0,tickLength:8,tickWidth:(t,e)=>e.lineWidth,tickColor:(t,e)=>e.color,offset:!1},border:{display:!0,dash:[],dashOffset:0,width:1},title:{display:!1,text:"",padding:{top:4,bottom:4}},ticks:{minRotation:0,maxRotation:50,mirror:!1,textStrokeWidth:0,textStrokeColor:"",padding:3,display:!0,autoSkip:!0,autoSkipPadding:3,labelOffset:0,callback:se.formatters.values,minor:{},major:{},align:"center",crossAlign:"near",showLabelBackdrop:!1,backdropColor:"rgba(255, 255, 255, 0.75)",backdropPadding:2}}),i.route("scale.ticks","color","","color"),i.route("scale.grid","color","","borderColor"),i.route("scale.border","color","","borderColor"),i.route("scale.title","color","","color"),i.describe("scale",{_fallback:!1,_scriptable:t=>!t.startsWith("before")&&!t.startsWith("after")&&t!=="callback"&&t!=="parser",_indexable:t=>t!=="borderDash"&&t!=="tickBorderDash"&&t!=="dash"}),i.describe("scales",{_fallback:"scale"}),i.describe("scale.ticks",{_scriptable:t=>t!=="backdropPadding"&&t!=="callback",_indexable:t=>t!=="backdropPadding"})}var xt=Object.create(null),Be=Object.create(null);function te(i,t){if(!t)return i;let e=t.split(".");for(let s=0,n=e.length;s<n;++s){let o=e[s];i=i[o]||(i[o]=Object.create(null))}return i}function _i(i,t,e){return typeof t=="string"?Bt(te(i,t),e):Bt(te(i,""),t)}var yi=class{constructor(t,e){this.animation=void 0,this.backgroundColor="rgba(0,0,0,0.1)",this.borderColor="rgba(0,0,0,0.1)",this.color="#666",this.datasets={},this.devicePixelRatio=s=>s.chart.platform.getDevicePixelRatio(),this.elements={},this.events=["mousemove","mouseout","click","touchstart","touchmove"],this.font={family:"\'Helvetica Neue\', \'Helvetica\', \'Arial\', sans-serif",size:12,style:"normal",lineHeight:1.2,weight:null},this.hover={},this.hoverBackgroundColor=(s,n)=>xi(n.backgroundColor),this.hoverBorderColor=(s,n)=>xi(n.borderColor),this.hoverColor=(s,n)=>xi(n.color),this.indexAxis="x",this.interaction={mode:"nearest",intersect:!0,includeInvisible:!1},this.maintainAspectRatio=!0,this.onHover=null,this.onClick=null,this.parsing=!0,this.plugins={},this.responsive=!0,this.scale=void 0,this.scales={},this.showLine=!0,this.drawActiveElementsOnTop=!0,this.describe(t),this.apply(e)}set(t,e){return _i(this,t,e)}get(t){return te(this,t)}describe(t,e){return _i(Be,t,e)}override(t,e){return _i(xt,t,e)}route(t,e,s,n){let o=te(this,t),a=te(this,s),r="_"+e;Object.defineProperties(o,{[r]:{value:o[e],writable:!0},[e]:{enumerable:!0,get(){let l=this[r],c=a[n];return P(l)?Object.assign({},c,l):C(l,c)},set(l){this[r]=l}}})}apply(t){t.forEach(e=>e(this))}},R=new yi({_scriptable:i=>!i.startsWith("on"),_indexable:i=>i!=="events",hover:{_fallback:"interaction"},interaction:{_scriptable:!1,_indexable:!1}},[wa,ka,Ca]);function Ta(i){return!i||D(i.size)||D(i.family)?null:(i.style?i.style+" ":"")+(i.weight?i.weight+" ":"")+i.size+"px "+i.family}function ee(i,t,e,s,n){let o=t[n];return o||(o=t[n]=i.measureText(n).width,e.push(n)),o>s&&(s=o),s}function Zs(i,t,e,s){s=s||{};let n=s.data=s.data||{},o=s.garbageCollect=s.garbageCollect||[];s.font!==t&&(n=s.data={},o=s.garbageCollect=[],s.font=t),i.save(),i.font=t;let a=0,r=e.length,l,c,h,d,u;for(l=0;l<r;l++)if(d=e[l],d!=null&&!A(d))a=ee(i,n,o,a,d);else if(A(d))for(c=0,h=d.length;c<h;c++)u=d[c],u!=null&&!A(u)&&(a=ee(i,n,o,a,u));i.restore();let f=o.length/2;if(f>e.length){for(l=0;l<f;l++)delete n[o[l]];o.splice(0,f)}return a}function _t(i,t,e){let s=i.currentDevicePixelRatio,n=e!==0?Math.max(e/2,.5):0;return Math.round((t-n)*s)/s+n}function Li(i,t){!t&&!i||(t=t||i.getContext("2d"),t.save(),t.resetTransform(),t.clearRect(0,0,i.width,i.height),t.restore())}function Ve(i,t,e,s){Js(i,t,e,s,null)}function Js(i,t,e,s,n){let o,a,r,l,c,h,d,u,f=t.pointStyle,p=t.rotation,g=t.radius,m=(p||0)*_a;if(f&&typeof f=="object"&&(o=f.toString(),o==="[object HTMLImageElement]"||o==="[object HTMLCanvasElement]")){i.save(),i.translate(e,s),i.rotate(m),i.drawImage(f,-f.width/2,-f.height/2,f.width,f.height),i.restore();return}if(!(isNaN(g)||g<=0)){switch(i.beginPath(),f){default:n?i.ellipse(e,s,n/2,g,0,0,Y):i.arc(e,s,g,0,Y),i.closePath();break;case"triangle":h=n?n/2:g,i.moveTo(e+Math.sin(m)*h,s-Math.cos(m)*g),m+=ks,i.lineTo(e+Math.sin(m)*h,s-Math.cos(m)*g),m+=ks,i.lineTo(e+Math.sin(m)*h,s-Math.cos(m)*g),i.closePath();break;case"rectRounded":c=g*.516,l=g-c,a=Math.cos(m+kt)*l,d=Math.cos(m+kt)*(n?n/2-c:l),r=Math.sin(m+kt)*l,u=Math.sin(m+kt)*(n?n/2-c:l),i.arc(e-d,s-r,c,m-z,m-N),i.arc(e+u,s-a,c,m-N,m),i.arc(e+d,s+r,c,m,m+N),i.arc(e-u,s+a,c,m+N,m+z),i.closePath();break;case"rect":if(!p){l=Math.SQRT1_2*g,h=n?n/2:l,i.rect(e-h,s-l,2*h,2*l);break}m+=kt;case"rectRot":d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+u,s-a),i.lineTo(e+d,s+r),i.lineTo(e-u,s+a),i.closePath();break;case"crossRot":m+=kt;case"cross":d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+d,s+r),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"star":d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+d,s+r),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a),m+=kt,d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+d,s+r),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"line":a=n?n/2:Math.cos(m)*g,r=Math.sin(m)*g,i.moveTo(e-a,s-r),i.lineTo(e+a,s+r);break;case"dash":i.moveTo(e,s),i.lineTo(e+Math.cos(m)*(n?n/2:g),s+Math.sin(m)*g);break;case!1:i.closePath();break}i.fill(),t.borderWidth>0&&i.stroke()}}function tt(i,t,e){return e=e||.5,!t||i&&i.x>t.left-e&&i.x<t.right+e&&i.y>t.top-e&&i.y<t.bottom+e}function Ei(i,t){i.save(),i.beginPath(),i.rect(t.left,t.top,t.right-t.left,t.bottom-t.top),i.clip()}function Ii(i){i.restore()}function Qs(i,t,e,s,n){if(!t)return i.lineTo(e.x,e.y);if(n==="middle"){let o=(t.x+e.x)/2;i.lineTo(o,t.y),i.lineTo(o,e.y)}else n==="after"!=!!s?i.lineTo(t.x,e.y):i.lineTo(e.x,t.y);i.lineTo(e.x,e.y)}function tn(i,t,e,s){if(!t)return i.lineTo(e.x,e.y);i.bezierCurveTo(s?t.cp1x:t.cp2x,s?t.cp1y:t.cp2y,s?e.cp2x:e.cp1x,s?e.cp2y:e.cp1y,e.x,e.y)}function Aa(i,t){t.translation&&i.translate(t.translation[0],t.translation[1]),D(t.rotation)||i.rotate(t.rotation),t.color&&(i.fillStyle=t.color),t.textAlign&&(i.textAlign=t.textAlign),t.textBaseline&&(i.textBaseline=t.textBaseline)}function Oa(i,t,e,s,n){if(n.strikethrough||n.underline){let o=i.measureText(s),a=t-o.actualBoundingBoxLeft,r=t+o.actualBoundingBoxRight,l=e-o.actualBoundingBoxAscent,c=e+o.actualBoundingBoxDescent,h=n.strikethrough?(l+c)/2:c;i.strokeStyle=i.fillStyle,i.beginPath(),i.lineWidth=n.decorationWidth||2,i.moveTo(a,h),i.lineTo(r,h),i.stroke()}}function Ra(i,t){let e=i.fillStyle;i.fillStyle=t.color,i.fillRect(t.left,t.top,t.width,t.height),i.fillStyle=e}function ne(i,t,e,s,n,o={}){let a=A(t)?t:[t],r=o.strokeWidth>0&&o.strokeColor!=="",l,c;for(i.save(),i.font=n.string,Aa(i,o),l=0;l<a.length;++l)c=a[l],o.backdrop&&Ra(i,o.backdrop),r&&(o.strokeColor&&(i.strokeStyle=o.strokeColor),D(o.strokeWidth)||(i.lineWidth=o.strokeWidth),i.strokeText(c,e,s,o.maxWidth)),i.fillText(c,e,s,o.maxWidth),Oa(i,e,s,c,o),s+=Number(n.lineHeight);i.restore()}function oe(i,t){let{x:e,y:s,w:n,h:o,radius:a}=t;i.arc(e+a.topLeft,s+a.topLeft,a.topLeft,1.5*z,z,!0),i.lineTo(e,s+o-a.bottomLeft),i.arc(e+a.bottomLeft,s+o-a.bottomLeft,a.bottomLeft,z,N,!0),i.lineTo(e+n-a.bottomRight,s+o),i.arc(e+n-a.bottomRight,s+o-a.bottomRight,a.bottomRight,N,0,!0),i.lineTo(e+n,s+a.topRight),i.arc(e+n-a.topRight,s+a.topRight,a.topRight,0,-N,!0),i.lineTo(e+a.topLeft,s)}var La=/^(normal|(\\d+(?:\\.\\d+)?)(px|em|%)?)$/,Ea=/^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;function Ia(i,t){let e=(""+i).match(La);if(!e||e[1]==="normal")return t*1.2;switch(i=+e[2],e[3]){case"px":return i;case"%":i/=100;break}return t*i}var Fa=i=>+i||0;function Fi(i,t){let e={},s=P(t),n=s?Object.keys(t):t,o=P(i)?s?a=>C(i[a],i[t[a]]):a=>i[a]:()=>i;for(let a of n)e[a]=Fa(o(a));return e}function zi(i){return Fi(i,{top:"y",right:"x",bottom:"y",left:"x"})}function Tt(i){return Fi(i,["topLeft","topRight","bottomLeft","bottomRight"])}function q(i){let t=zi(i);return t.width=t.left+t.right,t.height=t.top+t.bottom,t}function H(i,t){i=i||{},t=t||R.font;let e=C(i.size,t.size);typeof e=="string"&&(e=parseInt(e,10));let s=C(i.style,t.style);s&&!(""+s).match(Ea)&&(console.warn(\'Invalid font style specified: "\'+s+\'"\'),s=void 0);let n={family:C(i.family,t.family),lineHeight:Ia(C(i.lineHeight,t.lineHeight),e),size:e,style:s,weight:C(i.weight,t.weight),string:""};return n.string=Ta(n),n}function ae(i,t,e,s){let n=!0,o,a,r;for(o=0,a=i.length;o<a;++o)if(r=i[o],r!==void 0&&(t!==void 0&&typeof r=="function"&&(r=r(t),n=!1),e!==void 0&&A(r)&&(r=r[e%r.length],n=!1),r!==void 0))return s&&!n&&(s.cacheable=!1),r}function en(i,t,e){let{min:s,max:n}=i,o=Is(t,(n-s)/2),a=(r,l)=>e&&r===0?0:r+l;return{min:a(s,-Math.abs(o)),max:a(n,o)}}function ct(i,t){return Object.assign(Object.create(i),t)}function Ne(i,t=[""],e,s,n=()=>i[0]){let o=e||i;typeof s>"u"&&(s=on("_fallback",i));let a={[Symbol.toStringTag]:"Object",_cacheable:!0,_scopes:i,_rootScopes:o,_fallback:s,_getTarget:n,override:r=>Ne([r,...i],t,o,s)};return new Proxy(a,{deleteProperty(r,l){return delete r[l],delete r._keys,delete i[0][l],!0},get(r,l){return sn(r,l,()=>$a(l,t,i,r))},getOwnPropertyDescriptor(r,l){return Reflect.getOwnPropertyDescriptor(r._scopes[0],l)},getPrototypeOf(){return Reflect.getPrototypeOf(i[0])},has(r,l){return As(r).includes(l)},ownKeys(r){return As(r)},set(r,l,c){let h=r._storage||(r._storage=n());return r[l]=h[l]=c,delete r._keys,!0}})}function Pt(i,t,e,s){let n={_cacheable:!1,_proxy:i,_context:t,_subProxy:e,_stack:new Set,_descriptors:Bi(i,s),setContext:o=>Pt(i,o,e,s),override:o=>Pt(i.override(o),t,e,s)};return new Proxy(n,{deleteProperty(o,a){return delete o[a],delete i[a],!0},get(o,a,r){return sn(o,a,()=>Ba(o,a,r))},getOwnPropertyDescriptor(o,a){return o._descriptors.allKeys?Reflect.has(i,a)?{enumerable:!0,configurable:!0}:void 0:Reflect.getOwnPropertyDescriptor(i,a)},getPrototypeOf(){return Reflect.getPrototypeOf(i)},has(o,a){return Reflect.has(i,a)},ownKeys(){return Reflect.ownKeys(i)},set(o,a,r){return i[a]=r,delete o[a],!0}})}function Bi(i,t={scriptable:!0,indexable:!0}){let{_scriptable:e=t.scriptable,_indexable:s=t.indexable,_allKeys:n=t.allKeys}=i;return{allKeys:n,scriptable:e,indexable:s,isScriptable:at(e)?e:()=>e,isIndexable:at(s)?s:()=>s}}var za=(i,t)=>i?i+Le(t):t,Vi=(i,t)=>P(t)&&i!=="adapters"&&(Object.getPrototypeOf(t)===null||t.constructor===Object);function sn(i,t,e){if(Object.prototype.hasOwnProperty.call(i,t)||t==="constructor")return i[t];let s=e();return i[t]=s,s}function Ba(i,t,e){let{_proxy:s,_context:n,_subProxy:o,_descriptors:a}=i,r=s[t];return at(r)&&a.isScriptable(t)&&(r=Va(t,r,i,e)),A(r)&&r.length&&(r=Na(t,r,i,a.isIndexable)),Vi(t,r)&&(r=Pt(r,n,o&&o[t],a)),r}function Va(i,t,e,s){let{_proxy:n,_context:o,_subProxy:a,_stack:r}=e;if(r.has(i))throw new Error("Recursion detected: "+Array.from(r).join("->")+"->"+i);r.add(i);let l=t(o,a||s);return r.delete(i),Vi(i,l)&&(l=Ni(n._scopes,n,i,l)),l}function Na(i,t,e,s){let{_proxy:n,_context:o,_subProxy:a,_descriptors:r}=e;if(typeof o.index<"u"&&s(i))return t[o.index%t.length];if(P(t[0])){let l=t,c=n._scopes.filter(h=>h!==l);t=[];for(let h of l){let d=Ni(c,n,i,h);t.push(Pt(d,o,a&&a[i],r))}}return t}function nn(i,t,e){return at(i)?i(t,e):i}var Wa=(i,t)=>i===!0?t:typeof i=="string"?Ct(t,i):void 0;function Ha(i,t,e,s,n){for(let o of t){let a=Wa(e,o);if(a){i.add(a);let r=nn(a._fallback,e,n);if(typeof r<"u"&&r!==e&&r!==s)return r}else if(a===!1&&typeof s<"u"&&e!==s)return null}return!1}function Ni(i,t,e,s){let n=t._rootScopes,o=nn(t._fallback,e,s),a=[...i,...n],r=new Set;r.add(s);let l=Ts(r,a,e,o||e,s);return l===null||typeof o<"u"&&o!==e&&(l=Ts(r,a,o,l,s),l===null)?!1:Ne(Array.from(r),[""],n,o,()=>ja(t,e,s))}function Ts(i,t,e,s,n){for(;e;)e=Ha(i,t,e,s,n);return e}function ja(i,t,e){let s=i._getTarget();t in s||(s[t]={});let n=s[t];return A(n)&&P(e)?e:n||{}}function $a(i,t,e,s){let n;for(let o of t)if(n=on(za(o,i),e),typeof n<"u")return Vi(i,n)?Ni(e,s,i,n):n}function on(i,t){for(let e of t){if(!e)continue;let s=e[i];if(typeof s<"u")return s}}function As(i){let t=i._keys;return t||(t=i._keys=Ya(i._scopes)),t}function Ya(i){let t=new Set;for(let e of i)for(let s of Object.keys(e).filter(n=>!n.startsWith("_")))t.add(s);return Array.from(t)}var Ua=Number.EPSILON||1e-14,Vt=(i,t)=>t<i.length&&!i[t].skip&&i[t],an=i=>i==="x"?"y":"x";function qa(i,t,e,s){let n=i.skip?t:i,o=t,a=e.skip?t:e,r=Oe(o,n),l=Oe(a,o),c=r/(r+l),h=l/(r+l);c=isNaN(c)?0:c,h=isNaN(h)?0:h;let d=s*c,u=s*h;return{previous:{x:o.x-d*(a.x-n.x),y:o.y-d*(a.y-n.y)},next:{x:o.x+u*(a.x-n.x),y:o.y+u*(a.y-n.y)}}}function Xa(i,t,e){let s=i.length,n,o,a,r,l,c=Vt(i,0);for(let h=0;h<s-1;++h)if(l=c,c=Vt(i,h+1),!(!l||!c)){if(Ht(t[h],0,Ua)){e[h]=e[h+1]=0;continue}n=e[h]/t[h],o=e[h+1]/t[h],r=Math.pow(n,2)+Math.pow(o,2),!(r<=9)&&(a=3/Math.sqrt(r),e[h]=n*a*t[h],e[h+1]=o*a*t[h])}}function Ka(i,t,e="x"){let s=an(e),n=i.length,o,a,r,l=Vt(i,0);for(let c=0;c<n;++c){if(a=r,r=l,l=Vt(i,c+1),!r)continue;let h=r[e],d=r[s];a&&(o=(h-a[e])/3,r[`cp1${e}`]=h-o,r[`cp1${s}`]=d-o*t[c]),l&&(o=(l[e]-h)/3,r[`cp2${e}`]=h+o,r[`cp2${s}`]=d+o*t[c])}}function Ga(i,t="x"){let e=an(t),s=i.length,n=Array(s).fill(0),o=Array(s),a,r,l,c=Vt(i,0);for(a=0;a<s;++a)if(r=l,l=c,c=Vt(i,a+1),!!l){if(c){let h=c[t]-l[t];n[a]=h!==0?(c[e]-l[e])/h:0}o[a]=r?c?J(n[a-1])!==J(n[a])?0:(n[a-1]+n[a])/2:n[a-1]:n[a]}Xa(i,n,o),Ka(i,o,t)}function Pe(i,t,e){return Math.max(Math.min(i,e),t)}function Za(i,t){let e,s,n,o,a,r=tt(i[0],t);for(e=0,s=i.length;e<s;++e)a=o,o=r,r=e<s-1&&tt(i[e+1],t),o&&(n=i[e],a&&(n.cp1x=Pe(n.cp1x,t.left,t.right),n.cp1y=Pe(n.cp1y,t.top,t.bottom)),r&&(n.cp2x=Pe(n.cp2x,t.left,t.right),n.cp2y=Pe(n.cp2y,t.top,t.bottom)))}function rn(i,t,e,s,n){let o,a,r,l;if(t.spanGaps&&(i=i.filter(c=>!c.skip)),t.cubicInterpolationMode==="monotone")Ga(i,n);else{let c=s?i[i.length-1]:i[0];for(o=0,a=i.length;o<a;++o)r=i[o],l=qa(c,r,i[Math.min(o+1,a-(s?0:1))%a],t.tension),r.cp1x=l.previous.x,r.cp1y=l.previous.y,r.cp2x=l.next.x,r.cp2y=l.next.y,c=r}t.capBezierPoints&&Za(i,e)}function We(){return typeof window<"u"&&typeof document<"u"}function He(i){let t=i.parentNode;return t&&t.toString()==="[object ShadowRoot]"&&(t=t.host),t}function Re(i,t,e){let s;return typeof i=="string"?(s=parseInt(i,10),i.indexOf("%")!==-1&&(s=s/100*t.parentNode[e])):s=i,s}var je=i=>i.ownerDocument.defaultView.getComputedStyle(i,null);function Ja(i,t){return je(i).getPropertyValue(t)}var Qa=["top","right","bottom","left"];function Dt(i,t,e){let s={};e=e?"-"+e:"";for(let n=0;n<4;n++){let o=Qa[n];s[o]=parseFloat(i[t+"-"+o+e])||0}return s.width=s.left+s.right,s.height=s.top+s.bottom,s}var tr=(i,t,e)=>(i>0||t>0)&&(!e||!e.shadowRoot);function er(i,t){let e=i.touches,s=e&&e.length?e[0]:i,{offsetX:n,offsetY:o}=s,a=!1,r,l;if(tr(n,o,i.target))r=n,l=o;else{let c=t.getBoundingClientRect();r=s.clientX-c.left,l=s.clientY-c.top,a=!0}return{x:r,y:l,box:a}}function yt(i,t){if("native"in i)return i;let{canvas:e,currentDevicePixelRatio:s}=t,n=je(e),o=n.boxSizing==="border-box",a=Dt(n,"padding"),r=Dt(n,"border","width"),{x:l,y:c,box:h}=er(i,e),d=a.left+(h&&r.left),u=a.top+(h&&r.top),{width:f,height:p}=t;return o&&(f-=a.width+r.width,p-=a.height+r.height),{x:Math.round((l-d)/f*e.width/s),y:Math.round((c-u)/p*e.height/s)}}function ir(i,t,e){let s,n;if(t===void 0||e===void 0){let o=i&&He(i);if(!o)t=i.clientWidth,e=i.clientHeight;else{let a=o.getBoundingClientRect(),r=je(o),l=Dt(r,"border","width"),c=Dt(r,"padding");t=a.width-c.width-l.width,e=a.height-c.height-l.height,s=Re(r.maxWidth,o,"clientWidth"),n=Re(r.maxHeight,o,"clientHeight")}}return{width:t,height:e,maxWidth:s||Ae,maxHeight:n||Ae}}var bt=i=>Math.round(i*10)/10;function ln(i,t,e,s){let n=je(i),o=Dt(n,"margin"),a=Re(n.maxWidth,i,"clientWidth")||Ae,r=Re(n.maxHeight,i,"clientHeight")||Ae,l=ir(i,t,e),{width:c,height:h}=l;if(n.boxSizing==="content-box"){let u=Dt(n,"border","width"),f=Dt(n,"padding");c-=f.width+u.width,h-=f.height+u.height}return c=Math.max(0,c-o.width),h=Math.max(0,s?c/s:h-o.height),c=bt(Math.min(c,a,l.maxWidth)),h=bt(Math.min(h,r,l.maxHeight)),c&&!h&&(h=bt(c/2)),(t!==void 0||e!==void 0)&&s&&l.height&&h>l.height&&(h=l.height,c=bt(Math.floor(h*s))),{width:c,height:h}}function Wi(i,t,e){let s=t||1,n=bt(i.height*s),o=bt(i.width*s);i.height=bt(i.height),i.width=bt(i.width);let a=i.canvas;a.style&&(e||!a.style.height&&!a.style.width)&&(a.style.height=`${i.height}px`,a.style.width=`${i.width}px`);let r=Math.floor(n),l=Math.floor(o);return i.currentDevicePixelRatio!==s||a.height!==r||a.width!==l?(i.currentDevicePixelRatio=s,a.height=r,a.width=l,i.ctx.setTransform(s,0,0,s,0,0),!0):!1}var cn=(function(){let i=!1;try{let t={get passive(){return i=!0,!1}};We()&&(window.addEventListener("test",null,t),window.removeEventListener("test",null,t))}catch{}return i})();function Hi(i,t){let e=Ja(i,t),s=e&&e.match(/^(\\d+)(\\.\\d+)?px$/);return s?+s[1]:void 0}function pt(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:i.y+e*(t.y-i.y)}}function hn(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:s==="middle"?e<.5?i.y:t.y:s==="after"?e<1?i.y:t.y:e>0?t.y:i.y}}function dn(i,t,e,s){let n={x:i.cp2x,y:i.cp2y},o={x:t.cp1x,y:t.cp1y},a=pt(i,n,e),r=pt(n,o,e),l=pt(o,t,e),c=pt(a,r,e),h=pt(r,l,e);return pt(c,h,e)}var sr=function(i,t){return{x(e){return i+i+t-e},setWidth(e){t=e},textAlign(e){return e==="center"?e:e==="right"?"left":"right"},xPlus(e,s){return e-s},leftForLtr(e,s){return e-s}}},nr=function(){return{x(i){return i},setWidth(i){},textAlign(i){return i},xPlus(i,t){return i+t},leftForLtr(i,t){return i}}};function $e(i,t,e){return i?sr(t,e):nr()}function un(i,t){let e,s;(t==="ltr"||t==="rtl")&&(e=i.canvas.style,s=[e.getPropertyValue("direction"),e.getPropertyPriority("direction")],e.setProperty("direction",t,"important"),i.prevTextDirection=s)}function fn(i,t){t!==void 0&&(delete i.prevTextDirection,i.canvas.style.setProperty("direction",t[0],t[1]))}function gn(i){return i==="angle"?{between:ki,compare:Ma,normalize:Z}:{between:Ie,compare:(t,e)=>t-e,normalize:t=>t}}function Os({start:i,end:t,count:e,loop:s,style:n}){return{start:i%e,end:t%e,loop:s&&(t-i+1)%e===0,style:n}}function or(i,t,e){let{property:s,start:n,end:o}=e,{between:a,normalize:r}=gn(s),l=t.length,{start:c,end:h,loop:d}=i,u,f;if(d){for(c+=l,h+=l,u=0,f=l;u<f&&a(r(t[c%l][s]),n,o);++u)c--,h--;c%=l,h%=l}return h<c&&(h+=l),{start:c,end:h,loop:d,style:i.style}}function pn(i,t,e){if(!e)return[i];let{property:s,start:n,end:o}=e,a=t.length,{compare:r,between:l,normalize:c}=gn(s),{start:h,end:d,loop:u,style:f}=or(i,t,e),p=[],g=!1,m=null,b,x,y,M=()=>l(n,y,b)&&r(n,y)!==0,_=()=>r(o,b)===0||l(o,y,b),w=()=>g||M(),v=()=>!g||_();for(let S=h,k=h;S<=d;++S)x=t[S%a],!x.skip&&(b=c(x[s]),b!==y&&(g=l(b,n,o),m===null&&w()&&(m=r(b,n)===0?S:k),m!==null&&v()&&(p.push(Os({start:m,end:S,loop:u,count:a,style:f})),m=null),k=S,y=b));return m!==null&&p.push(Os({start:m,end:d,loop:u,count:a,style:f})),p}function mn(i,t){let e=[],s=i.segments;for(let n=0;n<s.length;n++){let o=pn(s[n],i.points,t);o.length&&e.push(...o)}return e}function ar(i,t,e,s){let n=0,o=t-1;if(e&&!s)for(;n<t&&!i[n].skip;)n++;for(;n<t&&i[n].skip;)n++;for(n%=t,e&&(o+=n);o>n&&i[o%t].skip;)o--;return o%=t,{start:n,end:o}}function rr(i,t,e,s){let n=i.length,o=[],a=t,r=i[t],l;for(l=t+1;l<=e;++l){let c=i[l%n];c.skip||c.stop?r.skip||(s=!1,o.push({start:t%n,end:(l-1)%n,loop:s}),t=a=c.stop?l:null):(a=l,r.skip&&(t=l)),r=c}return a!==null&&o.push({start:t%n,end:a%n,loop:s}),o}function bn(i,t){let e=i.points,s=i.options.spanGaps,n=e.length;if(!n)return[];let o=!!i._loop,{start:a,end:r}=ar(e,n,o,s);if(s===!0)return Rs(i,[{start:a,end:r,loop:o}],e,t);let l=r<a?r+n:r,c=!!i._fullLoop&&a===0&&r===n-1;return Rs(i,rr(e,a,l,c),e,t)}function Rs(i,t,e,s){return!s||!s.setContext||!e?t:lr(i,t,e,s)}function lr(i,t,e,s){let n=i._chart.getContext(),o=Ls(i.options),{_datasetIndex:a,options:{spanGaps:r}}=i,l=e.length,c=[],h=o,d=t[0].start,u=d;function f(p,g,m,b){let x=r?-1:1;if(p!==g){for(p+=l;e[p%l].skip;)p-=x;for(;e[g%l].skip;)g+=x;p%l!==g%l&&(c.push({start:p%l,end:g%l,loop:m,style:b}),h=b,d=g%l)}}for(let p of t){d=r?d:p.start;let g=e[d%l],m;for(u=d+1;u<=p.end;u++){let b=e[u%l];m=Ls(s.setContext(ct(n,{type:"segment",p0:g,p1:b,p0DataIndex:(u-1)%l,p1DataIndex:u%l,datasetIndex:a}))),cr(m,h)&&f(d,u-1,p.loop,h),g=b,h=m}d<u-1&&f(d,u-1,p.loop,h)}return c}function Ls(i){return{backgroundColor:i.backgroundColor,borderCapStyle:i.borderCapStyle,borderDash:i.borderDash,borderDashOffset:i.borderDashOffset,borderJoinStyle:i.borderJoinStyle,borderWidth:i.borderWidth,borderColor:i.borderColor}}function cr(i,t){if(!t)return!1;let e=[],s=function(n,o){return Oi(o)?(e.includes(o)||e.push(o),e.indexOf(o)):o};return JSON.stringify(i,s)!==JSON.stringify(t,s)}function Ce(i,t,e){return i.options.clip?i[e]:t[e]}function hr(i,t){let{xScale:e,yScale:s}=i;return e&&s?{left:Ce(e,t,"left"),right:Ce(e,t,"right"),top:Ce(s,t,"top"),bottom:Ce(s,t,"bottom")}:t}function xn(i,t){let e=t._clip;if(e.disabled)return!1;let s=hr(t,i.chartArea);return{left:e.left===!1?0:s.left-(e.left===!0?0:e.left),right:e.right===!1?i.width:s.right+(e.right===!0?0:e.right),top:e.top===!1?0:s.top-(e.top===!0?0:e.top),bottom:e.bottom===!1?i.height:s.bottom+(e.bottom===!0?0:e.bottom)}}var Ji=class{constructor(){this._request=null,this._charts=new Map,this._running=!1,this._lastDate=void 0}_notify(t,e,s,n){let o=e.listeners[n],a=e.duration;o.forEach(r=>r({chart:t,initial:e.initial,numSteps:a,currentStep:Math.min(s-e.start,a)}))}_refresh(){this._request||(this._running=!0,this._request=Ci.call(window,()=>{this._update(),this._request=null,this._running&&this._refresh()}))}_update(t=Date.now()){let e=0;this._charts.forEach((s,n)=>{if(!s.running||!s.items.length)return;let o=s.items,a=o.length-1,r=!1,l;for(;a>=0;--a)l=o[a],l._active?(l._total>s.duration&&(s.duration=l._total),l.tick(t),r=!0):(o[a]=o[o.length-1],o.pop());r&&(n.draw(),this._notify(n,s,t,"progress")),o.length||(s.running=!1,this._notify(n,s,t,"complete"),s.initial=!1),e+=o.length}),this._lastDate=t,e===0&&(this._running=!1)}_getAnims(t){let e=this._charts,s=e.get(t);return s||(s={running:!1,initial:!0,items:[],listeners:{complete:[],progress:[]}},e.set(t,s)),s}listen(t,e,s){this._getAnims(t).listeners[e].push(s)}add(t,e){!e||!e.length||this._getAnims(t).items.push(...e)}has(t){return this._getAnims(t).items.length>0}start(t){let e=this._charts.get(t);e&&(e.running=!0,e.start=Date.now(),e.duration=e.items.reduce((s,n)=>Math.max(s,n._duration),0),this._refresh())}running(t){if(!this._running)return!1;let e=this._charts.get(t);return!(!e||!e.running||!e.items.length)}stop(t){let e=this._charts.get(t);if(!e||!e.items.length)return;let s=e.items,n=s.length-1;for(;n>=0;--n)s[n].cancel();e.items=[],this._notify(t,e,Date.now(),"complete")}remove(t){return this._charts.delete(t)}},ht=new Ji,_n="transparent",dr={boolean(i,t,e){return e>.5?t:i},color(i,t,e){let s=Ri(i||_n),n=s.valid&&Ri(t||_n);return n&&n.valid?n.mix(s,e).hexString():t},number(i,t,e){return i+(t-i)*e}},Qi=class{constructor(t,e,s,n){let o=e[s];n=ae([t.to,n,o,t.from]);let a=ae([t.from,o,n]);this._active=!0,this._fn=t.fn||dr[t.type||typeof a],this._easing=zt[t.easing]||zt.linear,this._start=Math.floor(Date.now()+(t.delay||0)),this._duration=this._total=Math.floor(t.duration),this._loop=!!t.loop,this._target=e,this._prop=s,this._from=a,this._to=n,this._promises=void 0}active(){return this._active}update(t,e,s){if(this._active){this._notify(!1);let n=this._target[this._prop],o=s-this._start,a=this._duration-o;this._start=s,this._duration=Math.floor(Math.max(a,t.duration)),this._total+=o,this._loop=!!t.loop,this._to=ae([t.to,e,n,t.from]),this._from=ae([t.from,n,e])}}cancel(){this._active&&(this.tick(Date.now()),this._active=!1,this._notify(!1))}tick(t){let e=t-this._start,s=this._duration,n=this._prop,o=this._from,a=this._loop,r=this._to,l;if(this._active=o!==r&&(a||e<s),!this._active){this._target[n]=r,this._notify(!0);return}if(e<0){this._target[n]=o;return}l=e/s%2,l=a&&l>1?2-l:l,l=this._easing(Math.min(1,Math.max(0,l))),this._target[n]=this._fn(o,r,l)}wait(){let t=this._promises||(this._promises=[]);return new Promise((e,s)=>{t.push({res:e,rej:s})})}_notify(t){let e=t?"res":"rej",s=this._promises||[];for(let n=0;n<s.length;n++)s[n][e]()}},Qe=class{constructor(t,e){this._chart=t,this._properties=new Map,this.configure(e)}configure(t){if(!P(t))return;let e=Object.keys(R.animation),s=this._properties;Object.getOwnPropertyNames(t).forEach(n=>{let o=t[n];if(!P(o))return;let a={};for(let r of e)a[r]=o[r];(A(o.properties)&&o.properties||[n]).forEach(r=>{(r===n||!s.has(r))&&s.set(r,a)})})}_animateOptions(t,e){let s=e.options,n=fr(t,s);if(!n)return[];let o=this._createAnimations(n,s);return s.$shared&&ur(t.options.$animations,s).then(()=>{t.options=s},()=>{}),o}_createAnimations(t,e){let s=this._properties,n=[],o=t.$animations||(t.$animations={}),a=Object.keys(e),r=Date.now(),l;for(l=a.length-1;l>=0;--l){let c=a[l];if(c.charAt(0)==="$")continue;if(c==="options"){n.push(...this._animateOptions(t,e));continue}let h=e[c],d=o[c],u=s.get(c);if(d)if(u&&d.active()){d.update(u,h,r);continue}else d.cancel();if(!u||!u.duration){t[c]=h;continue}o[c]=d=new Qi(u,t,c,h),n.push(d)}return n}update(t,e){if(this._properties.size===0){Object.assign(t,e);return}let s=this._createAnimations(t,e);if(s.length)return ht.add(this._chart,s),!0}};function ur(i,t){let e=[],s=Object.keys(t);for(let n=0;n<s.length;n++){let o=i[s[n]];o&&o.active()&&e.push(o.wait())}return Promise.all(e)}function fr(i,t){if(!t)return;let e=i.options;if(!e){i.options=t;return}return e.$shared&&(i.options=e=Object.assign({},e,{$shared:!1,$animations:{}})),e}function yn(i,t){let e=i&&i.options||{},s=e.reverse,n=e.min===void 0?t:0,o=e.max===void 0?t:0;return{start:s?o:n,end:s?n:o}}function gr(i,t,e){if(e===!1)return!1;let s=yn(i,e),n=yn(t,e);return{top:n.end,right:s.end,bottom:n.start,left:s.start}}function pr(i){let t,e,s,n;return P(i)?(t=i.top,e=i.right,s=i.bottom,n=i.left):t=e=s=n=i,{top:t,right:e,bottom:s,left:n,disabled:i===!1}}function uo(i,t){let e=[],s=i._getSortedDatasetMetas(t),n,o;for(n=0,o=s.length;n<o;++n)e.push(s[n].index);return e}function Mn(i,t,e,s={}){let n=i.keys,o=s.mode==="single",a,r,l,c;if(t===null)return;let h=!1;for(a=0,r=n.length;a<r;++a){if(l=+n[a],l===e){if(h=!0,s.all)continue;break}c=i.values[l],B(c)&&(o||t===0||J(t)===J(c))&&(t+=c)}return!h&&!s.all?0:t}function mr(i,t){let{iScale:e,vScale:s}=t,n=e.axis==="x"?"x":"y",o=s.axis==="x"?"x":"y",a=Object.keys(i),r=new Array(a.length),l,c,h;for(l=0,c=a.length;l<c;++l)h=a[l],r[l]={[n]:h,[o]:i[h]};return r}function ji(i,t){let e=i&&i.options.stacked;return e||e===void 0&&t.stack!==void 0}function br(i,t,e){return`${i.id}.${t.id}.${e.stack||e.type}`}function xr(i){let{min:t,max:e,minDefined:s,maxDefined:n}=i.getUserBounds();return{min:s?t:Number.NEGATIVE_INFINITY,max:n?e:Number.POSITIVE_INFINITY}}function _r(i,t,e){let s=i[t]||(i[t]={});return s[e]||(s[e]={})}function vn(i,t,e,s){for(let n of t.getMatchingVisibleMetas(s).reverse()){let o=i[n.index];if(e&&o>0||!e&&o<0)return n.index}return null}function Sn(i,t){let{chart:e,_cachedMeta:s}=i,n=e._stacks||(e._stacks={}),{iScale:o,vScale:a,index:r}=s,l=o.axis,c=a.axis,h=br(o,a,s),d=t.length,u;for(let f=0;f<d;++f){let p=t[f],{[l]:g,[c]:m}=p,b=p._stacks||(p._stacks={});u=b[c]=_r(n,h,g),u[r]=m,u._top=vn(u,a,!0,s.type),u._bottom=vn(u,a,!1,s.type);let x=u._visualValues||(u._visualValues={});x[r]=m}}function $i(i,t){let e=i.scales;return Object.keys(e).filter(s=>e[s].axis===t).shift()}function yr(i,t){return ct(i,{active:!1,dataset:void 0,datasetIndex:t,index:t,mode:"default",type:"dataset"})}function Mr(i,t,e){return ct(i,{active:!1,dataIndex:t,parsed:void 0,raw:void 0,element:e,index:t,mode:"default",type:"data"})}function re(i,t){let e=i.controller.index,s=i.vScale&&i.vScale.axis;if(s){t=t||i._parsed;for(let n of t){let o=n._stacks;!o||o[s]===void 0||o[s][e]===void 0||(delete o[s][e],o[s]._visualValues!==void 0&&o[s]._visualValues[e]!==void 0&&delete o[s]._visualValues[e])}}}var Yi=i=>i==="reset"||i==="none",wn=(i,t)=>t?i:Object.assign({},i),vr=(i,t,e)=>i&&!t.hidden&&t._stacked&&{keys:uo(e,!0),values:null},ge=class{static defaults={};static datasetElementType=null;static dataElementType=null;constructor(t,e){this.chart=t,this._ctx=t.ctx,this.index=e,this._cachedDataOpts={},this._cachedMeta=this.getMeta(),this._type=this._cachedMeta.type,this.options=void 0,this._parsing=!1,this._data=void 0,this._objectData=void 0,this._sharedOptions=void 0,this._drawStart=void 0,this._drawCount=void 0,this.enableOptionSharing=!1,this.supportsDecimation=!1,this.$context=void 0,this._syncList=[],this.datasetElementType=new.target.datasetElementType,this.dataElementType=new.target.dataElementType,this.initialize()}initialize(){let t=this._cachedMeta;this.configure(),this.linkScales(),t._stacked=ji(t.vScale,t),this.addElements(),this.options.fill&&!this.chart.isPluginEnabled("filler")&&console.warn("Tried to use the \'fill\' option without the \'Filler\' plugin enabled. Please import and register the \'Filler\' plugin and make sure it is not disabled in the options")}updateIndex(t){this.index!==t&&re(this._cachedMeta),this.index=t}linkScales(){let t=this.chart,e=this._cachedMeta,s=this.getDataset(),n=(d,u,f,p)=>d==="x"?u:d==="r"?p:f,o=e.xAxisID=C(s.xAxisID,$i(t,"x")),a=e.yAxisID=C(s.yAxisID,$i(t,"y")),r=e.rAxisID=C(s.rAxisID,$i(t,"r")),l=e.indexAxis,c=e.iAxisID=n(l,o,a,r),h=e.vAxisID=n(l,a,o,r);e.xScale=this.getScaleForId(o),e.yScale=this.getScaleForId(a),e.rScale=this.getScaleForId(r),e.iScale=this.getScaleForId(c),e.vScale=this.getScaleForId(h)}getDataset(){return this.chart.data.datasets[this.index]}getMeta(){return this.chart.getDatasetMeta(this.index)}getScaleForId(t){return this.chart.scales[t]}_getOtherScale(t){let e=this._cachedMeta;return t===e.iScale?e.vScale:e.iScale}reset(){this._update("reset")}_destroy(){let t=this._cachedMeta;this._data&&Di(this._data,this),t._stacked&&re(t)}_dataCheck(){let t=this.getDataset(),e=t.data||(t.data=[]),s=this._data;if(P(e)){let n=this._cachedMeta;this._data=mr(e,n)}else if(s!==e){if(s){Di(s,this);let n=this._cachedMeta;re(n),n._parsed=[]}e&&Object.isExtensible(e)&&Ys(e,this),this._syncList=[],this._data=e}}addElements(){let t=this._cachedMeta;this._dataCheck(),this.datasetElementType&&(t.dataset=new this.datasetElementType)}buildOrUpdateElements(t){let e=this._cachedMeta,s=this.getDataset(),n=!1;this._dataCheck();let o=e._stacked;e._stacked=ji(e.vScale,e),e.stack!==s.stack&&(n=!0,re(e),e.stack=s.stack),this._resyncElements(t),(n||o!==e._stacked)&&(Sn(this,e._parsed),e._stacked=ji(e.vScale,e))}configure(){let t=this.chart.config,e=t.datasetScopeKeys(this._type),s=t.getOptionScopes(this.getDataset(),e,!0);this.options=t.createResolver(s,this.getContext()),this._parsing=this.options.parsing,this._cachedDataOpts={}}parse(t,e){let{_cachedMeta:s,_data:n}=this,{iScale:o,_stacked:a}=s,r=o.axis,l=t===0&&e===n.length?!0:s._sorted,c=t>0&&s._parsed[t-1],h,d,u;if(this._parsing===!1)s._parsed=n,s._sorted=!0,u=n;else{A(n[t])?u=this.parseArrayData(s,n,t,e):P(n[t])?u=this.parseObjectData(s,n,t,e):u=this.parsePrimitiveData(s,n,t,e);let f=()=>d[r]===null||c&&d[r]<c[r];for(h=0;h<e;++h)s._parsed[h+t]=d=u[h],l&&(f()&&(l=!1),c=d);s._sorted=l}a&&Sn(this,u)}parsePrimitiveData(t,e,s,n){let{iScale:o,vScale:a}=t,r=o.axis,l=a.axis,c=o.getLabels(),h=o===a,d=new Array(n),u,f,p;for(u=0,f=n;u<f;++u)p=u+s,d[u]={[r]:h||o.parse(c[p],p),[l]:a.parse(e[p],p)};return d}parseArrayData(t,e,s,n){let{xScale:o,yScale:a}=t,r=new Array(n),l,c,h,d;for(l=0,c=n;l<c;++l)h=l+s,d=e[h],r[l]={x:o.parse(d[0],h),y:a.parse(d[1],h)};return r}parseObjectData(t,e,s,n){let{xScale:o,yScale:a}=t,{xAxisKey:r="x",yAxisKey:l="y"}=this._parsing,c=new Array(n),h,d,u,f;for(h=0,d=n;h<d;++h)u=h+s,f=e[u],c[h]={x:o.parse(Ct(f,r),u),y:a.parse(Ct(f,l),u)};return c}getParsed(t){return this._cachedMeta._parsed[t]}getDataElement(t){return this._cachedMeta.data[t]}applyStack(t,e,s){let n=this.chart,o=this._cachedMeta,a=e[t.axis],r={keys:uo(n,!0),values:e._stacks[t.axis]._visualValues};return Mn(r,a,o.index,{mode:s})}updateRangeFromParsed(t,e,s,n){let o=s[e.axis],a=o===null?NaN:o,r=n&&s._stacks[e.axis];n&&r&&(n.values=r,a=Mn(n,o,this._cachedMeta.index)),t.min=Math.min(t.min,a),t.max=Math.max(t.max,a)}getMinMax(t,e){let s=this._cachedMeta,n=s._parsed,o=s._sorted&&t===s.iScale,a=n.length,r=this._getOtherScale(t),l=vr(e,s,this.chart),c={min:Number.POSITIVE_INFINITY,max:Number.NEGATIVE_INFINITY},{min:h,max:d}=xr(r),u,f;function p(){f=n[u];let g=f[r.axis];return!B(f[t.axis])||h>g||d<g}for(u=0;u<a&&!(!p()&&(this.updateRangeFromParsed(c,t,f,l),o));++u);if(o){for(u=a-1;u>=0;--u)if(!p()){this.updateRangeFromParsed(c,t,f,l);break}}return c}getAllParsedValues(t){let e=this._cachedMeta._parsed,s=[],n,o,a;for(n=0,o=e.length;n<o;++n)a=e[n][t.axis],B(a)&&s.push(a);return s}getMaxOverflow(){return!1}getLabelAndValue(t){let e=this._cachedMeta,s=e.iScale,n=e.vScale,o=this.getParsed(t);return{label:s?""+s.getLabelForValue(o[s.axis]):"",value:n?""+n.getLabelForValue(o[n.axis]):""}}_update(t){let e=this._cachedMeta;this.update(t||"default"),e._clip=pr(C(this.options.clip,gr(e.xScale,e.yScale,this.getMaxOverflow())))}update(t){}draw(){let t=this._ctx,e=this.chart,s=this._cachedMeta,n=s.data||[],o=e.chartArea,a=[],r=this._drawStart||0,l=this._drawCount||n.length-r,c=this.options.drawActiveElementsOnTop,h;for(s.dataset&&s.dataset.draw(t,o,r,l),h=r;h<r+l;++h){let d=n[h];d.hidden||(d.active&&c?a.push(d):d.draw(t,o))}for(h=0;h<a.length;++h)a[h].draw(t,o)}getStyle(t,e){let s=e?"active":"default";return t===void 0&&this._cachedMeta.dataset?this.resolveDatasetElementOptions(s):this.resolveDataElementOptions(t||0,s)}getContext(t,e,s){let n=this.getDataset(),o;if(t>=0&&t<this._cachedMeta.data.length){let a=this._cachedMeta.data[t];o=a.$context||(a.$context=Mr(this.getContext(),t,a)),o.parsed=this.getParsed(t),o.raw=n.data[t],o.index=o.dataIndex=t}else o=this.$context||(this.$context=yr(this.chart.getContext(),this.index)),o.dataset=n,o.index=o.datasetIndex=this.index;return o.active=!!e,o.mode=s,o}resolveDatasetElementOptions(t){return this._resolveElementOptions(this.datasetElementType.id,t)}resolveDataElementOptions(t,e){return this._resolveElementOptions(this.dataElementType.id,e,t)}_resolveElementOptions(t,e="default",s){let n=e==="active",o=this._cachedDataOpts,a=t+"-"+e,r=o[a],l=this.enableOptionSharing&&Wt(s);if(r)return wn(r,l);let c=this.chart.config,h=c.datasetElementScopeKeys(this._type,t),d=n?[`${t}Hover`,"hover",t,""]:[t,""],u=c.getOptionScopes(this.getDataset(),h),f=Object.keys(R.elements[t]),p=()=>this.getContext(s,n,e),g=c.resolveNamedOptions(u,f,p,d);return g.$shared&&(g.$shared=l,o[a]=Object.freeze(wn(g,l))),g}_resolveAnimations(t,e,s){let n=this.chart,o=this._cachedDataOpts,a=`animation-${e}`,r=o[a];if(r)return r;let l;if(n.options.animation!==!1){let h=this.chart.config,d=h.datasetAnimationScopeKeys(this._type,e),u=h.getOptionScopes(this.getDataset(),d);l=h.createResolver(u,this.getContext(t,s,e))}let c=new Qe(n,l&&l.animations);return l&&l._cacheable&&(o[a]=Object.freeze(c)),c}getSharedOptions(t){if(t.$shared)return this._sharedOptions||(this._sharedOptions=Object.assign({},t))}includeOptions(t,e){return!e||Yi(t)||this.chart._animationsDisabled}_getSharedOptions(t,e){let s=this.resolveDataElementOptions(t,e),n=this._sharedOptions,o=this.getSharedOptions(s),a=this.includeOptions(e,o)||o!==n;return this.updateSharedOptions(o,e,s),{sharedOptions:o,includeOptions:a}}updateElement(t,e,s,n){Yi(n)?Object.assign(t,s):this._resolveAnimations(e,n).update(t,s)}updateSharedOptions(t,e,s){t&&!Yi(e)&&this._resolveAnimations(void 0,e).update(t,s)}_setStyle(t,e,s,n){t.active=n;let o=this.getStyle(e,n);this._resolveAnimations(e,s,n).update(t,{options:!n&&this.getSharedOptions(o)||o})}removeHoverStyle(t,e,s){this._setStyle(t,s,"active",!1)}setHoverStyle(t,e,s){this._setStyle(t,s,"active",!0)}_removeDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!1)}_setDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!0)}_resyncElements(t){let e=this._data,s=this._cachedMeta.data;for(let[r,l,c]of this._syncList)this[r](l,c);this._syncList=[];let n=s.length,o=e.length,a=Math.min(o,n);a&&this.parse(0,a),o>n?this._insertElements(n,o-n,t):o<n&&this._removeElements(o,n-o)}_insertElements(t,e,s=!0){let n=this._cachedMeta,o=n.data,a=t+e,r,l=c=>{for(c.length+=e,r=c.length-1;r>=a;r--)c[r]=c[r-e]};for(l(o),r=t;r<a;++r)o[r]=new this.dataElementType;this._parsing&&l(n._parsed),this.parse(t,e),s&&this.updateElements(o,t,e,"reset")}updateElements(t,e,s,n){}_removeElements(t,e){let s=this._cachedMeta;if(this._parsing){let n=s._parsed.splice(t,e);s._stacked&&re(s,n)}s.data.splice(t,e)}_sync(t){if(this._parsing)this._syncList.push(t);else{let[e,s,n]=t;this[e](s,n)}this.chart._dataChanges.push([this.index,...t])}_onDataPush(){let t=arguments.length;this._sync(["_insertElements",this.getDataset().data.length-t,t])}_onDataPop(){this._sync(["_removeElements",this._cachedMeta.data.length-1,1])}_onDataShift(){this._sync(["_removeElements",0,1])}_onDataSplice(t,e){e&&this._sync(["_removeElements",t,e]);let s=arguments.length-2;s&&this._sync(["_insertElements",t,s])}_onDataUnshift(){this._sync(["_insertElements",0,arguments.length])}};function Sr(i,t){if(!i._cache.$bar){let e=i.getMatchingVisibleMetas(t),s=[];for(let n=0,o=e.length;n<o;n++)s=s.concat(e[n].controller.getAllParsedValues(i));i._cache.$bar=Pi(s.sort((n,o)=>n-o))}return i._cache.$bar}function wr(i){let t=i.iScale,e=Sr(t,i.type),s=t._length,n,o,a,r,l=()=>{a===32767||a===-32768||(Wt(r)&&(s=Math.min(s,Math.abs(a-r)||s)),r=a)};for(n=0,o=e.length;n<o;++n)a=t.getPixelForValue(e[n]),l();for(r=void 0,n=0,o=t.ticks.length;n<o;++n)a=t.getPixelForTick(n),l();return s}function kr(i,t,e,s){let n=e.barThickness,o,a;return D(n)?(o=t.min*e.categoryPercentage,a=e.barPercentage):(o=n*s,a=1),{chunk:o/s,ratio:a,start:t.pixels[i]-o/2}}function Dr(i,t,e,s){let n=t.pixels,o=n[i],a=i>0?n[i-1]:null,r=i<n.length-1?n[i+1]:null,l=e.categoryPercentage;a===null&&(a=o-(r===null?t.end-t.start:r-o)),r===null&&(r=o+o-a);let c=o-(o-Math.min(a,r))/2*l;return{chunk:Math.abs(r-a)/2*l/s,ratio:e.barPercentage,start:c}}function Pr(i,t,e,s){let n=e.parse(i[0],s),o=e.parse(i[1],s),a=Math.min(n,o),r=Math.max(n,o),l=a,c=r;Math.abs(a)>Math.abs(r)&&(l=r,c=a),t[e.axis]=c,t._custom={barStart:l,barEnd:c,start:n,end:o,min:a,max:r}}function fo(i,t,e,s){return A(i)?Pr(i,t,e,s):t[e.axis]=e.parse(i,s),t}function kn(i,t,e,s){let n=i.iScale,o=i.vScale,a=n.getLabels(),r=n===o,l=[],c,h,d,u;for(c=e,h=e+s;c<h;++c)u=t[c],d={},d[n.axis]=r||n.parse(a[c],c),l.push(fo(u,d,o,c));return l}function Ui(i){return i&&i.barStart!==void 0&&i.barEnd!==void 0}function Cr(i,t,e){return i!==0?J(i):(t.isHorizontal()?1:-1)*(t.min>=e?1:-1)}function Tr(i){let t,e,s,n,o;return i.horizontal?(t=i.base>i.x,e="left",s="right"):(t=i.base<i.y,e="bottom",s="top"),t?(n="end",o="start"):(n="start",o="end"),{start:e,end:s,reverse:t,top:n,bottom:o}}function Ar(i,t,e,s){let n=t.borderSkipped,o={};if(!n){i.borderSkipped=o;return}if(n===!0){i.borderSkipped={top:!0,right:!0,bottom:!0,left:!0};return}let{start:a,end:r,reverse:l,top:c,bottom:h}=Tr(i);n==="middle"&&e&&(i.enableBorderRadius=!0,(e._top||0)===s?n=c:(e._bottom||0)===s?n=h:(o[Dn(h,a,r,l)]=!0,n=c)),o[Dn(n,a,r,l)]=!0,i.borderSkipped=o}function Dn(i,t,e,s){return s?(i=Or(i,t,e),i=Pn(i,e,t)):i=Pn(i,t,e),i}function Or(i,t,e){return i===t?e:i===e?t:i}function Pn(i,t,e){return i==="start"?t:i==="end"?e:i}function Rr(i,{inflateAmount:t},e){i.inflateAmount=t==="auto"?e===1?.33:0:t}var ti=class extends ge{static id="bar";static defaults={datasetElementType:!1,dataElementType:"bar",categoryPercentage:.8,barPercentage:.9,grouped:!0,animations:{numbers:{type:"number",properties:["x","y","base","width","height"]}}};static overrides={scales:{_index_:{type:"category",offset:!0,grid:{offset:!0}},_value_:{type:"linear",beginAtZero:!0}}};parsePrimitiveData(t,e,s,n){return kn(t,e,s,n)}parseArrayData(t,e,s,n){return kn(t,e,s,n)}parseObjectData(t,e,s,n){let{iScale:o,vScale:a}=t,{xAxisKey:r="x",yAxisKey:l="y"}=this._parsing,c=o.axis==="x"?r:l,h=a.axis==="x"?r:l,d=[],u,f,p,g;for(u=s,f=s+n;u<f;++u)g=e[u],p={},p[o.axis]=o.parse(Ct(g,c),u),d.push(fo(Ct(g,h),p,a,u));return d}updateRangeFromParsed(t,e,s,n){super.updateRangeFromParsed(t,e,s,n);let o=s._custom;o&&e===this._cachedMeta.vScale&&(t.min=Math.min(t.min,o.min),t.max=Math.max(t.max,o.max))}getMaxOverflow(){return 0}getLabelAndValue(t){let e=this._cachedMeta,{iScale:s,vScale:n}=e,o=this.getParsed(t),a=o._custom,r=Ui(a)?"["+a.start+", "+a.end+"]":""+n.getLabelForValue(o[n.axis]);return{label:""+s.getLabelForValue(o[s.axis]),value:r}}initialize(){this.enableOptionSharing=!0,super.initialize();let t=this._cachedMeta;t.stack=this.getDataset().stack}update(t){let e=this._cachedMeta;this.updateElements(e.data,0,e.data.length,t)}updateElements(t,e,s,n){let o=n==="reset",{index:a,_cachedMeta:{vScale:r}}=this,l=r.getBasePixel(),c=r.isHorizontal(),h=this._getRuler(),{sharedOptions:d,includeOptions:u}=this._getSharedOptions(e,n);for(let f=e;f<e+s;f++){let p=this.getParsed(f),g=o||D(p[r.axis])?{base:l,head:l}:this._calculateBarValuePixels(f),m=this._calculateBarIndexPixels(f,h),b=(p._stacks||{})[r.axis],x={horizontal:c,base:g.base,enableBorderRadius:!b||Ui(p._custom)||a===b._top||a===b._bottom,x:c?g.head:m.center,y:c?m.center:g.head,height:c?m.size:Math.abs(g.size),width:c?Math.abs(g.size):m.size};u&&(x.options=d||this.resolveDataElementOptions(f,t[f].active?"active":n));let y=x.options||t[f].options;Ar(x,y,b,a),Rr(x,y,h.ratio),this.updateElement(t[f],f,x,n)}}_getStacks(t,e){let{iScale:s}=this._cachedMeta,n=s.getMatchingVisibleMetas(this._type).filter(h=>h.controller.options.grouped),o=s.options.stacked,a=[],r=this._cachedMeta.controller.getParsed(e),l=r&&r[s.axis],c=h=>{let d=h._parsed.find(f=>f[s.axis]===l),u=d&&d[h.vScale.axis];if(D(u)||isNaN(u))return!0};for(let h of n)if(!(e!==void 0&&c(h))&&((o===!1||a.indexOf(h.stack)===-1||o===void 0&&h.stack===void 0)&&a.push(h.stack),h.index===t))break;return a.length||a.push(void 0),a}_getStackCount(t){return this._getStacks(void 0,t).length}_getAxisCount(){return this._getAxis().length}getFirstScaleIdForIndexAxis(){let t=this.chart.scales,e=this.chart.options.indexAxis;return Object.keys(t).filter(s=>t[s].axis===e).shift()}_getAxis(){let t={},e=this.getFirstScaleIdForIndexAxis();for(let s of this.chart.data.datasets)t[C(this.chart.options.indexAxis==="x"?s.xAxisID:s.yAxisID,e)]=!0;return Object.keys(t)}_getStackIndex(t,e,s){let n=this._getStacks(t,s),o=e!==void 0?n.indexOf(e):-1;return o===-1?n.length-1:o}_getRuler(){let t=this.options,e=this._cachedMeta,s=e.iScale,n=[],o,a;for(o=0,a=e.data.length;o<a;++o)n.push(s.getPixelForValue(this.getParsed(o)[s.axis],o));let r=t.barThickness;return{min:r||wr(e),pixels:n,start:s._startPixel,end:s._endPixel,stackCount:this._getStackCount(),scale:s,grouped:t.grouped,ratio:r?1:t.categoryPercentage*t.barPercentage}}_calculateBarValuePixels(t){let{_cachedMeta:{vScale:e,_stacked:s,index:n},options:{base:o,minBarLength:a}}=this,r=o||0,l=this.getParsed(t),c=l._custom,h=Ui(c),d=l[e.axis],u=0,f=s?this.applyStack(e,l,s):d,p,g;f!==d&&(u=f-d,f=d),h&&(d=c.barStart,f=c.barEnd-c.barStart,d!==0&&J(d)!==J(c.barEnd)&&(u=0),u+=d);let m=!D(o)&&!h?o:u,b=e.getPixelForValue(m);if(this.chart.getDataVisibility(t)?p=e.getPixelForValue(u+f):p=b,g=p-b,Math.abs(g)<a){g=Cr(g,e,r)*a,d===r&&(b-=g/2);let x=e.getPixelForDecimal(0),y=e.getPixelForDecimal(1),M=Math.min(x,y),_=Math.max(x,y);b=Math.max(Math.min(b,_),M),p=b+g,s&&!h&&(l._stacks[e.axis]._visualValues[n]=e.getValueForPixel(p)-e.getValueForPixel(b))}if(b===e.getPixelForValue(r)){let x=J(g)*e.getLineWidthForValue(r)/2;b+=x,g-=x}return{size:g,base:b,head:p,center:p+g/2}}_calculateBarIndexPixels(t,e){let s=e.scale,n=this.options,o=n.skipNull,a=C(n.maxBarThickness,1/0),r,l,c=this._getAxisCount();if(e.grouped){let h=o?this._getStackCount(t):e.stackCount,d=n.barThickness==="flex"?Dr(t,e,n,h*c):kr(t,e,n,h*c),u=this.chart.options.indexAxis==="x"?this.getDataset().xAxisID:this.getDataset().yAxisID,f=this._getAxis().indexOf(C(u,this.getFirstScaleIdForIndexAxis())),p=this._getStackIndex(this.index,this._cachedMeta.stack,o?t:void 0)+f;r=d.start+d.chunk*p+d.chunk/2,l=Math.min(a,d.chunk*d.ratio)}else r=s.getPixelForValue(this.getParsed(t)[s.axis],t),l=Math.min(a,e.min*e.ratio);return{base:r-l/2,head:r+l/2,center:r,size:l}}draw(){let t=this._cachedMeta,e=t.vScale,s=t.data,n=s.length,o=0;for(;o<n;++o)this.getParsed(o)[e.axis]!==null&&!s[o].hidden&&s[o].draw(this._ctx)}};var ei=class extends ge{static id="line";static defaults={datasetElementType:"line",dataElementType:"point",showLine:!0,spanGaps:!1};static overrides={scales:{_index_:{type:"category"},_value_:{type:"linear"}}};initialize(){this.enableOptionSharing=!0,this.supportsDecimation=!0,super.initialize()}update(t){let e=this._cachedMeta,{dataset:s,data:n=[],_dataset:o}=e,a=this.chart._animationsDisabled,{start:r,count:l}=Xs(e,n,a);this._drawStart=r,this._drawCount=l,Ks(e)&&(r=0,l=n.length),s._chart=this.chart,s._datasetIndex=this.index,s._decimated=!!o._decimated,s.points=n;let c=this.resolveDatasetElementOptions(t);this.options.showLine||(c.borderWidth=0),c.segment=this.options.segment,this.updateElement(s,void 0,{animated:!a,options:c},t),this.updateElements(n,r,l,t)}updateElements(t,e,s,n){let o=n==="reset",{iScale:a,vScale:r,_stacked:l,_dataset:c}=this._cachedMeta,{sharedOptions:h,includeOptions:d}=this._getSharedOptions(e,n),u=a.axis,f=r.axis,{spanGaps:p,segment:g}=this.options,m=jt(p)?p:Number.POSITIVE_INFINITY,b=this.chart._animationsDisabled||o||n==="none",x=e+s,y=t.length,M=e>0&&this.getParsed(e-1);for(let _=0;_<y;++_){let w=t[_],v=b?w:{};if(_<e||_>=x){v.skip=!0;continue}let S=this.getParsed(_),k=D(S[f]),L=v[u]=a.getPixelForValue(S[u],_),E=v[f]=o||k?r.getBasePixel():r.getPixelForValue(l?this.applyStack(r,S,l):S[f],_);v.skip=isNaN(L)||isNaN(E)||k,v.stop=_>0&&Math.abs(S[u]-M[u])>m,g&&(v.parsed=S,v.raw=c.data[_]),d&&(v.options=h||this.resolveDataElementOptions(_,w.active?"active":n)),b||this.updateElement(w,_,v,n),M=S}}getMaxOverflow(){let t=this._cachedMeta,e=t.dataset,s=e.options&&e.options.borderWidth||0,n=t.data||[];if(!n.length)return s;let o=n[0].size(this.resolveDataElementOptions(0)),a=n[n.length-1].size(this.resolveDataElementOptions(n.length-1));return Math.max(s,o,a)/2}draw(){let t=this._cachedMeta;t.dataset.updateControlPoints(this.chart.chartArea,t.iScale.axis),super.draw()}};function At(){throw new Error("This method is not implemented: Check that a complete date adapter is provided.")}var ts=class i{static override(t){Object.assign(i.prototype,t)}options;constructor(t){this.options=t||{}}init(){}formats(){return At()}parse(){return At()}format(){return At()}add(){return At()}diff(){return At()}startOf(){return At()}endOf(){return At()}},Lr={_date:ts};function Er(i,t,e,s){let{controller:n,data:o,_sorted:a}=i,r=n._cachedMeta.iScale,l=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null;if(r&&t===r.axis&&t!=="r"&&a&&o.length){let c=r._reversePixels?Hs:mt;if(s){if(n._sharedOptions){let h=o[0],d=typeof h.getRange=="function"&&h.getRange(t);if(d){let u=c(o,t,e-d),f=c(o,t,e+d);return{lo:u.lo,hi:f.hi}}}}else{let h=c(o,t,e);if(l){let{vScale:d}=n._cachedMeta,{_parsed:u}=i,f=u.slice(0,h.lo+1).reverse().findIndex(g=>!D(g[d.axis]));h.lo-=Math.max(0,f);let p=u.slice(h.hi).findIndex(g=>!D(g[d.axis]));h.hi+=Math.max(0,p)}return h}}return{lo:0,hi:o.length-1}}function be(i,t,e,s,n){let o=i.getSortedVisibleDatasetMetas(),a=e[t];for(let r=0,l=o.length;r<l;++r){let{index:c,data:h}=o[r],{lo:d,hi:u}=Er(o[r],t,a,n);for(let f=d;f<=u;++f){let p=h[f];p.skip||s(p,c,f)}}}function Ir(i){let t=i.indexOf("x")!==-1,e=i.indexOf("y")!==-1;return function(s,n){let o=t?Math.abs(s.x-n.x):0,a=e?Math.abs(s.y-n.y):0;return Math.sqrt(Math.pow(o,2)+Math.pow(a,2))}}function qi(i,t,e,s,n){let o=[];return!n&&!i.isPointInArea(t)||be(i,e,t,function(r,l,c){!n&&!tt(r,i.chartArea,0)||r.inRange(t.x,t.y,s)&&o.push({element:r,datasetIndex:l,index:c})},!0),o}function Fr(i,t,e,s){let n=[];function o(a,r,l){let{startAngle:c,endAngle:h}=a.getProps(["startAngle","endAngle"],s),{angle:d}=Ns(a,{x:t.x,y:t.y});ki(d,c,h)&&n.push({element:a,datasetIndex:r,index:l})}return be(i,e,t,o),n}function zr(i,t,e,s,n,o){let a=[],r=Ir(e),l=Number.POSITIVE_INFINITY;function c(h,d,u){let f=h.inRange(t.x,t.y,n);if(s&&!f)return;let p=h.getCenterPoint(n);if(!(!!o||i.isPointInArea(p))&&!f)return;let m=r(t,p);m<l?(a=[{element:h,datasetIndex:d,index:u}],l=m):m===l&&a.push({element:h,datasetIndex:d,index:u})}return be(i,e,t,c),a}function Xi(i,t,e,s,n,o){return!o&&!i.isPointInArea(t)?[]:e==="r"&&!s?Fr(i,t,e,n):zr(i,t,e,s,n,o)}function Cn(i,t,e,s,n){let o=[],a=e==="x"?"inXRange":"inYRange",r=!1;return be(i,e,t,(l,c,h)=>{l[a]&&l[a](t[e],n)&&(o.push({element:l,datasetIndex:c,index:h}),r=r||l.inRange(t.x,t.y,n))}),s&&!r?[]:o}var Br={evaluateInteractionItems:be,modes:{index(i,t,e,s){let n=yt(t,i),o=e.axis||"x",a=e.includeInvisible||!1,r=e.intersect?qi(i,n,o,s,a):Xi(i,n,o,!1,s,a),l=[];return r.length?(i.getSortedVisibleDatasetMetas().forEach(c=>{let h=r[0].index,d=c.data[h];d&&!d.skip&&l.push({element:d,datasetIndex:c.index,index:h})}),l):[]},dataset(i,t,e,s){let n=yt(t,i),o=e.axis||"xy",a=e.includeInvisible||!1,r=e.intersect?qi(i,n,o,s,a):Xi(i,n,o,!1,s,a);if(r.length>0){let l=r[0].datasetIndex,c=i.getDatasetMeta(l).data;r=[];for(let h=0;h<c.length;++h)r.push({element:c[h],datasetIndex:l,index:h})}return r},point(i,t,e,s){let n=yt(t,i),o=e.axis||"xy",a=e.includeInvisible||!1;return qi(i,n,o,s,a)},nearest(i,t,e,s){let n=yt(t,i),o=e.axis||"xy",a=e.includeInvisible||!1;return Xi(i,n,o,e.intersect,s,a)},x(i,t,e,s){let n=yt(t,i);return Cn(i,n,"x",e.intersect,s)},y(i,t,e,s){let n=yt(t,i);return Cn(i,n,"y",e.intersect,s)}}},go=["left","top","right","bottom"];function le(i,t){return i.filter(e=>e.pos===t)}function Tn(i,t){return i.filter(e=>go.indexOf(e.pos)===-1&&e.box.axis===t)}function ce(i,t){return i.sort((e,s)=>{let n=t?s:e,o=t?e:s;return n.weight===o.weight?n.index-o.index:n.weight-o.weight})}function Vr(i){let t=[],e,s,n,o,a,r;for(e=0,s=(i||[]).length;e<s;++e)n=i[e],{position:o,options:{stack:a,stackWeight:r=1}}=n,t.push({index:e,box:n,pos:o,horizontal:n.isHorizontal(),weight:n.weight,stack:a&&o+a,stackWeight:r});return t}function Nr(i){let t={};for(let e of i){let{stack:s,pos:n,stackWeight:o}=e;if(!s||!go.includes(n))continue;let a=t[s]||(t[s]={count:0,placed:0,weight:0,size:0});a.count++,a.weight+=o}return t}function Wr(i,t){let e=Nr(i),{vBoxMaxWidth:s,hBoxMaxHeight:n}=t,o,a,r;for(o=0,a=i.length;o<a;++o){r=i[o];let{fullSize:l}=r.box,c=e[r.stack],h=c&&r.stackWeight/c.weight;r.horizontal?(r.width=h?h*s:l&&t.availableWidth,r.height=n):(r.width=s,r.height=h?h*n:l&&t.availableHeight)}return e}function Hr(i){let t=Vr(i),e=ce(t.filter(c=>c.box.fullSize),!0),s=ce(le(t,"left"),!0),n=ce(le(t,"right")),o=ce(le(t,"top"),!0),a=ce(le(t,"bottom")),r=Tn(t,"x"),l=Tn(t,"y");return{fullSize:e,leftAndTop:s.concat(o),rightAndBottom:n.concat(l).concat(a).concat(r),chartArea:le(t,"chartArea"),vertical:s.concat(n).concat(l),horizontal:o.concat(a).concat(r)}}function An(i,t,e,s){return Math.max(i[e],t[e])+Math.max(i[s],t[s])}function po(i,t){i.top=Math.max(i.top,t.top),i.left=Math.max(i.left,t.left),i.bottom=Math.max(i.bottom,t.bottom),i.right=Math.max(i.right,t.right)}function jr(i,t,e,s){let{pos:n,box:o}=e,a=i.maxPadding;if(!P(n)){e.size&&(i[n]-=e.size);let d=s[e.stack]||{size:0,count:1};d.size=Math.max(d.size,e.horizontal?o.height:o.width),e.size=d.size/d.count,i[n]+=e.size}o.getPadding&&po(a,o.getPadding());let r=Math.max(0,t.outerWidth-An(a,i,"left","right")),l=Math.max(0,t.outerHeight-An(a,i,"top","bottom")),c=r!==i.w,h=l!==i.h;return i.w=r,i.h=l,e.horizontal?{same:c,other:h}:{same:h,other:c}}function $r(i){let t=i.maxPadding;function e(s){let n=Math.max(t[s]-i[s],0);return i[s]+=n,n}i.y+=e("top"),i.x+=e("left"),e("right"),e("bottom")}function Yr(i,t){let e=t.maxPadding;function s(n){let o={left:0,top:0,right:0,bottom:0};return n.forEach(a=>{o[a]=Math.max(t[a],e[a])}),o}return s(i?["left","right"]:["top","bottom"])}function ue(i,t,e,s){let n=[],o,a,r,l,c,h;for(o=0,a=i.length,c=0;o<a;++o){r=i[o],l=r.box,l.update(r.width||t.w,r.height||t.h,Yr(r.horizontal,t));let{same:d,other:u}=jr(t,e,r,s);c|=d&&n.length,h=h||u,l.fullSize||n.push(r)}return c&&ue(n,t,e,s)||h}function Ye(i,t,e,s,n){i.top=e,i.left=t,i.right=t+s,i.bottom=e+n,i.width=s,i.height=n}function On(i,t,e,s){let n=e.padding,{x:o,y:a}=t;for(let r of i){let l=r.box,c=s[r.stack]||{count:1,placed:0,weight:1},h=r.stackWeight/c.weight||1;if(r.horizontal){let d=t.w*h,u=c.size||l.height;Wt(c.start)&&(a=c.start),l.fullSize?Ye(l,n.left,a,e.outerWidth-n.right-n.left,u):Ye(l,t.left+c.placed,a,d,u),c.start=a,c.placed+=d,a=l.bottom}else{let d=t.h*h,u=c.size||l.width;Wt(c.start)&&(o=c.start),l.fullSize?Ye(l,o,n.top,u,e.outerHeight-n.bottom-n.top):Ye(l,o,t.top+c.placed,u,d),c.start=o,c.placed+=d,o=l.right}}t.x=o,t.y=a}var Ue={addBox(i,t){i.boxes||(i.boxes=[]),t.fullSize=t.fullSize||!1,t.position=t.position||"top",t.weight=t.weight||0,t._layers=t._layers||function(){return[{z:0,draw(e){t.draw(e)}}]},i.boxes.push(t)},removeBox(i,t){let e=i.boxes?i.boxes.indexOf(t):-1;e!==-1&&i.boxes.splice(e,1)},configure(i,t,e){t.fullSize=e.fullSize,t.position=e.position,t.weight=e.weight},update(i,t,e,s){if(!i)return;let n=q(i.options.layout.padding),o=Math.max(t-n.width,0),a=Math.max(e-n.height,0),r=Hr(i.boxes),l=r.vertical,c=r.horizontal;T(i.boxes,g=>{typeof g.beforeLayout=="function"&&g.beforeLayout()});let h=l.reduce((g,m)=>m.box.options&&m.box.options.display===!1?g:g+1,0)||1,d=Object.freeze({outerWidth:t,outerHeight:e,padding:n,availableWidth:o,availableHeight:a,vBoxMaxWidth:o/2/h,hBoxMaxHeight:a/2}),u=Object.assign({},n);po(u,q(s));let f=Object.assign({maxPadding:u,w:o,h:a,x:n.left,y:n.top},n),p=Wr(l.concat(c),d);ue(r.fullSize,f,d,p),ue(l,f,d,p),ue(c,f,d,p)&&ue(l,f,d,p),$r(f),On(r.leftAndTop,f,d,p),f.x+=f.w,f.y+=f.h,On(r.rightAndBottom,f,d,p),i.chartArea={left:f.left,top:f.top,right:f.left+f.w,bottom:f.top+f.h,height:f.h,width:f.w},T(r.chartArea,g=>{let m=g.box;Object.assign(m,i.chartArea),m.update(f.w,f.h,{left:0,top:0,right:0,bottom:0})})}},ii=class{acquireContext(t,e){}releaseContext(t){return!1}addEventListener(t,e,s){}removeEventListener(t,e,s){}getDevicePixelRatio(){return 1}getMaximumSize(t,e,s,n){return e=Math.max(0,e||t.width),s=s||t.height,{width:e,height:Math.max(0,n?Math.floor(e/n):s)}}isAttached(t){return!0}updateConfig(t){}},es=class extends ii{acquireContext(t){return t&&t.getContext&&t.getContext("2d")||null}updateConfig(t){t.options.animation=!1}},Ze="$chartjs",Ur={touchstart:"mousedown",touchmove:"mousemove",touchend:"mouseup",pointerenter:"mouseenter",pointerdown:"mousedown",pointermove:"mousemove",pointerup:"mouseup",pointerleave:"mouseout",pointerout:"mouseout"},Rn=i=>i===null||i==="";function qr(i,t){let e=i.style,s=i.getAttribute("height"),n=i.getAttribute("width");if(i[Ze]={initial:{height:s,width:n,style:{display:e.display,height:e.height,width:e.width}}},e.display=e.display||"block",e.boxSizing=e.boxSizing||"border-box",Rn(n)){let o=Hi(i,"width");o!==void 0&&(i.width=o)}if(Rn(s))if(i.style.height==="")i.height=i.width/(t||2);else{let o=Hi(i,"height");o!==void 0&&(i.height=o)}return i}var mo=cn?{passive:!0}:!1;function Xr(i,t,e){i&&i.addEventListener(t,e,mo)}function Kr(i,t,e){i&&i.canvas&&i.canvas.removeEventListener(t,e,mo)}function Gr(i,t){let e=Ur[i.type]||i.type,{x:s,y:n}=yt(i,t);return{type:e,chart:t,native:i,x:s!==void 0?s:null,y:n!==void 0?n:null}}function si(i,t){for(let e of i)if(e===t||e.contains(t))return!0}function Zr(i,t,e){let s=i.canvas,n=new MutationObserver(o=>{let a=!1;for(let r of o)a=a||si(r.addedNodes,s),a=a&&!si(r.removedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}function Jr(i,t,e){let s=i.canvas,n=new MutationObserver(o=>{let a=!1;for(let r of o)a=a||si(r.removedNodes,s),a=a&&!si(r.addedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}var pe=new Map,Ln=0;function bo(){let i=window.devicePixelRatio;i!==Ln&&(Ln=i,pe.forEach((t,e)=>{e.currentDevicePixelRatio!==i&&t()}))}function Qr(i,t){pe.size||window.addEventListener("resize",bo),pe.set(i,t)}function tl(i){pe.delete(i),pe.size||window.removeEventListener("resize",bo)}function el(i,t,e){let s=i.canvas,n=s&&He(s);if(!n)return;let o=Ti((r,l)=>{let c=n.clientWidth;e(r,l),c<n.clientWidth&&e()},window),a=new ResizeObserver(r=>{let l=r[0],c=l.contentRect.width,h=l.contentRect.height;c===0&&h===0||o(c,h)});return a.observe(n),Qr(i,o),a}function Ki(i,t,e){e&&e.disconnect(),t==="resize"&&tl(i)}function il(i,t,e){let s=i.canvas,n=Ti(o=>{i.ctx!==null&&e(Gr(o,i))},i);return Xr(s,t,n),n}var is=class extends ii{acquireContext(t,e){let s=t&&t.getContext&&t.getContext("2d");return s&&s.canvas===t?(qr(t,e),s):null}releaseContext(t){let e=t.canvas;if(!e[Ze])return!1;let s=e[Ze].initial;["height","width"].forEach(o=>{let a=s[o];D(a)?e.removeAttribute(o):e.setAttribute(o,a)});let n=s.style||{};return Object.keys(n).forEach(o=>{e.style[o]=n[o]}),e.width=e.width,delete e[Ze],!0}addEventListener(t,e,s){this.removeEventListener(t,e);let n=t.$proxies||(t.$proxies={}),a={attach:Zr,detach:Jr,resize:el}[e]||il;n[e]=a(t,e,s)}removeEventListener(t,e){let s=t.$proxies||(t.$proxies={}),n=s[e];if(!n)return;({attach:Ki,detach:Ki,resize:Ki}[e]||Kr)(t,e,n),s[e]=void 0}getDevicePixelRatio(){return window.devicePixelRatio}getMaximumSize(t,e,s,n){return ln(t,e,s,n)}isAttached(t){let e=t&&He(t);return!!(e&&e.isConnected)}};function sl(i){return!We()||typeof OffscreenCanvas<"u"&&i instanceof OffscreenCanvas?es:is}var vt=class{static defaults={};static defaultRoutes=void 0;x;y;active=!1;options;$animations;tooltipPosition(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}hasValue(){return jt(this.x)&&jt(this.y)}getProps(t,e){let s=this.$animations;if(!e||!s)return this;let n={};return t.forEach(o=>{n[o]=s[o]&&s[o].active()?s[o]._to:this[o]}),n}};function nl(i,t){let e=i.options.ticks,s=ol(i),n=Math.min(e.maxTicksLimit||s,s),o=e.major.enabled?rl(t):[],a=o.length,r=o[0],l=o[a-1],c=[];if(a>n)return ll(t,c,o,a/n),c;let h=al(o,t,n);if(a>0){let d,u,f=a>1?Math.round((l-r)/(a-1)):null;for(qe(t,c,h,D(f)?0:r-f,r),d=0,u=a-1;d<u;d++)qe(t,c,h,o[d],o[d+1]);return qe(t,c,h,l,D(f)?t.length:l+f),c}return qe(t,c,h),c}function ol(i){let t=i.options.offset,e=i._tickSize(),s=i._length/e+(t?0:1),n=i._maxLength/e;return Math.floor(Math.min(s,n))}function al(i,t,e){let s=cl(i),n=t.length/e;if(!s)return Math.max(n,1);let o=Bs(s);for(let a=0,r=o.length-1;a<r;a++){let l=o[a];if(l>n)return l}return Math.max(n,1)}function rl(i){let t=[],e,s;for(e=0,s=i.length;e<s;e++)i[e].major&&t.push(e);return t}function ll(i,t,e,s){let n=0,o=e[0],a;for(s=Math.ceil(s),a=0;a<i.length;a++)a===o&&(t.push(i[a]),n++,o=e[n*s])}function qe(i,t,e,s,n){let o=C(s,0),a=Math.min(C(n,i.length),i.length),r=0,l,c,h;for(e=Math.ceil(e),n&&(l=n-s,e=l/Math.floor(l/e)),h=o;h<0;)r++,h=Math.round(o+r*e);for(c=Math.max(o,0);c<a;c++)c===h&&(t.push(i[c]),r++,h=Math.round(o+r*e))}function cl(i){let t=i.length,e,s;if(t<2)return!1;for(s=i[0],e=1;e<t;++e)if(i[e]-i[e-1]!==s)return!1;return s}var hl=i=>i==="left"?"right":i==="right"?"left":i,En=(i,t,e)=>t==="top"||t==="left"?i[t]+e:i[t]-e,In=(i,t)=>Math.min(t||i,i);function Fn(i,t){let e=[],s=i.length/t,n=i.length,o=0;for(;o<n;o+=s)e.push(i[Math.floor(o)]);return e}function dl(i,t,e){let s=i.ticks.length,n=Math.min(t,s-1),o=i._startPixel,a=i._endPixel,r=1e-6,l=i.getPixelForTick(n),c;if(!(e&&(s===1?c=Math.max(l-o,a-l):t===0?c=(i.getPixelForTick(1)-l)/2:c=(l-i.getPixelForTick(n-1))/2,l+=n<t?c:-c,l<o-r||l>a+r)))return l}function ul(i,t){T(i,e=>{let s=e.gc,n=s.length/2,o;if(n>t){for(o=0;o<n;++o)delete e.data[s[o]];s.splice(0,n)}})}function he(i){return i.drawTicks?i.tickLength:0}function zn(i,t){if(!i.display)return 0;let e=H(i.font,t),s=q(i.padding);return(A(i.text)?i.text.length:1)*e.lineHeight+s.height}function fl(i,t){return ct(i,{scale:t,type:"scale"})}function gl(i,t,e){return ct(i,{tick:e,index:t,type:"tick"})}function pl(i,t,e){let s=qs(i);return(e&&t!=="right"||!e&&t==="right")&&(s=hl(s)),s}function ml(i,t,e,s){let{top:n,left:o,bottom:a,right:r,chart:l}=i,{chartArea:c,scales:h}=l,d=0,u,f,p,g=a-n,m=r-o;if(i.isHorizontal()){if(f=Ai(s,o,r),P(e)){let b=Object.keys(e)[0],x=e[b];p=h[b].getPixelForValue(x)+g-t}else e==="center"?p=(c.bottom+c.top)/2+g-t:p=En(i,e,t);u=r-o}else{if(P(e)){let b=Object.keys(e)[0],x=e[b];f=h[b].getPixelForValue(x)-m+t}else e==="center"?f=(c.left+c.right)/2-m+t:f=En(i,e,t);p=Ai(s,a,n),d=e==="left"?-N:N}return{titleX:f,titleY:p,maxWidth:u,rotation:d}}var Yt=class i extends vt{constructor(t){super(),this.id=t.id,this.type=t.type,this.options=void 0,this.ctx=t.ctx,this.chart=t.chart,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.width=void 0,this.height=void 0,this._margins={left:0,right:0,top:0,bottom:0},this.maxWidth=void 0,this.maxHeight=void 0,this.paddingTop=void 0,this.paddingBottom=void 0,this.paddingLeft=void 0,this.paddingRight=void 0,this.axis=void 0,this.labelRotation=void 0,this.min=void 0,this.max=void 0,this._range=void 0,this.ticks=[],this._gridLineItems=null,this._labelItems=null,this._labelSizes=null,this._length=0,this._maxLength=0,this._longestTextCache={},this._startPixel=void 0,this._endPixel=void 0,this._reversePixels=!1,this._userMax=void 0,this._userMin=void 0,this._suggestedMax=void 0,this._suggestedMin=void 0,this._ticksLength=0,this._borderValue=0,this._cache={},this._dataLimitsCached=!1,this.$context=void 0}init(t){this.options=t.setContext(this.getContext()),this.axis=t.axis,this._userMin=this.parse(t.min),this._userMax=this.parse(t.max),this._suggestedMin=this.parse(t.suggestedMin),this._suggestedMax=this.parse(t.suggestedMax)}parse(t,e){return t}getUserBounds(){let{_userMin:t,_userMax:e,_suggestedMin:s,_suggestedMax:n}=this;return t=W(t,Number.POSITIVE_INFINITY),e=W(e,Number.NEGATIVE_INFINITY),s=W(s,Number.POSITIVE_INFINITY),n=W(n,Number.NEGATIVE_INFINITY),{min:W(t,s),max:W(e,n),minDefined:B(t),maxDefined:B(e)}}getMinMax(t){let{min:e,max:s,minDefined:n,maxDefined:o}=this.getUserBounds(),a;if(n&&o)return{min:e,max:s};let r=this.getMatchingVisibleMetas();for(let l=0,c=r.length;l<c;++l)a=r[l].controller.getMinMax(this,t),n||(e=Math.min(e,a.min)),o||(s=Math.max(s,a.max));return e=o&&e>s?s:e,s=n&&e>s?e:s,{min:W(e,W(s,e)),max:W(s,W(e,s))}}getPadding(){return{left:this.paddingLeft||0,top:this.paddingTop||0,right:this.paddingRight||0,bottom:this.paddingBottom||0}}getTicks(){return this.ticks}getLabels(){let t=this.chart.data;return this.options.labels||(this.isHorizontal()?t.xLabels:t.yLabels)||t.labels||[]}getLabelItems(t=this.chart.chartArea){return this._labelItems||(this._labelItems=this._computeLabelItems(t))}beforeLayout(){this._cache={},this._dataLimitsCached=!1}beforeUpdate(){O(this.options.beforeUpdate,[this])}update(t,e,s){let{beginAtZero:n,grace:o,ticks:a}=this.options,r=a.sampleSize;this.beforeUpdate(),this.maxWidth=t,this.maxHeight=e,this._margins=s=Object.assign({left:0,right:0,top:0,bottom:0},s),this.ticks=null,this._labelSizes=null,this._gridLineItems=null,this._labelItems=null,this.beforeSetDimensions(),this.setDimensions(),this.afterSetDimensions(),this._maxLength=this.isHorizontal()?this.width+s.left+s.right:this.height+s.top+s.bottom,this._dataLimitsCached||(this.beforeDataLimits(),this.determineDataLimits(),this.afterDataLimits(),this._range=en(this,o,n),this._dataLimitsCached=!0),this.beforeBuildTicks(),this.ticks=this.buildTicks()||[],this.afterBuildTicks();let l=r<this.ticks.length;this._convertTicksToLabels(l?Fn(this.ticks,r):this.ticks),this.configure(),this.beforeCalculateLabelRotation(),this.calculateLabelRotation(),this.afterCalculateLabelRotation(),a.display&&(a.autoSkip||a.source==="auto")&&(this.ticks=nl(this,this.ticks),this._labelSizes=null,this.afterAutoSkip()),l&&this._convertTicksToLabels(this.ticks),this.beforeFit(),this.fit(),this.afterFit(),this.afterUpdate()}configure(){let t=this.options.reverse,e,s;this.isHorizontal()?(e=this.left,s=this.right):(e=this.top,s=this.bottom,t=!t),this._startPixel=e,this._endPixel=s,this._reversePixels=t,this._length=s-e,this._alignToPixels=this.options.alignToPixels}afterUpdate(){O(this.options.afterUpdate,[this])}beforeSetDimensions(){O(this.options.beforeSetDimensions,[this])}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=0,this.right=this.width):(this.height=this.maxHeight,this.top=0,this.bottom=this.height),this.paddingLeft=0,this.paddingTop=0,this.paddingRight=0,this.paddingBottom=0}afterSetDimensions(){O(this.options.afterSetDimensions,[this])}_callHooks(t){this.chart.notifyPlugins(t,this.getContext()),O(this.options[t],[this])}beforeDataLimits(){this._callHooks("beforeDataLimits")}determineDataLimits(){}afterDataLimits(){this._callHooks("afterDataLimits")}beforeBuildTicks(){this._callHooks("beforeBuildTicks")}buildTicks(){return[]}afterBuildTicks(){this._callHooks("afterBuildTicks")}beforeTickToLabelConversion(){O(this.options.beforeTickToLabelConversion,[this])}generateTickLabels(t){let e=this.options.ticks,s,n,o;for(s=0,n=t.length;s<n;s++)o=t[s],o.label=O(e.callback,[o.value,s,t],this)}afterTickToLabelConversion(){O(this.options.afterTickToLabelConversion,[this])}beforeCalculateLabelRotation(){O(this.options.beforeCalculateLabelRotation,[this])}calculateLabelRotation(){let t=this.options,e=t.ticks,s=In(this.ticks.length,t.ticks.maxTicksLimit),n=e.minRotation||0,o=e.maxRotation,a=n,r,l,c;if(!this._isVisible()||!e.display||n>=o||s<=1||!this.isHorizontal()){this.labelRotation=n;return}let h=this._getLabelSizes(),d=h.widest.width,u=h.highest.height,f=U(this.chart.width-d,0,this.maxWidth);r=t.offset?this.maxWidth/s:f/(s-1),d+6>r&&(r=f/(s-(t.offset?.5:1)),l=this.maxHeight-he(t.grid)-e.padding-zn(t.title,this.chart.options.font),c=Math.sqrt(d*d+u*u),a=Ee(Math.min(Math.asin(U((h.highest.height+6)/r,-1,1)),Math.asin(U(l/c,-1,1))-Math.asin(U(u/c,-1,1)))),a=Math.max(n,Math.min(o,a))),this.labelRotation=a}afterCalculateLabelRotation(){O(this.options.afterCalculateLabelRotation,[this])}afterAutoSkip(){}beforeFit(){O(this.options.beforeFit,[this])}fit(){let t={width:0,height:0},{chart:e,options:{ticks:s,title:n,grid:o}}=this,a=this._isVisible(),r=this.isHorizontal();if(a){let l=zn(n,e.options.font);if(r?(t.width=this.maxWidth,t.height=he(o)+l):(t.height=this.maxHeight,t.width=he(o)+l),s.display&&this.ticks.length){let{first:c,last:h,widest:d,highest:u}=this._getLabelSizes(),f=s.padding*2,p=lt(this.labelRotation),g=Math.cos(p),m=Math.sin(p);if(r){let b=s.mirror?0:m*d.width+g*u.height;t.height=Math.min(this.maxHeight,t.height+b+f)}else{let b=s.mirror?0:g*d.width+m*u.height;t.width=Math.min(this.maxWidth,t.width+b+f)}this._calculatePadding(c,h,m,g)}}this._handleMargins(),r?(this.width=this._length=e.width-this._margins.left-this._margins.right,this.height=t.height):(this.width=t.width,this.height=this._length=e.height-this._margins.top-this._margins.bottom)}_calculatePadding(t,e,s,n){let{ticks:{align:o,padding:a},position:r}=this.options,l=this.labelRotation!==0,c=r!=="top"&&this.axis==="x";if(this.isHorizontal()){let h=this.getPixelForTick(0)-this.left,d=this.right-this.getPixelForTick(this.ticks.length-1),u=0,f=0;l?c?(u=n*t.width,f=s*e.height):(u=s*t.height,f=n*e.width):o==="start"?f=e.width:o==="end"?u=t.width:o!=="inner"&&(u=t.width/2,f=e.width/2),this.paddingLeft=Math.max((u-h+a)*this.width/(this.width-h),0),this.paddingRight=Math.max((f-d+a)*this.width/(this.width-d),0)}else{let h=e.height/2,d=t.height/2;o==="start"?(h=0,d=t.height):o==="end"&&(h=e.height,d=0),this.paddingTop=h+a,this.paddingBottom=d+a}}_handleMargins(){this._margins&&(this._margins.left=Math.max(this.paddingLeft,this._margins.left),this._margins.top=Math.max(this.paddingTop,this._margins.top),this._margins.right=Math.max(this.paddingRight,this._margins.right),this._margins.bottom=Math.max(this.paddingBottom,this._margins.bottom))}afterFit(){O(this.options.afterFit,[this])}isHorizontal(){let{axis:t,position:e}=this.options;return e==="top"||e==="bottom"||t==="x"}isFullSize(){return this.options.fullSize}_convertTicksToLabels(t){this.beforeTickToLabelConversion(),this.generateTickLabels(t);let e,s;for(e=0,s=t.length;e<s;e++)D(t[e].label)&&(t.splice(e,1),s--,e--);this.afterTickToLabelConversion()}_getLabelSizes(){let t=this._labelSizes;if(!t){let e=this.options.ticks.sampleSize,s=this.ticks;e<s.length&&(s=Fn(s,e)),this._labelSizes=t=this._computeLabelSizes(s,s.length,this.options.ticks.maxTicksLimit)}return t}_computeLabelSizes(t,e,s){let{ctx:n,_longestTextCache:o}=this,a=[],r=[],l=Math.floor(e/In(e,s)),c=0,h=0,d,u,f,p,g,m,b,x,y,M,_;for(d=0;d<e;d+=l){if(p=t[d].label,g=this._resolveTickFontOptions(d),n.font=m=g.string,b=o[m]=o[m]||{data:{},gc:[]},x=g.lineHeight,y=M=0,!D(p)&&!A(p))y=ee(n,b.data,b.gc,y,p),M=x;else if(A(p))for(u=0,f=p.length;u<f;++u)_=p[u],!D(_)&&!A(_)&&(y=ee(n,b.data,b.gc,y,_),M+=x);a.push(y),r.push(M),c=Math.max(y,c),h=Math.max(M,h)}ul(o,e);let w=a.indexOf(c),v=r.indexOf(h),S=k=>({width:a[k]||0,height:r[k]||0});return{first:S(0),last:S(e-1),widest:S(w),highest:S(v),widths:a,heights:r}}getLabelForValue(t){return t}getPixelForValue(t,e){return NaN}getValueForPixel(t){}getPixelForTick(t){let e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getPixelForDecimal(t){this._reversePixels&&(t=1-t);let e=this._startPixel+t*this._length;return Ws(this._alignToPixels?_t(this.chart,e,0):e)}getDecimalForPixel(t){let e=(t-this._startPixel)/this._length;return this._reversePixels?1-e:e}getBasePixel(){return this.getPixelForValue(this.getBaseValue())}getBaseValue(){let{min:t,max:e}=this;return t<0&&e<0?e:t>0&&e>0?t:0}getContext(t){let e=this.ticks||[];if(t>=0&&t<e.length){let s=e[t];return s.$context||(s.$context=gl(this.getContext(),t,s))}return this.$context||(this.$context=fl(this.chart.getContext(),this))}_tickSize(){let t=this.options.ticks,e=lt(this.labelRotation),s=Math.abs(Math.cos(e)),n=Math.abs(Math.sin(e)),o=this._getLabelSizes(),a=t.autoSkipPadding||0,r=o?o.widest.width+a:0,l=o?o.highest.height+a:0;return this.isHorizontal()?l*s>r*n?r/s:l/n:l*n<r*s?l/s:r/n}_isVisible(){let t=this.options.display;return t!=="auto"?!!t:this.getMatchingVisibleMetas().length>0}_computeGridLineItems(t){let e=this.axis,s=this.chart,n=this.options,{grid:o,position:a,border:r}=n,l=o.offset,c=this.isHorizontal(),d=this.ticks.length+(l?1:0),u=he(o),f=[],p=r.setContext(this.getContext()),g=p.display?p.width:0,m=g/2,b=function(V){return _t(s,V,g)},x,y,M,_,w,v,S,k,L,E,F,Q;if(a==="top")x=b(this.bottom),v=this.bottom-u,k=x-m,E=b(t.top)+m,Q=t.bottom;else if(a==="bottom")x=b(this.top),E=t.top,Q=b(t.bottom)-m,v=x+m,k=this.top+u;else if(a==="left")x=b(this.right),w=this.right-u,S=x-m,L=b(t.left)+m,F=t.right;else if(a==="right")x=b(this.left),L=t.left,F=b(t.right)-m,w=x+m,S=this.left+u;else if(e==="x"){if(a==="center")x=b((t.top+t.bottom)/2+.5);else if(P(a)){let V=Object.keys(a)[0],K=a[V];x=b(this.chart.scales[V].getPixelForValue(K))}E=t.top,Q=t.bottom,v=x+m,k=v+u}else if(e==="y"){if(a==="center")x=b((t.left+t.right)/2);else if(P(a)){let V=Object.keys(a)[0],K=a[V];x=b(this.chart.scales[V].getPixelForValue(K))}w=x-m,S=w-u,L=t.left,F=t.right}let ut=C(n.ticks.maxTicksLimit,d),I=Math.max(1,Math.ceil(d/ut));for(y=0;y<d;y+=I){let V=this.getContext(y),K=o.setContext(V),ye=r.setContext(V),Me=K.lineWidth,Et=K.color,ve=ye.dash||[],It=ye.dashOffset,Kt=K.tickWidth,St=K.tickColor,Gt=K.tickBorderDash||[],wt=K.tickBorderDashOffset;M=dl(this,y,l),M!==void 0&&(_=_t(s,M,Me),c?w=S=L=F=_:v=k=E=Q=_,f.push({tx1:w,ty1:v,tx2:S,ty2:k,x1:L,y1:E,x2:F,y2:Q,width:Me,color:Et,borderDash:ve,borderDashOffset:It,tickWidth:Kt,tickColor:St,tickBorderDash:Gt,tickBorderDashOffset:wt}))}return this._ticksLength=d,this._borderValue=x,f}_computeLabelItems(t){let e=this.axis,s=this.options,{position:n,ticks:o}=s,a=this.isHorizontal(),r=this.ticks,{align:l,crossAlign:c,padding:h,mirror:d}=o,u=he(s.grid),f=u+h,p=d?-h:f,g=-lt(this.labelRotation),m=[],b,x,y,M,_,w,v,S,k,L,E,F,Q="middle";if(n==="top")w=this.bottom-p,v=this._getXAxisLabelAlignment();else if(n==="bottom")w=this.top+p,v=this._getXAxisLabelAlignment();else if(n==="left"){let I=this._getYAxisLabelAlignment(u);v=I.textAlign,_=I.x}else if(n==="right"){let I=this._getYAxisLabelAlignment(u);v=I.textAlign,_=I.x}else if(e==="x"){if(n==="center")w=(t.top+t.bottom)/2+f;else if(P(n)){let I=Object.keys(n)[0],V=n[I];w=this.chart.scales[I].getPixelForValue(V)+f}v=this._getXAxisLabelAlignment()}else if(e==="y"){if(n==="center")_=(t.left+t.right)/2-f;else if(P(n)){let I=Object.keys(n)[0],V=n[I];_=this.chart.scales[I].getPixelForValue(V)}v=this._getYAxisLabelAlignment(u).textAlign}e==="y"&&(l==="start"?Q="top":l==="end"&&(Q="bottom"));let ut=this._getLabelSizes();for(b=0,x=r.length;b<x;++b){y=r[b],M=y.label;let I=o.setContext(this.getContext(b));S=this.getPixelForTick(b)+o.labelOffset,k=this._resolveTickFontOptions(b),L=k.lineHeight,E=A(M)?M.length:1;let V=E/2,K=I.color,ye=I.textStrokeColor,Me=I.textStrokeWidth,Et=v;a?(_=S,v==="inner"&&(b===x-1?Et=this.options.reverse?"left":"right":b===0?Et=this.options.reverse?"right":"left":Et="center"),n==="top"?c==="near"||g!==0?F=-E*L+L/2:c==="center"?F=-ut.highest.height/2-V*L+L:F=-ut.highest.height+L/2:c==="near"||g!==0?F=L/2:c==="center"?F=ut.highest.height/2-V*L:F=ut.highest.height-E*L,d&&(F*=-1),g!==0&&!I.showLabelBackdrop&&(_+=L/2*Math.sin(g))):(w=S,F=(1-E)*L/2);let ve;if(I.showLabelBackdrop){let It=q(I.backdropPadding),Kt=ut.heights[b],St=ut.widths[b],Gt=F-It.top,wt=0-It.left;switch(Q){case"middle":Gt-=Kt/2;break;case"bottom":Gt-=Kt;break}switch(v){case"center":wt-=St/2;break;case"right":wt-=St;break;case"inner":b===x-1?wt-=St:b>0&&(wt-=St/2);break}ve={left:wt,top:Gt,width:St+It.width,height:Kt+It.height,color:I.backdropColor}}m.push({label:M,font:k,textOffset:F,options:{rotation:g,color:K,strokeColor:ye,strokeWidth:Me,textAlign:Et,textBaseline:Q,translation:[_,w],backdrop:ve}})}return m}_getXAxisLabelAlignment(){let{position:t,ticks:e}=this.options;if(-lt(this.labelRotation))return t==="top"?"left":"right";let n="center";return e.align==="start"?n="left":e.align==="end"?n="right":e.align==="inner"&&(n="inner"),n}_getYAxisLabelAlignment(t){let{position:e,ticks:{crossAlign:s,mirror:n,padding:o}}=this.options,a=this._getLabelSizes(),r=t+o,l=a.widest.width,c,h;return e==="left"?n?(h=this.right+o,s==="near"?c="left":s==="center"?(c="center",h+=l/2):(c="right",h+=l)):(h=this.right-r,s==="near"?c="right":s==="center"?(c="center",h-=l/2):(c="left",h=this.left)):e==="right"?n?(h=this.left+o,s==="near"?c="right":s==="center"?(c="center",h-=l/2):(c="left",h-=l)):(h=this.left+r,s==="near"?c="left":s==="center"?(c="center",h+=l/2):(c="right",h=this.right)):c="right",{textAlign:c,x:h}}_computeLabelArea(){if(this.options.ticks.mirror)return;let t=this.chart,e=this.options.position;if(e==="left"||e==="right")return{top:0,left:this.left,bottom:t.height,right:this.right};if(e==="top"||e==="bottom")return{top:this.top,left:0,bottom:this.bottom,right:t.width}}drawBackground(){let{ctx:t,options:{backgroundColor:e},left:s,top:n,width:o,height:a}=this;e&&(t.save(),t.fillStyle=e,t.fillRect(s,n,o,a),t.restore())}getLineWidthForValue(t){let e=this.options.grid;if(!this._isVisible()||!e.display)return 0;let n=this.ticks.findIndex(o=>o.value===t);return n>=0?e.setContext(this.getContext(n)).lineWidth:0}drawGrid(t){let e=this.options.grid,s=this.ctx,n=this._gridLineItems||(this._gridLineItems=this._computeGridLineItems(t)),o,a,r=(l,c,h)=>{!h.width||!h.color||(s.save(),s.lineWidth=h.width,s.strokeStyle=h.color,s.setLineDash(h.borderDash||[]),s.lineDashOffset=h.borderDashOffset,s.beginPath(),s.moveTo(l.x,l.y),s.lineTo(c.x,c.y),s.stroke(),s.restore())};if(e.display)for(o=0,a=n.length;o<a;++o){let l=n[o];e.drawOnChartArea&&r({x:l.x1,y:l.y1},{x:l.x2,y:l.y2},l),e.drawTicks&&r({x:l.tx1,y:l.ty1},{x:l.tx2,y:l.ty2},{color:l.tickColor,width:l.tickWidth,borderDash:l.tickBorderDash,borderDashOffset:l.tickBorderDashOffset})}}drawBorder(){let{chart:t,ctx:e,options:{border:s,grid:n}}=this,o=s.setContext(this.getContext()),a=s.display?o.width:0;if(!a)return;let r=n.setContext(this.getContext(0)).lineWidth,l=this._borderValue,c,h,d,u;this.isHorizontal()?(c=_t(t,this.left,a)-a/2,h=_t(t,this.right,r)+r/2,d=u=l):(d=_t(t,this.top,a)-a/2,u=_t(t,this.bottom,r)+r/2,c=h=l),e.save(),e.lineWidth=o.width,e.strokeStyle=o.color,e.beginPath(),e.moveTo(c,d),e.lineTo(h,u),e.stroke(),e.restore()}drawLabels(t){if(!this.options.ticks.display)return;let s=this.ctx,n=this._computeLabelArea();n&&Ei(s,n);let o=this.getLabelItems(t);for(let a of o){let r=a.options,l=a.font,c=a.label,h=a.textOffset;ne(s,c,0,h,l,r)}n&&Ii(s)}drawTitle(){let{ctx:t,options:{position:e,title:s,reverse:n}}=this;if(!s.display)return;let o=H(s.font),a=q(s.padding),r=s.align,l=o.lineHeight/2;e==="bottom"||e==="center"||P(e)?(l+=a.bottom,A(s.text)&&(l+=o.lineHeight*(s.text.length-1))):l+=a.top;let{titleX:c,titleY:h,maxWidth:d,rotation:u}=ml(this,l,e,r);ne(t,s.text,0,0,o,{color:s.color,maxWidth:d,rotation:u,textAlign:pl(r,e,n),textBaseline:"middle",translation:[c,h],strokeColor:s.strokeColor,strokeWidth:s.strokeWidth})}draw(t){this._isVisible()&&(this.drawBackground(),this.drawGrid(t),this.drawBorder(),this.drawTitle(),this.drawLabels(t))}_layers(){let t=this.options,e=t.ticks&&t.ticks.z||0,s=C(t.grid&&t.grid.z,-1),n=C(t.border&&t.border.z,0);return!this._isVisible()||this.draw!==i.prototype.draw?[{z:e,draw:o=>{this.draw(o)}}]:[{z:s,draw:o=>{this.drawBackground(),this.drawGrid(o),this.drawTitle()}},{z:n,draw:()=>{this.drawBorder()}},{z:e,draw:o=>{this.drawLabels(o)}}]}getMatchingVisibleMetas(t){let e=this.chart.getSortedVisibleDatasetMetas(),s=this.axis+"AxisID",n=[],o,a;for(o=0,a=e.length;o<a;++o){let r=e[o];r[s]===this.id&&(!t||r.type===t)&&n.push(r)}return n}_resolveTickFontOptions(t){let e=this.options.ticks.setContext(this.getContext(t));return H(e.font)}_maxDigits(){let t=this._resolveTickFontOptions(0).lineHeight;return(this.isHorizontal()?this.width:this.height)/t}},$t=class{constructor(t,e,s){this.type=t,this.scope=e,this.override=s,this.items=Object.create(null)}isForType(t){return Object.prototype.isPrototypeOf.call(this.type.prototype,t.prototype)}register(t){let e=Object.getPrototypeOf(t),s;_l(e)&&(s=this.register(e));let n=this.items,o=t.id,a=this.scope+"."+o;if(!o)throw new Error("class does not have id: "+t);return o in n||(n[o]=t,bl(t,a,s),this.override&&R.override(t.id,t.overrides)),a}get(t){return this.items[t]}unregister(t){let e=this.items,s=t.id,n=this.scope;s in e&&delete e[s],n&&s in R[n]&&(delete R[n][s],this.override&&delete xt[s])}};function bl(i,t,e){let s=Bt(Object.create(null),[e?R.get(e):{},R.get(t),i.defaults]);R.set(t,s),i.defaultRoutes&&xl(t,i.defaultRoutes),i.descriptors&&R.describe(t,i.descriptors)}function xl(i,t){Object.keys(t).forEach(e=>{let s=e.split("."),n=s.pop(),o=[i].concat(s).join("."),a=t[e].split("."),r=a.pop(),l=a.join(".");R.route(o,n,l,r)})}function _l(i){return"id"in i&&"defaults"in i}var ss=class{constructor(){this.controllers=new $t(ge,"datasets",!0),this.elements=new $t(vt,"elements"),this.plugins=new $t(Object,"plugins"),this.scales=new $t(Yt,"scales"),this._typedRegistries=[this.controllers,this.scales,this.elements]}add(...t){this._each("register",t)}remove(...t){this._each("unregister",t)}addControllers(...t){this._each("register",t,this.controllers)}addElements(...t){this._each("register",t,this.elements)}addPlugins(...t){this._each("register",t,this.plugins)}addScales(...t){this._each("register",t,this.scales)}getController(t){return this._get(t,this.controllers,"controller")}getElement(t){return this._get(t,this.elements,"element")}getPlugin(t){return this._get(t,this.plugins,"plugin")}getScale(t){return this._get(t,this.scales,"scale")}removeControllers(...t){this._each("unregister",t,this.controllers)}removeElements(...t){this._each("unregister",t,this.elements)}removePlugins(...t){this._each("unregister",t,this.plugins)}removeScales(...t){this._each("unregister",t,this.scales)}_each(t,e,s){[...e].forEach(n=>{let o=s||this._getRegistryForType(n);s||o.isForType(n)||o===this.plugins&&n.id?this._exec(t,o,n):T(n,a=>{let r=s||this._getRegistryForType(a);this._exec(t,r,a)})})}_exec(t,e,s){let n=Le(t);O(s["before"+n],[],s),e[t](s),O(s["after"+n],[],s)}_getRegistryForType(t){for(let e=0;e<this._typedRegistries.length;e++){let s=this._typedRegistries[e];if(s.isForType(t))return s}return this.plugins}_get(t,e,s){let n=e.get(t);if(n===void 0)throw new Error(\'"\'+t+\'" is not a registered \'+s+".");return n}},st=new ss,ns=class{constructor(){this._init=void 0}notify(t,e,s,n){if(e==="beforeInit"&&(this._init=this._createDescriptors(t,!0),this._notify(this._init,t,"install")),this._init===void 0)return;let o=n?this._descriptors(t).filter(n):this._descriptors(t),a=this._notify(o,t,e,s);return e==="afterDestroy"&&(this._notify(o,t,"stop"),this._notify(this._init,t,"uninstall"),this._init=void 0),a}_notify(t,e,s,n){n=n||{};for(let o of t){let a=o.plugin,r=a[s],l=[e,n,o.options];if(O(r,l,a)===!1&&n.cancelable)return!1}return!0}invalidate(){D(this._cache)||(this._oldCache=this._cache,this._cache=void 0)}_descriptors(t){if(this._cache)return this._cache;let e=this._cache=this._createDescriptors(t);return this._notifyStateChanges(t),e}_createDescriptors(t,e){let s=t&&t.config,n=C(s.options&&s.options.plugins,{}),o=yl(s);return n===!1&&!e?[]:vl(t,o,n,e)}_notifyStateChanges(t){let e=this._oldCache||[],s=this._cache,n=(o,a)=>o.filter(r=>!a.some(l=>r.plugin.id===l.plugin.id));this._notify(n(e,s),t,"stop"),this._notify(n(s,e),t,"start")}};function yl(i){let t={},e=[],s=Object.keys(st.plugins.items);for(let o=0;o<s.length;o++)e.push(st.getPlugin(s[o]));let n=i.plugins||[];for(let o=0;o<n.length;o++){let a=n[o];e.indexOf(a)===-1&&(e.push(a),t[a.id]=!0)}return{plugins:e,localIds:t}}function Ml(i,t){return!t&&i===!1?null:i===!0?{}:i}function vl(i,{plugins:t,localIds:e},s,n){let o=[],a=i.getContext();for(let r of t){let l=r.id,c=Ml(s[l],n);c!==null&&o.push({plugin:r,options:Sl(i.config,{plugin:r,local:e[l]},c,a)})}return o}function Sl(i,{plugin:t,local:e},s,n){let o=i.pluginScopeKeys(t),a=i.getOptionScopes(s,o);return e&&t.defaults&&a.push(t.defaults),i.createResolver(a,n,[""],{scriptable:!1,indexable:!1,allKeys:!0})}function os(i,t){let e=R.datasets[i]||{};return((t.datasets||{})[i]||{}).indexAxis||t.indexAxis||e.indexAxis||"x"}function wl(i,t){let e=i;return i==="_index_"?e=t:i==="_value_"&&(e=t==="x"?"y":"x"),e}function kl(i,t){return i===t?"_index_":"_value_"}function Bn(i){if(i==="x"||i==="y"||i==="r")return i}function Dl(i){if(i==="top"||i==="bottom")return"x";if(i==="left"||i==="right")return"y"}function as(i,...t){if(Bn(i))return i;for(let e of t){let s=e.axis||Dl(e.position)||i.length>1&&Bn(i[0].toLowerCase());if(s)return s}throw new Error(`Cannot determine type of \'${i}\' axis. Please provide \'axis\' or \'position\' option.`)}function Vn(i,t,e){if(e[t+"AxisID"]===i)return{axis:t}}function Pl(i,t){if(t.data&&t.data.datasets){let e=t.data.datasets.filter(s=>s.xAxisID===i||s.yAxisID===i);if(e.length)return Vn(i,"x",e[0])||Vn(i,"y",e[0])}return{}}function Cl(i,t){let e=xt[i.type]||{scales:{}},s=t.scales||{},n=os(i.type,t),o=Object.create(null);return Object.keys(s).forEach(a=>{let r=s[a];if(!P(r))return console.error(`Invalid scale configuration for scale: ${a}`);if(r._proxy)return console.warn(`Ignoring resolver passed as options for scale: ${a}`);let l=as(a,r,Pl(a,i),R.scales[r.type]),c=kl(l,n),h=e.scales||{};o[a]=Nt(Object.create(null),[{axis:l},r,h[l],h[c]])}),i.data.datasets.forEach(a=>{let r=a.type||i.type,l=a.indexAxis||os(r,t),h=(xt[r]||{}).scales||{};Object.keys(h).forEach(d=>{let u=wl(d,l),f=a[u+"AxisID"]||u;o[f]=o[f]||Object.create(null),Nt(o[f],[{axis:u},s[f],h[d]])})}),Object.keys(o).forEach(a=>{let r=o[a];Nt(r,[R.scales[r.type],R.scale])}),o}function xo(i){let t=i.options||(i.options={});t.plugins=C(t.plugins,{}),t.scales=Cl(i,t)}function _o(i){return i=i||{},i.datasets=i.datasets||[],i.labels=i.labels||[],i}function Tl(i){return i=i||{},i.data=_o(i.data),xo(i),i}var Nn=new Map,yo=new Set;function Xe(i,t){let e=Nn.get(i);return e||(e=t(),Nn.set(i,e),yo.add(e)),e}var de=(i,t,e)=>{let s=Ct(t,e);s!==void 0&&i.add(s)},rs=class{constructor(t){this._config=Tl(t),this._scopeCache=new Map,this._resolverCache=new Map}get platform(){return this._config.platform}get type(){return this._config.type}set type(t){this._config.type=t}get data(){return this._config.data}set data(t){this._config.data=_o(t)}get options(){return this._config.options}set options(t){this._config.options=t}get plugins(){return this._config.plugins}update(){let t=this._config;this.clearCache(),xo(t)}clearCache(){this._scopeCache.clear(),this._resolverCache.clear()}datasetScopeKeys(t){return Xe(t,()=>[[`datasets.${t}`,""]])}datasetAnimationScopeKeys(t,e){return Xe(`${t}.transition.${e}`,()=>[[`datasets.${t}.transitions.${e}`,`transitions.${e}`],[`datasets.${t}`,""]])}datasetElementScopeKeys(t,e){return Xe(`${t}-${e}`,()=>[[`datasets.${t}.elements.${e}`,`datasets.${t}`,`elements.${e}`,""]])}pluginScopeKeys(t){let e=t.id,s=this.type;return Xe(`${s}-plugin-${e}`,()=>[[`plugins.${e}`,...t.additionalOptionScopes||[]]])}_cachedScopes(t,e){let s=this._scopeCache,n=s.get(t);return(!n||e)&&(n=new Map,s.set(t,n)),n}getOptionScopes(t,e,s){let{options:n,type:o}=this,a=this._cachedScopes(t,s),r=a.get(e);if(r)return r;let l=new Set;e.forEach(h=>{t&&(l.add(t),h.forEach(d=>de(l,t,d))),h.forEach(d=>de(l,n,d)),h.forEach(d=>de(l,xt[o]||{},d)),h.forEach(d=>de(l,R,d)),h.forEach(d=>de(l,Be,d))});let c=Array.from(l);return c.length===0&&c.push(Object.create(null)),yo.has(e)&&a.set(e,c),c}chartOptionScopes(){let{options:t,type:e}=this;return[t,xt[e]||{},R.datasets[e]||{},{type:e},R,Be]}resolveNamedOptions(t,e,s,n=[""]){let o={$shared:!0},{resolver:a,subPrefixes:r}=Wn(this._resolverCache,t,n),l=a;if(Ol(a,e)){o.$shared=!1,s=at(s)?s():s;let c=this.createResolver(t,s,r);l=Pt(a,s,c)}for(let c of e)o[c]=l[c];return o}createResolver(t,e,s=[""],n){let{resolver:o}=Wn(this._resolverCache,t,s);return P(e)?Pt(o,e,void 0,n):o}};function Wn(i,t,e){let s=i.get(t);s||(s=new Map,i.set(t,s));let n=e.join(),o=s.get(n);return o||(o={resolver:Ne(t,e),subPrefixes:e.filter(r=>!r.toLowerCase().includes("hover"))},s.set(n,o)),o}var Al=i=>P(i)&&Object.getOwnPropertyNames(i).some(t=>at(i[t]));function Ol(i,t){let{isScriptable:e,isIndexable:s}=Bi(i);for(let n of t){let o=e(n),a=s(n),r=(a||o)&&i[n];if(o&&(at(r)||Al(r))||a&&A(r))return!0}return!1}var Rl="4.6.1",Ll=["top","bottom","left","right","chartArea"];function Hn(i,t){return i==="top"||i==="bottom"||Ll.indexOf(i)===-1&&t==="x"}function jn(i,t){return function(e,s){return e[i]===s[i]?e[t]-s[t]:e[i]-s[i]}}function $n(i){let t=i.chart,e=t.options.animation;t.notifyPlugins("afterRender"),O(e&&e.onComplete,[i],t)}function El(i){let t=i.chart,e=t.options.animation;O(e&&e.onProgress,[i],t)}function Mo(i){return We()&&typeof i=="string"?i=document.getElementById(i):i&&i.length&&(i=i[0]),i&&i.canvas&&(i=i.canvas),i}var Je={},Yn=i=>{let t=Mo(i);return Object.values(Je).filter(e=>e.canvas===t).pop()};function Il(i,t,e){let s=Object.keys(i);for(let n of s){let o=+n;if(o>=t){let a=i[n];delete i[n],(e>0||o>t)&&(i[o+e]=a)}}}function Fl(i,t,e,s){return!e||i.type==="mouseout"?null:s?t:i}var Ut=class{static defaults=R;static instances=Je;static overrides=xt;static registry=st;static version=Rl;static getChart=Yn;static register(...t){st.add(...t),Un()}static unregister(...t){st.remove(...t),Un()}constructor(t,e){let s=this.config=new rs(e),n=Mo(t),o=Yn(n);if(o)throw new Error("Canvas is already in use. Chart with ID \'"+o.id+"\' must be destroyed before the canvas with ID \'"+o.canvas.id+"\' can be reused.");let a=s.createResolver(s.chartOptionScopes(),this.getContext());this.platform=new(s.platform||sl(n)),this.platform.updateConfig(s);let r=this.platform.acquireContext(n,a.aspectRatio),l=r&&r.canvas,c=l&&l.height,h=l&&l.width;if(this.id=Es(),this.ctx=r,this.canvas=l,this.width=h,this.height=c,this._options=a,this._aspectRatio=this.aspectRatio,this._layers=[],this._metasets=[],this._stacks=void 0,this.boxes=[],this.currentDevicePixelRatio=void 0,this.chartArea=void 0,this._active=[],this._lastEvent=void 0,this._listeners={},this._responsiveListeners=void 0,this._sortedMetasets=[],this.scales={},this._plugins=new ns,this.$proxies={},this._hiddenIndices={},this.attached=!1,this._animationsDisabled=void 0,this.$context=void 0,this._doResize=Us(d=>this.update(d),a.resizeDelay||0),this._dataChanges=[],Je[this.id]=this,!r||!l){console.error("Failed to create chart: can\'t acquire context from the given item");return}ht.listen(this,"complete",$n),ht.listen(this,"progress",El),this._initialize(),this.attached&&this.update()}get aspectRatio(){let{options:{aspectRatio:t,maintainAspectRatio:e},width:s,height:n,_aspectRatio:o}=this;return D(t)?e&&o?o:n?s/n:null:t}get data(){return this.config.data}set data(t){this.config.data=t}get options(){return this._options}set options(t){this.config.options=t}get registry(){return st}_initialize(){return this.notifyPlugins("beforeInit"),this.options.responsive?this.resize():Wi(this,this.options.devicePixelRatio),this.bindEvents(),this.notifyPlugins("afterInit"),this}clear(){return Li(this.canvas,this.ctx),this}stop(){return ht.stop(this),this}resize(t,e){ht.running(this)?this._resizeBeforeDraw={width:t,height:e}:this._resize(t,e)}_resize(t,e){let s=this.options,n=this.canvas,o=s.maintainAspectRatio&&this.aspectRatio,a=this.platform.getMaximumSize(n,t,e,o),r=s.devicePixelRatio||this.platform.getDevicePixelRatio(),l=this.width?"resize":"attach";this.width=a.width,this.height=a.height,this._aspectRatio=this.aspectRatio,Wi(this,r,!0)&&(this.notifyPlugins("resize",{size:a}),O(s.onResize,[this,a],this),this.attached&&this._doResize(l)&&this.render())}ensureScalesHaveIDs(){let e=this.options.scales||{};T(e,(s,n)=>{s.id=n})}buildOrUpdateScales(){let t=this.options,e=t.scales,s=this.scales,n=Object.keys(s).reduce((a,r)=>(a[r]=!1,a),{}),o=[];e&&(o=o.concat(Object.keys(e).map(a=>{let r=e[a],l=as(a,r),c=l==="r",h=l==="x";return{options:r,dposition:c?"chartArea":h?"bottom":"left",dtype:c?"radialLinear":h?"category":"linear"}}))),T(o,a=>{let r=a.options,l=r.id,c=as(l,r),h=C(r.type,a.dtype);(r.position===void 0||Hn(r.position,c)!==Hn(a.dposition))&&(r.position=a.dposition),n[l]=!0;let d=null;if(l in s&&s[l].type===h)d=s[l];else{let u=st.getScale(h);d=new u({id:l,type:h,ctx:this.ctx,chart:this}),s[d.id]=d}d.init(r,t)}),T(n,(a,r)=>{a||delete s[r]}),T(s,a=>{Ue.configure(this,a,a.options),Ue.addBox(this,a)})}_updateMetasets(){let t=this._metasets,e=this.data.datasets.length,s=t.length;if(t.sort((n,o)=>n.index-o.index),s>e){for(let n=e;n<s;++n)this._destroyDatasetMeta(n);t.splice(e,s-e)}this._sortedMetasets=t.slice(0).sort(jn("order","index"))}_removeUnreferencedMetasets(){let{_metasets:t,data:{datasets:e}}=this;t.length>e.length&&delete this._stacks,t.forEach((s,n)=>{e.filter(o=>o===s._dataset).length===0&&this._destroyDatasetMeta(n)})}buildOrUpdateControllers(){let t=[],e=this.data.datasets,s,n;for(this._removeUnreferencedMetasets(),s=0,n=e.length;s<n;s++){let o=e[s],a=this.getDatasetMeta(s),r=o.type||this.config.type;if(a.type&&a.type!==r&&(this._destroyDatasetMeta(s),a=this.getDatasetMeta(s)),a.type=r,a.indexAxis=o.indexAxis||os(r,this.options),a.order=o.order||0,a.index=s,a.label=""+o.label,a.visible=this.isDatasetVisible(s),a.controller)a.controller.updateIndex(s),a.controller.linkScales();else{let l=st.getController(r),{datasetElementType:c,dataElementType:h}=R.datasets[r];Object.assign(l,{dataElementType:st.getElement(h),datasetElementType:c&&st.getElement(c)}),a.controller=new l(this,s),t.push(a.controller)}}return this._updateMetasets(),t}_resetElements(){T(this.data.datasets,(t,e)=>{this.getDatasetMeta(e).controller.reset()},this)}reset(){this._resetElements(),this.notifyPlugins("reset")}update(t){let e=this.config;e.update();let s=this._options=e.createResolver(e.chartOptionScopes(),this.getContext()),n=this._animationsDisabled=!s.animation;if(this._updateScales(),this._checkEventBindings(),this._updateHiddenIndices(),this._plugins.invalidate(),this.notifyPlugins("beforeUpdate",{mode:t,cancelable:!0})===!1)return;let o=this.buildOrUpdateControllers();this.notifyPlugins("beforeElementsUpdate");let a=0;for(let c=0,h=this.data.datasets.length;c<h;c++){let{controller:d}=this.getDatasetMeta(c),u=!n&&o.indexOf(d)===-1;d.buildOrUpdateElements(u),a=Math.max(+d.getMaxOverflow(),a)}a=this._minPadding=s.layout.autoPadding?a:0,this._updateLayout(a),n||T(o,c=>{c.reset()}),this._updateDatasets(t),this.notifyPlugins("afterUpdate",{mode:t}),this._layers.sort(jn("z","_idx"));let{_active:r,_lastEvent:l}=this;l?this._eventHandler(l,!0):r.length&&this._updateHoverStyles(r,r,!0),this.render()}_updateScales(){T(this.scales,t=>{Ue.removeBox(this,t)}),this.ensureScalesHaveIDs(),this.buildOrUpdateScales()}_checkEventBindings(){let t=this.options,e=new Set(Object.keys(this._listeners)),s=new Set(t.events);(!Mi(e,s)||!!this._responsiveListeners!==t.responsive)&&(this.unbindEvents(),this.bindEvents())}_updateHiddenIndices(){let{_hiddenIndices:t}=this,e=this._getUniformDataChanges()||[];for(let{method:s,start:n,count:o}of e){let a=s==="_removeElements"?-o:o;Il(t,n,a)}}_getUniformDataChanges(){let t=this._dataChanges;if(!t||!t.length)return;this._dataChanges=[];let e=this.data.datasets.length,s=o=>new Set(t.filter(a=>a[0]===o).map((a,r)=>r+","+a.splice(1).join(","))),n=s(0);for(let o=1;o<e;o++)if(!Mi(n,s(o)))return;return Array.from(n).map(o=>o.split(",")).map(o=>({method:o[1],start:+o[2],count:+o[3]}))}_updateLayout(t){if(this.notifyPlugins("beforeLayout",{cancelable:!0})===!1)return;Ue.update(this,this.width,this.height,t);let e=this.chartArea,s=e.width<=0||e.height<=0;this._layers=[],T(this.boxes,n=>{s&&n.position==="chartArea"||(n.configure&&n.configure(),this._layers.push(...n._layers()))},this),this._layers.forEach((n,o)=>{n._idx=o}),this.notifyPlugins("afterLayout")}_updateDatasets(t){if(this.notifyPlugins("beforeDatasetsUpdate",{mode:t,cancelable:!0})!==!1){for(let e=0,s=this.data.datasets.length;e<s;++e)this.getDatasetMeta(e).controller.configure();for(let e=0,s=this.data.datasets.length;e<s;++e)this._updateDataset(e,at(t)?t({datasetIndex:e}):t);this.notifyPlugins("afterDatasetsUpdate",{mode:t})}}_updateDataset(t,e){let s=this.getDatasetMeta(t),n={meta:s,index:t,mode:e,cancelable:!0};this.notifyPlugins("beforeDatasetUpdate",n)!==!1&&(s.controller._update(e),n.cancelable=!1,this.notifyPlugins("afterDatasetUpdate",n))}render(){this.notifyPlugins("beforeRender",{cancelable:!0})!==!1&&(ht.has(this)?this.attached&&!ht.running(this)&&ht.start(this):(this.draw(),$n({chart:this})))}draw(){let t;if(this._resizeBeforeDraw){let{width:s,height:n}=this._resizeBeforeDraw;this._resizeBeforeDraw=null,this._resize(s,n)}if(this.clear(),this.width<=0||this.height<=0||this.notifyPlugins("beforeDraw",{cancelable:!0})===!1)return;let e=this._layers;for(t=0;t<e.length&&e[t].z<=0;++t)e[t].draw(this.chartArea);for(this._drawDatasets();t<e.length;++t)e[t].draw(this.chartArea);this.notifyPlugins("afterDraw")}_getSortedDatasetMetas(t){let e=this._sortedMetasets,s=[],n,o;for(n=0,o=e.length;n<o;++n){let a=e[n];(!t||a.visible)&&s.push(a)}return s}getSortedVisibleDatasetMetas(){return this._getSortedDatasetMetas(!0)}_drawDatasets(){if(this.notifyPlugins("beforeDatasetsDraw",{cancelable:!0})===!1)return;let t=this.getSortedVisibleDatasetMetas();for(let e=t.length-1;e>=0;--e)this._drawDataset(t[e]);this.notifyPlugins("afterDatasetsDraw")}_drawDataset(t){let e=this.ctx,s={meta:t,index:t.index,cancelable:!0},n=xn(this,t);this.notifyPlugins("beforeDatasetDraw",s)!==!1&&(n&&Ei(e,n),t.controller.draw(),n&&Ii(e),s.cancelable=!1,this.notifyPlugins("afterDatasetDraw",s))}isPointInArea(t){return tt(t,this.chartArea,this._minPadding)}getElementsAtEventForMode(t,e,s,n){let o=Br.modes[e];return typeof o=="function"?o(this,t,s,n):[]}getDatasetMeta(t){let e=this.data.datasets[t],s=this._metasets,n=s.filter(o=>o&&o._dataset===e).pop();return n||(n={type:null,data:[],dataset:null,controller:null,hidden:null,xAxisID:null,yAxisID:null,order:e&&e.order||0,index:t,_dataset:e,_parsed:[],_sorted:!1},s.push(n)),n}getContext(){return this.$context||(this.$context=ct(null,{chart:this,type:"chart"}))}getVisibleDatasetCount(){return this.getSortedVisibleDatasetMetas().length}isDatasetVisible(t){let e=this.data.datasets[t];if(!e)return!1;let s=this.getDatasetMeta(t);return typeof s.hidden=="boolean"?!s.hidden:!e.hidden}setDatasetVisibility(t,e){let s=this.getDatasetMeta(t);s.hidden=!e}toggleDataVisibility(t){this._hiddenIndices[t]=!this._hiddenIndices[t]}getDataVisibility(t){return!this._hiddenIndices[t]}_updateVisibility(t,e,s){let n=s?"show":"hide",o=this.getDatasetMeta(t),a=o.controller._resolveAnimations(void 0,n);Wt(e)?(o.data[e].hidden=!s,this.update()):(this.setDatasetVisibility(t,s),a.update(o,{visible:s}),this.update(r=>r.datasetIndex===t?n:void 0))}hide(t,e){this._updateVisibility(t,e,!1)}show(t,e){this._updateVisibility(t,e,!0)}_destroyDatasetMeta(t){let e=this._metasets[t];e&&e.controller&&e.controller._destroy(),delete this._metasets[t]}_stop(){let t,e;for(this.stop(),ht.remove(this),t=0,e=this.data.datasets.length;t<e;++t)this._destroyDatasetMeta(t)}destroy(){this.notifyPlugins("beforeDestroy");let{canvas:t,ctx:e}=this;this._stop(),this.config.clearCache(),t&&(this.unbindEvents(),Li(t,e),this.platform.releaseContext(e),this.canvas=null,this.ctx=null),delete Je[this.id],this.notifyPlugins("afterDestroy")}toBase64Image(...t){return this.canvas.toDataURL(...t)}bindEvents(){this.bindUserEvents(),this.options.responsive?this.bindResponsiveEvents():this.attached=!0}bindUserEvents(){let t=this._listeners,e=this.platform,s=(o,a)=>{e.addEventListener(this,o,a),t[o]=a},n=(o,a,r)=>{o.offsetX=a,o.offsetY=r,this._eventHandler(o)};T(this.options.events,o=>s(o,n))}bindResponsiveEvents(){this._responsiveListeners||(this._responsiveListeners={});let t=this._responsiveListeners,e=this.platform,s=(l,c)=>{e.addEventListener(this,l,c),t[l]=c},n=(l,c)=>{t[l]&&(e.removeEventListener(this,l,c),delete t[l])},o=(l,c)=>{this.canvas&&this.resize(l,c)},a,r=()=>{n("attach",r),this.attached=!0,this.resize(),s("resize",o),s("detach",a)};a=()=>{this.attached=!1,n("resize",o),this._stop(),this._resize(0,0),s("attach",r)},e.isAttached(this.canvas)?r():a()}unbindEvents(){T(this._listeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._listeners={},T(this._responsiveListeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._responsiveListeners=void 0}updateHoverStyle(t,e,s){let n=s?"set":"remove",o,a,r,l;for(e==="dataset"&&(o=this.getDatasetMeta(t[0].datasetIndex),o.controller["_"+n+"DatasetHoverStyle"]()),r=0,l=t.length;r<l;++r){a=t[r];let c=a&&this.getDatasetMeta(a.datasetIndex).controller;c&&c[n+"HoverStyle"](a.element,a.datasetIndex,a.index)}}getActiveElements(){return this._active||[]}setActiveElements(t){let e=this._active||[],s=t.map(({datasetIndex:o,index:a})=>{let r=this.getDatasetMeta(o);if(!r)throw new Error("No dataset found at index "+o);return{datasetIndex:o,element:r.data[a],index:a}});!ie(s,e)&&(this._active=s,this._lastEvent=null,this._updateHoverStyles(s,e))}notifyPlugins(t,e,s){return this._plugins.notify(this,t,e,s)}isPluginEnabled(t){return this._plugins._cache.filter(e=>e.plugin.id===t).length===1}_updateHoverStyles(t,e,s){let n=this.options.hover,o=(l,c)=>l.filter(h=>!c.some(d=>h.datasetIndex===d.datasetIndex&&h.index===d.index)),a=o(e,t),r=s?t:o(t,e);a.length&&this.updateHoverStyle(a,n.mode,!1),r.length&&n.mode&&this.updateHoverStyle(r,n.mode,!0)}_eventHandler(t,e){let s={event:t,replay:e,cancelable:!0,inChartArea:this.isPointInArea(t)},n=a=>(a.options.events||this.options.events).includes(t.native.type);if(this.notifyPlugins("beforeEvent",s,n)===!1)return;let o=this._handleEvent(t,e,s.inChartArea);return s.cancelable=!1,this.notifyPlugins("afterEvent",s,n),(o||s.changed)&&this.render(),this}_handleEvent(t,e,s){let{_active:n=[],options:o}=this,a=e,r=this._getActiveElements(t,n,s,a),l=zs(t),c=Fl(t,this._lastEvent,s,l);s&&(this._lastEvent=null,O(o.onHover,[t,r,this],this),l&&O(o.onClick,[t,r,this],this));let h=!ie(r,n);return(h||e)&&(this._active=r,this._updateHoverStyles(r,n,e)),this._lastEvent=c,h}_getActiveElements(t,e,s,n){if(t.type==="mouseout")return[];if(!s)return e;let o=this.options.hover;return this.getElementsAtEventForMode(t,o.mode,o,n)}};function Un(){return T(Ut.instances,i=>i._plugins.invalidate())}function vo(i,t,e=t){i.lineCap=C(e.borderCapStyle,t.borderCapStyle),i.setLineDash(C(e.borderDash,t.borderDash)),i.lineDashOffset=C(e.borderDashOffset,t.borderDashOffset),i.lineJoin=C(e.borderJoinStyle,t.borderJoinStyle),i.lineWidth=C(e.borderWidth,t.borderWidth),i.strokeStyle=C(e.borderColor,t.borderColor)}function zl(i,t,e){i.lineTo(e.x,e.y)}function Bl(i){return i.stepped?Qs:i.tension||i.cubicInterpolationMode==="monotone"?tn:zl}function So(i,t,e={}){let s=i.length,{start:n=0,end:o=s-1}=e,{start:a,end:r}=t,l=Math.max(n,a),c=Math.min(o,r),h=n<a&&o<a||n>r&&o>r;return{count:s,start:l,loop:t.loop,ilen:c<l&&!h?s+c-l:c-l}}function Vl(i,t,e,s){let{points:n,options:o}=t,{count:a,start:r,loop:l,ilen:c}=So(n,e,s),h=Bl(o),{move:d=!0,reverse:u}=s||{},f,p,g;for(f=0;f<=c;++f)p=n[(r+(u?c-f:f))%a],!p.skip&&(d?(i.moveTo(p.x,p.y),d=!1):h(i,g,p,u,o.stepped),g=p);return l&&(p=n[(r+(u?c:0))%a],h(i,g,p,u,o.stepped)),!!l}function Nl(i,t,e,s){let n=t.points,{count:o,start:a,ilen:r}=So(n,e,s),{move:l=!0,reverse:c}=s||{},h=0,d=0,u,f,p,g,m,b,x=M=>(a+(c?r-M:M))%o,y=()=>{g!==m&&(i.lineTo(h,m),i.lineTo(h,g),i.lineTo(h,b))};for(l&&(f=n[x(0)],i.moveTo(f.x,f.y)),u=0;u<=r;++u){if(f=n[x(u)],f.skip)continue;let M=f.x,_=f.y,w=M|0;w===p?(_<g?g=_:_>m&&(m=_),h=(d*h+M)/++d):(y(),i.lineTo(M,_),p=w,d=0,g=m=_),b=_}y()}function ls(i){let t=i.options,e=t.borderDash&&t.borderDash.length;return!i._decimated&&!i._loop&&!t.tension&&t.cubicInterpolationMode!=="monotone"&&!t.stepped&&!e?Nl:Vl}function Wl(i){return i.stepped?hn:i.tension||i.cubicInterpolationMode==="monotone"?dn:pt}function Hl(i,t,e,s){let n=t._path;n||(n=t._path=new Path2D,t.path(n,e,s)&&n.closePath()),vo(i,t.options),i.stroke(n)}function jl(i,t,e,s){let{segments:n,options:o}=t,a=ls(t);for(let r of n)vo(i,o,r.style),i.beginPath(),a(i,t,r,{start:e,end:e+s-1})&&i.closePath(),i.stroke()}var $l=typeof Path2D=="function";function Yl(i,t,e,s){$l&&!t.options.segment?Hl(i,t,e,s):jl(i,t,e,s)}var ni=class extends vt{static id="line";static defaults={borderCapStyle:"butt",borderDash:[],borderDashOffset:0,borderJoinStyle:"miter",borderWidth:3,capBezierPoints:!0,cubicInterpolationMode:"default",fill:!1,spanGaps:!1,stepped:!1,tension:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};static descriptors={_scriptable:!0,_indexable:t=>t!=="borderDash"&&t!=="fill"};constructor(t){super(),this.animated=!0,this.options=void 0,this._chart=void 0,this._loop=void 0,this._fullLoop=void 0,this._path=void 0,this._points=void 0,this._segments=void 0,this._decimated=!1,this._pointsUpdated=!1,this._datasetIndex=void 0,t&&Object.assign(this,t)}updateControlPoints(t,e){let s=this.options;if((s.tension||s.cubicInterpolationMode==="monotone")&&!s.stepped&&!this._pointsUpdated){let n=s.spanGaps?this._loop:this._fullLoop;rn(this._points,s,t,n,e),this._pointsUpdated=!0}}set points(t){this._points=t,delete this._segments,delete this._path,this._pointsUpdated=!1}get points(){return this._points}get segments(){return this._segments||(this._segments=bn(this,this.options.segment))}first(){let t=this.segments,e=this.points;return t.length&&e[t[0].start]}last(){let t=this.segments,e=this.points,s=t.length;return s&&e[t[s-1].end]}interpolate(t,e){let s=this.options,n=t[e],o=this.points,a=mn(this,{property:e,start:n,end:n});if(!a.length)return;let r=[],l=Wl(s),c,h;for(c=0,h=a.length;c<h;++c){let{start:d,end:u}=a[c],f=o[d],p=o[u];if(f===p){r.push(f);continue}let g=Math.abs((n-f[e])/(p[e]-f[e])),m=l(f,p,g,s.stepped);m[e]=t[e],r.push(m)}return r.length===1?r[0]:r}pathSegment(t,e,s){return ls(this)(t,this,e,s)}path(t,e,s){let n=this.segments,o=ls(this),a=this._loop;e=e||0,s=s||this.points.length-e;for(let r of n)a&=o(t,this,r,{start:e,end:e+s-1});return!!a}draw(t,e,s,n){let o=this.options||{};(this.points||[]).length&&o.borderWidth&&(t.save(),Yl(t,this,s,n),t.restore()),this.animated&&(this._pointsUpdated=!1,this._path=void 0)}};function qn(i,t,e,s){let n=i.options,{[e]:o}=i.getProps([e],s);return Math.abs(t-o)<n.radius+n.hitRadius}var oi=class extends vt{static id="point";parsed;skip;stop;static defaults={borderWidth:1,hitRadius:1,hoverBorderWidth:1,hoverRadius:4,pointStyle:"circle",radius:3,rotation:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.parsed=void 0,this.skip=void 0,this.stop=void 0,t&&Object.assign(this,t)}inRange(t,e,s){let n=this.options,{x:o,y:a}=this.getProps(["x","y"],s);return Math.pow(t-o,2)+Math.pow(e-a,2)<Math.pow(n.hitRadius+n.radius,2)}inXRange(t,e){return qn(this,t,"x",e)}inYRange(t,e){return qn(this,t,"y",e)}getCenterPoint(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}size(t){t=t||this.options||{};let e=t.radius||0;e=Math.max(e,e&&t.hoverRadius||0);let s=e&&t.borderWidth||0;return(e+s)*2}draw(t,e){let s=this.options;this.skip||s.radius<.1||!tt(this,e,this.size(s)/2)||(t.strokeStyle=s.borderColor,t.lineWidth=s.borderWidth,t.fillStyle=s.backgroundColor,Ve(t,s,this.x,this.y))}getRange(){let t=this.options||{};return t.radius+t.hitRadius}};function wo(i,t){let{x:e,y:s,base:n,width:o,height:a}=i.getProps(["x","y","base","width","height"],t),r,l,c,h,d;return i.horizontal?(d=a/2,r=Math.min(e,n),l=Math.max(e,n),c=s-d,h=s+d):(d=o/2,r=e-d,l=e+d,c=Math.min(s,n),h=Math.max(s,n)),{left:r,top:c,right:l,bottom:h}}function Mt(i,t,e,s){return i?0:U(t,e,s)}function Ul(i,t,e){let s=i.options.borderWidth,n=i.borderSkipped,o=zi(s);return{t:Mt(n.top,o.top,0,e),r:Mt(n.right,o.right,0,t),b:Mt(n.bottom,o.bottom,0,e),l:Mt(n.left,o.left,0,t)}}function ql(i,t,e){let{enableBorderRadius:s}=i.getProps(["enableBorderRadius"]),n=i.options.borderRadius,o=Tt(n),a=Math.min(t,e),r=i.borderSkipped,l=s||P(n);return{topLeft:Mt(!l||r.top||r.left,o.topLeft,0,a),topRight:Mt(!l||r.top||r.right,o.topRight,0,a),bottomLeft:Mt(!l||r.bottom||r.left,o.bottomLeft,0,a),bottomRight:Mt(!l||r.bottom||r.right,o.bottomRight,0,a)}}function Xl(i){let t=wo(i),e=t.right-t.left,s=t.bottom-t.top,n=Ul(i,e/2,s/2),o=ql(i,e/2,s/2);return{outer:{x:t.left,y:t.top,w:e,h:s,radius:o},inner:{x:t.left+n.l,y:t.top+n.t,w:e-n.l-n.r,h:s-n.t-n.b,radius:{topLeft:Math.max(0,o.topLeft-Math.max(n.t,n.l)),topRight:Math.max(0,o.topRight-Math.max(n.t,n.r)),bottomLeft:Math.max(0,o.bottomLeft-Math.max(n.b,n.l)),bottomRight:Math.max(0,o.bottomRight-Math.max(n.b,n.r))}}}}function Gi(i,t,e,s){let n=t===null,o=e===null,r=i&&!(n&&o)&&wo(i,s);return r&&(n||Ie(t,r.left,r.right))&&(o||Ie(e,r.top,r.bottom))}function Kl(i){return i.topLeft||i.topRight||i.bottomLeft||i.bottomRight}function Gl(i,t){i.rect(t.x,t.y,t.w,t.h)}function Zi(i,t,e={}){let s=i.x!==e.x?-t:0,n=i.y!==e.y?-t:0,o=(i.x+i.w!==e.x+e.w?t:0)-s,a=(i.y+i.h!==e.y+e.h?t:0)-n;return{x:i.x+s,y:i.y+n,w:i.w+o,h:i.h+a,radius:i.radius}}var ai=class extends vt{static id="bar";static defaults={borderSkipped:"start",borderWidth:0,borderRadius:0,inflateAmount:"auto",pointStyle:void 0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.horizontal=void 0,this.base=void 0,this.width=void 0,this.height=void 0,this.inflateAmount=void 0,t&&Object.assign(this,t)}draw(t){let{inflateAmount:e,options:{borderColor:s,backgroundColor:n}}=this,{inner:o,outer:a}=Xl(this),r=Kl(a.radius)?oe:Gl;t.save(),(a.w!==o.w||a.h!==o.h)&&(t.beginPath(),r(t,Zi(a,e,o)),t.clip(),r(t,Zi(o,-e,a)),t.fillStyle=s,t.fill("evenodd")),t.beginPath(),r(t,Zi(o,e)),t.fillStyle=n,t.fill(),t.restore()}inRange(t,e,s){return Gi(this,t,e,s)}inXRange(t,e){return Gi(this,t,null,e)}inYRange(t,e){return Gi(this,null,t,e)}getCenterPoint(t){let{x:e,y:s,base:n,horizontal:o}=this.getProps(["x","y","base","horizontal"],t);return{x:o?(e+n)/2:e,y:o?s:(s+n)/2}}getRange(t){return t==="x"?this.width/2:this.height/2}};var fe={average(i){if(!i.length)return!1;let t,e,s=new Set,n=0,o=0;for(t=0,e=i.length;t<e;++t){let r=i[t].element;if(r&&r.hasValue()){let l=r.tooltipPosition();s.add(l.x),n+=l.y,++o}}return o===0||s.size===0?!1:{x:[...s].reduce((r,l)=>r+l)/s.size,y:n/o}},nearest(i,t){if(!i.length)return!1;let e=t.x,s=t.y,n=Number.POSITIVE_INFINITY,o,a,r;for(o=0,a=i.length;o<a;++o){let l=i[o].element;if(l&&l.hasValue()){let c=l.getCenterPoint(),h=Oe(t,c);h<n&&(n=h,r=l)}}if(r){let l=r.tooltipPosition();e=l.x,s=l.y}return{x:e,y:s}}};function it(i,t){return t&&(A(t)?Array.prototype.push.apply(i,t):i.push(t)),i}function dt(i){return(typeof i=="string"||i instanceof String)&&i.indexOf(`\n`)>-1?i.split(`\n`):i}function Zl(i,t){let{element:e,datasetIndex:s,index:n}=t,o=i.getDatasetMeta(s).controller,{label:a,value:r}=o.getLabelAndValue(n);return{chart:i,label:a,parsed:o.getParsed(n),raw:i.data.datasets[s].data[n],formattedValue:r,dataset:o.getDataset(),dataIndex:n,datasetIndex:s,element:e}}function Xn(i,t){let e=i.chart.ctx,{body:s,footer:n,title:o}=i,{boxWidth:a,boxHeight:r}=t,l=H(t.bodyFont),c=H(t.titleFont),h=H(t.footerFont),d=o.length,u=n.length,f=s.length,p=q(t.padding),g=p.height,m=0,b=s.reduce((M,_)=>M+_.before.length+_.lines.length+_.after.length,0);if(b+=i.beforeBody.length+i.afterBody.length,d&&(g+=d*c.lineHeight+(d-1)*t.titleSpacing+t.titleMarginBottom),b){let M=t.displayColors?Math.max(r,l.lineHeight):l.lineHeight;g+=f*M+(b-f)*l.lineHeight+(b-1)*t.bodySpacing}u&&(g+=t.footerMarginTop+u*h.lineHeight+(u-1)*t.footerSpacing);let x=0,y=function(M){m=Math.max(m,e.measureText(M).width+x)};return e.save(),e.font=c.string,T(i.title,y),e.font=l.string,T(i.beforeBody.concat(i.afterBody),y),x=t.displayColors?a+2+t.boxPadding:0,T(s,M=>{T(M.before,y),T(M.lines,y),T(M.after,y)}),x=0,e.font=h.string,T(i.footer,y),e.restore(),m+=p.width,{width:m,height:g}}function Jl(i,t){let{y:e,height:s}=t;return e<s/2?"top":e>i.height-s/2?"bottom":"center"}function Ql(i,t,e,s){let{x:n,width:o}=s,a=e.caretSize+e.caretPadding;if(i==="left"&&n+o+a>t.width||i==="right"&&n-o-a<0)return!0}function tc(i,t,e,s){let{x:n,width:o}=e,{width:a,chartArea:{left:r,right:l}}=i,c="center";return s==="center"?c=n<=(r+l)/2?"left":"right":n<=o/2?c="left":n>=a-o/2&&(c="right"),Ql(c,i,t,e)&&(c="center"),c}function Kn(i,t,e){let s=e.yAlign||t.yAlign||Jl(i,e);return{xAlign:e.xAlign||t.xAlign||tc(i,t,e,s),yAlign:s}}function ec(i,t){let{x:e,width:s}=i;return t==="right"?e-=s:t==="center"&&(e-=s/2),e}function ic(i,t,e){let{y:s,height:n}=i;return t==="top"?s+=e:t==="bottom"?s-=n+e:s-=n/2,s}function Gn(i,t,e,s){let{caretSize:n,caretPadding:o,cornerRadius:a}=i,{xAlign:r,yAlign:l}=e,c=n+o,{topLeft:h,topRight:d,bottomLeft:u,bottomRight:f}=Tt(a),p=ec(t,r),g=ic(t,l,c);return l==="center"?r==="left"?p+=c:r==="right"&&(p-=c):r==="left"?p-=Math.max(h,u)+n:r==="right"&&(p+=Math.max(d,f)+n),{x:U(p,0,s.width-t.width),y:U(g,0,s.height-t.height)}}function Ke(i,t,e){let s=q(e.padding);return t==="center"?i.x+i.width/2:t==="right"?i.x+i.width-s.right:i.x+s.left}function Zn(i){return it([],dt(i))}function sc(i,t,e){return ct(i,{tooltip:t,tooltipItems:e,type:"tooltip"})}function Jn(i,t){let e=t&&t.dataset&&t.dataset.tooltip&&t.dataset.tooltip.callbacks;return e?i.override(e):i}var ko={beforeTitle:et,title(i){if(i.length>0){let t=i[0],e=t.chart.data.labels,s=e?e.length:0;if(this&&this.options&&this.options.mode==="dataset")return t.dataset.label||"";if(t.label)return t.label;if(s>0&&t.dataIndex<s)return e[t.dataIndex]}return""},afterTitle:et,beforeBody:et,beforeLabel:et,label(i){if(this&&this.options&&this.options.mode==="dataset")return i.label+": "+i.formattedValue||i.formattedValue;let t=i.dataset.label||"";t&&(t+=": ");let e=i.formattedValue;return D(e)||(t+=e),t},labelColor(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{borderColor:e.borderColor,backgroundColor:e.backgroundColor,borderWidth:e.borderWidth,borderDash:e.borderDash,borderDashOffset:e.borderDashOffset,borderRadius:0}},labelTextColor(){return this.options.bodyColor},labelPointStyle(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{pointStyle:e.pointStyle,rotation:e.rotation}},afterLabel:et,afterBody:et,beforeFooter:et,footer:et,afterFooter:et};function j(i,t,e,s){let n=i[t].call(e,s);return typeof n>"u"?ko[t].call(e,s):n}var ri=class extends vt{static positioners=fe;constructor(t){super(),this.opacity=0,this._active=[],this._eventPosition=void 0,this._size=void 0,this._cachedAnimations=void 0,this._tooltipItems=[],this.$animations=void 0,this.$context=void 0,this.chart=t.chart,this.options=t.options,this.dataPoints=void 0,this.title=void 0,this.beforeBody=void 0,this.body=void 0,this.afterBody=void 0,this.footer=void 0,this.xAlign=void 0,this.yAlign=void 0,this.x=void 0,this.y=void 0,this.height=void 0,this.width=void 0,this.caretX=void 0,this.caretY=void 0,this.labelColors=void 0,this.labelPointStyles=void 0,this.labelTextColors=void 0}initialize(t){this.options=t,this._cachedAnimations=void 0,this.$context=void 0}_resolveAnimations(){let t=this._cachedAnimations;if(t)return t;let e=this.chart,s=this.options.setContext(this.getContext()),n=s.enabled&&e.options.animation&&s.animations,o=new Qe(this.chart,n);return n._cacheable&&(this._cachedAnimations=Object.freeze(o)),o}getContext(){return this.$context||(this.$context=sc(this.chart.getContext(),this,this._tooltipItems))}getTitle(t,e){let{callbacks:s}=e,n=j(s,"beforeTitle",this,t),o=j(s,"title",this,t),a=j(s,"afterTitle",this,t),r=[];return r=it(r,dt(n)),r=it(r,dt(o)),r=it(r,dt(a)),r}getBeforeBody(t,e){return Zn(j(e.callbacks,"beforeBody",this,t))}getBody(t,e){let{callbacks:s}=e,n=[];return T(t,o=>{let a={before:[],lines:[],after:[]},r=Jn(s,o);it(a.before,dt(j(r,"beforeLabel",this,o))),it(a.lines,j(r,"label",this,o)),it(a.after,dt(j(r,"afterLabel",this,o))),n.push(a)}),n}getAfterBody(t,e){return Zn(j(e.callbacks,"afterBody",this,t))}getFooter(t,e){let{callbacks:s}=e,n=j(s,"beforeFooter",this,t),o=j(s,"footer",this,t),a=j(s,"afterFooter",this,t),r=[];return r=it(r,dt(n)),r=it(r,dt(o)),r=it(r,dt(a)),r}_createItems(t){let e=this._active,s=this.chart.data,n=[],o=[],a=[],r=[],l,c;for(l=0,c=e.length;l<c;++l)r.push(Zl(this.chart,e[l]));return t.filter&&(r=r.filter((h,d,u)=>t.filter(h,d,u,s))),t.itemSort&&(r=r.sort((h,d)=>t.itemSort(h,d,s))),T(r,h=>{let d=Jn(t.callbacks,h);n.push(j(d,"labelColor",this,h)),o.push(j(d,"labelPointStyle",this,h)),a.push(j(d,"labelTextColor",this,h))}),this.labelColors=n,this.labelPointStyles=o,this.labelTextColors=a,this.dataPoints=r,r}update(t,e){let s=this.options.setContext(this.getContext()),n=this._active,o,a=[];if(!n.length)this.opacity!==0&&(o={opacity:0});else{let r=fe[s.position].call(this,n,this._eventPosition);a=this._createItems(s),this.title=this.getTitle(a,s),this.beforeBody=this.getBeforeBody(a,s),this.body=this.getBody(a,s),this.afterBody=this.getAfterBody(a,s),this.footer=this.getFooter(a,s);let l=this._size=Xn(this,s),c=Object.assign({},r,l),h=Kn(this.chart,s,c),d=Gn(s,c,h,this.chart);this.xAlign=h.xAlign,this.yAlign=h.yAlign,o={opacity:1,x:d.x,y:d.y,width:l.width,height:l.height,caretX:r.x,caretY:r.y}}this._tooltipItems=a,this.$context=void 0,o&&this._resolveAnimations().update(this,o),t&&s.external&&s.external.call(this,{chart:this.chart,tooltip:this,replay:e})}drawCaret(t,e,s,n){let o=this.getCaretPosition(t,s,n);e.lineTo(o.x1,o.y1),e.lineTo(o.x2,o.y2),e.lineTo(o.x3,o.y3)}getCaretPosition(t,e,s){let{xAlign:n,yAlign:o}=this,{caretSize:a,cornerRadius:r}=s,{topLeft:l,topRight:c,bottomLeft:h,bottomRight:d}=Tt(r),{x:u,y:f}=t,{width:p,height:g}=e,m,b,x,y,M,_;return o==="center"?(M=f+g/2,n==="left"?(m=u,b=m-a,y=M+a,_=M-a):(m=u+p,b=m+a,y=M-a,_=M+a),x=m):(n==="left"?b=u+Math.max(l,h)+a:n==="right"?b=u+p-Math.max(c,d)-a:b=this.caretX,o==="top"?(y=f,M=y-a,m=b-a,x=b+a):(y=f+g,M=y+a,m=b+a,x=b-a),_=y),{x1:m,x2:b,x3:x,y1:y,y2:M,y3:_}}drawTitle(t,e,s){let n=this.title,o=n.length,a,r,l;if(o){let c=$e(s.rtl,this.x,this.width);for(t.x=Ke(this,s.titleAlign,s),e.textAlign=c.textAlign(s.titleAlign),e.textBaseline="middle",a=H(s.titleFont),r=s.titleSpacing,e.fillStyle=s.titleColor,e.font=a.string,l=0;l<o;++l)e.fillText(n[l],c.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+r,l+1===o&&(t.y+=s.titleMarginBottom-r)}}_drawColorBox(t,e,s,n,o){let a=this.labelColors[s],r=this.labelPointStyles[s],{boxHeight:l,boxWidth:c}=o,h=H(o.bodyFont),d=Ke(this,"left",o),u=n.x(d),f=l<h.lineHeight?(h.lineHeight-l)/2:0,p=e.y+f;if(o.usePointStyle){let g={radius:Math.min(c,l)/2,pointStyle:r.pointStyle,rotation:r.rotation,borderWidth:1},m=n.leftForLtr(u,c)+c/2,b=p+l/2;t.strokeStyle=o.multiKeyBackground,t.fillStyle=o.multiKeyBackground,Ve(t,g,m,b),t.strokeStyle=a.borderColor,t.fillStyle=a.backgroundColor,Ve(t,g,m,b)}else{t.lineWidth=P(a.borderWidth)?Math.max(...Object.values(a.borderWidth)):a.borderWidth||1,t.strokeStyle=a.borderColor,t.setLineDash(a.borderDash||[]),t.lineDashOffset=a.borderDashOffset||0;let g=n.leftForLtr(u,c),m=n.leftForLtr(n.xPlus(u,1),c-2),b=Tt(a.borderRadius);Object.values(b).some(x=>x!==0)?(t.beginPath(),t.fillStyle=o.multiKeyBackground,oe(t,{x:g,y:p,w:c,h:l,radius:b}),t.fill(),t.stroke(),t.fillStyle=a.backgroundColor,t.beginPath(),oe(t,{x:m,y:p+1,w:c-2,h:l-2,radius:b}),t.fill()):(t.fillStyle=o.multiKeyBackground,t.fillRect(g,p,c,l),t.strokeRect(g,p,c,l),t.fillStyle=a.backgroundColor,t.fillRect(m,p+1,c-2,l-2))}t.fillStyle=this.labelTextColors[s]}drawBody(t,e,s){let{body:n}=this,{bodySpacing:o,bodyAlign:a,displayColors:r,boxHeight:l,boxWidth:c,boxPadding:h}=s,d=H(s.bodyFont),u=d.lineHeight,f=0,p=$e(s.rtl,this.x,this.width),g=function(S){e.fillText(S,p.x(t.x+f),t.y+u/2),t.y+=u+o},m=p.textAlign(a),b,x,y,M,_,w,v;for(e.textAlign=a,e.textBaseline="middle",e.font=d.string,t.x=Ke(this,m,s),e.fillStyle=s.bodyColor,T(this.beforeBody,g),f=r&&m!=="right"?a==="center"?c/2+h:c+2+h:0,M=0,w=n.length;M<w;++M){for(b=n[M],x=this.labelTextColors[M],e.fillStyle=x,T(b.before,g),y=b.lines,r&&y.length&&(this._drawColorBox(e,t,M,p,s),u=Math.max(d.lineHeight,l)),_=0,v=y.length;_<v;++_)g(y[_]),u=d.lineHeight;T(b.after,g)}f=0,u=d.lineHeight,T(this.afterBody,g),t.y-=o}drawFooter(t,e,s){let n=this.footer,o=n.length,a,r;if(o){let l=$e(s.rtl,this.x,this.width);for(t.x=Ke(this,s.footerAlign,s),t.y+=s.footerMarginTop,e.textAlign=l.textAlign(s.footerAlign),e.textBaseline="middle",a=H(s.footerFont),e.fillStyle=s.footerColor,e.font=a.string,r=0;r<o;++r)e.fillText(n[r],l.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+s.footerSpacing}}drawBackground(t,e,s,n){let{xAlign:o,yAlign:a}=this,{x:r,y:l}=t,{width:c,height:h}=s,{topLeft:d,topRight:u,bottomLeft:f,bottomRight:p}=Tt(n.cornerRadius);e.fillStyle=n.backgroundColor,e.strokeStyle=n.borderColor,e.lineWidth=n.borderWidth,e.beginPath(),e.moveTo(r+d,l),a==="top"&&this.drawCaret(t,e,s,n),e.lineTo(r+c-u,l),e.quadraticCurveTo(r+c,l,r+c,l+u),a==="center"&&o==="right"&&this.drawCaret(t,e,s,n),e.lineTo(r+c,l+h-p),e.quadraticCurveTo(r+c,l+h,r+c-p,l+h),a==="bottom"&&this.drawCaret(t,e,s,n),e.lineTo(r+f,l+h),e.quadraticCurveTo(r,l+h,r,l+h-f),a==="center"&&o==="left"&&this.drawCaret(t,e,s,n),e.lineTo(r,l+d),e.quadraticCurveTo(r,l,r+d,l),e.closePath(),e.fill(),n.borderWidth>0&&e.stroke()}_updateAnimationTarget(t){let e=this.chart,s=this.$animations,n=s&&s.x,o=s&&s.y;if(n||o){let a=fe[t.position].call(this,this._active,this._eventPosition);if(!a)return;let r=this._size=Xn(this,t),l=Object.assign({},a,this._size),c=Kn(e,t,l),h=Gn(t,l,c,e);(n._to!==h.x||o._to!==h.y)&&(this.xAlign=c.xAlign,this.yAlign=c.yAlign,this.width=r.width,this.height=r.height,this.caretX=a.x,this.caretY=a.y,this._resolveAnimations().update(this,h))}}_willRender(){return!!this.opacity}draw(t){let e=this.options.setContext(this.getContext()),s=this.opacity;if(!s)return;this._updateAnimationTarget(e);let n={width:this.width,height:this.height},o={x:this.x,y:this.y};s=Math.abs(s)<.001?0:s;let a=q(e.padding),r=this.title.length||this.beforeBody.length||this.body.length||this.afterBody.length||this.footer.length;e.enabled&&r&&(t.save(),t.globalAlpha=s,this.drawBackground(o,t,n,e),un(t,e.textDirection),o.y+=a.top,this.drawTitle(o,t,e),this.drawBody(o,t,e),this.drawFooter(o,t,e),fn(t,e.textDirection),t.restore())}getActiveElements(){return this._active||[]}setActiveElements(t,e){let s=this._active,n=t.map(({datasetIndex:r,index:l})=>{let c=this.chart.getDatasetMeta(r);if(!c)throw new Error("Cannot find a dataset at index "+r);return{datasetIndex:r,element:c.data[l],index:l}}),o=!ie(s,n),a=this._positionChanged(n,e);(o||a)&&(this._active=n,this._eventPosition=e,this._ignoreReplayEvents=!0,this.update(!0))}handleEvent(t,e,s=!0){if(e&&this._ignoreReplayEvents)return!1;this._ignoreReplayEvents=!1;let n=this.options,o=this._active||[],a=this._getActiveElements(t,o,e,s),r=this._positionChanged(a,t),l=e||!ie(a,o)||r;return l&&(this._active=a,(n.enabled||n.external)&&(this._eventPosition={x:t.x,y:t.y},this.update(!0,e))),l}_getActiveElements(t,e,s,n){let o=this.options;if(t.type==="mouseout")return[];if(!n)return e.filter(r=>this.chart.data.datasets[r.datasetIndex]&&this.chart.getDatasetMeta(r.datasetIndex).controller.getParsed(r.index)!==void 0);let a=this.chart.getElementsAtEventForMode(t,o.mode,o,s);return o.reverse&&a.reverse(),a}_positionChanged(t,e){let{caretX:s,caretY:n,options:o}=this,a=fe[o.position].call(this,t,e);return a!==!1&&(s!==a.x||n!==a.y)}},Do={id:"tooltip",_element:ri,positioners:fe,afterInit(i,t,e){e&&(i.tooltip=new ri({chart:i,options:e}))},beforeUpdate(i,t,e){i.tooltip&&i.tooltip.initialize(e)},reset(i,t,e){i.tooltip&&i.tooltip.initialize(e)},afterDraw(i){let t=i.tooltip;if(t&&t._willRender()){let e={tooltip:t};if(i.notifyPlugins("beforeTooltipDraw",{...e,cancelable:!0})===!1)return;t.draw(i.ctx),i.notifyPlugins("afterTooltipDraw",e)}},afterEvent(i,t){if(i.tooltip){let e=t.replay;i.tooltip.handleEvent(t.event,e,t.inChartArea)&&(t.changed=!0)}},defaults:{enabled:!0,external:null,position:"average",backgroundColor:"rgba(0,0,0,0.8)",titleColor:"#fff",titleFont:{weight:"bold"},titleSpacing:2,titleMarginBottom:6,titleAlign:"left",bodyColor:"#fff",bodySpacing:2,bodyFont:{},bodyAlign:"left",footerColor:"#fff",footerSpacing:2,footerMarginTop:6,footerFont:{weight:"bold"},footerAlign:"left",padding:6,caretPadding:2,caretSize:5,cornerRadius:6,boxHeight:(i,t)=>t.bodyFont.size,boxWidth:(i,t)=>t.bodyFont.size,multiKeyBackground:"#fff",displayColors:!0,boxPadding:0,borderColor:"rgba(0,0,0,0)",borderWidth:0,animation:{duration:400,easing:"easeOutQuart"},animations:{numbers:{type:"number",properties:["x","y","width","height","caretX","caretY"]},opacity:{easing:"linear",duration:200}},callbacks:ko},defaultRoutes:{bodyFont:"font",footerFont:"font",titleFont:"font"},descriptors:{_scriptable:i=>i!=="filter"&&i!=="itemSort"&&i!=="external",_indexable:!1,callbacks:{_scriptable:!1,_indexable:!1},animation:{_fallback:!1},animations:{_fallback:"animation"}},additionalOptionScopes:["interaction"]};function nc(i,t){let e=[],{bounds:n,step:o,min:a,max:r,precision:l,count:c,maxTicks:h,maxDigits:d,includeBounds:u}=i,f=o||1,p=h-1,{min:g,max:m}=t,b=!D(a),x=!D(r),y=!D(c),M=(m-g)/(d+1),_=vi((m-g)/p/f)*f,w,v,S,k;if(_<1e-14&&!b&&!x)return[{value:g},{value:m}];k=Math.ceil(m/_)-Math.floor(g/_),k>p&&(_=vi(k*_/p/f)*f),D(l)||(w=Math.pow(10,l),_=Math.ceil(_*w)/w),n==="ticks"?(v=Math.floor(g/_)*_,S=Math.ceil(m/_)*_):(v=g,S=m),b&&x&&o&&Vs((r-a)/o,_/1e3)?(k=Math.round(Math.min((r-a)/_,h)),_=(r-a)/k,v=a,S=r):y?(v=b?a:v,S=x?r:S,k=c-1,_=(S-v)/k):(k=(S-v)/_,Ht(k,Math.round(k),_/1e3)?k=Math.round(k):k=Math.ceil(k));let L=Math.max(wi(_),wi(v));w=Math.pow(10,D(l)?L:l),v=Math.round(v*w)/w,S=Math.round(S*w)/w;let E=0;for(b&&(u&&v!==a?(e.push({value:a}),v<a&&E++,Ht(Math.round((v+E*_)*w)/w,a,Qn(a,M,i))&&E++):v<a&&E++);E<k;++E){let F=Math.round((v+E*_)*w)/w;if(x&&F>r)break;e.push({value:F})}return x&&u&&S!==r?e.length&&Ht(e[e.length-1].value,r,Qn(r,M,i))?e[e.length-1].value=r:e.push({value:r}):(!x||S===r)&&e.push({value:S}),e}function Qn(i,t,{horizontal:e,minRotation:s}){let n=lt(s),o=(e?Math.sin(n):Math.cos(n))||.001,a=.75*t*(""+i).length;return Math.min(t/o,a)}var qt=class extends Yt{constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._endValue=void 0,this._valueRange=0}parse(t,e){return D(t)||(typeof t=="number"||t instanceof Number)&&!isFinite(+t)?null:+t}handleTickRangeOptions(){let{beginAtZero:t}=this.options,{minDefined:e,maxDefined:s}=this.getUserBounds(),{min:n,max:o}=this,a=l=>n=e?n:l,r=l=>o=s?o:l;if(t){let l=J(n),c=J(o);l<0&&c<0?r(0):l>0&&c>0&&a(0)}if(n===o){let l=o===0?1:Math.abs(o*.05);r(o+l),t||a(n-l)}this.min=n,this.max=o}getTickLimit(){let t=this.options.ticks,{maxTicksLimit:e,stepSize:s}=t,n;return s?(n=Math.ceil(this.max/s)-Math.floor(this.min/s)+1,n>1e3&&(console.warn(`scales.${this.id}.ticks.stepSize: ${s} would result generating up to ${n} ticks. Limiting to 1000.`),n=1e3)):(n=this.computeTickLimit(),e=e||11),e&&(n=Math.min(e,n)),n}computeTickLimit(){return Number.POSITIVE_INFINITY}buildTicks(){let t=this.options,e=t.ticks,s=this.getTickLimit();s=Math.max(2,s);let n={maxTicks:s,bounds:t.bounds,min:t.min,max:t.max,precision:e.precision,step:e.stepSize,count:e.count,maxDigits:this._maxDigits(),horizontal:this.isHorizontal(),minRotation:e.minRotation||0,includeBounds:e.includeBounds!==!1},o=this._range||this,a=nc(n,o);return t.bounds==="ticks"&&Si(a,this,"value"),t.reverse?(a.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),a}configure(){let t=this.ticks,e=this.min,s=this.max;if(super.configure(),this.options.offset&&t.length){let n=(s-e)/Math.max(t.length-1,1)/2;e-=n,s+=n}this._startValue=e,this._endValue=s,this._valueRange=s-e}getLabelForValue(t){return ze(t,this.chart.options.locale,this.options.ticks.format)}},li=class extends qt{static id="linear";static defaults={ticks:{callback:se.formatters.numeric}};determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=B(t)?t:0,this.max=B(e)?e:1,this.handleTickRangeOptions()}computeTickLimit(){let t=this.isHorizontal(),e=t?this.width:this.height,s=lt(this.options.ticks.minRotation),n=(t?Math.sin(s):Math.cos(s))||.001,o=this._resolveTickFontOptions(0);return Math.ceil(e/Math.min(40,o.lineHeight/n))}getPixelForValue(t){return t===null?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getValueForPixel(t){return this._startValue+this.getDecimalForPixel(t)*this._valueRange}},me=i=>Math.floor(rt(i)),Ot=(i,t)=>Math.pow(10,me(i)+t);function to(i){return i/Math.pow(10,me(i))===1}function eo(i,t,e){let s=Math.pow(10,e),n=Math.floor(i/s);return Math.ceil(t/s)-n}function oc(i,t){let e=t-i,s=me(e);for(;eo(i,t,s)>10;)s++;for(;eo(i,t,s)<10;)s--;return Math.min(s,me(i))}function ac(i,{min:t,max:e}){t=W(i.min,t);let s=[],n=me(t),o=oc(t,e),a=o<0?Math.pow(10,Math.abs(o)):1,r=Math.pow(10,o),l=n>o?Math.pow(10,n):0,c=Math.round((t-l)*a)/a,h=Math.floor((t-l)/r/10)*r*10,d=Math.floor((c-h)/Math.pow(10,o)),u=W(i.min,Math.round((l+h+d*Math.pow(10,o))*a)/a);for(;u<e;)s.push({value:u,major:to(u),significand:d}),d>=10?d=d<15?15:20:d++,d>=20&&(o++,d=2,a=o>=0?1:a),u=Math.round((l+h+d*Math.pow(10,o))*a)/a;let f=W(i.max,u);return s.push({value:f,major:to(f),significand:d}),s}var io=class extends Yt{static id="logarithmic";static defaults={ticks:{callback:se.formatters.logarithmic,major:{enabled:!0}}};constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._valueRange=0}parse(t,e){let s=qt.prototype.parse.apply(this,[t,e]);if(s===0){this._zero=!0;return}return B(s)&&s>0?s:null}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=B(t)?Math.max(0,t):null,this.max=B(e)?Math.max(0,e):null,this.options.beginAtZero&&(this._zero=!0),this._zero&&this.min!==this._suggestedMin&&!B(this._userMin)&&(this.min=t===Ot(this.min,0)?Ot(this.min,-1):Ot(this.min,0)),this.handleTickRangeOptions()}handleTickRangeOptions(){let{minDefined:t,maxDefined:e}=this.getUserBounds(),s=this.min,n=this.max,o=r=>s=t?s:r,a=r=>n=e?n:r;s===n&&(s<=0?(o(1),a(10)):(o(Ot(s,-1)),a(Ot(n,1)))),s<=0&&o(Ot(n,-1)),n<=0&&a(Ot(s,1)),this.min=s,this.max=n}buildTicks(){let t=this.options,e={min:this._userMin,max:this._userMax},s=ac(e,this);return t.bounds==="ticks"&&Si(s,this,"value"),t.reverse?(s.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),s}getLabelForValue(t){return t===void 0?"0":ze(t,this.chart.options.locale,this.options.ticks.format)}configure(){let t=this.min;super.configure(),this._startValue=rt(t),this._valueRange=rt(this.max)-rt(t)}getPixelForValue(t){return(t===void 0||t===0)&&(t=this.min),t===null||isNaN(t)?NaN:this.getPixelForDecimal(t===this.min?0:(rt(t)-this._startValue)/this._valueRange)}getValueForPixel(t){let e=this.getDecimalForPixel(t);return Math.pow(10,this._startValue+e*this._valueRange)}};function cs(i){let t=i.ticks;if(t.display&&i.display){let e=q(t.backdropPadding);return C(t.font&&t.font.size,R.font.size)+e.height}return 0}function rc(i,t,e){return e=A(e)?e:[e],{w:Zs(i,t.string,e),h:e.length*t.lineHeight}}function so(i,t,e,s,n){return i===s||i===n?{start:t-e/2,end:t+e/2}:i<s||i>n?{start:t-e,end:t}:{start:t,end:t+e}}function lc(i){let t={l:i.left+i._padding.left,r:i.right-i._padding.right,t:i.top+i._padding.top,b:i.bottom-i._padding.bottom},e=Object.assign({},t),s=[],n=[],o=i._pointLabels.length,a=i.options.pointLabels,r=a.centerPointLabels?z/o:0;for(let l=0;l<o;l++){let c=a.setContext(i.getPointLabelContext(l));n[l]=c.padding;let h=i.getPointPosition(l,i.drawingArea+n[l],r),d=H(c.font),u=rc(i.ctx,d,i._pointLabels[l]);s[l]=u;let f=Z(i.getIndexAngle(l)+r),p=Math.round(Ee(f)),g=so(p,h.x,u.w,0,180),m=so(p,h.y,u.h,90,270);cc(e,t,f,g,m)}i.setCenterPoint(t.l-e.l,e.r-t.r,t.t-e.t,e.b-t.b),i._pointLabelItems=uc(i,s,n)}function cc(i,t,e,s,n){let o=Math.abs(Math.sin(e)),a=Math.abs(Math.cos(e)),r=0,l=0;s.start<t.l?(r=(t.l-s.start)/o,i.l=Math.min(i.l,t.l-r)):s.end>t.r&&(r=(s.end-t.r)/o,i.r=Math.max(i.r,t.r+r)),n.start<t.t?(l=(t.t-n.start)/a,i.t=Math.min(i.t,t.t-l)):n.end>t.b&&(l=(n.end-t.b)/a,i.b=Math.max(i.b,t.b+l))}function hc(i,t,e){let s=i.drawingArea,{extra:n,additionalAngle:o,padding:a,size:r}=e,l=i.getPointPosition(t,s+n+a,o),c=Math.round(Ee(Z(l.angle+N))),h=pc(l.y,r.h,c),d=fc(c),u=gc(l.x,r.w,d);return{visible:!0,x:l.x,y:h,textAlign:d,left:u,top:h,right:u+r.w,bottom:h+r.h}}function dc(i,t){if(!t)return!0;let{left:e,top:s,right:n,bottom:o}=i;return!(tt({x:e,y:s},t)||tt({x:e,y:o},t)||tt({x:n,y:s},t)||tt({x:n,y:o},t))}function uc(i,t,e){let s=[],n=i._pointLabels.length,o=i.options,{centerPointLabels:a,display:r}=o.pointLabels,l={extra:cs(o)/2,additionalAngle:a?z/n:0},c;for(let h=0;h<n;h++){l.padding=e[h],l.size=t[h];let d=hc(i,h,l);s.push(d),r==="auto"&&(d.visible=dc(d,c),d.visible&&(c=d))}return s}function fc(i){return i===0||i===180?"center":i<180?"left":"right"}function gc(i,t,e){return e==="right"?i-=t:e==="center"&&(i-=t/2),i}function pc(i,t,e){return e===90||e===270?i-=t/2:(e>270||e<90)&&(i-=t),i}function mc(i,t,e){let{left:s,top:n,right:o,bottom:a}=e,{backdropColor:r}=t;if(!D(r)){let l=Tt(t.borderRadius),c=q(t.backdropPadding);i.fillStyle=r;let h=s-c.left,d=n-c.top,u=o-s+c.width,f=a-n+c.height;Object.values(l).some(p=>p!==0)?(i.beginPath(),oe(i,{x:h,y:d,w:u,h:f,radius:l}),i.fill()):i.fillRect(h,d,u,f)}}function bc(i,t){let{ctx:e,options:{pointLabels:s}}=i;for(let n=t-1;n>=0;n--){let o=i._pointLabelItems[n];if(!o.visible)continue;let a=s.setContext(i.getPointLabelContext(n));mc(e,a,o);let r=H(a.font),{x:l,y:c,textAlign:h}=o;ne(e,i._pointLabels[n],l,c+r.lineHeight/2,r,{color:a.color,textAlign:h,textBaseline:"middle"})}}function Po(i,t,e,s){let{ctx:n}=i;if(e)n.arc(i.xCenter,i.yCenter,t,0,Y);else{let o=i.getPointPosition(0,t);n.moveTo(o.x,o.y);for(let a=1;a<s;a++)o=i.getPointPosition(a,t),n.lineTo(o.x,o.y)}}function xc(i,t,e,s,n){let o=i.ctx,a=t.circular,{color:r,lineWidth:l}=t;!a&&!s||!r||!l||e<0||(o.save(),o.strokeStyle=r,o.lineWidth=l,o.setLineDash(n.dash||[]),o.lineDashOffset=n.dashOffset,o.beginPath(),Po(i,e,a,s),o.closePath(),o.stroke(),o.restore())}function _c(i,t,e){return ct(i,{label:e,index:t,type:"pointLabel"})}var no=class extends qt{static id="radialLinear";static defaults={display:!0,animate:!0,position:"chartArea",angleLines:{display:!0,lineWidth:1,borderDash:[],borderDashOffset:0},grid:{circular:!1},startAngle:0,ticks:{showLabelBackdrop:!0,callback:se.formatters.numeric},pointLabels:{backdropColor:void 0,backdropPadding:2,display:!0,font:{size:10},callback(t){return t},padding:5,centerPointLabels:!1}};static defaultRoutes={"angleLines.color":"borderColor","pointLabels.color":"color","ticks.color":"color"};static descriptors={angleLines:{_fallback:"grid"}};constructor(t){super(t),this.xCenter=void 0,this.yCenter=void 0,this.drawingArea=void 0,this._pointLabels=[],this._pointLabelItems=[]}setDimensions(){let t=this._padding=q(cs(this.options)/2),e=this.width=this.maxWidth-t.width,s=this.height=this.maxHeight-t.height;this.xCenter=Math.floor(this.left+e/2+t.left),this.yCenter=Math.floor(this.top+s/2+t.top),this.drawingArea=Math.floor(Math.min(e,s)/2)}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!1);this.min=B(t)&&!isNaN(t)?t:0,this.max=B(e)&&!isNaN(e)?e:0,this.handleTickRangeOptions()}computeTickLimit(){return Math.ceil(this.drawingArea/cs(this.options))}generateTickLabels(t){qt.prototype.generateTickLabels.call(this,t),this._pointLabels=this.getLabels().map((e,s)=>{let n=O(this.options.pointLabels.callback,[e,s],this);return n||n===0?n:""}).filter((e,s)=>this.chart.getDataVisibility(s))}fit(){let t=this.options;t.display&&t.pointLabels.display?lc(this):this.setCenterPoint(0,0,0,0)}setCenterPoint(t,e,s,n){this.xCenter+=Math.floor((t-e)/2),this.yCenter+=Math.floor((s-n)/2),this.drawingArea-=Math.min(this.drawingArea/2,Math.max(t,e,s,n))}getIndexAngle(t){let e=Y/(this._pointLabels.length||1),s=this.options.startAngle||0;return Z(t*e+lt(s))}getDistanceFromCenterForValue(t){if(D(t))return NaN;let e=this.drawingArea/(this.max-this.min);return this.options.reverse?(this.max-t)*e:(t-this.min)*e}getValueForDistanceFromCenter(t){if(D(t))return NaN;let e=t/(this.drawingArea/(this.max-this.min));return this.options.reverse?this.max-e:this.min+e}getPointLabelContext(t){let e=this._pointLabels||[];if(t>=0&&t<e.length){let s=e[t];return _c(this.getContext(),t,s)}}getPointPosition(t,e,s=0){let n=this.getIndexAngle(t)-N+s;return{x:Math.cos(n)*e+this.xCenter,y:Math.sin(n)*e+this.yCenter,angle:n}}getPointPositionForValue(t,e){return this.getPointPosition(t,this.getDistanceFromCenterForValue(e))}getBasePosition(t){return this.getPointPositionForValue(t||0,this.getBaseValue())}getPointLabelPosition(t){let{left:e,top:s,right:n,bottom:o}=this._pointLabelItems[t];return{left:e,top:s,right:n,bottom:o}}drawBackground(){let{backgroundColor:t,grid:{circular:e}}=this.options;if(t){let s=this.ctx;s.save(),s.beginPath(),Po(this,this.getDistanceFromCenterForValue(this._endValue),e,this._pointLabels.length),s.closePath(),s.fillStyle=t,s.fill(),s.restore()}}drawGrid(){let t=this.ctx,e=this.options,{angleLines:s,grid:n,border:o}=e,a=this._pointLabels.length,r,l,c;if(e.pointLabels.display&&bc(this,a),n.display&&this.ticks.forEach((h,d)=>{if(d!==0||d===0&&this.min<0){l=this.getDistanceFromCenterForValue(h.value);let u=this.getContext(d),f=n.setContext(u),p=o.setContext(u);xc(this,f,l,a,p)}}),s.display){for(t.save(),r=a-1;r>=0;r--){let h=s.setContext(this.getPointLabelContext(r)),{color:d,lineWidth:u}=h;!u||!d||(t.lineWidth=u,t.strokeStyle=d,t.setLineDash(h.borderDash),t.lineDashOffset=h.borderDashOffset,l=this.getDistanceFromCenterForValue(e.reverse?this.min:this.max),c=this.getPointPosition(r,l),t.beginPath(),t.moveTo(this.xCenter,this.yCenter),t.lineTo(c.x,c.y),t.stroke())}t.restore()}}drawBorder(){}drawLabels(){let t=this.ctx,e=this.options,s=e.ticks;if(!s.display)return;let n=this.getIndexAngle(0),o,a;t.save(),t.translate(this.xCenter,this.yCenter),t.rotate(n),t.textAlign="center",t.textBaseline="middle",this.ticks.forEach((r,l)=>{if(l===0&&this.min>=0&&!e.reverse)return;let c=s.setContext(this.getContext(l)),h=H(c.font);if(o=this.getDistanceFromCenterForValue(this.ticks[l].value),c.showLabelBackdrop){t.font=h.string,a=t.measureText(r.label).width,t.fillStyle=c.backdropColor;let d=q(c.backdropPadding);t.fillRect(-a/2-d.left,-o-h.size/2-d.top,a+d.width,h.size+d.height)}ne(t,r.label,0,-o,h,{color:c.color,strokeColor:c.textStrokeColor,strokeWidth:c.textStrokeWidth})}),t.restore()}drawTitle(){}},hi={millisecond:{common:!0,size:1,steps:1e3},second:{common:!0,size:1e3,steps:60},minute:{common:!0,size:6e4,steps:60},hour:{common:!0,size:36e5,steps:24},day:{common:!0,size:864e5,steps:30},week:{common:!1,size:6048e5,steps:4},month:{common:!0,size:2628e6,steps:12},quarter:{common:!1,size:7884e6,steps:4},year:{common:!0,size:3154e7}},$=Object.keys(hi);function oo(i,t){return i-t}function ao(i,t){if(D(t))return null;let e=i._adapter,{parser:s,round:n,isoWeekday:o}=i._parseOpts,a=t;return typeof s=="function"&&(a=s(a)),B(a)||(a=typeof s=="string"?e.parse(a,s):e.parse(a)),a===null?null:(n&&(a=n==="week"&&(jt(o)||o===!0)?e.startOf(a,"isoWeek",o):e.startOf(a,n)),+a)}function ro(i,t,e,s){let n=$.length;for(let o=$.indexOf(i);o<n-1;++o){let a=hi[$[o]],r=a.steps?a.steps:Number.MAX_SAFE_INTEGER;if(a.common&&Math.ceil((e-t)/(r*a.size))<=s)return $[o]}return $[n-1]}function yc(i,t,e,s,n){for(let o=$.length-1;o>=$.indexOf(e);o--){let a=$[o];if(hi[a].common&&i._adapter.diff(n,s,a)>=t-1)return a}return $[e?$.indexOf(e):0]}function Mc(i){for(let t=$.indexOf(i)+1,e=$.length;t<e;++t)if(hi[$[t]].common)return $[t]}function lo(i,t,e){if(!e)i[t]=!0;else if(e.length){let{lo:s,hi:n}=Fe(e,t),o=e[s]>=t?e[s]:e[n];i[o]=!0}}function vc(i,t,e,s){let n=i._adapter,o=+n.startOf(t[0].value,s),a=t[t.length-1].value,r,l;for(r=o;r<=a;r=+n.add(r,1,s))l=e[r],l>=0&&(t[l].major=!0);return t}function co(i,t,e){let s=[],n={},o=t.length,a,r;for(a=0;a<o;++a)r=t[a],n[r]=a,s.push({value:r,major:!1});return o===0||!e?s:vc(i,s,n,e)}var ci=class extends Yt{static id="time";static defaults={bounds:"data",adapters:{},time:{parser:!1,unit:!1,round:!1,isoWeekday:!1,minUnit:"millisecond",displayFormats:{}},ticks:{source:"auto",callback:!1,major:{enabled:!1}}};constructor(t){super(t),this._cache={data:[],labels:[],all:[]},this._unit="day",this._majorUnit=void 0,this._offsets={},this._normalized=!1,this._parseOpts=void 0}init(t,e={}){let s=t.time||(t.time={}),n=this._adapter=new Lr._date(t.adapters.date);n.init(e),Nt(s.displayFormats,n.formats()),this._parseOpts={parser:s.parser,round:s.round,isoWeekday:s.isoWeekday},super.init(t),this._normalized=e.normalized}parse(t,e){return t===void 0?null:ao(this,t)}beforeLayout(){super.beforeLayout(),this._cache={data:[],labels:[],all:[]}}determineDataLimits(){let t=this.options,e=this._adapter,s=t.time.unit||"day",{min:n,max:o,minDefined:a,maxDefined:r}=this.getUserBounds();function l(c){!a&&!isNaN(c.min)&&(n=Math.min(n,c.min)),!r&&!isNaN(c.max)&&(o=Math.max(o,c.max))}(!a||!r)&&(l(this._getLabelBounds()),(t.bounds!=="ticks"||t.ticks.source!=="labels")&&l(this.getMinMax(!1))),n=B(n)&&!isNaN(n)?n:+e.startOf(Date.now(),s),o=B(o)&&!isNaN(o)?o:+e.endOf(Date.now(),s)+1,this.min=Math.min(n,o-1),this.max=Math.max(n+1,o)}_getLabelBounds(){let t=this.getLabelTimestamps(),e=Number.POSITIVE_INFINITY,s=Number.NEGATIVE_INFINITY;return t.length&&(e=t[0],s=t[t.length-1]),{min:e,max:s}}buildTicks(){let t=this.options,e=t.time,s=t.ticks,n=s.source==="labels"?this.getLabelTimestamps():this._generate();t.bounds==="ticks"&&n.length&&(this.min=this._userMin||n[0],this.max=this._userMax||n[n.length-1]);let o=this.min,a=this.max,r=js(n,o,a);return this._unit=e.unit||(s.autoSkip?ro(e.minUnit,this.min,this.max,this._getLabelCapacity(o)):yc(this,r.length,e.minUnit,this.min,this.max)),this._majorUnit=!s.major.enabled||this._unit==="year"?void 0:Mc(this._unit),this.initOffsets(n),t.reverse&&r.reverse(),co(this,r,this._majorUnit)}afterAutoSkip(){this.options.offsetAfterAutoskip&&this.initOffsets(this.ticks.map(t=>+t.value))}initOffsets(t=[]){let e=0,s=0,n,o;this.options.offset&&t.length&&(n=this.getDecimalForValue(t[0]),t.length===1?e=1-n:e=(this.getDecimalForValue(t[1])-n)/2,o=this.getDecimalForValue(t[t.length-1]),t.length===1?s=o:s=(o-this.getDecimalForValue(t[t.length-2]))/2);let a=t.length<3?.5:.25;e=U(e,0,a),s=U(s,0,a),this._offsets={start:e,end:s,factor:1/(e+1+s)}}_generate(){let t=this._adapter,e=this.min,s=this.max,n=this.options,o=n.time,a=o.unit||ro(o.minUnit,e,s,this._getLabelCapacity(e)),r=C(n.ticks.stepSize,1),l=a==="week"?o.isoWeekday:!1,c=jt(l)||l===!0,h={},d=e,u,f;if(c&&(d=+t.startOf(d,"isoWeek",l)),d=+t.startOf(d,c?"day":a),t.diff(s,e,a)>1e5*r)throw new Error(e+" and "+s+" are too far apart with stepSize of "+r+" "+a);let p=n.ticks.source==="data"&&this.getDataTimestamps();for(u=d,f=0;u<s;u=+t.add(u,r,a),f++)lo(h,u,p);return(u===s||n.bounds==="ticks"||f===1)&&lo(h,u,p),Object.keys(h).sort(oo).map(g=>+g)}getLabelForValue(t){let e=this._adapter,s=this.options.time;return s.tooltipFormat?e.format(t,s.tooltipFormat):e.format(t,s.displayFormats.datetime)}format(t,e){let n=this.options.time.displayFormats,o=this._unit,a=e||n[o];return this._adapter.format(t,a)}_tickFormatFunction(t,e,s,n){let o=this.options,a=o.ticks.callback;if(a)return O(a,[t,e,s],this);let r=o.time.displayFormats,l=this._unit,c=this._majorUnit,h=l&&r[l],d=c&&r[c],u=s[e],f=c&&d&&u&&u.major;return this._adapter.format(t,n||(f?d:h))}generateTickLabels(t){let e,s,n;for(e=0,s=t.length;e<s;++e)n=t[e],n.label=this._tickFormatFunction(n.value,e,t)}getDecimalForValue(t){return t===null?NaN:(t-this.min)/(this.max-this.min)}getPixelForValue(t){let e=this._offsets,s=this.getDecimalForValue(t);return this.getPixelForDecimal((e.start+s)*e.factor)}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return this.min+s*(this.max-this.min)}_getLabelSize(t){let e=this.options.ticks,s=this.ctx.measureText(t).width,n=lt(this.isHorizontal()?e.maxRotation:e.minRotation),o=Math.cos(n),a=Math.sin(n),r=this._resolveTickFontOptions(0).size;return{w:s*o+r*a,h:s*a+r*o}}_getLabelCapacity(t){let e=this.options.time,s=e.displayFormats,n=s[e.unit]||s.millisecond,o=this._tickFormatFunction(t,0,co(this,[t],this._majorUnit),n),a=this._getLabelSize(o),r=Math.floor(this.isHorizontal()?this.width/a.w:this.height/a.h)-1;return r>0?r:1}getDataTimestamps(){let t=this._cache.data||[],e,s;if(t.length)return t;let n=this.getMatchingVisibleMetas();if(this._normalized&&n.length)return this._cache.data=n[0].controller.getAllParsedValues(this);for(e=0,s=n.length;e<s;++e)t=t.concat(n[e].controller.getAllParsedValues(this));return this._cache.data=this.normalize(t)}getLabelTimestamps(){let t=this._cache.labels||[],e,s;if(t.length)return t;let n=this.getLabels();for(e=0,s=n.length;e<s;++e)t.push(ao(this,n[e]));return this._cache.labels=this._normalized?t:this.normalize(t)}normalize(t){return Pi(t.sort(oo))}};function Ge(i,t,e){let s=0,n=i.length-1,o,a,r,l;e?(t>=i[s].pos&&t<=i[n].pos&&({lo:s,hi:n}=mt(i,"pos",t)),{pos:o,time:r}=i[s],{pos:a,time:l}=i[n]):(t>=i[s].time&&t<=i[n].time&&({lo:s,hi:n}=mt(i,"time",t)),{time:o,pos:r}=i[s],{time:a,pos:l}=i[n]);let c=a-o;return c?r+(l-r)*(t-o)/c:r}var ho=class extends ci{static id="timeseries";static defaults=ci.defaults;constructor(t){super(t),this._table=[],this._minPos=void 0,this._tableRange=void 0}initOffsets(){let t=this._getTimestampsForTable(),e=this._table=this.buildLookupTable(t);this._minPos=Ge(e,this.min),this._tableRange=Ge(e,this.max)-this._minPos,super.initOffsets(t)}buildLookupTable(t){let{min:e,max:s}=this,n=[],o=[],a,r,l,c,h;for(a=0,r=t.length;a<r;++a)c=t[a],c>=e&&c<=s&&n.push(c);if(n.length<2)return[{time:e,pos:0},{time:s,pos:1}];for(a=0,r=n.length;a<r;++a)h=n[a+1],l=n[a-1],c=n[a],Math.round((h+l)/2)!==c&&o.push({time:c,pos:a/(r-1)});return o}_generate(){let t=this.min,e=this.max,s=super.getDataTimestamps();return(!s.includes(t)||!s.length)&&s.splice(0,0,t),(!s.includes(e)||s.length===1)&&s.push(e),s.sort((n,o)=>n-o)}_getTimestampsForTable(){let t=this._cache.all||[];if(t.length)return t;let e=this.getDataTimestamps(),s=this.getLabelTimestamps();return e.length&&s.length?t=this.normalize(e.concat(s)):t=e.length?e:s,t=this._cache.all=t,t}getDecimalForValue(t){return(Ge(this._table,t)-this._minPos)/this._tableRange}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return Ge(this._table,s*this._tableRange+this._minPos,!0)}};function Co(i,t){if(i.length<=t)return i;let e=Sc(i),s=e.reduce((o,a)=>o+a.length,0),n=[];for(let o of e){n.length>0&&n.push({x:o[0]?.x??0,y:null});let a=Math.max(3,Math.round(t*o.length/Math.max(1,s)));for(let r of wc(o,a))n.push(r)}return n}function Sc(i){let t=[],e=[];for(let s of i)s.y===null?(e.length&&t.push(e),e=[]):e.push(s);return e.length&&t.push(e),t}function wc(i,t){let e=i.length;if(t>=e||t<3)return i.slice();let s=[i[0]],n=(e-2)/(t-2),o=0;for(let a=0;a<t-2;a++){let r=Math.floor((a+1)*n)+1,l=Math.min(Math.floor((a+2)*n)+1,e),c=0,h=0;for(let b=r;b<l;b++){let x=i[b];c+=x.x,h+=x.y??0}let d=Math.max(1,l-r);c/=d,h/=d;let u=Math.floor(a*n)+1,f=Math.floor((a+1)*n)+1,p=i[o],g=-1,m=u;for(let b=u;b<f;b++){let x=i[b],y=Math.abs((p.x-c)*((x.y??0)-(p.y??0))-(p.x-x.x)*(h-(p.y??0)));y>g&&(g=y,m=b)}s.push(i[m]),o=m}return s.push(i[e-1]),s}function To(i){return i.map((t,e)=>t.y!==null&&(i[e-1]?.y??null)===null&&(i[e+1]?.y??null)===null)}var Zc=new Intl.NumberFormat("en-US",{maximumFractionDigits:0}),kc=new Intl.NumberFormat("en-US",{notation:"compact",maximumFractionDigits:1}),Dc=new Intl.DateTimeFormat("en-GB",{timeZone:"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),Ao="\\u2014";function di(i){return i===null?Ao:Math.abs(i)<1e3?Oo(i):kc.format(i)}function Oo(i){let t=Math.abs(i),e=t>=100?0:t>=10?1:2;return new Intl.NumberFormat("en-US",{maximumFractionDigits:e}).format(i)}function ds(i,t="USD"){if(i===null)return Ao;let e=i!==0&&Math.abs(i)<.01?4:2;return new Intl.NumberFormat("en-US",{style:"currency",currency:t,minimumFractionDigits:e,maximumFractionDigits:e}).format(i)}function Ro(i){let t=Math.max(0,Math.round(i));if(t<60)return`${t} s`;if(t<3600)return`${Math.round(t/60)} min`;if(t<86400){let s=Math.round(t%3600/60);return s?`${Math.floor(t/3600)} h ${s} min`:`${Math.floor(t/3600)} h`}let e=Math.round(t%86400/3600);return e?`${Math.floor(t/86400)} d ${e} h`:`${Math.floor(t/86400)} d`}function xe(i){let t=Object.fromEntries(Dc.formatToParts(i).map(e=>[e.type,e.value]));return`${t.year}-${t.month}-${t.day} ${t.hour}:${t.minute} UTC`}function ps(i){let t=Date.parse(i.start),e=i.series.requests.length,s=new Array(e);for(let n=0;n<e;n++)s[n]=t+n*i.stepSeconds*1e3;return s}function gs(i,t){let e=t>0?60/t:0;return i.map(s=>s===null?null:s*e)}function us(i,t){return t.map((e,s)=>{let n=i[s];return e===null||e===0||n===null||n===void 0?null:n/e})}var _e={requests:{title:"Requests",unit:"req/min",lines:[{id:"requests",label:"Recorded requests",style:"solid"},{id:"doRequests",label:"DO requests",style:"dashed"}]},latency:{title:"Record latency",unit:"ms",lines:[{id:"p50",label:"p50",style:"solid"},{id:"p95",label:"p95",style:"dashed"},{id:"p99",label:"p99",style:"dotted"}]},errors:{title:"Errors",unit:"%",lines:[{id:"errorRate",label:"Error rate",style:"solid"},{id:"timeoutRate",label:"Timeout rate",style:"dashed"},{id:"fallbackRate",label:"Fallback rate",style:"dotted"}]}};function Lo(i){let t=i.series,e={requests:[gs(t.requests,i.stepSeconds),gs(t.doRequests,i.stepSeconds)],latency:[t.p50Ms,t.p95Ms,t.p99Ms],errors:[fs(us(t.errors,t.requests)),fs(us(t.timeouts,t.requests)),fs(us(t.fallbacks,t.requests))]};return Object.keys(_e).map(s=>({id:s,title:_e[s].title,unit:_e[s].unit,lines:_e[s].lines.map((n,o)=>({...n,values:e[s][o]??[]}))}))}function fs(i){return i.map(t=>t===null?null:t*100)}var Eo=[{id:"24h",label:"last 24 hours",seconds:86400,periodSeconds:3600},{id:"7d",label:"last 7 days",seconds:7*86400,periodSeconds:86400},{id:"30d",label:"last 30 days",seconds:30*86400,periodSeconds:86400}];function Io(i){return Math.max(i,7*86400)}Ut.register(ei,ni,oi,li,ti,ai,Do);var Cc={solid:[],dashed:[6,4],dotted:[2,3]};function Fo(i){let t=getComputedStyle(i.documentElement),e=s=>t.getPropertyValue(s).trim();return{series:[e("--chart-1"),e("--chart-2"),e("--chart-3")],grid:e("--chart-grid"),text:e("--muted"),font:t.fontFamily}}function Tc(i,t){let e=t-i,s=e<=2*864e5?4*36e5:e<=8*864e5?864e5:5*864e5,n=[];for(let o=Math.ceil(i/s)*s;o<=t;o+=s)n.push(o);return n}var Ac=new Intl.DateTimeFormat("en-GB",{timeZone:"UTC",hour:"2-digit",minute:"2-digit"}),Oc=new Intl.DateTimeFormat("en-GB",{timeZone:"UTC",day:"numeric",month:"short"});function Rc(i,t,e,s,n){let o=!n&&e-t<=2*864e5;return{animation:!1,parsing:!1,normalized:!0,responsive:!0,maintainAspectRatio:!1,interaction:{mode:"nearest",axis:"x",intersect:!1},font:{family:i.font},scales:{x:{type:"linear",min:t,max:e,grid:{color:i.grid},afterBuildTicks:a=>{a.ticks=(n??Tc(t,e)).map(r=>({value:r}))},ticks:{color:i.text,maxRotation:0,callback:a=>(o?Ac:Oc).format(Number(a))}},y:{beginAtZero:!0,grid:{color:i.grid},ticks:{color:i.text,callback:a=>s(Number(a))}}},plugins:{tooltip:{callbacks:{title:a=>xe(a[0]?.parsed.x??0),label:a=>`${a.dataset.label??""}: ${a.parsed.y===null?"no data":s(a.parsed.y)}`}}}}}function Lc(i,t,e,s){return i.lines.map((n,o)=>{let a=Co(n.values.map((r,l)=>({x:t[l]??0,y:r})),s);return{label:n.label,data:a,borderColor:e.series[o]??e.text,backgroundColor:e.series[o]??e.text,borderDash:Cc[n.style],borderWidth:1.5,pointRadius:To(a).map(r=>r?2.5:0),pointHoverRadius:3,spanGaps:!1,clip:4}})}function Ec(i,t,e){let s=e-Io(Eo.find(o=>o.id===t)?.seconds??86400)*1e3,n=i.costDaily.filter(o=>o.x+864e5>s).map(o=>({x:o.x+864e5/2,y:o.y}));return{dataset:o=>({label:"Daily cost",data:n,backgroundColor:o.series[0]??o.text,maxBarThickness:28}),min:(n[0]?.x??s)-864e5/2,max:(n.at(-1)?.x??e)+864e5/2,ticks:n.map(o=>o.x)}}function zo(i,t){let e=new Map,s=(n,o,a,r,l,c,h)=>{e.get(n)?.destroy();let d=i.getElementById(`chart-${n}`);if(!(d instanceof HTMLCanvasElement))return;let u=new Ut(d,{type:o,data:{datasets:a},options:Rc(Fo(i),r,l,c,h)});e.set(n,u)};return{render(n,o){let a=performance.now(),r=Fo(i),l=ps(o),c=Date.parse(o.start),h=c+l.length*o.stepSeconds*1e3;for(let u of Lo(o)){let f=i.getElementById(`chart-${u.id}`)?.clientWidth??600,p=Lc(u,l,r,Math.max(200,Math.ceil(f))),g=u.id==="errors"?m=>`${di(m)}%`:m=>di(m);s(u.id,"line",p,c,h,g)}let d=Ec(t,n,h);s("cost","bar",[d.dataset(r)],d.min,d.max,u=>ds(u,t.currency),d.ticks),performance.measure(`pathwatch:render:${n}`,{start:a,end:performance.now()})},destroy(){for(let n of e.values())n.destroy();e.clear()}}}function Bo(i){let t=i.getElementById("pathwatch-data"),e=JSON.parse(t?.textContent??"null");if(!e||typeof e!="object"||!("ranges"in e)||!Array.isArray(e.ranges))throw new Error("pathwatch: the page data island is missing or malformed");return e}function ui(i,t){return i.ranges.some(e=>e.id===t)}function Vo(i){let t=new Map;return e=>{let s=t.get(e);if(!s){let n=i.ranges.find(o=>o.id===e)?.url??"";s=fetch(n,{credentials:"same-origin"}).then(async o=>{if(!o.ok)throw new Error(`${n}: HTTP ${o.status}`);let a=await o.json();if(!Ic(a))throw new Error(`${n}: not a time series`);return a}),s.catch(()=>t.delete(e)),t.set(e,s)}return s}}function Ic(i){if(!i||typeof i!="object")return!1;let t=i;return typeof t.start=="string"&&typeof t.stepSeconds=="number"&&!!t.series&&Array.isArray(t.series.requests)}function No(i,t,e){let s=Date.parse(t.snapshotAt),n=(e-s)/1e3;if(!(n>t.staleAfterSeconds))return!1;let o=i.getElementById("stale-banner"),a=o?.querySelector("[data-stale-text]");return a&&(a.textContent=`The data is ${Ro(n)} old (collected ${xe(s)}).`),o&&(o.hidden=!1),!0}function Wo(i,t){No(i,t,Date.now()),setInterval(()=>No(i,t,Date.now()),6e4)}function Ho(i,t){let e=new URLSearchParams(t.replace(/^#/,"")).get("range");return ui(i,e)?e:null}function jo(i,t,e){let s=i.querySelector("[data-range-tabs]"),n=i.getElementById("trend-panel");if(!s||!n)return;let o=Array.from(s.querySelectorAll(\'[role="tab"]\'));s.hidden=!1,n.setAttribute("role","tabpanel");let a=(l,c)=>{for(let h of o){let d=h.dataset.range===l;h.setAttribute("aria-selected",String(d)),h.tabIndex=d?0:-1,d&&c&&h.focus()}n.setAttribute("aria-labelledby",`tab-${l}`),e(l)},r=(l,c)=>{history.replaceState(null,"",`#range=${l}`),a(l,c)};s.addEventListener("click",l=>{let h=l.target.closest(\'[role="tab"]\')?.dataset.range??null;ui(t,h)&&r(h,!1)}),s.addEventListener("keydown",l=>{let c=o.indexOf(l.target);if(c<0)return;let h=l.key==="ArrowRight"?(c+1)%o.length:l.key==="ArrowLeft"?(c-1+o.length)%o.length:l.key==="Home"?0:l.key==="End"?o.length-1:-1,d=o[h]?.dataset.range??null;h<0||!ui(t,d)||(l.preventDefault(),r(d,!0))}),window.addEventListener("hashchange",()=>{let l=Ho(t,location.hash);l&&a(l,!1)}),a(Ho(t,location.hash)??t.defaultRange,!1)}var Lt=document;Lt.documentElement.classList.replace("no-js","js");var Xt=Bo(Lt);Wo(Lt,Xt);var zc=Vo(Xt),Bc=zo(Lt,Xt),ms=Xt.defaultRange;function Vc(i){let t=Xt.ranges.find(e=>e.id===i)?.summaries??{};for(let e of Array.from(Lt.querySelectorAll("[data-chart]"))){let s=e.dataset.chart??"",n=e.querySelector("canvas"),o=t[s];n&&o!==void 0&&(n.setAttribute("aria-label",o),n.textContent=o);for(let a of Array.from(e.querySelectorAll(".table-scroll[data-range]")))a.hidden=a.dataset.range!==i}}function $o(i){for(let t of Array.from(Lt.querySelectorAll("[data-chart-message]")))t.textContent=i??"",t.hidden=i===null}async function Yo(i){ms=i,Vc(i);try{let t=await zc(i);if(ms!==i)return;$o(null),Bc.render(i,t)}catch(t){$o(`The chart could not be drawn (${t instanceof Error?t.message:String(t)}); the data table below has the figures.`)}}jo(Lt,Xt,i=>{Yo(i)});window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>{Yo(ms)});\n/*! Bundled license information:\n\n@kurkle/color/dist/color.esm.js:\n  (*!\n   * @kurkle/color v0.3.4\n   * https://github.com/kurkle/color#readme\n   * (c) 2024 Jukka Kurkela\n   * Released under the MIT License\n   *)\n\nchart.js/dist/chunks/index.js:\nchart.js/dist/chart.js:\n  (*!\n   * Chart.js v4.6.1\n   * https://www.chartjs.org\n   * (c) 2026 Chart.js Contributors\n   * Released under the MIT License\n   *)\n*/\n';
var CLIENT_CSS = ':root{color-scheme:light dark;--bg: #f5f7fa;--surface: #ffffff;--surface-2: #f0f3f6;--border: #d5dbe2;--text: #1b2129;--muted: #55606c;--link: #0a5bb5;--accent: #0072b2;--ok: #1a7f37;--ok-bg: #dafbe1;--warn: #8a5a00;--warn-bg: #fff1c2;--crit: #c21b26;--crit-bg: #ffe3e3;--chart-1: #0072b2;--chart-2: #d55e00;--chart-3: #009e73;--chart-grid: rgba(27, 33, 41, .1);--spark: #0072b2;--radius: 10px;--shadow: 0 1px 2px rgba(27, 33, 41, .06), 0 1px 6px rgba(27, 33, 41, .04);--font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;--mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace}@media(prefers-color-scheme:dark){:root{--bg: #0d1117;--surface: #161b22;--surface-2: #1c232c;--border: #30363d;--text: #e6edf3;--muted: #9ba6b2;--link: #6cb6ff;--accent: #56b4e9;--ok: #4ac26b;--ok-bg: #12301c;--warn: #e3b341;--warn-bg: #33270a;--crit: #ff7b72;--crit-bg: #3d1417;--chart-1: #56b4e9;--chart-2: #e69f00;--chart-3: #cc79a7;--chart-grid: rgba(230, 237, 243, .1);--spark: #56b4e9;--shadow: none}}*{box-sizing:border-box}html{background:var(--bg);color:var(--text);font:15px / 1.5 var(--font);-webkit-text-size-adjust:100%}body{margin:0}a{color:var(--link)}a:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:4px}h1,h2,h3{line-height:1.25;margin:0}h2{font-size:1.25rem;margin-bottom:.75rem}h3{font-size:1rem;margin:1rem 0 .5rem}code{font-family:var(--mono);font-size:.9em}.wrap{max-width:1240px;margin:0 auto;padding:0 1.25rem}.visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}.skip-link{position:absolute;left:1rem;top:-3rem;background:var(--surface);color:var(--link);padding:.5rem .75rem;border-radius:6px;z-index:10}.skip-link:focus{top:.5rem}.banner[hidden],.range-tabs[hidden]{display:none}.site-header{background:var(--surface);border-bottom:1px solid var(--border)}.header-row{display:flex;align-items:center;justify-content:space-between;gap:1rem;flex-wrap:wrap;padding-top:1rem;padding-bottom:.75rem}.brand{display:flex;align-items:center;gap:.75rem}.brand h1{font-size:1.4rem;letter-spacing:-.01em}.logo{width:36px;height:36px;padding:6px;border-radius:9px;background:var(--accent);fill:none;stroke:#fff;stroke-width:2.2;stroke-linecap:round;stroke-linejoin:round}.logo circle{fill:#fff;stroke:none}.subtitle{margin:0;color:var(--muted);font-size:.875rem}.overall{margin:0;padding:.4rem .85rem;border-radius:999px;font-weight:600;border:1px solid currentColor}.site-nav ul{display:flex;gap:.25rem 1.25rem;flex-wrap:wrap;list-style:none;margin:0;padding:0 0 .6rem;font-size:.9rem}.site-nav a{color:var(--muted);text-decoration:none}.site-nav a:hover{color:var(--text);text-decoration:underline}.status-ok,.change-good{color:var(--ok)}.status-warning{color:var(--warn)}.status-critical,.change-bad{color:var(--crit)}.status-unknown,.change-neutral,.change-none{color:var(--muted)}.overall.status-ok{background:var(--ok-bg)}.overall.status-warning{background:var(--warn-bg)}.overall.status-critical{background:var(--crit-bg)}.banner{display:flex;gap:.75rem;align-items:flex-start;margin-top:1rem;padding:.75rem 1rem;border:1px solid var(--warn);border-left-width:6px;border-radius:var(--radius);background:var(--warn-bg);color:var(--text)}.banner p{margin:0}.banner .icon{color:var(--warn);font-size:1.2rem;line-height:1.2}main{padding-bottom:2rem}section{margin-top:2rem}.freshness,.section-lead,.footnote,.hint,.empty{color:var(--muted);font-size:.875rem}.freshness{margin:1rem 0 0}.section-lead{margin:-.25rem 0 .75rem}.section-head{display:flex;align-items:center;justify-content:space-between;gap:1rem;flex-wrap:wrap;margin-bottom:.75rem}.section-head h2{margin:0}.grid{display:grid;gap:.9rem}.tiles{grid-template-columns:repeat(auto-fill,minmax(185px,1fr))}.cards{grid-template-columns:repeat(auto-fill,minmax(210px,1fr))}.charts{grid-template-columns:repeat(auto-fill,minmax(460px,1fr))}.cost-grid{grid-template-columns:repeat(auto-fit,minmax(320px,1fr));margin-bottom:.9rem}.card,.panel,.chart{background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow)}.card{position:relative;display:flex;flex-direction:column;gap:.2rem;padding:.9rem 1rem .8rem;border-top:3px solid var(--border)}.card.level-ok{border-top-color:var(--ok)}.card.level-warning{border-top-color:var(--warn)}.card.level-critical{border-top-color:var(--crit)}.card p{margin:0}.card-label{margin:0;font-size:.8rem;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}.card-value .value{font-size:1.7rem;font-weight:650;font-variant-numeric:tabular-nums;letter-spacing:-.02em}.card-value .unit{color:var(--muted);font-size:.875rem}.card .status{font-size:.85rem;font-weight:600}.change{font-size:.825rem;font-variant-numeric:tabular-nums}.change .basis{color:var(--muted)}.card .hint{font-size:.8rem}.spark{width:100%;height:32px;margin-top:auto;padding-top:.35rem;overflow:visible}.spark path{fill:none;stroke:var(--spark);stroke-width:1.6;stroke-linejoin:round;stroke-linecap:round;vector-effect:non-scaling-stroke}.client-spark{max-width:32rem;margin-bottom:.75rem}.client-spark .spark{height:48px}.alerts{list-style:none;margin:0;padding:0;display:grid;gap:.6rem}.alert{background:var(--surface);border:1px solid var(--border);border-left:5px solid var(--muted);border-radius:var(--radius);padding:.7rem 1rem}.alert.sev-critical{border-left-color:var(--crit)}.alert.sev-warning{border-left-color:var(--warn)}.alert.sev-ok{border-left-color:var(--accent)}.alert p{margin:.1rem 0}.alert-head{display:flex;gap:.6rem;align-items:center;font-size:.8rem}.pill{display:inline-block;padding:.05rem .55rem;border-radius:999px;font-weight:600;border:1px solid currentColor}.pill.sev-critical{color:var(--crit);background:var(--crit-bg)}.pill.sev-warning{color:var(--warn);background:var(--warn-bg)}.pill.sev-ok{color:var(--link)}.state{color:var(--muted);font-weight:600}.alert-title{font-weight:600;overflow-wrap:anywhere}.alert-meta{color:var(--muted);font-size:.825rem}.labels{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;margin:.4rem 0 0;padding:0;font-size:.775rem}.labels li{background:var(--surface-2);border:1px solid var(--border);border-radius:5px;padding:0 .4rem;font-family:var(--mono);overflow-wrap:anywhere}.label-name{color:var(--muted)}.range-tabs{display:inline-flex;padding:3px;gap:2px;background:var(--surface-2);border:1px solid var(--border);border-radius:8px}.range-tabs button{font:inherit;font-size:.875rem;color:var(--text);background:transparent;border:0;border-radius:6px;padding:.3rem .8rem;cursor:pointer}.range-tabs button[aria-selected=true]{background:var(--surface);box-shadow:0 0 0 1px var(--border);font-weight:600}.chart{margin:0;padding:.9rem 1rem .6rem;min-width:0}.chart figcaption{display:flex;align-items:baseline;gap:.5rem}.chart-title{font-weight:600}.chart-unit{color:var(--muted);font-size:.825rem}.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;margin:.35rem 0 0;padding:0;font-size:.8rem;color:var(--muted)}.legend li{display:inline-flex;align-items:center;gap:.35rem}.swatch{width:24px;height:8px}.swatch line{stroke-width:2.5}.swatch.series-0 line{stroke:var(--chart-1)}.swatch.series-1 line{stroke:var(--chart-2)}.swatch.series-2 line{stroke:var(--chart-3)}.swatch.line-dashed line{stroke-dasharray:6 4}.swatch.line-dotted line{stroke-dasharray:2 3}.canvas-box{position:relative;height:220px;margin-top:.5rem}.no-js .canvas-box{display:none}.chart-message{color:var(--muted);font-size:.85rem}.table-fallback{margin-top:.4rem;font-size:.85rem}.table-fallback summary{cursor:pointer;color:var(--link);width:max-content}.table-scroll{overflow-x:auto;max-width:100%}table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums;background:var(--surface)}caption{text-align:left;font-weight:600;padding:.4rem 0;caption-side:top}th,td{padding:.4rem .6rem;border-bottom:1px solid var(--border);text-align:right;white-space:nowrap}th:first-child,td:first-child{text-align:left}thead th{color:var(--muted);font-size:.8rem;font-weight:600;background:var(--surface-2)}tbody th{font-weight:500}section>.table-scroll{border:1px solid var(--border);border-radius:var(--radius)}section>.table-scroll caption{padding-left:.6rem}.table-fallback .table-scroll{max-height:320px;overflow-y:auto;margin-top:.4rem}table.compact th,table.compact td{padding:.3rem .5rem}.panel{padding:.9rem 1rem;min-width:0}.panel h3{margin-top:0}.big{font-size:2rem;font-weight:650;margin:.2rem 0 .5rem;font-variant-numeric:tabular-nums}.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0;font-size:.9rem}.facts dt{color:var(--muted)}.facts dd{margin:0}.bar{width:56px;flex:none;height:8px}.share{white-space:nowrap}.share .bar{vertical-align:middle;margin-right:.4rem}.bar-track{fill:var(--surface-2)}.bar-fill{fill:var(--accent)}.recommendations{margin:0;padding-left:1.1rem}.recommendations li+li{margin-top:.6rem}.recommendations p{margin:0}.rec-title{font-weight:600}.footnote{margin-top:.75rem}.site-footer{border-top:1px solid var(--border);background:var(--surface);color:var(--muted);font-size:.85rem;padding:1rem 0 1.5rem}.site-footer p{margin:.3rem 0}@media(max-width:560px){.charts{grid-template-columns:1fr}.card-value .value{font-size:1.45rem}}.row-note{display:block;color:var(--muted);font-size:.775rem;font-weight:400}code.path{overflow-wrap:anywhere}.spark-inline{padding:0;display:inline-block;width:6rem;height:1.5rem;margin:0}tr.overdue>*{background:var(--warn-bg)}.facts-list{list-style:none;padding:0;margin:0 0 1rem}.facts-list li{margin:.25rem 0}.facts-list .status{display:inline-block;min-width:7rem;font-weight:600}\n';
var FAVICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><title>pathwatch</title><rect width="24" height="24" rx="5" fill="#0072b2"/><path d="M4 17l5-6 4 4 7-9" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>';
var PAGE_TEMPLATE = { "0": function(container, depth0, helpers, partials, data) {
  return " hidden";
}, "1": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "page"), "scheduler", { "start": { "line": 50, "column": 222 }, "end": { "line": 50, "column": 236 } }), depth0));
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "card"), depth0, { "name": "card", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<h3>Firing</h3>\n		<ul class="alerts">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "firing"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 21 }, "end": { "line": 64, "column": 69 } } })) != null ? stack1 : "") + "</ul>\n";
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "alert"), depth0, { "name": "alert", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "		<h3>Resolved in the last " + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "resolvedWithinDays", { "start": { "line": 67, "column": 29 }, "end": { "line": 67, "column": 59 } }), depth0)) + " days</h3>\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "resolved"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 68, "column": 2 }, "end": { "line": 72, "column": 9 } } })) != null ? stack1 : "");
}, "6": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<ul class="alerts">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "resolved"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 69, "column": 21 }, "end": { "line": 69, "column": 71 } } })) != null ? stack1 : "") + "</ul>\n";
}, "7": function(container, depth0, helpers, partials, data) {
  return '		<p class="empty">None.</p>\n';
}, "8": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '				<button type="button" role="tab" id="tab-' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 81, "column": 47 }, "end": { "line": 81, "column": 49 } }), depth0)) + '" data-range="' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 81, "column": 67 }, "end": { "line": 81, "column": 69 } }), depth0)) + '" aria-controls="trend-panel" aria-selected="' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "selected"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 81, "column": 116 }, "end": { "line": 81, "column": 156 } } })) != null ? stack1 : "") + '" tabindex="' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "selected"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.program(12, data, 0), "data": data, "loc": { "start": { "line": 81, "column": 168 }, "end": { "line": 81, "column": 202 } } })) != null ? stack1 : "") + '">' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 81, "column": 206 }, "end": { "line": 81, "column": 211 } }), depth0)) + "</button>\n";
}, "9": function(container, depth0, helpers, partials, data) {
  return "true";
}, "10": function(container, depth0, helpers, partials, data) {
  return "false";
}, "11": function(container, depth0, helpers, partials, data) {
  return "0";
}, "12": function(container, depth0, helpers, partials, data) {
  return "-1";
}, "13": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "figure"), depth0, { "name": "figure", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "14": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<div class="table-scroll">\n			<table class="compact">\n				<caption>Errors by reason</caption>\n				<thead><tr><th scope="col">Reason</th><th scope="col">Count</th></tr></thead>\n				<tbody>' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "page"), "errorReasons"), { "name": "each", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 101, "column": 11 }, "end": { "line": 101, "column": 105 } } })) != null ? stack1 : "") + "</tbody>\n			</table>\n		</div>\n";
}, "15": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<tr><th scope="row">' + alias3(alias2(alias1(depth0, "reason", { "start": { "line": 101, "column": 60 }, "end": { "line": 101, "column": 66 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "count", { "start": { "line": 101, "column": 79 }, "end": { "line": 101, "column": 84 } }), depth0)) + "</td></tr>";
}, "16": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "page"), "cost"), { "name": "with", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 110, "column": 2 }, "end": { "line": 179, "column": 11 } } })) != null ? stack1 : "";
}, "17": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<div class="grid cost-grid">\n			<div class="panel">\n				<h3>Forecast for ' + alias3(alias2(alias1(depth0, "month", { "start": { "line": 113, "column": 23 }, "end": { "line": 113, "column": 28 } }), depth0)) + '</h3>\n				<p class="big">' + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "cost", { "start": { "line": 114, "column": 21 }, "end": { "line": 114, "column": 34 } }), depth0)) + '</p>\n				<dl class="facts">\n					<dt>Month to date</dt><dd>' + alias3(alias2(alias1(depth0, "monthToDate", { "start": { "line": 116, "column": 33 }, "end": { "line": 116, "column": 44 } }), depth0)) + "</dd>\n					<dt>Likely range</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "range", { "start": { "line": 117, "column": 32 }, "end": { "line": 117, "column": 46 } }), depth0)) + "</dd>\n					<dt>Confidence</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "confidence", { "start": { "line": 118, "column": 30 }, "end": { "line": 118, "column": 49 } }), depth0)) + "</dd>\n					<dt>Daily trend</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "trend", { "start": { "line": 119, "column": 31 }, "end": { "line": 119, "column": 45 } }), depth0)) + "</dd>\n					<dt>Method</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "basis", { "start": { "line": 120, "column": 26 }, "end": { "line": 120, "column": 40 } }), depth0)) + "</dd>\n					" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "notes"), "costPerRequest"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 121, "column": 5 }, "end": { "line": 121, "column": 105 } } })) != null ? stack1 : "") + '\n				</dl>\n			</div>\n			<div class="panel">\n				<h3>Breakdown</h3>\n				<div class="table-scroll">\n					<table class="compact breakdown">\n						<caption class="visually-hidden">Cost by component: billed month to date, projected, and share at list price</caption>\n						<thead><tr><th scope="col">Component</th><th scope="col">Billed so far</th><th scope="col">Projected</th><th scope="col">Share at list price</th></tr></thead>\n						<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "breakdown"), { "name": "each", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 131, "column": 7 }, "end": { "line": 138, "column": 16 } } })) != null ? stack1 : "") + '						</tbody>\n					</table>\n				</div>\n			</div>\n		</div>\n		<div class="grid cost-grid">\n			<div class="panel">\n				<h3>Daily, at list price</h3>\n				<div class="table-scroll">\n					<table class="compact">\n						<caption class="visually-hidden">Daily cost at list price, most recent first</caption>\n						<thead><tr><th scope="col">Day (UTC)</th><th scope="col">Cost</th><th scope="col">Note</th></tr></thead>\n						<tbody>' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "daily"), { "name": "each", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 151, "column": 13 }, "end": { "line": 151, "column": 128 } } })) != null ? stack1 : "") + '</tbody>\n					</table>\n				</div>\n			</div>\n			<div class="panel">\n				<h3>Weekly, at list price</h3>\n				<div class="table-scroll">\n					<table class="compact">\n						<caption class="visually-hidden">Cost per ISO week at list price, most recent first</caption>\n						<thead><tr><th scope="col">Week</th><th scope="col">Days</th><th scope="col">Total</th><th scope="col">Daily average</th><th scope="col">Peak day</th></tr></thead>\n						<tbody>' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "weekly"), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 161, "column": 13 }, "end": { "line": 161, "column": 154 } } })) != null ? stack1 : "") + '</tbody>\n					</table>\n				</div>\n			</div>\n		</div>\n		<div class="panel">\n			<h3>Recommendations</h3>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "recommendations"), "length"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.program(27, data, 0), "data": data, "loc": { "start": { "line": 168, "column": 3 }, "end": { "line": 176, "column": 10 } } })) != null ? stack1 : "") + '		</div>\n		<p class="footnote">' + alias3(alias2(alias1(lookupProperty(depth0, "prices"), "plan", { "start": { "line": 178, "column": 24 }, "end": { "line": 178, "column": 35 } }), depth0)) + " list prices as of " + alias3(alias2(alias1(lookupProperty(depth0, "prices"), "asOf", { "start": { "line": 178, "column": 58 }, "end": { "line": 178, "column": 69 } }), depth0)) + " (sources: " + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "prices"), "sources"), { "name": "each", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 178, "column": 82 }, "end": { "line": 178, "column": 176 } } })) != null ? stack1 : "") + "). The " + alias3(alias2(alias1(lookupProperty(depth0, "notes"), "subscription", { "start": { "line": 178, "column": 185 }, "end": { "line": 178, "column": 203 } }), depth0)) + " monthly plan fee is account-wide and not included. Not measured by the collector: " + alias3(alias2(alias1(lookupProperty(depth0, "notes"), "notMeasured", { "start": { "line": 178, "column": 290 }, "end": { "line": 178, "column": 307 } }), depth0)) + ".</p>\n";
}, "18": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<dt>Per million DO requests</dt><dd>" + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "notes"), "costPerRequest", { "start": { "line": 121, "column": 71 }, "end": { "line": 121, "column": 91 } }), depth0)) + "</dd>";
}, "19": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '							<tr>\n								<th scope="row">' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 133, "column": 26 }, "end": { "line": 133, "column": 31 } }), depth0)) + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "note"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 133, "column": 33 }, "end": { "line": 133, "column": 90 } } })) != null ? stack1 : "") + "</th>\n								<td>" + alias3(alias2(alias1(depth0, "monthToDate", { "start": { "line": 134, "column": 14 }, "end": { "line": 134, "column": 25 } }), depth0)) + "</td>\n								<td>" + alias3(alias2(alias1(depth0, "projected", { "start": { "line": 135, "column": 14 }, "end": { "line": 135, "column": 23 } }), depth0)) + '</td>\n								<td class="share"><svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="8"/><rect class="bar-fill" width="' + alias3(alias2(alias1(depth0, "listShare", { "start": { "line": 136, "column": 207 }, "end": { "line": 136, "column": 216 } }), depth0)) + '" height="8"/></svg> <span>' + alias3(alias2(alias1(depth0, "listShareText", { "start": { "line": 136, "column": 247 }, "end": { "line": 136, "column": 260 } }), depth0)) + "</span></td>\n							</tr>\n";
}, "20": function(container, depth0, helpers, partials, data) {
  return '<span class="row-note">' + container.escapeExpression(container.lambda(container.strict(depth0, "note", { "start": { "line": 133, "column": 70 }, "end": { "line": 133, "column": 74 } }), depth0)) + "</span>";
}, "21": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<tr><th scope="row">' + alias3(alias2(alias1(depth0, "date", { "start": { "line": 151, "column": 50 }, "end": { "line": 151, "column": 54 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "cost", { "start": { "line": 151, "column": 67 }, "end": { "line": 151, "column": 71 } }), depth0)) + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "note"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 151, "column": 82 }, "end": { "line": 151, "column": 109 } } })) != null ? stack1 : "") + "</td></tr>";
}, "22": function(container, depth0, helpers, partials, data) {
  return container.escapeExpression(container.lambda(container.strict(depth0, "note", { "start": { "line": 151, "column": 96 }, "end": { "line": 151, "column": 100 } }), depth0));
}, "23": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<tr><th scope="row">' + alias3(alias2(alias1(depth0, "week", { "start": { "line": 161, "column": 51 }, "end": { "line": 161, "column": 55 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "days", { "start": { "line": 161, "column": 68 }, "end": { "line": 161, "column": 72 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "total", { "start": { "line": 161, "column": 85 }, "end": { "line": 161, "column": 90 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "avgDaily", { "start": { "line": 161, "column": 103 }, "end": { "line": 161, "column": 111 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "peakDaily", { "start": { "line": 161, "column": 124 }, "end": { "line": 161, "column": 133 } }), depth0)) + "</td></tr>";
}, "24": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '			<ul class="recommendations">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "recommendations"), { "name": "each", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 170, "column": 4 }, "end": { "line": 172, "column": 13 } } })) != null ? stack1 : "") + "			</ul>\n";
}, "25": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '				<li><p class="rec-title">' + alias3(alias2(alias1(depth0, "title", { "start": { "line": 171, "column": 31 }, "end": { "line": 171, "column": 36 } }), depth0)) + "</p><p>" + alias3(alias2(alias1(depth0, "detail", { "start": { "line": 171, "column": 47 }, "end": { "line": 171, "column": 53 } }), depth0)) + "</p>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "savings"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 171, "column": 59 }, "end": { "line": 171, "column": 130 } } })) != null ? stack1 : "") + "</li>\n";
}, "26": function(container, depth0, helpers, partials, data) {
  return '<p class="hint">Estimated saving: ' + container.escapeExpression(container.lambda(container.strict(depth0, "savings", { "start": { "line": 171, "column": 110 }, "end": { "line": 171, "column": 117 } }), depth0)) + "</p>";
}, "27": function(container, depth0, helpers, partials, data) {
  return '			<p class="empty">Nothing to recommend from the measured usage.</p>\n';
}, "28": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a href="' + alias3(alias2(alias1(depth0, "href", { "start": { "line": 178, "column": 117 }, "end": { "line": 178, "column": 121 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "text", { "start": { "line": 178, "column": 127 }, "end": { "line": 178, "column": 131 } }), depth0)) + "</a>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 178, "column": 137 }, "end": { "line": 178, "column": 167 } } })) != null ? stack1 : "");
}, "29": function(container, depth0, helpers, partials, data) {
  return ", ";
}, "30": function(container, depth0, helpers, partials, data) {
  return '		<p class="empty">No cost analysis was included in this build.</p>\n';
}, "31": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "page"), "paths"), { "name": "with", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 203, "column": 2 }, "end": { "line": 236, "column": 11 } } })) != null ? stack1 : "";
}, "32": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<p class="section-lead">Top paths across all clients, ' + alias3(alias2(alias1(depth0, "window", { "start": { "line": 204, "column": 58 }, "end": { "line": 204, "column": 64 } }), depth0)) + ". " + alias3(alias2(alias1(depth0, "note", { "start": { "line": 204, "column": 70 }, "end": { "line": 204, "column": 74 } }), depth0)) + '</p>\n		<div class="table-scroll" tabindex="0" role="region" aria-label="Top paths by requests: clients, error rate, methods and trend">\n			<table>\n				<caption class="visually-hidden">Top paths by requests: clients, error rate, methods and trend</caption>\n				<thead><tr><th scope="col">Path</th><th scope="col">Requests</th><th scope="col">Clients</th><th scope="col">Error rate</th><th scope="col">Methods</th><th scope="col">Trend</th></tr></thead>\n				<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.program(36, data, 0), "data": data, "loc": { "start": { "line": 210, "column": 5 }, "end": { "line": 214, "column": 14 } } })) != null ? stack1 : "") + '				</tbody>\n			</table>\n		</div>\n		<div class="grid cost-grid">\n			<div class="panel">' + ((stack1 = container.invokePartial(lookupProperty(partials, "mix"), depth0, { "name": "mix", "hash": { "rows": lookupProperty(depth0, "methods"), "head": "Method", "caption": "Method mix over the top paths" }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</div>\n			<div class="panel">\n				<h3>New paths since ' + alias3(alias2(alias1(depth0, "freshSince", { "start": { "line": 221, "column": 26 }, "end": { "line": 221, "column": 36 } }), depth0)) + "</h3>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "fresh"), "length"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.program(40, data, 0), "data": data, "loc": { "start": { "line": 222, "column": 4 }, "end": { "line": 233, "column": 11 } } })) != null ? stack1 : "") + "			</div>\n		</div>\n";
}, "33": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '					<tr><th scope="row"><code class="path">' + alias3(alias2(alias1(depth0, "path", { "start": { "line": 211, "column": 46 }, "end": { "line": 211, "column": 50 } }), depth0)) + "</code></th><td>" + alias3(alias2(alias1(depth0, "requests", { "start": { "line": 211, "column": 70 }, "end": { "line": 211, "column": 78 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "clients", { "start": { "line": 211, "column": 91 }, "end": { "line": 211, "column": 98 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "errorRate", { "start": { "line": 211, "column": 111 }, "end": { "line": 211, "column": 120 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "methods", { "start": { "line": 211, "column": 133 }, "end": { "line": 211, "column": 140 } }), depth0)) + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "spark"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.program(35, data, 0), "data": data, "loc": { "start": { "line": 211, "column": 151 }, "end": { "line": 211, "column": 419 } } })) != null ? stack1 : "") + "</td></tr>\n";
}, "34": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<svg class="spark spark-inline" viewBox="0 0 ' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "width", { "start": { "line": 211, "column": 211 }, "end": { "line": 211, "column": 222 } }), depth0)) + " " + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "height", { "start": { "line": 211, "column": 227 }, "end": { "line": 211, "column": 239 } }), depth0)) + '" preserveAspectRatio="none" aria-hidden="true" focusable="false"><path d="' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "path", { "start": { "line": 211, "column": 318 }, "end": { "line": 211, "column": 328 } }), depth0)) + '"/></svg><span class="visually-hidden">Sparkline: ' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "basis", { "start": { "line": 211, "column": 382 }, "end": { "line": 211, "column": 393 } }), depth0)) + ".</span>";
}, "35": function(container, depth0, helpers, partials, data) {
  return "\u2014";
}, "36": function(container, depth0, helpers, partials, data) {
  return '					<tr><td colspan="6">No path recorded in this window.</td></tr>\n';
}, "37": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '				<div class="table-scroll" tabindex="0" role="region" aria-label="Paths first seen recently, newest first">\n					<table class="compact">\n						<caption class="visually-hidden">Paths first seen recently, newest first</caption>\n						<thead><tr><th scope="col">Path</th><th scope="col">First seen</th><th scope="col">Requests</th></tr></thead>\n						<tbody>' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "fresh"), { "name": "each", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 227, "column": 13 }, "end": { "line": 227, "column": 144 } } })) != null ? stack1 : "") + "</tbody>\n					</table>\n				</div>\n				" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "freshTruncated"), { "name": "if", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 230, "column": 4 }, "end": { "line": 230, "column": 105 } } })) != null ? stack1 : "") + "\n";
}, "38": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<tr><th scope="row"><code class="path">' + alias3(alias2(alias1(depth0, "path", { "start": { "line": 227, "column": 69 }, "end": { "line": 227, "column": 73 } }), depth0)) + "</code></th><td>" + alias3(alias2(alias1(depth0, "firstSeen", { "start": { "line": 227, "column": 93 }, "end": { "line": 227, "column": 102 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "requests", { "start": { "line": 227, "column": 115 }, "end": { "line": 227, "column": 123 } }), depth0)) + "</td></tr>";
}, "39": function(container, depth0, helpers, partials, data) {
  return '<p class="hint">More paths are new; the oldest of them are left out.</p>';
}, "40": function(container, depth0, helpers, partials, data) {
  return '				<p class="empty">No new path.</p>\n';
}, "41": function(container, depth0, helpers, partials, data) {
  return '		<p class="empty">Path aggregates were not included in this build.</p>\n';
}, "42": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '					<tr><th scope="row">' + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "href"), { "name": "if", "hash": {}, "fn": container.program(43, data, 0), "inverse": container.program(44, data, 0), "data": data, "loc": { "start": { "line": 251, "column": 25 }, "end": { "line": 251, "column": 119 } } })) != null ? stack1 : "") + "</th><td>" + alias3(alias2(alias1(depth0, "requests", { "start": { "line": 251, "column": 130 }, "end": { "line": 251, "column": 138 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "errorRate", { "start": { "line": 251, "column": 151 }, "end": { "line": 251, "column": 160 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "latency", { "start": { "line": 251, "column": 173 }, "end": { "line": 251, "column": 180 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "paths", { "start": { "line": 251, "column": 193 }, "end": { "line": 251, "column": 198 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "storage", { "start": { "line": 251, "column": 211 }, "end": { "line": 251, "column": 218 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "lastActivity", { "start": { "line": 251, "column": 231 }, "end": { "line": 251, "column": 243 } }), depth0)) + "</td></tr>\n";
}, "43": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<a href="' + alias3(alias2(alias1(depth0, "href", { "start": { "line": 251, "column": 48 }, "end": { "line": 251, "column": 52 } }), depth0)) + '"><code>' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 251, "column": 64 }, "end": { "line": 251, "column": 69 } }), depth0)) + "</code></a>";
}, "44": function(container, depth0, helpers, partials, data) {
  return "<code>" + container.escapeExpression(container.lambda(container.strict(depth0, "label", { "start": { "line": 251, "column": 98 }, "end": { "line": 251, "column": 103 } }), depth0)) + "</code>";
}, "45": function(container, depth0, helpers, partials, data) {
  return '					<tr><td colspan="7">No client recorded yet.</td></tr>\n';
}, "46": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<ul class="facts-list">\n			<li><span class="status status-' + alias3(alias2(alias1(lookupProperty(depth0, "backupStatus"), "level", { "start": { "line": 268, "column": 36 }, "end": { "line": 268, "column": 54 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "backupStatus"), "icon", { "start": { "line": 268, "column": 98 }, "end": { "line": 268, "column": 115 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "backupStatus"), "text", { "start": { "line": 268, "column": 127 }, "end": { "line": 268, "column": 144 } }), depth0)) + "</span> " + alias3(alias2(alias1(depth0, "backup", { "start": { "line": 268, "column": 156 }, "end": { "line": 268, "column": 162 } }), depth0)) + '</li>\n			<li><span class="status status-' + alias3(alias2(alias1(lookupProperty(depth0, "journalStatus"), "level", { "start": { "line": 269, "column": 36 }, "end": { "line": 269, "column": 55 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "journalStatus"), "icon", { "start": { "line": 269, "column": 99 }, "end": { "line": 269, "column": 117 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "journalStatus"), "text", { "start": { "line": 269, "column": 129 }, "end": { "line": 269, "column": 147 } }), depth0)) + "</span> Fallback journal: " + alias3(alias2(alias1(depth0, "journal", { "start": { "line": 269, "column": 177 }, "end": { "line": 269, "column": 184 } }), depth0)) + "</li>\n			<li>" + alias3(alias2(alias1(depth0, "repair", { "start": { "line": 270, "column": 9 }, "end": { "line": 270, "column": 15 } }), depth0)) + "</li>\n		</ul>\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "reported"), { "name": "if", "hash": {}, "fn": container.program(47, data, 0), "inverse": container.program(50, data, 0), "data": data, "loc": { "start": { "line": 272, "column": 2 }, "end": { "line": 286, "column": 9 } } })) != null ? stack1 : "");
}, "47": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<div class="table-scroll" tabindex="0" role="region" aria-label="Last run of each maintenance job">\n			<table>\n				<caption class="visually-hidden">Last run of each maintenance job</caption>\n				<thead><tr><th scope="col">Job</th><th scope="col">Result</th><th scope="col">Started</th><th scope="col">Age</th><th scope="col">Duration</th><th scope="col">Schedule</th><th scope="col">Details</th></tr></thead>\n				<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "jobs"), { "name": "each", "hash": {}, "fn": container.program(48, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 278, "column": 5 }, "end": { "line": 280, "column": 14 } } })) != null ? stack1 : "") + "				</tbody>\n			</table>\n		</div>\n";
}, "48": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "					<tr" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "overdue"), { "name": "if", "hash": {}, "fn": container.program(49, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 279, "column": 8 }, "end": { "line": 279, "column": 46 } } })) != null ? stack1 : "") + '><th scope="row">' + alias3(alias2(alias1(depth0, "type", { "start": { "line": 279, "column": 65 }, "end": { "line": 279, "column": 69 } }), depth0)) + '</th><td><span class="status status-' + alias3(alias2(alias1(lookupProperty(depth0, "status"), "level", { "start": { "line": 279, "column": 109 }, "end": { "line": 279, "column": 121 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "status"), "icon", { "start": { "line": 279, "column": 165 }, "end": { "line": 279, "column": 176 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "status"), "text", { "start": { "line": 279, "column": 188 }, "end": { "line": 279, "column": 199 } }), depth0)) + "</span></td><td>" + alias3(alias2(alias1(depth0, "started", { "start": { "line": 279, "column": 219 }, "end": { "line": 279, "column": 226 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "age", { "start": { "line": 279, "column": 239 }, "end": { "line": 279, "column": 242 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "duration", { "start": { "line": 279, "column": 255 }, "end": { "line": 279, "column": 263 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "schedule", { "start": { "line": 279, "column": 276 }, "end": { "line": 279, "column": 284 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "details", { "start": { "line": 279, "column": 297 }, "end": { "line": 279, "column": 304 } }), depth0)) + "</td></tr>\n";
}, "49": function(container, depth0, helpers, partials, data) {
  return ' class="overdue"';
}, "50": function(container, depth0, helpers, partials, data) {
  return '		<p class="empty">This collector does not report its jobs.</p>\n';
}, "51": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a href="badges/' + alias2(alias1(depth0, depth0)) + '.json">' + alias2(alias1(depth0, depth0)) + "</a>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 292, "column": 355 }, "end": { "line": 292, "column": 385 } } })) != null ? stack1 : "");
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<!doctype html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="' + alias3(alias2(alias1(depth0, "csp", { "start": { "line": 6, "column": 54 }, "end": { "line": 6, "column": 57 } }), depth0)) + '">\n<meta name="referrer" content="no-referrer">\n<meta name="color-scheme" content="light dark">\n<title>' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "title", { "start": { "line": 9, "column": 9 }, "end": { "line": 9, "column": 19 } }), depth0)) + ' \xB7 dashboard</title>\n<link rel="icon" href="favicon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="' + alias3(alias2(alias1(lookupProperty(depth0, "assets"), "css", { "start": { "line": 11, "column": 31 }, "end": { "line": 11, "column": 41 } }), depth0)) + '">\n<link rel="alternate" type="application/atom+xml" title="' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "title", { "start": { "line": 12, "column": 59 }, "end": { "line": 12, "column": 69 } }), depth0)) + ' incidents" href="feed.xml">\n<script type="module" src="' + alias3(alias2(alias1(lookupProperty(depth0, "assets"), "js", { "start": { "line": 13, "column": 29 }, "end": { "line": 13, "column": 38 } }), depth0)) + '"></script>\n</head>\n<body>\n<a class="skip-link" href="#main">Skip to content</a>\n<header class="site-header">\n	<div class="wrap header-row">\n		<div class="brand">\n			<svg class="logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 17l5-6 4 4 8-10"/><circle cx="20" cy="5" r="2"/></svg>\n			<div>\n				<h1>' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "title", { "start": { "line": 22, "column": 10 }, "end": { "line": 22, "column": 20 } }), depth0)) + '</h1>\n				<p class="subtitle">Durable Object path collector \xB7 collector ' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "collectorVersion", { "start": { "line": 23, "column": 68 }, "end": { "line": 23, "column": 89 } }), depth0)) + '</p>\n			</div>\n		</div>\n		<p class="overall status-' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "overall"), "level", { "start": { "line": 26, "column": 29 }, "end": { "line": 26, "column": 47 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "overall"), "icon", { "start": { "line": 26, "column": 91 }, "end": { "line": 26, "column": 108 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "overall"), "text", { "start": { "line": 26, "column": 120 }, "end": { "line": 26, "column": 137 } }), depth0)) + '</p>\n	</div>\n	<nav class="wrap site-nav" aria-label="Sections">\n		<ul>\n			<li><a href="#overview">Overview</a></li>\n			<li><a href="#alerts">Alerts</a></li>\n			<li><a href="#trends">Trends</a></li>\n			<li><a href="#performance">Performance</a></li>\n			<li><a href="#cost">Cost</a></li>\n			<li><a href="#resources">Resources</a></li>\n			<li><a href="#business">Business</a></li>\n			<li><a href="#paths">Paths</a></li>\n			<li><a href="#clients">Clients</a></li>\n			<li><a href="#operations">Operations</a></li>\n		</ul>\n	</nav>\n</header>\n<div class="wrap">\n	<div class="banner" id="stale-banner" role="status"' + ((stack1 = lookupProperty(helpers, "unless").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "stale"), "isStale"), { "name": "unless", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 52 }, "end": { "line": 44, "column": 100 } } })) != null ? stack1 : "") + '>\n		<span class="icon" aria-hidden="true">\u26A0</span>\n		<p><strong>Stale data.</strong> <span data-stale-text>' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "stale"), "text", { "start": { "line": 46, "column": 58 }, "end": { "line": 46, "column": 73 } }), depth0)) + "</span> The dashboard is expected to refresh at least every " + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "stale"), "thresholdText", { "start": { "line": 46, "column": 137 }, "end": { "line": 46, "column": 161 } }), depth0)) + '.</p>\n	</div>\n</div>\n<main id="main" class="wrap">\n	<p class="freshness">Data collected <time datetime="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "snapshotAt"), "iso", { "start": { "line": 50, "column": 55 }, "end": { "line": 50, "column": 74 } }), depth0)) + '">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "snapshotAt"), "text", { "start": { "line": 50, "column": 80 }, "end": { "line": 50, "column": 100 } }), depth0)) + '</time>, page built <time datetime="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "generatedAt"), "iso", { "start": { "line": 50, "column": 140 }, "end": { "line": 50, "column": 160 } }), depth0)) + '">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "generatedAt"), "text", { "start": { "line": 50, "column": 166 }, "end": { "line": 50, "column": 187 } }), depth0)) + "</time>." + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "scheduler"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 197 }, "end": { "line": 50, "column": 245 } } })) != null ? stack1 : "") + '</p>\n\n	<section id="overview" aria-labelledby="overview-h">\n		<h2 id="overview-h">Overview</h2>\n		<div class="grid tiles">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "tiles"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 3 }, "end": { "line": 55, "column": 42 } } })) != null ? stack1 : "") + '\n		</div>\n	</section>\n\n	<section id="alerts" aria-labelledby="alerts-h">\n		<h2 id="alerts-h">Alerts</h2>\n		<p class="section-lead">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "summary", { "start": { "line": 61, "column": 28 }, "end": { "line": 61, "column": 47 } }), depth0)) + " Each alert is a GitHub issue and links to it.</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "firing"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 2 }, "end": { "line": 65, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "loaded"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 2 }, "end": { "line": 73, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n\n	<section id="trends" aria-labelledby="trends-h">\n		<div class="section-head">\n			<h2 id="trends-h">Trends</h2>\n			<div class="range-tabs" role="tablist" aria-label="Time range" data-range-tabs hidden>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "trends"), "ranges"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 80, "column": 4 }, "end": { "line": 82, "column": 13 } } })) != null ? stack1 : "") + '			</div>\n		</div>\n		<div id="trend-panel" class="grid charts">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "trends"), "figures"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 86, "column": 3 }, "end": { "line": 86, "column": 53 } } })) != null ? stack1 : "") + '\n		</div>\n	</section>\n\n	<section id="performance" aria-labelledby="performance-h">\n		<h2 id="performance-h">Performance</h2>\n		<p class="section-lead">Measured at the front Worker on real record traffic; percentiles come from mergeable histograms.</p>\n		<div class="grid cards">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "performance"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 94, "column": 3 }, "end": { "line": 94, "column": 48 } } })) != null ? stack1 : "") + "\n		</div>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "errorReasons"), "length"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 96, "column": 2 }, "end": { "line": 104, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n\n	<section id="cost" aria-labelledby="cost-h">\n		<h2 id="cost-h">Cost</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "cost"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.program(30, data, 0), "data": data, "loc": { "start": { "line": 109, "column": 2 }, "end": { "line": 182, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n\n	<section id="resources" aria-labelledby="resources-h">\n		<h2 id="resources-h">Resources</h2>\n		<div class="grid cards">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "resources"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 188, "column": 3 }, "end": { "line": 188, "column": 46 } } })) != null ? stack1 : "") + `
		</div>
	</section>

	<section id="business" aria-labelledby="business-h">
		<h2 id="business-h">Business</h2>
		<p class="section-lead">Usage and growth from the collector's own history.</p>
		<div class="grid cards">
			` + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "business"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 196, "column": 3 }, "end": { "line": 196, "column": 45 } } })) != null ? stack1 : "") + '\n		</div>\n	</section>\n\n	<section id="paths" aria-labelledby="paths-h">\n		<h2 id="paths-h">Paths</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "paths"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.program(41, data, 0), "data": data, "loc": { "start": { "line": 202, "column": 2 }, "end": { "line": 239, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n\n	<section id="clients" aria-labelledby="clients-h">\n		<h2 id="clients-h">Clients</h2>\n		<p class="section-lead">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "clients"), "note", { "start": { "line": 244, "column": 28 }, "end": { "line": 244, "column": 45 } }), depth0)) + '</p>\n		<div class="table-scroll" tabindex="0" role="region" aria-label="Top clients by requests with error rate and latency, each linking to its paths">\n			<table>\n				<caption class="visually-hidden">Top clients by requests with error rate and latency, each linking to its paths</caption>\n				<thead><tr><th scope="col">Client</th><th scope="col">Requests</th><th scope="col">Error rate</th><th scope="col">Latency (mean call)</th><th scope="col">Paths</th><th scope="col">Storage</th><th scope="col">Last activity</th></tr></thead>\n				<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "clients"), "rows"), { "name": "each", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.program(45, data, 0), "data": data, "loc": { "start": { "line": 250, "column": 5 }, "end": { "line": 254, "column": 14 } } })) != null ? stack1 : "") + '				</tbody>\n			</table>\n		</div>\n		<div class="grid cost-grid">\n			<div class="panel">' + ((stack1 = container.invokePartial(lookupProperty(partials, "mix"), depth0, { "name": "mix", "hash": { "rows": lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "clients"), "countries"), "head": "Country", "caption": "Countries of the top clients" }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</div>\n			<div class="panel">' + ((stack1 = container.invokePartial(lookupProperty(partials, "mix"), depth0, { "name": "mix", "hash": { "rows": lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "clients"), "agents"), "head": "Family", "caption": "User-agent families of the top clients" }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</div>\n		</div>\n	</section>\n\n	<section id="operations" aria-labelledby="operations-h">\n		<h2 id="operations-h">Operations</h2>\n' + ((stack1 = lookupProperty(helpers, "with").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "operations"), { "name": "with", "hash": {}, "fn": container.program(46, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 266, "column": 2 }, "end": { "line": 287, "column": 11 } } })) != null ? stack1 : "") + '	</section>\n</main>\n<footer class="site-footer">\n	<div class="wrap">\n		<p>Machine-readable: <a href="api/summary.json">summary</a> \xB7 history <a href="api/history-24h.json">24 h</a>, <a href="api/history-7d.json">7 d</a>, <a href="api/history-30d.json">30 d</a> \xB7 <a href="metrics.prom">Prometheus metrics</a> \xB7 <a href="feed.xml">incident feed (Atom)</a> \xB7 badges: ' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "badges"), { "name": "each", "hash": {}, "fn": container.program(51, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 292, "column": 296 }, "end": { "line": 292, "column": 394 } } })) != null ? stack1 : "") + '</p>\n		<p>Built by pathwatch. Times are UTC. No request leaves this site.</p>\n	</div>\n</footer>\n<script type="application/json" id="pathwatch-data">' + alias3(lookupProperty(helpers, "json").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "client"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 296, "column": 52 }, "end": { "line": 296, "column": 72 } } })) + "</script>\n</body>\n</html>\n";
}, "usePartial": true, "useData": true };
var PARTIAL_TEMPLATES = {
  "alert": { "0": function(container, depth0, helpers, partials, data) {
    return '<span class="state">\xB7 flapping</span>';
  }, "1": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '<a href="' + alias3(alias2(alias1(depth0, "url", { "start": { "line": 7, "column": 46 }, "end": { "line": 7, "column": 49 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "title", { "start": { "line": 7, "column": 55 }, "end": { "line": 7, "column": 60 } }), depth0)) + "</a>";
  }, "2": function(container, depth0, helpers, partials, data) {
    return container.escapeExpression(container.lambda(container.strict(depth0, "title", { "start": { "line": 7, "column": 76 }, "end": { "line": 7, "column": 81 } }), depth0));
  }, "3": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return ' \xB7 resolved <time datetime="' + alias3(alias2(alias1(depth0, "resolvedIso", { "start": { "line": 8, "column": 132 }, "end": { "line": 8, "column": 143 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "resolvedText", { "start": { "line": 8, "column": 149 }, "end": { "line": 8, "column": 161 } }), depth0)) + "</time>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<ul class="labels" aria-label="Labels">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "labels"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 2 }, "end": { "line": 13, "column": 11 } } })) != null ? stack1 : "") + "	</ul>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '		<li><span class="label-name">' + alias3(alias2(alias1(depth0, "name", { "start": { "line": 12, "column": 33 }, "end": { "line": 12, "column": 37 } }), depth0)) + "</span>: " + alias3(alias2(alias1(depth0, "value", { "start": { "line": 12, "column": 50 }, "end": { "line": 12, "column": 55 } }), depth0)) + "</li>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li class="alert sev-' + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "level", { "start": { "line": 1, "column": 23 }, "end": { "line": 1, "column": 37 } }), depth0)) + '">\n	<p class="alert-head">\n		<span class="pill sev-' + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "level", { "start": { "line": 3, "column": 26 }, "end": { "line": 3, "column": 40 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "icon", { "start": { "line": 3, "column": 84 }, "end": { "line": 3, "column": 97 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "text", { "start": { "line": 3, "column": 109 }, "end": { "line": 3, "column": 122 } }), depth0)) + '</span>\n		<span class="state state-' + alias3(alias2(alias1(depth0, "state", { "start": { "line": 4, "column": 29 }, "end": { "line": 4, "column": 34 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "stateText", { "start": { "line": 4, "column": 40 }, "end": { "line": 4, "column": 49 } }), depth0)) + "</span>\n		" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "flapping"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 62 } } })) != null ? stack1 : "") + '\n	</p>\n	<p class="alert-title">' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "url"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 24 }, "end": { "line": 7, "column": 90 } } })) != null ? stack1 : "") + '</p>\n	<p class="alert-meta">Opened <time datetime="' + alias3(alias2(alias1(depth0, "openedIso", { "start": { "line": 8, "column": 48 }, "end": { "line": 8, "column": 57 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "openedText", { "start": { "line": 8, "column": 63 }, "end": { "line": 8, "column": 73 } }), depth0)) + "</time>" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "resolvedText"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 82 }, "end": { "line": 8, "column": 177 } } })) != null ? stack1 : "") + " \xB7 " + alias3(alias2(alias1(depth0, "durationText", { "start": { "line": 8, "column": 182 }, "end": { "line": 8, "column": 194 } }), depth0)) + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "labels"), "length"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 1 }, "end": { "line": 15, "column": 8 } } })) != null ? stack1 : "") + "</li>\n";
  }, "useData": true },
  "card": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " level-" + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "status"), "level", { "start": { "line": 1, "column": 43 }, "end": { "line": 1, "column": 55 } }), depth0));
  }, "1": function(container, depth0, helpers, partials, data) {
    return ' <span class="unit">' + container.escapeExpression(container.lambda(container.strict(depth0, "unit", { "start": { "line": 3, "column": 93 }, "end": { "line": 3, "column": 97 } }), depth0)) + "</span>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<p class="status status-' + alias3(alias2(alias1(lookupProperty(depth0, "status"), "level", { "start": { "line": 5, "column": 27 }, "end": { "line": 5, "column": 39 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "status"), "icon", { "start": { "line": 5, "column": 83 }, "end": { "line": 5, "column": 94 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "status"), "text", { "start": { "line": 5, "column": 106 }, "end": { "line": 5, "column": 117 } }), depth0)) + "</p>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<p class="change change-' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "sentiment", { "start": { "line": 8, "column": 27 }, "end": { "line": 8, "column": 43 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "icon", { "start": { "line": 8, "column": 87 }, "end": { "line": 8, "column": 98 } }), depth0)) + '</span> <span class="visually-hidden">' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "direction", { "start": { "line": 8, "column": 140 }, "end": { "line": 8, "column": 156 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "change"), "text", { "start": { "line": 8, "column": 168 }, "end": { "line": 8, "column": 179 } }), depth0)) + ' <span class="basis">' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "basis", { "start": { "line": 8, "column": 204 }, "end": { "line": 8, "column": 216 } }), depth0)) + "</span></p>\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "compares"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 1 }, "end": { "line": 11, "column": 1 } } })) != null ? stack1 : "";
  }, "5": function(container, depth0, helpers, partials, data) {
    return '	<p class="change change-none">no earlier period to compare</p>\n	';
  }, "6": function(container, depth0, helpers, partials, data) {
    return '	<p class="hint">' + container.escapeExpression(container.lambda(container.strict(depth0, "hint", { "start": { "line": 13, "column": 19 }, "end": { "line": 13, "column": 23 } }), depth0)) + "</p>\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<svg class="spark" viewBox="0 0 ' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "width", { "start": { "line": 16, "column": 35 }, "end": { "line": 16, "column": 46 } }), depth0)) + " " + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "height", { "start": { "line": 16, "column": 51 }, "end": { "line": 16, "column": 63 } }), depth0)) + '" preserveAspectRatio="none" aria-hidden="true" focusable="false"><path d="' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "path", { "start": { "line": 16, "column": 142 }, "end": { "line": 16, "column": 152 } }), depth0)) + '"/></svg>\n	<p class="visually-hidden">Sparkline: ' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "basis", { "start": { "line": 17, "column": 41 }, "end": { "line": 17, "column": 52 } }), depth0)) + ".</p>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, alias3 = container.lambda, alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<article class="card' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "status"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 20 }, "end": { "line": 1, "column": 64 } } })) != null ? stack1 : "") + '" aria-labelledby="card-' + alias4(alias3(alias2(depth0, "id", { "start": { "line": 1, "column": 90 }, "end": { "line": 1, "column": 92 } }), depth0)) + '">\n	<h3 class="card-label" id="card-' + alias4(alias3(alias2(depth0, "id", { "start": { "line": 2, "column": 35 }, "end": { "line": 2, "column": 37 } }), depth0)) + '">' + alias4(alias3(alias2(depth0, "label", { "start": { "line": 2, "column": 43 }, "end": { "line": 2, "column": 48 } }), depth0)) + '</h3>\n	<p class="card-value"><span class="value">' + alias4(alias3(alias2(depth0, "value", { "start": { "line": 3, "column": 45 }, "end": { "line": 3, "column": 50 } }), depth0)) + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "unit"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 59 }, "end": { "line": 3, "column": 113 } } })) != null ? stack1 : "") + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "status"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 1 }, "end": { "line": 6, "column": 8 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "change"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 1 }, "end": { "line": 11, "column": 8 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hint"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 1 }, "end": { "line": 14, "column": 8 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "spark"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 1 }, "end": { "line": 18, "column": 8 } } })) != null ? stack1 : "") + "</article>\n";
  }, "useData": true },
  "client-page": { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<section id="client-summary" aria-labelledby="summary-h">\n		<h2 id="summary-h">Summary</h2>\n		<p class="section-lead">' + alias3(alias2(alias1(depths[1], "anonymisation", { "start": { "line": 29, "column": 28 }, "end": { "line": 29, "column": 44 } }), depth0)) + ` Error rate and latency are the front Worker's measurements of its calls to this client's collector: events that missed it at the first attempt were journaled and replayed.</p>
		<dl class="facts">
			<dt>Requests</dt><dd>` + alias3(alias2(alias1(depth0, "requests", { "start": { "line": 31, "column": 26 }, "end": { "line": 31, "column": 34 } }), depth0)) + "</dd>\n			<dt>Distinct paths</dt><dd>" + alias3(alias2(alias1(depth0, "pathCount", { "start": { "line": 32, "column": 32 }, "end": { "line": 32, "column": 41 } }), depth0)) + "</dd>\n			<dt>Requests past the path cap</dt><dd>" + alias3(alias2(alias1(depth0, "overflow", { "start": { "line": 33, "column": 44 }, "end": { "line": 33, "column": 52 } }), depth0)) + "</dd>\n			<dt>First seen</dt><dd>" + alias3(alias2(alias1(depth0, "firstSeen", { "start": { "line": 34, "column": 28 }, "end": { "line": 34, "column": 37 } }), depth0)) + "</dd>\n			<dt>Last activity</dt><dd>" + alias3(alias2(alias1(depth0, "lastActivity", { "start": { "line": 35, "column": 31 }, "end": { "line": 35, "column": 43 } }), depth0)) + "</dd>\n			<dt>Storage</dt><dd>" + alias3(alias2(alias1(depth0, "storage", { "start": { "line": 36, "column": 25 }, "end": { "line": 36, "column": 32 } }), depth0)) + "</dd>\n			<dt>Error rate, last 30 days</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "calls"), "errorRate", { "start": { "line": 37, "column": 42 }, "end": { "line": 37, "column": 57 } }), depth0)) + "</dd>\n			<dt>Events that missed the collector</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "calls"), "errors", { "start": { "line": 38, "column": 50 }, "end": { "line": 38, "column": 62 } }), depth0)) + "</dd>\n			<dt>Collector calls</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "calls"), "calls", { "start": { "line": 39, "column": 33 }, "end": { "line": 39, "column": 44 } }), depth0)) + "</dd>\n			<dt>Call latency, mean</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "calls"), "meanMs", { "start": { "line": 40, "column": 36 }, "end": { "line": 40, "column": 48 } }), depth0)) + "</dd>\n			<dt>Call latency, slowest</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "calls"), "maxMs", { "start": { "line": 41, "column": 39 }, "end": { "line": 41, "column": 50 } }), depth0)) + '</dd>\n		</dl>\n	</section>\n	<section id="client-trend" aria-labelledby="trend-h">\n		<h2 id="trend-h">Daily requests</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "trend"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.program(5, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 46, "column": 2 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n	<section id="client-paths" aria-labelledby="paths-h">\n		<h2 id="paths-h">Paths</h2>\n		<p class="section-lead">The ' + alias3(alias2(alias1(depth0, "shownPaths", { "start": { "line": 73, "column": 32 }, "end": { "line": 73, "column": 42 } }), depth0)) + ` busiest paths of this client, with the country and user-agent family last seen on each.</p>
		<div class="table-scroll" tabindex="0" role="region" aria-label="This client's paths by requests">
			<table>
				<caption class="visually-hidden">This client's paths by requests</caption>
				<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Requests</th><th scope="col">First seen</th><th scope="col">Last seen</th><th scope="col">User agent</th><th scope="col">Country</th></tr></thead>
				<tbody>
` + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "paths"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.program(7, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 79, "column": 5 }, "end": { "line": 83, "column": 14 } } })) != null ? stack1 : "") + '				</tbody>\n			</table>\n		</div>\n		<div class="grid cost-grid">\n			<div class="panel">' + ((stack1 = container.invokePartial(lookupProperty(partials, "mix"), depth0, { "name": "mix", "hash": { "rows": lookupProperty(depth0, "countries"), "head": "Country", "caption": "Countries" }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</div>\n			<div class="panel">' + ((stack1 = container.invokePartial(lookupProperty(partials, "mix"), depth0, { "name": "mix", "hash": { "rows": lookupProperty(depth0, "agents"), "head": "Family", "caption": "User-agent families" }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</div>\n		</div>\n	</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '		<p class="section-lead">' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "trend"), "summary", { "start": { "line": 47, "column": 28 }, "end": { "line": 47, "column": 41 } }), depth0)) + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "trend"), "spark"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 2 }, "end": { "line": 50, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "trend"), "days"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 2 }, "end": { "line": 66, "column": 9 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '		<div class="client-spark"><svg class="spark" viewBox="0 0 ' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "trend"), "spark"), "width", { "start": { "line": 49, "column": 62 }, "end": { "line": 49, "column": 79 } }), depth0)) + " " + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "trend"), "spark"), "height", { "start": { "line": 49, "column": 84 }, "end": { "line": 49, "column": 102 } }), depth0)) + '" preserveAspectRatio="none" aria-hidden="true" focusable="false"><path d="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "trend"), "spark"), "path", { "start": { "line": 49, "column": 181 }, "end": { "line": 49, "column": 197 } }), depth0)) + '"/></svg><p class="visually-hidden">Sparkline: ' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "trend"), "spark"), "basis", { "start": { "line": 49, "column": 248 }, "end": { "line": 49, "column": 265 } }), depth0)) + ".</p></div>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `		<details>
			<summary>Requests, errors and latency per day</summary>
			<div class="table-scroll" tabindex="0" role="region" aria-label="This client's requests, errors and call latency per UTC day">
				<table>
					<caption class="visually-hidden">This client's requests, events that missed the collector, and collector call latency per UTC day, newest first</caption>
					<thead><tr><th scope="col">Day (UTC)</th><th scope="col">Requests</th><th scope="col">Missed events</th><th scope="col">Mean call</th><th scope="col">Slowest call</th></tr></thead>
					<tbody>
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "trend"), "days"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 59, "column": 6 }, "end": { "line": 61, "column": 15 } } })) != null ? stack1 : "") + "					</tbody>\n				</table>\n			</div>\n		</details>\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '						<tr><th scope="row">' + alias3(alias2(alias1(depth0, "day", { "start": { "line": 60, "column": 28 }, "end": { "line": 60, "column": 31 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "requests", { "start": { "line": 60, "column": 44 }, "end": { "line": 60, "column": 52 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "errors", { "start": { "line": 60, "column": 65 }, "end": { "line": 60, "column": 71 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "meanMs", { "start": { "line": 60, "column": 84 }, "end": { "line": 60, "column": 90 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "maxMs", { "start": { "line": 60, "column": 103 }, "end": { "line": 60, "column": 108 } }), depth0)) + "</td></tr>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    return `		<p class="section-lead">The Worker that collected this data keeps no per-client daily counts; upgrade it to see this client's trend.</p>
`;
  }, "6": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return "					<tr><td>" + alias3(alias2(alias1(depth0, "method", { "start": { "line": 80, "column": 15 }, "end": { "line": 80, "column": 21 } }), depth0)) + '</td><th scope="row"><code class="path">' + alias3(alias2(alias1(depth0, "path", { "start": { "line": 80, "column": 65 }, "end": { "line": 80, "column": 69 } }), depth0)) + "</code></th><td>" + alias3(alias2(alias1(depth0, "count", { "start": { "line": 80, "column": 89 }, "end": { "line": 80, "column": 94 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "firstSeen", { "start": { "line": 80, "column": 107 }, "end": { "line": 80, "column": 116 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "lastSeen", { "start": { "line": 80, "column": 129 }, "end": { "line": 80, "column": 137 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "agent", { "start": { "line": 80, "column": 150 }, "end": { "line": 80, "column": 155 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "country", { "start": { "line": 80, "column": 168 }, "end": { "line": 80, "column": 175 } }), depth0)) + "</td></tr>\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    return '					<tr><td colspan="7">No path recorded.</td></tr>\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<!doctype html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="' + alias3(alias2(alias1(depth0, "csp", { "start": { "line": 6, "column": 54 }, "end": { "line": 6, "column": 57 } }), depth0)) + '">\n<meta name="referrer" content="no-referrer">\n<meta name="color-scheme" content="light dark">\n<title>Client ' + alias3(alias2(alias1(lookupProperty(depth0, "client"), "label", { "start": { "line": 9, "column": 16 }, "end": { "line": 9, "column": 28 } }), depth0)) + " \xB7 " + alias3(alias2(alias1(depth0, "title", { "start": { "line": 9, "column": 35 }, "end": { "line": 9, "column": 40 } }), depth0)) + '</title>\n<link rel="icon" href="../favicon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="../' + alias3(alias2(alias1(depth0, "css", { "start": { "line": 11, "column": 34 }, "end": { "line": 11, "column": 37 } }), depth0)) + '">\n</head>\n<body>\n<a class="skip-link" href="#main">Skip to content</a>\n<header class="site-header">\n	<div class="wrap header-row">\n		<div class="brand">\n			<div>\n				<h1>Client <code>' + alias3(alias2(alias1(lookupProperty(depth0, "client"), "label", { "start": { "line": 19, "column": 23 }, "end": { "line": 19, "column": 35 } }), depth0)) + '</code></h1>\n				<p class="subtitle"><a href="../index.html#clients">Back to the dashboard</a> \xB7 data collected <time datetime="' + alias3(alias2(alias1(lookupProperty(depth0, "snapshotAt"), "iso", { "start": { "line": 20, "column": 117 }, "end": { "line": 20, "column": 131 } }), depth0)) + '">' + alias3(alias2(alias1(lookupProperty(depth0, "snapshotAt"), "text", { "start": { "line": 20, "column": 137 }, "end": { "line": 20, "column": 152 } }), depth0)) + '</time></p>\n			</div>\n		</div>\n	</div>\n</header>\n<main id="main" class="wrap">\n' + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "client"), { "name": "with", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 1 }, "end": { "line": 92, "column": 10 } } })) != null ? stack1 : "") + '</main>\n<footer class="site-footer">\n	<div class="wrap"><p>Built by pathwatch. Times are UTC. No request leaves this site.</p></div>\n</footer>\n</body>\n</html>\n';
  }, "usePartial": true, "useData": true, "useDepths": true },
  "figure": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<ul class="legend" aria-hidden="true">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "legend"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 7, "column": 11 } } })) != null ? stack1 : "") + "	</ul>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '		<li><svg viewBox="0 0 24 8" class="swatch line-' + alias3(alias2(alias1(depth0, "style", { "start": { "line": 6, "column": 51 }, "end": { "line": 6, "column": 56 } }), depth0)) + " series-" + alias3(alias2(alias1(data, "index", { "start": { "line": 6, "column": 68 }, "end": { "line": 6, "column": 74 } }), depth0)) + '"><line x1="0" y1="4" x2="24" y2="4"/></svg>' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 6, "column": 122 }, "end": { "line": 6, "column": 127 } }), depth0)) + "</li>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '		<div class="table-scroll" data-range="' + alias3(alias2(alias1(depth0, "range", { "start": { "line": 15, "column": 42 }, "end": { "line": 15, "column": 47 } }), depth0)) + '">\n			<table>\n				<caption>' + alias3(alias2(alias1(depth0, "caption", { "start": { "line": 17, "column": 15 }, "end": { "line": 17, "column": 22 } }), depth0)) + "</caption>\n				<thead><tr>" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "columns"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 15 }, "end": { "line": 18, "column": 70 } } })) != null ? stack1 : "") + "</tr></thead>\n				<tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 20, "column": 5 }, "end": { "line": 24, "column": 14 } } })) != null ? stack1 : "") + "				</tbody>\n			</table>\n		</div>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    return '<th scope="col">' + container.escapeExpression(container.lambda(depth0, depth0)) + "</th>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "					<tr>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 9 }, "end": { "line": 21, "column": 107 } } })) != null ? stack1 : "") + "</tr>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "first"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 21, "column": 23 }, "end": { "line": 21, "column": 98 } } })) != null ? stack1 : "";
  }, "6": function(container, depth0, helpers, partials, data) {
    return '<th scope="row">' + container.escapeExpression(container.lambda(depth0, depth0)) + "</th>";
  }, "7": function(container, depth0, helpers, partials, data) {
    return "<td>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</td>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '					<tr><td colspan="' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "columns"), "length", { "start": { "line": 23, "column": 24 }, "end": { "line": 23, "column": 38 } }), depth0)) + '">No data in this range.</td></tr>\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<figure class="chart" id="figure-' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 1, "column": 35 }, "end": { "line": 1, "column": 37 } }), depth0)) + '" data-chart="' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 1, "column": 55 }, "end": { "line": 1, "column": 57 } }), depth0)) + '">\n	<figcaption><span class="chart-title">' + alias3(alias2(alias1(depth0, "title", { "start": { "line": 2, "column": 41 }, "end": { "line": 2, "column": 46 } }), depth0)) + '</span> <span class="chart-unit">' + alias3(alias2(alias1(depth0, "unit", { "start": { "line": 2, "column": 83 }, "end": { "line": 2, "column": 87 } }), depth0)) + "</span></figcaption>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "legend"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 1 }, "end": { "line": 9, "column": 8 } } })) != null ? stack1 : "") + '	<div class="canvas-box"><canvas id="chart-' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 10, "column": 45 }, "end": { "line": 10, "column": 47 } }), depth0)) + '" role="img" aria-label="' + alias3(alias2(alias1(depth0, "initialSummary", { "start": { "line": 10, "column": 76 }, "end": { "line": 10, "column": 90 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "initialSummary", { "start": { "line": 10, "column": 96 }, "end": { "line": 10, "column": 110 } }), depth0)) + '</canvas></div>\n	<p class="chart-message" data-chart-message hidden></p>\n	<details class="table-fallback">\n		<summary>Data table</summary>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "tables"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 28, "column": 11 } } })) != null ? stack1 : "") + "	</details>\n</figure>\n";
  }, "useData": true },
  "mix": { "0": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '		<tr><th scope="row">' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 7, "column": 24 }, "end": { "line": 7, "column": 29 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "count", { "start": { "line": 7, "column": 42 }, "end": { "line": 7, "column": 47 } }), depth0)) + '</td><td class="share"><svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="8"/><rect class="bar-fill" width="' + alias3(alias2(alias1(depth0, "width", { "start": { "line": 7, "column": 253 }, "end": { "line": 7, "column": 258 } }), depth0)) + '" height="8"/></svg> <span>' + alias3(alias2(alias1(depth0, "share", { "start": { "line": 7, "column": 289 }, "end": { "line": 7, "column": 294 } }), depth0)) + "</span></td></tr>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    return '		<tr><td colspan="3">No data.</td></tr>\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<div class="table-scroll" tabindex="0" role="region" aria-label="' + alias3(alias2(alias1(depth0, "caption", { "start": { "line": 1, "column": 67 }, "end": { "line": 1, "column": 74 } }), depth0)) + '">\n<table class="compact mix">\n	<caption>' + alias3(alias2(alias1(depth0, "caption", { "start": { "line": 3, "column": 12 }, "end": { "line": 3, "column": 19 } }), depth0)) + '</caption>\n	<thead><tr><th scope="col">' + alias3(alias2(alias1(depth0, "head", { "start": { "line": 4, "column": 30 }, "end": { "line": 4, "column": 34 } }), depth0)) + '</th><th scope="col">Requests</th><th scope="col">Share</th></tr></thead>\n	<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 2 }, "end": { "line": 10, "column": 11 } } })) != null ? stack1 : "") + "	</tbody>\n</table>\n</div>\n";
  }, "useData": true }
};

// reports-site/src/render.ts
var import_handlebars = __toESM(require_lib(), 1);

// reports-site/src/core/outputs/script-json.ts
var UNSAFE = /[<>&\u2028\u2029]/g;
function scriptSafeJson(value) {
  const json = JSON.stringify(value);
  if (json === void 0) throw new TypeError("scriptSafeJson: value is not JSON-serialisable");
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// reports-site/src/render.ts
var CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");
var renderers = null;
function runtime() {
  if (renderers) return renderers;
  const hb = import_handlebars.default.create();
  hb.registerHelper("json", (value) => new hb.SafeString(scriptSafeJson(value)));
  for (const [name, spec] of Object.entries(PARTIAL_TEMPLATES)) hb.registerPartial(name, hb.template(spec));
  const client = PARTIAL_TEMPLATES["client-page"];
  if (!client) throw new Error("the client-page template is missing: run `npm run build:site-assets`");
  renderers = {
    page: hb.template(PAGE_TEMPLATE),
    clientPage: hb.template(client)
  };
  return renderers;
}
function renderPage(ctx) {
  return runtime().page(ctx);
}
function renderClientPage(ctx) {
  return runtime().clientPage(ctx);
}

// reports-site/src/build.ts
var BudgetExceededError = class extends Error {
  name = "BudgetExceededError";
};
function renderSite(input, options) {
  const { budget: _budget, ...rest } = options;
  const view = viewOptions(rest);
  const hash = (s) => createHash("sha256").update(s).digest("hex").slice(0, 10);
  const js = `assets/app-${hash(CLIENT_JS)}.js`;
  const css = `assets/site-${hash(CLIENT_CSS)}.css`;
  const badgeFiles = badges(input, view);
  const json = (v) => `${JSON.stringify(v, null, 2)}
`;
  const files = /* @__PURE__ */ new Map([
    [
      "index.html",
      renderPage({
        page: buildViewModel(input, view),
        csp: CONTENT_SECURITY_POLICY,
        assets: { js, css },
        badges: Object.keys(badgeFiles)
      })
    ],
    [js, CLIENT_JS],
    [css, CLIENT_CSS],
    ["favicon.svg", `${FAVICON_SVG}
`],
    ["api/summary.json", json(summaryJson(input, view))],
    ["metrics.prom", renderSnapshotMetrics(input.snapshot)],
    [
      "feed.xml",
      renderAtomFeed(input.alerts, {
        siteUrl: view.siteUrl,
        title: view.title,
        generatedAt: input.generatedAt,
        now: Date.parse(input.generatedAt),
        withinDays: view.resolvedWithinDays
      })
    ],
    // GitHub Pages: serve the files as they are, without Jekyll.
    [".nojekyll", ""]
  ]);
  for (const [range, ts] of Object.entries(input.timeseries)) {
    files.set(`api/history-${range}.json`, JSON.stringify(historyJson(ts, input.generatedAt)));
  }
  for (const [name, badge] of Object.entries(badgeFiles)) files.set(`badges/${name}.json`, json(badge));
  const snapshotAt = {
    iso: input.snapshot.generatedAt,
    text: formatUtc(Date.parse(input.snapshot.generatedAt))
  };
  const anonymisation = describeAnonymisation(view.anonymise);
  for (const client of clientPages(input.clients, view.anonymise, input.snapshot.generatedAt)) {
    const page = { client, title: view.title, csp: CONTENT_SECURITY_POLICY, css, anonymisation, snapshotAt };
    files.set(client.file, renderClientPage(page));
  }
  return files;
}
function weigh(files) {
  return [...files].map(([path, text]) => {
    const bytes = Buffer.from(text);
    return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
}
async function buildSite(input, outDir, options) {
  const files = renderSite(input, options);
  const weighed = weigh(files);
  const budget = checkBudget(weighed, options.budget ?? DEFAULT_BUDGET);
  if (budget.violations.length)
    throw new BudgetExceededError(`page-weight budget exceeded: ${budget.violations.join("; ")}`);
  await rm(join(outDir, "assets"), { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { outDir, files: weighed, budget };
}

// reports-site/src/serve.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join as join2, resolve, sep } from "node:path";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/atom+xml; charset=utf-8",
  ".prom": "text/plain; version=0.0.4; charset=utf-8"
};
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const target = resolve(join2(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  return target === root || target.startsWith(root + sep) ? target : null;
}
async function serveDir(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const file = resolveInside(root, req.url ?? "/");
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile() || req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(info?.isFile() ? 405 : 404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "x-content-type-options": "nosniff",
      "cache-control": "no-cache"
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok());
  });
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    port: bound,
    close: () => new Promise((ok) => server.close(() => ok()))
  };
}

// reports-site/src/core/types.ts
var isoTime = external_exports.iso.datetime({ offset: true });
var SEVERITIES2 = [...SEVERITIES, "info"];
var AlertViewSchema = external_exports.object({
  fingerprint: external_exports.string().min(1),
  title: external_exports.string(),
  severity: external_exports.enum(SEVERITIES2),
  state: external_exports.enum(["firing", "resolved"]),
  flapping: external_exports.boolean().default(false),
  /** Link to the issue; anything but http(s) is dropped before rendering. */
  url: external_exports.string(),
  openedAt: isoTime,
  resolvedAt: isoTime.nullable(),
  labels: external_exports.record(external_exports.string(), external_exports.string())
});
var AlertViewListSchema = external_exports.array(AlertViewSchema);

// action/src/core/issues/alert-view.ts
function toAlertIssueView(issue) {
  const st = issue.alert;
  return {
    fingerprint: issue.fingerprint,
    number: issue.number,
    alertname: st?.alertname ?? issue.fingerprint,
    title: issue.title,
    severity: st?.severity ?? null,
    state: issue.state,
    status: st ? st.status : issue.state === "open" ? "firing" : "resolved",
    flapping: st?.flapping ?? false,
    url: issue.url,
    openedAt: st?.since ?? issue.createdAt,
    resolvedAt: st?.resolvedAt ?? issue.closedAt,
    labels: issue.labels,
    alertLabels: st?.labels ?? {}
  };
}

// action/src/alert-issues.ts
async function listAlertIssues(tracker, options = {}) {
  const label = options.label ?? "pathwatch";
  const now = options.now ?? /* @__PURE__ */ new Date();
  const since = new Date(now.getTime() - (options.resolvedWithinDays ?? 7) * DAY_MS);
  const [open, closed] = await Promise.all([tracker.listOpen(label), tracker.listClosedSince(label, since)]);
  const marked = [...open, ...closed].map(parseIssue).filter((i) => i !== null);
  const { own } = splitByAuthor(marked, await resolveOwner(tracker, options.author, marked));
  return own.filter((i) => !i.alert?.duplicateOf && i.stateReason !== "not_planned").map(toAlertIssueView).sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
}

// action/src/site/site-input.ts
function toAlertView(issue) {
  return {
    fingerprint: issue.fingerprint,
    title: issue.title,
    severity: issue.severity ?? "info",
    state: issue.status,
    flapping: issue.flapping,
    url: issue.url,
    openedAt: issue.openedAt,
    resolvedAt: issue.status === "resolved" ? issue.resolvedAt : null,
    labels: issue.alertLabels
  };
}
function healthSeries(ts, snapshot, sla, now) {
  const s = ts.series;
  return s.requests.map((req, i) => {
    if (req === null || req === 0) return null;
    const errors = s.errors[i] ?? null;
    const timeouts = s.timeouts[i] ?? null;
    const performance = {
      ...snapshot.performance,
      p95Ms: s.p95Ms[i] ?? null,
      errorRate: errors === null ? null : errors / req,
      timeoutRate: timeouts === null ? null : timeouts / req
    };
    return computeHealth({ ...snapshot, performance }, sla, now).score;
  });
}
function assembleSiteInput(data, alerts, config, now) {
  const series = (w) => healthSeries(data.timeseries[w], data.snapshot, config.sla, now);
  return {
    ...data,
    alerts,
    cost: analyzeCost(data.usage, pricesFor(config), now, costOptionsFor(config.cost)),
    health: computeHealth(data.snapshot, config.sla, now),
    healthSeries: { "24h": series("24h"), "7d": series("7d"), "30d": series("30d") },
    generatedAt: now.toISOString(),
    jobSchedule: jobSchedule()
  };
}
function jobSchedule() {
  return Object.entries(JOB_INTERVAL_MS).flatMap(
    ([type, ms]) => ms === void 0 ? [] : [
      {
        type,
        intervalSeconds: ms / 1e3,
        overdueAfterSeconds: ms * JOB_OVERDUE_GRACE / 1e3
      }
    ]
  );
}
function ruleLevels(config, metric) {
  const rule = config.rules.find((r) => r.metric === metric);
  return {
    warning: rule?.levels.warning?.threshold ?? null,
    critical: rule?.levels.critical?.threshold ?? null
  };
}
function budgetLevels(config) {
  const budget = config.budgets[0];
  const at2 = (severity) => {
    const percents = (budget?.thresholds ?? []).filter((t) => t.basis === "forecast" && t.severity === severity).map((t) => t.percent);
    return budget && percents.length ? budget.amount * Math.min(...percents) / 100 : null;
  };
  return { warning: at2("warning"), critical: at2("critical") };
}
function thresholdsFromConfig(config) {
  return {
    p95Ms: ruleLevels(config, "p95_ms"),
    errorRate: ruleLevels(config, "error_rate"),
    monthlyCost: budgetLevels(config),
    sla: config.sla
  };
}

// action/src/site/sources.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import { join as join3 } from "node:path";
var USAGE_DAYS = 45;
var TOP_PATHS = 25;
var NEW_PATHS = 25;
var NEW_PATHS_DAYS = 7;
var CLIENT_PAGES = 10;
var CLIENT_PATHS = 50;
async function unlessMissing(read) {
  try {
    return await read();
  } catch (e) {
    if (e instanceof UpstreamError && e.status === 404) return null;
    throw e;
  }
}
async function fetchPaths(client, now) {
  const since = new Date(now - NEW_PATHS_DAYS * DAY_MS).toISOString();
  const [top, fresh] = await Promise.all([
    unlessMissing(() => client.pathsTop({ by: "requests", window: "24h", limit: TOP_PATHS })),
    unlessMissing(() => client.pathsNew({ since, limit: NEW_PATHS }))
  ]);
  return top && fresh ? { top, fresh } : null;
}
async function fetchClients(client, snapshot) {
  const ips = snapshot.topIps.slice(0, CLIENT_PAGES).map((t) => t.ip);
  const details2 = await Promise.all(ips.map((ip) => unlessMissing(() => client.ipDetail(ip, CLIENT_PATHS))));
  return ips.flatMap((ip, i) => {
    const detail = details2[i];
    return detail ? [{ ip, detail }] : [];
  });
}
async function fetchCollectorData(client, now = Date.now()) {
  const [snapshot, day, week, month, usage, paths] = await Promise.all([
    client.snapshot(),
    client.timeseries("24h"),
    client.timeseries("7d"),
    client.timeseries("30d"),
    client.usage(USAGE_DAYS),
    fetchPaths(client, now)
  ]);
  const clients = await fetchClients(client, snapshot);
  return { snapshot, timeseries: { "24h": day, "7d": week, "30d": month }, usage, paths, clients };
}
async function readJson(file, schema) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${e.message}`);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${e.message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: ${issue?.path.join(".") || "(top level)"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
async function readOptional(file, schema) {
  try {
    await stat2(file);
  } catch {
    return null;
  }
  return readJson(file, schema);
}
async function readCollectorDir(dir) {
  const [top, fresh] = await Promise.all([
    readOptional(join3(dir, "paths-top.json"), PathsTopResponseSchema),
    readOptional(join3(dir, "paths-new.json"), PathsNewResponseSchema)
  ]);
  const paths = top && fresh ? { top, fresh } : null;
  const [snapshot, day, week, month, usage] = await Promise.all([
    readJson(join3(dir, "snapshot.json"), SnapshotSchema),
    readJson(join3(dir, "timeseries-24h.json"), TimeseriesSchema),
    readJson(join3(dir, "timeseries-7d.json"), TimeseriesSchema),
    readJson(join3(dir, "timeseries-30d.json"), TimeseriesSchema),
    readJson(join3(dir, "usage.json"), UsageResponseSchema)
  ]);
  return {
    snapshot,
    timeseries: { "24h": day, "7d": week, "30d": month },
    usage: usage.days,
    paths,
    clients: null
  };
}
function readAlertsFile(file) {
  return readJson(file, AlertViewListSchema);
}

export {
  buildSite,
  serveDir,
  listAlertIssues,
  toAlertView,
  assembleSiteInput,
  thresholdsFromConfig,
  fetchCollectorData,
  readCollectorDir,
  readAlertsFile
};
