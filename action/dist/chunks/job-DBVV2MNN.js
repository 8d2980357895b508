import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  followJob,
  job_default
} from "./chunk-H572SEZ3.js";
import "./chunk-27FPFQ5J.js";
import "./chunk-PWW54PFY.js";
import "./chunk-IHO4MLRJ.js";
export {
  job_default as default,
  followJob
};
