import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  followJob,
  job_default
} from "./chunk-NRO7OIJ5.js";
import "./chunk-CK6O64XR.js";
import "./chunk-4CZOPRJI.js";
import "./chunk-IHO4MLRJ.js";
export {
  job_default as default,
  followJob
};
