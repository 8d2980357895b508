import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  UpstreamError,
  UserError
} from "./chunk-IHO4MLRJ.js";

// action/src/run-cli.ts
var COMMANDS = {
  monitor: {
    summary: "scrape the collector, evaluate rules and budgets, reconcile alert issues",
    load: () => import("./monitor-PQOKHGE7.js")
  },
  job: {
    summary: "start or watch a maintenance job: job <type> [--param k=v] | job --watch <id>",
    load: () => import("./job-NBJOBWP5.js")
  },
  site: {
    summary: "build the static dashboard into reports-site/dist (or --out DIR)",
    load: () => import("./site-NEQZVTRQ.js")
  },
  simulate: {
    summary: "send realistic simulated traffic to a collector",
    load: () => import("./simulate-4KEKUWMI.js")
  },
  chatops: {
    summary: "handle a /pathwatch ack | silence <duration> [reason] | unsilence comment (issue_comment event)",
    load: () => import("./chatops-MPILDURC.js")
  },
  demo: {
    summary: "run the whole system locally on 127.0.0.1 (--once exits after building)",
    load: () => import("./demo-MQEYTBXL.js")
  }
};
function usage() {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return ["usage: pathwatch <command> [options]", "", "commands:", ...lines].join("\n");
}
function exitCodeFor(e) {
  if (e instanceof UserError) return 2;
  const refused = e instanceof UpstreamError && e.service === "collector" && e.status >= 400 && e.status < 500;
  return refused && e.status !== 429 ? 2 : 1;
}
async function runCli(args, overrides = {}) {
  const [name, ...rest] = args;
  const out = overrides.stdout ?? ((s) => process.stdout.write(`${s}
`));
  const err = overrides.stderr ?? ((s) => process.stderr.write(`${s}
`));
  if (!name || name === "--help" || name === "-h" || name === "help") {
    out(usage());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    err(`pathwatch: unknown command '${name}'

${usage()}`);
    return 2;
  }
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const command = (await entry.load()).default;
    return await command({
      argv: rest,
      env: process.env,
      cwd: process.cwd(),
      stdout: out,
      stderr: err,
      signal: controller.signal,
      ...overrides
    });
  } catch (e) {
    err(`pathwatch ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return exitCodeFor(e);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

export {
  runCli
};
