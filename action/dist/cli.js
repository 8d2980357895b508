#!/usr/bin/env node
import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// action/src/core/errors.ts
var UserError;
var init_errors = __esm({
  "action/src/core/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      name = "UserError";
    };
  }
});

// action/src/commands/monitor.ts
var monitor_exports = {};
__export(monitor_exports, {
  default: () => monitor_default
});
var command, monitor_default;
var init_monitor = __esm({
  "action/src/commands/monitor.ts"() {
    "use strict";
    init_errors();
    command = async () => {
      throw new UserError("monitor: not built yet");
    };
    monitor_default = command;
  }
});

// action/src/commands/job.ts
var job_exports = {};
__export(job_exports, {
  default: () => job_default
});
var command2, job_default;
var init_job = __esm({
  "action/src/commands/job.ts"() {
    "use strict";
    init_errors();
    command2 = async () => {
      throw new UserError("job: not built yet");
    };
    job_default = command2;
  }
});

// action/src/commands/site.ts
var site_exports = {};
__export(site_exports, {
  default: () => site_default
});
var command3, site_default;
var init_site = __esm({
  "action/src/commands/site.ts"() {
    "use strict";
    init_errors();
    command3 = async () => {
      throw new UserError("site: not built yet");
    };
    site_default = command3;
  }
});

// action/src/commands/simulate.ts
var simulate_exports = {};
__export(simulate_exports, {
  default: () => simulate_default
});
var command4, simulate_default;
var init_simulate = __esm({
  "action/src/commands/simulate.ts"() {
    "use strict";
    init_errors();
    command4 = async () => {
      throw new UserError("simulate: not built yet");
    };
    simulate_default = command4;
  }
});

// action/src/commands/demo.ts
var demo_exports = {};
__export(demo_exports, {
  default: () => demo_default
});
var command5, demo_default;
var init_demo = __esm({
  "action/src/commands/demo.ts"() {
    "use strict";
    init_errors();
    command5 = async () => {
      throw new UserError("demo: not built yet");
    };
    demo_default = command5;
  }
});

// action/src/run-cli.ts
var COMMANDS = {
  monitor: {
    summary: "scrape the collector, evaluate rules and budgets, reconcile alert issues",
    load: () => Promise.resolve().then(() => (init_monitor(), monitor_exports))
  },
  job: {
    summary: "start or watch a maintenance job: job <type> [--param k=v] | job --watch <id>",
    load: () => Promise.resolve().then(() => (init_job(), job_exports))
  },
  site: {
    summary: "build the static dashboard into reports-site/dist (or --out DIR)",
    load: () => Promise.resolve().then(() => (init_site(), site_exports))
  },
  simulate: {
    summary: "send realistic simulated traffic to a collector",
    load: () => Promise.resolve().then(() => (init_simulate(), simulate_exports))
  },
  demo: {
    summary: "run the whole system locally on 127.0.0.1 (--once exits after building)",
    load: () => Promise.resolve().then(() => (init_demo(), demo_exports))
  }
};
function usage() {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return ["usage: pathwatch <command> [options]", "", "commands:", ...lines].join("\n");
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
    const command6 = (await entry.load()).default;
    return await command6({
      argv: rest,
      env: process.env,
      cwd: process.cwd(),
      stdout: out,
      stderr: err,
      signal: controller.signal,
      ...overrides
    });
  } catch (e) {
    const isUser = e instanceof Error && e.name === "UserError";
    err(`pathwatch ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return isUser ? 2 : 1;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

// action/src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
