import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  computeHealth,
  jobsFailed,
  jobsOverdue
} from "./chunk-T2RDBBMA.js";
import {
  billingPeriod,
  clientContext,
  scrape
} from "./chunk-R45UPBC3.js";
import {
  NO_NOTIFICATIONS,
  comments,
  planDuplicates,
  planRetirements,
  renderBody,
  renderTitle,
  replaceState,
  runNotifications,
  writeIssue
} from "./chunk-XXQYWVHG.js";
import {
  fingerprint,
  notifyStateOf,
  readOwnIssues,
  silencedAt
} from "./chunk-N7TUJ5SC.js";
import {
  cooldownFor,
  formatValue,
  matchesAll,
  metricDef,
  neutralize,
  severityRank
} from "./chunk-UPQ3O4ES.js";
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  formatDuration,
  identityMismatchMessage
} from "./chunk-5L6HU7UT.js";

// action/src/core/alerts/alert.ts
function renderTemplate(template, values) {
  return template.replace(/\$labels\.([a-zA-Z_][a-zA-Z0-9_]*)/g, (_, name) => values.labels[name] ?? "").replace(/\$value\b/g, values.value).replace(/\$threshold\b/g, values.threshold);
}

// action/src/core/alerts/replay.ts
function replay(steps, opts) {
  let level = opts.initial?.level ?? null;
  let since = opts.initial?.since ?? null;
  const pending = { warning: null, critical: null };
  let lowerSince = null;
  let last = null;
  let sawData = false;
  const episodes = level && since !== null ? [{ start: since, end: null, peak: level, peakValue: null }] : [];
  for (const step of steps) {
    let signal = step.signal;
    if (signal) sawData = true;
    else if (opts.noData === "alerting") signal = { raw: opts.lowest, hold: opts.lowest, value: null };
    else signal = last;
    if (!signal) continue;
    last = signal;
    for (const l of ["warning", "critical"]) {
      pending[l] = severityRank(signal.raw) >= severityRank(l) ? pending[l] ?? step.start : null;
    }
    let target = null;
    for (const l of ["critical", "warning"]) {
      const eligible = pending[l] !== null && step.end - (pending[l] ?? 0) >= opts.forMs;
      const held = severityRank(level) >= severityRank(l) && severityRank(signal.hold) >= severityRank(l);
      if (eligible || held) {
        target = l;
        break;
      }
    }
    if (severityRank(target) < severityRank(level)) {
      lowerSince ??= step.start;
      if (step.end - lowerSince < opts.keepFiringForMs) target = level;
    } else lowerSince = null;
    if (target !== level) {
      if (severityRank(target) < severityRank(level)) lowerSince = null;
      const open2 = episodes.at(-1);
      if (!level && target) {
        since = step.end;
        episodes.push({ start: step.end, end: null, peak: target, peakValue: signal.value });
      } else if (level && !target) {
        if (open2) open2.end = step.end;
        since = null;
      }
      level = target;
    }
    const open = episodes.at(-1);
    if (level && open && open.end === null) {
      if (severityRank(level) > severityRank(open.peak)) open.peak = level;
      if (signal.value !== null && (open.peakValue === null || signal.value > open.peakValue))
        open.peakValue = signal.value;
    }
  }
  return { level, since, value: last?.value ?? null, sawData, episodes };
}
function thresholdSignal(value, levels) {
  if (value === null || !Number.isFinite(value)) return null;
  let raw = null;
  let hold = null;
  for (const l of ["warning", "critical"]) {
    const lv = levels[l];
    if (!lv) continue;
    if (value >= lv.threshold) raw = l;
    if (value >= lv.recover) hold = l;
  }
  return { raw, hold, value };
}

// action/src/core/alerts/series.ts
function completeCount(ts, now) {
  const start = Date.parse(ts.start);
  const step = ts.stepSeconds * 1e3;
  const n = ts.series.requests.length;
  if (step <= 0) return 0;
  return Math.max(0, Math.min(n, Math.floor((now - start) / step)));
}
function starts(ts, n) {
  const start = Date.parse(ts.start);
  const step = ts.stepSeconds * 1e3;
  return Array.from({ length: n }, (_, i) => start + i * step);
}
function windowedRatio(num, den, k) {
  const out = [];
  let sumNum = 0;
  let sumDen = 0;
  for (let i = 0; i < den.length; i++) {
    sumNum += den[i] === null ? 0 : num[i] ?? 0;
    sumDen += den[i] ?? 0;
    const j = i - k;
    if (j >= 0) {
      sumNum -= den[j] === null ? 0 : num[j] ?? 0;
      sumDen -= den[j] ?? 0;
    }
    out.push(sumDen > 0 ? Math.max(0, sumNum) / sumDen : null);
  }
  return out;
}
function windowedSum(col, k) {
  const out = [];
  let sum = 0;
  let present = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v !== null && v !== void 0) {
      sum += v;
      present++;
    }
    const old = i - k >= 0 ? col[i - k] : null;
    if (old !== null && old !== void 0) {
      sum -= old;
      present--;
    }
    out.push(present > 0 ? sum : null);
  }
  return out;
}
function dailyCumulative(ts, snapshot, usage) {
  const totals = new Map(usage.map((u) => [u.date, u.doRequests]));
  totals.set(snapshot.usage.today.date, snapshot.usage.today.doRequests);
  const col = ts.series.doRequests;
  const s = starts(ts, col.length);
  const out = new Array(col.length).fill(null);
  let day = "";
  let remaining = null;
  for (let i = col.length - 1; i >= 0; i--) {
    const d = new Date(s[i] ?? 0).toISOString().slice(0, 10);
    if (d !== day) {
      day = d;
      remaining = totals.get(d) ?? null;
    }
    out[i] = remaining;
    if (remaining !== null) remaining = Math.max(0, remaining - (col[i] ?? 0));
  }
  return out;
}
function refusedColumn(ts) {
  return ts.series.refused ?? ts.series.requests.map(() => null);
}
function allRecordRequests(served, refused) {
  return served.map((s, i) => {
    const r = refused[i] ?? null;
    return s === null && r === null ? null : (s ?? 0) + (r ?? 0);
  });
}
function metricSeries(metric, windowMs, ts, snapshot, usage, now) {
  const n = completeCount(ts, now);
  const stepMs = ts.stepSeconds * 1e3;
  const k = Math.max(1, Math.round(windowMs / Math.max(1, stepMs)));
  const c = ts.series;
  const all = (() => {
    switch (metric) {
      case "error_rate":
        return windowedRatio(c.errors, c.requests, k);
      case "timeout_rate":
        return windowedRatio(c.timeouts, c.requests, k);
      case "fallback_rate":
        return windowedRatio(c.fallbacks, c.requests, k);
      case "refused_requests":
        return windowedSum(refusedColumn(ts), k);
      case "refusal_ratio": {
        const refused = refusedColumn(ts);
        return windowedRatio(refused, allRecordRequests(c.requests, refused), k);
      }
      case "requests":
        return windowedSum(c.requests, k);
      case "p50_ms":
        return c.p50Ms;
      case "p95_ms":
        return c.p95Ms;
      case "p99_ms":
        return c.p99Ms;
      case "avg_ms":
        return c.avgMs;
      case "active_ips":
        return c.activeIps;
      case "daily_do_requests":
        return dailyCumulative(ts, snapshot, usage);
      default:
        return [];
    }
  })();
  return { starts: starts(ts, n), stepMs, values: all.slice(0, n) };
}

// action/src/core/alerts/evaluate-rules.ts
function instantValue(metric, snapshot, cost) {
  const today = snapshot.usage.today;
  switch (metric) {
    case "projected_monthly_cost":
      return cost.projected.cost;
    case "month_to_date_cost":
      return cost.monthToDate.cost;
    case "cost_growth_dod":
      return cost.growth.dayOverDay;
    case "cost_growth_wow":
      return cost.growth.weekOverWeek;
    case "quarter_forecast_cost":
      return cost.quarter.cost;
    case "cost_per_request":
      return cost.costPerRequest;
    case "active_hours_per_do":
      return today.maxActiveSecondsPerObject / 3600;
    case "active_hours_total":
      return today.activeSeconds / 3600;
    case "journal_backlog":
      return snapshot.journal.backlog;
    case "journal_oldest_age_seconds":
      return snapshot.journal.oldestAgeSeconds ?? (snapshot.journal.oldestAt === null ? 0 : Math.max(0, Date.parse(snapshot.generatedAt) - Date.parse(snapshot.journal.oldestAt)) / 1e3);
    case "job_failed":
      return jobsFailed(snapshot);
    case "job_overdue":
      return jobsOverdue(snapshot);
    case "breaker_open":
      return snapshot.breaker.state === "open" ? 1 : 0;
    case "monitoring_overhead":
      return snapshot.overhead.ratio;
    case "storage_bytes":
      return snapshot.resources.storageBytes;
    default:
      return null;
  }
}
var lowestLevel = (rule) => rule.levels.warning ? "warning" : "critical";
function carriedState(prev, firstStep) {
  return prev && prev.status === "firing" && prev.since < firstStep ? { level: prev.severity, since: prev.since } : void 0;
}
function replayRule(rule, ctx, prev) {
  const data = ctx.data;
  if (!data) return null;
  const opts = {
    forMs: rule.forMs,
    keepFiringForMs: rule.keepFiringForMs,
    noData: rule.noData,
    lowest: lowestLevel(rule)
  };
  if (metricDef(rule.metric).kind === "instant") {
    const signal = thresholdSignal(instantValue(rule.metric, data.snapshot, data.cost), rule.levels);
    const initial = carriedState(prev, ctx.now + 1);
    return replay([{ start: ctx.now, end: ctx.now, signal }], { ...opts, initial, noData: "keep_last" });
  }
  const series = metricSeries(
    rule.metric,
    rule.windowMs,
    data.timeseries,
    data.snapshot,
    data.usage,
    ctx.now
  );
  const steps = series.values.map((v, i) => {
    const start = series.starts[i] ?? 0;
    return { start, end: start + series.stepMs, signal: thresholdSignal(v, rule.levels) };
  });
  return replay(steps, { ...opts, initial: carriedState(prev, steps[0]?.start ?? ctx.now) });
}
function evaluateRule(rule, ctx) {
  const labels = { alertname: rule.alert, ...rule.labels };
  const fp = fingerprint(labels);
  const prev = ctx.previous.get(fp);
  const r = replayRule(rule, ctx, prev);
  const def = metricDef(rule.metric);
  const firing = !!r?.level;
  const severity = r?.level ?? null;
  const threshold = rule.levels[severity ?? lowestLevel(rule)]?.threshold ?? null;
  const value = r?.value ?? null;
  const fill = { value: formatValue(value, def.unit), threshold: formatValue(threshold, def.unit), labels };
  const lookbackStart = ctx.now - ctx.config.evaluation.lookback;
  return {
    fingerprint: fp,
    alertname: rule.alert,
    kind: "rule",
    labels,
    status: firing ? "firing" : r?.sawData ? "inactive" : "nodata",
    severity,
    since: r?.since ?? null,
    value,
    threshold,
    unit: def.unit,
    metric: rule.metric,
    summary: renderTemplate(
      rule.annotations.summary ?? `${rule.metric} at $value (threshold $threshold)`,
      fill
    ),
    description: rule.annotations.description ? renderTemplate(rule.annotations.description, fill) : null,
    runbookUrl: rule.annotations.runbook_url ?? null,
    details: [`Metric \`${rule.metric}\`: ${def.description}.`, ...levelLines(rule)],
    endedEpisodes: (r?.episodes ?? []).filter((e) => e.end !== null && e.end >= lookbackStart),
    history: (r?.episodes ?? []).map((e) => ({ from: e.start, to: e.end })),
    cooldownMs: {
      warning: rule.levels.warning?.cooldownMs ?? HOUR_MS,
      critical: rule.levels.critical?.cooldownMs ?? HOUR_MS
    },
    reopenWindowMs: ctx.config.issues.reopen_window,
    period: null,
    traffic: def.traffic === true,
    suppressedBy: null
  };
}
function levelLines(rule) {
  const unit = metricDef(rule.metric).unit;
  const out = [];
  for (const l of ["warning", "critical"]) {
    const lv = rule.levels[l];
    if (lv)
      out.push(
        `${l}: at or above ${formatValue(lv.threshold, unit)}, clears below ${formatValue(lv.recover, unit)}`
      );
  }
  if (rule.forMs) out.push(`pending for ${rule.forMs / MINUTE_MS} min before firing`);
  if (rule.keepFiringForMs) out.push(`keeps firing ${rule.keepFiringForMs / MINUTE_MS} min after clearing`);
  return out;
}

// action/src/core/alerts/evaluate-budgets.ts
function evaluateBudget(budget, ctx) {
  const billing = billingPeriod(new Date(ctx.now), ctx.config.cost.billing_day);
  const period = billing.label;
  const labels = { alertname: "CostBudget", budget: budget.name, period, ...budget.labels };
  const fp = fingerprint(labels);
  const cost = ctx.data?.cost;
  const extra = cost && budget.include_subscription ? cost.subscription : 0;
  const actual = cost ? cost.monthToDate.cost + extra : null;
  const forecast = cost ? cost.projected.cost + extra : null;
  const forecastUsable = !!cost && cost.projected.confidence >= budget.min_forecast_confidence;
  let raw = null;
  let hold = null;
  let trigger = null;
  for (const t of budget.thresholds) {
    const value = t.basis === "actual" ? actual : forecastUsable ? forecast : null;
    if (value === null) continue;
    const amount = budget.amount * t.percent / 100;
    if (value >= amount && severityRank(t.severity) > severityRank(raw)) {
      raw = t.severity;
      trigger = { value, amount };
    }
    if (value >= amount * 0.9 && severityRank(t.severity) > severityRank(hold)) hold = t.severity;
  }
  const signal = cost ? { raw, hold, value: trigger?.value ?? actual } : null;
  const prev = ctx.previous.get(fp);
  const r = replay([{ start: ctx.now, end: ctx.now, signal }], {
    forMs: 0,
    keepFiringForMs: 0,
    noData: "keep_last",
    lowest: "warning",
    initial: carriedState(prev, ctx.now + 1)
  });
  const fmt = (v) => formatValue(v, "usd");
  const details = cost ? [
    `Budget: ${fmt(budget.amount)} for ${period}.`,
    `Actual (month to date): ${fmt(actual)} (${pctOf(actual, budget.amount)} of budget).`,
    `Forecast (month end): ${fmt(forecast)}, range ${fmt(cost.projected.low + extra)}\u2013${fmt(cost.projected.high + extra)}, confidence ${Math.round(cost.projected.confidence * 100)}%${forecastUsable ? "" : ` (below the ${Math.round(budget.min_forecast_confidence * 100)}% needed to alert on it)`}.`,
    `Thresholds: ${budget.thresholds.map((t) => `${t.basis} \u2265 ${t.percent}% \u2192 ${t.severity}`).join("; ")}.`,
    `Prices: Cloudflare ${cost.prices.plan} list prices as of ${cost.prices.asOf}.`
  ] : [];
  return {
    fingerprint: fp,
    alertname: "CostBudget",
    kind: "budget",
    labels,
    status: r.level ? "firing" : r.sawData ? "inactive" : "nodata",
    severity: r.level,
    since: r.since,
    value: trigger?.value ?? (forecastUsable && forecast !== null && actual !== null ? Math.max(actual, forecast) : actual),
    threshold: trigger?.amount ?? levelAmount(budget, r.level),
    unit: "usd",
    metric: "budget",
    summary: `Cost budget '${budget.name}' for ${period}: actual ${fmt(actual)}, forecast ${fmt(forecast)} of ${fmt(budget.amount)}`,
    description: null,
    runbookUrl: null,
    details,
    endedEpisodes: [],
    history: r.episodes.map((e) => ({ from: e.start, to: e.end })),
    cooldownMs: {
      warning: cooldownFor(budget, "budget", "warning"),
      critical: cooldownFor(budget, "budget", "critical")
    },
    reopenWindowMs: ctx.now - Date.parse(`${billing.start}T00:00:00Z`) + 1,
    period,
    traffic: false,
    suppressedBy: null
  };
}
function levelAmount(budget, level) {
  const amounts = budget.thresholds.filter((t) => !level || t.severity === level).map((t) => budget.amount * t.percent / 100);
  return amounts.length ? Math.min(...amounts) : null;
}
function pctOf(value, of) {
  return value === null ? "n/a" : `${(value / of * 100).toFixed(0)}%`;
}

// action/src/core/alerts/evaluate-slo.ts
function burnSignal(slo, burns, i) {
  let raw = null;
  let hold = null;
  let value = null;
  let seen = false;
  for (const [j, w] of slo.windows.entries()) {
    const long = burns[j]?.long[i] ?? null;
    const short = burns[j]?.short[i] ?? null;
    if (long === null || short === null) continue;
    seen = true;
    value = Math.max(value ?? 0, Math.min(long, short));
    if (long >= w.burn_rate && short >= w.burn_rate && severityRank(w.severity) > severityRank(raw))
      raw = w.severity;
    if (long >= w.burn_rate * 0.9 && short >= w.burn_rate * 0.9 && severityRank(w.severity) > severityRank(hold))
      hold = w.severity;
  }
  return seen ? { raw, hold, value } : null;
}
function evaluateSlo(slo, ctx) {
  const labels = { alertname: "SLOBurnRate", slo: slo.name, ...slo.labels };
  const fp = fingerprint(labels);
  const budget = 1 - slo.objective / 100;
  const ts = ctx.data?.timeseries;
  const steps = [];
  const details = [
    `Objective: ${slo.objective}% of recorded requests succeed (error budget ${(budget * 100).toFixed(3)}%).`
  ];
  if (ts) {
    const stepMs = ts.stepSeconds * 1e3;
    const k = (ms) => Math.max(1, Math.round(ms / Math.max(1, stepMs)));
    const burns = slo.windows.map((w) => ({
      long: windowedRatio(ts.series.errors, ts.series.requests, k(w.long)).map(
        (r2) => r2 === null ? null : r2 / budget
      ),
      short: windowedRatio(ts.series.errors, ts.series.requests, k(w.short)).map(
        (r2) => r2 === null ? null : r2 / budget
      )
    }));
    const n = completeCount(ts, ctx.now);
    const start = Date.parse(ts.start);
    for (let i = 0; i < n; i++)
      steps.push({
        start: start + i * stepMs,
        end: start + (i + 1) * stepMs,
        signal: burnSignal(slo, burns, i)
      });
    for (const [j, w] of slo.windows.entries()) {
      const long = burns[j]?.long[n - 1] ?? null;
      const short = burns[j]?.short[n - 1] ?? null;
      details.push(
        `${w.severity}: burn rate \u2265 ${w.burn_rate}\xD7 over ${w.long / MINUTE_MS} min and ${w.short / MINUTE_MS} min; now ${fmtBurn(long)} and ${fmtBurn(short)}.`
      );
    }
    const day = windowedRatio(ts.series.errors, ts.series.requests, n)[n - 1] ?? null;
    if (day !== null)
      details.push(
        `Availability over the series (${Math.round(n * stepMs / HOUR_MS)} h): ${((1 - day) * 100).toFixed(3)}%.`
      );
  }
  const prev = ctx.previous.get(fp);
  const r = replay(steps, {
    forMs: 0,
    keepFiringForMs: 0,
    noData: "keep_last",
    lowest: "warning",
    initial: carriedState(prev, steps[0]?.start ?? ctx.now)
  });
  const level = slo.windows.find((w) => w.severity === r.level) ?? slo.windows.at(-1);
  return {
    fingerprint: fp,
    alertname: "SLOBurnRate",
    kind: "slo",
    labels,
    status: r.level ? "firing" : r.sawData ? "inactive" : "nodata",
    severity: r.level,
    since: r.since,
    value: r.value,
    threshold: level?.burn_rate ?? null,
    unit: "multiple",
    metric: "burn_rate",
    summary: `SLO '${slo.name}' (${slo.objective}%) error budget burning at ${fmtBurn(r.value)}`,
    description: null,
    runbookUrl: null,
    details,
    endedEpisodes: r.episodes.filter(
      (e) => e.end !== null && e.end >= ctx.now - ctx.config.evaluation.lookback
    ),
    history: r.episodes.map((e) => ({ from: e.start, to: e.end })),
    cooldownMs: {
      warning: cooldownFor(slo, "slo", "warning"),
      critical: cooldownFor(slo, "slo", "critical")
    },
    reopenWindowMs: ctx.config.issues.reopen_window,
    period: null,
    traffic: false,
    suppressedBy: null
  };
}
function fmtBurn(v) {
  return v === null ? "no data" : `${v.toFixed(1)}\xD7`;
}

// action/src/core/alerts/silence.ts
var WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
function maintenanceActive(m, now) {
  if (m.starts_at && m.ends_at) return Date.parse(m.starts_at) <= now && now < Date.parse(m.ends_at);
  const w = m.weekly;
  if (!w) return false;
  const [hh, mm] = w.start.split(":").map(Number);
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  for (let back = 0; back * DAY_MS <= w.duration + DAY_MS; back++) {
    const day = today - back * DAY_MS;
    const start = day + ((hh ?? 0) * 60 + (mm ?? 0)) * MINUTE_MS;
    const weekday = WEEKDAYS[new Date(day).getUTCDay()] ?? "";
    if (w.days.includes(weekday) && start <= now && now < start + w.duration) return true;
  }
  return false;
}
function suppressionFor(labels, severity, silences, maintenance, now) {
  const withSeverity = { ...labels, severity: severity ?? "" };
  for (const s of silences) {
    if (Date.parse(s.starts_at) <= now && now < Date.parse(s.ends_at) && matchesAll(s.matchers, withSeverity))
      return `silenced until ${s.ends_at}${s.comment ? ` (${s.comment})` : ""}`;
  }
  for (const m of maintenance) {
    if (severity && !m.severities.includes(severity)) continue;
    if (maintenanceActive(m, now) && matchesAll(m.matchers, withSeverity))
      return `maintenance window '${m.name}'`;
  }
  return null;
}

// action/src/core/alerts/evaluate.ts
var COLLECTOR_UNREACHABLE = "CollectorUnreachable";
function evaluate(ctx) {
  const all = [
    ...ctx.config.rules.map((r) => evaluateRule(r, ctx)),
    ...ctx.config.budgets.map((b) => evaluateBudget(b, ctx)),
    ...ctx.config.slos.map((s) => evaluateSlo(s, ctx)),
    collectorAlert(ctx)
  ];
  for (const a of all) {
    a.suppressedBy = suppressionFor(
      a.labels,
      a.severity,
      ctx.config.silences,
      ctx.config.maintenance,
      ctx.now
    );
  }
  return all;
}
function collectorAlert(ctx) {
  const labels = { alertname: COLLECTOR_UNREACHABLE };
  const fp = fingerprint(labels);
  const prev = ctx.previous.get(fp);
  const failing = ctx.scrapeError !== null;
  const since = failing ? prev?.status === "firing" ? prev.since : ctx.now : null;
  return {
    fingerprint: fp,
    alertname: COLLECTOR_UNREACHABLE,
    kind: "meta",
    labels,
    status: failing ? "firing" : "inactive",
    severity: failing ? "critical" : null,
    since,
    value: null,
    threshold: null,
    unit: "count",
    metric: "scrape",
    summary: "The collector could not be scraped; other alerts are frozen until it answers",
    description: null,
    runbookUrl: null,
    details: ctx.scrapeError ? [`Last error: ${neutralize(ctx.scrapeError, 500)}`] : [],
    endedEpisodes: [],
    history: since !== null ? [{ from: since, to: null }] : [],
    cooldownMs: { warning: HOUR_MS, critical: HOUR_MS },
    reopenWindowMs: ctx.config.issues.reopen_window,
    period: null,
    traffic: false,
    suppressedBy: null
  };
}

// action/src/core/notify/hand-closed.ts
function handClosedFiring(issue) {
  return issue.state === "closed" && issue.alert?.status === "firing" && issue.alert.duplicateOf === null;
}
function heldByHandClose(e, closed, now) {
  return closed.find((c) => {
    if (c.fingerprint !== e.fingerprint || !handClosedFiring(c)) return false;
    const closedAt = Date.parse(c.closedAt ?? c.updatedAt);
    return e.since === null || e.since >= now || e.since <= closedAt;
  });
}
function planHandClosedResolved(e, closed, now) {
  const held = closed.find((c) => c.fingerprint === e.fingerprint && handClosedFiring(c));
  const st = held?.alert;
  if (!held || !st) return [];
  const at = new Date(now).toISOString();
  const state = { ...st, status: "resolved", resolvedAt: at, updatedAt: at };
  return [
    {
      reason: "record",
      fingerprint: e.fingerprint,
      alertname: e.alertname,
      issue: held.number,
      patch: { body: replaceState(held.body, state) },
      note: `#${held.number} was closed by hand while firing; the alert has now resolved`
    }
  ];
}

// action/src/core/alerts/flap.ts
function flapPercent(intervals, now, windowMs) {
  const samples = 21;
  const stateAt = (t) => intervals.some((iv) => iv.from <= t && (iv.to === null || t < iv.to));
  let previous = stateAt(now - windowMs);
  let weighted = 0;
  for (let k = 1; k < samples; k++) {
    const current = stateAt(now - windowMs + k * windowMs / (samples - 1));
    if (current !== previous) weighted += 0.8 + 0.4 * (k - 1) / (samples - 2);
    previous = current;
  }
  return weighted / (samples - 1) * 100;
}
function mergeIntervals(...lists) {
  const all = lists.flat().sort((a, b) => a.from - b.from);
  const out = [];
  for (const iv of all) {
    const last = out.at(-1);
    if (last && (last.to === null || iv.from <= last.to)) {
      last.to = last.to === null || iv.to === null ? null : Math.max(last.to, iv.to);
    } else out.push({ ...iv });
  }
  return out;
}

// action/src/core/issues/issue-state.ts
var FLAPPING_LABEL = "flapping";
var SEVERITY_PREFIX = "severity:";
var KEEP_EPISODES = 20;
var KEEP_EPISODES_MS = 7 * DAY_MS;
function desiredLabels(current, identity, severity, flapping, extra = []) {
  const kept = current.filter(
    (l) => !l.startsWith(SEVERITY_PREFIX) && l !== FLAPPING_LABEL && l !== identity
  );
  const out = [
    identity,
    `${SEVERITY_PREFIX}${severity}`,
    ...flapping ? [FLAPPING_LABEL] : [],
    ...kept,
    ...extra
  ];
  return [...new Set(out)];
}
function storedIntervals(state) {
  return (state?.episodes ?? []).map((e) => ({
    from: Date.parse(e.from),
    to: e.to ? Date.parse(e.to) : null
  }));
}
function knownIntervals(e, issues) {
  return mergeIntervals(e.history, ...issues.map((i) => storedIntervals(i.alert)));
}
function nextState(e, prev, change, now) {
  const iso = (ms) => new Date(ms).toISOString();
  const lastNotified = { ...prev?.lastNotified ?? {} };
  if (change.notified) lastNotified[change.notified] = iso(now);
  const episodes = change.intervals.filter((iv) => iv.to === null || iv.to >= now - KEEP_EPISODES_MS).slice(-KEEP_EPISODES).map((iv) => ({ from: iso(iv.from), to: iv.to === null ? null : iso(iv.to) }));
  return {
    fingerprint: e.fingerprint,
    alertname: e.alertname,
    kind: e.kind,
    labels: e.labels,
    status: change.status,
    severity: change.severity,
    since: iso(change.since),
    resolvedAt: change.resolvedAt === null ? null : iso(change.resolvedAt),
    lastNotified,
    episodes,
    flapping: change.flapping,
    duplicateOf: change.duplicateOf ?? prev?.duplicateOf ?? null,
    period: e.period,
    updatedAt: iso(now),
    ...prev?.notify ? { notify: prev.notify } : {}
  };
}
function closeIntervals(intervals, at) {
  return intervals.map((iv) => iv.to === null ? { ...iv, to: Math.max(iv.from, at) } : iv);
}
function openInterval(intervals, from) {
  return intervals.some((iv) => iv.to === null) ? [...intervals] : mergeIntervals(intervals, [{ from, to: null }]);
}
function cooledDown(state, level, cooldownMs, now) {
  const last = state?.lastNotified[level];
  return !last || now - Date.parse(last) >= cooldownMs;
}

// action/src/core/issues/plan.ts
function flapState(intervals, wasFlapping, ctx) {
  const f = ctx.config.evaluation.flapping;
  const pct = flapPercent(intervals, ctx.now, f.window);
  return { pct, flapping: wasFlapping ? pct >= f.low : pct >= f.high };
}
function flapCommentFor(pct, ctx) {
  const f = ctx.config.evaluation.flapping;
  return comments.flapping(pct, f.window, f.low);
}
function renderPatch(e, state, ctx, labels) {
  const body = renderBody(e, state, ctx.now, ctx.clients);
  return state.status === "resolved" ? { body, labels } : { title: renderTitle(e), body, labels };
}
function isDuplicate(issue) {
  return !!issue.alert?.duplicateOf || issue.stateReason === "not_planned" || issue.stateReason === "duplicate";
}

// action/src/core/issues/plan-firing.ts
function planFiring(e, sev, issue, ctx) {
  if (issue) return planFiringOnOpen(e, sev, issue, ctx);
  if (ctx.closed === null) return null;
  if (heldByHandClose(e, ctx.closed, ctx.now)) return [];
  const since = e.since ?? ctx.now;
  const candidate = reopenCandidate(e, ctx.closed, ctx.now);
  const intervals = openInterval(knownIntervals(e, candidate ? [candidate] : []), since);
  const prevFlapping = candidate?.alert?.flapping ?? false;
  const flap = flapState(intervals, prevFlapping, ctx);
  const flapComment = flap.flapping && !prevFlapping ? flapCommentFor(flap.pct, ctx) : void 0;
  if (candidate) return [planReopen(e, sev, candidate, { flap, flapComment, intervals, since }, ctx)];
  return [planOpen(e, sev, { flap, flapComment, intervals, since }, ctx)];
}
function planReopen(e, sev, candidate, f, ctx) {
  const st = candidate.alert;
  const resolved = st?.resolvedAt || (candidate.closedAt ?? candidate.updatedAt);
  const quiet = ctx.now - Date.parse(resolved);
  const allowed = cooledDown(st, sev, e.cooldownMs[sev], ctx.now);
  const comment = f.flapComment ?? (!f.flap.flapping && allowed ? comments.refired(e, sev, quiet) : void 0);
  const state = nextState(
    e,
    st,
    {
      status: "firing",
      severity: sev,
      since: f.since,
      resolvedAt: null,
      notified: comment ? sev : void 0,
      flapping: f.flap.flapping,
      intervals: f.intervals
    },
    ctx.now
  );
  const labels = desiredLabels(candidate.labels, ctx.config.issues.label, sev, f.flap.flapping);
  return {
    fingerprint: e.fingerprint,
    alertname: e.alertname,
    reason: "reopen",
    issue: candidate.number,
    patch: { ...renderPatch(e, state, ctx, labels), state: "open", stateReason: "reopened" },
    ...comment ? { comment } : {},
    note: `reopen #${candidate.number} (${sev})${comment ? "" : " without a comment (cooldown or flapping)"}`
  };
}
function planOpen(e, sev, f, ctx) {
  const state = nextState(
    e,
    null,
    {
      status: "firing",
      severity: sev,
      since: f.since,
      resolvedAt: null,
      notified: sev,
      flapping: f.flap.flapping,
      intervals: f.intervals
    },
    ctx.now
  );
  const labels = desiredLabels([], ctx.config.issues.label, sev, f.flap.flapping, ctx.config.issues.labels);
  const patch = renderPatch(e, state, ctx, labels);
  return {
    fingerprint: e.fingerprint,
    alertname: e.alertname,
    reason: "open",
    issue: null,
    create: { title: patch.title ?? "", body: patch.body ?? "", labels },
    ...f.flapComment ? { comment: f.flapComment } : {},
    note: `open a ${sev} issue`
  };
}
function planFiringOnOpen(e, sev, issue, ctx) {
  const st = issue.alert;
  const since = e.since ?? ctx.now;
  const base = { fingerprint: e.fingerprint, alertname: e.alertname, issue: issue.number };
  const intervals = openInterval(
    knownIntervals(e, [issue]),
    st?.status === "firing" ? Date.parse(st.since) : since
  );
  const was = st?.flapping ?? false;
  const flap = flapState(intervals, was, ctx);
  const labels = desiredLabels(issue.labels, ctx.config.issues.label, sev, flap.flapping);
  if (!st) {
    const state2 = nextState(
      e,
      null,
      { status: "firing", severity: sev, since, resolvedAt: null, flapping: flap.flapping, intervals },
      ctx.now
    );
    const note = `#${issue.number}: state block unreadable, rewritten`;
    return [{ ...base, reason: "refresh", patch: renderPatch(e, state2, ctx, labels), note }];
  }
  const refire = st.status === "resolved";
  const sevChange = st.severity !== sev;
  if (!refire && !sevChange && flap.flapping === was) return [];
  const { comment, held } = firingComment(e, sev, st, { flap, was, sevChange }, ctx);
  const state = nextState(
    e,
    st,
    {
      status: "firing",
      severity: sev,
      since: refire ? since : Date.parse(st.since),
      resolvedAt: null,
      notified: comment && (sevChange || refire) ? sev : void 0,
      flapping: flap.flapping,
      intervals
    },
    ctx.now
  );
  const reason = firingReason(sev, sevChange, refire, flap.flapping);
  return [
    {
      ...base,
      reason,
      patch: renderPatch(e, state, ctx, labels),
      ...comment ? { comment } : {},
      note: `${reason} #${issue.number} (${st.severity} \u2192 ${sev})${held ? ", comment held back by cooldown" : ""}${flap.flapping ? ", flapping" : ""}`
    }
  ];
}
function firingComment(e, sev, st, change, ctx) {
  const { flap, was, sevChange } = change;
  if (flap.flapping && !was) return { comment: flapCommentFor(flap.pct, ctx), held: false };
  if (!flap.flapping && was) return { comment: comments.settled(flap.pct, false), held: false };
  if (flap.flapping) return { comment: void 0, held: false };
  if (!cooledDown(st, sev, e.cooldownMs[sev], ctx.now)) return { comment: void 0, held: true };
  if (sevChange)
    return { comment: sev === "critical" ? comments.escalated(e) : comments.deescalated(e), held: false };
  return {
    comment: comments.refired(e, sev, ctx.now - Date.parse(st.resolvedAt ?? st.updatedAt)),
    held: false
  };
}
function firingReason(sev, sevChange, refire, flapping) {
  if (sevChange) return sev === "critical" ? "escalate" : "deescalate";
  if (refire) return "refire";
  return flapping ? "flapping" : "settle";
}
function reopenCandidate(e, closed, now) {
  return closed.filter((c) => c.fingerprint === e.fingerprint && !isDuplicate(c) && c.closedAt).filter((c) => now - Date.parse(c.closedAt ?? "") <= e.reopenWindowMs).sort((a, b) => Date.parse(b.closedAt ?? "") - Date.parse(a.closedAt ?? ""))[0];
}

// action/src/core/issues/plan-inactive.ts
function planInactive(e, issue, ctx) {
  if (issue) return planResolve(e, issue, ctx);
  const handClosed = ctx.closed ? planHandClosedResolved(e, ctx.closed, ctx.now) : [];
  if (handClosed.length > 0) return handClosed;
  if (e.endedEpisodes.length === 0) return [];
  if (ctx.closed === null) return null;
  return planMissed(e, ctx.closed, ctx);
}
function planResolve(e, issue, ctx) {
  const st = issue.alert;
  const base = { fingerprint: e.fingerprint, alertname: e.alertname, issue: issue.number };
  const lastEnd = e.history.at(-1)?.to ?? null;
  const resolvedAt = st?.status === "resolved" && st.resolvedAt ? Date.parse(st.resolvedAt) : lastEnd ?? ctx.now;
  const since = st ? Date.parse(st.since) : Date.parse(issue.createdAt);
  const severity = st?.severity ?? "warning";
  const intervals = closeIntervals(knownIntervals(e, [issue]), resolvedAt);
  const was = st?.flapping ?? false;
  const flap = flapState(intervals, was, ctx);
  const state = nextState(
    e,
    st,
    { status: "resolved", severity, since, resolvedAt, flapping: flap.flapping, intervals },
    ctx.now
  );
  const labels = desiredLabels(issue.labels, ctx.config.issues.label, severity, flap.flapping);
  if (flap.flapping) {
    if (st?.status === "resolved" && was) return [];
    return [
      {
        ...base,
        reason: "flapping",
        patch: renderPatch(e, state, ctx, labels),
        ...was ? {} : { comment: flapCommentFor(flap.pct, ctx) },
        note: `#${issue.number} cleared but flapping: kept open`
      }
    ];
  }
  const comment = was ? comments.settled(flap.pct, true) : comments.resolved(e, resolvedAt - since);
  return [
    {
      ...base,
      reason: was ? "settle" : "resolve",
      comment,
      commentFirst: true,
      patch: { ...renderPatch(e, state, ctx, labels), state: "closed", stateReason: "completed" },
      note: `resolve and close #${issue.number}`
    }
  ];
}
function planMissed(e, closed, ctx) {
  const related = closed.filter((c) => c.fingerprint === e.fingerprint && !isDuplicate(c));
  const known = related.flatMap((c) => storedIntervals(c.alert));
  const uncovered = e.endedEpisodes.filter(
    (ep) => !known.some((iv) => iv.from <= (ep.end ?? ctx.now) && (iv.to === null || iv.to >= ep.start))
  );
  const last = uncovered.at(-1);
  if (!last) return [];
  const severity = uncovered.some((ep) => ep.peak === "critical") ? "critical" : "warning";
  const latest = [...related].sort((a, b) => b.number - a.number)[0];
  const intervals = knownIntervals(e, latest ? [latest] : []);
  const state = nextState(
    e,
    latest?.alert ?? null,
    {
      status: "resolved",
      severity,
      since: last.start,
      resolvedAt: last.end ?? ctx.now,
      flapping: false,
      intervals
    },
    ctx.now
  );
  const extra = latest ? [] : ctx.config.issues.labels;
  const labels = desiredLabels(latest?.labels ?? [], ctx.config.issues.label, severity, false, extra);
  const patch = renderPatch(e, state, ctx, labels);
  const base = {
    fingerprint: e.fingerprint,
    alertname: e.alertname,
    reason: "record",
    comment: comments.missed(uncovered)
  };
  const n = uncovered.length;
  if (latest)
    return [
      { ...base, issue: latest.number, patch, note: `record ${n} missed episode(s) on #${latest.number}` }
    ];
  return [
    {
      ...base,
      issue: null,
      // A resolved patch keeps the issue's title; a new issue needs one.
      create: { title: patch.title ?? renderTitle(e), body: patch.body ?? "", labels },
      patch: { state: "closed", stateReason: "completed" },
      note: `record ${n} missed episode(s) in a new closed issue`
    }
  ];
}

// action/src/core/issues/reconcile.ts
function reconcile(input) {
  const ctx = { ...input, clients: input.clients ?? [] };
  const canonical = canonicalOpen(input.open);
  const actions = planDuplicates(input.open);
  let needsClosedSince = null;
  for (const e of input.evals) {
    if (e.suppressedBy || e.status === "nodata") continue;
    const issue = canonical.get(e.fingerprint);
    const planned = e.status === "firing" && e.severity ? planFiring(e, e.severity, issue, ctx) : planInactive(e, issue, ctx);
    if (planned === null) {
      const since = input.now - Math.max(e.reopenWindowMs, input.config.evaluation.lookback);
      needsClosedSince = Math.min(needsClosedSince ?? since, since);
    } else actions.push(...planned);
  }
  actions.push(...planRetirements(input.evals, canonical, input.now));
  return { actions, needsClosedSince: input.closed === null ? needsClosedSince : null };
}
function canonicalOpen(open) {
  const out = /* @__PURE__ */ new Map();
  for (const issue of [...open].sort((a, b) => a.number - b.number)) {
    if (issue.alert?.duplicateOf) continue;
    if (!out.has(issue.fingerprint)) out.set(issue.fingerprint, issue);
  }
  return out;
}

// action/src/core/issues/summary.ts
var usd = (v) => formatValue(v, "usd");
function renderSummary(s) {
  const firing = s.evals.filter((e) => e.status === "firing");
  const critical = firing.filter((e) => e.severity === "critical").length;
  const headline = [
    `${firing.length} firing (${critical} critical, ${firing.length - critical} warning)`,
    s.health ? `health ${s.health.score}/100` : "health unknown",
    s.cost ? `projected ${usd(s.cost.projected.cost)} for ${s.cost.month}` : "cost unknown"
  ].join(" \xB7 ");
  return [
    "## pathwatch monitor",
    "",
    headline,
    "",
    ...s.scrapeError ? [`> **The collector could not be scraped:** ${neutralize(s.scrapeError, 500)}`, ""] : [],
    ...alertsSection(firing, s),
    ...costSection(s.cost),
    ...healthSection(s.health),
    ...issuesSection(s),
    ...foreignSection(s)
  ].join("\n");
}
function alertsSection(firing, s) {
  if (firing.length === 0) return ["### Alerts", "", "No alert is firing.", ""];
  const rows = [...firing].sort(
    (a, b) => a.severity === b.severity ? a.alertname.localeCompare(b.alertname) : a.severity === "critical" ? -1 : 1
  ).map((e) => {
    const link = s.issueLinks.get(e.fingerprint);
    const issue = link ? `[#${link.number}](${link.url})` : e.suppressedBy ? neutralize(e.suppressedBy) : "";
    const since = e.since === null ? "" : formatDuration(s.now - e.since);
    return `| ${e.severity} | ${neutralize(e.alertname, 80)} | ${neutralize(formatValue(e.value, e.unit))} | ${neutralize(formatValue(e.threshold, e.unit))} | ${since} | ${issue} |`;
  });
  return [
    "### Alerts",
    "",
    "| Severity | Alert | Value | Threshold | Firing for | Issue |",
    "|---|---|---|---|---|---|",
    ...rows,
    ""
  ];
}
function costSection(cost) {
  if (!cost) return [];
  const top = [...cost.breakdown].sort((a, b) => b.grossProjectedCost - a.grossProjectedCost).slice(0, 5);
  return [
    `### Cost (${cost.month})`,
    "",
    "| Month to date | Projected | Range | Confidence | Trend |",
    "|---:|---:|---|---:|---|",
    `| ${usd(cost.monthToDate.cost)} | ${usd(cost.projected.cost)} | ${usd(cost.projected.low)}\u2013${usd(cost.projected.high)} | ${Math.round(cost.projected.confidence * 100)}% | ${cost.trend} |`,
    "",
    "| Component | Projected use | Billed | Share of list price |",
    "|---|---:|---:|---:|",
    ...top.map(
      (c) => `| ${c.label} | ${Math.round(c.projected).toLocaleString("en-US")} ${c.unit} | ${usd(c.projectedCost)} | ${c.grossPercent}% |`
    ),
    "",
    ...cost.anomalies.length ? [
      "Anomalies:",
      ...cost.anomalies.map((a) => `- ${a.date} ${a.series}: ${a.direction}, z = ${a.z}`),
      ""
    ] : [],
    ...cost.recommendations.length ? ["Recommendations:", ...cost.recommendations.map((r) => `- **${r.title}.** ${r.detail}`), ""] : [],
    `<sub>Cloudflare ${cost.prices.plan} list prices as of ${cost.prices.asOf}; plan fee ${usd(cost.subscription)}/month not included. Not measured: ${cost.notMeasured.join(", ")}.</sub>`,
    ""
  ];
}
function healthSection(h) {
  if (!h) return [];
  const v = h.violations.map(
    (x) => `- ${x.type}: ${x.current.toPrecision(3)} over ${x.threshold} (${x.severity})`
  );
  return [
    "### Health",
    "",
    `Score **${h.score}/100** (latency ${h.components.latency}, errors ${h.components.errors}, utilization ${h.components.utilization}). SLA ${h.compliant ? "compliant" : "not met"}.`,
    ...v.length ? ["", ...v] : [],
    ""
  ];
}
function actionNote(note) {
  return neutralize(note, 200).replace(/\\#&#8203;(\d+)/g, "#$1");
}
function issuesSection(s) {
  const suppressed = s.evals.filter((e) => e.suppressedBy && e.status === "firing");
  return [
    "### Issues",
    "",
    `${neutralize(s.tracker, 200)}: ${s.actions.length} change(s) ${s.applied ? "applied" : "planned (dry run)"}; ${s.api.apiCalls} GitHub API call(s), ${s.api.notModified} answered 304.`,
    ...s.actions.length ? ["", ...s.actions.map((a) => `- ${neutralize(a.alertname, 80)}: ${actionNote(a.note)}`)] : [],
    ...suppressed.length ? [
      "",
      "Suppressed:",
      ...suppressed.map((e) => `- ${neutralize(e.alertname, 80)}: ${neutralize(e.suppressedBy ?? "")}`)
    ] : [],
    ""
  ];
}
function foreignSection(s) {
  const foreign = s.foreign ?? [];
  if (foreign.length === 0) return [];
  const rows = foreign.map(
    (i) => `- [#${i.number}](${encodeURI(i.url)}) by ${neutralize(i.author ?? "unknown", 60)}: ${neutralize(i.title, 120)}`
  );
  return [
    "### Possible forgeries",
    "",
    `These issues carry pathwatch's marker but were not opened by ${neutralize(s.owner ?? "pathwatch", 60)}; they were left untouched.`,
    "",
    ...rows,
    ""
  ];
}

// action/src/core/notify/annotate.ts
var RUNBOOK_HEADINGS = {
  DailyDoRequestsHigh: "DailyDoRequestsHigh",
  ErrorRateHigh: "ErrorRateHigh",
  P95LatencyHigh: "P95LatencyHigh",
  ActiveHoursPerDoHigh: "ActiveHoursPerDoHigh / ActiveHoursTotalHigh",
  ActiveHoursTotalHigh: "ActiveHoursPerDoHigh / ActiveHoursTotalHigh",
  CostPerRequestHigh: "CostPerRequestHigh",
  CostBudget: "CostBudget",
  SLOBurnRate: "SLOBurnRate",
  CollectorUnreachable: "CollectorUnreachable",
  CircuitBreakerOpen: "CircuitBreakerOpen",
  JournalBacklog: "JournalBacklog / JournalOldestEventOld",
  JournalOldestEventOld: "JournalBacklog / JournalOldestEventOld",
  IngestRefusalsHigh: "IngestRefusalsHigh",
  MaintenanceJobFailed: "MaintenanceJobFailed / MaintenanceJobOverdue",
  MaintenanceJobOverdue: "MaintenanceJobFailed / MaintenanceJobOverdue",
  CostGrowthRapid: "CostGrowthRapid / CostGrowthWeekly",
  CostGrowthWeekly: "CostGrowthRapid / CostGrowthWeekly",
  QuarterForecastOverBudget: "QuarterForecastOverBudget"
};
function headingAnchor(heading) {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}
function runbookUrlFor(alertname, runbooksUrl) {
  const heading = RUNBOOK_HEADINGS[alertname];
  return heading && runbooksUrl ? `${runbooksUrl}#${headingAnchor(heading)}` : null;
}
function annotateEvals(evals, open, runbooksUrl, now) {
  const silenced = /* @__PURE__ */ new Map();
  for (const issue of open) {
    const n = notifyStateOf(issue.alert);
    if (silencedAt(n, now))
      silenced.set(
        issue.fingerprint,
        `silenced from the issue until ${n.silence?.until} by ${n.silence?.by}`
      );
  }
  for (const e of evals) {
    e.suppressedBy ??= silenced.get(e.fingerprint) ?? null;
    e.runbookUrl ??= runbookUrlFor(e.alertname, runbooksUrl);
  }
}

// action/src/core/notify/summary.ts
var cell = (s) => neutralize(s, 200);
function renderNotifySummary(r) {
  if (r.deliveries.length === 0 && r.held.length === 0 && r.yielded.length === 0) return "";
  const failed = r.deliveries.filter((d) => !d.ok);
  const lines = [
    "",
    "### Notifications",
    "",
    `${r.deliveries.length - failed.length} delivered, ${failed.length} failed (retried on the next run).`,
    ""
  ];
  if (r.deliveries.length > 0) {
    lines.push("| Channel | Alert | Issue | Event | Result |", "|---|---|---:|---|---|");
    for (const d of r.deliveries) {
      const result = d.ok ? `ok (${d.attempts} attempt${d.attempts === 1 ? "" : "s"})` : `failed: ${cell(d.error ?? "")}`;
      lines.push(`| ${cell(d.channel)} | ${cell(d.alertname)} | #${d.issue} | ${d.transition} | ${result} |`);
    }
    lines.push("");
  }
  for (const h of r.held) lines.push(`- ${cell(h.alertname)} (#${h.number}): held, ${cell(h.reason)}`);
  for (const n of r.yielded) lines.push(`- #${n}: another run is delivering its notifications`);
  return `${lines.join("\n")}
`;
}

// action/src/monitor/apply.ts
async function applyPlan(tracker, actions, log, manages) {
  const created = [];
  const touched = /* @__PURE__ */ new Map();
  for (const a of actions) {
    let issue = null;
    let number = a.issue;
    if (number === null) {
      if (!a.create) continue;
      issue = await tracker.create(a.create);
      created.push(issue);
      number = issue.number;
    }
    if (a.comment && (a.commentFirst || a.issue === null)) await tracker.comment(number, a.comment);
    if (a.patch)
      issue = issue ? await tracker.update(number, a.patch) : await writeIssue(tracker, number, a.patch, "monitor");
    if (a.comment && !a.commentFirst && a.issue !== null) await tracker.comment(number, a.comment);
    if (issue) touched.set(a.fingerprint, { number, url: issue.url });
    log(`${a.alertname}: ${a.note}${a.issue === null ? ` (#${number})` : ""}`);
    const author = a.issue === null ? issue?.author ?? null : null;
    if (manages && author !== null && !await manages(author))
      return { created, touched, strayCreate: { number, author } };
  }
  return { created, touched, strayCreate: null };
}

// action/src/monitor/run.ts
function previousStates(open) {
  const out = /* @__PURE__ */ new Map();
  for (const [fp, issue] of canonicalOpen(open)) {
    const st = issue.alert;
    if (st) out.set(fp, { severity: st.severity, since: Date.parse(st.since), status: st.status });
  }
  return out;
}
async function runMonitor(opts) {
  const started = performance.now();
  const now = (opts.now ?? (() => /* @__PURE__ */ new Date()))();
  const log = opts.log ?? (() => {
  });
  const { config, tracker, collector } = opts;
  const label = config.issues.label;
  const { data, error } = await scrape(collector, config, now);
  if (error) log(`collector unreachable: ${error}`);
  const own = await readOwnIssues(tracker, label, opts.author);
  const { open } = own;
  let identityError = unconfirmedError(own);
  const hold = opts.dryRun || identityError !== null;
  if (own.foreign.length > 0)
    log(`left alone: ${own.foreign.length} marker-carrying issue(s) not opened by ${own.owner}`);
  const evals = evaluate({
    config,
    now: now.getTime(),
    data,
    scrapeError: error,
    previous: previousStates(open)
  });
  annotateEvals(evals, open, opts.notify?.runbooksUrl ?? null, now.getTime());
  const plan = await planIssues({ evals, own, config, now: now.getTime(), data, collector, log });
  const applied = await applyIssues({ tracker, dryRun: hold }, own, plan.actions, log);
  const { links } = applied;
  if (applied.stray) identityError = strayError(applied.stray, own.owner);
  const notify = opts.notify ? await runNotifications({
    ...opts.notify,
    config,
    tracker,
    issues: own,
    evals,
    dryRun: hold,
    now: () => now.getTime(),
    log
  }) : NO_NOTIFICATIONS;
  const health = data ? computeHealth(data.snapshot, config.sla, now) : null;
  const summary = renderSummary({
    evals,
    actions: plan.actions,
    applied: !hold,
    issueLinks: links,
    cost: data?.cost ?? null,
    health,
    scrapeError: error,
    tracker: tracker.name,
    api: tracker.stats(),
    now: now.getTime(),
    foreign: own.foreign,
    owner: own.owner
  });
  const heartbeat = opts.runId && !opts.dryRun ? await sendHeartbeat(collector, opts.runId, opts.warn ?? log) : null;
  return {
    evals,
    firing: evals.filter((e) => e.status === "firing"),
    actions: plan.actions,
    applied: !hold,
    cost: data?.cost ?? null,
    health,
    scrapeError: error,
    api: tracker.stats(),
    collectorRequests: collector.requests(),
    summary: identitySection(identityError) + summary + renderNotifySummary(notify),
    durationMs: Math.round(performance.now() - started),
    notify,
    owner: own.owner,
    foreign: own.foreign,
    heartbeat,
    identityError
  };
}
function unconfirmedError(own) {
  if (!own.unconfirmed) return null;
  const proof = `GET /user was refused, and every open alert issue was opened by ${own.unconfirmed}`;
  return identityMismatchMessage(own.unconfirmed, own.owner, proof);
}
function strayError(stray, owner) {
  const proof = `issue #${stray.number}, which this run opened, came back authored by ${stray.author}`;
  return identityMismatchMessage(stray.author, owner, proof);
}
function identitySection(error) {
  return error ? `> [!CAUTION]
> ${error}

` : "";
}
async function planIssues(p) {
  const base = { evals: p.evals, open: p.own.open, config: p.config, now: p.now };
  let closed = null;
  let plan = reconcile({ ...base, closed });
  if (plan.needsClosedSince !== null) {
    closed = await p.own.closedSince(new Date(plan.needsClosedSince));
    plan = reconcile({ ...base, closed });
  }
  const writesTraffic = plan.actions.some(
    (a) => p.evals.find((e) => e.fingerprint === a.fingerprint)?.traffic
  );
  if (!p.data || !writesTraffic) return plan;
  const clients = await clientContext(p.collector, p.data).catch((e) => {
    p.log(`top clients unavailable: ${e.message}`);
    return [];
  });
  return reconcile({ ...base, closed, clients });
}
async function applyIssues(opts, own, actions, log) {
  const links = new Map(
    [...canonicalOpen(own.open)].map(([fp, i]) => [fp, { number: i.number, url: i.url }])
  );
  if (opts.dryRun || actions.length === 0) return { links, stray: null };
  const result = await applyPlan(opts.tracker, actions, log, own.manages);
  for (const [fp, link] of result.touched) links.set(fp, link);
  if (result.created.length > 0 && !result.strayCreate)
    await sweepRaces(opts.tracker, own, new Set(result.created.map((i) => i.number)), log);
  return { links, stray: result.strayCreate };
}
async function sweepRaces(tracker, own, mine, log) {
  const open = await own.listOpen();
  const duplicates = planDuplicates(open).filter((a) => a.issue !== null && mine.has(a.issue));
  if (duplicates.length > 0) await applyPlan(tracker, duplicates, log);
}
async function sendHeartbeat(collector, runId, warn) {
  try {
    await collector.heartbeat({ runId, at: (/* @__PURE__ */ new Date()).toISOString() });
    return { sent: true, error: null };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    warn(`heartbeat not sent: ${error}`);
    return { sent: false, error };
  }
}

export {
  runMonitor
};
