import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  monitor_default
} from "./chunk-CANGPZHG.js";
import "./chunk-53D3EE7U.js";
import "./chunk-T2RDBBMA.js";
import "./chunk-R45UPBC3.js";
import "./chunk-XXQYWVHG.js";
import "./chunk-N7TUJ5SC.js";
import "./chunk-UPQ3O4ES.js";
import "./chunk-5L6HU7UT.js";
import "./chunk-IHO4MLRJ.js";
export {
  monitor_default as default
};
