import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  runMonitor
} from "./chunk-53D3EE7U.js";
import {
  MONITOR_USAGE,
  prepareMonitor
} from "./chunk-UPQ3O4ES.js";

// action/src/commands/monitor.ts
import { appendFile } from "node:fs/promises";
var command = async (ctx) => {
  if (ctx.argv.includes("--help") || ctx.argv.includes("-h")) {
    ctx.stdout(MONITOR_USAGE);
    return 0;
  }
  const prepared = await prepareMonitor(ctx);
  const result = await runMonitor({ ...prepared, log: (line) => ctx.stderr(line) });
  if (prepared.summaryFile) await appendFile(prepared.summaryFile, `${result.summary}
`);
  else ctx.stdout(result.summary);
  const critical = result.firing.filter((e) => e.severity === "critical").length;
  ctx.stderr(
    `pathwatch monitor: ${result.firing.length} firing (${critical} critical), ${result.actions.length} issue change(s) ${result.applied ? "applied" : "planned"}, ${result.api.apiCalls} GitHub API call(s), config: ${prepared.configSource}, ${result.durationMs} ms`
  );
  if (result.identityError) {
    ctx.stderr(`pathwatch monitor: ${result.identityError}`);
    return 1;
  }
  return 0;
};
var monitor_default = command;

export {
  monitor_default
};
