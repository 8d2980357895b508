import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  followJob,
  job_default
} from "./chunk-CPKNIVKF.js";
import "./chunk-F3QEEMPS.js";
import "./chunk-UE6LPQYR.js";
import "./chunk-IHO4MLRJ.js";
export {
  job_default as default,
  followJob
};
