import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  MINUTE_MS
} from "./chunk-5L6HU7UT.js";

// action/src/core/config/cron.ts
var FIELDS = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12 },
  { min: 0, max: 6 }
];
function parseField(text, min, max) {
  const out = /* @__PURE__ */ new Set();
  for (const part of text.split(",")) {
    const m = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`cron: cannot read '${part}'`);
    const from = m[1] === "*" ? min : Number(m[1]);
    const to = m[2] !== void 0 ? Number(m[2]) : m[1] === "*" || m[3] !== void 0 ? max : from;
    const step = m[3] !== void 0 ? Number(m[3]) : 1;
    if (from < min || to > max || from > to || step < 1) throw new Error(`cron: '${part}' is out of range`);
    for (let v = from; v <= to; v += step) out.add(v === 7 && max === 6 ? 0 : v);
  }
  return out;
}
function previousTick(cron, at) {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`cron: expected 5 fields, got '${cron}'`);
  const [mi, h, dom, mon, dow] = parts.map(
    (p, i) => parseField(p, FIELDS[i]?.min ?? 0, FIELDS[i]?.max ?? 59)
  );
  const t = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  for (let i = 0; i < 7 * 24 * 60; i++, t.setTime(t.getTime() - MINUTE_MS)) {
    const domStar = parts[2] === "*";
    const dowStar = parts[4] === "*";
    const dayOk = domStar || dowStar ? (dom?.has(t.getUTCDate()) ?? false) && (dow?.has(t.getUTCDay()) ?? false) : (dom?.has(t.getUTCDate()) ?? false) || (dow?.has(t.getUTCDay()) ?? false);
    if (mi?.has(t.getUTCMinutes()) && h?.has(t.getUTCHours()) && mon?.has(t.getUTCMonth() + 1) && dayOk)
      return new Date(t);
  }
  return null;
}
function schedulerLag(schedule, startedAt) {
  const due = previousTick(schedule, startedAt);
  if (!due) return null;
  return {
    schedule,
    expectedAt: due.toISOString(),
    startedAt: startedAt.toISOString(),
    lagSeconds: Math.round((startedAt.getTime() - due.getTime()) / 1e3)
  };
}

export {
  schedulerLag
};
