#!/usr/bin/env node
import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  runCli
} from "./chunks/chunk-E5KPJNSC.js";
import "./chunks/chunk-IHO4MLRJ.js";

// action/src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
