import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  clamp,
  round
} from "./chunk-R45UPBC3.js";
import {
  DAY_MS
} from "./chunk-5L6HU7UT.js";

// action/src/core/alerts/job-metrics.ts
var JOB_INTERVAL_MS = {
  backup: DAY_MS,
  cleanup: DAY_MS,
  repair: DAY_MS,
  compact: 7 * DAY_MS,
  archive: 31 * DAY_MS
};
var JOB_OVERDUE_GRACE = 1.5;
var GRACE = JOB_OVERDUE_GRACE;
function jobsFailed(snapshot) {
  if (!snapshot.jobs) return null;
  return snapshot.jobs.filter((j) => j.state === "failed").length;
}
function jobsOverdue(snapshot) {
  if (!snapshot.jobs) return null;
  const at = Date.parse(snapshot.generatedAt);
  return snapshot.jobs.filter((j) => {
    const interval = JOB_INTERVAL_MS[j.type];
    return interval !== void 0 && at - Date.parse(j.startedAt) > GRACE * interval;
  }).length;
}

// action/src/core/alerts/health.ts
function utilization(snapshot, now) {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const elapsed = Math.max(1, (now.getTime() - midnight) / 1e3);
  return clamp(snapshot.usage.today.maxActiveSecondsPerObject / elapsed, 0, 1);
}
function computeHealth(snapshot, sla, now) {
  const p = snapshot.performance;
  const util = utilization(snapshot, now);
  const latency = Math.max(0, 100 - (p.p95Ms ?? 0) / sla.max_p95_ms * 30);
  const errors = Math.max(0, 100 - (p.errorRate ?? 0) / sla.max_error_rate * 40);
  const resource = Math.max(0, 100 - util / sla.max_utilization * 30);
  const violations = [];
  if (p.p95Ms !== null && p.p95Ms > sla.max_p95_ms)
    violations.push({ type: "response_time", current: p.p95Ms, threshold: sla.max_p95_ms, severity: "high" });
  if (p.errorRate !== null && p.errorRate > sla.max_error_rate)
    violations.push({
      type: "error_rate",
      current: p.errorRate,
      threshold: sla.max_error_rate,
      severity: "critical"
    });
  if (p.timeoutRate !== null && p.timeoutRate > sla.max_timeout_rate)
    violations.push({
      type: "timeout_rate",
      current: p.timeoutRate,
      threshold: sla.max_timeout_rate,
      severity: "high"
    });
  if (util > sla.max_utilization)
    violations.push({
      type: "utilization",
      current: util,
      threshold: sla.max_utilization,
      severity: "warning"
    });
  return {
    score: round(Math.min(100, (latency + errors + resource) / 3), 1),
    components: { latency: round(latency, 1), errors: round(errors, 1), utilization: round(resource, 1) },
    inputs: {
      p95Ms: p.p95Ms,
      errorRate: p.errorRate,
      timeoutRate: p.timeoutRate,
      utilization: round(util, 4)
    },
    compliant: violations.length === 0,
    violations
  };
}

export {
  JOB_INTERVAL_MS,
  JOB_OVERDUE_GRACE,
  jobsFailed,
  jobsOverdue,
  computeHealth
};
