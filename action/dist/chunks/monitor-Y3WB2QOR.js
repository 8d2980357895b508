import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-M6HBEJJ2.js";
import "./chunk-EYRTV4TH.js";
import "./chunk-XKUZTNI3.js";
import "./chunk-BYUNWN3W.js";
import "./chunk-X6BY7OX2.js";
import "./chunk-AG4BMA4W.js";
import "./chunk-5L6HU7UT.js";
import "./chunk-IHO4MLRJ.js";
export {
  monitor_default as default
};
