import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  schedulerLag
} from "./chunk-E6BLD2PN.js";
import {
  assembleSiteInput,
  buildSite,
  fetchCollectorData,
  listAlertIssues,
  readAlertsFile,
  readCollectorDir,
  thresholdsFromConfig,
  toAlertView
} from "./chunk-ZT5M4OMT.js";
import "./chunk-T2RDBBMA.js";
import "./chunk-R45UPBC3.js";
import "./chunk-N7TUJ5SC.js";
import {
  createGitHubTracker,
  createLocalTracker,
  createWorkerClient,
  githubClientFromEnv,
  githubError,
  issuesAuthor,
  loadConfig,
  require_dist
} from "./chunk-UPQ3O4ES.js";
import {
  parseDuration,
  parseEnv
} from "./chunk-5L6HU7UT.js";
import {
  UserError,
  __toESM
} from "./chunk-IHO4MLRJ.js";

// action/src/commands/site.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// action/src/adapters/github/workflow-runs.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
async function readWorkflowSchedule(path) {
  const text = await readFile(path, "utf8").catch((e) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  if (text === null) return null;
  const doc = (0, import_yaml.parse)(text);
  const cron = doc?.on?.schedule?.[0]?.cron;
  return typeof cron === "string" ? cron : null;
}
async function latestScheduledLag(github, o) {
  const { octokit, owner, repo } = github;
  let created;
  try {
    const res = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: o.workflow,
      event: "schedule",
      per_page: 1
    });
    created = res.data.workflow_runs[0]?.created_at;
  } catch (e) {
    throw githubError(e, "reading workflow runs");
  }
  if (!created) return null;
  const lag = schedulerLag(o.schedule, new Date(created));
  return lag && { expected: lag.expectedAt, actual: lag.startedAt, lagSeconds: lag.lagSeconds };
}

// action/src/commands/site.ts
var SITE_USAGE = `usage: pathwatch site [options]

  --out <dir>            output directory (default reports-site/dist)
  --url <url>            collector URL (default $PATHWATCH_URL)
  --from-dir <dir>       read saved admin API responses instead of the collector
                         (snapshot.json, timeseries-{24h,7d,30d}.json, usage.json)
  --issues <where>       github | local:<dir> | none   (default github)
  --alerts <file>        read alerts from a JSON file of AlertView instead of issues
  --config <path>        config file (default .github/pathwatch.yml; built-in defaults when absent)
  --issues-author <login>  show only alert issues this login opened, as for monitor
  --site-url <url>       public URL of the site, for feed links (default $PATHWATCH_SITE_URL)
  --title <text>         page title (default pathwatch)
  --stale-after <dur>    flag data older than this as stale (default 2h)
  --raw-ips              show IP addresses unanonymised (private dashboards only)

environment: PATHWATCH_URL, PATHWATCH_ADMIN_TOKEN, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL,
PATHWATCH_IP_SALT (keyed-hash anonymisation instead of /24 and /48 prefixes), PATHWATCH_SITE_URL`;
function parse2(argv) {
  try {
    return parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        url: { type: "string" },
        "from-dir": { type: "string" },
        issues: { type: "string" },
        alerts: { type: "string" },
        config: { type: "string" },
        "issues-author": { type: "string" },
        "site-url": { type: "string" },
        title: { type: "string" },
        "stale-after": { type: "string" },
        "raw-ips": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      },
      strict: true,
      allowPositionals: false
    }).values;
  } catch (e) {
    throw new UserError(`${e.message}

${SITE_USAGE}`);
  }
}
var str = (v, k) => typeof v[k] === "string" ? v[k] : void 0;
async function collectorData(v, ctx) {
  const dir = str(v, "from-dir");
  if (dir) return readCollectorDir(resolve(ctx.cwd, dir));
  const url = str(v, "url") ?? ctx.env.PATHWATCH_URL;
  const token = ctx.env.PATHWATCH_ADMIN_TOKEN;
  if (!url) throw new UserError("set the collector URL with --url or PATHWATCH_URL (or use --from-dir)");
  if (!token) throw new UserError("set PATHWATCH_ADMIN_TOKEN to the collector admin token");
  return fetchCollectorData(createWorkerClient({ url, token, signal: ctx.signal }));
}
async function alerts(v, ctx, config, now, github) {
  const file = str(v, "alerts");
  if (file) return readAlertsFile(resolve(ctx.cwd, file));
  const where = str(v, "issues") ?? "github";
  if (where === "none") return null;
  let tracker;
  if (where.startsWith("local:") && where.length > "local:".length) {
    tracker = createLocalTracker(resolve(ctx.cwd, where.slice("local:".length)));
  } else if (where === "github") {
    if (!github)
      throw new UserError("--issues github needs GITHUB_TOKEN and GITHUB_REPOSITORY (or use --issues none)");
    tracker = createGitHubTracker(github);
  } else throw new UserError(`--issues must be github, local:<dir> or none, got '${where}'`);
  const views = await listAlertIssues(tracker, {
    label: config.issues.label,
    now,
    author: issuesAuthor(v["issues-author"], config)
  });
  return views.map(toAlertView);
}
async function monitorSchedulerLag(v, ctx, github) {
  if ((str(v, "issues") ?? "github") !== "github" || !github) return null;
  const file = resolve(ctx.cwd, ".github/workflows/monitor.yml");
  try {
    const schedule = await readWorkflowSchedule(file);
    if (!schedule) return null;
    return await latestScheduledLag(github, { workflow: "monitor.yml", schedule });
  } catch (e) {
    ctx.stderr(`warning: scheduler lag not shown: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
function githubFor(ctx) {
  return githubClientFromEnv(parseEnv(ctx.env), (m) => ctx.stderr(`warning: ${m}`));
}
function anonymisation(v, env) {
  if (v["raw-ips"] === true) return { mode: "none" };
  const salt = env.PATHWATCH_IP_SALT;
  return salt ? { mode: "hash", salt } : { mode: "prefix" };
}
var command = async (ctx) => {
  const v = parse2(ctx.argv);
  if (v.help) {
    ctx.stdout(SITE_USAGE);
    return 0;
  }
  const staleText = str(v, "stale-after") ?? "2h";
  const staleMs = parseDuration(staleText);
  if (staleMs === null || staleMs <= 0)
    throw new UserError(`--stale-after must be a duration such as 90m or 2h, got '${staleText}'`);
  const { config } = await loadConfig(str(v, "config"), ctx.cwd);
  const now = /* @__PURE__ */ new Date();
  const github = githubFor(ctx);
  const [data, alertViews] = await Promise.all([collectorData(v, ctx), alerts(v, ctx, config, now, github)]);
  const out = resolve(ctx.cwd, str(v, "out") ?? "reports-site/dist");
  const input = assembleSiteInput(data, alertViews, config, now);
  const scheduler = await monitorSchedulerLag(v, ctx, github);
  if (scheduler) input.scheduler = scheduler;
  const result = await buildSite(input, out, {
    siteUrl: str(v, "site-url") ?? ctx.env.PATHWATCH_SITE_URL ?? null,
    title: str(v, "title") ?? "pathwatch",
    anonymise: anonymisation(v, ctx.env),
    staleAfterSeconds: staleMs / 1e3,
    thresholds: thresholdsFromConfig(config)
  });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  ctx.stdout(`site: ${result.files.length} files in ${out}`);
  ctx.stdout(`site: page weight ${kb(result.budget.html)} HTML + ${kb(result.budget.js)} JS (gzip)`);
  if (alertViews === null) ctx.stdout("site: alert issues not read (--issues none)");
  return 0;
};
var site_default = command;
export {
  SITE_USAGE,
  site_default as default
};
