import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  followJob,
  job_default
} from "./chunk-SGL55QWM.js";
import "./chunk-DF23MKS7.js";
import "./chunk-2QDQ4D2G.js";
import "./chunk-IHO4MLRJ.js";
export {
  job_default as default,
  followJob
};
