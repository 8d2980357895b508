import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-UPQ3O4ES.js";
import {
  external_exports,
  parseIp,
  sameLogin,
  splitByAuthor,
  unconfirmedIdentity
} from "./chunk-5L6HU7UT.js";

// action/src/core/alerts/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(labels) {
  const canonical = Object.keys(labels).sort().map((k) => `${k}=${JSON.stringify(labels[k])}`).join("\n");
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
var FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/;

// action/src/core/notify/notify-state.ts
var iso = external_exports.iso.datetime({ offset: true });
var ChannelRecordSchema = external_exports.object({
  /** `<since>|<severity>` of the last fired notification delivered. */
  fired: external_exports.string().optional(),
  /** `since` of the episode whose escalation was delivered. */
  escalated: iso.optional(),
  /** `since` of the episode whose resolution was delivered. */
  resolved: iso.optional(),
  /** Consecutive failed attempts (within and across runs) of the pending transition. */
  failures: external_exports.number().int().nonnegative().default(0),
  error: external_exports.string().max(300).optional(),
  at: iso.optional()
});
var NotifyStateSchema = external_exports.object({
  /** `/pathwatch ack`: holds for the episode that began at `since`. */
  ack: external_exports.object({ by: external_exports.string(), at: iso, since: iso }).nullable().default(null),
  /** `/pathwatch silence`: no notifications and no issue writes until `until`. */
  silence: external_exports.object({ by: external_exports.string(), at: iso, until: iso, reason: external_exports.string().max(200).nullable() }).nullable().default(null),
  /** `since` of the episode escalated by `escalate_after` (the issue carries the `escalated` label). */
  escalated: iso.nullable().default(null),
  sent: external_exports.record(external_exports.string(), ChannelRecordSchema).default({}),
  /** A run's claim on delivering this issue's notifications (see claim.ts). */
  claim: external_exports.object({ run: external_exports.string().max(100), at: iso }).nullable().default(null)
});
var EMPTY_NOTIFY_STATE = {
  ack: null,
  silence: null,
  escalated: null,
  sent: {},
  claim: null
};
function notifyStateOf(state) {
  return state?.notify ?? EMPTY_NOTIFY_STATE;
}
function silencedAt(n, now) {
  return n.silence !== null && Date.parse(n.silence.until) > now;
}
function acknowledged(n, since) {
  return n.ack !== null && n.ack.since === since;
}

// action/src/core/issues/state.ts
var STATE_VERSION = 1;
var STATE_RE = /<!-- pathwatch:state v(\d+) (.*?) -->/gs;
var FP_RE = /<!-- pathwatch:fingerprint ([0-9a-f]{16}) -->/;
var iso2 = external_exports.iso.datetime({ offset: true });
var AlertStateSchema = external_exports.object({
  fingerprint: external_exports.string().regex(FINGERPRINT_PATTERN),
  alertname: external_exports.string(),
  kind: external_exports.enum(["rule", "budget", "slo", "meta"]),
  labels: external_exports.record(external_exports.string(), external_exports.string()),
  status: external_exports.enum(["firing", "resolved"]),
  severity: external_exports.enum(SEVERITIES),
  /** When the current (or last) episode began firing. */
  since: iso2,
  resolvedAt: iso2.nullable(),
  /** Last notification (issue opened, reopened, escalated …) per level, for cooldowns. */
  lastNotified: external_exports.object({ warning: iso2.optional(), critical: iso2.optional() }),
  /** Recent firing intervals, oldest first, for flap detection and missed-episode checks. */
  episodes: external_exports.array(external_exports.object({ from: iso2, to: iso2.nullable() })),
  flapping: external_exports.boolean(),
  duplicateOf: external_exports.number().int().nullable(),
  period: external_exports.string().nullable(),
  updatedAt: iso2,
  /** Deliveries to notification channels, ack and silence (absent until first needed). */
  notify: NotifyStateSchema.optional()
});
function fingerprintMarker(fp) {
  return `<!-- pathwatch:fingerprint ${fp} -->`;
}
function serializeState(state) {
  const json = JSON.stringify(state).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `<!-- pathwatch:state v${STATE_VERSION} ${json} -->`;
}
function parseState(body) {
  const blocks = [...body.matchAll(STATE_RE)];
  const last = blocks.at(-1);
  if (!last || Number(last[1]) !== STATE_VERSION) return null;
  try {
    const result = AlertStateSchema.safeParse(JSON.parse(last[2] ?? ""));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
function parseIssue(issue) {
  const fp = FP_RE.exec(issue.body)?.[1];
  if (!fp) return null;
  const state = parseState(issue.body);
  return { ...issue, fingerprint: fp, alert: state && state.fingerprint === fp ? state : null };
}

// action/src/monitor/own-issues.ts
function parsed(issues) {
  return issues.map(parseIssue).filter((i) => i !== null);
}
async function resolveOwner(tracker, configured, issues) {
  return (await identify(tracker, configured, issues)).owner;
}
async function identify(tracker, configured, issues) {
  const known = tracker.fixedAuthor ?? configured;
  if (known) return { owner: known, unconfirmed: null, assumed: false };
  const assumed = tracker.defaultAuthor;
  if (issues.every((i) => sameLogin(i.author, assumed)))
    return { owner: assumed, unconfirmed: null, assumed: true };
  const named = await tracker.whoami();
  if (named) return { owner: named, unconfirmed: null, assumed: false };
  return { owner: assumed, unconfirmed: unconfirmedIdentity(issues, assumed), assumed: false };
}
async function readOwnIssues(tracker, label, configured) {
  const listed = parsed(await tracker.listOpen(label));
  const id = await identify(tracker, configured, listed);
  const { own, foreign } = splitByAuthor(listed, id.owner);
  let mayAsk = id.assumed;
  const result = {
    owner: id.owner,
    unconfirmed: id.unconfirmed,
    open: own,
    foreign: foreign.map((i) => ({ number: i.number, url: i.url, author: i.author, title: i.title })),
    closedSince: async (since) => splitByAuthor(parsed(await tracker.listClosedSince(label, since)), result.owner).own,
    listOpen: async () => splitByAuthor(parsed(await tracker.listOpen(label)), result.owner).own,
    manages: async (author) => {
      if (sameLogin(author, result.owner)) return true;
      if (!mayAsk) return false;
      mayAsk = false;
      const named = await tracker.whoami();
      if (named === null || !sameLogin(named, author)) return false;
      result.owner = named;
      return true;
    }
  };
  return result;
}

// worker/src/contract/anonymize.ts
function anonymizeIp(ip) {
  const parsed2 = parseIp(ip.trim());
  if (!parsed2) return "unknown";
  if (parsed2.version === 4) return `${parsed2.bytes.slice(0, 3).join(".")}.0/24`;
  return `${parsed2.hextets.slice(0, 3).map((h) => h.toString(16)).join(":")}::/48`;
}

export {
  fingerprint,
  anonymizeIp,
  EMPTY_NOTIFY_STATE,
  notifyStateOf,
  silencedAt,
  acknowledged,
  fingerprintMarker,
  serializeState,
  parseState,
  parseIssue,
  resolveOwner,
  readOwnIssues
};
