import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-MB4SEL43.js";
import "./chunk-LVLFNFL7.js";
import "./chunk-WNPMFGHE.js";
import "./chunk-EK2VO5YD.js";
import "./chunk-PHDOOXWX.js";
import "./chunk-F3QEEMPS.js";
import "./chunk-UE6LPQYR.js";
import "./chunk-IHO4MLRJ.js";
export {
  monitor_default as default
};
