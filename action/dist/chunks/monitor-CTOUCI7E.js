import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-XTGDJEUT.js";
import "./chunk-I6MPLRR6.js";
import "./chunk-T6MH6MZG.js";
import "./chunk-CIGM3RIK.js";
import "./chunk-HJGUVQ3E.js";
import "./chunk-27FPFQ5J.js";
import "./chunk-PWW54PFY.js";
import "./chunk-IHO4MLRJ.js";
export {
  monitor_default as default
};
