import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  followJob,
  job_default
} from "./chunk-6XB4CEQT.js";
import "./chunk-R45UPBC3.js";
import "./chunk-UPQ3O4ES.js";
import "./chunk-5L6HU7UT.js";
import "./chunk-IHO4MLRJ.js";
export {
  job_default as default,
  followJob
};
