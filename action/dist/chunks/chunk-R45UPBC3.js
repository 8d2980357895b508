import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  DEFAULT_PRICES,
  METERED_COMPONENTS,
  NOT_MEASURED,
  costOptionsFor,
  grossPrice,
  mergePrices,
  priceQuantity
} from "./chunk-UPQ3O4ES.js";
import {
  DAY_MS
} from "./chunk-5L6HU7UT.js";

// action/src/core/stats.ts
function mean(values) {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
function stdDev(values) {
  if (values.length < 2) return 0;
  const m = mean(values);
  let sq = 0;
  for (const v of values) sq += (v - m) ** 2;
  return Math.sqrt(sq / (values.length - 1));
}
function linearFit(xs, ys) {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return { intercept: 0, slope: 0, residualStd: 0 };
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    sxy += dx * ((ys[i] ?? 0) - my);
    sxx += dx * dx;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += ((ys[i] ?? 0) - (intercept + slope * (xs[i] ?? 0))) ** 2;
  return { intercept, slope, residualStd: n > 2 ? Math.sqrt(sse / (n - 2)) : 0 };
}
function clamp(value, lo, hi) {
  return Math.min(hi, Math.max(lo, value));
}
function round(value, decimals = 4) {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

// action/src/core/cost/usage-days.ts
var BYTES_PER_GB = 1e9;
function zeroQuantities() {
  return Object.fromEntries(METERED_COMPONENTS.map((k) => [k, 0]));
}
function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function daysInMonthOf(now) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
}
function quantitiesOf(day, storedBytes, fraction, monthDays) {
  return {
    workers_requests: day.workerRequests,
    do_requests: day.doRequests,
    do_duration: day.activeGbSeconds,
    sqlite_rows_read: day.rowsRead,
    sqlite_rows_written: day.rowsWritten,
    sqlite_storage: storedBytes / BYTES_PER_GB * fraction / monthDays,
    kv_reads: day.kvReads,
    kv_writes: day.kvWrites,
    r2_class_a: day.r2ClassA,
    r2_class_b: day.r2ClassB
  };
}
function buildCalendar(usage, now, maxDays = 60, periodDays = daysInMonthOf(now)) {
  const byDate = new Map(usage.map((u) => [u.date, u]));
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monthDays = periodDays;
  const dates = [...byDate.keys()].filter((d) => d <= isoDate(todayStart)).sort();
  const first = dates[0];
  if (!first) return [];
  const firstMs = Math.max(Date.parse(`${first}T00:00:00Z`), todayStart - (maxDays - 1) * DAY_MS);
  const days = [];
  let storedBytes = 0;
  for (let ms = firstMs; ms <= todayStart; ms += DAY_MS) {
    const date = isoDate(ms);
    const row = byDate.get(date) ?? null;
    if (row) storedBytes = row.storedBytes;
    const complete = ms < todayStart;
    const fraction = complete ? 1 : Math.min(1, Math.max(0, (now.getTime() - todayStart) / DAY_MS));
    const quantities = row ? quantitiesOf(row, storedBytes, fraction, monthDays) : zeroQuantities();
    if (!row) quantities.sqlite_storage = storedBytes / BYTES_PER_GB * fraction / monthDays;
    days.push({ date, complete, fraction, quantities, usage: row });
  }
  return days;
}

// action/src/core/cost/billing.ts
function shareOf(share) {
  if (share === void 0 || share === "all") return 1;
  if (share === "none") return 0;
  return Math.min(1, Math.max(0, share));
}
function applyAllowances(prices, config) {
  if (config === void 0 || config === "all") return prices;
  const items = { ...prices.items };
  for (const key of METERED_COMPONENTS) {
    const share = typeof config === "object" ? shareOf(config[key] ?? config.default) : shareOf(config);
    items[key] = { ...items[key], included: items[key].included * share };
  }
  return { ...prices, items };
}
function billingPeriod(now, day = 1) {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - (now.getUTCDate() < day ? 1 : 0);
  const startMs = Date.UTC(y, m, day);
  const endMs = Date.UTC(y, m + 1, day);
  const start = isoDate(startMs);
  return {
    start,
    end: isoDate(endMs),
    label: start.slice(0, 7),
    days: Math.round((endMs - startMs) / DAY_MS)
  };
}
function quarterPeriods(period, day = 1) {
  const start = /* @__PURE__ */ new Date(`${period.start}T00:00:00Z`);
  const q = Math.floor(start.getUTCMonth() / 3);
  const y = start.getUTCFullYear();
  const periods = [0, 1, 2].map((i) => billingPeriod(new Date(Date.UTC(y, q * 3 + i, day)), day));
  return { label: `${y}-Q${q + 1}`, periods };
}

// action/src/core/cost/cost-advice.ts
var MIN_REQUESTS = 1e4;
var pct = (x) => `${(x * 100).toFixed(1)}%`;
var int = (x) => Math.round(x).toLocaleString("en-US");
function saving(input, key, delta) {
  const item = input.prices.items[key];
  const q = input.projected[key];
  return round(priceQuantity(item, q) - priceQuantity(item, Math.max(0, q - delta)), 2);
}
function recommend(input) {
  const { start, end } = input.period;
  const days = input.calendar.filter((d) => d.date >= start && d.date < end && d.usage);
  const sum = (f) => days.reduce((a, d) => a + f(d), 0);
  const record = sum((d) => d.usage?.doRequestsByKind.record ?? 0);
  const report = sum((d) => d.usage?.doRequestsByKind.report ?? 0);
  const admin = sum((d) => d.usage?.doRequestsByKind.admin ?? 0);
  const doRequests = sum((d) => d.usage?.doRequests ?? 0);
  const rowsWritten = sum((d) => d.usage?.rowsWritten ?? 0);
  const out = [];
  const monthShare = doRequests > 0 ? input.projected.do_requests / doRequests : 0;
  if (record >= MIN_REQUESTS && report / record > 0.1) {
    out.push({
      id: "reporting-overhead",
      title: `Collector\u2192shard reports add ${pct(report / record)} DO requests`,
      detail: `${int(report)} report requests against ${int(record)} record requests this month. A longer FLUSH_INTERVAL_MS batches more deltas into each report; doubling it roughly halves them.`,
      estimatedMonthlySavings: saving(input, "do_requests", report * monthShare / 2)
    });
  }
  if (doRequests >= MIN_REQUESTS && admin / doRequests > 0.05) {
    out.push({
      id: "admin-reads",
      title: `Admin reads are ${pct(admin / doRequests)} of DO requests`,
      detail: `${int(admin)} admin DO requests this month. Scrape less often, or read the snapshot (one call per shard) instead of per-IP endpoints.`,
      estimatedMonthlySavings: saving(input, "do_requests", admin * monthShare / 2)
    });
  }
  const durationAdvice = adviseDuration(input, days);
  if (durationAdvice) out.push(durationAdvice);
  if (record >= MIN_REQUESTS && rowsWritten / record > 3) {
    const perRequest = rowsWritten / record;
    out.push({
      id: "rows-per-request",
      title: `${perRequest.toFixed(1)} SQLite rows written per recorded request`,
      detail: `${int(rowsWritten)} rows written for ${int(record)} recorded requests this month. Upserting one row per path and batching events per IP keeps this near 1.`,
      estimatedMonthlySavings: saving(
        input,
        "sqlite_rows_written",
        input.projected.sqlite_rows_written * (1 - 1 / perRequest)
      )
    });
  }
  const storage = adviseStorage(input);
  if (storage) out.push(storage);
  for (const key of ["do_requests", "do_duration", "sqlite_rows_written"]) {
    const on = input.exceedsIncludedOn[key];
    if (!on) continue;
    const item = input.prices.items[key];
    out.push({
      id: "allowance",
      title: `${item.label} will pass the included ${int(item.included)} ${item.unit}s around ${on}`,
      detail: `Projected ${int(input.projected[key])} ${item.unit}s this month at the current trend; beyond the included amount each ${int(item.per)} cost $${item.price}.`,
      estimatedMonthlySavings: null
    });
  }
  return out;
}
function adviseDuration(input, days) {
  const item = input.prices.items.do_duration;
  if (input.projected.do_duration <= item.included) return null;
  let busiest;
  for (const d of days) {
    if ((d.usage?.maxActiveSecondsPerObject ?? 0) > (busiest?.usage?.maxActiveSecondsPerObject ?? -1))
      busiest = d;
  }
  const hours = (busiest?.usage?.maxActiveSecondsPerObject ?? 0) / 3600;
  const activeHours = days.reduce((a, d) => a + (d.usage?.activeSeconds ?? 0), 0) / 3600;
  return {
    id: "duration",
    title: `DO duration is projected past the included ${int(item.included)} GB-s`,
    detail: `Objects were active ${activeHours.toFixed(1)} h this month; the busiest single object ran ${hours.toFixed(1)} h on ${busiest?.date ?? "n/a"}. Objects that hibernate (no open sockets, no pending timers) are not billed for idle time.`,
    estimatedMonthlySavings: null
  };
}
function adviseStorage(input) {
  const recent = input.calendar.filter((d) => d.complete && d.usage).slice(-14);
  if (recent.length < 3) return null;
  const xs = recent.map((d) => input.calendar.indexOf(d));
  const bytes = recent.map((d) => d.usage?.storedBytes ?? 0);
  const fit = linearFit(xs, bytes);
  const last = bytes.at(-1) ?? 0;
  if (fit.slope <= 0 || fit.slope < last * 0.01) return null;
  const mbPerDay = fit.slope / 1e6;
  const overIncluded = input.projected.sqlite_storage > input.prices.items.sqlite_storage.included;
  return {
    id: "storage-growth",
    title: `Stored data grows ${mbPerDay.toFixed(1)} MB/day`,
    detail: `${(last / 1e9).toFixed(3)} GB stored, growing ${pct(fit.slope / Math.max(1, last))} per day over ${recent.length} days. The cleanup and archive jobs move idle IPs to R2.`,
    estimatedMonthlySavings: overIncluded ? saving(
      input,
      "sqlite_storage",
      input.projected.sqlite_storage - input.prices.items.sqlite_storage.included
    ) : null
  };
}

// action/src/core/cost/cost-anomalies.ts
function costTrend(dailyCosts) {
  const last7 = dailyCosts.slice(-7);
  if (last7.length < 4) return { trend: "stable", change: null };
  const recent = mean(last7.slice(-3));
  const older = mean(last7.slice(0, -3));
  if (older === 0) return { trend: recent > 0 ? "increasing" : "stable", change: null };
  const change = (recent - older) / older;
  return { trend: change > 0.1 ? "increasing" : change < -0.1 ? "decreasing" : "stable", change };
}
function findAnomalies(daily, z, baselineDays) {
  const complete = daily.filter((d) => d.complete);
  const out = [];
  const series = [
    ["cost", (d) => d.grossCost],
    ["doRequests", (d) => d.doRequests],
    ["rowsWritten", (d) => d.rowsWritten]
  ];
  for (let i = Math.max(0, complete.length - 7); i < complete.length; i++) {
    const day = complete[i];
    const base = complete.slice(Math.max(0, i - baselineDays), i);
    if (!day || base.length < 7) continue;
    for (const [name, pick] of series) {
      const values = base.map(pick);
      const m = mean(values);
      const s = Math.max(stdDev(values), Math.abs(m) * 0.05, 1e-9);
      const score = (pick(day) - m) / s;
      if (Math.abs(score) < z) continue;
      out.push({
        date: day.date,
        series: name,
        value: round(pick(day), 6),
        mean: round(m, 6),
        std: round(s, 6),
        z: round(score, 2),
        direction: score > 0 ? "spike" : "drop"
      });
    }
  }
  return out;
}

// action/src/core/cost/cost-overhead.ts
function overheadShares(calendar, periodStart) {
  const period = { overhead: 0, all: 0 };
  const whole = { overhead: 0, all: 0 };
  for (const day of calendar) {
    const u = day.usage;
    if (!u) continue;
    const overhead = u.doRequestsByKind.report + u.doRequestsByKind.admin + u.doRequestsByKind.job;
    whole.overhead += overhead;
    whole.all += u.doRequests;
    if (day.date < periodStart) continue;
    period.overhead += overhead;
    period.all += u.doRequests;
  }
  const basis = period.all > 0 ? period : whole;
  return { sofar: period.overhead, share: basis.all > 0 ? clamp(basis.overhead / basis.all, 0, 1) : 0 };
}
function splitOverhead(rows, item, shares) {
  return rows.flatMap((row) => {
    if (row.component !== "do_requests") return [row];
    const sofar = Math.min(shares.sofar, row.monthToDate);
    const projected = sofar + Math.max(0, row.projected - row.monthToDate) * shares.share;
    const traffic = {
      ...row,
      label: item.label,
      monthToDate: round(row.monthToDate - sofar, 6),
      projected: round(row.projected - projected, 6),
      mtdCost: round(priceQuantity(item, row.monthToDate - sofar), 4),
      projectedCost: round(priceQuantity(item, row.projected - projected), 4),
      grossProjectedCost: round(grossPrice(item, row.projected - projected), 4)
    };
    const overhead = {
      ...row,
      component: "pathwatch_overhead",
      // Reports, admin reads and jobs: short, the dashboard's table is narrow.
      label: "pathwatch overhead",
      included: 0,
      monthToDate: round(sofar, 6),
      projected: round(projected, 6),
      mtdCost: round(row.mtdCost - traffic.mtdCost, 4),
      projectedCost: round(row.projectedCost - traffic.projectedCost, 4),
      grossProjectedCost: round(row.grossProjectedCost - traffic.grossProjectedCost, 4),
      exceedsIncludedOn: null
    };
    return [traffic, overhead];
  });
}

// action/src/core/cost/cost-breakdown.ts
function buildBreakdown(input) {
  const { prices, mtd, projected, forecast, calendar, periodStart } = input;
  const rows = METERED_COMPONENTS.map((key) => {
    const item = prices.items[key];
    return {
      component: key,
      label: item.label,
      unit: item.unit,
      included: item.included,
      monthToDate: round(mtd[key], 6),
      projected: round(projected[key], 6),
      mtdCost: round(priceQuantity(item, mtd[key]), 4),
      projectedCost: round(priceQuantity(item, projected[key]), 4),
      grossProjectedCost: round(grossPrice(item, projected[key]), 4),
      percent: 0,
      grossPercent: 0,
      exceedsIncludedOn: crossingDate(mtd[key], item.included, forecast.components[key].perDay, calendar)
    };
  });
  const out = splitOverhead(rows, prices.items.do_requests, overheadShares(calendar, periodStart));
  const net = out.reduce((a, r) => a + r.projectedCost, 0);
  const gross = out.reduce((a, r) => a + r.grossProjectedCost, 0);
  for (const r of out) {
    r.percent = net > 0 ? round(r.projectedCost / net * 100, 2) : 0;
    r.grossPercent = gross > 0 ? round(r.grossProjectedCost / gross * 100, 2) : 0;
  }
  return out;
}
function crossingDate(sofar, included, perDay, calendar) {
  const today = calendar.at(-1);
  if (!today || sofar >= included) return null;
  let total = sofar;
  const start = Date.parse(`${today.date}T00:00:00Z`);
  for (const [i, q] of perDay.entries()) {
    total += q;
    if (total >= included) return new Date(start + i * DAY_MS).toISOString().slice(0, 10);
  }
  return null;
}
function projectTotals(prices, mtd, projected, forecast) {
  let cost = 0;
  let low = 0;
  let high = 0;
  for (const key of METERED_COMPONENTS) {
    const item = prices.items[key];
    const f = forecast.components[key];
    cost += priceQuantity(item, projected[key]);
    low += priceQuantity(item, mtd[key] + f.low);
    high += priceQuantity(item, mtd[key] + f.high);
  }
  return {
    cost: round(cost, 4),
    low: round(low, 4),
    high: round(high, 4),
    confidence: round(confidenceOf(cost, low, high), 3),
    basisDays: forecast.basisDays
  };
}
function confidenceOf(cost, low, high) {
  return clamp(1 - (high - low) / 2 / Math.max(cost, 0.01), 0, 1);
}
function toDaily(day, prices) {
  let gross = 0;
  for (const key of METERED_COMPONENTS) gross += grossPrice(prices.items[key], day.quantities[key]);
  return {
    date: day.date,
    complete: day.complete,
    grossCost: round(gross, 6),
    doRequests: day.usage?.doRequests ?? 0,
    rowsWritten: day.usage?.rowsWritten ?? 0
  };
}

// action/src/core/cost/prediction.ts
var T975 = [
  12.706,
  4.303,
  3.182,
  2.776,
  2.571,
  2.447,
  2.365,
  2.306,
  2.262,
  2.228,
  2.201,
  2.179,
  2.16,
  2.145,
  2.131,
  2.12,
  2.11,
  2.101,
  2.093,
  2.086,
  2.08,
  2.074,
  2.069,
  2.064,
  2.06,
  2.056,
  2.052,
  2.048,
  2.045,
  2.042
];
function tQuantile975(df) {
  if (!(df >= 1)) return Number.POSITIVE_INFINITY;
  return T975[Math.floor(df) - 1] ?? 1.96 + 2.4 / df;
}
var PRIOR_CV = 0.1;
var PRIOR_DF = 1;
var FOLLOW_TREND_DAYS = 7;
function fitFrom(xs, ys, start, model) {
  const x = xs.slice(start);
  const y = ys.slice(start);
  const n = y.length;
  const xMean = x.reduce((a, b) => a + b, 0) / n;
  const yMean = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - xMean;
    sxx += dx * dx;
    sxy += dx * ((y[i] ?? 0) - yMean);
  }
  const slope = model === "linear" && sxx > 0 ? sxy / sxx : 0;
  const intercept = yMean - slope * xMean;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += ((y[i] ?? 0) - intercept - slope * (x[i] ?? 0)) ** 2;
  const dataDf = n - (model === "linear" ? 2 : 1);
  const df = dataDf + PRIOR_DF;
  const sigma = Math.sqrt((PRIOR_DF * (PRIOR_CV * yMean) ** 2 + sse) / df);
  return { fit: { start, model, n, xMean, sxx, intercept, slope, sigma, df }, sse };
}
function fitBasis(xs, ys, maxSetAside = 0) {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return null;
  if (n === 1) return { chosen: fitFrom(xs, ys, 0, "level").fit, trends: [] };
  const scale = ys.reduce((a, b) => a + b * b, 0) / n || 1;
  let best = null;
  for (let start = 0; start <= Math.min(maxSetAside, n - 2); start++) {
    for (const model of ["level", "linear"]) {
      if (model === "linear" && n - start < FOLLOW_TREND_DAYS) continue;
      const c = fitFrom(xs, ys, start, model);
      const sse = Math.max(c.sse, scale * 1e-12 * n);
      const params = start + (model === "linear" ? 2 : 1) + 1;
      const bic = n * Math.log(sse / n) + params * Math.log(n);
      if (!best || bic < best.bic - 1e-9) best = { fit: c.fit, bic };
    }
  }
  if (!best) return null;
  const starts = [0, ...best.fit.start > 0 && n - best.fit.start >= 3 ? [best.fit.start] : []];
  return { chosen: best.fit, trends: starts.map((s) => fitFrom(xs, ys, s, "linear").fit) };
}
function predictAt(fit, x) {
  return Math.max(0, fit.intercept + fit.slope * x);
}
function predictSum(fit, xs, weights) {
  let w = 0;
  let lever = 0;
  let mid = 0;
  for (const [i, x] of xs.entries()) {
    const wi = weights[i] ?? 0;
    w += wi;
    lever += wi * (x - fit.xMean);
    mid += wi * predictAt(fit, x);
  }
  const slopeTerm = fit.model === "linear" && fit.sxx > 0 ? lever ** 2 / fit.sxx : 0;
  const half = tQuantile975(fit.df) * fit.sigma * Math.sqrt(w + w * w / fit.n + slopeTerm);
  return { mid, low: Math.max(0, mid - half), high: mid + half };
}

// action/src/core/cost/cost-forecast.ts
var RAMP_UP_DAYS = 3;
function forecastUntil(calendar, end, window = 14) {
  const today = calendar.at(-1);
  const todayFraction = today?.fraction ?? 0;
  const history = calendar.filter((d) => d.complete).slice(-window);
  const todayMs = Date.parse(`${today?.date ?? end}T00:00:00Z`);
  const fullDaysLeft = Math.max(0, Math.round((Date.parse(`${end}T00:00:00Z`) - todayMs) / DAY_MS) - 1);
  const todayX = calendar.length - 1;
  const futureXs = Array.from({ length: fullDaysLeft + 1 }, (_, i) => todayX + i);
  const weights = futureXs.map((_, i) => i === 0 ? 1 - todayFraction : 1);
  const xs = history.map((d) => calendar.indexOf(d));
  const components = {};
  let basisDays = history.length;
  const deployed = history[0] === calendar[0] ? RAMP_UP_DAYS : 0;
  for (const key of METERED_COMPONENTS) {
    const fit = fitBasis(
      xs,
      history.map((d) => d.quantities[key]),
      deployed
    );
    if (key === "do_requests" && fit) basisDays = fit.chosen.n;
    components[key] = extend(fit, today, key, futureXs, weights);
  }
  return { basisDays, remainingDays: weights.reduce((a, b) => a + b, 0), components };
}
function extend(fits, today, key, xs, weights) {
  if (!fits) {
    const pace = todaysPace(today, key);
    const perDay2 = weights.map((w) => pace * w);
    const remaining = perDay2.reduce((a, b) => a + b, 0);
    return { remaining, low: 0, high: 2 * remaining, perDay: perDay2 };
  }
  const perDay = xs.map((x, i) => predictAt(fits.chosen, x) * (weights[i] ?? 0));
  const point = predictSum(fits.chosen, xs, weights);
  const bands = [point, ...fits.trends.map((t) => predictSum(t, xs, weights))];
  return {
    remaining: point.mid,
    low: Math.min(...bands.map((b) => b.low)),
    high: Math.max(...bands.map((b) => b.high)),
    perDay
  };
}
function todaysPace(today, key) {
  const f = today?.fraction ?? 0;
  return f > 0 ? (today?.quantities[key] ?? 0) / f : 0;
}
function sumBetween(calendar, start, end) {
  const total = zeroQuantities();
  for (const day of calendar) {
    if (day.date < start || day.date >= end) continue;
    for (const key of METERED_COMPONENTS) total[key] += day.quantities[key];
  }
  return total;
}

// action/src/core/cost/cost-growth.ts
function costGrowth(daily) {
  const costs = daily.filter((d) => d.complete).map((d) => d.grossCost);
  return { dayOverDay: ratio(costs, 1), weekOverWeek: ratio(costs, 7) };
}
function ratio(costs, span) {
  if (costs.length < 2 * span) return null;
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const latest = sum(costs.slice(-span));
  const before = sum(costs.slice(-2 * span, -span));
  return before > 0 ? round(latest / before - 1, 6) : null;
}
var QUARTER_DAYS = 92;
function forecastQuarter(usage, prices, now, billingDay = 1) {
  const current = billingPeriod(now, billingDay);
  const { label, periods } = quarterPeriods(current, billingDay);
  const end = periods.at(-1)?.end ?? current.end;
  const calendar = buildCalendar(usage, now, QUARTER_DAYS, current.days);
  const forecast = forecastUntil(calendar, end);
  const todayMs = Date.parse(`${calendar.at(-1)?.date ?? current.start}T00:00:00Z`);
  let cost = 0;
  for (const p of periods) {
    const quantities = sumBetween(calendar, p.start, p.end);
    for (const key of METERED_COMPONENTS) {
      for (const [i, q] of forecast.components[key].perDay.entries()) {
        const date = isoDate(todayMs + i * DAY_MS);
        if (date >= p.start && date < p.end) quantities[key] += q;
      }
    }
    cost += priceMonth(prices, quantities);
  }
  return { quarter: label, end, cost: round(cost, 4), measuredFrom: calendar[0]?.date ?? null };
}
function priceMonth(prices, quantities) {
  let total = 0;
  for (const key of METERED_COMPONENTS) total += priceQuantity(prices.items[key], quantities[key]);
  return total;
}

// action/src/core/cost/cost.ts
function analyzeCost(usage, listPrices, now, options = {}) {
  const prices = applyAllowances(listPrices, options.allowances);
  const period = billingPeriod(now, options.billingDay);
  const calendar = buildCalendar(usage, now, 60, period.days);
  const forecast = forecastUntil(calendar, period.end);
  const mtd = sumBetween(calendar, period.start, period.end);
  const projected = zeroQuantities();
  for (const key of METERED_COMPONENTS) projected[key] = mtd[key] + forecast.components[key].remaining;
  const breakdown = buildBreakdown({ prices, mtd, projected, forecast, calendar, periodStart: period.start });
  const daily = calendar.map((d) => toDaily(d, prices));
  const trend = costTrend(daily.filter((d) => d.complete).map((d) => d.grossCost));
  const usageCost = breakdown.reduce((a, b) => a + b.projectedCost, 0);
  const exceedsIncludedOn = Object.fromEntries(breakdown.map((b) => [b.component, b.exceedsIncludedOn]));
  return {
    generatedAt: now.toISOString(),
    month: period.label,
    period: { start: period.start, end: period.end },
    daysInMonth: period.days,
    daysElapsed: round(period.days - forecast.remainingDays, 3),
    currency: "USD",
    prices: {
      asOf: prices.asOf,
      plan: prices.plan,
      sources: [...new Set(Object.values(prices.items).map((i) => i.source))]
    },
    monthToDate: {
      cost: round(
        breakdown.reduce((a, b) => a + b.mtdCost, 0),
        4
      )
    },
    projected: projectTotals(prices, mtd, projected, forecast),
    subscription: prices.subscription,
    trend: trend.trend,
    trendChange: trend.change === null ? null : round(trend.change, 4),
    costPerRequest: projected.do_requests > 0 ? usageCost / projected.do_requests : null,
    breakdown,
    daily,
    anomalies: findAnomalies(daily, options.anomalyZ ?? 3, options.baselineDays ?? 14),
    recommendations: recommend({ calendar, period, projected, exceedsIncludedOn, prices }),
    notMeasured: NOT_MEASURED,
    growth: costGrowth(daily),
    quarter: forecastQuarter(usage, prices, now, options.billingDay)
  };
}

// action/src/monitor/scrape.ts
var USAGE_DAYS = 92 + 14;
var TOP_CLIENTS = 3;
function pricesFor(config) {
  const p = config.cost.prices;
  return mergePrices(
    DEFAULT_PRICES,
    p && { asOf: p.as_of, plan: p.plan, subscription: p.subscription, items: p.items }
  );
}
async function scrape(collector, config, now) {
  try {
    const [snapshot, timeseries, usage] = await Promise.all([
      collector.snapshot(),
      collector.timeseries("24h"),
      collector.usage(USAGE_DAYS)
    ]);
    const cost = analyzeCost(usage, pricesFor(config), now, costOptionsFor(config.cost));
    return { data: { snapshot, timeseries, usage, cost }, error: null };
  } catch (e) {
    return { data: null, error: e instanceof Error ? e.message : String(e) };
  }
}
async function clientContext(collector, data) {
  const top = data.snapshot.topIps.slice(0, TOP_CLIENTS);
  return Promise.all(
    top.map(async (t) => {
      const detail = await collector.ipDetail(t.ip, 10);
      const paths = [...detail.paths.items].sort((a, b) => b.count - a.count).slice(0, 5);
      return { ip: t.ip, requests: t.requests, paths };
    })
  );
}

export {
  billingPeriod,
  clamp,
  round,
  analyzeCost,
  pricesFor,
  scrape,
  clientContext
};
