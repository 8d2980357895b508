import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-BJPK5BWI.js";
import "./chunk-MRGTWCY7.js";
import "./chunk-WIHSEXP2.js";
import "./chunk-HL57FRHP.js";
import "./chunk-LISXZ222.js";
import "./chunk-DF23MKS7.js";
import "./chunk-2QDQ4D2G.js";
import "./chunk-IHO4MLRJ.js";
export {
  monitor_default as default
};
