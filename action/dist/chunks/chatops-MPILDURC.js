import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  ESCALATED_LABEL,
  mergeNotifyState,
  replaceState,
  writeIssue
} from "./chunk-XXQYWVHG.js";
import {
  notifyStateOf,
  parseIssue,
  resolveOwner,
  silencedAt
} from "./chunk-N7TUJ5SC.js";
import {
  createGitHubTracker,
  githubClientFromEnv,
  githubError,
  issuesAuthor,
  loadConfig,
  neutralize,
  stripControls
} from "./chunk-UPQ3O4ES.js";
import {
  DAY_MS,
  external_exports,
  formatDuration,
  parseDuration,
  parseEnv,
  sameLogin
} from "./chunk-5L6HU7UT.js";
import {
  UserError
} from "./chunk-IHO4MLRJ.js";

// action/src/commands/chatops.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// action/src/adapters/github/chatops.ts
function createChatOpsGitHub({ octokit, owner, repo }) {
  return {
    role: async (username) => {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
        return data.role_name || data.permission;
      } catch (e) {
        throw githubError(e, `reading ${username}'s permission`);
      }
    },
    react: async (comment_id, content) => {
      try {
        await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id, content });
      } catch (e) {
        throw githubError(e, "adding a reaction");
      }
    }
  };
}

// action/src/core/notify/chatops.ts
var MAX_SILENCE_MS = 30 * DAY_MS;
var ALLOWED_ROLES = ["admin", "maintain", "write"];
var LINE = /^\s*\/pathwatch(?:\s+(\S+))?(?:\s+(.*))?$/;
function parseCommand(body) {
  const line = body.split(/\r?\n/).find((l) => /^\s*\/pathwatch\b/.test(l));
  if (line === void 0) return null;
  const m = LINE.exec(line);
  const verb = m?.[1]?.toLowerCase();
  const rest = (m?.[2] ?? "").trim();
  if (verb === "ack") return { kind: "ack" };
  if (verb === "unsilence") return { kind: "unsilence" };
  if (verb === "silence") {
    const [first = "", ...words] = rest.split(/\s+/);
    const ms = parseDuration(first);
    if (ms === null || ms <= 0)
      return {
        error: "usage: `/pathwatch silence <duration> [reason]`, e.g. `/pathwatch silence 2h deploying`"
      };
    if (ms > MAX_SILENCE_MS) return { error: `a silence lasts at most ${formatDuration(MAX_SILENCE_MS)}` };
    const reason = stripControls(words.join(" ")).slice(0, 200);
    return { kind: "silence", ms, reason: reason || null };
  }
  return {
    error: "commands: `/pathwatch ack`, `/pathwatch silence <duration> [reason]`, `/pathwatch unsilence`"
  };
}
function roleAllowed(role) {
  return ALLOWED_ROLES.includes(role);
}
function applyCommand(state, cmd, user, now) {
  const n = notifyStateOf(state);
  const at = new Date(now).toISOString();
  const who = /^[A-Za-z0-9-]{1,39}$/.test(user) ? user : neutralize(user, 40);
  if (cmd.kind === "ack") {
    if (state.status !== "firing") return { error: "Nothing to acknowledge: the alert is not firing." };
    const notify = { ...n, ack: { by: user, at, since: state.since } };
    return {
      state: { ...state, notify },
      reply: `Acknowledged by @${who}: no further escalation for this episode. It notifies again when it resolves or fires anew.`
    };
  }
  if (cmd.kind === "silence") {
    const until = new Date(now + cmd.ms).toISOString();
    const notify = { ...n, silence: { by: user, at, until, reason: cmd.reason } };
    const why = cmd.reason ? ` (${neutralize(cmd.reason, 200)})` : "";
    return {
      state: { ...state, notify },
      reply: `Silenced by @${who} for ${formatDuration(cmd.ms)}, until ${until.slice(0, 16).replace("T", " ")} UTC${why}: no notifications and no issue updates until then.`
    };
  }
  if (!silencedAt(n, now)) return { error: "Nothing to unsilence." };
  const lifted = { by: user, at, until: at, reason: null };
  return {
    state: { ...state, notify: { ...n, silence: lifted } },
    reply: `Silence lifted by @${who}: notifications and issue updates resume on the next run.`
  };
}
var sameStamp = (a, b) => a === null || b === null ? a === b : a.by === b.by && a.at === b.at && a.until === b.until;
function commandHeld(current, written) {
  if (!current || current.fingerprint !== written.fingerprint) return false;
  const now = notifyStateOf(current);
  const merged = mergeNotifyState(notifyStateOf(written), now, "other");
  return sameStamp(merged.ack, now.ack) && sameStamp(merged.silence, now.silence);
}

// action/src/commands/chatops.ts
var EventSchema = external_exports.object({
  action: external_exports.string(),
  comment: external_exports.object({
    id: external_exports.number().int(),
    body: external_exports.string().nullable(),
    user: external_exports.object({ login: external_exports.string() })
  }),
  issue: external_exports.object({ number: external_exports.number().int(), pull_request: external_exports.unknown().optional() })
});
async function managedState(tracker, issue, configured) {
  const parsed = parseIssue(issue);
  if (!parsed?.alert) return { not: "carries no pathwatch alert state" };
  const owner = await resolveOwner(tracker, configured, [parsed]);
  if (!sameLogin(issue.author, owner))
    return { not: `was opened by ${issue.author ?? "an unknown user"}, not ${owner}` };
  return { state: parsed.alert };
}
async function writeCommand(tracker, number, cmd, state) {
  await writeIssue(
    tracker,
    number,
    (fresh) => {
      const unlabel = cmd.kind === "ack" && fresh.labels.includes(ESCALATED_LABEL);
      return {
        body: replaceState(fresh.body, state),
        ...unlabel ? { labels: fresh.labels.filter((l) => l !== ESCALATED_LABEL) } : {}
      };
    },
    "chatops"
  );
}
async function writeHeld(tracker, number, cmd, state, opts) {
  await writeCommand(tracker, number, cmd, state);
  await (opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(opts.settleMs);
  const after = parseIssue(await tracker.get(number))?.alert ?? null;
  if (!commandHeld(after, state)) await writeCommand(tracker, number, cmd, state);
}
async function handleComment({ gh, tracker }, event, opts) {
  const cmd = parseCommand(event.comment.body ?? "");
  if (event.action !== "created" || event.issue.pull_request || cmd === null)
    return { outcome: "ignored", message: "no /pathwatch command" };
  const user = event.comment.user.login;
  const number = event.issue.number;
  const managed = await managedState(tracker, await tracker.get(number), opts.issueAuthor);
  if ("not" in managed)
    return {
      outcome: "ignored",
      message: `#${number} is not an alert issue pathwatch manages: it ${managed.not}`
    };
  const role = await gh.role(user);
  if (!roleAllowed(role)) {
    await gh.react(event.comment.id, "-1");
    return { outcome: "refused", message: `${user} has role ${role}; commands need write access or more` };
  }
  const rejected = async (error) => {
    await gh.react(event.comment.id, "confused");
    await tracker.comment(number, error);
    return { outcome: "rejected", message: error };
  };
  if ("error" in cmd) return rejected(cmd.error);
  const result = applyCommand(managed.state, cmd, user, opts.now);
  if ("error" in result) return rejected(result.error);
  await writeHeld(tracker, number, cmd, result.state, opts);
  await gh.react(event.comment.id, "+1");
  await tracker.comment(number, result.reply);
  return { outcome: "applied", message: result.reply };
}
var USAGE = `usage: pathwatch chatops [--event <file>] [--config <path>] [--issues-author <login>]

  --event <file>           the issue_comment event (default $GITHUB_EVENT_PATH)
  --config <path>          config file, for issues.author (default .github/pathwatch.yml)
  --issues-author <login>  the login whose alert issues pathwatch manages, as for monitor

environment: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, PATHWATCH_PACE_MS`;
function parseChatOpsArgs(argv) {
  try {
    return parseArgs({
      args: argv,
      options: {
        event: { type: "string" },
        config: { type: "string" },
        "issues-author": { type: "string" }
      },
      strict: true
    }).values;
  } catch (e) {
    throw new UserError(`${e.message}

${USAGE}`);
  }
}
async function readEvent(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new UserError(`cannot read the event ${path}: ${e.message}`);
  }
  const parsed = EventSchema.safeParse(json);
  if (!parsed.success)
    throw new UserError(`${path} is not an issue_comment event: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
var command = async (ctx) => {
  const values = parseChatOpsArgs(ctx.argv);
  const env = parseEnv(ctx.env);
  const path = values.event ?? env.GITHUB_EVENT_PATH;
  if (!path) throw new UserError(`no event: set GITHUB_EVENT_PATH or pass --event

${USAGE}`);
  const event = await readEvent(resolve(ctx.cwd, path));
  const { config } = await loadConfig(values.config, ctx.cwd);
  const github = githubClientFromEnv(env, (m) => ctx.stderr(`warning: ${m}`));
  if (!github) throw new UserError("set GITHUB_TOKEN and GITHUB_REPOSITORY");
  const deps = { gh: createChatOpsGitHub(github), tracker: createGitHubTracker(github) };
  const result = await handleComment(deps, event, {
    now: Date.now(),
    issueAuthor: issuesAuthor(values["issues-author"], config),
    settleMs: config.notify.claim_settle
  });
  ctx.stdout(`pathwatch chatops: ${result.outcome}: ${result.message}`);
  return 0;
};
var chatops_default = command;
export {
  chatops_default as default,
  handleComment
};
