import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  EMPTY_NOTIFY_STATE,
  acknowledged,
  anonymizeIp,
  fingerprintMarker,
  notifyStateOf,
  parseIssue,
  parseState,
  serializeState,
  silencedAt
} from "./chunk-N7TUJ5SC.js";
import {
  capBody,
  formatValue,
  neutralize,
  neutralizePlain,
  severityRank
} from "./chunk-UPQ3O4ES.js";
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  formatDuration
} from "./chunk-5L6HU7UT.js";

// action/src/core/issues/render.ts
function renderTitle(e) {
  return neutralizePlain(`${e.alertname}: ${e.summary}`, 180);
}
var utc = (ms) => ms === null ? "n/a" : `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
function statusLine(e, state, now) {
  const since = Date.parse(state.since);
  if (state.status === "firing")
    return `**${state.severity.toUpperCase()}** \xB7 firing since ${utc(since)} (${formatDuration(now - since)})`;
  const end = state.resolvedAt ? Date.parse(state.resolvedAt) : now;
  return `**RESOLVED** \xB7 was ${state.severity} from ${utc(since)} to ${utc(end)} (${formatDuration(end - since)})${e.status === "nodata" ? " \xB7 no data now" : ""}`;
}
function factsTable(e, state) {
  const labels = Object.entries(e.labels).map(([k, v]) => `${neutralize(k, 50)}=${neutralize(v, 100)}`).join(", ");
  const rows = [
    ["Alert", neutralize(e.alertname, 100)],
    ["Severity", state.severity],
    [state.status === "resolved" ? "Value at resolution" : "Value", neutralize(formatValue(e.value, e.unit))],
    ["Threshold", neutralize(formatValue(e.threshold, e.unit))],
    ["Labels", labels],
    ["Fingerprint", e.fingerprint]
  ];
  if (e.suppressedBy) rows.push(["Suppressed", neutralize(e.suppressedBy)]);
  if (state.flapping) rows.push(["Flapping", "yes: close/reopen and comments paused"]);
  return ["| | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}
function clientsSection(clients) {
  if (clients.length === 0) return [];
  const out = [
    "### Top clients",
    "",
    "IPs are truncated to their network prefix.",
    "",
    "| Client | Requests | Method | Path | Count | User agent | Country |",
    "|---|---:|---|---|---:|---|---|"
  ];
  for (const c of clients) {
    const client = neutralize(anonymizeIp(c.ip), 60);
    if (c.paths.length === 0) out.push(`| ${client} | ${c.requests} | | | | | |`);
    for (const p of c.paths)
      out.push(
        `| ${client} | ${c.requests} | ${neutralize(p.method, 10)} | ${neutralize(p.path, 300)} | ${p.count} | ${neutralize(p.lastUserAgent ?? "", 120)} | ${neutralize(p.country ?? "", 10)} |`
      );
  }
  return [...out, ""];
}
function episodesSection(state) {
  const recent = state.episodes.slice(-10);
  if (recent.length === 0) return [];
  return [
    "### Recent episodes",
    "",
    ...recent.map((ep) => {
      const end = ep.to ? Date.parse(ep.to) : null;
      return `- ${utc(ep.from)} \u2192 ${end === null ? "now" : `${utc(end)} (${formatDuration(end - Date.parse(ep.from))})`}`;
    }),
    ""
  ];
}
function renderBody(e, state, now, clients = []) {
  const content = [
    fingerprintMarker(e.fingerprint),
    statusLine(e, state, now),
    "",
    `> ${neutralize(e.summary, 300)}`,
    "",
    ...factsTable(e, state),
    "",
    ...e.description ? [e.description, ""] : [],
    ...e.runbookUrl ? [`Runbook: <${e.runbookUrl}>`, ""] : [],
    ...e.details.length ? ["### Details", "", ...e.details.map((d) => `- ${d}`), ""] : [],
    ...e.traffic ? clientsSection(clients) : [],
    ...episodesSection(state),
    "---",
    `<sub>Managed by pathwatch: rewritten on every state change (last ${utc(now)}). Comment below rather than editing this text.</sub>`
  ].join("\n");
  return capBody(content, serializeState(state));
}
var comments = {
  escalated: (e) => `Escalated to **critical**: ${neutralize(formatValue(e.value, e.unit))} (threshold ${neutralize(formatValue(e.threshold, e.unit))}).`,
  deescalated: (e) => `De-escalated to **warning**: ${neutralize(formatValue(e.value, e.unit))} (warning threshold ${neutralize(formatValue(e.threshold, e.unit))}).`,
  resolved: (e, firedMs) => `Resolved after ${formatDuration(firedMs)}: now ${neutralize(formatValue(e.value, e.unit))}.`,
  refired: (e, severity, quietMs) => `Firing again (**${severity}**) ${formatDuration(quietMs)} after it resolved: ${neutralize(formatValue(e.value, e.unit))} (threshold ${neutralize(formatValue(e.threshold, e.unit))}).`,
  missed: (episodes) => `Fired between two monitor runs, recorded from the collector's time series:
${episodes.map((ep) => `- ${utc(ep.start)} \u2192 ${utc(ep.end)} (${formatDuration((ep.end ?? ep.start) - ep.start)})`).join("\n")}`,
  flapping: (pct, windowMs, low) => `Flapping: the state changed ${pct.toFixed(0)}% of the time over the last ${formatDuration(windowMs)}. Close/reopen and comments pause until it settles below ${low}%.`,
  settled: (pct, resolved) => `No longer flapping (${pct.toFixed(0)}%).${resolved ? " The condition has cleared: closing." : ""}`,
  duplicate: (keep, fp) => `Duplicate of #${keep} (same fingerprint \`${fp}\`): closing this one.`,
  retired: (reason) => `Closing: ${reason}.`
};

// action/src/core/issues/reconcile-sweep.ts
var STATE_BLOCK = /<!-- pathwatch:state v\d+ .*? -->/gs;
function replaceState(body, state) {
  const stripped = body.replace(STATE_BLOCK, "").trimEnd();
  return `${stripped}
${serializeState(state)}`;
}
function planDuplicates(open) {
  const groups = /* @__PURE__ */ new Map();
  for (const issue of open) groups.set(issue.fingerprint, [...groups.get(issue.fingerprint) ?? [], issue]);
  const actions = [];
  for (const [fp, issues] of groups) {
    if (issues.length < 2) continue;
    const [keep, ...rest] = [...issues].sort((a, b) => a.number - b.number);
    if (!keep) continue;
    for (const dup of rest) {
      const body = dup.alert ? replaceState(dup.body, { ...dup.alert, duplicateOf: keep.number }) : dup.body;
      actions.push({
        reason: "duplicate",
        fingerprint: fp,
        alertname: dup.alert?.alertname ?? keep.alert?.alertname ?? fp,
        issue: dup.number,
        comment: comments.duplicate(keep.number, fp),
        commentFirst: true,
        patch: { body, state: "closed", stateReason: "not_planned" },
        note: `close #${dup.number} as a duplicate of #${keep.number}`
      });
    }
  }
  return actions;
}
function planRetirements(evals, canonical, now) {
  const live = new Set(evals.map((e) => e.fingerprint));
  const actions = [];
  for (const [fp, issue] of canonical) {
    if (live.has(fp)) continue;
    const st = issue.alert;
    const periodEnded = st?.kind === "budget" && st.period !== null;
    const reason = periodEnded ? `the budget period ${st?.period} has ended` : "this alert is no longer in the configuration";
    const body = st ? replaceState(issue.body, {
      ...st,
      status: "resolved",
      resolvedAt: st.resolvedAt ?? new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString()
    }) : issue.body;
    actions.push({
      reason: "retire",
      fingerprint: fp,
      alertname: st?.alertname ?? fp,
      issue: issue.number,
      comment: comments.retired(reason),
      commentFirst: true,
      patch: { body, state: "closed", stateReason: periodEnded ? "completed" : "not_planned" },
      note: `close #${issue.number}: ${reason}`
    });
  }
  return actions;
}

// action/src/core/notify/merge-notify.ts
var time = (iso) => iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY;
function newest(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  return time(b.at) > time(a.at) ? b : a;
}
function laterSince(a, b) {
  if (!a) return b;
  if (!b) return a;
  return time(b) > time(a) ? b : a;
}
function laterFired(a, b) {
  if (!a) return b;
  if (!b) return a;
  const [sa = "", va] = a.split("|");
  const [sb = "", vb] = b.split("|");
  if (time(sa) !== time(sb)) return time(sb) > time(sa) ? b : a;
  return severityRank(vb) > severityRank(va) ? b : a;
}
function mergeChannelRecord(mine, theirs) {
  if (!mine) return theirs ?? { failures: 0 };
  if (!theirs) return mine;
  const attempt = time(theirs.at) > time(mine.at) ? theirs : mine;
  const out = { failures: attempt.failures };
  const fired = laterFired(mine.fired, theirs.fired);
  const escalated = laterSince(mine.escalated, theirs.escalated);
  const resolved = laterSince(mine.resolved, theirs.resolved);
  if (fired) out.fired = fired;
  if (escalated) out.escalated = escalated;
  if (resolved) out.resolved = resolved;
  if (attempt.error !== void 0) out.error = attempt.error;
  if (attempt.at !== void 0) out.at = attempt.at;
  return out;
}
function mergeNotifyState(mine, theirs, writer) {
  const sent = {};
  for (const channel of /* @__PURE__ */ new Set([...Object.keys(theirs.sent), ...Object.keys(mine.sent)]))
    sent[channel] = mergeChannelRecord(mine.sent[channel], theirs.sent[channel]);
  return {
    ack: newest(mine.ack, theirs.ack),
    silence: newest(mine.silence, theirs.silence),
    escalated: laterSince(mine.escalated, theirs.escalated),
    sent,
    claim: writer === "deliveries" ? mine.claim : theirs.claim
  };
}

// action/src/core/issues/merge-state.ts
function mergeState(mine, current, writer) {
  if (!current || current.fingerprint !== mine.fingerprint) return mine;
  const base = writer === "monitor" ? mine : current;
  const notify = mergeNotifyState(
    mine.notify ?? EMPTY_NOTIFY_STATE,
    current.notify ?? EMPTY_NOTIFY_STATE,
    writer === "deliveries" ? "deliveries" : "other"
  );
  return { ...base, notify };
}
function mergePatch(fresh, patch, writer) {
  if (patch.body === void 0) return patch;
  const mine = parseState(patch.body);
  if (!mine) return patch;
  const merged = mergeState(mine, parseState(fresh.body), writer);
  const text = writer === "monitor" ? patch.body : fresh.body;
  return { ...patch, body: replaceState(text, merged) };
}

// action/src/monitor/write-issue.ts
async function writeIssue(tracker, number, patch, writer) {
  const fresh = await tracker.get(number);
  const wanted = typeof patch === "function" ? patch(fresh) : patch;
  if (wanted === null) return null;
  return tracker.update(number, mergePatch(fresh, wanted, writer));
}

// action/src/adapters/notify-channels.ts
import { createHmac } from "node:crypto";

// action/src/core/notify/payloads.ts
function webhookPayload({ event: e, text }) {
  return {
    alert_type: "pathwatch",
    system: "pathwatch",
    level: e.severity,
    metric: e.metric,
    message: text,
    timestamp: e.timestamp,
    status: e.status,
    transition: e.transition,
    alertname: e.alertname,
    fingerprint: e.fingerprint,
    labels: e.labels,
    value: e.value,
    threshold: e.threshold,
    summary: e.summary,
    runbook_url: e.runbookUrl,
    issue_url: e.issueUrl,
    dashboard_url: e.dashboardUrl,
    starts_at: e.startsAt,
    ends_at: e.endsAt,
    acknowledged_by: e.acknowledgedBy
  };
}
var SLACK_MAX_ALERTS = 45;
var SLACK_SECTION_MAX = 3e3;
function slackPayload(items, dashboardUrl) {
  const firing = items.filter((i) => i.event.status === "firing").length;
  const resolved = items.length - firing;
  const headline = [firing ? `${firing} firing` : "", resolved ? `${resolved} resolved` : ""].filter(Boolean).join(", ");
  const shown = items.slice(0, SLACK_MAX_ALERTS);
  const blocks = [
    { type: "header", text: { type: "plain_text", text: `pathwatch: ${headline}` } },
    ...shown.map((i) => ({
      type: "section",
      text: { type: "mrkdwn", text: i.text.slice(0, SLACK_SECTION_MAX) }
    }))
  ];
  if (items.length > shown.length)
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `\u2026 and ${items.length - shown.length} more` }]
    });
  if (dashboardUrl)
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `<${dashboardUrl}|dashboard>` }] });
  return { text: `pathwatch: ${headline}`, blocks };
}
var PAGERDUTY_SEVERITY = { critical: "critical", warning: "warning" };
function pagerdutyPayload({ event: e, text }, routingKey, source) {
  if (e.transition === "resolved")
    return { routing_key: routingKey, event_action: "resolve", dedup_key: e.fingerprint };
  const links = [
    { href: e.issueUrl, text: `Issue #${e.issueNumber}` },
    ...e.runbookUrl ? [{ href: e.runbookUrl, text: "Runbook" }] : [],
    ...e.dashboardUrl ? [{ href: e.dashboardUrl, text: "Dashboard" }] : []
  ];
  return {
    routing_key: routingKey,
    event_action: "trigger",
    dedup_key: e.fingerprint,
    client: "pathwatch",
    client_url: e.issueUrl,
    links,
    payload: {
      summary: text.slice(0, 1024),
      source,
      severity: PAGERDUTY_SEVERITY[e.severity],
      timestamp: e.startsAt,
      component: e.labels.component ?? e.metric,
      group: e.labels.group ?? "pathwatch",
      class: e.alertname,
      custom_details: {
        value: e.valueText,
        threshold: e.thresholdText,
        labels: e.labels,
        escalated: e.transition === "escalated",
        fingerprint: e.fingerprint
      }
    }
  };
}
function alertmanagerAlert({ event: e, text }, ttlMs, now) {
  const annotations = { summary: text };
  if (e.description) annotations.description = e.description;
  if (e.runbookUrl) annotations.runbook_url = e.runbookUrl;
  if (e.dashboardUrl) annotations.dashboard_url = e.dashboardUrl;
  annotations.issue_url = e.issueUrl;
  return {
    labels: { ...e.labels, alertname: e.alertname, severity: e.severity },
    annotations,
    startsAt: e.startsAt,
    endsAt: e.endsAt ?? new Date(now + ttlMs).toISOString(),
    generatorURL: e.issueUrl
  };
}

// action/src/adapters/notify-http.ts
var MAX_RETRY_AFTER_MS = 3e4;
var defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function retryable(status) {
  return status === 429 || status >= 500;
}
function waitFor(res, attempt, policy) {
  const header = res?.headers.get("retry-after");
  const seconds = header === null || header === void 0 ? Number.NaN : Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1e3, MAX_RETRY_AFTER_MS);
  return policy.backoffMs * 2 ** attempt;
}
async function postWithRetry(req, policy) {
  const doFetch = policy.fetch ?? fetch;
  const sleep = policy.sleep ?? defaultSleep;
  let last = { ok: false, status: 0, attempts: 0, error: "not attempted" };
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    let res = null;
    try {
      res = await doFetch(req.url, {
        method: "POST",
        headers: req.headers,
        body: req.body,
        signal: AbortSignal.timeout(policy.timeoutMs ?? 1e4)
      });
      const text = await res.text();
      if (res.ok) return { ok: true, status: res.status, attempts: attempt + 1 };
      last = {
        ok: false,
        status: res.status,
        attempts: attempt + 1,
        error: `HTTP ${res.status} ${text.slice(0, 120)}`.trim()
      };
      if (!retryable(res.status)) return last;
    } catch (e) {
      last = {
        ok: false,
        status: 0,
        attempts: attempt + 1,
        error: e instanceof Error ? e.message : String(e)
      };
    }
    if (attempt + 1 < policy.attempts) await sleep(waitFor(res, attempt, policy));
  }
  return last;
}

// action/src/adapters/notify-channels.ts
var PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";
function signBody(body, secret) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
var JSON_HEADERS = { "content-type": "application/json", "user-agent": "pathwatch" };
function missing(name) {
  return { ok: false, status: 0, attempts: 0, error: `environment variable ${name} is not set` };
}
function readUrl(env, name) {
  const value = env[name];
  if (!value) return missing(name);
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return value;
  } catch {
  }
  return { ok: false, status: 0, attempts: 0, error: `${name} is not an http(s) URL` };
}
async function sendEach(items, build, policy) {
  const out = [];
  for (const item of items) out.push({ items: [item], result: await postWithRetry(build(item), policy) });
  return out;
}
function webhookRequest(url, secret, item) {
  const body = JSON.stringify(webhookPayload(item));
  const e = item.event;
  const headers = {
    ...JSON_HEADERS,
    "x-pathwatch-event": e.transition,
    // Stable per transition, so a receiver can drop a repeat.
    "x-pathwatch-delivery": `${e.fingerprint}-${Date.parse(e.startsAt)}-${e.transition}`
  };
  if (secret) headers["x-pathwatch-signature-256"] = signBody(body, secret);
  return { url, body, headers };
}
async function sendToChannel(channel, items, ctx) {
  if (items.length === 0) return [];
  const fail = (result) => [{ items: [...items], result }];
  switch (channel.type) {
    case "webhook": {
      const url = readUrl(ctx.env, channel.url_env);
      if (typeof url !== "string") return fail(url);
      const secret = channel.secret_env ? ctx.env[channel.secret_env] : void 0;
      if (channel.secret_env && !secret) return fail(missing(channel.secret_env));
      return sendEach(items, (item) => webhookRequest(url, secret, item), ctx.policy);
    }
    case "slack": {
      const url = readUrl(ctx.env, channel.url_env);
      if (typeof url !== "string") return fail(url);
      const body = JSON.stringify(slackPayload(items, ctx.dashboardUrl));
      return [
        { items: [...items], result: await postWithRetry({ url, body, headers: JSON_HEADERS }, ctx.policy) }
      ];
    }
    case "pagerduty": {
      const key = ctx.env[channel.routing_key_env];
      if (!key) return fail(missing(channel.routing_key_env));
      const url = channel.url_env ? readUrl(ctx.env, channel.url_env) : PAGERDUTY_EVENTS_URL;
      if (typeof url !== "string") return fail(url);
      const build = (item) => ({
        url,
        body: JSON.stringify(pagerdutyPayload(item, key, ctx.source)),
        headers: JSON_HEADERS
      });
      return sendEach(items, build, ctx.policy);
    }
    case "alertmanager": {
      const base = readUrl(ctx.env, channel.url_env);
      if (typeof base !== "string") return fail(base);
      const body = JSON.stringify(items.map((i) => alertmanagerAlert(i, channel.resend_ttl, ctx.now)));
      const url = `${base.replace(/\/+$/, "")}/api/v2/alerts`;
      return [
        { items: [...items], result: await postWithRetry({ url, body, headers: JSON_HEADERS }, ctx.policy) }
      ];
    }
  }
}

// action/src/core/notify/claim.ts
var CLAIM_LEASE_MS = 10 * MINUTE_MS;
function mayClaim(n, run, now) {
  const c = n.claim;
  return c === null || c.run === run || now - Date.parse(c.at) >= CLAIM_LEASE_MS;
}
function withClaim(n, run, now) {
  return { ...n, claim: { run, at: new Date(now).toISOString() } };
}
function holdsClaim(n, run) {
  return n.claim?.run === run;
}

// action/src/core/notify/event.ts
function buildEvent(transition, state, e, issue, dashboardUrl, now) {
  const n = notifyStateOf(state);
  return {
    transition,
    status: state.status,
    alertname: state.alertname,
    fingerprint: state.fingerprint,
    severity: state.severity,
    labels: state.labels,
    metric: e.metric,
    value: e.value,
    valueText: formatValue(e.value, e.unit),
    threshold: e.threshold,
    thresholdText: formatValue(e.threshold, e.unit),
    summary: e.summary,
    description: e.description,
    runbookUrl: e.runbookUrl,
    issueNumber: issue.number,
    issueUrl: issue.url,
    dashboardUrl,
    startsAt: state.since,
    endsAt: state.status === "resolved" ? state.resolvedAt ?? new Date(now).toISOString() : null,
    timestamp: new Date(now).toISOString(),
    acknowledgedBy: n.ack && n.ack.since === state.since ? n.ack.by : null
  };
}

// action/src/core/notify/routing.ts
function routeAlert(routes, labels, severity) {
  const withSeverity = { ...labels, severity };
  const out = /* @__PURE__ */ new Map();
  for (const route of routes) {
    const matches = Object.entries(route.match).every(([k, v]) => withSeverity[k] === v);
    if (!matches) continue;
    for (const channel of route.channels) {
      const before = out.get(channel)?.escalateAfterMs ?? null;
      const mine = route.escalate_after ?? null;
      const escalateAfterMs = before === null ? mine : mine === null ? before : Math.min(before, mine);
      out.set(channel, { escalateAfterMs });
    }
  }
  return out;
}

// action/src/core/notify/transitions.ts
function holdReason(state, issueState, now) {
  const n = notifyStateOf(state);
  if (silencedAt(n, now)) return `silenced until ${n.silence?.until}`;
  if (state.duplicateOf !== null) return "duplicate";
  if (issueState === "closed" && state.status === "firing") return "closed by hand until it resolves";
  return null;
}
var firedKey = (since, severity) => `${since}|${severity}`;
function firedCovers(rec, since, severity) {
  if (!rec?.fired) return false;
  const [recSince, recSeverity] = rec.fired.split("|");
  return recSince === since && severityRank(recSeverity) >= severityRank(severity);
}
function toldFired(rec, since) {
  return rec?.fired?.split("|")[0] === since;
}
function pendingTransitions(state, routes, now) {
  const n = notifyStateOf(state);
  const out = [];
  if (state.status === "resolved") {
    for (const [channel, rec] of Object.entries(n.sent))
      if (toldFired(rec, state.since) && rec.resolved !== state.since)
        out.push({ channel, transition: "resolved" });
    return out;
  }
  const routed = routeAlert(routes, state.labels, state.severity);
  const age = now - Date.parse(state.since);
  for (const [channel, route] of routed) {
    const rec = n.sent[channel];
    if (!firedCovers(rec, state.since, state.severity)) {
      out.push({ channel, transition: "fired" });
      continue;
    }
    const due = route.escalateAfterMs !== null && age >= route.escalateAfterMs;
    if (due && !acknowledged(n, state.since) && rec?.escalated !== state.since)
      out.push({ channel, transition: "escalated" });
  }
  return out;
}
function retryDue(rec, now) {
  if (!rec || rec.failures < 3 || !rec.at) return true;
  const wait = Math.min(HOUR_MS, 10 * MINUTE_MS * 2 ** (rec.failures - 3));
  return now - Date.parse(rec.at) >= wait;
}
function recordOutcome(state, outcome, now) {
  const n = notifyStateOf(state);
  const prev = n.sent[outcome.channel] ?? { failures: 0 };
  const at = new Date(now).toISOString();
  let rec;
  if (!outcome.ok) {
    rec = { ...prev, failures: prev.failures + 1, error: (outcome.error ?? "failed").slice(0, 300), at };
  } else {
    rec = { ...prev, failures: 0, at };
    delete rec.error;
    for (const t of outcome.transitions) {
      if (t === "fired") rec.fired = firedKey(state.since, state.severity);
      if (t === "escalated") rec.escalated = state.since;
      if (t === "resolved") rec.resolved = state.since;
    }
  }
  const escalated = outcome.ok && outcome.transitions.includes("escalated") ? state.since : n.escalated;
  return { ...n, escalated, sent: { ...n.sent, [outcome.channel]: rec } };
}
function isEscalated(state) {
  const n = notifyStateOf(state);
  return state.status === "firing" && n.escalated === state.since && !acknowledged(n, state.since);
}

// action/src/core/notify/plan-deliveries.ts
function issuePerAlert(issues) {
  const best = /* @__PURE__ */ new Map();
  const rank = (i) => i.state === "open" ? [0, i.number] : [1, -Date.parse(i.closedAt ?? i.updatedAt)];
  for (const issue of issues) {
    if (!issue.alert || issue.alert.duplicateOf !== null) continue;
    const cur = best.get(issue.fingerprint);
    const [a0 = 0, a1 = 0] = rank(issue);
    const [b0 = 0, b1 = 0] = cur ? rank(cur) : [Number.POSITIVE_INFINITY, 0];
    if (a0 < b0 || a0 === b0 && a1 < b1) best.set(issue.fingerprint, issue);
  }
  return [...best.values()];
}
function planDeliveries(issues, evals, notify, now) {
  const byFp = new Map(evals.map((e) => [e.fingerprint, e]));
  const plan = { notices: [], held: [] };
  if (Object.keys(notify.channels).length === 0) return plan;
  for (const issue of issuePerAlert(issues)) {
    const state = issue.alert;
    const e = byFp.get(issue.fingerprint);
    if (!state || !e) continue;
    const reason = holdReason(state, issue.state, now);
    const sent = notifyStateOf(state).sent;
    const pending = pendingTransitions(state, notify.routes, now).filter(
      (p) => p.channel in notify.channels && retryDue(sent[p.channel], now)
    );
    if (reason !== null) {
      if (pending.length > 0) plan.held.push({ number: issue.number, alertname: state.alertname, reason });
      continue;
    }
    const resend = state.status === "firing" ? amResends(state, notify, pending) : [];
    if (pending.length > 0 || resend.length > 0)
      plan.notices.push({ issue, state, eval: e, pending, resend });
  }
  return plan;
}
function amResends(state, notify, pending) {
  const sent = notifyStateOf(state).sent;
  return [...routeAlert(notify.routes, state.labels, state.severity).keys()].filter(
    (ch) => notify.channels[ch]?.type === "alertmanager" && sent[ch]?.fired !== void 0 && !pending.some((p) => p.channel === ch)
  );
}
function renderByChannel(notices, templates, dashboardUrl, now) {
  const out = /* @__PURE__ */ new Map();
  const add = (n, channel, transition, resend) => {
    const event = buildEvent(transition, n.state, n.eval, n.issue, dashboardUrl, now);
    const text = templates.get(channel)?.(event) ?? event.summary;
    out.set(channel, [...out.get(channel) ?? [], { event, text, issue: n.issue.number, channel, resend }]);
  };
  for (const n of notices) {
    for (const p of n.pending) add(n, p.channel, p.transition, false);
    for (const ch of n.resend) add(n, ch, "fired", true);
  }
  return out;
}

// action/src/monitor/notify-step.ts
var ESCALATED_LABEL = "escalated";
var RETRY_HORIZON_MS = DAY_MS;
var NO_NOTIFICATIONS = { deliveries: [], held: [], yielded: [] };
var EMPTY = NO_NOTIFICATIONS;
var sleeper = (ms) => new Promise((r) => setTimeout(r, ms));
async function listIssues(issues, now) {
  const [open, closed] = await Promise.all([
    issues.listOpen(),
    // The GitHub tracker rounds `since` to the hour itself, so the cached ETag holds.
    issues.closedSince(new Date(now - RETRY_HORIZON_MS))
  ]);
  return [...open, ...closed];
}
async function runNotifications(opts) {
  const { config } = opts;
  if (Object.keys(config.notify.channels).length === 0) return EMPTY;
  const first = planDeliveries(
    await listIssues(opts.issues, opts.now()),
    opts.evals,
    config.notify,
    opts.now()
  );
  if (opts.dryRun || first.notices.length === 0) {
    for (const n of first.notices)
      opts.log(
        `${n.state.alertname}: would notify ${n.pending.map((p) => `${p.channel} (${p.transition})`).join(", ")}`
      );
    return { ...EMPTY, held: first.held };
  }
  const { mine, yielded } = await claim(opts, first.notices);
  const deliveries = await deliver(opts, mine);
  return { deliveries, held: first.held, yielded };
}
async function claim(opts, notices) {
  const yielded = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const n of notices) {
    if (!n.pending.length) continue;
    let busy = false;
    const written = await writeIssue(
      opts.tracker,
      n.issue.number,
      (fresh2) => {
        const st = parseIssue(fresh2)?.alert;
        if (!st || st.fingerprint !== n.state.fingerprint) return null;
        const ns = notifyStateOf(st);
        busy = !mayClaim(ns, opts.runId, opts.now());
        if (busy) return null;
        return { body: replaceState(fresh2.body, { ...st, notify: withClaim(ns, opts.runId, opts.now()) }) };
      },
      "deliveries"
    );
    if (busy) yielded.push(n.issue.number);
    if (written) claimed.add(n.issue.number);
  }
  if (claimed.size > 0) await (opts.sleep ?? sleeper)(opts.config.notify.claim_settle);
  const fresh = planDeliveries(
    await listIssues(opts.issues, opts.now()),
    opts.evals,
    opts.config.notify,
    opts.now()
  );
  const mine = [];
  for (const n of fresh.notices) {
    const held = claimed.has(n.issue.number) && holdsClaim(notifyStateOf(n.state), opts.runId);
    if (held) mine.push(n);
    else if (n.resend.length > 0) mine.push({ ...n, pending: [] });
    if (claimed.has(n.issue.number) && !held) yielded.push(n.issue.number);
  }
  return { mine, yielded };
}
async function deliver(opts, notices) {
  const { config } = opts;
  const byChannel = renderByChannel(notices, opts.templates, config.notify.dashboard_url ?? null, opts.now());
  const sends = [];
  const ctx = {
    env: opts.env,
    policy: {
      attempts: config.notify.retry.attempts,
      backoffMs: config.notify.retry.backoff,
      ...opts.sleep ? { sleep: opts.sleep } : {},
      ...opts.fetch ? { fetch: opts.fetch } : {}
    },
    now: opts.now(),
    dashboardUrl: config.notify.dashboard_url ?? null,
    source: opts.source
  };
  const results = await Promise.all(
    [...byChannel].map(async ([name, items]) => {
      const channel = config.notify.channels[name];
      return channel ? sendToChannel(channel, items, ctx) : [];
    })
  );
  for (const r of results) sends.push(...r);
  await record(opts, notices, sends);
  return sends.flatMap(
    (s) => s.items.map((i) => ({
      channel: i.channel,
      alertname: i.event.alertname,
      issue: i.issue,
      transition: i.resend ? "resend" : i.event.transition,
      ok: s.result.ok,
      attempts: s.result.attempts,
      ...s.result.error ? { error: s.result.error } : {}
    }))
  );
}
async function record(opts, notices, sends) {
  const now = opts.now();
  for (const n of notices) {
    if (n.pending.length === 0) continue;
    let state = n.state;
    for (const s of sends) {
      const mine = s.items.filter((i) => i.issue === n.issue.number && !i.resend);
      const channel = mine[0]?.channel;
      if (!channel) continue;
      const transitions = mine.map((i) => i.event.transition);
      const notify = recordOutcome(
        state,
        { channel, transitions, ok: s.result.ok, error: s.result.error },
        now
      );
      state = { ...state, notify };
    }
    state = { ...state, notify: { ...notifyStateOf(state), claim: null } };
    let escalated = false;
    await writeIssue(
      opts.tracker,
      n.issue.number,
      (fresh) => {
        escalated = isEscalated(mergeState(state, parseState(fresh.body), "deliveries"));
        const labels = escalationLabels(fresh.labels, escalated);
        return { body: replaceState(fresh.body, state), ...labels ? { labels } : {} };
      },
      "deliveries"
    );
    if (escalated && !isEscalated(n.state))
      await opts.tracker.comment(
        n.issue.number,
        "Escalated: still firing and not acknowledged. Comment `/pathwatch ack` to stop further escalation."
      );
  }
}
function escalationLabels(current, escalated) {
  const has = current.includes(ESCALATED_LABEL);
  if (has === escalated) return null;
  return escalated ? [...current, ESCALATED_LABEL] : current.filter((l) => l !== ESCALATED_LABEL);
}

export {
  renderTitle,
  renderBody,
  comments,
  replaceState,
  planDuplicates,
  planRetirements,
  mergeNotifyState,
  writeIssue,
  signBody,
  ESCALATED_LABEL,
  NO_NOTIFICATIONS,
  runNotifications
};
