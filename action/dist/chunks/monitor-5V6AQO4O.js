import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-5HVLDMJO.js";
import "./chunk-5S6KLNTM.js";
import "./chunk-CK6O64XR.js";
import "./chunk-4CZOPRJI.js";
import "./chunk-IHO4MLRJ.js";
export {
  monitor_default as default
};
