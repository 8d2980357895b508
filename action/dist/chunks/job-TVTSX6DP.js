import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  followJob,
  job_default
} from "./chunk-Z5ODS32F.js";
import "./chunk-AG4BMA4W.js";
import "./chunk-5L6HU7UT.js";
import "./chunk-IHO4MLRJ.js";
export {
  job_default as default,
  followJob
};
