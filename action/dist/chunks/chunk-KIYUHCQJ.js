import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  analyzeCost,
  anonymizeIp,
  computeHealth,
  parseIssue,
  pricesFor
} from "./chunk-5S6KLNTM.js";
import {
  DAY_MS,
  SnapshotSchema,
  TimeseriesSchema,
  UsageResponseSchema,
  external_exports
} from "./chunk-4CZOPRJI.js";
import {
  UserError,
  __commonJS,
  __require,
  __toESM
} from "./chunk-IHO4MLRJ.js";

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// ../../work/main/node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "../../work/main/node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// ../../work/main/node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "../../work/main/node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// ../../work/main/node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "../../work/main/node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join4(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join4;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join4(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// ../../work/main/node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "../../work/main/node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// ../../work/main/node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "../../work/main/node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// ../../work/main/node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "../../work/main/node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// ../../work/main/node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "../../work/main/node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// ../../work/main/node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "../../work/main/node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// ../../work/main/node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "../../work/main/node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment = cachedSegments[str];
          if (segment) {
            index += str.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// ../../work/main/node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "../../work/main/node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// ../../work/main/node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "../../work/main/node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry2 = inlineStack[i];
          if (entry2 instanceof Literal) {
            this.compileStack.push(entry2);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry2, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// ../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "../../work/main/node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// ../../work/main/node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "../../work/main/node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// reports-site/src/build.ts
import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

// reports-site/src/core/budget.ts
var DEFAULT_BUDGET = { jsGzipBytes: 80 * 1024, htmlGzipBytes: 60 * 1024 };
function checkBudget(files, budget) {
  const sum = (ext) => files.filter((f) => f.path.endsWith(ext)).reduce((n, f) => n + f.gzipBytes, 0);
  const js = sum(".js");
  const html = sum(".html");
  const violations = [];
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (js > budget.jsGzipBytes)
    violations.push(`JavaScript is ${kb(js)} gzip, over the ${kb(budget.jsGzipBytes)} budget`);
  if (html > budget.htmlGzipBytes)
    violations.push(`HTML is ${kb(html)} gzip, over the ${kb(budget.htmlGzipBytes)} budget`);
  return { js, html, violations };
}

// reports-site/src/core/format.ts
var INT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
var UTC_DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23"
});
var NO_DATA = "\u2014";
function formatInt(n) {
  return n === null ? NO_DATA : INT.format(n);
}
function formatCompact(n) {
  if (n === null) return NO_DATA;
  return Math.abs(n) < 1e3 ? formatDecimal(n) : COMPACT.format(n);
}
function formatDecimal(n) {
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }).format(n);
}
function formatMs(ms) {
  if (ms === null) return NO_DATA;
  if (ms >= 1e3) return `${formatDecimal(ms / 1e3)} s`;
  return `${formatDecimal(ms)} ms`;
}
function formatPercent(ratio2) {
  if (ratio2 === null) return NO_DATA;
  const pct = ratio2 * 100;
  if (pct !== 0 && Math.abs(pct) < 0.01) return `${pct.toPrecision(1)}%`;
  return `${formatDecimal(pct)}%`;
}
function formatBytes(bytes) {
  if (bytes === null) return NO_DATA;
  const units = ["B", "KB", "MB", "GB", "TB"];
  let v = bytes;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${i === 0 ? INT.format(v) : formatDecimal(v)} ${units[i]}`;
}
function formatMoney(amount, currency = "USD") {
  if (amount === null) return NO_DATA;
  const digits = amount !== 0 && Math.abs(amount) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  }).format(amount);
}
function formatDuration(seconds2) {
  const s = Math.max(0, Math.round(seconds2));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86400) {
    const m = Math.round(s % 3600 / 60);
    return m ? `${Math.floor(s / 3600)} h ${m} min` : `${Math.floor(s / 3600)} h`;
  }
  const h = Math.round(s % 86400 / 3600);
  return h ? `${Math.floor(s / 86400)} d ${h} h` : `${Math.floor(s / 86400)} d`;
}
function formatUtc(ms) {
  const parts = Object.fromEntries(UTC_DATE_TIME.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} UTC`;
}

// reports-site/src/core/health.ts
var STATUS = {
  ok: { text: "OK", icon: "\u2713" },
  warning: { text: "Warning", icon: "\u25B2" },
  critical: { text: "Critical", icon: "\u2715" },
  unknown: { text: "No data", icon: "\u2013" }
};
function status(level, text) {
  const s = STATUS[level];
  return { level, text: text ?? s.text, icon: s.icon };
}
function levelOf(value, t) {
  if (value === null) return "unknown";
  if (t.critical !== null && value >= t.critical) return "critical";
  if (t.warning !== null && value >= t.warning) return "warning";
  return "ok";
}
function healthStatus(score) {
  if (score === null) return status("unknown");
  if (score >= 90) return status("ok", "Good");
  if (score >= 60) return status("warning", "Degraded");
  return status("critical", "Poor");
}

// reports-site/src/core/alerts.ts
var RANK = { critical: 0, warning: 1, info: 2 };
var LEVEL = { critical: "critical", warning: "warning", info: "ok" };
function safeHttpUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}
function selectAlerts(alerts, now, withinDays) {
  if (alerts === null) return { firing: [], resolved: [] };
  const since = now - withinDays * 864e5;
  const timeOf = (a) => Date.parse(a.resolvedAt ?? a.openedAt);
  const order = (a, b) => RANK[a.severity] - RANK[b.severity] || timeOf(b) - timeOf(a);
  return {
    firing: alerts.filter((a) => a.state === "firing").sort(order),
    resolved: alerts.filter((a) => a.state === "resolved" && a.resolvedAt !== null && Date.parse(a.resolvedAt) >= since).sort(order)
  };
}
function alertsPanel(alerts, now, withinDays) {
  const { firing, resolved } = selectAlerts(alerts, now, withinDays);
  const critical = firing.filter((a) => a.severity === "critical").length;
  const summary = alerts === null ? "Alert issues were not read for this build." : firing.length === 0 ? "No alert is firing." : `${firing.length} firing${critical ? ` (${critical} critical)` : ""}.`;
  return {
    loaded: alerts !== null,
    firing: firing.map((a) => alertRow(a, now)),
    resolved: resolved.map((a) => alertRow(a, now)),
    summary,
    resolvedWithinDays: withinDays
  };
}
function alertRow(a, now) {
  const opened = Date.parse(a.openedAt);
  const resolved = a.resolvedAt === null ? null : Date.parse(a.resolvedAt);
  const severityText = a.severity[0]?.toUpperCase() + a.severity.slice(1);
  return {
    fingerprint: a.fingerprint,
    title: a.title,
    severity: status(LEVEL[a.severity], severityText),
    state: a.state,
    stateText: a.state === "firing" ? "Firing" : "Resolved",
    flapping: a.flapping,
    url: safeHttpUrl(a.url),
    openedIso: a.openedAt,
    openedText: formatUtc(opened),
    resolvedIso: a.resolvedAt,
    resolvedText: resolved === null ? null : formatUtc(resolved),
    durationText: resolved === null ? `firing for ${formatDuration((now - opened) / 1e3)}` : `lasted ${formatDuration((resolved - opened) / 1e3)}`,
    labels: Object.entries(a.labels).sort(([x], [y]) => x.localeCompare(y)).map(([name, value]) => ({ name, value }))
  };
}

// reports-site/src/core/feed.ts
var NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function escapeXml(s) {
  return s.replace(NOT_XML_CHAR, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function renderAtomFeed(alerts, o) {
  const { firing, resolved } = selectAlerts(alerts, o.now, o.withinDays);
  const updatedOf = (a) => a.resolvedAt ?? a.openedAt;
  const entries = [...firing, ...resolved].sort(
    (a, b) => Date.parse(updatedOf(b)) - Date.parse(updatedOf(a))
  );
  const base = o.siteUrl ? safeHttpUrl(o.siteUrl.replace(/\/?$/, "/")) : null;
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(base ? `${base}feed.xml` : "urn:pathwatch:incidents")}</id>`,
    `  <title>${escapeXml(`${o.title} incidents`)}</title>`,
    `  <updated>${escapeXml(entries[0] ? updatedOf(entries[0]) : o.generatedAt)}</updated>`,
    "  <author><name>pathwatch</name></author>",
    "  <generator>pathwatch</generator>",
    ...base ? [
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}feed.xml`)}"/>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(base)}"/>`
    ] : []
  ];
  return `${[...head, ...entries.map(entry), "</feed>"].join("\n")}
`;
}
function entry(a) {
  const url = safeHttpUrl(a.url);
  const state = a.state === "firing" ? "firing" : "resolved";
  const labels = Object.entries(a.labels).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => `${k}=${v}`).join(", ");
  const summary = a.state === "firing" ? `Firing since ${a.openedAt}.` : `Opened ${a.openedAt}, resolved ${a.resolvedAt ?? "at an unknown time"}.`;
  return [
    "  <entry>",
    `    <id>urn:pathwatch:alert:${escapeXml(encodeURIComponent(a.fingerprint))}:${Date.parse(a.openedAt)}</id>`,
    `    <title>${escapeXml(`[${a.severity}] ${a.title} (${state})`)}</title>`,
    `    <published>${escapeXml(a.openedAt)}</published>`,
    `    <updated>${escapeXml(a.resolvedAt ?? a.openedAt)}</updated>`,
    ...url ? [`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`] : [],
    `    <category term="${escapeXml(a.severity)}"/>`,
    `    <summary type="text">${escapeXml(labels ? `${summary} Labels: ${labels}.` : summary)}</summary>`,
    "  </entry>"
  ].join("\n");
}

// reports-site/src/core/anonymise.ts
import { createHmac } from "node:crypto";
function anonymiseIp(ip, how) {
  switch (how.mode) {
    case "none":
      return ip;
    case "hash":
      return `anon-${createHmac("sha256", how.salt).update(ip.trim().toLowerCase()).digest("hex").slice(0, 12)}`;
    case "prefix":
      return anonymizeIp(ip);
  }
}
function describeAnonymisation(how) {
  switch (how.mode) {
    case "none":
      return "IP addresses are shown in full: the site owner turned anonymisation off.";
    case "hash":
      return "IP addresses are replaced by a keyed hash (HMAC-SHA256 with a secret salt).";
    case "prefix":
      return "IP addresses are truncated to their /24 (IPv4) or /48 (IPv6) network.";
  }
}

// reports-site/src/core/outputs.ts
var SUMMARY_SCHEMA_VERSION = 1;
function summaryJson(input, options) {
  const now = Date.parse(input.generatedAt);
  const snap = input.snapshot;
  const { firing, resolved } = selectAlerts(input.alerts, now, options.resolvedWithinDays);
  const alert = (a) => ({
    fingerprint: a.fingerprint,
    title: a.title,
    severity: a.severity,
    state: a.state,
    url: a.url,
    openedAt: a.openedAt,
    resolvedAt: a.resolvedAt,
    labels: a.labels
  });
  const cost = input.cost;
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    generatedAt: input.generatedAt,
    snapshotAt: snap.generatedAt,
    stale: (now - Date.parse(snap.generatedAt)) / 1e3 > options.staleAfterSeconds,
    collectorVersion: snap.version,
    summary: { ...snap.summary, healthScore: input.health?.score ?? null },
    health: input.health,
    performance: snap.performance,
    resources: snap.resources,
    business: snap.business,
    cost,
    alerts: input.alerts === null ? null : { firing: firing.map(alert), resolved: resolved.map(alert) },
    topIps: snap.topIps.map((ip) => ({ ...ip, ip: anonymiseIp(ip.ip, options.anonymise) })),
    links: {
      history: { "24h": "history-24h.json", "7d": "history-7d.json", "30d": "history-30d.json" },
      feed: "../feed.xml",
      metrics: "../metrics.prom"
    }
  };
}
function historyJson(ts, generatedAt) {
  return { schemaVersion: SUMMARY_SCHEMA_VERSION, generatedAt, ...ts };
}
var COLOR = {
  ok: "brightgreen",
  warning: "orange",
  critical: "red",
  unknown: "lightgrey"
};
function badges(input, options) {
  const t = options.thresholds;
  const p = input.snapshot.performance;
  const health = input.health?.score ?? null;
  const { firing } = selectAlerts(input.alerts, Date.parse(input.generatedAt), options.resolvedWithinDays);
  const critical = firing.filter((a) => a.severity === "critical").length;
  const projected = input.cost?.projected.cost ?? null;
  const badge = (label, message, level) => ({
    schemaVersion: 1,
    label,
    message,
    color: COLOR[level]
  });
  return {
    health: badge(
      "health",
      health === null ? "no data" : `${formatDecimal(health)} / 100`,
      healthStatus(health).level
    ),
    alerts: input.alerts === null ? badge("alerts", "not loaded", "unknown") : badge(
      "alerts",
      firing.length === 0 ? "none firing" : `${firing.length} firing${critical ? ` (${critical} critical)` : ""}`,
      critical ? "critical" : firing.length ? "warning" : "ok"
    ),
    "p95-latency": badge("p95 latency", formatMs(p.p95Ms).replace("\u2014", "no data"), levelOf(p.p95Ms, t.p95Ms)),
    "error-rate": badge(
      "error rate",
      formatPercent(p.errorRate).replace("\u2014", "no data"),
      levelOf(p.errorRate, t.errorRate)
    ),
    "monthly-cost": badge(
      "projected cost",
      projected === null ? "no data" : `${formatMoney(projected, input.cost?.currency)} / month`,
      levelOf(projected, t.monthlyCost)
    ),
    "active-dos": {
      ...badge("active DOs", formatInt(input.snapshot.summary.activeIps), "ok"),
      color: "blue"
    }
  };
}

// worker/src/contract/prometheus.ts
var NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
var LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function escapeHelp(text) {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function escapeLabelValue(text) {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}
function formatValue(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(v);
}
function formatLabels(labels) {
  const entries = Object.entries(labels ?? {});
  if (entries.length === 0) return "";
  for (const [k] of entries) if (!LABEL.test(k)) throw new Error(`invalid label name ${k}`);
  return `{${entries.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(",")}}`;
}
function renderPrometheus(families) {
  const lines = [];
  for (const f of families) {
    if (!NAME.test(f.name)) throw new Error(`invalid metric name ${f.name}`);
    lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples)
      lines.push(`${f.name}${s.suffix ?? ""}${formatLabels(s.labels)} ${formatValue(s.value)}`);
  }
  return `${lines.join("\n")}
`;
}

// reports-site/src/core/prometheus.ts
function family(name, help, samples) {
  return {
    name,
    help,
    type: "gauge",
    samples: samples.filter((s) => s.value !== null)
  };
}
var seconds = (ms) => ms === null ? null : ms / 1e3;
function renderSnapshotMetrics(snap) {
  const p = snap.performance;
  const today = snap.usage.today;
  const window = `over the last ${p.windowSeconds} s`;
  return renderPrometheus([
    family(
      "pathwatch_site_durable_objects",
      "Path-collector Durable Objects (one per client IP) by activity state.",
      [
        { labels: { state: "active" }, value: snap.summary.activeIps },
        { labels: { state: "idle" }, value: snap.summary.idleIps }
      ]
    ),
    family("pathwatch_site_record_latency_seconds", `End-to-end record latency ${window}, by statistic.`, [
      { labels: { stat: "avg" }, value: seconds(p.avgMs) },
      { labels: { stat: "p50" }, value: seconds(p.p50Ms) },
      { labels: { stat: "p95" }, value: seconds(p.p95Ms) },
      { labels: { stat: "p99" }, value: seconds(p.p99Ms) }
    ]),
    family("pathwatch_site_record_failure_ratio", `Share of record requests by failure outcome ${window}.`, [
      { labels: { outcome: "error" }, value: p.errorRate },
      { labels: { outcome: "timeout" }, value: p.timeoutRate },
      { labels: { outcome: "fallback" }, value: p.fallbackRate }
    ]),
    family("pathwatch_site_record_throughput_per_second", `Record requests per second ${window}.`, [
      { value: p.throughputPerSecond }
    ]),
    family("pathwatch_site_paths", "Distinct normalised paths across all Durable Objects.", [
      { value: snap.resources.totalPaths }
    ]),
    family("pathwatch_site_storage_bytes", "SQLite storage used by all Durable Objects.", [
      { value: snap.resources.storageBytes }
    ]),
    family("pathwatch_site_journal_backlog", "Events in the fallback journal awaiting replay.", [
      { value: snap.journal.backlog }
    ]),
    family("pathwatch_site_monitoring_overhead_ratio", "Report DO requests per record DO request, today.", [
      { value: snap.overhead.ratio }
    ]),
    family("pathwatch_site_breaker_open", "Whether the circuit breaker is open (1) or not (0).", [
      { value: snap.breaker.state === "open" ? 1 : 0 }
    ]),
    family("pathwatch_site_usage_today", "Cost-model usage so far today (UTC), by kind.", [
      { labels: { kind: "worker_requests" }, value: today.workerRequests },
      { labels: { kind: "do_requests" }, value: today.doRequests },
      { labels: { kind: "rows_read" }, value: today.rowsRead },
      { labels: { kind: "rows_written" }, value: today.rowsWritten },
      { labels: { kind: "active_gb_seconds" }, value: today.activeGbSeconds }
    ]),
    family(
      "pathwatch_site_snapshot_timestamp_seconds",
      "When the collector produced this snapshot (Unix time).",
      [{ value: Date.parse(snap.generatedAt) / 1e3 }]
    )
  ]);
}

// reports-site/src/core/cost-panel.ts
function costPanel(cost, dailyRows = 14) {
  const money = (n) => formatMoney(n, cost.currency);
  const anomalies = new Set(cost.anomalies.filter((a) => a.series === "cost").map((a) => a.date));
  const p = cost.projected;
  return {
    month: cost.month,
    monthToDate: money(cost.monthToDate.cost),
    forecast: {
      cost: money(p.cost),
      range: `${money(p.low)} \u2013 ${money(p.high)}`,
      confidence: formatPercent(p.confidence),
      basis: p.basisDays ? `linear trend over ${p.basisDays} complete day${p.basisDays === 1 ? "" : "s"}, 95% band` : "today's pace (no complete day yet)",
      trend: cost.trendChange === null ? cost.trend : `${cost.trend} (${signed(cost.trendChange)})`
    },
    breakdown: [...cost.breakdown].sort((a, b) => b.grossProjectedCost - a.grossProjectedCost || b.projectedCost - a.projectedCost).map((c) => ({
      label: c.label,
      monthToDate: money(c.mtdCost),
      projected: money(c.projectedCost),
      listShare: Math.round(c.grossPercent * 10) / 10,
      listShareText: `${formatDecimal(c.grossPercent)}%`,
      note: c.exceedsIncludedOn ? `free allowance used up on ${c.exceedsIncludedOn}` : null
    })),
    daily: cost.daily.slice(-dailyRows).reverse().map((d) => ({
      date: d.date,
      cost: money(d.grossCost),
      note: [d.complete ? null : "today, partial", anomalies.has(d.date) ? "\u26A0 anomaly" : null].filter((n) => n !== null).join("; ") || null
    })),
    weekly: weeklyTotals(cost.daily).map((w) => ({
      week: w.week,
      total: money(w.total),
      avgDaily: money(w.total / w.days),
      peakDaily: money(w.peak),
      days: w.days
    })),
    recommendations: cost.recommendations.map((r) => ({
      title: r.title,
      detail: r.detail,
      savings: r.estimatedMonthlySavings === null ? null : `${money(r.estimatedMonthlySavings)} per month`
    })),
    notes: {
      subscription: money(cost.subscription),
      notMeasured: cost.notMeasured.join(", "),
      costPerRequest: cost.costPerRequest === null ? null : money(cost.costPerRequest * 1e6)
    },
    prices: {
      asOf: cost.prices.asOf,
      plan: cost.prices.plan,
      sources: cost.prices.sources.map((s) => safeHttpUrl(s)).filter((s) => s !== null).map((href) => ({ href, text: new URL(href).pathname.split("/").filter(Boolean)[0] ?? href }))
    }
  };
}
function signed(ratio2) {
  return `${ratio2 >= 0 ? "+" : "\u2212"}${formatPercent(Math.abs(ratio2))}`;
}
function isoWeek(date) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 864e5 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
function weeklyTotals(daily) {
  const weeks = /* @__PURE__ */ new Map();
  for (const d of daily) {
    const key = isoWeek(d.date);
    const w = weeks.get(key) ?? { week: key, total: 0, peak: 0, days: 0 };
    w.total += d.grossCost;
    w.peak = Math.max(w.peak, d.grossCost);
    w.days++;
    weeks.set(key, w);
  }
  return [...weeks.values()].sort((a, b) => b.week.localeCompare(a.week));
}

// reports-site/src/core/sparkline.ts
var SPARK_WIDTH = 120;
var SPARK_HEIGHT = 32;
function downsample(values, buckets) {
  if (values.length <= buckets) return values.slice();
  const out = [];
  const size = values.length / buckets;
  for (let b = 0; b < buckets; b++) {
    let sum = 0;
    let n = 0;
    for (let i = Math.floor(b * size); i < Math.floor((b + 1) * size); i++) {
      const v = values[i];
      if (v !== null && v !== void 0) {
        sum += v;
        n++;
      }
    }
    out.push(n ? sum / n : null);
  }
  return out;
}
function sparklinePath(values, buckets = 48) {
  const pts = downsample(values, buckets);
  const present = pts.filter((v) => v !== null);
  if (present.length < 2) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const stepX = SPARK_WIDTH / Math.max(1, pts.length - 1);
  const pad = 2;
  let d = "";
  let penDown = false;
  pts.forEach((v, i) => {
    if (v === null) {
      penDown = false;
      return;
    }
    const x = round(i * stepX);
    const y = max === min ? SPARK_HEIGHT / 2 : round(pad + (1 - (v - min) / span) * (SPARK_HEIGHT - 2 * pad));
    d += `${penDown ? "L" : "M"}${x} ${y}`;
    penDown = true;
  });
  return d;
}
function round(n) {
  return Math.round(n * 10) / 10;
}

// reports-site/src/core/cards.ts
function spark(values, basis) {
  const path = values ? sparklinePath(values) : null;
  return path === null ? null : { path, width: 120, height: 32, basis };
}
function card(fields) {
  return { unit: "", hint: null, change: null, compares: true, spark: null, status: null, ...fields };
}

// reports-site/src/core/change.ts
function relativeChange(current, previous, polarity, basis) {
  if (current === null || previous === null) return null;
  if (previous === 0) return current === 0 ? flat(basis) : null;
  const rel = (current - previous) / Math.abs(previous);
  if (Math.abs(rel) < 5e-4) return flat(basis);
  const text = `${rel > 0 ? "+" : "\u2212"}${formatDecimal(Math.abs(rel * 100))}%`;
  return directed(rel > 0, text, polarity, basis);
}
function absoluteChange(current, previous, polarity, basis, unit = "") {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  if (Math.abs(diff) < 1e-9) return flat(basis);
  const text = `${diff > 0 ? "+" : "\u2212"}${formatDecimal(Math.abs(diff))}${unit}`;
  return directed(diff > 0, text, polarity, basis);
}
function flat(basis) {
  return { text: "\xB10", icon: "\u25A0", direction: "flat", sentiment: "neutral", basis };
}
function directed(up, text, polarity, basis) {
  const good = polarity === "neutral" ? null : up === (polarity === "higher-better");
  return {
    text,
    icon: up ? "\u25B2" : "\u25BC",
    direction: up ? "up" : "down",
    sentiment: good === null ? "neutral" : good ? "good" : "bad",
    basis
  };
}
function lastTwoWindows(values, n) {
  const end = values.length;
  return {
    current: values.slice(Math.max(0, end - n), end),
    previous: values.slice(Math.max(0, end - 2 * n), Math.max(0, end - n))
  };
}
function meanOf(values) {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v !== null) {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : null;
}
function weightedMean(values, weights) {
  let sum = 0;
  let w = 0;
  values.forEach((v, i) => {
    const wi = weights[i];
    if (v !== null && wi !== null && wi !== void 0 && wi > 0) {
      sum += v * wi;
      w += wi;
    }
  });
  return w > 0 ? sum / w : null;
}

// reports-site/src/core/series.ts
function bucketTimes(ts) {
  const start = Date.parse(ts.start);
  const n = ts.series.requests.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = start + i * ts.stepSeconds * 1e3;
  return out;
}
function perMinute(values, stepSeconds) {
  const factor = stepSeconds > 0 ? 60 / stepSeconds : 0;
  return values.map((v) => v === null ? null : v * factor);
}
function ratio(num, den) {
  return den.map((d, i) => {
    const n = num[i];
    return d === null || d === 0 || n === null || n === void 0 ? null : n / d;
  });
}
var CHART_META = {
  requests: {
    title: "Requests",
    unit: "req/min",
    lines: [
      { id: "requests", label: "Recorded requests", style: "solid" },
      { id: "doRequests", label: "DO requests", style: "dashed" }
    ]
  },
  latency: {
    title: "Record latency",
    unit: "ms",
    lines: [
      { id: "p50", label: "p50", style: "solid" },
      { id: "p95", label: "p95", style: "dashed" },
      { id: "p99", label: "p99", style: "dotted" }
    ]
  },
  errors: {
    title: "Errors",
    unit: "%",
    lines: [
      { id: "errorRate", label: "Error rate", style: "solid" },
      { id: "timeoutRate", label: "Timeout rate", style: "dashed" },
      { id: "fallbackRate", label: "Fallback rate", style: "dotted" }
    ]
  }
};
function sumOf(values) {
  let total = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
}
function maxOf(values) {
  let best = null;
  values.forEach((v, index) => {
    if (v !== null && (best === null || v > best.value)) best = { value: v, index };
  });
  return best;
}
function countNulls(values) {
  let n = 0;
  for (const v of values) if (v === null) n++;
  return n;
}

// reports-site/src/core/tiles.ts
var DAY = 86400;
function optionalSeries(ts, key) {
  const series = ts.series;
  return Object.hasOwn(series, key) ? series[key] ?? null : null;
}
function bucketsPerDay(ts) {
  return Math.max(1, Math.round(DAY / Math.max(1, ts.stepSeconds)));
}
function summaryTiles(input, thresholds) {
  return [
    ...doTiles(input.snapshot, input.timeseries),
    ...costTiles(input.cost, thresholds),
    healthTile(input, thresholds)
  ];
}
function doTiles(snapshot, ts) {
  const s = snapshot.summary;
  const total24 = optionalSeries(ts["24h"], "totalIps");
  const active = lastTwoWindows(ts["7d"].series.activeIps, bucketsPerDay(ts["7d"]));
  const idle24 = total24?.map((t, i) => {
    const a = ts["24h"].series.activeIps[i];
    return t === null || a === null || a === void 0 ? null : Math.max(0, t - a);
  });
  const noHistory = "the collector keeps no history of the registry size";
  return [
    card({
      id: "total-dos",
      label: "Durable Objects",
      value: formatInt(s.totalIps),
      unit: "total",
      hint: total24 ? null : noHistory,
      change: absoluteChange(
        s.totalIps,
        s.totalIps - snapshot.business.newIpsToday,
        "neutral",
        "new since 00:00 UTC"
      ),
      spark: spark(total24, "registry size, last 24 h")
    }),
    card({
      id: "active-dos",
      label: "Active DOs",
      value: formatInt(s.activeIps),
      unit: "active",
      hint: `activity in the last ${formatDuration(s.activeWindowSeconds)}`,
      change: relativeChange(meanOf(active.current), meanOf(active.previous), "neutral", "vs previous 24 h"),
      spark: spark(ts["24h"].series.activeIps, "active IPs per minute, last 24 h")
    }),
    card({
      id: "idle-dos",
      label: "Idle DOs",
      compares: false,
      value: formatInt(s.idleIps),
      unit: "idle",
      hint: total24 ? `idle for ${formatDuration(s.activeWindowSeconds)} or more` : `idle for ${formatDuration(s.activeWindowSeconds)} or more; ${noHistory}`,
      spark: spark(idle24 ?? null, "last 24 h")
    })
  ];
}
function costTiles(cost, thresholds) {
  if (cost === null) {
    const none = { value: "\u2014", hint: "no cost analysis in this build" };
    return [
      card({ id: "daily-cost", label: "Daily cost", ...none }),
      card({ id: "monthly-cost", label: "Projected month", ...none })
    ];
  }
  const complete = cost.daily.filter((d) => d.complete);
  const last = complete.at(-1) ?? cost.daily.at(-1) ?? null;
  const before = complete.at(-2) ?? null;
  let cumulative = 0;
  const mtd = cost.daily.filter((d) => d.date.startsWith(cost.month)).map((d) => {
    cumulative += d.grossCost;
    return cumulative;
  });
  const projected = cost.projected.cost;
  return [
    card({
      id: "daily-cost",
      label: "Daily cost",
      value: formatMoney(last?.grossCost ?? null, cost.currency),
      unit: last?.complete ? "list price" : "today so far",
      hint: last ? `${last.date}, before free allowances` : "no usage recorded yet",
      change: before && last?.complete ? relativeChange(last.grossCost, before.grossCost, "lower-better", `vs ${before.date}`) : null,
      spark: spark(
        complete.map((d) => d.grossCost),
        `daily cost, last ${complete.length} complete days`
      )
    }),
    card({
      id: "monthly-cost",
      label: "Projected month",
      value: formatMoney(projected, cost.currency),
      unit: cost.month,
      hint: `billed usage; ${formatPercent(cost.projected.confidence)} confidence`,
      change: cost.trendChange === null ? null : trendChange(cost.trendChange),
      spark: spark(mtd, "month-to-date cost at list price"),
      status: status(levelOf(projected, thresholds.monthlyCost), budgetText(projected, thresholds))
    })
  ];
}
function trendChange(change) {
  return relativeChange(1 + change, 1, "lower-better", "daily cost, last 3 days vs 4 before");
}
function budgetText(projected, t) {
  const { warning, critical } = t.monthlyCost;
  const level = levelOf(projected, t.monthlyCost);
  if (level === "critical" && critical !== null) return `Over ${formatMoney(critical)} budget`;
  if (level === "warning" && warning !== null) return `Over ${formatMoney(warning)} (budget warning)`;
  const limit = warning ?? critical;
  return limit === null ? "No budget set" : `Under ${formatMoney(limit)}`;
}
function healthTile(input, thresholds) {
  const score = input.health?.score ?? null;
  const week = lastTwoWindows(input.healthSeries?.["7d"] ?? [], bucketsPerDay(input.timeseries["7d"]));
  const sla = thresholds.sla;
  return card({
    id: "health",
    label: "Health score",
    value: score === null ? "\u2014" : formatDecimal(score),
    unit: "/ 100",
    hint: `SLA: p95 \u2264 ${sla.max_p95_ms} ms, errors \u2264 ${formatPercent(sla.max_error_rate)}`,
    change: absoluteChange(
      meanOf(week.current),
      meanOf(week.previous),
      "higher-better",
      "vs previous 24 h",
      " pts"
    ),
    spark: spark(input.healthSeries?.["24h"] ?? [], "health per minute, last 24 h"),
    status: healthStatus(score)
  });
}

// reports-site/src/core/performance.ts
var BASIS = "vs previous 24 h";
function performanceCards(snapshot, ts, t) {
  const p = snapshot.performance;
  const s24 = ts["24h"].series;
  const week = ts["7d"];
  const n = bucketsPerDay(week);
  const req = lastTwoWindows(week.series.requests, n);
  const sumRatio = (key) => {
    const w = lastTwoWindows(week.series[key], n);
    return [
      safeDiv(sumOf(w.current), sumOf(req.current)),
      safeDiv(sumOf(w.previous), sumOf(req.previous))
    ];
  };
  const avgW = lastTwoWindows(week.series.avgMs, n);
  const percentileCard = (id, label) => card({
    id,
    label,
    value: formatMs(p[id]),
    change: sameBucketYesterday(week.series[id], n),
    spark: spark(s24[id], `${label}, last 24 h`),
    status: id === "p95Ms" ? status(levelOf(p.p95Ms, t.p95Ms)) : null
  });
  const [errNow, errPrev] = sumRatio("errors");
  const [toNow, toPrev] = sumRatio("timeouts");
  const [fbNow, fbPrev] = sumRatio("fallbacks");
  const window = `over the last ${formatDuration(p.windowSeconds)}`;
  return [
    card({
      id: "avg",
      label: "Average latency",
      value: formatMs(p.avgMs),
      hint: window,
      change: relativeChange(
        weightedMean(avgW.current, req.current),
        weightedMean(avgW.previous, req.previous),
        "lower-better",
        BASIS
      ),
      spark: spark(s24.avgMs, "average latency, last 24 h")
    }),
    percentileCard("p50Ms", "p50 latency"),
    percentileCard("p95Ms", "p95 latency"),
    percentileCard("p99Ms", "p99 latency"),
    card({
      id: "error-rate",
      label: "Error rate",
      value: formatPercent(p.errorRate),
      hint: `${formatInt(p.requests)} requests ${window}`,
      change: relativeChange(errNow, errPrev, "lower-better", BASIS),
      spark: spark(ratio(s24.errors, s24.requests), "error rate, last 24 h"),
      status: status(levelOf(p.errorRate, t.errorRate))
    }),
    card({
      id: "timeout-rate",
      label: "Timeouts",
      value: formatPercent(p.timeoutRate),
      change: relativeChange(toNow, toPrev, "lower-better", BASIS),
      spark: spark(ratio(s24.timeouts, s24.requests), "timeout rate, last 24 h")
    }),
    card({
      id: "fallback-rate",
      label: "Fallbacks to journal",
      value: formatPercent(p.fallbackRate),
      change: relativeChange(fbNow, fbPrev, "lower-better", BASIS),
      spark: spark(ratio(s24.fallbacks, s24.requests), "fallback rate, last 24 h")
    }),
    card({
      id: "throughput",
      label: "Throughput",
      value: formatCompact(p.throughputPerSecond),
      unit: "req/s",
      change: relativeChange(sumOf(req.current), sumOf(req.previous), "neutral", BASIS),
      spark: spark(perMinute(s24.requests, ts["24h"].stepSeconds), "requests per minute, last 24 h")
    })
  ];
}
function safeDiv(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}
function sameBucketYesterday(values, perDay) {
  const lastIndex = values.findLastIndex((v) => v !== null);
  if (lastIndex < perDay) return null;
  return relativeChange(
    values[lastIndex] ?? null,
    values[lastIndex - perDay] ?? null,
    "lower-better",
    "latest bucket vs a day earlier"
  );
}
function resourceCards(snapshot) {
  const r = snapshot.resources;
  const today = snapshot.usage.today;
  const breaker = snapshot.breaker;
  return [
    card({
      compares: false,
      id: "paths",
      label: "Distinct paths",
      value: formatInt(r.totalPaths),
      hint: `${formatDecimal(r.avgPathsPerIp)} per IP on average`
    }),
    card({
      compares: false,
      id: "storage",
      label: "Stored data",
      value: formatBytes(r.storageBytes),
      hint: "SQLite storage across all DOs"
    }),
    card({
      compares: false,
      id: "do-requests",
      label: "DO requests today",
      value: formatInt(today.doRequests),
      hint: `${formatInt(today.workerRequests)} Worker requests`
    }),
    card({
      compares: false,
      id: "rows",
      label: "SQL rows today",
      value: formatCompact(today.rowsRead),
      unit: "read",
      hint: `${formatCompact(today.rowsWritten)} written`
    }),
    card({
      compares: false,
      id: "overhead",
      label: "Monitoring overhead",
      value: formatPercent(snapshot.overhead.ratio),
      hint: `${formatInt(snapshot.overhead.reportRequests)} report \xF7 ${formatInt(snapshot.overhead.recordRequests)} record DO requests`
    }),
    card({
      compares: false,
      id: "breaker",
      label: "Circuit breaker",
      value: breaker.state,
      hint: `${formatInt(breaker.recentFailures)} recent failures`,
      status: status(
        breaker.state === "closed" ? "ok" : breaker.state === "open" ? "critical" : "warning",
        breakerText(breaker.state)
      )
    }),
    card({
      compares: false,
      id: "journal",
      label: "Fallback journal",
      value: formatInt(snapshot.journal.backlog),
      unit: "pending",
      hint: snapshot.journal.oldestAt ? `oldest ${snapshot.journal.oldestAt}` : "nothing waiting for replay",
      status: status(
        snapshot.journal.backlog === 0 ? "ok" : "warning",
        snapshot.journal.backlog === 0 ? "Empty" : "Backlog"
      )
    }),
    card({
      compares: false,
      id: "active-seconds",
      label: "DO active time today",
      value: formatDuration(today.activeSeconds),
      hint: `${formatDecimal(today.activeGbSeconds)} GB-s`
    })
  ];
}
function breakerText(state) {
  return state === "closed" ? "Closed" : state === "open" ? "Open: writes go to the journal" : "Half-open: probing";
}

// reports-site/src/core/trends.ts
var RANGES = [
  { id: "24h", label: "last 24 hours", seconds: 86400, periodSeconds: 3600 },
  { id: "7d", label: "last 7 days", seconds: 7 * 86400, periodSeconds: 86400 },
  { id: "30d", label: "last 30 days", seconds: 30 * 86400, periodSeconds: 86400 }
];
function costWindowSeconds(rangeSeconds) {
  return Math.max(rangeSeconds, 7 * 86400);
}
function periods(ts, periodSeconds) {
  const times = bucketTimes(ts);
  const groups = /* @__PURE__ */ new Map();
  times.forEach((t, i) => {
    const key = Math.floor(t / (periodSeconds * 1e3)) * periodSeconds * 1e3;
    const g = groups.get(key) ?? [];
    g.push(i);
    groups.set(key, g);
  });
  return [...groups.entries()].map(([from, idx]) => ({
    period: {
      label: periodSeconds >= 86400 ? formatUtc(from).slice(0, 10) : formatUtc(from).slice(0, 16),
      from,
      to: from + periodSeconds * 1e3
    },
    idx
  }));
}
var pick = (values, idx) => idx.map((i) => values[i] ?? null);
function trendFigures(timeseries, cost, now) {
  const figure = (id, title, unit) => ({
    id,
    title,
    unit,
    legend: id === "cost" ? [] : CHART_META[id].lines.map((l) => ({ label: l.label, style: l.style })),
    initialSummary: "",
    summaries: { "24h": "", "7d": "", "30d": "" },
    tables: []
  });
  const requests = figure("requests", "Requests", "per minute");
  const latency = figure("latency", "Record latency", "milliseconds");
  const errors = figure("errors", "Errors", "percent of requests");
  const costFig = figure("cost", "Daily cost", `${cost?.currency ?? "USD"} at list price`);
  const figures = [requests, latency, errors, costFig];
  for (const range of RANGES) {
    const ts = timeseries[range.id];
    const groups = periods(ts, range.periodSeconds);
    const s = ts.series;
    const col = range.periodSeconds >= 86400 ? "Day (UTC)" : "Hour (UTC)";
    const perMin = perMinute(s.requests, ts.stepSeconds);
    const peak = maxOf(perMin);
    const times = bucketTimes(ts);
    const gaps = countNulls(s.requests);
    requests.summaries[range.id] = `Requests per minute, ${range.label}: ${formatInt(sumOf(s.requests))} requests in total` + (peak ? `, peak ${formatCompact(peak.value)} per minute at ${formatUtc(times[peak.index] ?? 0)}` : ", no traffic recorded") + (gaps ? `; ${formatInt(gaps)} of ${formatInt(s.requests.length)} buckets without data.` : ".");
    requests.tables.push({
      range: range.id,
      caption: `Requests, ${range.label}`,
      columns: [col, "Requests", "DO requests", "Peak per minute"],
      rows: groups.map(({ period, idx }) => [
        period.label,
        formatInt(sumOf(pick(s.requests, idx))),
        formatInt(sumOf(pick(s.doRequests, idx))),
        formatCompact(maxOf(pick(perMin, idx))?.value ?? null)
      ])
    });
    const p95 = maxOf(s.p95Ms);
    const p99 = maxOf(s.p99Ms);
    latency.summaries[range.id] = `Record latency, ${range.label}: average ${formatMs(weightedMean(s.avgMs, s.requests))}` + (p95 ? `, highest p95 ${formatMs(p95.value)} at ${formatUtc(times[p95.index] ?? 0)}` : ", no latency measured") + (p99 ? `, highest p99 ${formatMs(p99.value)}.` : ".");
    latency.tables.push({
      range: range.id,
      caption: `Record latency, ${range.label} (percentiles: worst bucket in the period)`,
      columns: [col, "Average", "p50", "p95", "p99"],
      rows: groups.map(({ period, idx }) => [
        period.label,
        formatMs(weightedMean(pick(s.avgMs, idx), pick(s.requests, idx))),
        formatMs(maxOf(pick(s.p50Ms, idx))?.value ?? null),
        formatMs(maxOf(pick(s.p95Ms, idx))?.value ?? null),
        formatMs(maxOf(pick(s.p99Ms, idx))?.value ?? null)
      ])
    });
    const reqTotal = sumOf(s.requests);
    const errTotal = sumOf(s.errors);
    errors.summaries[range.id] = `Errors, ${range.label}: ${formatInt(errTotal ?? 0)} errors in ${formatInt(reqTotal ?? 0)} requests (${formatPercent(rate(errTotal, reqTotal))}), ${formatInt(sumOf(s.timeouts) ?? 0)} timeouts, ${formatInt(sumOf(s.fallbacks) ?? 0)} fallbacks.`;
    errors.tables.push({
      range: range.id,
      caption: `Errors, ${range.label}`,
      columns: [col, "Requests", "Errors", "Error rate", "Timeouts", "Fallbacks"],
      rows: groups.map(({ period, idx }) => {
        const r = sumOf(pick(s.requests, idx));
        const e = sumOf(pick(s.errors, idx));
        return [
          period.label,
          formatInt(r),
          formatInt(e),
          formatPercent(rate(e, r)),
          formatInt(sumOf(pick(s.timeouts, idx))),
          formatInt(sumOf(pick(s.fallbacks, idx)))
        ];
      })
    });
    const costSeconds = costWindowSeconds(range.seconds);
    const costLabel = costSeconds === range.seconds ? range.label : "last 7 days";
    const days = costDays(cost, costSeconds, now);
    const top = days.reduce(
      (m, d) => m === null || d.grossCost > m.grossCost ? d : m,
      null
    );
    costFig.summaries[range.id] = cost ? `Daily cost at list price, ${costLabel}: ${formatMoney(
      days.reduce((n, d) => n + d.grossCost, 0),
      cost.currency
    )} in total over ${days.length} days` + (top ? `, highest ${formatMoney(top.grossCost, cost.currency)} on ${top.date}.` : ".") : "No cost analysis in this build.";
    costFig.tables.push({
      range: range.id,
      caption: `Daily cost at list price, ${costLabel}`,
      columns: ["Day (UTC)", "Cost"],
      rows: days.map((d) => [
        d.complete ? d.date : `${d.date} (partial)`,
        formatMoney(d.grossCost, cost?.currency)
      ])
    });
  }
  for (const f of figures) f.initialSummary = f.summaries["24h"];
  return figures;
}
function rate(num, den) {
  return num === null || den === null || den === 0 ? null : num / den;
}
function costDays(cost, seconds2, now) {
  if (!cost) return [];
  const from = now - seconds2 * 1e3;
  return cost.daily.filter((d) => Date.parse(`${d.date}T00:00:00Z`) + 864e5 > from);
}

// reports-site/src/core/view-model.ts
function buildViewModel(input, options) {
  const now = Date.parse(input.generatedAt);
  const snap = input.snapshot;
  const snapshotAt = Date.parse(snap.generatedAt);
  const ageSeconds = Math.max(0, (now - snapshotAt) / 1e3);
  const isStale = ageSeconds > options.staleAfterSeconds;
  const alerts = alertsPanel(input.alerts, now, options.resolvedWithinDays);
  const figures = trendFigures(input.timeseries, input.cost, now);
  return {
    title: options.title,
    generatedAt: { iso: input.generatedAt, text: formatUtc(now) },
    snapshotAt: { iso: snap.generatedAt, text: formatUtc(snapshotAt) },
    collectorVersion: snap.version,
    scheduler: input.scheduler ? `Scheduled for ${formatUtc(Date.parse(input.scheduler.expected))}, started ${formatDuration(input.scheduler.lagSeconds)} late.` : null,
    overall: overallStatus(alerts),
    stale: {
      isStale,
      text: `The data is ${formatDuration(ageSeconds)} old (collected ${formatUtc(snapshotAt)}).`,
      thresholdText: formatDuration(options.staleAfterSeconds)
    },
    tiles: summaryTiles(input, options.thresholds),
    performance: performanceCards(snap, input.timeseries, options.thresholds),
    errorReasons: Object.entries(snap.performance.errorsByReason).sort(([, a], [, b]) => b - a).map(([reason, count]) => ({ reason, count: formatInt(count) })),
    resources: resourceCards(snap),
    alerts,
    cost: input.cost ? costPanel(input.cost) : null,
    trends: {
      ranges: RANGES.map((r) => ({ id: r.id, label: r.label, selected: r.id === "24h" })),
      figures
    },
    topIps: topIps(snap, options),
    client: clientData(input, options, figures)
  };
}
function overallStatus(alerts) {
  if (!alerts.loaded) return { ...status("unknown", "Alerts not loaded"), detail: alerts.summary };
  const critical = alerts.firing.some((a) => a.severity.level === "critical");
  if (critical) return { ...status("critical", "Critical alerts firing"), detail: alerts.summary };
  if (alerts.firing.length) return { ...status("warning", "Alerts firing"), detail: alerts.summary };
  return { ...status("ok", "No alerts firing"), detail: alerts.summary };
}
function topIps(snap, options) {
  return {
    rows: snap.topIps.map((ip) => ({
      label: anonymiseIp(ip.ip, options.anonymise),
      requests: formatInt(ip.requests),
      paths: formatInt(ip.paths),
      storage: formatBytes(ip.storageBytes),
      firstSeen: formatUtc(Date.parse(ip.firstSeen)),
      lastActivity: formatUtc(Date.parse(ip.lastActivity))
    })),
    note: describeAnonymisation(options.anonymise)
  };
}
function clientData(input, options, figures) {
  const now = Date.parse(input.generatedAt);
  return {
    snapshotAt: input.snapshot.generatedAt,
    generatedAt: input.generatedAt,
    staleAfterSeconds: options.staleAfterSeconds,
    defaultRange: "24h",
    ranges: RANGES.map((r) => ({
      id: r.id,
      label: r.label,
      url: `api/history-${r.id}.json`,
      summaries: Object.fromEntries(figures.map((f) => [f.id, f.summaries[r.id]]))
    })),
    currency: input.cost?.currency ?? "USD",
    costDaily: costDays(input.cost, 30 * 86400, now).map((d) => ({
      x: Date.parse(`${d.date}T00:00:00Z`),
      y: d.grossCost
    }))
  };
}

// reports-site/src/core/view-options.ts
function viewOptions(options) {
  return {
    siteUrl: null,
    title: "pathwatch",
    anonymise: { mode: "prefix" },
    staleAfterSeconds: 2 * 3600,
    resolvedWithinDays: 7,
    ...options
  };
}

// reports-site/src/generated/site-assets.ts
var CLIENT_JS = 'function Zt(i){return i+.5|0}var ut=(i,t,e)=>Math.max(Math.min(i,e),t);function Kt(i){return ut(Zt(i*2.55),0,255)}function ft(i){return ut(Zt(i*255),0,255)}function st(i){return ut(Zt(i/2.55)/100,0,1)}function gs(i){return ut(Zt(i*100),0,100)}var K={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},ui=[..."0123456789ABCDEF"],jo=i=>ui[i&15],$o=i=>ui[(i&240)>>4]+ui[i&15],Me=i=>(i&240)>>4===(i&15),Yo=i=>Me(i.r)&&Me(i.g)&&Me(i.b)&&Me(i.a);function Uo(i){var t=i.length,e;return i[0]==="#"&&(t===4||t===5?e={r:255&K[i[1]]*17,g:255&K[i[2]]*17,b:255&K[i[3]]*17,a:t===5?K[i[4]]*17:255}:(t===7||t===9)&&(e={r:K[i[1]]<<4|K[i[2]],g:K[i[3]]<<4|K[i[4]],b:K[i[5]]<<4|K[i[6]],a:t===9?K[i[7]]<<4|K[i[8]]:255})),e}var qo=(i,t)=>i<255?t(i):"";function Xo(i){var t=Yo(i)?jo:$o;return i?"#"+t(i.r)+t(i.g)+t(i.b)+qo(i.a,t):void 0}var Ko=/^(hsla?|hwb|hsv)\\(\\s*([-+.e\\d]+)(?:deg)?[\\s,]+([-+.e\\d]+)%[\\s,]+([-+.e\\d]+)%(?:[\\s,]+([-+.e\\d]+)(%)?)?\\s*\\)$/;function xs(i,t,e){let s=t*Math.min(e,1-e),n=(o,a=(o+i/30)%12)=>e-s*Math.max(Math.min(a-3,9-a,1),-1);return[n(0),n(8),n(4)]}function Go(i,t,e){let s=(n,o=(n+i/60)%6)=>e-e*t*Math.max(Math.min(o,4-o,1),0);return[s(5),s(3),s(1)]}function Zo(i,t,e){let s=xs(i,1,.5),n;for(t+e>1&&(n=1/(t+e),t*=n,e*=n),n=0;n<3;n++)s[n]*=1-t-e,s[n]+=t;return s}function Jo(i,t,e,s,n){return i===n?(t-e)/s+(t<e?6:0):t===n?(e-i)/s+2:(i-t)/s+4}function fi(i){let e=i.r/255,s=i.g/255,n=i.b/255,o=Math.max(e,s,n),a=Math.min(e,s,n),r=(o+a)/2,l,c,h;return o!==a&&(h=o-a,c=r>.5?h/(2-o-a):h/(o+a),l=Jo(e,s,n,h,o),l=l*60+.5),[l|0,c||0,r]}function gi(i,t,e,s){return(Array.isArray(t)?i(t[0],t[1],t[2]):i(t,e,s)).map(ft)}function pi(i,t,e){return gi(xs,i,t,e)}function Qo(i,t,e){return gi(Zo,i,t,e)}function ta(i,t,e){return gi(Go,i,t,e)}function _s(i){return(i%360+360)%360}function ea(i){let t=Ko.exec(i),e=255,s;if(!t)return;t[5]!==s&&(e=t[6]?Kt(+t[5]):ft(+t[5]));let n=_s(+t[2]),o=+t[3]/100,a=+t[4]/100;return t[1]==="hwb"?s=Qo(n,o,a):t[1]==="hsv"?s=ta(n,o,a):s=pi(n,o,a),{r:s[0],g:s[1],b:s[2],a:e}}function ia(i,t){var e=fi(i);e[0]=_s(e[0]+t),e=pi(e),i.r=e[0],i.g=e[1],i.b=e[2]}function sa(i){if(!i)return;let t=fi(i),e=t[0],s=gs(t[1]),n=gs(t[2]);return i.a<255?`hsla(${e}, ${s}%, ${n}%, ${st(i.a)})`:`hsl(${e}, ${s}%, ${n}%)`}var ps={x:"dark",Z:"light",Y:"re",X:"blu",W:"gr",V:"medium",U:"slate",A:"ee",T:"ol",S:"or",B:"ra",C:"lateg",D:"ights",R:"in",Q:"turquois",E:"hi",P:"ro",O:"al",N:"le",M:"de",L:"yello",F:"en",K:"ch",G:"arks",H:"ea",I:"ightg",J:"wh"},ms={OiceXe:"f0f8ff",antiquewEte:"faebd7",aqua:"ffff",aquamarRe:"7fffd4",azuY:"f0ffff",beige:"f5f5dc",bisque:"ffe4c4",black:"0",blanKedOmond:"ffebcd",Xe:"ff",XeviTet:"8a2be2",bPwn:"a52a2a",burlywood:"deb887",caMtXe:"5f9ea0",KartYuse:"7fff00",KocTate:"d2691e",cSO:"ff7f50",cSnflowerXe:"6495ed",cSnsilk:"fff8dc",crimson:"dc143c",cyan:"ffff",xXe:"8b",xcyan:"8b8b",xgTMnPd:"b8860b",xWay:"a9a9a9",xgYF:"6400",xgYy:"a9a9a9",xkhaki:"bdb76b",xmagFta:"8b008b",xTivegYF:"556b2f",xSange:"ff8c00",xScEd:"9932cc",xYd:"8b0000",xsOmon:"e9967a",xsHgYF:"8fbc8f",xUXe:"483d8b",xUWay:"2f4f4f",xUgYy:"2f4f4f",xQe:"ced1",xviTet:"9400d3",dAppRk:"ff1493",dApskyXe:"bfff",dimWay:"696969",dimgYy:"696969",dodgerXe:"1e90ff",fiYbrick:"b22222",flSOwEte:"fffaf0",foYstWAn:"228b22",fuKsia:"ff00ff",gaRsbSo:"dcdcdc",ghostwEte:"f8f8ff",gTd:"ffd700",gTMnPd:"daa520",Way:"808080",gYF:"8000",gYFLw:"adff2f",gYy:"808080",honeyMw:"f0fff0",hotpRk:"ff69b4",RdianYd:"cd5c5c",Rdigo:"4b0082",ivSy:"fffff0",khaki:"f0e68c",lavFMr:"e6e6fa",lavFMrXsh:"fff0f5",lawngYF:"7cfc00",NmoncEffon:"fffacd",ZXe:"add8e6",ZcSO:"f08080",Zcyan:"e0ffff",ZgTMnPdLw:"fafad2",ZWay:"d3d3d3",ZgYF:"90ee90",ZgYy:"d3d3d3",ZpRk:"ffb6c1",ZsOmon:"ffa07a",ZsHgYF:"20b2aa",ZskyXe:"87cefa",ZUWay:"778899",ZUgYy:"778899",ZstAlXe:"b0c4de",ZLw:"ffffe0",lime:"ff00",limegYF:"32cd32",lRF:"faf0e6",magFta:"ff00ff",maPon:"800000",VaquamarRe:"66cdaa",VXe:"cd",VScEd:"ba55d3",VpurpN:"9370db",VsHgYF:"3cb371",VUXe:"7b68ee",VsprRggYF:"fa9a",VQe:"48d1cc",VviTetYd:"c71585",midnightXe:"191970",mRtcYam:"f5fffa",mistyPse:"ffe4e1",moccasR:"ffe4b5",navajowEte:"ffdead",navy:"80",Tdlace:"fdf5e6",Tive:"808000",TivedBb:"6b8e23",Sange:"ffa500",SangeYd:"ff4500",ScEd:"da70d6",pOegTMnPd:"eee8aa",pOegYF:"98fb98",pOeQe:"afeeee",pOeviTetYd:"db7093",papayawEp:"ffefd5",pHKpuff:"ffdab9",peru:"cd853f",pRk:"ffc0cb",plum:"dda0dd",powMrXe:"b0e0e6",purpN:"800080",YbeccapurpN:"663399",Yd:"ff0000",Psybrown:"bc8f8f",PyOXe:"4169e1",saddNbPwn:"8b4513",sOmon:"fa8072",sandybPwn:"f4a460",sHgYF:"2e8b57",sHshell:"fff5ee",siFna:"a0522d",silver:"c0c0c0",skyXe:"87ceeb",UXe:"6a5acd",UWay:"708090",UgYy:"708090",snow:"fffafa",sprRggYF:"ff7f",stAlXe:"4682b4",tan:"d2b48c",teO:"8080",tEstN:"d8bfd8",tomato:"ff6347",Qe:"40e0d0",viTet:"ee82ee",JHt:"f5deb3",wEte:"ffffff",wEtesmoke:"f5f5f5",Lw:"ffff00",LwgYF:"9acd32"};function na(){let i={},t=Object.keys(ms),e=Object.keys(ps),s,n,o,a,r;for(s=0;s<t.length;s++){for(a=r=t[s],n=0;n<e.length;n++)o=e[n],r=r.replace(o,ps[o]);o=parseInt(ms[a],16),i[r]=[o>>16&255,o>>8&255,o&255]}return i}var ve;function oa(i){ve||(ve=na(),ve.transparent=[0,0,0,0]);let t=ve[i.toLowerCase()];return t&&{r:t[0],g:t[1],b:t[2],a:t.length===4?t[3]:255}}var aa=/^rgba?\\(\\s*([-+.\\d]+)(%)?[\\s,]+([-+.e\\d]+)(%)?[\\s,]+([-+.e\\d]+)(%)?(?:[\\s,/]+([-+.e\\d]+)(%)?)?\\s*\\)$/;function ra(i){let t=aa.exec(i),e=255,s,n,o;if(t){if(t[7]!==s){let a=+t[7];e=t[8]?Kt(a):ut(a*255,0,255)}return s=+t[1],n=+t[3],o=+t[5],s=255&(t[2]?Kt(s):ut(s,0,255)),n=255&(t[4]?Kt(n):ut(n,0,255)),o=255&(t[6]?Kt(o):ut(o,0,255)),{r:s,g:n,b:o,a:e}}}function la(i){return i&&(i.a<255?`rgba(${i.r}, ${i.g}, ${i.b}, ${st(i.a)})`:`rgb(${i.r}, ${i.g}, ${i.b})`)}var di=i=>i<=.0031308?i*12.92:Math.pow(i,1/2.4)*1.055-.055,Et=i=>i<=.04045?i/12.92:Math.pow((i+.055)/1.055,2.4);function ca(i,t,e){let s=Et(st(i.r)),n=Et(st(i.g)),o=Et(st(i.b));return{r:ft(di(s+e*(Et(st(t.r))-s))),g:ft(di(n+e*(Et(st(t.g))-n))),b:ft(di(o+e*(Et(st(t.b))-o))),a:i.a+e*(t.a-i.a)}}function we(i,t,e){if(i){let s=fi(i);s[t]=Math.max(0,Math.min(s[t]+s[t]*e,t===0?360:1)),s=pi(s),i.r=s[0],i.g=s[1],i.b=s[2]}}function ys(i,t){return i&&Object.assign(t||{},i)}function bs(i){var t={r:0,g:0,b:0,a:255};return Array.isArray(i)?i.length>=3&&(t={r:i[0],g:i[1],b:i[2],a:255},i.length>3&&(t.a=ft(i[3]))):(t=ys(i,{r:0,g:0,b:0,a:1}),t.a=ft(t.a)),t}function ha(i){return i.charAt(0)==="r"?ra(i):ea(i)}var Gt=class i{constructor(t){if(t instanceof i)return t;let e=typeof t,s;e==="object"?s=bs(t):e==="string"&&(s=Uo(t)||oa(t)||ha(t)),this._rgb=s,this._valid=!!s}get valid(){return this._valid}get rgb(){var t=ys(this._rgb);return t&&(t.a=st(t.a)),t}set rgb(t){this._rgb=bs(t)}rgbString(){return this._valid?la(this._rgb):void 0}hexString(){return this._valid?Xo(this._rgb):void 0}hslString(){return this._valid?sa(this._rgb):void 0}mix(t,e){if(t){let s=this.rgb,n=t.rgb,o,a=e===o?.5:e,r=2*a-1,l=s.a-n.a,c=((r*l===-1?r:(r+l)/(1+r*l))+1)/2;o=1-c,s.r=255&c*s.r+o*n.r+.5,s.g=255&c*s.g+o*n.g+.5,s.b=255&c*s.b+o*n.b+.5,s.a=a*s.a+(1-a)*n.a,this.rgb=s}return this}interpolate(t,e){return t&&(this._rgb=ca(this._rgb,t._rgb,e)),this}clone(){return new i(this.rgb)}alpha(t){return this._rgb.a=ft(t),this}clearer(t){let e=this._rgb;return e.a*=1-t,this}greyscale(){let t=this._rgb,e=Zt(t.r*.3+t.g*.59+t.b*.11);return t.r=t.g=t.b=e,this}opaquer(t){let e=this._rgb;return e.a*=1+t,this}negate(){let t=this._rgb;return t.r=255-t.r,t.g=255-t.g,t.b=255-t.b,this}lighten(t){return we(this._rgb,2,t),this}darken(t){return we(this._rgb,2,-t),this}saturate(t){return we(this._rgb,1,t),this}desaturate(t){return we(this._rgb,1,-t),this}rotate(t){return ia(this._rgb,t),this}};function tt(){}var Os=(()=>{let i=0;return()=>i++})();function P(i){return i==null}function A(i){if(Array.isArray&&Array.isArray(i))return!0;let t=Object.prototype.toString.call(i);return t.slice(0,7)==="[object"&&t.slice(-6)==="Array]"}function C(i){return i!==null&&Object.prototype.toString.call(i)==="[object Object]"}function B(i){return(typeof i=="number"||i instanceof Number)&&isFinite(+i)}function W(i,t){return B(i)?i:t}function D(i,t){return typeof i>"u"?t:i}var Rs=(i,t)=>typeof i=="string"&&i.endsWith("%")?parseFloat(i)/100*t:+i;function O(i,t,e){if(i&&typeof i.call=="function")return i.apply(e,t)}function T(i,t,e,s){let n,o,a;if(A(i))if(o=i.length,s)for(n=o-1;n>=0;n--)t.call(e,i[n],n);else for(n=0;n<o;n++)t.call(e,i[n],n);else if(C(i))for(a=Object.keys(i),o=a.length,n=0;n<o;n++)t.call(e,i[a[n]],a[n])}function te(i,t){let e,s,n,o;if(!i||!t||i.length!==t.length)return!1;for(e=0,s=i.length;e<s;++e)if(n=i[e],o=t[e],n.datasetIndex!==o.datasetIndex||n.index!==o.index)return!1;return!0}function Ce(i){if(A(i))return i.map(Ce);if(C(i)){let t=Object.create(null),e=Object.keys(i),s=e.length,n=0;for(;n<s;++n)t[e[n]]=Ce(i[e[n]]);return t}return i}function Ls(i){return["__proto__","prototype","constructor"].indexOf(i)===-1}function da(i,t,e,s){if(!Ls(i))return;let n=t[i],o=e[i];C(n)&&C(o)?Ft(n,o,s):t[i]=Ce(o)}function Ft(i,t,e){let s=A(t)?t:[t],n=s.length;if(!C(i))return i;e=e||{};let o=e.merger||da,a;for(let r=0;r<n;++r){if(a=s[r],!C(a))continue;let l=Object.keys(a);for(let c=0,h=l.length;c<h;++c)o(l[c],i,a,e)}return i}function Bt(i,t){return Ft(i,t,{merger:ua})}function ua(i,t,e){if(!Ls(i))return;let s=t[i],n=e[i];C(s)&&C(n)?Bt(s,n):Object.prototype.hasOwnProperty.call(t,i)||(t[i]=Ce(n))}var Ms={"":i=>i,x:i=>i.x,y:i=>i.y};function fa(i){let t=i.split("."),e=[],s="";for(let n of t)s+=n,s.endsWith("\\\\")?s=s.slice(0,-1)+".":(e.push(s),s="");return e}function ga(i){let t=fa(i);return e=>{for(let s of t){if(s==="")break;e=e&&e[s]}return e}}function Ct(i,t){return(Ms[t]||(Ms[t]=ga(t)))(i)}function Oe(i){return i.charAt(0).toUpperCase()+i.slice(1)}var Vt=i=>typeof i<"u",nt=i=>typeof i=="function",_i=(i,t)=>{if(i.size!==t.size)return!1;for(let e of i)if(!t.has(e))return!1;return!0};function Es(i){return i.type==="mouseup"||i.type==="click"||i.type==="contextmenu"}var z=Math.PI,Y=2*z,pa=Y+z,De=Number.POSITIVE_INFINITY,ma=z/180,N=z/2,kt=z/4,vs=z*2/3,ot=Math.log10,Z=Math.sign;function Nt(i,t,e){return Math.abs(i-t)<e}function yi(i){let t=Math.round(i);i=Nt(i,t,i/1e3)?t:i;let e=Math.pow(10,Math.floor(ot(i))),s=i/e;return(s<=1?1:s<=2?2:s<=5?5:10)*e}function Is(i){let t=[],e=Math.sqrt(i),s;for(s=1;s<e;s++)i%s===0&&(t.push(s),t.push(i/s));return e===(e|0)&&t.push(e),t.sort((n,o)=>n-o).pop(),t}function ba(i){return typeof i=="symbol"||typeof i=="object"&&i!==null&&!(Symbol.toPrimitive in i||"toString"in i||"valueOf"in i)}function Wt(i){return!ba(i)&&!isNaN(parseFloat(i))&&isFinite(i)}function Fs(i,t){let e=Math.round(i);return e-t<=i&&e+t>=i}function Mi(i,t,e){let s,n,o;for(s=0,n=i.length;s<n;s++)o=i[s][e],isNaN(o)||(t.min=Math.min(t.min,o),t.max=Math.max(t.max,o))}function at(i){return i*(z/180)}function Re(i){return i*(180/z)}function vi(i){if(!B(i))return;let t=1,e=0;for(;Math.round(i*t)/t!==i;)t*=10,e++;return e}function zs(i,t){let e=t.x-i.x,s=t.y-i.y,n=Math.sqrt(e*e+s*s),o=Math.atan2(s,e);return o<-.5*z&&(o+=Y),{angle:o,distance:n}}function Te(i,t){return Math.sqrt(Math.pow(t.x-i.x,2)+Math.pow(t.y-i.y,2))}function xa(i,t){return(i-t+pa)%Y-z}function G(i){return(i%Y+Y)%Y}function wi(i,t,e,s){let n=G(i),o=G(t),a=G(e),r=G(o-n),l=G(a-n),c=G(n-o),h=G(n-a);return n===o||n===a||s&&o===a||r>l&&c<h}function U(i,t,e){return Math.max(t,Math.min(e,i))}function Bs(i){return U(i,-32768,32767)}function Le(i,t,e,s=1e-6){return i>=Math.min(t,e)-s&&i<=Math.max(t,e)+s}function Ee(i,t,e){e=e||(a=>i[a]<t);let s=i.length-1,n=0,o;for(;s-n>1;)o=n+s>>1,e(o)?n=o:s=o;return{lo:n,hi:s}}var pt=(i,t,e,s)=>Ee(i,e,s?n=>{let o=i[n][t];return o<e||o===e&&i[n+1][t]===e}:n=>i[n][t]<e),Vs=(i,t,e)=>Ee(i,e,s=>i[s][t]>=e);function Ns(i,t,e){let s=0,n=i.length;for(;s<n&&i[s]<t;)s++;for(;n>s&&i[n-1]>e;)n--;return s>0||n<i.length?i.slice(s,n):i}var Ws=["push","pop","shift","splice","unshift"];function Hs(i,t){if(i._chartjs){i._chartjs.listeners.push(t);return}Object.defineProperty(i,"_chartjs",{configurable:!0,enumerable:!1,value:{listeners:[t]}}),Ws.forEach(e=>{let s="_onData"+Oe(e),n=i[e];Object.defineProperty(i,e,{configurable:!0,enumerable:!1,value(...o){let a=n.apply(this,o);return i._chartjs.listeners.forEach(r=>{typeof r[s]=="function"&&r[s](...o)}),a}})})}function ki(i,t){let e=i._chartjs;if(!e)return;let s=e.listeners,n=s.indexOf(t);n!==-1&&s.splice(n,1),!(s.length>0)&&(Ws.forEach(o=>{delete i[o]}),delete i._chartjs)}function Si(i){let t=new Set(i);return t.size===i.length?i:Array.from(t)}var Pi=(function(){return typeof window>"u"?function(i){return i()}:window.requestAnimationFrame})();function Ci(i,t){let e=[],s=!1;return function(...n){e=n,s||(s=!0,Pi.call(window,()=>{s=!1,i.apply(t,e)}))}}function js(i,t){let e;return function(...s){return t?(clearTimeout(e),e=setTimeout(i,t,s)):i.apply(this,s),t}}var $s=i=>i==="start"?"left":i==="end"?"right":"center",Di=(i,t,e)=>i==="start"?t:i==="end"?e:(t+e)/2;function Ys(i,t,e){let s=t.length,n=0,o=s;if(i._sorted){let{iScale:a,vScale:r,_parsed:l}=i,c=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null,h=a.axis,{min:d,max:u,minDefined:f,maxDefined:p}=a.getUserBounds();if(f){if(n=Math.min(pt(l,h,d).lo,e?s:pt(t,h,a.getPixelForValue(d)).lo),c){let g=l.slice(0,n+1).reverse().findIndex(m=>!P(m[r.axis]));n-=Math.max(0,g)}n=U(n,0,s-1)}if(p){let g=Math.max(pt(l,a.axis,u,!0).hi+1,e?0:pt(t,h,a.getPixelForValue(u),!0).hi+1);if(c){let m=l.slice(g-1).findIndex(b=>!P(b[r.axis]));g+=Math.max(0,m)}o=U(g,n,s)-n}else o=s-n}return{start:n,count:o}}function Us(i){let{xScale:t,yScale:e,_scaleRanges:s}=i,n={xmin:t.min,xmax:t.max,ymin:e.min,ymax:e.max};if(!s)return i._scaleRanges=n,!0;let o=s.xmin!==t.min||s.xmax!==t.max||s.ymin!==e.min||s.ymax!==e.max;return Object.assign(s,n),o}var ke=i=>i===0||i===1,ws=(i,t,e)=>-(Math.pow(2,10*(i-=1))*Math.sin((i-t)*Y/e)),ks=(i,t,e)=>Math.pow(2,-10*i)*Math.sin((i-t)*Y/e)+1,It={linear:i=>i,easeInQuad:i=>i*i,easeOutQuad:i=>-i*(i-2),easeInOutQuad:i=>(i/=.5)<1?.5*i*i:-.5*(--i*(i-2)-1),easeInCubic:i=>i*i*i,easeOutCubic:i=>(i-=1)*i*i+1,easeInOutCubic:i=>(i/=.5)<1?.5*i*i*i:.5*((i-=2)*i*i+2),easeInQuart:i=>i*i*i*i,easeOutQuart:i=>-((i-=1)*i*i*i-1),easeInOutQuart:i=>(i/=.5)<1?.5*i*i*i*i:-.5*((i-=2)*i*i*i-2),easeInQuint:i=>i*i*i*i*i,easeOutQuint:i=>(i-=1)*i*i*i*i+1,easeInOutQuint:i=>(i/=.5)<1?.5*i*i*i*i*i:.5*((i-=2)*i*i*i*i+2),easeInSine:i=>-Math.cos(i*N)+1,easeOutSine:i=>Math.sin(i*N),easeInOutSine:i=>-.5*(Math.cos(z*i)-1),easeInExpo:i=>i===0?0:Math.pow(2,10*(i-1)),easeOutExpo:i=>i===1?1:-Math.pow(2,-10*i)+1,easeInOutExpo:i=>ke(i)?i:i<.5?.5*Math.pow(2,10*(i*2-1)):.5*(-Math.pow(2,-10*(i*2-1))+2),easeInCirc:i=>i>=1?i:-(Math.sqrt(1-i*i)-1),easeOutCirc:i=>Math.sqrt(1-(i-=1)*i),easeInOutCirc:i=>(i/=.5)<1?-.5*(Math.sqrt(1-i*i)-1):.5*(Math.sqrt(1-(i-=2)*i)+1),easeInElastic:i=>ke(i)?i:ws(i,.075,.3),easeOutElastic:i=>ke(i)?i:ks(i,.075,.3),easeInOutElastic(i){return ke(i)?i:i<.5?.5*ws(i*2,.1125,.45):.5+.5*ks(i*2-1,.1125,.45)},easeInBack(i){return i*i*((1.70158+1)*i-1.70158)},easeOutBack(i){return(i-=1)*i*((1.70158+1)*i+1.70158)+1},easeInOutBack(i){let t=1.70158;return(i/=.5)<1?.5*(i*i*(((t*=1.525)+1)*i-t)):.5*((i-=2)*i*(((t*=1.525)+1)*i+t)+2)},easeInBounce:i=>1-It.easeOutBounce(1-i),easeOutBounce(i){return i<1/2.75?7.5625*i*i:i<2/2.75?7.5625*(i-=1.5/2.75)*i+.75:i<2.5/2.75?7.5625*(i-=2.25/2.75)*i+.9375:7.5625*(i-=2.625/2.75)*i+.984375},easeInOutBounce:i=>i<.5?It.easeInBounce(i*2)*.5:It.easeOutBounce(i*2-1)*.5+.5};function Ti(i){if(i&&typeof i=="object"){let t=i.toString();return t==="[object CanvasPattern]"||t==="[object CanvasGradient]"}return!1}function Ai(i){return Ti(i)?i:new Gt(i)}function mi(i){return Ti(i)?i:new Gt(i).saturate(.5).darken(.1).hexString()}var _a=["x","y","borderWidth","radius","tension"],ya=["color","borderColor","backgroundColor"];function Ma(i){i.set("animation",{delay:void 0,duration:1e3,easing:"easeOutQuart",fn:void 0,from:void 0,loop:void 0,to:void 0,type:void 0}),i.describe("animation",{_fallback:!1,_indexable:!1,_scriptable:t=>t!=="onProgress"&&t!=="onComplete"&&t!=="fn"}),i.set("animations",{colors:{type:"color",properties:ya},numbers:{type:"number",properties:_a}}),i.describe("animations",{_fallback:"animation"}),i.set("transitions",{active:{animation:{duration:400}},resize:{animation:{duration:0}},show:{animations:{colors:{from:"transparent"},visible:{type:"boolean",duration:0}}},hide:{animations:{colors:{to:"transparent"},visible:{type:"boolean",easing:"linear",fn:t=>t|0}}}})}function va(i){i.set("layout",{autoPadding:!0,padding:{top:0,right:0,bottom:0,left:0}})}var Ss=new Map;function wa(i,t){t=t||{};let e=i+JSON.stringify(t),s=Ss.get(e);return s||(s=new Intl.NumberFormat(i,t),Ss.set(e,s)),s}function Ie(i,t,e){return wa(t,e).format(i)}var qs={values(i){return A(i)?i:""+i},numeric(i,t,e){if(i===0)return"0";let s=this.chart.options.locale,n,o=i;if(e.length>1){let c=Math.max(Math.abs(e[0].value),Math.abs(e[e.length-1].value));(c<1e-4||c>1e15)&&(n="scientific"),o=ka(i,e)}let a=ot(Math.abs(o)),r=isNaN(a)?1:Math.max(Math.min(-1*Math.floor(a),20),0),l={notation:n,minimumFractionDigits:r,maximumFractionDigits:r};return Object.assign(l,this.options.ticks.format),Ie(i,s,l)},logarithmic(i,t,e){if(i===0)return"0";let s=e[t].significand||i/Math.pow(10,Math.floor(ot(i)));return[1,2,3,5,10,15].includes(s)||t>.8*e.length?qs.numeric.call(this,i,t,e):""}};function ka(i,t){let e=t.length>3?t[2].value-t[1].value:t[1].value-t[0].value;return Math.abs(e)>=1&&i!==Math.floor(i)&&(e=i-Math.floor(i)),e}var ee={formatters:qs};function Sa(i){i.set("scale",{display:!0,offset:!1,reverse:!1,beginAtZero:!1,bounds:"ticks",clip:!0,grace:0,grid:{display:!0,lineWidth:1,drawOnChartArea:!0,drawTicks:!0,tickLength:8,tickWidth:(t,e)=>e.lineWidth,tickColor:(t,e)=>e.color,offset:!1},border:{display:!0,dash:[],dashOffset:0,width:1},title:{display:!1,text:"",padding:{top:4,bottom:4}},ticks:{minRotation:0,maxRotation:50,mirror:!1,textStrokeWidth:0,textStrokeColor:"",padding:3,display:!0,autoSkip:!0,autoSkipPadding:3,labelOffset:0,callback:ee.formatters.values,minor:{},major:{},align:"center",crossAlign:"near",showLabelBackdrop:!1,backdropColor:"rgba(255, 255, 255, 0.75)",backdropPadding:2}}),i.route("scale.ticks","color","","color"),i.route("scale.grid","color","","borderColor"),i.route("scale.border","color","","borderColor"),i.route("scale.title","color","","color"),i.describe("scale",{_fallback:!1,_scriptable:t=>!t.startsWith("before")&&!t.startsWith("after")&&t!=="callback"&&t!=="parser",_indexable:t=>t!=="borderDash"&&t!=="tickBorderDash"&&t!=="dash"}),i.describe("scales",{_fallback:"scale"}),i.describe("scale.ticks",{_scriptable:t=>t!=="backdropPadding"&&t!=="callback",_indexable:t=>t!=="backdropPadding"})}var bt=Object.create(null),Fe=Object.create(null);function Jt(i,t){if(!t)return i;let e=t.split(".");for(let s=0,n=e.length;s<n;++s){let o=e[s];i=i[o]||(i[o]=Object.create(null))}return i}function bi(i,t,e){return typeof t=="string"?Ft(Jt(i,t),e):Ft(Jt(i,""),t)}var xi=class{constructor(t,e){this.animation=void 0,this.backgroundColor="rgba(0,0,0,0.1)",this.borderColor="rgba(0,0,0,0.1)",this.color="#666",this.datasets={},this.devicePixelRatio=s=>s.chart.platform.getDevicePixelRatio(),this.elements={},this.events=["mousemove","mouseout","click","touchstart","touchmove"],this.font={family:"\'Helvetica Neue\', \'Helvetica\', \'Arial\', sans-serif",size:12,style:"normal",lineHeight:1.2,weight:null},this.hover={},this.hoverBackgroundColor=(s,n)=>mi(n.backgroundColor),this.hoverBorderColor=(s,n)=>mi(n.borderColor),this.hoverColor=(s,n)=>mi(n.color),this.indexAxis="x",this.interaction={mode:"nearest",intersect:!0,includeInvisible:!1},this.maintainAspectRatio=!0,this.onHover=null,this.onClick=null,this.parsing=!0,this.plugins={},this.responsive=!0,this.scale=void 0,this.scales={},this.showLine=!0,this.drawActiveElementsOnTop=!0,this.describe(t),this.apply(e)}set(t,e){return bi(this,t,e)}get(t){return Jt(this,t)}describe(t,e){return bi(Fe,t,e)}override(t,e){return bi(bt,t,e)}route(t,e,s,n){let o=Jt(this,t),a=Jt(this,s),r="_"+e;Object.defineProperties(o,{[r]:{value:o[e],writable:!0},[e]:{enumerable:!0,get(){let l=this[r],c=a[n];return C(l)?Object.assign({},c,l):D(l,c)},set(l){this[r]=l}}})}apply(t){t.forEach(e=>e(this))}},R=new xi({_scriptable:i=>!i.startsWith("on"),_indexable:i=>i!=="events",hover:{_fallback:"interaction"},interaction:{_scriptable:!1,_indexable:!1}},[Ma,va,Sa]);function Pa(i){return!i||P(i.size)||P(i.family)?null:(i.style?i.style+" ":"")+(i.weight?i.weight+" ":"")+i.size+"px "+i.family}function Qt(i,t,e,s,n){let o=t[n];return o||(o=t[n]=i.measureText(n).width,e.push(n)),o>s&&(s=o),s}function Xs(i,t,e,s){s=s||{};let n=s.data=s.data||{},o=s.garbageCollect=s.garbageCollect||[];s.font!==t&&(n=s.data={},o=s.garbageCollect=[],s.font=t),i.save(),i.font=t;let a=0,r=e.length,l,c,h,d,u;for(l=0;l<r;l++)if(d=e[l],d!=null&&!A(d))a=Qt(i,n,o,a,d);else if(A(d))for(c=0,h=d.length;c<h;c++)u=d[c],u!=null&&!A(u)&&(a=Qt(i,n,o,a,u));i.restore();let f=o.length/2;if(f>e.length){for(l=0;l<f;l++)delete n[o[l]];o.splice(0,f)}return a}function xt(i,t,e){let s=i.currentDevicePixelRatio,n=e!==0?Math.max(e/2,.5):0;return Math.round((t-n)*s)/s+n}function Oi(i,t){!t&&!i||(t=t||i.getContext("2d"),t.save(),t.resetTransform(),t.clearRect(0,0,i.width,i.height),t.restore())}function ze(i,t,e,s){Ks(i,t,e,s,null)}function Ks(i,t,e,s,n){let o,a,r,l,c,h,d,u,f=t.pointStyle,p=t.rotation,g=t.radius,m=(p||0)*ma;if(f&&typeof f=="object"&&(o=f.toString(),o==="[object HTMLImageElement]"||o==="[object HTMLCanvasElement]")){i.save(),i.translate(e,s),i.rotate(m),i.drawImage(f,-f.width/2,-f.height/2,f.width,f.height),i.restore();return}if(!(isNaN(g)||g<=0)){switch(i.beginPath(),f){default:n?i.ellipse(e,s,n/2,g,0,0,Y):i.arc(e,s,g,0,Y),i.closePath();break;case"triangle":h=n?n/2:g,i.moveTo(e+Math.sin(m)*h,s-Math.cos(m)*g),m+=vs,i.lineTo(e+Math.sin(m)*h,s-Math.cos(m)*g),m+=vs,i.lineTo(e+Math.sin(m)*h,s-Math.cos(m)*g),i.closePath();break;case"rectRounded":c=g*.516,l=g-c,a=Math.cos(m+kt)*l,d=Math.cos(m+kt)*(n?n/2-c:l),r=Math.sin(m+kt)*l,u=Math.sin(m+kt)*(n?n/2-c:l),i.arc(e-d,s-r,c,m-z,m-N),i.arc(e+u,s-a,c,m-N,m),i.arc(e+d,s+r,c,m,m+N),i.arc(e-u,s+a,c,m+N,m+z),i.closePath();break;case"rect":if(!p){l=Math.SQRT1_2*g,h=n?n/2:l,i.rect(e-h,s-l,2*h,2*l);break}m+=kt;case"rectRot":d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+u,s-a),i.lineTo(e+d,s+r),i.lineTo(e-u,s+a),i.closePath();break;case"crossRot":m+=kt;case"cross":d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+d,s+r),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"star":d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+d,s+r),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a),m+=kt,d=Math.cos(m)*(n?n/2:g),a=Math.cos(m)*g,r=Math.sin(m)*g,u=Math.sin(m)*(n?n/2:g),i.moveTo(e-d,s-r),i.lineTo(e+d,s+r),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"line":a=n?n/2:Math.cos(m)*g,r=Math.sin(m)*g,i.moveTo(e-a,s-r),i.lineTo(e+a,s+r);break;case"dash":i.moveTo(e,s),i.lineTo(e+Math.cos(m)*(n?n/2:g),s+Math.sin(m)*g);break;case!1:i.closePath();break}i.fill(),t.borderWidth>0&&i.stroke()}}function Q(i,t,e){return e=e||.5,!t||i&&i.x>t.left-e&&i.x<t.right+e&&i.y>t.top-e&&i.y<t.bottom+e}function Ri(i,t){i.save(),i.beginPath(),i.rect(t.left,t.top,t.right-t.left,t.bottom-t.top),i.clip()}function Li(i){i.restore()}function Gs(i,t,e,s,n){if(!t)return i.lineTo(e.x,e.y);if(n==="middle"){let o=(t.x+e.x)/2;i.lineTo(o,t.y),i.lineTo(o,e.y)}else n==="after"!=!!s?i.lineTo(t.x,e.y):i.lineTo(e.x,t.y);i.lineTo(e.x,e.y)}function Zs(i,t,e,s){if(!t)return i.lineTo(e.x,e.y);i.bezierCurveTo(s?t.cp1x:t.cp2x,s?t.cp1y:t.cp2y,s?e.cp2x:e.cp1x,s?e.cp2y:e.cp1y,e.x,e.y)}function Ca(i,t){t.translation&&i.translate(t.translation[0],t.translation[1]),P(t.rotation)||i.rotate(t.rotation),t.color&&(i.fillStyle=t.color),t.textAlign&&(i.textAlign=t.textAlign),t.textBaseline&&(i.textBaseline=t.textBaseline)}function Da(i,t,e,s,n){if(n.strikethrough||n.underline){let o=i.measureText(s),a=t-o.actualBoundingBoxLeft,r=t+o.actualBoundingBoxRight,l=e-o.actualBoundingBoxAscent,c=e+o.actualBoundingBoxDescent,h=n.strikethrough?(l+c)/2:c;i.strokeStyle=i.fillStyle,i.beginPath(),i.lineWidth=n.decorationWidth||2,i.moveTo(a,h),i.lineTo(r,h),i.stroke()}}function Ta(i,t){let e=i.fillStyle;i.fillStyle=t.color,i.fillRect(t.left,t.top,t.width,t.height),i.fillStyle=e}function ie(i,t,e,s,n,o={}){let a=A(t)?t:[t],r=o.strokeWidth>0&&o.strokeColor!=="",l,c;for(i.save(),i.font=n.string,Ca(i,o),l=0;l<a.length;++l)c=a[l],o.backdrop&&Ta(i,o.backdrop),r&&(o.strokeColor&&(i.strokeStyle=o.strokeColor),P(o.strokeWidth)||(i.lineWidth=o.strokeWidth),i.strokeText(c,e,s,o.maxWidth)),i.fillText(c,e,s,o.maxWidth),Da(i,e,s,c,o),s+=Number(n.lineHeight);i.restore()}function se(i,t){let{x:e,y:s,w:n,h:o,radius:a}=t;i.arc(e+a.topLeft,s+a.topLeft,a.topLeft,1.5*z,z,!0),i.lineTo(e,s+o-a.bottomLeft),i.arc(e+a.bottomLeft,s+o-a.bottomLeft,a.bottomLeft,z,N,!0),i.lineTo(e+n-a.bottomRight,s+o),i.arc(e+n-a.bottomRight,s+o-a.bottomRight,a.bottomRight,N,0,!0),i.lineTo(e+n,s+a.topRight),i.arc(e+n-a.topRight,s+a.topRight,a.topRight,0,-N,!0),i.lineTo(e+a.topLeft,s)}var Aa=/^(normal|(\\d+(?:\\.\\d+)?)(px|em|%)?)$/,Oa=/^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;function Ra(i,t){let e=(""+i).match(Aa);if(!e||e[1]==="normal")return t*1.2;switch(i=+e[2],e[3]){case"px":return i;case"%":i/=100;break}return t*i}var La=i=>+i||0;function Ei(i,t){let e={},s=C(t),n=s?Object.keys(t):t,o=C(i)?s?a=>D(i[a],i[t[a]]):a=>i[a]:()=>i;for(let a of n)e[a]=La(o(a));return e}function Ii(i){return Ei(i,{top:"y",right:"x",bottom:"y",left:"x"})}function Dt(i){return Ei(i,["topLeft","topRight","bottomLeft","bottomRight"])}function q(i){let t=Ii(i);return t.width=t.left+t.right,t.height=t.top+t.bottom,t}function H(i,t){i=i||{},t=t||R.font;let e=D(i.size,t.size);typeof e=="string"&&(e=parseInt(e,10));let s=D(i.style,t.style);s&&!(""+s).match(Oa)&&(console.warn(\'Invalid font style specified: "\'+s+\'"\'),s=void 0);let n={family:D(i.family,t.family),lineHeight:Ra(D(i.lineHeight,t.lineHeight),e),size:e,style:s,weight:D(i.weight,t.weight),string:""};return n.string=Pa(n),n}function ne(i,t,e,s){let n=!0,o,a,r;for(o=0,a=i.length;o<a;++o)if(r=i[o],r!==void 0&&(t!==void 0&&typeof r=="function"&&(r=r(t),n=!1),e!==void 0&&A(r)&&(r=r[e%r.length],n=!1),r!==void 0))return s&&!n&&(s.cacheable=!1),r}function Js(i,t,e){let{min:s,max:n}=i,o=Rs(t,(n-s)/2),a=(r,l)=>e&&r===0?0:r+l;return{min:a(s,-Math.abs(o)),max:a(n,o)}}function rt(i,t){return Object.assign(Object.create(i),t)}function Be(i,t=[""],e,s,n=()=>i[0]){let o=e||i;typeof s>"u"&&(s=en("_fallback",i));let a={[Symbol.toStringTag]:"Object",_cacheable:!0,_scopes:i,_rootScopes:o,_fallback:s,_getTarget:n,override:r=>Be([r,...i],t,o,s)};return new Proxy(a,{deleteProperty(r,l){return delete r[l],delete r._keys,delete i[0][l],!0},get(r,l){return Qs(r,l,()=>Wa(l,t,i,r))},getOwnPropertyDescriptor(r,l){return Reflect.getOwnPropertyDescriptor(r._scopes[0],l)},getPrototypeOf(){return Reflect.getPrototypeOf(i[0])},has(r,l){return Cs(r).includes(l)},ownKeys(r){return Cs(r)},set(r,l,c){let h=r._storage||(r._storage=n());return r[l]=h[l]=c,delete r._keys,!0}})}function Pt(i,t,e,s){let n={_cacheable:!1,_proxy:i,_context:t,_subProxy:e,_stack:new Set,_descriptors:Fi(i,s),setContext:o=>Pt(i,o,e,s),override:o=>Pt(i.override(o),t,e,s)};return new Proxy(n,{deleteProperty(o,a){return delete o[a],delete i[a],!0},get(o,a,r){return Qs(o,a,()=>Ia(o,a,r))},getOwnPropertyDescriptor(o,a){return o._descriptors.allKeys?Reflect.has(i,a)?{enumerable:!0,configurable:!0}:void 0:Reflect.getOwnPropertyDescriptor(i,a)},getPrototypeOf(){return Reflect.getPrototypeOf(i)},has(o,a){return Reflect.has(i,a)},ownKeys(){return Reflect.ownKeys(i)},set(o,a,r){return i[a]=r,delete o[a],!0}})}function Fi(i,t={scriptable:!0,indexable:!0}){let{_scriptable:e=t.scriptable,_indexable:s=t.indexable,_allKeys:n=t.allKeys}=i;return{allKeys:n,scriptable:e,indexable:s,isScriptable:nt(e)?e:()=>e,isIndexable:nt(s)?s:()=>s}}var Ea=(i,t)=>i?i+Oe(t):t,zi=(i,t)=>C(t)&&i!=="adapters"&&(Object.getPrototypeOf(t)===null||t.constructor===Object);function Qs(i,t,e){if(Object.prototype.hasOwnProperty.call(i,t)||t==="constructor")return i[t];let s=e();return i[t]=s,s}function Ia(i,t,e){let{_proxy:s,_context:n,_subProxy:o,_descriptors:a}=i,r=s[t];return nt(r)&&a.isScriptable(t)&&(r=Fa(t,r,i,e)),A(r)&&r.length&&(r=za(t,r,i,a.isIndexable)),zi(t,r)&&(r=Pt(r,n,o&&o[t],a)),r}function Fa(i,t,e,s){let{_proxy:n,_context:o,_subProxy:a,_stack:r}=e;if(r.has(i))throw new Error("Recursion detected: "+Array.from(r).join("->")+"->"+i);r.add(i);let l=t(o,a||s);return r.delete(i),zi(i,l)&&(l=Bi(n._scopes,n,i,l)),l}function za(i,t,e,s){let{_proxy:n,_context:o,_subProxy:a,_descriptors:r}=e;if(typeof o.index<"u"&&s(i))return t[o.index%t.length];if(C(t[0])){let l=t,c=n._scopes.filter(h=>h!==l);t=[];for(let h of l){let d=Bi(c,n,i,h);t.push(Pt(d,o,a&&a[i],r))}}return t}function tn(i,t,e){return nt(i)?i(t,e):i}var Ba=(i,t)=>i===!0?t:typeof i=="string"?Ct(t,i):void 0;function Va(i,t,e,s,n){for(let o of t){let a=Ba(e,o);if(a){i.add(a);let r=tn(a._fallback,e,n);if(typeof r<"u"&&r!==e&&r!==s)return r}else if(a===!1&&typeof s<"u"&&e!==s)return null}return!1}function Bi(i,t,e,s){let n=t._rootScopes,o=tn(t._fallback,e,s),a=[...i,...n],r=new Set;r.add(s);let l=Ps(r,a,e,o||e,s);return l===null||typeof o<"u"&&o!==e&&(l=Ps(r,a,o,l,s),l===null)?!1:Be(Array.from(r),[""],n,o,()=>Na(t,e,s))}function Ps(i,t,e,s,n){for(;e;)e=Va(i,t,e,s,n);return e}function Na(i,t,e){let s=i._getTarget();t in s||(s[t]={});let n=s[t];return A(n)&&C(e)?e:n||{}}function Wa(i,t,e,s){let n;for(let o of t)if(n=en(Ea(o,i),e),typeof n<"u")return zi(i,n)?Bi(e,s,i,n):n}function en(i,t){for(let e of t){if(!e)continue;let s=e[i];if(typeof s<"u")return s}}function Cs(i){let t=i._keys;return t||(t=i._keys=Ha(i._scopes)),t}function Ha(i){let t=new Set;for(let e of i)for(let s of Object.keys(e).filter(n=>!n.startsWith("_")))t.add(s);return Array.from(t)}var ja=Number.EPSILON||1e-14,zt=(i,t)=>t<i.length&&!i[t].skip&&i[t],sn=i=>i==="x"?"y":"x";function $a(i,t,e,s){let n=i.skip?t:i,o=t,a=e.skip?t:e,r=Te(o,n),l=Te(a,o),c=r/(r+l),h=l/(r+l);c=isNaN(c)?0:c,h=isNaN(h)?0:h;let d=s*c,u=s*h;return{previous:{x:o.x-d*(a.x-n.x),y:o.y-d*(a.y-n.y)},next:{x:o.x+u*(a.x-n.x),y:o.y+u*(a.y-n.y)}}}function Ya(i,t,e){let s=i.length,n,o,a,r,l,c=zt(i,0);for(let h=0;h<s-1;++h)if(l=c,c=zt(i,h+1),!(!l||!c)){if(Nt(t[h],0,ja)){e[h]=e[h+1]=0;continue}n=e[h]/t[h],o=e[h+1]/t[h],r=Math.pow(n,2)+Math.pow(o,2),!(r<=9)&&(a=3/Math.sqrt(r),e[h]=n*a*t[h],e[h+1]=o*a*t[h])}}function Ua(i,t,e="x"){let s=sn(e),n=i.length,o,a,r,l=zt(i,0);for(let c=0;c<n;++c){if(a=r,r=l,l=zt(i,c+1),!r)continue;let h=r[e],d=r[s];a&&(o=(h-a[e])/3,r[`cp1${e}`]=h-o,r[`cp1${s}`]=d-o*t[c]),l&&(o=(l[e]-h)/3,r[`cp2${e}`]=h+o,r[`cp2${s}`]=d+o*t[c])}}function qa(i,t="x"){let e=sn(t),s=i.length,n=Array(s).fill(0),o=Array(s),a,r,l,c=zt(i,0);for(a=0;a<s;++a)if(r=l,l=c,c=zt(i,a+1),!!l){if(c){let h=c[t]-l[t];n[a]=h!==0?(c[e]-l[e])/h:0}o[a]=r?c?Z(n[a-1])!==Z(n[a])?0:(n[a-1]+n[a])/2:n[a-1]:n[a]}Ya(i,n,o),Ua(i,o,t)}function Se(i,t,e){return Math.max(Math.min(i,e),t)}function Xa(i,t){let e,s,n,o,a,r=Q(i[0],t);for(e=0,s=i.length;e<s;++e)a=o,o=r,r=e<s-1&&Q(i[e+1],t),o&&(n=i[e],a&&(n.cp1x=Se(n.cp1x,t.left,t.right),n.cp1y=Se(n.cp1y,t.top,t.bottom)),r&&(n.cp2x=Se(n.cp2x,t.left,t.right),n.cp2y=Se(n.cp2y,t.top,t.bottom)))}function nn(i,t,e,s,n){let o,a,r,l;if(t.spanGaps&&(i=i.filter(c=>!c.skip)),t.cubicInterpolationMode==="monotone")qa(i,n);else{let c=s?i[i.length-1]:i[0];for(o=0,a=i.length;o<a;++o)r=i[o],l=$a(c,r,i[Math.min(o+1,a-(s?0:1))%a],t.tension),r.cp1x=l.previous.x,r.cp1y=l.previous.y,r.cp2x=l.next.x,r.cp2y=l.next.y,c=r}t.capBezierPoints&&Xa(i,e)}function Ve(){return typeof window<"u"&&typeof document<"u"}function Ne(i){let t=i.parentNode;return t&&t.toString()==="[object ShadowRoot]"&&(t=t.host),t}function Ae(i,t,e){let s;return typeof i=="string"?(s=parseInt(i,10),i.indexOf("%")!==-1&&(s=s/100*t.parentNode[e])):s=i,s}var We=i=>i.ownerDocument.defaultView.getComputedStyle(i,null);function Ka(i,t){return We(i).getPropertyValue(t)}var Ga=["top","right","bottom","left"];function St(i,t,e){let s={};e=e?"-"+e:"";for(let n=0;n<4;n++){let o=Ga[n];s[o]=parseFloat(i[t+"-"+o+e])||0}return s.width=s.left+s.right,s.height=s.top+s.bottom,s}var Za=(i,t,e)=>(i>0||t>0)&&(!e||!e.shadowRoot);function Ja(i,t){let e=i.touches,s=e&&e.length?e[0]:i,{offsetX:n,offsetY:o}=s,a=!1,r,l;if(Za(n,o,i.target))r=n,l=o;else{let c=t.getBoundingClientRect();r=s.clientX-c.left,l=s.clientY-c.top,a=!0}return{x:r,y:l,box:a}}function _t(i,t){if("native"in i)return i;let{canvas:e,currentDevicePixelRatio:s}=t,n=We(e),o=n.boxSizing==="border-box",a=St(n,"padding"),r=St(n,"border","width"),{x:l,y:c,box:h}=Ja(i,e),d=a.left+(h&&r.left),u=a.top+(h&&r.top),{width:f,height:p}=t;return o&&(f-=a.width+r.width,p-=a.height+r.height),{x:Math.round((l-d)/f*e.width/s),y:Math.round((c-u)/p*e.height/s)}}function Qa(i,t,e){let s,n;if(t===void 0||e===void 0){let o=i&&Ne(i);if(!o)t=i.clientWidth,e=i.clientHeight;else{let a=o.getBoundingClientRect(),r=We(o),l=St(r,"border","width"),c=St(r,"padding");t=a.width-c.width-l.width,e=a.height-c.height-l.height,s=Ae(r.maxWidth,o,"clientWidth"),n=Ae(r.maxHeight,o,"clientHeight")}}return{width:t,height:e,maxWidth:s||De,maxHeight:n||De}}var mt=i=>Math.round(i*10)/10;function on(i,t,e,s){let n=We(i),o=St(n,"margin"),a=Ae(n.maxWidth,i,"clientWidth")||De,r=Ae(n.maxHeight,i,"clientHeight")||De,l=Qa(i,t,e),{width:c,height:h}=l;if(n.boxSizing==="content-box"){let u=St(n,"border","width"),f=St(n,"padding");c-=f.width+u.width,h-=f.height+u.height}return c=Math.max(0,c-o.width),h=Math.max(0,s?c/s:h-o.height),c=mt(Math.min(c,a,l.maxWidth)),h=mt(Math.min(h,r,l.maxHeight)),c&&!h&&(h=mt(c/2)),(t!==void 0||e!==void 0)&&s&&l.height&&h>l.height&&(h=l.height,c=mt(Math.floor(h*s))),{width:c,height:h}}function Vi(i,t,e){let s=t||1,n=mt(i.height*s),o=mt(i.width*s);i.height=mt(i.height),i.width=mt(i.width);let a=i.canvas;a.style&&(e||!a.style.height&&!a.style.width)&&(a.style.height=`${i.height}px`,a.style.width=`${i.width}px`);let r=Math.floor(n),l=Math.floor(o);return i.currentDevicePixelRatio!==s||a.height!==r||a.width!==l?(i.currentDevicePixelRatio=s,a.height=r,a.width=l,i.ctx.setTransform(s,0,0,s,0,0),!0):!1}var an=(function(){let i=!1;try{let t={get passive(){return i=!0,!1}};Ve()&&(window.addEventListener("test",null,t),window.removeEventListener("test",null,t))}catch{}return i})();function Ni(i,t){let e=Ka(i,t),s=e&&e.match(/^(\\d+)(\\.\\d+)?px$/);return s?+s[1]:void 0}function gt(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:i.y+e*(t.y-i.y)}}function rn(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:s==="middle"?e<.5?i.y:t.y:s==="after"?e<1?i.y:t.y:e>0?t.y:i.y}}function ln(i,t,e,s){let n={x:i.cp2x,y:i.cp2y},o={x:t.cp1x,y:t.cp1y},a=gt(i,n,e),r=gt(n,o,e),l=gt(o,t,e),c=gt(a,r,e),h=gt(r,l,e);return gt(c,h,e)}var tr=function(i,t){return{x(e){return i+i+t-e},setWidth(e){t=e},textAlign(e){return e==="center"?e:e==="right"?"left":"right"},xPlus(e,s){return e-s},leftForLtr(e,s){return e-s}}},er=function(){return{x(i){return i},setWidth(i){},textAlign(i){return i},xPlus(i,t){return i+t},leftForLtr(i,t){return i}}};function He(i,t,e){return i?tr(t,e):er()}function cn(i,t){let e,s;(t==="ltr"||t==="rtl")&&(e=i.canvas.style,s=[e.getPropertyValue("direction"),e.getPropertyPriority("direction")],e.setProperty("direction",t,"important"),i.prevTextDirection=s)}function hn(i,t){t!==void 0&&(delete i.prevTextDirection,i.canvas.style.setProperty("direction",t[0],t[1]))}function dn(i){return i==="angle"?{between:wi,compare:xa,normalize:G}:{between:Le,compare:(t,e)=>t-e,normalize:t=>t}}function Ds({start:i,end:t,count:e,loop:s,style:n}){return{start:i%e,end:t%e,loop:s&&(t-i+1)%e===0,style:n}}function ir(i,t,e){let{property:s,start:n,end:o}=e,{between:a,normalize:r}=dn(s),l=t.length,{start:c,end:h,loop:d}=i,u,f;if(d){for(c+=l,h+=l,u=0,f=l;u<f&&a(r(t[c%l][s]),n,o);++u)c--,h--;c%=l,h%=l}return h<c&&(h+=l),{start:c,end:h,loop:d,style:i.style}}function un(i,t,e){if(!e)return[i];let{property:s,start:n,end:o}=e,a=t.length,{compare:r,between:l,normalize:c}=dn(s),{start:h,end:d,loop:u,style:f}=ir(i,t,e),p=[],g=!1,m=null,b,x,y,M=()=>l(n,y,b)&&r(n,y)!==0,_=()=>r(o,b)===0||l(o,y,b),k=()=>g||M(),v=()=>!g||_();for(let w=h,S=h;w<=d;++w)x=t[w%a],!x.skip&&(b=c(x[s]),b!==y&&(g=l(b,n,o),m===null&&k()&&(m=r(b,n)===0?w:S),m!==null&&v()&&(p.push(Ds({start:m,end:w,loop:u,count:a,style:f})),m=null),S=w,y=b));return m!==null&&p.push(Ds({start:m,end:d,loop:u,count:a,style:f})),p}function fn(i,t){let e=[],s=i.segments;for(let n=0;n<s.length;n++){let o=un(s[n],i.points,t);o.length&&e.push(...o)}return e}function sr(i,t,e,s){let n=0,o=t-1;if(e&&!s)for(;n<t&&!i[n].skip;)n++;for(;n<t&&i[n].skip;)n++;for(n%=t,e&&(o+=n);o>n&&i[o%t].skip;)o--;return o%=t,{start:n,end:o}}function nr(i,t,e,s){let n=i.length,o=[],a=t,r=i[t],l;for(l=t+1;l<=e;++l){let c=i[l%n];c.skip||c.stop?r.skip||(s=!1,o.push({start:t%n,end:(l-1)%n,loop:s}),t=a=c.stop?l:null):(a=l,r.skip&&(t=l)),r=c}return a!==null&&o.push({start:t%n,end:a%n,loop:s}),o}function gn(i,t){let e=i.points,s=i.options.spanGaps,n=e.length;if(!n)return[];let o=!!i._loop,{start:a,end:r}=sr(e,n,o,s);if(s===!0)return Ts(i,[{start:a,end:r,loop:o}],e,t);let l=r<a?r+n:r,c=!!i._fullLoop&&a===0&&r===n-1;return Ts(i,nr(e,a,l,c),e,t)}function Ts(i,t,e,s){return!s||!s.setContext||!e?t:or(i,t,e,s)}function or(i,t,e,s){let n=i._chart.getContext(),o=As(i.options),{_datasetIndex:a,options:{spanGaps:r}}=i,l=e.length,c=[],h=o,d=t[0].start,u=d;function f(p,g,m,b){let x=r?-1:1;if(p!==g){for(p+=l;e[p%l].skip;)p-=x;for(;e[g%l].skip;)g+=x;p%l!==g%l&&(c.push({start:p%l,end:g%l,loop:m,style:b}),h=b,d=g%l)}}for(let p of t){d=r?d:p.start;let g=e[d%l],m;for(u=d+1;u<=p.end;u++){let b=e[u%l];m=As(s.setContext(rt(n,{type:"segment",p0:g,p1:b,p0DataIndex:(u-1)%l,p1DataIndex:u%l,datasetIndex:a}))),ar(m,h)&&f(d,u-1,p.loop,h),g=b,h=m}d<u-1&&f(d,u-1,p.loop,h)}return c}function As(i){return{backgroundColor:i.backgroundColor,borderCapStyle:i.borderCapStyle,borderDash:i.borderDash,borderDashOffset:i.borderDashOffset,borderJoinStyle:i.borderJoinStyle,borderWidth:i.borderWidth,borderColor:i.borderColor}}function ar(i,t){if(!t)return!1;let e=[],s=function(n,o){return Ti(o)?(e.includes(o)||e.push(o),e.indexOf(o)):o};return JSON.stringify(i,s)!==JSON.stringify(t,s)}function Pe(i,t,e){return i.options.clip?i[e]:t[e]}function rr(i,t){let{xScale:e,yScale:s}=i;return e&&s?{left:Pe(e,t,"left"),right:Pe(e,t,"right"),top:Pe(s,t,"top"),bottom:Pe(s,t,"bottom")}:t}function pn(i,t){let e=t._clip;if(e.disabled)return!1;let s=rr(t,i.chartArea);return{left:e.left===!1?0:s.left-(e.left===!0?0:e.left),right:e.right===!1?i.width:s.right+(e.right===!0?0:e.right),top:e.top===!1?0:s.top-(e.top===!0?0:e.top),bottom:e.bottom===!1?i.height:s.bottom+(e.bottom===!0?0:e.bottom)}}var Gi=class{constructor(){this._request=null,this._charts=new Map,this._running=!1,this._lastDate=void 0}_notify(t,e,s,n){let o=e.listeners[n],a=e.duration;o.forEach(r=>r({chart:t,initial:e.initial,numSteps:a,currentStep:Math.min(s-e.start,a)}))}_refresh(){this._request||(this._running=!0,this._request=Pi.call(window,()=>{this._update(),this._request=null,this._running&&this._refresh()}))}_update(t=Date.now()){let e=0;this._charts.forEach((s,n)=>{if(!s.running||!s.items.length)return;let o=s.items,a=o.length-1,r=!1,l;for(;a>=0;--a)l=o[a],l._active?(l._total>s.duration&&(s.duration=l._total),l.tick(t),r=!0):(o[a]=o[o.length-1],o.pop());r&&(n.draw(),this._notify(n,s,t,"progress")),o.length||(s.running=!1,this._notify(n,s,t,"complete"),s.initial=!1),e+=o.length}),this._lastDate=t,e===0&&(this._running=!1)}_getAnims(t){let e=this._charts,s=e.get(t);return s||(s={running:!1,initial:!0,items:[],listeners:{complete:[],progress:[]}},e.set(t,s)),s}listen(t,e,s){this._getAnims(t).listeners[e].push(s)}add(t,e){!e||!e.length||this._getAnims(t).items.push(...e)}has(t){return this._getAnims(t).items.length>0}start(t){let e=this._charts.get(t);e&&(e.running=!0,e.start=Date.now(),e.duration=e.items.reduce((s,n)=>Math.max(s,n._duration),0),this._refresh())}running(t){if(!this._running)return!1;let e=this._charts.get(t);return!(!e||!e.running||!e.items.length)}stop(t){let e=this._charts.get(t);if(!e||!e.items.length)return;let s=e.items,n=s.length-1;for(;n>=0;--n)s[n].cancel();e.items=[],this._notify(t,e,Date.now(),"complete")}remove(t){return this._charts.delete(t)}},lt=new Gi,mn="transparent",lr={boolean(i,t,e){return e>.5?t:i},color(i,t,e){let s=Ai(i||mn),n=s.valid&&Ai(t||mn);return n&&n.valid?n.mix(s,e).hexString():t},number(i,t,e){return i+(t-i)*e}},Zi=class{constructor(t,e,s,n){let o=e[s];n=ne([t.to,n,o,t.from]);let a=ne([t.from,o,n]);this._active=!0,this._fn=t.fn||lr[t.type||typeof a],this._easing=It[t.easing]||It.linear,this._start=Math.floor(Date.now()+(t.delay||0)),this._duration=this._total=Math.floor(t.duration),this._loop=!!t.loop,this._target=e,this._prop=s,this._from=a,this._to=n,this._promises=void 0}active(){return this._active}update(t,e,s){if(this._active){this._notify(!1);let n=this._target[this._prop],o=s-this._start,a=this._duration-o;this._start=s,this._duration=Math.floor(Math.max(a,t.duration)),this._total+=o,this._loop=!!t.loop,this._to=ne([t.to,e,n,t.from]),this._from=ne([t.from,n,e])}}cancel(){this._active&&(this.tick(Date.now()),this._active=!1,this._notify(!1))}tick(t){let e=t-this._start,s=this._duration,n=this._prop,o=this._from,a=this._loop,r=this._to,l;if(this._active=o!==r&&(a||e<s),!this._active){this._target[n]=r,this._notify(!0);return}if(e<0){this._target[n]=o;return}l=e/s%2,l=a&&l>1?2-l:l,l=this._easing(Math.min(1,Math.max(0,l))),this._target[n]=this._fn(o,r,l)}wait(){let t=this._promises||(this._promises=[]);return new Promise((e,s)=>{t.push({res:e,rej:s})})}_notify(t){let e=t?"res":"rej",s=this._promises||[];for(let n=0;n<s.length;n++)s[n][e]()}},Ze=class{constructor(t,e){this._chart=t,this._properties=new Map,this.configure(e)}configure(t){if(!C(t))return;let e=Object.keys(R.animation),s=this._properties;Object.getOwnPropertyNames(t).forEach(n=>{let o=t[n];if(!C(o))return;let a={};for(let r of e)a[r]=o[r];(A(o.properties)&&o.properties||[n]).forEach(r=>{(r===n||!s.has(r))&&s.set(r,a)})})}_animateOptions(t,e){let s=e.options,n=hr(t,s);if(!n)return[];let o=this._createAnimations(n,s);return s.$shared&&cr(t.options.$animations,s).then(()=>{t.options=s},()=>{}),o}_createAnimations(t,e){let s=this._properties,n=[],o=t.$animations||(t.$animations={}),a=Object.keys(e),r=Date.now(),l;for(l=a.length-1;l>=0;--l){let c=a[l];if(c.charAt(0)==="$")continue;if(c==="options"){n.push(...this._animateOptions(t,e));continue}let h=e[c],d=o[c],u=s.get(c);if(d)if(u&&d.active()){d.update(u,h,r);continue}else d.cancel();if(!u||!u.duration){t[c]=h;continue}o[c]=d=new Zi(u,t,c,h),n.push(d)}return n}update(t,e){if(this._properties.size===0){Object.assign(t,e);return}let s=this._createAnimations(t,e);if(s.length)return lt.add(this._chart,s),!0}};function cr(i,t){let e=[],s=Object.keys(t);for(let n=0;n<s.length;n++){let o=i[s[n]];o&&o.active()&&e.push(o.wait())}return Promise.all(e)}function hr(i,t){if(!t)return;let e=i.options;if(!e){i.options=t;return}return e.$shared&&(i.options=e=Object.assign({},e,{$shared:!1,$animations:{}})),e}function bn(i,t){let e=i&&i.options||{},s=e.reverse,n=e.min===void 0?t:0,o=e.max===void 0?t:0;return{start:s?o:n,end:s?n:o}}function dr(i,t,e){if(e===!1)return!1;let s=bn(i,e),n=bn(t,e);return{top:n.end,right:s.end,bottom:n.start,left:s.start}}function ur(i){let t,e,s,n;return C(i)?(t=i.top,e=i.right,s=i.bottom,n=i.left):t=e=s=n=i,{top:t,right:e,bottom:s,left:n,disabled:i===!1}}function lo(i,t){let e=[],s=i._getSortedDatasetMetas(t),n,o;for(n=0,o=s.length;n<o;++n)e.push(s[n].index);return e}function xn(i,t,e,s={}){let n=i.keys,o=s.mode==="single",a,r,l,c;if(t===null)return;let h=!1;for(a=0,r=n.length;a<r;++a){if(l=+n[a],l===e){if(h=!0,s.all)continue;break}c=i.values[l],B(c)&&(o||t===0||Z(t)===Z(c))&&(t+=c)}return!h&&!s.all?0:t}function fr(i,t){let{iScale:e,vScale:s}=t,n=e.axis==="x"?"x":"y",o=s.axis==="x"?"x":"y",a=Object.keys(i),r=new Array(a.length),l,c,h;for(l=0,c=a.length;l<c;++l)h=a[l],r[l]={[n]:h,[o]:i[h]};return r}function Wi(i,t){let e=i&&i.options.stacked;return e||e===void 0&&t.stack!==void 0}function gr(i,t,e){return`${i.id}.${t.id}.${e.stack||e.type}`}function pr(i){let{min:t,max:e,minDefined:s,maxDefined:n}=i.getUserBounds();return{min:s?t:Number.NEGATIVE_INFINITY,max:n?e:Number.POSITIVE_INFINITY}}function mr(i,t,e){let s=i[t]||(i[t]={});return s[e]||(s[e]={})}function _n(i,t,e,s){for(let n of t.getMatchingVisibleMetas(s).reverse()){let o=i[n.index];if(e&&o>0||!e&&o<0)return n.index}return null}function yn(i,t){let{chart:e,_cachedMeta:s}=i,n=e._stacks||(e._stacks={}),{iScale:o,vScale:a,index:r}=s,l=o.axis,c=a.axis,h=gr(o,a,s),d=t.length,u;for(let f=0;f<d;++f){let p=t[f],{[l]:g,[c]:m}=p,b=p._stacks||(p._stacks={});u=b[c]=mr(n,h,g),u[r]=m,u._top=_n(u,a,!0,s.type),u._bottom=_n(u,a,!1,s.type);let x=u._visualValues||(u._visualValues={});x[r]=m}}function Hi(i,t){let e=i.scales;return Object.keys(e).filter(s=>e[s].axis===t).shift()}function br(i,t){return rt(i,{active:!1,dataset:void 0,datasetIndex:t,index:t,mode:"default",type:"dataset"})}function xr(i,t,e){return rt(i,{active:!1,dataIndex:t,parsed:void 0,raw:void 0,element:e,index:t,mode:"default",type:"data"})}function oe(i,t){let e=i.controller.index,s=i.vScale&&i.vScale.axis;if(s){t=t||i._parsed;for(let n of t){let o=n._stacks;!o||o[s]===void 0||o[s][e]===void 0||(delete o[s][e],o[s]._visualValues!==void 0&&o[s]._visualValues[e]!==void 0&&delete o[s]._visualValues[e])}}}var ji=i=>i==="reset"||i==="none",Mn=(i,t)=>t?i:Object.assign({},i),_r=(i,t,e)=>i&&!t.hidden&&t._stacked&&{keys:lo(e,!0),values:null},ue=class{static defaults={};static datasetElementType=null;static dataElementType=null;constructor(t,e){this.chart=t,this._ctx=t.ctx,this.index=e,this._cachedDataOpts={},this._cachedMeta=this.getMeta(),this._type=this._cachedMeta.type,this.options=void 0,this._parsing=!1,this._data=void 0,this._objectData=void 0,this._sharedOptions=void 0,this._drawStart=void 0,this._drawCount=void 0,this.enableOptionSharing=!1,this.supportsDecimation=!1,this.$context=void 0,this._syncList=[],this.datasetElementType=new.target.datasetElementType,this.dataElementType=new.target.dataElementType,this.initialize()}initialize(){let t=this._cachedMeta;this.configure(),this.linkScales(),t._stacked=Wi(t.vScale,t),this.addElements(),this.options.fill&&!this.chart.isPluginEnabled("filler")&&console.warn("Tried to use the \'fill\' option without the \'Filler\' plugin enabled. Please import and register the \'Filler\' plugin and make sure it is not disabled in the options")}updateIndex(t){this.index!==t&&oe(this._cachedMeta),this.index=t}linkScales(){let t=this.chart,e=this._cachedMeta,s=this.getDataset(),n=(d,u,f,p)=>d==="x"?u:d==="r"?p:f,o=e.xAxisID=D(s.xAxisID,Hi(t,"x")),a=e.yAxisID=D(s.yAxisID,Hi(t,"y")),r=e.rAxisID=D(s.rAxisID,Hi(t,"r")),l=e.indexAxis,c=e.iAxisID=n(l,o,a,r),h=e.vAxisID=n(l,a,o,r);e.xScale=this.getScaleForId(o),e.yScale=this.getScaleForId(a),e.rScale=this.getScaleForId(r),e.iScale=this.getScaleForId(c),e.vScale=this.getScaleForId(h)}getDataset(){return this.chart.data.datasets[this.index]}getMeta(){return this.chart.getDatasetMeta(this.index)}getScaleForId(t){return this.chart.scales[t]}_getOtherScale(t){let e=this._cachedMeta;return t===e.iScale?e.vScale:e.iScale}reset(){this._update("reset")}_destroy(){let t=this._cachedMeta;this._data&&ki(this._data,this),t._stacked&&oe(t)}_dataCheck(){let t=this.getDataset(),e=t.data||(t.data=[]),s=this._data;if(C(e)){let n=this._cachedMeta;this._data=fr(e,n)}else if(s!==e){if(s){ki(s,this);let n=this._cachedMeta;oe(n),n._parsed=[]}e&&Object.isExtensible(e)&&Hs(e,this),this._syncList=[],this._data=e}}addElements(){let t=this._cachedMeta;this._dataCheck(),this.datasetElementType&&(t.dataset=new this.datasetElementType)}buildOrUpdateElements(t){let e=this._cachedMeta,s=this.getDataset(),n=!1;this._dataCheck();let o=e._stacked;e._stacked=Wi(e.vScale,e),e.stack!==s.stack&&(n=!0,oe(e),e.stack=s.stack),this._resyncElements(t),(n||o!==e._stacked)&&(yn(this,e._parsed),e._stacked=Wi(e.vScale,e))}configure(){let t=this.chart.config,e=t.datasetScopeKeys(this._type),s=t.getOptionScopes(this.getDataset(),e,!0);this.options=t.createResolver(s,this.getContext()),this._parsing=this.options.parsing,this._cachedDataOpts={}}parse(t,e){let{_cachedMeta:s,_data:n}=this,{iScale:o,_stacked:a}=s,r=o.axis,l=t===0&&e===n.length?!0:s._sorted,c=t>0&&s._parsed[t-1],h,d,u;if(this._parsing===!1)s._parsed=n,s._sorted=!0,u=n;else{A(n[t])?u=this.parseArrayData(s,n,t,e):C(n[t])?u=this.parseObjectData(s,n,t,e):u=this.parsePrimitiveData(s,n,t,e);let f=()=>d[r]===null||c&&d[r]<c[r];for(h=0;h<e;++h)s._parsed[h+t]=d=u[h],l&&(f()&&(l=!1),c=d);s._sorted=l}a&&yn(this,u)}parsePrimitiveData(t,e,s,n){let{iScale:o,vScale:a}=t,r=o.axis,l=a.axis,c=o.getLabels(),h=o===a,d=new Array(n),u,f,p;for(u=0,f=n;u<f;++u)p=u+s,d[u]={[r]:h||o.parse(c[p],p),[l]:a.parse(e[p],p)};return d}parseArrayData(t,e,s,n){let{xScale:o,yScale:a}=t,r=new Array(n),l,c,h,d;for(l=0,c=n;l<c;++l)h=l+s,d=e[h],r[l]={x:o.parse(d[0],h),y:a.parse(d[1],h)};return r}parseObjectData(t,e,s,n){let{xScale:o,yScale:a}=t,{xAxisKey:r="x",yAxisKey:l="y"}=this._parsing,c=new Array(n),h,d,u,f;for(h=0,d=n;h<d;++h)u=h+s,f=e[u],c[h]={x:o.parse(Ct(f,r),u),y:a.parse(Ct(f,l),u)};return c}getParsed(t){return this._cachedMeta._parsed[t]}getDataElement(t){return this._cachedMeta.data[t]}applyStack(t,e,s){let n=this.chart,o=this._cachedMeta,a=e[t.axis],r={keys:lo(n,!0),values:e._stacks[t.axis]._visualValues};return xn(r,a,o.index,{mode:s})}updateRangeFromParsed(t,e,s,n){let o=s[e.axis],a=o===null?NaN:o,r=n&&s._stacks[e.axis];n&&r&&(n.values=r,a=xn(n,o,this._cachedMeta.index)),t.min=Math.min(t.min,a),t.max=Math.max(t.max,a)}getMinMax(t,e){let s=this._cachedMeta,n=s._parsed,o=s._sorted&&t===s.iScale,a=n.length,r=this._getOtherScale(t),l=_r(e,s,this.chart),c={min:Number.POSITIVE_INFINITY,max:Number.NEGATIVE_INFINITY},{min:h,max:d}=pr(r),u,f;function p(){f=n[u];let g=f[r.axis];return!B(f[t.axis])||h>g||d<g}for(u=0;u<a&&!(!p()&&(this.updateRangeFromParsed(c,t,f,l),o));++u);if(o){for(u=a-1;u>=0;--u)if(!p()){this.updateRangeFromParsed(c,t,f,l);break}}return c}getAllParsedValues(t){let e=this._cachedMeta._parsed,s=[],n,o,a;for(n=0,o=e.length;n<o;++n)a=e[n][t.axis],B(a)&&s.push(a);return s}getMaxOverflow(){return!1}getLabelAndValue(t){let e=this._cachedMeta,s=e.iScale,n=e.vScale,o=this.getParsed(t);return{label:s?""+s.getLabelForValue(o[s.axis]):"",value:n?""+n.getLabelForValue(o[n.axis]):""}}_update(t){let e=this._cachedMeta;this.update(t||"default"),e._clip=ur(D(this.options.clip,dr(e.xScale,e.yScale,this.getMaxOverflow())))}update(t){}draw(){let t=this._ctx,e=this.chart,s=this._cachedMeta,n=s.data||[],o=e.chartArea,a=[],r=this._drawStart||0,l=this._drawCount||n.length-r,c=this.options.drawActiveElementsOnTop,h;for(s.dataset&&s.dataset.draw(t,o,r,l),h=r;h<r+l;++h){let d=n[h];d.hidden||(d.active&&c?a.push(d):d.draw(t,o))}for(h=0;h<a.length;++h)a[h].draw(t,o)}getStyle(t,e){let s=e?"active":"default";return t===void 0&&this._cachedMeta.dataset?this.resolveDatasetElementOptions(s):this.resolveDataElementOptions(t||0,s)}getContext(t,e,s){let n=this.getDataset(),o;if(t>=0&&t<this._cachedMeta.data.length){let a=this._cachedMeta.data[t];o=a.$context||(a.$context=xr(this.getContext(),t,a)),o.parsed=this.getParsed(t),o.raw=n.data[t],o.index=o.dataIndex=t}else o=this.$context||(this.$context=br(this.chart.getContext(),this.index)),o.dataset=n,o.index=o.datasetIndex=this.index;return o.active=!!e,o.mode=s,o}resolveDatasetElementOptions(t){return this._resolveElementOptions(this.datasetElementType.id,t)}resolveDataElementOptions(t,e){return this._resolveElementOptions(this.dataElementType.id,e,t)}_resolveElementOptions(t,e="default",s){let n=e==="active",o=this._cachedDataOpts,a=t+"-"+e,r=o[a],l=this.enableOptionSharing&&Vt(s);if(r)return Mn(r,l);let c=this.chart.config,h=c.datasetElementScopeKeys(this._type,t),d=n?[`${t}Hover`,"hover",t,""]:[t,""],u=c.getOptionScopes(this.getDataset(),h),f=Object.keys(R.elements[t]),p=()=>this.getContext(s,n,e),g=c.resolveNamedOptions(u,f,p,d);return g.$shared&&(g.$shared=l,o[a]=Object.freeze(Mn(g,l))),g}_resolveAnimations(t,e,s){let n=this.chart,o=this._cachedDataOpts,a=`animation-${e}`,r=o[a];if(r)return r;let l;if(n.options.animation!==!1){let h=this.chart.config,d=h.datasetAnimationScopeKeys(this._type,e),u=h.getOptionScopes(this.getDataset(),d);l=h.createResolver(u,this.getContext(t,s,e))}let c=new Ze(n,l&&l.animations);return l&&l._cacheable&&(o[a]=Object.freeze(c)),c}getSharedOptions(t){if(t.$shared)return this._sharedOptions||(this._sharedOptions=Object.assign({},t))}includeOptions(t,e){return!e||ji(t)||this.chart._animationsDisabled}_getSharedOptions(t,e){let s=this.resolveDataElementOptions(t,e),n=this._sharedOptions,o=this.getSharedOptions(s),a=this.includeOptions(e,o)||o!==n;return this.updateSharedOptions(o,e,s),{sharedOptions:o,includeOptions:a}}updateElement(t,e,s,n){ji(n)?Object.assign(t,s):this._resolveAnimations(e,n).update(t,s)}updateSharedOptions(t,e,s){t&&!ji(e)&&this._resolveAnimations(void 0,e).update(t,s)}_setStyle(t,e,s,n){t.active=n;let o=this.getStyle(e,n);this._resolveAnimations(e,s,n).update(t,{options:!n&&this.getSharedOptions(o)||o})}removeHoverStyle(t,e,s){this._setStyle(t,s,"active",!1)}setHoverStyle(t,e,s){this._setStyle(t,s,"active",!0)}_removeDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!1)}_setDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!0)}_resyncElements(t){let e=this._data,s=this._cachedMeta.data;for(let[r,l,c]of this._syncList)this[r](l,c);this._syncList=[];let n=s.length,o=e.length,a=Math.min(o,n);a&&this.parse(0,a),o>n?this._insertElements(n,o-n,t):o<n&&this._removeElements(o,n-o)}_insertElements(t,e,s=!0){let n=this._cachedMeta,o=n.data,a=t+e,r,l=c=>{for(c.length+=e,r=c.length-1;r>=a;r--)c[r]=c[r-e]};for(l(o),r=t;r<a;++r)o[r]=new this.dataElementType;this._parsing&&l(n._parsed),this.parse(t,e),s&&this.updateElements(o,t,e,"reset")}updateElements(t,e,s,n){}_removeElements(t,e){let s=this._cachedMeta;if(this._parsing){let n=s._parsed.splice(t,e);s._stacked&&oe(s,n)}s.data.splice(t,e)}_sync(t){if(this._parsing)this._syncList.push(t);else{let[e,s,n]=t;this[e](s,n)}this.chart._dataChanges.push([this.index,...t])}_onDataPush(){let t=arguments.length;this._sync(["_insertElements",this.getDataset().data.length-t,t])}_onDataPop(){this._sync(["_removeElements",this._cachedMeta.data.length-1,1])}_onDataShift(){this._sync(["_removeElements",0,1])}_onDataSplice(t,e){e&&this._sync(["_removeElements",t,e]);let s=arguments.length-2;s&&this._sync(["_insertElements",t,s])}_onDataUnshift(){this._sync(["_insertElements",0,arguments.length])}};function yr(i,t){if(!i._cache.$bar){let e=i.getMatchingVisibleMetas(t),s=[];for(let n=0,o=e.length;n<o;n++)s=s.concat(e[n].controller.getAllParsedValues(i));i._cache.$bar=Si(s.sort((n,o)=>n-o))}return i._cache.$bar}function Mr(i){let t=i.iScale,e=yr(t,i.type),s=t._length,n,o,a,r,l=()=>{a===32767||a===-32768||(Vt(r)&&(s=Math.min(s,Math.abs(a-r)||s)),r=a)};for(n=0,o=e.length;n<o;++n)a=t.getPixelForValue(e[n]),l();for(r=void 0,n=0,o=t.ticks.length;n<o;++n)a=t.getPixelForTick(n),l();return s}function vr(i,t,e,s){let n=e.barThickness,o,a;return P(n)?(o=t.min*e.categoryPercentage,a=e.barPercentage):(o=n*s,a=1),{chunk:o/s,ratio:a,start:t.pixels[i]-o/2}}function wr(i,t,e,s){let n=t.pixels,o=n[i],a=i>0?n[i-1]:null,r=i<n.length-1?n[i+1]:null,l=e.categoryPercentage;a===null&&(a=o-(r===null?t.end-t.start:r-o)),r===null&&(r=o+o-a);let c=o-(o-Math.min(a,r))/2*l;return{chunk:Math.abs(r-a)/2*l/s,ratio:e.barPercentage,start:c}}function kr(i,t,e,s){let n=e.parse(i[0],s),o=e.parse(i[1],s),a=Math.min(n,o),r=Math.max(n,o),l=a,c=r;Math.abs(a)>Math.abs(r)&&(l=r,c=a),t[e.axis]=c,t._custom={barStart:l,barEnd:c,start:n,end:o,min:a,max:r}}function co(i,t,e,s){return A(i)?kr(i,t,e,s):t[e.axis]=e.parse(i,s),t}function vn(i,t,e,s){let n=i.iScale,o=i.vScale,a=n.getLabels(),r=n===o,l=[],c,h,d,u;for(c=e,h=e+s;c<h;++c)u=t[c],d={},d[n.axis]=r||n.parse(a[c],c),l.push(co(u,d,o,c));return l}function $i(i){return i&&i.barStart!==void 0&&i.barEnd!==void 0}function Sr(i,t,e){return i!==0?Z(i):(t.isHorizontal()?1:-1)*(t.min>=e?1:-1)}function Pr(i){let t,e,s,n,o;return i.horizontal?(t=i.base>i.x,e="left",s="right"):(t=i.base<i.y,e="bottom",s="top"),t?(n="end",o="start"):(n="start",o="end"),{start:e,end:s,reverse:t,top:n,bottom:o}}function Cr(i,t,e,s){let n=t.borderSkipped,o={};if(!n){i.borderSkipped=o;return}if(n===!0){i.borderSkipped={top:!0,right:!0,bottom:!0,left:!0};return}let{start:a,end:r,reverse:l,top:c,bottom:h}=Pr(i);n==="middle"&&e&&(i.enableBorderRadius=!0,(e._top||0)===s?n=c:(e._bottom||0)===s?n=h:(o[wn(h,a,r,l)]=!0,n=c)),o[wn(n,a,r,l)]=!0,i.borderSkipped=o}function wn(i,t,e,s){return s?(i=Dr(i,t,e),i=kn(i,e,t)):i=kn(i,t,e),i}function Dr(i,t,e){return i===t?e:i===e?t:i}function kn(i,t,e){return i==="start"?t:i==="end"?e:i}function Tr(i,{inflateAmount:t},e){i.inflateAmount=t==="auto"?e===1?.33:0:t}var Je=class extends ue{static id="bar";static defaults={datasetElementType:!1,dataElementType:"bar",categoryPercentage:.8,barPercentage:.9,grouped:!0,animations:{numbers:{type:"number",properties:["x","y","base","width","height"]}}};static overrides={scales:{_index_:{type:"category",offset:!0,grid:{offset:!0}},_value_:{type:"linear",beginAtZero:!0}}};parsePrimitiveData(t,e,s,n){return vn(t,e,s,n)}parseArrayData(t,e,s,n){return vn(t,e,s,n)}parseObjectData(t,e,s,n){let{iScale:o,vScale:a}=t,{xAxisKey:r="x",yAxisKey:l="y"}=this._parsing,c=o.axis==="x"?r:l,h=a.axis==="x"?r:l,d=[],u,f,p,g;for(u=s,f=s+n;u<f;++u)g=e[u],p={},p[o.axis]=o.parse(Ct(g,c),u),d.push(co(Ct(g,h),p,a,u));return d}updateRangeFromParsed(t,e,s,n){super.updateRangeFromParsed(t,e,s,n);let o=s._custom;o&&e===this._cachedMeta.vScale&&(t.min=Math.min(t.min,o.min),t.max=Math.max(t.max,o.max))}getMaxOverflow(){return 0}getLabelAndValue(t){let e=this._cachedMeta,{iScale:s,vScale:n}=e,o=this.getParsed(t),a=o._custom,r=$i(a)?"["+a.start+", "+a.end+"]":""+n.getLabelForValue(o[n.axis]);return{label:""+s.getLabelForValue(o[s.axis]),value:r}}initialize(){this.enableOptionSharing=!0,super.initialize();let t=this._cachedMeta;t.stack=this.getDataset().stack}update(t){let e=this._cachedMeta;this.updateElements(e.data,0,e.data.length,t)}updateElements(t,e,s,n){let o=n==="reset",{index:a,_cachedMeta:{vScale:r}}=this,l=r.getBasePixel(),c=r.isHorizontal(),h=this._getRuler(),{sharedOptions:d,includeOptions:u}=this._getSharedOptions(e,n);for(let f=e;f<e+s;f++){let p=this.getParsed(f),g=o||P(p[r.axis])?{base:l,head:l}:this._calculateBarValuePixels(f),m=this._calculateBarIndexPixels(f,h),b=(p._stacks||{})[r.axis],x={horizontal:c,base:g.base,enableBorderRadius:!b||$i(p._custom)||a===b._top||a===b._bottom,x:c?g.head:m.center,y:c?m.center:g.head,height:c?m.size:Math.abs(g.size),width:c?Math.abs(g.size):m.size};u&&(x.options=d||this.resolveDataElementOptions(f,t[f].active?"active":n));let y=x.options||t[f].options;Cr(x,y,b,a),Tr(x,y,h.ratio),this.updateElement(t[f],f,x,n)}}_getStacks(t,e){let{iScale:s}=this._cachedMeta,n=s.getMatchingVisibleMetas(this._type).filter(h=>h.controller.options.grouped),o=s.options.stacked,a=[],r=this._cachedMeta.controller.getParsed(e),l=r&&r[s.axis],c=h=>{let d=h._parsed.find(f=>f[s.axis]===l),u=d&&d[h.vScale.axis];if(P(u)||isNaN(u))return!0};for(let h of n)if(!(e!==void 0&&c(h))&&((o===!1||a.indexOf(h.stack)===-1||o===void 0&&h.stack===void 0)&&a.push(h.stack),h.index===t))break;return a.length||a.push(void 0),a}_getStackCount(t){return this._getStacks(void 0,t).length}_getAxisCount(){return this._getAxis().length}getFirstScaleIdForIndexAxis(){let t=this.chart.scales,e=this.chart.options.indexAxis;return Object.keys(t).filter(s=>t[s].axis===e).shift()}_getAxis(){let t={},e=this.getFirstScaleIdForIndexAxis();for(let s of this.chart.data.datasets)t[D(this.chart.options.indexAxis==="x"?s.xAxisID:s.yAxisID,e)]=!0;return Object.keys(t)}_getStackIndex(t,e,s){let n=this._getStacks(t,s),o=e!==void 0?n.indexOf(e):-1;return o===-1?n.length-1:o}_getRuler(){let t=this.options,e=this._cachedMeta,s=e.iScale,n=[],o,a;for(o=0,a=e.data.length;o<a;++o)n.push(s.getPixelForValue(this.getParsed(o)[s.axis],o));let r=t.barThickness;return{min:r||Mr(e),pixels:n,start:s._startPixel,end:s._endPixel,stackCount:this._getStackCount(),scale:s,grouped:t.grouped,ratio:r?1:t.categoryPercentage*t.barPercentage}}_calculateBarValuePixels(t){let{_cachedMeta:{vScale:e,_stacked:s,index:n},options:{base:o,minBarLength:a}}=this,r=o||0,l=this.getParsed(t),c=l._custom,h=$i(c),d=l[e.axis],u=0,f=s?this.applyStack(e,l,s):d,p,g;f!==d&&(u=f-d,f=d),h&&(d=c.barStart,f=c.barEnd-c.barStart,d!==0&&Z(d)!==Z(c.barEnd)&&(u=0),u+=d);let m=!P(o)&&!h?o:u,b=e.getPixelForValue(m);if(this.chart.getDataVisibility(t)?p=e.getPixelForValue(u+f):p=b,g=p-b,Math.abs(g)<a){g=Sr(g,e,r)*a,d===r&&(b-=g/2);let x=e.getPixelForDecimal(0),y=e.getPixelForDecimal(1),M=Math.min(x,y),_=Math.max(x,y);b=Math.max(Math.min(b,_),M),p=b+g,s&&!h&&(l._stacks[e.axis]._visualValues[n]=e.getValueForPixel(p)-e.getValueForPixel(b))}if(b===e.getPixelForValue(r)){let x=Z(g)*e.getLineWidthForValue(r)/2;b+=x,g-=x}return{size:g,base:b,head:p,center:p+g/2}}_calculateBarIndexPixels(t,e){let s=e.scale,n=this.options,o=n.skipNull,a=D(n.maxBarThickness,1/0),r,l,c=this._getAxisCount();if(e.grouped){let h=o?this._getStackCount(t):e.stackCount,d=n.barThickness==="flex"?wr(t,e,n,h*c):vr(t,e,n,h*c),u=this.chart.options.indexAxis==="x"?this.getDataset().xAxisID:this.getDataset().yAxisID,f=this._getAxis().indexOf(D(u,this.getFirstScaleIdForIndexAxis())),p=this._getStackIndex(this.index,this._cachedMeta.stack,o?t:void 0)+f;r=d.start+d.chunk*p+d.chunk/2,l=Math.min(a,d.chunk*d.ratio)}else r=s.getPixelForValue(this.getParsed(t)[s.axis],t),l=Math.min(a,e.min*e.ratio);return{base:r-l/2,head:r+l/2,center:r,size:l}}draw(){let t=this._cachedMeta,e=t.vScale,s=t.data,n=s.length,o=0;for(;o<n;++o)this.getParsed(o)[e.axis]!==null&&!s[o].hidden&&s[o].draw(this._ctx)}};var Qe=class extends ue{static id="line";static defaults={datasetElementType:"line",dataElementType:"point",showLine:!0,spanGaps:!1};static overrides={scales:{_index_:{type:"category"},_value_:{type:"linear"}}};initialize(){this.enableOptionSharing=!0,this.supportsDecimation=!0,super.initialize()}update(t){let e=this._cachedMeta,{dataset:s,data:n=[],_dataset:o}=e,a=this.chart._animationsDisabled,{start:r,count:l}=Ys(e,n,a);this._drawStart=r,this._drawCount=l,Us(e)&&(r=0,l=n.length),s._chart=this.chart,s._datasetIndex=this.index,s._decimated=!!o._decimated,s.points=n;let c=this.resolveDatasetElementOptions(t);this.options.showLine||(c.borderWidth=0),c.segment=this.options.segment,this.updateElement(s,void 0,{animated:!a,options:c},t),this.updateElements(n,r,l,t)}updateElements(t,e,s,n){let o=n==="reset",{iScale:a,vScale:r,_stacked:l,_dataset:c}=this._cachedMeta,{sharedOptions:h,includeOptions:d}=this._getSharedOptions(e,n),u=a.axis,f=r.axis,{spanGaps:p,segment:g}=this.options,m=Wt(p)?p:Number.POSITIVE_INFINITY,b=this.chart._animationsDisabled||o||n==="none",x=e+s,y=t.length,M=e>0&&this.getParsed(e-1);for(let _=0;_<y;++_){let k=t[_],v=b?k:{};if(_<e||_>=x){v.skip=!0;continue}let w=this.getParsed(_),S=P(w[f]),L=v[u]=a.getPixelForValue(w[u],_),E=v[f]=o||S?r.getBasePixel():r.getPixelForValue(l?this.applyStack(r,w,l):w[f],_);v.skip=isNaN(L)||isNaN(E)||S,v.stop=_>0&&Math.abs(w[u]-M[u])>m,g&&(v.parsed=w,v.raw=c.data[_]),d&&(v.options=h||this.resolveDataElementOptions(_,k.active?"active":n)),b||this.updateElement(k,_,v,n),M=w}}getMaxOverflow(){let t=this._cachedMeta,e=t.dataset,s=e.options&&e.options.borderWidth||0,n=t.data||[];if(!n.length)return s;let o=n[0].size(this.resolveDataElementOptions(0)),a=n[n.length-1].size(this.resolveDataElementOptions(n.length-1));return Math.max(s,o,a)/2}draw(){let t=this._cachedMeta;t.dataset.updateControlPoints(this.chart.chartArea,t.iScale.axis),super.draw()}};function Tt(){throw new Error("This method is not implemented: Check that a complete date adapter is provided.")}var Ji=class i{static override(t){Object.assign(i.prototype,t)}options;constructor(t){this.options=t||{}}init(){}formats(){return Tt()}parse(){return Tt()}format(){return Tt()}add(){return Tt()}diff(){return Tt()}startOf(){return Tt()}endOf(){return Tt()}},Ar={_date:Ji};function Or(i,t,e,s){let{controller:n,data:o,_sorted:a}=i,r=n._cachedMeta.iScale,l=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null;if(r&&t===r.axis&&t!=="r"&&a&&o.length){let c=r._reversePixels?Vs:pt;if(s){if(n._sharedOptions){let h=o[0],d=typeof h.getRange=="function"&&h.getRange(t);if(d){let u=c(o,t,e-d),f=c(o,t,e+d);return{lo:u.lo,hi:f.hi}}}}else{let h=c(o,t,e);if(l){let{vScale:d}=n._cachedMeta,{_parsed:u}=i,f=u.slice(0,h.lo+1).reverse().findIndex(g=>!P(g[d.axis]));h.lo-=Math.max(0,f);let p=u.slice(h.hi).findIndex(g=>!P(g[d.axis]));h.hi+=Math.max(0,p)}return h}}return{lo:0,hi:o.length-1}}function pe(i,t,e,s,n){let o=i.getSortedVisibleDatasetMetas(),a=e[t];for(let r=0,l=o.length;r<l;++r){let{index:c,data:h}=o[r],{lo:d,hi:u}=Or(o[r],t,a,n);for(let f=d;f<=u;++f){let p=h[f];p.skip||s(p,c,f)}}}function Rr(i){let t=i.indexOf("x")!==-1,e=i.indexOf("y")!==-1;return function(s,n){let o=t?Math.abs(s.x-n.x):0,a=e?Math.abs(s.y-n.y):0;return Math.sqrt(Math.pow(o,2)+Math.pow(a,2))}}function Yi(i,t,e,s,n){let o=[];return!n&&!i.isPointInArea(t)||pe(i,e,t,function(r,l,c){!n&&!Q(r,i.chartArea,0)||r.inRange(t.x,t.y,s)&&o.push({element:r,datasetIndex:l,index:c})},!0),o}function Lr(i,t,e,s){let n=[];function o(a,r,l){let{startAngle:c,endAngle:h}=a.getProps(["startAngle","endAngle"],s),{angle:d}=zs(a,{x:t.x,y:t.y});wi(d,c,h)&&n.push({element:a,datasetIndex:r,index:l})}return pe(i,e,t,o),n}function Er(i,t,e,s,n,o){let a=[],r=Rr(e),l=Number.POSITIVE_INFINITY;function c(h,d,u){let f=h.inRange(t.x,t.y,n);if(s&&!f)return;let p=h.getCenterPoint(n);if(!(!!o||i.isPointInArea(p))&&!f)return;let m=r(t,p);m<l?(a=[{element:h,datasetIndex:d,index:u}],l=m):m===l&&a.push({element:h,datasetIndex:d,index:u})}return pe(i,e,t,c),a}function Ui(i,t,e,s,n,o){return!o&&!i.isPointInArea(t)?[]:e==="r"&&!s?Lr(i,t,e,n):Er(i,t,e,s,n,o)}function Sn(i,t,e,s,n){let o=[],a=e==="x"?"inXRange":"inYRange",r=!1;return pe(i,e,t,(l,c,h)=>{l[a]&&l[a](t[e],n)&&(o.push({element:l,datasetIndex:c,index:h}),r=r||l.inRange(t.x,t.y,n))}),s&&!r?[]:o}var Ir={evaluateInteractionItems:pe,modes:{index(i,t,e,s){let n=_t(t,i),o=e.axis||"x",a=e.includeInvisible||!1,r=e.intersect?Yi(i,n,o,s,a):Ui(i,n,o,!1,s,a),l=[];return r.length?(i.getSortedVisibleDatasetMetas().forEach(c=>{let h=r[0].index,d=c.data[h];d&&!d.skip&&l.push({element:d,datasetIndex:c.index,index:h})}),l):[]},dataset(i,t,e,s){let n=_t(t,i),o=e.axis||"xy",a=e.includeInvisible||!1,r=e.intersect?Yi(i,n,o,s,a):Ui(i,n,o,!1,s,a);if(r.length>0){let l=r[0].datasetIndex,c=i.getDatasetMeta(l).data;r=[];for(let h=0;h<c.length;++h)r.push({element:c[h],datasetIndex:l,index:h})}return r},point(i,t,e,s){let n=_t(t,i),o=e.axis||"xy",a=e.includeInvisible||!1;return Yi(i,n,o,s,a)},nearest(i,t,e,s){let n=_t(t,i),o=e.axis||"xy",a=e.includeInvisible||!1;return Ui(i,n,o,e.intersect,s,a)},x(i,t,e,s){let n=_t(t,i);return Sn(i,n,"x",e.intersect,s)},y(i,t,e,s){let n=_t(t,i);return Sn(i,n,"y",e.intersect,s)}}},ho=["left","top","right","bottom"];function ae(i,t){return i.filter(e=>e.pos===t)}function Pn(i,t){return i.filter(e=>ho.indexOf(e.pos)===-1&&e.box.axis===t)}function re(i,t){return i.sort((e,s)=>{let n=t?s:e,o=t?e:s;return n.weight===o.weight?n.index-o.index:n.weight-o.weight})}function Fr(i){let t=[],e,s,n,o,a,r;for(e=0,s=(i||[]).length;e<s;++e)n=i[e],{position:o,options:{stack:a,stackWeight:r=1}}=n,t.push({index:e,box:n,pos:o,horizontal:n.isHorizontal(),weight:n.weight,stack:a&&o+a,stackWeight:r});return t}function zr(i){let t={};for(let e of i){let{stack:s,pos:n,stackWeight:o}=e;if(!s||!ho.includes(n))continue;let a=t[s]||(t[s]={count:0,placed:0,weight:0,size:0});a.count++,a.weight+=o}return t}function Br(i,t){let e=zr(i),{vBoxMaxWidth:s,hBoxMaxHeight:n}=t,o,a,r;for(o=0,a=i.length;o<a;++o){r=i[o];let{fullSize:l}=r.box,c=e[r.stack],h=c&&r.stackWeight/c.weight;r.horizontal?(r.width=h?h*s:l&&t.availableWidth,r.height=n):(r.width=s,r.height=h?h*n:l&&t.availableHeight)}return e}function Vr(i){let t=Fr(i),e=re(t.filter(c=>c.box.fullSize),!0),s=re(ae(t,"left"),!0),n=re(ae(t,"right")),o=re(ae(t,"top"),!0),a=re(ae(t,"bottom")),r=Pn(t,"x"),l=Pn(t,"y");return{fullSize:e,leftAndTop:s.concat(o),rightAndBottom:n.concat(l).concat(a).concat(r),chartArea:ae(t,"chartArea"),vertical:s.concat(n).concat(l),horizontal:o.concat(a).concat(r)}}function Cn(i,t,e,s){return Math.max(i[e],t[e])+Math.max(i[s],t[s])}function uo(i,t){i.top=Math.max(i.top,t.top),i.left=Math.max(i.left,t.left),i.bottom=Math.max(i.bottom,t.bottom),i.right=Math.max(i.right,t.right)}function Nr(i,t,e,s){let{pos:n,box:o}=e,a=i.maxPadding;if(!C(n)){e.size&&(i[n]-=e.size);let d=s[e.stack]||{size:0,count:1};d.size=Math.max(d.size,e.horizontal?o.height:o.width),e.size=d.size/d.count,i[n]+=e.size}o.getPadding&&uo(a,o.getPadding());let r=Math.max(0,t.outerWidth-Cn(a,i,"left","right")),l=Math.max(0,t.outerHeight-Cn(a,i,"top","bottom")),c=r!==i.w,h=l!==i.h;return i.w=r,i.h=l,e.horizontal?{same:c,other:h}:{same:h,other:c}}function Wr(i){let t=i.maxPadding;function e(s){let n=Math.max(t[s]-i[s],0);return i[s]+=n,n}i.y+=e("top"),i.x+=e("left"),e("right"),e("bottom")}function Hr(i,t){let e=t.maxPadding;function s(n){let o={left:0,top:0,right:0,bottom:0};return n.forEach(a=>{o[a]=Math.max(t[a],e[a])}),o}return s(i?["left","right"]:["top","bottom"])}function he(i,t,e,s){let n=[],o,a,r,l,c,h;for(o=0,a=i.length,c=0;o<a;++o){r=i[o],l=r.box,l.update(r.width||t.w,r.height||t.h,Hr(r.horizontal,t));let{same:d,other:u}=Nr(t,e,r,s);c|=d&&n.length,h=h||u,l.fullSize||n.push(r)}return c&&he(n,t,e,s)||h}function je(i,t,e,s,n){i.top=e,i.left=t,i.right=t+s,i.bottom=e+n,i.width=s,i.height=n}function Dn(i,t,e,s){let n=e.padding,{x:o,y:a}=t;for(let r of i){let l=r.box,c=s[r.stack]||{count:1,placed:0,weight:1},h=r.stackWeight/c.weight||1;if(r.horizontal){let d=t.w*h,u=c.size||l.height;Vt(c.start)&&(a=c.start),l.fullSize?je(l,n.left,a,e.outerWidth-n.right-n.left,u):je(l,t.left+c.placed,a,d,u),c.start=a,c.placed+=d,a=l.bottom}else{let d=t.h*h,u=c.size||l.width;Vt(c.start)&&(o=c.start),l.fullSize?je(l,o,n.top,u,e.outerHeight-n.bottom-n.top):je(l,o,t.top+c.placed,u,d),c.start=o,c.placed+=d,o=l.right}}t.x=o,t.y=a}var $e={addBox(i,t){i.boxes||(i.boxes=[]),t.fullSize=t.fullSize||!1,t.position=t.position||"top",t.weight=t.weight||0,t._layers=t._layers||function(){return[{z:0,draw(e){t.draw(e)}}]},i.boxes.push(t)},removeBox(i,t){let e=i.boxes?i.boxes.indexOf(t):-1;e!==-1&&i.boxes.splice(e,1)},configure(i,t,e){t.fullSize=e.fullSize,t.position=e.position,t.weight=e.weight},update(i,t,e,s){if(!i)return;let n=q(i.options.layout.padding),o=Math.max(t-n.width,0),a=Math.max(e-n.height,0),r=Vr(i.boxes),l=r.vertical,c=r.horizontal;T(i.boxes,g=>{typeof g.beforeLayout=="function"&&g.beforeLayout()});let h=l.reduce((g,m)=>m.box.options&&m.box.options.display===!1?g:g+1,0)||1,d=Object.freeze({outerWidth:t,outerHeight:e,padding:n,availableWidth:o,availableHeight:a,vBoxMaxWidth:o/2/h,hBoxMaxHeight:a/2}),u=Object.assign({},n);uo(u,q(s));let f=Object.assign({maxPadding:u,w:o,h:a,x:n.left,y:n.top},n),p=Br(l.concat(c),d);he(r.fullSize,f,d,p),he(l,f,d,p),he(c,f,d,p)&&he(l,f,d,p),Wr(f),Dn(r.leftAndTop,f,d,p),f.x+=f.w,f.y+=f.h,Dn(r.rightAndBottom,f,d,p),i.chartArea={left:f.left,top:f.top,right:f.left+f.w,bottom:f.top+f.h,height:f.h,width:f.w},T(r.chartArea,g=>{let m=g.box;Object.assign(m,i.chartArea),m.update(f.w,f.h,{left:0,top:0,right:0,bottom:0})})}},ti=class{acquireContext(t,e){}releaseContext(t){return!1}addEventListener(t,e,s){}removeEventListener(t,e,s){}getDevicePixelRatio(){return 1}getMaximumSize(t,e,s,n){return e=Math.max(0,e||t.width),s=s||t.height,{width:e,height:Math.max(0,n?Math.floor(e/n):s)}}isAttached(t){return!0}updateConfig(t){}},Qi=class extends ti{acquireContext(t){return t&&t.getContext&&t.getContext("2d")||null}updateConfig(t){t.options.animation=!1}},Ke="$chartjs",jr={touchstart:"mousedown",touchmove:"mousemove",touchend:"mouseup",pointerenter:"mouseenter",pointerdown:"mousedown",pointermove:"mousemove",pointerup:"mouseup",pointerleave:"mouseout",pointerout:"mouseout"},Tn=i=>i===null||i==="";function $r(i,t){let e=i.style,s=i.getAttribute("height"),n=i.getAttribute("width");if(i[Ke]={initial:{height:s,width:n,style:{display:e.display,height:e.height,width:e.width}}},e.display=e.display||"block",e.boxSizing=e.boxSizing||"border-box",Tn(n)){let o=Ni(i,"width");o!==void 0&&(i.width=o)}if(Tn(s))if(i.style.height==="")i.height=i.width/(t||2);else{let o=Ni(i,"height");o!==void 0&&(i.height=o)}return i}var fo=an?{passive:!0}:!1;function Yr(i,t,e){i&&i.addEventListener(t,e,fo)}function Ur(i,t,e){i&&i.canvas&&i.canvas.removeEventListener(t,e,fo)}function qr(i,t){let e=jr[i.type]||i.type,{x:s,y:n}=_t(i,t);return{type:e,chart:t,native:i,x:s!==void 0?s:null,y:n!==void 0?n:null}}function ei(i,t){for(let e of i)if(e===t||e.contains(t))return!0}function Xr(i,t,e){let s=i.canvas,n=new MutationObserver(o=>{let a=!1;for(let r of o)a=a||ei(r.addedNodes,s),a=a&&!ei(r.removedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}function Kr(i,t,e){let s=i.canvas,n=new MutationObserver(o=>{let a=!1;for(let r of o)a=a||ei(r.removedNodes,s),a=a&&!ei(r.addedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}var fe=new Map,An=0;function go(){let i=window.devicePixelRatio;i!==An&&(An=i,fe.forEach((t,e)=>{e.currentDevicePixelRatio!==i&&t()}))}function Gr(i,t){fe.size||window.addEventListener("resize",go),fe.set(i,t)}function Zr(i){fe.delete(i),fe.size||window.removeEventListener("resize",go)}function Jr(i,t,e){let s=i.canvas,n=s&&Ne(s);if(!n)return;let o=Ci((r,l)=>{let c=n.clientWidth;e(r,l),c<n.clientWidth&&e()},window),a=new ResizeObserver(r=>{let l=r[0],c=l.contentRect.width,h=l.contentRect.height;c===0&&h===0||o(c,h)});return a.observe(n),Gr(i,o),a}function qi(i,t,e){e&&e.disconnect(),t==="resize"&&Zr(i)}function Qr(i,t,e){let s=i.canvas,n=Ci(o=>{i.ctx!==null&&e(qr(o,i))},i);return Yr(s,t,n),n}var ts=class extends ti{acquireContext(t,e){let s=t&&t.getContext&&t.getContext("2d");return s&&s.canvas===t?($r(t,e),s):null}releaseContext(t){let e=t.canvas;if(!e[Ke])return!1;let s=e[Ke].initial;["height","width"].forEach(o=>{let a=s[o];P(a)?e.removeAttribute(o):e.setAttribute(o,a)});let n=s.style||{};return Object.keys(n).forEach(o=>{e.style[o]=n[o]}),e.width=e.width,delete e[Ke],!0}addEventListener(t,e,s){this.removeEventListener(t,e);let n=t.$proxies||(t.$proxies={}),a={attach:Xr,detach:Kr,resize:Jr}[e]||Qr;n[e]=a(t,e,s)}removeEventListener(t,e){let s=t.$proxies||(t.$proxies={}),n=s[e];if(!n)return;({attach:qi,detach:qi,resize:qi}[e]||Ur)(t,e,n),s[e]=void 0}getDevicePixelRatio(){return window.devicePixelRatio}getMaximumSize(t,e,s,n){return on(t,e,s,n)}isAttached(t){let e=t&&Ne(t);return!!(e&&e.isConnected)}};function tl(i){return!Ve()||typeof OffscreenCanvas<"u"&&i instanceof OffscreenCanvas?Qi:ts}var Mt=class{static defaults={};static defaultRoutes=void 0;x;y;active=!1;options;$animations;tooltipPosition(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}hasValue(){return Wt(this.x)&&Wt(this.y)}getProps(t,e){let s=this.$animations;if(!e||!s)return this;let n={};return t.forEach(o=>{n[o]=s[o]&&s[o].active()?s[o]._to:this[o]}),n}};function el(i,t){let e=i.options.ticks,s=il(i),n=Math.min(e.maxTicksLimit||s,s),o=e.major.enabled?nl(t):[],a=o.length,r=o[0],l=o[a-1],c=[];if(a>n)return ol(t,c,o,a/n),c;let h=sl(o,t,n);if(a>0){let d,u,f=a>1?Math.round((l-r)/(a-1)):null;for(Ye(t,c,h,P(f)?0:r-f,r),d=0,u=a-1;d<u;d++)Ye(t,c,h,o[d],o[d+1]);return Ye(t,c,h,l,P(f)?t.length:l+f),c}return Ye(t,c,h),c}function il(i){let t=i.options.offset,e=i._tickSize(),s=i._length/e+(t?0:1),n=i._maxLength/e;return Math.floor(Math.min(s,n))}function sl(i,t,e){let s=al(i),n=t.length/e;if(!s)return Math.max(n,1);let o=Is(s);for(let a=0,r=o.length-1;a<r;a++){let l=o[a];if(l>n)return l}return Math.max(n,1)}function nl(i){let t=[],e,s;for(e=0,s=i.length;e<s;e++)i[e].major&&t.push(e);return t}function ol(i,t,e,s){let n=0,o=e[0],a;for(s=Math.ceil(s),a=0;a<i.length;a++)a===o&&(t.push(i[a]),n++,o=e[n*s])}function Ye(i,t,e,s,n){let o=D(s,0),a=Math.min(D(n,i.length),i.length),r=0,l,c,h;for(e=Math.ceil(e),n&&(l=n-s,e=l/Math.floor(l/e)),h=o;h<0;)r++,h=Math.round(o+r*e);for(c=Math.max(o,0);c<a;c++)c===h&&(t.push(i[c]),r++,h=Math.round(o+r*e))}function al(i){let t=i.length,e,s;if(t<2)return!1;for(s=i[0],e=1;e<t;++e)if(i[e]-i[e-1]!==s)return!1;return s}var rl=i=>i==="left"?"right":i==="right"?"left":i,On=(i,t,e)=>t==="top"||t==="left"?i[t]+e:i[t]-e,Rn=(i,t)=>Math.min(t||i,i);function Ln(i,t){let e=[],s=i.length/t,n=i.length,o=0;for(;o<n;o+=s)e.push(i[Math.floor(o)]);return e}function ll(i,t,e){let s=i.ticks.length,n=Math.min(t,s-1),o=i._startPixel,a=i._endPixel,r=1e-6,l=i.getPixelForTick(n),c;if(!(e&&(s===1?c=Math.max(l-o,a-l):t===0?c=(i.getPixelForTick(1)-l)/2:c=(l-i.getPixelForTick(n-1))/2,l+=n<t?c:-c,l<o-r||l>a+r)))return l}function cl(i,t){T(i,e=>{let s=e.gc,n=s.length/2,o;if(n>t){for(o=0;o<n;++o)delete e.data[s[o]];s.splice(0,n)}})}function le(i){return i.drawTicks?i.tickLength:0}function En(i,t){if(!i.display)return 0;let e=H(i.font,t),s=q(i.padding);return(A(i.text)?i.text.length:1)*e.lineHeight+s.height}function hl(i,t){return rt(i,{scale:t,type:"scale"})}function dl(i,t,e){return rt(i,{tick:e,index:t,type:"tick"})}function ul(i,t,e){let s=$s(i);return(e&&t!=="right"||!e&&t==="right")&&(s=rl(s)),s}function fl(i,t,e,s){let{top:n,left:o,bottom:a,right:r,chart:l}=i,{chartArea:c,scales:h}=l,d=0,u,f,p,g=a-n,m=r-o;if(i.isHorizontal()){if(f=Di(s,o,r),C(e)){let b=Object.keys(e)[0],x=e[b];p=h[b].getPixelForValue(x)+g-t}else e==="center"?p=(c.bottom+c.top)/2+g-t:p=On(i,e,t);u=r-o}else{if(C(e)){let b=Object.keys(e)[0],x=e[b];f=h[b].getPixelForValue(x)-m+t}else e==="center"?f=(c.left+c.right)/2-m+t:f=On(i,e,t);p=Di(s,a,n),d=e==="left"?-N:N}return{titleX:f,titleY:p,maxWidth:u,rotation:d}}var jt=class i extends Mt{constructor(t){super(),this.id=t.id,this.type=t.type,this.options=void 0,this.ctx=t.ctx,this.chart=t.chart,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.width=void 0,this.height=void 0,this._margins={left:0,right:0,top:0,bottom:0},this.maxWidth=void 0,this.maxHeight=void 0,this.paddingTop=void 0,this.paddingBottom=void 0,this.paddingLeft=void 0,this.paddingRight=void 0,this.axis=void 0,this.labelRotation=void 0,this.min=void 0,this.max=void 0,this._range=void 0,this.ticks=[],this._gridLineItems=null,this._labelItems=null,this._labelSizes=null,this._length=0,this._maxLength=0,this._longestTextCache={},this._startPixel=void 0,this._endPixel=void 0,this._reversePixels=!1,this._userMax=void 0,this._userMin=void 0,this._suggestedMax=void 0,this._suggestedMin=void 0,this._ticksLength=0,this._borderValue=0,this._cache={},this._dataLimitsCached=!1,this.$context=void 0}init(t){this.options=t.setContext(this.getContext()),this.axis=t.axis,this._userMin=this.parse(t.min),this._userMax=this.parse(t.max),this._suggestedMin=this.parse(t.suggestedMin),this._suggestedMax=this.parse(t.suggestedMax)}parse(t,e){return t}getUserBounds(){let{_userMin:t,_userMax:e,_suggestedMin:s,_suggestedMax:n}=this;return t=W(t,Number.POSITIVE_INFINITY),e=W(e,Number.NEGATIVE_INFINITY),s=W(s,Number.POSITIVE_INFINITY),n=W(n,Number.NEGATIVE_INFINITY),{min:W(t,s),max:W(e,n),minDefined:B(t),maxDefined:B(e)}}getMinMax(t){let{min:e,max:s,minDefined:n,maxDefined:o}=this.getUserBounds(),a;if(n&&o)return{min:e,max:s};let r=this.getMatchingVisibleMetas();for(let l=0,c=r.length;l<c;++l)a=r[l].controller.getMinMax(this,t),n||(e=Math.min(e,a.min)),o||(s=Math.max(s,a.max));return e=o&&e>s?s:e,s=n&&e>s?e:s,{min:W(e,W(s,e)),max:W(s,W(e,s))}}getPadding(){return{left:this.paddingLeft||0,top:this.paddingTop||0,right:this.paddingRight||0,bottom:this.paddingBottom||0}}getTicks(){return this.ticks}getLabels(){let t=this.chart.data;return this.options.labels||(this.isHorizontal()?t.xLabels:t.yLabels)||t.labels||[]}getLabelItems(t=this.chart.chartArea){return this._labelItems||(this._labelItems=this._computeLabelItems(t))}beforeLayout(){this._cache={},this._dataLimitsCached=!1}beforeUpdate(){O(this.options.beforeUpdate,[this])}update(t,e,s){let{beginAtZero:n,grace:o,ticks:a}=this.options,r=a.sampleSize;this.beforeUpdate(),this.maxWidth=t,this.maxHeight=e,this._margins=s=Object.assign({left:0,right:0,top:0,bottom:0},s),this.ticks=null,this._labelSizes=null,this._gridLineItems=null,this._labelItems=null,this.beforeSetDimensions(),this.setDimensions(),this.afterSetDimensions(),this._maxLength=this.isHorizontal()?this.width+s.left+s.right:this.height+s.top+s.bottom,this._dataLimitsCached||(this.beforeDataLimits(),this.determineDataLimits(),this.afterDataLimits(),this._range=Js(this,o,n),this._dataLimitsCached=!0),this.beforeBuildTicks(),this.ticks=this.buildTicks()||[],this.afterBuildTicks();let l=r<this.ticks.length;this._convertTicksToLabels(l?Ln(this.ticks,r):this.ticks),this.configure(),this.beforeCalculateLabelRotation(),this.calculateLabelRotation(),this.afterCalculateLabelRotation(),a.display&&(a.autoSkip||a.source==="auto")&&(this.ticks=el(this,this.ticks),this._labelSizes=null,this.afterAutoSkip()),l&&this._convertTicksToLabels(this.ticks),this.beforeFit(),this.fit(),this.afterFit(),this.afterUpdate()}configure(){let t=this.options.reverse,e,s;this.isHorizontal()?(e=this.left,s=this.right):(e=this.top,s=this.bottom,t=!t),this._startPixel=e,this._endPixel=s,this._reversePixels=t,this._length=s-e,this._alignToPixels=this.options.alignToPixels}afterUpdate(){O(this.options.afterUpdate,[this])}beforeSetDimensions(){O(this.options.beforeSetDimensions,[this])}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=0,this.right=this.width):(this.height=this.maxHeight,this.top=0,this.bottom=this.height),this.paddingLeft=0,this.paddingTop=0,this.paddingRight=0,this.paddingBottom=0}afterSetDimensions(){O(this.options.afterSetDimensions,[this])}_callHooks(t){this.chart.notifyPlugins(t,this.getContext()),O(this.options[t],[this])}beforeDataLimits(){this._callHooks("beforeDataLimits")}determineDataLimits(){}afterDataLimits(){this._callHooks("afterDataLimits")}beforeBuildTicks(){this._callHooks("beforeBuildTicks")}buildTicks(){return[]}afterBuildTicks(){this._callHooks("afterBuildTicks")}beforeTickToLabelConversion(){O(this.options.beforeTickToLabelConversion,[this])}generateTickLabels(t){let e=this.options.ticks,s,n,o;for(s=0,n=t.length;s<n;s++)o=t[s],o.label=O(e.callback,[o.value,s,t],this)}afterTickToLabelConversion(){O(this.options.afterTickToLabelConversion,[this])}beforeCalculateLabelRotation(){O(this.options.beforeCalculateLabelRotation,[this])}calculateLabelRotation(){let t=this.options,e=t.ticks,s=Rn(this.ticks.length,t.ticks.maxTicksLimit),n=e.minRotation||0,o=e.maxRotation,a=n,r,l,c;if(!this._isVisible()||!e.display||n>=o||s<=1||!this.isHorizontal()){this.labelRotation=n;return}let h=this._getLabelSizes(),d=h.widest.width,u=h.highest.height,f=U(this.chart.width-d,0,this.maxWidth);r=t.offset?this.maxWidth/s:f/(s-1),d+6>r&&(r=f/(s-(t.offset?.5:1)),l=this.maxHeight-le(t.grid)-e.padding-En(t.title,this.chart.options.font),c=Math.sqrt(d*d+u*u),a=Re(Math.min(Math.asin(U((h.highest.height+6)/r,-1,1)),Math.asin(U(l/c,-1,1))-Math.asin(U(u/c,-1,1)))),a=Math.max(n,Math.min(o,a))),this.labelRotation=a}afterCalculateLabelRotation(){O(this.options.afterCalculateLabelRotation,[this])}afterAutoSkip(){}beforeFit(){O(this.options.beforeFit,[this])}fit(){let t={width:0,height:0},{chart:e,options:{ticks:s,title:n,grid:o}}=this,a=this._isVisible(),r=this.isHorizontal();if(a){let l=En(n,e.options.font);if(r?(t.width=this.maxWidth,t.height=le(o)+l):(t.height=this.maxHeight,t.width=le(o)+l),s.display&&this.ticks.length){let{first:c,last:h,widest:d,highest:u}=this._getLabelSizes(),f=s.padding*2,p=at(this.labelRotation),g=Math.cos(p),m=Math.sin(p);if(r){let b=s.mirror?0:m*d.width+g*u.height;t.height=Math.min(this.maxHeight,t.height+b+f)}else{let b=s.mirror?0:g*d.width+m*u.height;t.width=Math.min(this.maxWidth,t.width+b+f)}this._calculatePadding(c,h,m,g)}}this._handleMargins(),r?(this.width=this._length=e.width-this._margins.left-this._margins.right,this.height=t.height):(this.width=t.width,this.height=this._length=e.height-this._margins.top-this._margins.bottom)}_calculatePadding(t,e,s,n){let{ticks:{align:o,padding:a},position:r}=this.options,l=this.labelRotation!==0,c=r!=="top"&&this.axis==="x";if(this.isHorizontal()){let h=this.getPixelForTick(0)-this.left,d=this.right-this.getPixelForTick(this.ticks.length-1),u=0,f=0;l?c?(u=n*t.width,f=s*e.height):(u=s*t.height,f=n*e.width):o==="start"?f=e.width:o==="end"?u=t.width:o!=="inner"&&(u=t.width/2,f=e.width/2),this.paddingLeft=Math.max((u-h+a)*this.width/(this.width-h),0),this.paddingRight=Math.max((f-d+a)*this.width/(this.width-d),0)}else{let h=e.height/2,d=t.height/2;o==="start"?(h=0,d=t.height):o==="end"&&(h=e.height,d=0),this.paddingTop=h+a,this.paddingBottom=d+a}}_handleMargins(){this._margins&&(this._margins.left=Math.max(this.paddingLeft,this._margins.left),this._margins.top=Math.max(this.paddingTop,this._margins.top),this._margins.right=Math.max(this.paddingRight,this._margins.right),this._margins.bottom=Math.max(this.paddingBottom,this._margins.bottom))}afterFit(){O(this.options.afterFit,[this])}isHorizontal(){let{axis:t,position:e}=this.options;return e==="top"||e==="bottom"||t==="x"}isFullSize(){return this.options.fullSize}_convertTicksToLabels(t){this.beforeTickToLabelConversion(),this.generateTickLabels(t);let e,s;for(e=0,s=t.length;e<s;e++)P(t[e].label)&&(t.splice(e,1),s--,e--);this.afterTickToLabelConversion()}_getLabelSizes(){let t=this._labelSizes;if(!t){let e=this.options.ticks.sampleSize,s=this.ticks;e<s.length&&(s=Ln(s,e)),this._labelSizes=t=this._computeLabelSizes(s,s.length,this.options.ticks.maxTicksLimit)}return t}_computeLabelSizes(t,e,s){let{ctx:n,_longestTextCache:o}=this,a=[],r=[],l=Math.floor(e/Rn(e,s)),c=0,h=0,d,u,f,p,g,m,b,x,y,M,_;for(d=0;d<e;d+=l){if(p=t[d].label,g=this._resolveTickFontOptions(d),n.font=m=g.string,b=o[m]=o[m]||{data:{},gc:[]},x=g.lineHeight,y=M=0,!P(p)&&!A(p))y=Qt(n,b.data,b.gc,y,p),M=x;else if(A(p))for(u=0,f=p.length;u<f;++u)_=p[u],!P(_)&&!A(_)&&(y=Qt(n,b.data,b.gc,y,_),M+=x);a.push(y),r.push(M),c=Math.max(y,c),h=Math.max(M,h)}cl(o,e);let k=a.indexOf(c),v=r.indexOf(h),w=S=>({width:a[S]||0,height:r[S]||0});return{first:w(0),last:w(e-1),widest:w(k),highest:w(v),widths:a,heights:r}}getLabelForValue(t){return t}getPixelForValue(t,e){return NaN}getValueForPixel(t){}getPixelForTick(t){let e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getPixelForDecimal(t){this._reversePixels&&(t=1-t);let e=this._startPixel+t*this._length;return Bs(this._alignToPixels?xt(this.chart,e,0):e)}getDecimalForPixel(t){let e=(t-this._startPixel)/this._length;return this._reversePixels?1-e:e}getBasePixel(){return this.getPixelForValue(this.getBaseValue())}getBaseValue(){let{min:t,max:e}=this;return t<0&&e<0?e:t>0&&e>0?t:0}getContext(t){let e=this.ticks||[];if(t>=0&&t<e.length){let s=e[t];return s.$context||(s.$context=dl(this.getContext(),t,s))}return this.$context||(this.$context=hl(this.chart.getContext(),this))}_tickSize(){let t=this.options.ticks,e=at(this.labelRotation),s=Math.abs(Math.cos(e)),n=Math.abs(Math.sin(e)),o=this._getLabelSizes(),a=t.autoSkipPadding||0,r=o?o.widest.width+a:0,l=o?o.highest.height+a:0;return this.isHorizontal()?l*s>r*n?r/s:l/n:l*n<r*s?l/s:r/n}_isVisible(){let t=this.options.display;return t!=="auto"?!!t:this.getMatchingVisibleMetas().length>0}_computeGridLineItems(t){let e=this.axis,s=this.chart,n=this.options,{grid:o,position:a,border:r}=n,l=o.offset,c=this.isHorizontal(),d=this.ticks.length+(l?1:0),u=le(o),f=[],p=r.setContext(this.getContext()),g=p.display?p.width:0,m=g/2,b=function(V){return xt(s,V,g)},x,y,M,_,k,v,w,S,L,E,F,J;if(a==="top")x=b(this.bottom),v=this.bottom-u,S=x-m,E=b(t.top)+m,J=t.bottom;else if(a==="bottom")x=b(this.top),E=t.top,J=b(t.bottom)-m,v=x+m,S=this.top+u;else if(a==="left")x=b(this.right),k=this.right-u,w=x-m,L=b(t.left)+m,F=t.right;else if(a==="right")x=b(this.left),L=t.left,F=b(t.right)-m,k=x+m,w=this.left+u;else if(e==="x"){if(a==="center")x=b((t.top+t.bottom)/2+.5);else if(C(a)){let V=Object.keys(a)[0],X=a[V];x=b(this.chart.scales[V].getPixelForValue(X))}E=t.top,J=t.bottom,v=x+m,S=v+u}else if(e==="y"){if(a==="center")x=b((t.left+t.right)/2);else if(C(a)){let V=Object.keys(a)[0],X=a[V];x=b(this.chart.scales[V].getPixelForValue(X))}k=x-m,w=k-u,L=t.left,F=t.right}let dt=D(n.ticks.maxTicksLimit,d),I=Math.max(1,Math.ceil(d/dt));for(y=0;y<d;y+=I){let V=this.getContext(y),X=o.setContext(V),xe=r.setContext(V),_e=X.lineWidth,Rt=X.color,ye=xe.dash||[],Lt=xe.dashOffset,qt=X.tickWidth,vt=X.tickColor,Xt=X.tickBorderDash||[],wt=X.tickBorderDashOffset;M=ll(this,y,l),M!==void 0&&(_=xt(s,M,_e),c?k=w=L=F=_:v=S=E=J=_,f.push({tx1:k,ty1:v,tx2:w,ty2:S,x1:L,y1:E,x2:F,y2:J,width:_e,color:Rt,borderDash:ye,borderDashOffset:Lt,tickWidth:qt,tickColor:vt,tickBorderDash:Xt,tickBorderDashOffset:wt}))}return this._ticksLength=d,this._borderValue=x,f}_computeLabelItems(t){let e=this.axis,s=this.options,{position:n,ticks:o}=s,a=this.isHorizontal(),r=this.ticks,{align:l,crossAlign:c,padding:h,mirror:d}=o,u=le(s.grid),f=u+h,p=d?-h:f,g=-at(this.labelRotation),m=[],b,x,y,M,_,k,v,w,S,L,E,F,J="middle";if(n==="top")k=this.bottom-p,v=this._getXAxisLabelAlignment();else if(n==="bottom")k=this.top+p,v=this._getXAxisLabelAlignment();else if(n==="left"){let I=this._getYAxisLabelAlignment(u);v=I.textAlign,_=I.x}else if(n==="right"){let I=this._getYAxisLabelAlignment(u);v=I.textAlign,_=I.x}else if(e==="x"){if(n==="center")k=(t.top+t.bottom)/2+f;else if(C(n)){let I=Object.keys(n)[0],V=n[I];k=this.chart.scales[I].getPixelForValue(V)+f}v=this._getXAxisLabelAlignment()}else if(e==="y"){if(n==="center")_=(t.left+t.right)/2-f;else if(C(n)){let I=Object.keys(n)[0],V=n[I];_=this.chart.scales[I].getPixelForValue(V)}v=this._getYAxisLabelAlignment(u).textAlign}e==="y"&&(l==="start"?J="top":l==="end"&&(J="bottom"));let dt=this._getLabelSizes();for(b=0,x=r.length;b<x;++b){y=r[b],M=y.label;let I=o.setContext(this.getContext(b));w=this.getPixelForTick(b)+o.labelOffset,S=this._resolveTickFontOptions(b),L=S.lineHeight,E=A(M)?M.length:1;let V=E/2,X=I.color,xe=I.textStrokeColor,_e=I.textStrokeWidth,Rt=v;a?(_=w,v==="inner"&&(b===x-1?Rt=this.options.reverse?"left":"right":b===0?Rt=this.options.reverse?"right":"left":Rt="center"),n==="top"?c==="near"||g!==0?F=-E*L+L/2:c==="center"?F=-dt.highest.height/2-V*L+L:F=-dt.highest.height+L/2:c==="near"||g!==0?F=L/2:c==="center"?F=dt.highest.height/2-V*L:F=dt.highest.height-E*L,d&&(F*=-1),g!==0&&!I.showLabelBackdrop&&(_+=L/2*Math.sin(g))):(k=w,F=(1-E)*L/2);let ye;if(I.showLabelBackdrop){let Lt=q(I.backdropPadding),qt=dt.heights[b],vt=dt.widths[b],Xt=F-Lt.top,wt=0-Lt.left;switch(J){case"middle":Xt-=qt/2;break;case"bottom":Xt-=qt;break}switch(v){case"center":wt-=vt/2;break;case"right":wt-=vt;break;case"inner":b===x-1?wt-=vt:b>0&&(wt-=vt/2);break}ye={left:wt,top:Xt,width:vt+Lt.width,height:qt+Lt.height,color:I.backdropColor}}m.push({label:M,font:S,textOffset:F,options:{rotation:g,color:X,strokeColor:xe,strokeWidth:_e,textAlign:Rt,textBaseline:J,translation:[_,k],backdrop:ye}})}return m}_getXAxisLabelAlignment(){let{position:t,ticks:e}=this.options;if(-at(this.labelRotation))return t==="top"?"left":"right";let n="center";return e.align==="start"?n="left":e.align==="end"?n="right":e.align==="inner"&&(n="inner"),n}_getYAxisLabelAlignment(t){let{position:e,ticks:{crossAlign:s,mirror:n,padding:o}}=this.options,a=this._getLabelSizes(),r=t+o,l=a.widest.width,c,h;return e==="left"?n?(h=this.right+o,s==="near"?c="left":s==="center"?(c="center",h+=l/2):(c="right",h+=l)):(h=this.right-r,s==="near"?c="right":s==="center"?(c="center",h-=l/2):(c="left",h=this.left)):e==="right"?n?(h=this.left+o,s==="near"?c="right":s==="center"?(c="center",h-=l/2):(c="left",h-=l)):(h=this.left+r,s==="near"?c="left":s==="center"?(c="center",h+=l/2):(c="right",h=this.right)):c="right",{textAlign:c,x:h}}_computeLabelArea(){if(this.options.ticks.mirror)return;let t=this.chart,e=this.options.position;if(e==="left"||e==="right")return{top:0,left:this.left,bottom:t.height,right:this.right};if(e==="top"||e==="bottom")return{top:this.top,left:0,bottom:this.bottom,right:t.width}}drawBackground(){let{ctx:t,options:{backgroundColor:e},left:s,top:n,width:o,height:a}=this;e&&(t.save(),t.fillStyle=e,t.fillRect(s,n,o,a),t.restore())}getLineWidthForValue(t){let e=this.options.grid;if(!this._isVisible()||!e.display)return 0;let n=this.ticks.findIndex(o=>o.value===t);return n>=0?e.setContext(this.getContext(n)).lineWidth:0}drawGrid(t){let e=this.options.grid,s=this.ctx,n=this._gridLineItems||(this._gridLineItems=this._computeGridLineItems(t)),o,a,r=(l,c,h)=>{!h.width||!h.color||(s.save(),s.lineWidth=h.width,s.strokeStyle=h.color,s.setLineDash(h.borderDash||[]),s.lineDashOffset=h.borderDashOffset,s.beginPath(),s.moveTo(l.x,l.y),s.lineTo(c.x,c.y),s.stroke(),s.restore())};if(e.display)for(o=0,a=n.length;o<a;++o){let l=n[o];e.drawOnChartArea&&r({x:l.x1,y:l.y1},{x:l.x2,y:l.y2},l),e.drawTicks&&r({x:l.tx1,y:l.ty1},{x:l.tx2,y:l.ty2},{color:l.tickColor,width:l.tickWidth,borderDash:l.tickBorderDash,borderDashOffset:l.tickBorderDashOffset})}}drawBorder(){let{chart:t,ctx:e,options:{border:s,grid:n}}=this,o=s.setContext(this.getContext()),a=s.display?o.width:0;if(!a)return;let r=n.setContext(this.getContext(0)).lineWidth,l=this._borderValue,c,h,d,u;this.isHorizontal()?(c=xt(t,this.left,a)-a/2,h=xt(t,this.right,r)+r/2,d=u=l):(d=xt(t,this.top,a)-a/2,u=xt(t,this.bottom,r)+r/2,c=h=l),e.save(),e.lineWidth=o.width,e.strokeStyle=o.color,e.beginPath(),e.moveTo(c,d),e.lineTo(h,u),e.stroke(),e.restore()}drawLabels(t){if(!this.options.ticks.display)return;let s=this.ctx,n=this._computeLabelArea();n&&Ri(s,n);let o=this.getLabelItems(t);for(let a of o){let r=a.options,l=a.font,c=a.label,h=a.textOffset;ie(s,c,0,h,l,r)}n&&Li(s)}drawTitle(){let{ctx:t,options:{position:e,title:s,reverse:n}}=this;if(!s.display)return;let o=H(s.font),a=q(s.padding),r=s.align,l=o.lineHeight/2;e==="bottom"||e==="center"||C(e)?(l+=a.bottom,A(s.text)&&(l+=o.lineHeight*(s.text.length-1))):l+=a.top;let{titleX:c,titleY:h,maxWidth:d,rotation:u}=fl(this,l,e,r);ie(t,s.text,0,0,o,{color:s.color,maxWidth:d,rotation:u,textAlign:ul(r,e,n),textBaseline:"middle",translation:[c,h],strokeColor:s.strokeColor,strokeWidth:s.strokeWidth})}draw(t){this._isVisible()&&(this.drawBackground(),this.drawGrid(t),this.drawBorder(),this.drawTitle(),this.drawLabels(t))}_layers(){let t=this.options,e=t.ticks&&t.ticks.z||0,s=D(t.grid&&t.grid.z,-1),n=D(t.border&&t.border.z,0);return!this._isVisible()||this.draw!==i.prototype.draw?[{z:e,draw:o=>{this.draw(o)}}]:[{z:s,draw:o=>{this.drawBackground(),this.drawGrid(o),this.drawTitle()}},{z:n,draw:()=>{this.drawBorder()}},{z:e,draw:o=>{this.drawLabels(o)}}]}getMatchingVisibleMetas(t){let e=this.chart.getSortedVisibleDatasetMetas(),s=this.axis+"AxisID",n=[],o,a;for(o=0,a=e.length;o<a;++o){let r=e[o];r[s]===this.id&&(!t||r.type===t)&&n.push(r)}return n}_resolveTickFontOptions(t){let e=this.options.ticks.setContext(this.getContext(t));return H(e.font)}_maxDigits(){let t=this._resolveTickFontOptions(0).lineHeight;return(this.isHorizontal()?this.width:this.height)/t}},Ht=class{constructor(t,e,s){this.type=t,this.scope=e,this.override=s,this.items=Object.create(null)}isForType(t){return Object.prototype.isPrototypeOf.call(this.type.prototype,t.prototype)}register(t){let e=Object.getPrototypeOf(t),s;ml(e)&&(s=this.register(e));let n=this.items,o=t.id,a=this.scope+"."+o;if(!o)throw new Error("class does not have id: "+t);return o in n||(n[o]=t,gl(t,a,s),this.override&&R.override(t.id,t.overrides)),a}get(t){return this.items[t]}unregister(t){let e=this.items,s=t.id,n=this.scope;s in e&&delete e[s],n&&s in R[n]&&(delete R[n][s],this.override&&delete bt[s])}};function gl(i,t,e){let s=Ft(Object.create(null),[e?R.get(e):{},R.get(t),i.defaults]);R.set(t,s),i.defaultRoutes&&pl(t,i.defaultRoutes),i.descriptors&&R.describe(t,i.descriptors)}function pl(i,t){Object.keys(t).forEach(e=>{let s=e.split("."),n=s.pop(),o=[i].concat(s).join("."),a=t[e].split("."),r=a.pop(),l=a.join(".");R.route(o,n,l,r)})}function ml(i){return"id"in i&&"defaults"in i}var es=class{constructor(){this.controllers=new Ht(ue,"datasets",!0),this.elements=new Ht(Mt,"elements"),this.plugins=new Ht(Object,"plugins"),this.scales=new Ht(jt,"scales"),this._typedRegistries=[this.controllers,this.scales,this.elements]}add(...t){this._each("register",t)}remove(...t){this._each("unregister",t)}addControllers(...t){this._each("register",t,this.controllers)}addElements(...t){this._each("register",t,this.elements)}addPlugins(...t){this._each("register",t,this.plugins)}addScales(...t){this._each("register",t,this.scales)}getController(t){return this._get(t,this.controllers,"controller")}getElement(t){return this._get(t,this.elements,"element")}getPlugin(t){return this._get(t,this.plugins,"plugin")}getScale(t){return this._get(t,this.scales,"scale")}removeControllers(...t){this._each("unregister",t,this.controllers)}removeElements(...t){this._each("unregister",t,this.elements)}removePlugins(...t){this._each("unregister",t,this.plugins)}removeScales(...t){this._each("unregister",t,this.scales)}_each(t,e,s){[...e].forEach(n=>{let o=s||this._getRegistryForType(n);s||o.isForType(n)||o===this.plugins&&n.id?this._exec(t,o,n):T(n,a=>{let r=s||this._getRegistryForType(a);this._exec(t,r,a)})})}_exec(t,e,s){let n=Oe(t);O(s["before"+n],[],s),e[t](s),O(s["after"+n],[],s)}_getRegistryForType(t){for(let e=0;e<this._typedRegistries.length;e++){let s=this._typedRegistries[e];if(s.isForType(t))return s}return this.plugins}_get(t,e,s){let n=e.get(t);if(n===void 0)throw new Error(\'"\'+t+\'" is not a registered \'+s+".");return n}},it=new es,is=class{constructor(){this._init=void 0}notify(t,e,s,n){if(e==="beforeInit"&&(this._init=this._createDescriptors(t,!0),this._notify(this._init,t,"install")),this._init===void 0)return;let o=n?this._descriptors(t).filter(n):this._descriptors(t),a=this._notify(o,t,e,s);return e==="afterDestroy"&&(this._notify(o,t,"stop"),this._notify(this._init,t,"uninstall"),this._init=void 0),a}_notify(t,e,s,n){n=n||{};for(let o of t){let a=o.plugin,r=a[s],l=[e,n,o.options];if(O(r,l,a)===!1&&n.cancelable)return!1}return!0}invalidate(){P(this._cache)||(this._oldCache=this._cache,this._cache=void 0)}_descriptors(t){if(this._cache)return this._cache;let e=this._cache=this._createDescriptors(t);return this._notifyStateChanges(t),e}_createDescriptors(t,e){let s=t&&t.config,n=D(s.options&&s.options.plugins,{}),o=bl(s);return n===!1&&!e?[]:_l(t,o,n,e)}_notifyStateChanges(t){let e=this._oldCache||[],s=this._cache,n=(o,a)=>o.filter(r=>!a.some(l=>r.plugin.id===l.plugin.id));this._notify(n(e,s),t,"stop"),this._notify(n(s,e),t,"start")}};function bl(i){let t={},e=[],s=Object.keys(it.plugins.items);for(let o=0;o<s.length;o++)e.push(it.getPlugin(s[o]));let n=i.plugins||[];for(let o=0;o<n.length;o++){let a=n[o];e.indexOf(a)===-1&&(e.push(a),t[a.id]=!0)}return{plugins:e,localIds:t}}function xl(i,t){return!t&&i===!1?null:i===!0?{}:i}function _l(i,{plugins:t,localIds:e},s,n){let o=[],a=i.getContext();for(let r of t){let l=r.id,c=xl(s[l],n);c!==null&&o.push({plugin:r,options:yl(i.config,{plugin:r,local:e[l]},c,a)})}return o}function yl(i,{plugin:t,local:e},s,n){let o=i.pluginScopeKeys(t),a=i.getOptionScopes(s,o);return e&&t.defaults&&a.push(t.defaults),i.createResolver(a,n,[""],{scriptable:!1,indexable:!1,allKeys:!0})}function ss(i,t){let e=R.datasets[i]||{};return((t.datasets||{})[i]||{}).indexAxis||t.indexAxis||e.indexAxis||"x"}function Ml(i,t){let e=i;return i==="_index_"?e=t:i==="_value_"&&(e=t==="x"?"y":"x"),e}function vl(i,t){return i===t?"_index_":"_value_"}function In(i){if(i==="x"||i==="y"||i==="r")return i}function wl(i){if(i==="top"||i==="bottom")return"x";if(i==="left"||i==="right")return"y"}function ns(i,...t){if(In(i))return i;for(let e of t){let s=e.axis||wl(e.position)||i.length>1&&In(i[0].toLowerCase());if(s)return s}throw new Error(`Cannot determine type of \'${i}\' axis. Please provide \'axis\' or \'position\' option.`)}function Fn(i,t,e){if(e[t+"AxisID"]===i)return{axis:t}}function kl(i,t){if(t.data&&t.data.datasets){let e=t.data.datasets.filter(s=>s.xAxisID===i||s.yAxisID===i);if(e.length)return Fn(i,"x",e[0])||Fn(i,"y",e[0])}return{}}function Sl(i,t){let e=bt[i.type]||{scales:{}},s=t.scales||{},n=ss(i.type,t),o=Object.create(null);return Object.keys(s).forEach(a=>{let r=s[a];if(!C(r))return console.error(`Invalid scale configuration for scale: ${a}`);if(r._proxy)return console.warn(`Ignoring resolver passed as options for scale: ${a}`);let l=ns(a,r,kl(a,i),R.scales[r.type]),c=vl(l,n),h=e.scales||{};o[a]=Bt(Object.create(null),[{axis:l},r,h[l],h[c]])}),i.data.datasets.forEach(a=>{let r=a.type||i.type,l=a.indexAxis||ss(r,t),h=(bt[r]||{}).scales||{};Object.keys(h).forEach(d=>{let u=Ml(d,l),f=a[u+"AxisID"]||u;o[f]=o[f]||Object.create(null),Bt(o[f],[{axis:u},s[f],h[d]])})}),Object.keys(o).forEach(a=>{let r=o[a];Bt(r,[R.scales[r.type],R.scale])}),o}function po(i){let t=i.options||(i.options={});t.plugins=D(t.plugins,{}),t.scales=Sl(i,t)}function mo(i){return i=i||{},i.datasets=i.datasets||[],i.labels=i.labels||[],i}function Pl(i){return i=i||{},i.data=mo(i.data),po(i),i}var zn=new Map,bo=new Set;function Ue(i,t){let e=zn.get(i);return e||(e=t(),zn.set(i,e),bo.add(e)),e}var ce=(i,t,e)=>{let s=Ct(t,e);s!==void 0&&i.add(s)},os=class{constructor(t){this._config=Pl(t),this._scopeCache=new Map,this._resolverCache=new Map}get platform(){return this._config.platform}get type(){return this._config.type}set type(t){this._config.type=t}get data(){return this._config.data}set data(t){this._config.data=mo(t)}get options(){return this._config.options}set options(t){this._config.options=t}get plugins(){return this._config.plugins}update(){let t=this._config;this.clearCache(),po(t)}clearCache(){this._scopeCache.clear(),this._resolverCache.clear()}datasetScopeKeys(t){return Ue(t,()=>[[`datasets.${t}`,""]])}datasetAnimationScopeKeys(t,e){return Ue(`${t}.transition.${e}`,()=>[[`datasets.${t}.transitions.${e}`,`transitions.${e}`],[`datasets.${t}`,""]])}datasetElementScopeKeys(t,e){return Ue(`${t}-${e}`,()=>[[`datasets.${t}.elements.${e}`,`datasets.${t}`,`elements.${e}`,""]])}pluginScopeKeys(t){let e=t.id,s=this.type;return Ue(`${s}-plugin-${e}`,()=>[[`plugins.${e}`,...t.additionalOptionScopes||[]]])}_cachedScopes(t,e){let s=this._scopeCache,n=s.get(t);return(!n||e)&&(n=new Map,s.set(t,n)),n}getOptionScopes(t,e,s){let{options:n,type:o}=this,a=this._cachedScopes(t,s),r=a.get(e);if(r)return r;let l=new Set;e.forEach(h=>{t&&(l.add(t),h.forEach(d=>ce(l,t,d))),h.forEach(d=>ce(l,n,d)),h.forEach(d=>ce(l,bt[o]||{},d)),h.forEach(d=>ce(l,R,d)),h.forEach(d=>ce(l,Fe,d))});let c=Array.from(l);return c.length===0&&c.push(Object.create(null)),bo.has(e)&&a.set(e,c),c}chartOptionScopes(){let{options:t,type:e}=this;return[t,bt[e]||{},R.datasets[e]||{},{type:e},R,Fe]}resolveNamedOptions(t,e,s,n=[""]){let o={$shared:!0},{resolver:a,subPrefixes:r}=Bn(this._resolverCache,t,n),l=a;if(Dl(a,e)){o.$shared=!1,s=nt(s)?s():s;let c=this.createResolver(t,s,r);l=Pt(a,s,c)}for(let c of e)o[c]=l[c];return o}createResolver(t,e,s=[""],n){let{resolver:o}=Bn(this._resolverCache,t,s);return C(e)?Pt(o,e,void 0,n):o}};function Bn(i,t,e){let s=i.get(t);s||(s=new Map,i.set(t,s));let n=e.join(),o=s.get(n);return o||(o={resolver:Be(t,e),subPrefixes:e.filter(r=>!r.toLowerCase().includes("hover"))},s.set(n,o)),o}var Cl=i=>C(i)&&Object.getOwnPropertyNames(i).some(t=>nt(i[t]));function Dl(i,t){let{isScriptable:e,isIndexable:s}=Fi(i);for(let n of t){let o=e(n),a=s(n),r=(a||o)&&i[n];if(o&&(nt(r)||Cl(r))||a&&A(r))return!0}return!1}var Tl="4.6.1",Al=["top","bottom","left","right","chartArea"];function Vn(i,t){return i==="top"||i==="bottom"||Al.indexOf(i)===-1&&t==="x"}function Nn(i,t){return function(e,s){return e[i]===s[i]?e[t]-s[t]:e[i]-s[i]}}function Wn(i){let t=i.chart,e=t.options.animation;t.notifyPlugins("afterRender"),O(e&&e.onComplete,[i],t)}function Ol(i){let t=i.chart,e=t.options.animation;O(e&&e.onProgress,[i],t)}function xo(i){return Ve()&&typeof i=="string"?i=document.getElementById(i):i&&i.length&&(i=i[0]),i&&i.canvas&&(i=i.canvas),i}var Ge={},Hn=i=>{let t=xo(i);return Object.values(Ge).filter(e=>e.canvas===t).pop()};function Rl(i,t,e){let s=Object.keys(i);for(let n of s){let o=+n;if(o>=t){let a=i[n];delete i[n],(e>0||o>t)&&(i[o+e]=a)}}}function Ll(i,t,e,s){return!e||i.type==="mouseout"?null:s?t:i}var $t=class{static defaults=R;static instances=Ge;static overrides=bt;static registry=it;static version=Tl;static getChart=Hn;static register(...t){it.add(...t),jn()}static unregister(...t){it.remove(...t),jn()}constructor(t,e){let s=this.config=new os(e),n=xo(t),o=Hn(n);if(o)throw new Error("Canvas is already in use. Chart with ID \'"+o.id+"\' must be destroyed before the canvas with ID \'"+o.canvas.id+"\' can be reused.");let a=s.createResolver(s.chartOptionScopes(),this.getContext());this.platform=new(s.platform||tl(n)),this.platform.updateConfig(s);let r=this.platform.acquireContext(n,a.aspectRatio),l=r&&r.canvas,c=l&&l.height,h=l&&l.width;if(this.id=Os(),this.ctx=r,this.canvas=l,this.width=h,this.height=c,this._options=a,this._aspectRatio=this.aspectRatio,this._layers=[],this._metasets=[],this._stacks=void 0,this.boxes=[],this.currentDevicePixelRatio=void 0,this.chartArea=void 0,this._active=[],this._lastEvent=void 0,this._listeners={},this._responsiveListeners=void 0,this._sortedMetasets=[],this.scales={},this._plugins=new is,this.$proxies={},this._hiddenIndices={},this.attached=!1,this._animationsDisabled=void 0,this.$context=void 0,this._doResize=js(d=>this.update(d),a.resizeDelay||0),this._dataChanges=[],Ge[this.id]=this,!r||!l){console.error("Failed to create chart: can\'t acquire context from the given item");return}lt.listen(this,"complete",Wn),lt.listen(this,"progress",Ol),this._initialize(),this.attached&&this.update()}get aspectRatio(){let{options:{aspectRatio:t,maintainAspectRatio:e},width:s,height:n,_aspectRatio:o}=this;return P(t)?e&&o?o:n?s/n:null:t}get data(){return this.config.data}set data(t){this.config.data=t}get options(){return this._options}set options(t){this.config.options=t}get registry(){return it}_initialize(){return this.notifyPlugins("beforeInit"),this.options.responsive?this.resize():Vi(this,this.options.devicePixelRatio),this.bindEvents(),this.notifyPlugins("afterInit"),this}clear(){return Oi(this.canvas,this.ctx),this}stop(){return lt.stop(this),this}resize(t,e){lt.running(this)?this._resizeBeforeDraw={width:t,height:e}:this._resize(t,e)}_resize(t,e){let s=this.options,n=this.canvas,o=s.maintainAspectRatio&&this.aspectRatio,a=this.platform.getMaximumSize(n,t,e,o),r=s.devicePixelRatio||this.platform.getDevicePixelRatio(),l=this.width?"resize":"attach";this.width=a.width,this.height=a.height,this._aspectRatio=this.aspectRatio,Vi(this,r,!0)&&(this.notifyPlugins("resize",{size:a}),O(s.onResize,[this,a],this),this.attached&&this._doResize(l)&&this.render())}ensureScalesHaveIDs(){let e=this.options.scales||{};T(e,(s,n)=>{s.id=n})}buildOrUpdateScales(){let t=this.options,e=t.scales,s=this.scales,n=Object.keys(s).reduce((a,r)=>(a[r]=!1,a),{}),o=[];e&&(o=o.concat(Object.keys(e).map(a=>{let r=e[a],l=ns(a,r),c=l==="r",h=l==="x";return{options:r,dposition:c?"chartArea":h?"bottom":"left",dtype:c?"radialLinear":h?"category":"linear"}}))),T(o,a=>{let r=a.options,l=r.id,c=ns(l,r),h=D(r.type,a.dtype);(r.position===void 0||Vn(r.position,c)!==Vn(a.dposition))&&(r.position=a.dposition),n[l]=!0;let d=null;if(l in s&&s[l].type===h)d=s[l];else{let u=it.getScale(h);d=new u({id:l,type:h,ctx:this.ctx,chart:this}),s[d.id]=d}d.init(r,t)}),T(n,(a,r)=>{a||delete s[r]}),T(s,a=>{$e.configure(this,a,a.options),$e.addBox(this,a)})}_updateMetasets(){let t=this._metasets,e=this.data.datasets.length,s=t.length;if(t.sort((n,o)=>n.index-o.index),s>e){for(let n=e;n<s;++n)this._destroyDatasetMeta(n);t.splice(e,s-e)}this._sortedMetasets=t.slice(0).sort(Nn("order","index"))}_removeUnreferencedMetasets(){let{_metasets:t,data:{datasets:e}}=this;t.length>e.length&&delete this._stacks,t.forEach((s,n)=>{e.filter(o=>o===s._dataset).length===0&&this._destroyDatasetMeta(n)})}buildOrUpdateControllers(){let t=[],e=this.data.datasets,s,n;for(this._removeUnreferencedMetasets(),s=0,n=e.length;s<n;s++){let o=e[s],a=this.getDatasetMeta(s),r=o.type||this.config.type;if(a.type&&a.type!==r&&(this._destroyDatasetMeta(s),a=this.getDatasetMeta(s)),a.type=r,a.indexAxis=o.indexAxis||ss(r,this.options),a.order=o.order||0,a.index=s,a.label=""+o.label,a.visible=this.isDatasetVisible(s),a.controller)a.controller.updateIndex(s),a.controller.linkScales();else{let l=it.getController(r),{datasetElementType:c,dataElementType:h}=R.datasets[r];Object.assign(l,{dataElementType:it.getElement(h),datasetElementType:c&&it.getElement(c)}),a.controller=new l(this,s),t.push(a.controller)}}return this._updateMetasets(),t}_resetElements(){T(this.data.datasets,(t,e)=>{this.getDatasetMeta(e).controller.reset()},this)}reset(){this._resetElements(),this.notifyPlugins("reset")}update(t){let e=this.config;e.update();let s=this._options=e.createResolver(e.chartOptionScopes(),this.getContext()),n=this._animationsDisabled=!s.animation;if(this._updateScales(),this._checkEventBindings(),this._updateHiddenIndices(),this._plugins.invalidate(),this.notifyPlugins("beforeUpdate",{mode:t,cancelable:!0})===!1)return;let o=this.buildOrUpdateControllers();this.notifyPlugins("beforeElementsUpdate");let a=0;for(let c=0,h=this.data.datasets.length;c<h;c++){let{controller:d}=this.getDatasetMeta(c),u=!n&&o.indexOf(d)===-1;d.buildOrUpdateElements(u),a=Math.max(+d.getMaxOverflow(),a)}a=this._minPadding=s.layout.autoPadding?a:0,this._updateLayout(a),n||T(o,c=>{c.reset()}),this._updateDatasets(t),this.notifyPlugins("afterUpdate",{mode:t}),this._layers.sort(Nn("z","_idx"));let{_active:r,_lastEvent:l}=this;l?this._eventHandler(l,!0):r.length&&this._updateHoverStyles(r,r,!0),this.render()}_updateScales(){T(this.scales,t=>{$e.removeBox(this,t)}),this.ensureScalesHaveIDs(),this.buildOrUpdateScales()}_checkEventBindings(){let t=this.options,e=new Set(Object.keys(this._listeners)),s=new Set(t.events);(!_i(e,s)||!!this._responsiveListeners!==t.responsive)&&(this.unbindEvents(),this.bindEvents())}_updateHiddenIndices(){let{_hiddenIndices:t}=this,e=this._getUniformDataChanges()||[];for(let{method:s,start:n,count:o}of e){let a=s==="_removeElements"?-o:o;Rl(t,n,a)}}_getUniformDataChanges(){let t=this._dataChanges;if(!t||!t.length)return;this._dataChanges=[];let e=this.data.datasets.length,s=o=>new Set(t.filter(a=>a[0]===o).map((a,r)=>r+","+a.splice(1).join(","))),n=s(0);for(let o=1;o<e;o++)if(!_i(n,s(o)))return;return Array.from(n).map(o=>o.split(",")).map(o=>({method:o[1],start:+o[2],count:+o[3]}))}_updateLayout(t){if(this.notifyPlugins("beforeLayout",{cancelable:!0})===!1)return;$e.update(this,this.width,this.height,t);let e=this.chartArea,s=e.width<=0||e.height<=0;this._layers=[],T(this.boxes,n=>{s&&n.position==="chartArea"||(n.configure&&n.configure(),this._layers.push(...n._layers()))},this),this._layers.forEach((n,o)=>{n._idx=o}),this.notifyPlugins("afterLayout")}_updateDatasets(t){if(this.notifyPlugins("beforeDatasetsUpdate",{mode:t,cancelable:!0})!==!1){for(let e=0,s=this.data.datasets.length;e<s;++e)this.getDatasetMeta(e).controller.configure();for(let e=0,s=this.data.datasets.length;e<s;++e)this._updateDataset(e,nt(t)?t({datasetIndex:e}):t);this.notifyPlugins("afterDatasetsUpdate",{mode:t})}}_updateDataset(t,e){let s=this.getDatasetMeta(t),n={meta:s,index:t,mode:e,cancelable:!0};this.notifyPlugins("beforeDatasetUpdate",n)!==!1&&(s.controller._update(e),n.cancelable=!1,this.notifyPlugins("afterDatasetUpdate",n))}render(){this.notifyPlugins("beforeRender",{cancelable:!0})!==!1&&(lt.has(this)?this.attached&&!lt.running(this)&&lt.start(this):(this.draw(),Wn({chart:this})))}draw(){let t;if(this._resizeBeforeDraw){let{width:s,height:n}=this._resizeBeforeDraw;this._resizeBeforeDraw=null,this._resize(s,n)}if(this.clear(),this.width<=0||this.height<=0||this.notifyPlugins("beforeDraw",{cancelable:!0})===!1)return;let e=this._layers;for(t=0;t<e.length&&e[t].z<=0;++t)e[t].draw(this.chartArea);for(this._drawDatasets();t<e.length;++t)e[t].draw(this.chartArea);this.notifyPlugins("afterDraw")}_getSortedDatasetMetas(t){let e=this._sortedMetasets,s=[],n,o;for(n=0,o=e.length;n<o;++n){let a=e[n];(!t||a.visible)&&s.push(a)}return s}getSortedVisibleDatasetMetas(){return this._getSortedDatasetMetas(!0)}_drawDatasets(){if(this.notifyPlugins("beforeDatasetsDraw",{cancelable:!0})===!1)return;let t=this.getSortedVisibleDatasetMetas();for(let e=t.length-1;e>=0;--e)this._drawDataset(t[e]);this.notifyPlugins("afterDatasetsDraw")}_drawDataset(t){let e=this.ctx,s={meta:t,index:t.index,cancelable:!0},n=pn(this,t);this.notifyPlugins("beforeDatasetDraw",s)!==!1&&(n&&Ri(e,n),t.controller.draw(),n&&Li(e),s.cancelable=!1,this.notifyPlugins("afterDatasetDraw",s))}isPointInArea(t){return Q(t,this.chartArea,this._minPadding)}getElementsAtEventForMode(t,e,s,n){let o=Ir.modes[e];return typeof o=="function"?o(this,t,s,n):[]}getDatasetMeta(t){let e=this.data.datasets[t],s=this._metasets,n=s.filter(o=>o&&o._dataset===e).pop();return n||(n={type:null,data:[],dataset:null,controller:null,hidden:null,xAxisID:null,yAxisID:null,order:e&&e.order||0,index:t,_dataset:e,_parsed:[],_sorted:!1},s.push(n)),n}getContext(){return this.$context||(this.$context=rt(null,{chart:this,type:"chart"}))}getVisibleDatasetCount(){return this.getSortedVisibleDatasetMetas().length}isDatasetVisible(t){let e=this.data.datasets[t];if(!e)return!1;let s=this.getDatasetMeta(t);return typeof s.hidden=="boolean"?!s.hidden:!e.hidden}setDatasetVisibility(t,e){let s=this.getDatasetMeta(t);s.hidden=!e}toggleDataVisibility(t){this._hiddenIndices[t]=!this._hiddenIndices[t]}getDataVisibility(t){return!this._hiddenIndices[t]}_updateVisibility(t,e,s){let n=s?"show":"hide",o=this.getDatasetMeta(t),a=o.controller._resolveAnimations(void 0,n);Vt(e)?(o.data[e].hidden=!s,this.update()):(this.setDatasetVisibility(t,s),a.update(o,{visible:s}),this.update(r=>r.datasetIndex===t?n:void 0))}hide(t,e){this._updateVisibility(t,e,!1)}show(t,e){this._updateVisibility(t,e,!0)}_destroyDatasetMeta(t){let e=this._metasets[t];e&&e.controller&&e.controller._destroy(),delete this._metasets[t]}_stop(){let t,e;for(this.stop(),lt.remove(this),t=0,e=this.data.datasets.length;t<e;++t)this._destroyDatasetMeta(t)}destroy(){this.notifyPlugins("beforeDestroy");let{canvas:t,ctx:e}=this;this._stop(),this.config.clearCache(),t&&(this.unbindEvents(),Oi(t,e),this.platform.releaseContext(e),this.canvas=null,this.ctx=null),delete Ge[this.id],this.notifyPlugins("afterDestroy")}toBase64Image(...t){return this.canvas.toDataURL(...t)}bindEvents(){this.bindUserEvents(),this.options.responsive?this.bindResponsiveEvents():this.attached=!0}bindUserEvents(){let t=this._listeners,e=this.platform,s=(o,a)=>{e.addEventListener(this,o,a),t[o]=a},n=(o,a,r)=>{o.offsetX=a,o.offsetY=r,this._eventHandler(o)};T(this.options.events,o=>s(o,n))}bindResponsiveEvents(){this._responsiveListeners||(this._responsiveListeners={});let t=this._responsiveListeners,e=this.platform,s=(l,c)=>{e.addEventListener(this,l,c),t[l]=c},n=(l,c)=>{t[l]&&(e.removeEventListener(this,l,c),delete t[l])},o=(l,c)=>{this.canvas&&this.resize(l,c)},a,r=()=>{n("attach",r),this.attached=!0,this.resize(),s("resize",o),s("detach",a)};a=()=>{this.attached=!1,n("resize",o),this._stop(),this._resize(0,0),s("attach",r)},e.isAttached(this.canvas)?r():a()}unbindEvents(){T(this._listeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._listeners={},T(this._responsiveListeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._responsiveListeners=void 0}updateHoverStyle(t,e,s){let n=s?"set":"remove",o,a,r,l;for(e==="dataset"&&(o=this.getDatasetMeta(t[0].datasetIndex),o.controller["_"+n+"DatasetHoverStyle"]()),r=0,l=t.length;r<l;++r){a=t[r];let c=a&&this.getDatasetMeta(a.datasetIndex).controller;c&&c[n+"HoverStyle"](a.element,a.datasetIndex,a.index)}}getActiveElements(){return this._active||[]}setActiveElements(t){let e=this._active||[],s=t.map(({datasetIndex:o,index:a})=>{let r=this.getDatasetMeta(o);if(!r)throw new Error("No dataset found at index "+o);return{datasetIndex:o,element:r.data[a],index:a}});!te(s,e)&&(this._active=s,this._lastEvent=null,this._updateHoverStyles(s,e))}notifyPlugins(t,e,s){return this._plugins.notify(this,t,e,s)}isPluginEnabled(t){return this._plugins._cache.filter(e=>e.plugin.id===t).length===1}_updateHoverStyles(t,e,s){let n=this.options.hover,o=(l,c)=>l.filter(h=>!c.some(d=>h.datasetIndex===d.datasetIndex&&h.index===d.index)),a=o(e,t),r=s?t:o(t,e);a.length&&this.updateHoverStyle(a,n.mode,!1),r.length&&n.mode&&this.updateHoverStyle(r,n.mode,!0)}_eventHandler(t,e){let s={event:t,replay:e,cancelable:!0,inChartArea:this.isPointInArea(t)},n=a=>(a.options.events||this.options.events).includes(t.native.type);if(this.notifyPlugins("beforeEvent",s,n)===!1)return;let o=this._handleEvent(t,e,s.inChartArea);return s.cancelable=!1,this.notifyPlugins("afterEvent",s,n),(o||s.changed)&&this.render(),this}_handleEvent(t,e,s){let{_active:n=[],options:o}=this,a=e,r=this._getActiveElements(t,n,s,a),l=Es(t),c=Ll(t,this._lastEvent,s,l);s&&(this._lastEvent=null,O(o.onHover,[t,r,this],this),l&&O(o.onClick,[t,r,this],this));let h=!te(r,n);return(h||e)&&(this._active=r,this._updateHoverStyles(r,n,e)),this._lastEvent=c,h}_getActiveElements(t,e,s,n){if(t.type==="mouseout")return[];if(!s)return e;let o=this.options.hover;return this.getElementsAtEventForMode(t,o.mode,o,n)}};function jn(){return T($t.instances,i=>i._plugins.invalidate())}function _o(i,t,e=t){i.lineCap=D(e.borderCapStyle,t.borderCapStyle),i.setLineDash(D(e.borderDash,t.borderDash)),i.lineDashOffset=D(e.borderDashOffset,t.borderDashOffset),i.lineJoin=D(e.borderJoinStyle,t.borderJoinStyle),i.lineWidth=D(e.borderWidth,t.borderWidth),i.strokeStyle=D(e.borderColor,t.borderColor)}function El(i,t,e){i.lineTo(e.x,e.y)}function Il(i){return i.stepped?Gs:i.tension||i.cubicInterpolationMode==="monotone"?Zs:El}function yo(i,t,e={}){let s=i.length,{start:n=0,end:o=s-1}=e,{start:a,end:r}=t,l=Math.max(n,a),c=Math.min(o,r),h=n<a&&o<a||n>r&&o>r;return{count:s,start:l,loop:t.loop,ilen:c<l&&!h?s+c-l:c-l}}function Fl(i,t,e,s){let{points:n,options:o}=t,{count:a,start:r,loop:l,ilen:c}=yo(n,e,s),h=Il(o),{move:d=!0,reverse:u}=s||{},f,p,g;for(f=0;f<=c;++f)p=n[(r+(u?c-f:f))%a],!p.skip&&(d?(i.moveTo(p.x,p.y),d=!1):h(i,g,p,u,o.stepped),g=p);return l&&(p=n[(r+(u?c:0))%a],h(i,g,p,u,o.stepped)),!!l}function zl(i,t,e,s){let n=t.points,{count:o,start:a,ilen:r}=yo(n,e,s),{move:l=!0,reverse:c}=s||{},h=0,d=0,u,f,p,g,m,b,x=M=>(a+(c?r-M:M))%o,y=()=>{g!==m&&(i.lineTo(h,m),i.lineTo(h,g),i.lineTo(h,b))};for(l&&(f=n[x(0)],i.moveTo(f.x,f.y)),u=0;u<=r;++u){if(f=n[x(u)],f.skip)continue;let M=f.x,_=f.y,k=M|0;k===p?(_<g?g=_:_>m&&(m=_),h=(d*h+M)/++d):(y(),i.lineTo(M,_),p=k,d=0,g=m=_),b=_}y()}function as(i){let t=i.options,e=t.borderDash&&t.borderDash.length;return!i._decimated&&!i._loop&&!t.tension&&t.cubicInterpolationMode!=="monotone"&&!t.stepped&&!e?zl:Fl}function Bl(i){return i.stepped?rn:i.tension||i.cubicInterpolationMode==="monotone"?ln:gt}function Vl(i,t,e,s){let n=t._path;n||(n=t._path=new Path2D,t.path(n,e,s)&&n.closePath()),_o(i,t.options),i.stroke(n)}function Nl(i,t,e,s){let{segments:n,options:o}=t,a=as(t);for(let r of n)_o(i,o,r.style),i.beginPath(),a(i,t,r,{start:e,end:e+s-1})&&i.closePath(),i.stroke()}var Wl=typeof Path2D=="function";function Hl(i,t,e,s){Wl&&!t.options.segment?Vl(i,t,e,s):Nl(i,t,e,s)}var ii=class extends Mt{static id="line";static defaults={borderCapStyle:"butt",borderDash:[],borderDashOffset:0,borderJoinStyle:"miter",borderWidth:3,capBezierPoints:!0,cubicInterpolationMode:"default",fill:!1,spanGaps:!1,stepped:!1,tension:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};static descriptors={_scriptable:!0,_indexable:t=>t!=="borderDash"&&t!=="fill"};constructor(t){super(),this.animated=!0,this.options=void 0,this._chart=void 0,this._loop=void 0,this._fullLoop=void 0,this._path=void 0,this._points=void 0,this._segments=void 0,this._decimated=!1,this._pointsUpdated=!1,this._datasetIndex=void 0,t&&Object.assign(this,t)}updateControlPoints(t,e){let s=this.options;if((s.tension||s.cubicInterpolationMode==="monotone")&&!s.stepped&&!this._pointsUpdated){let n=s.spanGaps?this._loop:this._fullLoop;nn(this._points,s,t,n,e),this._pointsUpdated=!0}}set points(t){this._points=t,delete this._segments,delete this._path,this._pointsUpdated=!1}get points(){return this._points}get segments(){return this._segments||(this._segments=gn(this,this.options.segment))}first(){let t=this.segments,e=this.points;return t.length&&e[t[0].start]}last(){let t=this.segments,e=this.points,s=t.length;return s&&e[t[s-1].end]}interpolate(t,e){let s=this.options,n=t[e],o=this.points,a=fn(this,{property:e,start:n,end:n});if(!a.length)return;let r=[],l=Bl(s),c,h;for(c=0,h=a.length;c<h;++c){let{start:d,end:u}=a[c],f=o[d],p=o[u];if(f===p){r.push(f);continue}let g=Math.abs((n-f[e])/(p[e]-f[e])),m=l(f,p,g,s.stepped);m[e]=t[e],r.push(m)}return r.length===1?r[0]:r}pathSegment(t,e,s){return as(this)(t,this,e,s)}path(t,e,s){let n=this.segments,o=as(this),a=this._loop;e=e||0,s=s||this.points.length-e;for(let r of n)a&=o(t,this,r,{start:e,end:e+s-1});return!!a}draw(t,e,s,n){let o=this.options||{};(this.points||[]).length&&o.borderWidth&&(t.save(),Hl(t,this,s,n),t.restore()),this.animated&&(this._pointsUpdated=!1,this._path=void 0)}};function $n(i,t,e,s){let n=i.options,{[e]:o}=i.getProps([e],s);return Math.abs(t-o)<n.radius+n.hitRadius}var si=class extends Mt{static id="point";parsed;skip;stop;static defaults={borderWidth:1,hitRadius:1,hoverBorderWidth:1,hoverRadius:4,pointStyle:"circle",radius:3,rotation:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.parsed=void 0,this.skip=void 0,this.stop=void 0,t&&Object.assign(this,t)}inRange(t,e,s){let n=this.options,{x:o,y:a}=this.getProps(["x","y"],s);return Math.pow(t-o,2)+Math.pow(e-a,2)<Math.pow(n.hitRadius+n.radius,2)}inXRange(t,e){return $n(this,t,"x",e)}inYRange(t,e){return $n(this,t,"y",e)}getCenterPoint(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}size(t){t=t||this.options||{};let e=t.radius||0;e=Math.max(e,e&&t.hoverRadius||0);let s=e&&t.borderWidth||0;return(e+s)*2}draw(t,e){let s=this.options;this.skip||s.radius<.1||!Q(this,e,this.size(s)/2)||(t.strokeStyle=s.borderColor,t.lineWidth=s.borderWidth,t.fillStyle=s.backgroundColor,ze(t,s,this.x,this.y))}getRange(){let t=this.options||{};return t.radius+t.hitRadius}};function Mo(i,t){let{x:e,y:s,base:n,width:o,height:a}=i.getProps(["x","y","base","width","height"],t),r,l,c,h,d;return i.horizontal?(d=a/2,r=Math.min(e,n),l=Math.max(e,n),c=s-d,h=s+d):(d=o/2,r=e-d,l=e+d,c=Math.min(s,n),h=Math.max(s,n)),{left:r,top:c,right:l,bottom:h}}function yt(i,t,e,s){return i?0:U(t,e,s)}function jl(i,t,e){let s=i.options.borderWidth,n=i.borderSkipped,o=Ii(s);return{t:yt(n.top,o.top,0,e),r:yt(n.right,o.right,0,t),b:yt(n.bottom,o.bottom,0,e),l:yt(n.left,o.left,0,t)}}function $l(i,t,e){let{enableBorderRadius:s}=i.getProps(["enableBorderRadius"]),n=i.options.borderRadius,o=Dt(n),a=Math.min(t,e),r=i.borderSkipped,l=s||C(n);return{topLeft:yt(!l||r.top||r.left,o.topLeft,0,a),topRight:yt(!l||r.top||r.right,o.topRight,0,a),bottomLeft:yt(!l||r.bottom||r.left,o.bottomLeft,0,a),bottomRight:yt(!l||r.bottom||r.right,o.bottomRight,0,a)}}function Yl(i){let t=Mo(i),e=t.right-t.left,s=t.bottom-t.top,n=jl(i,e/2,s/2),o=$l(i,e/2,s/2);return{outer:{x:t.left,y:t.top,w:e,h:s,radius:o},inner:{x:t.left+n.l,y:t.top+n.t,w:e-n.l-n.r,h:s-n.t-n.b,radius:{topLeft:Math.max(0,o.topLeft-Math.max(n.t,n.l)),topRight:Math.max(0,o.topRight-Math.max(n.t,n.r)),bottomLeft:Math.max(0,o.bottomLeft-Math.max(n.b,n.l)),bottomRight:Math.max(0,o.bottomRight-Math.max(n.b,n.r))}}}}function Xi(i,t,e,s){let n=t===null,o=e===null,r=i&&!(n&&o)&&Mo(i,s);return r&&(n||Le(t,r.left,r.right))&&(o||Le(e,r.top,r.bottom))}function Ul(i){return i.topLeft||i.topRight||i.bottomLeft||i.bottomRight}function ql(i,t){i.rect(t.x,t.y,t.w,t.h)}function Ki(i,t,e={}){let s=i.x!==e.x?-t:0,n=i.y!==e.y?-t:0,o=(i.x+i.w!==e.x+e.w?t:0)-s,a=(i.y+i.h!==e.y+e.h?t:0)-n;return{x:i.x+s,y:i.y+n,w:i.w+o,h:i.h+a,radius:i.radius}}var ni=class extends Mt{static id="bar";static defaults={borderSkipped:"start",borderWidth:0,borderRadius:0,inflateAmount:"auto",pointStyle:void 0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.horizontal=void 0,this.base=void 0,this.width=void 0,this.height=void 0,this.inflateAmount=void 0,t&&Object.assign(this,t)}draw(t){let{inflateAmount:e,options:{borderColor:s,backgroundColor:n}}=this,{inner:o,outer:a}=Yl(this),r=Ul(a.radius)?se:ql;t.save(),(a.w!==o.w||a.h!==o.h)&&(t.beginPath(),r(t,Ki(a,e,o)),t.clip(),r(t,Ki(o,-e,a)),t.fillStyle=s,t.fill("evenodd")),t.beginPath(),r(t,Ki(o,e)),t.fillStyle=n,t.fill(),t.restore()}inRange(t,e,s){return Xi(this,t,e,s)}inXRange(t,e){return Xi(this,t,null,e)}inYRange(t,e){return Xi(this,null,t,e)}getCenterPoint(t){let{x:e,y:s,base:n,horizontal:o}=this.getProps(["x","y","base","horizontal"],t);return{x:o?(e+n)/2:e,y:o?s:(s+n)/2}}getRange(t){return t==="x"?this.width/2:this.height/2}};var de={average(i){if(!i.length)return!1;let t,e,s=new Set,n=0,o=0;for(t=0,e=i.length;t<e;++t){let r=i[t].element;if(r&&r.hasValue()){let l=r.tooltipPosition();s.add(l.x),n+=l.y,++o}}return o===0||s.size===0?!1:{x:[...s].reduce((r,l)=>r+l)/s.size,y:n/o}},nearest(i,t){if(!i.length)return!1;let e=t.x,s=t.y,n=Number.POSITIVE_INFINITY,o,a,r;for(o=0,a=i.length;o<a;++o){let l=i[o].element;if(l&&l.hasValue()){let c=l.getCenterPoint(),h=Te(t,c);h<n&&(n=h,r=l)}}if(r){let l=r.tooltipPosition();e=l.x,s=l.y}return{x:e,y:s}}};function et(i,t){return t&&(A(t)?Array.prototype.push.apply(i,t):i.push(t)),i}function ct(i){return(typeof i=="string"||i instanceof String)&&i.indexOf(`\n`)>-1?i.split(`\n`):i}function Xl(i,t){let{element:e,datasetIndex:s,index:n}=t,o=i.getDatasetMeta(s).controller,{label:a,value:r}=o.getLabelAndValue(n);return{chart:i,label:a,parsed:o.getParsed(n),raw:i.data.datasets[s].data[n],formattedValue:r,dataset:o.getDataset(),dataIndex:n,datasetIndex:s,element:e}}function Yn(i,t){let e=i.chart.ctx,{body:s,footer:n,title:o}=i,{boxWidth:a,boxHeight:r}=t,l=H(t.bodyFont),c=H(t.titleFont),h=H(t.footerFont),d=o.length,u=n.length,f=s.length,p=q(t.padding),g=p.height,m=0,b=s.reduce((M,_)=>M+_.before.length+_.lines.length+_.after.length,0);if(b+=i.beforeBody.length+i.afterBody.length,d&&(g+=d*c.lineHeight+(d-1)*t.titleSpacing+t.titleMarginBottom),b){let M=t.displayColors?Math.max(r,l.lineHeight):l.lineHeight;g+=f*M+(b-f)*l.lineHeight+(b-1)*t.bodySpacing}u&&(g+=t.footerMarginTop+u*h.lineHeight+(u-1)*t.footerSpacing);let x=0,y=function(M){m=Math.max(m,e.measureText(M).width+x)};return e.save(),e.font=c.string,T(i.title,y),e.font=l.string,T(i.beforeBody.concat(i.afterBody),y),x=t.displayColors?a+2+t.boxPadding:0,T(s,M=>{T(M.before,y),T(M.lines,y),T(M.after,y)}),x=0,e.font=h.string,T(i.footer,y),e.restore(),m+=p.width,{width:m,height:g}}function Kl(i,t){let{y:e,height:s}=t;return e<s/2?"top":e>i.height-s/2?"bottom":"center"}function Gl(i,t,e,s){let{x:n,width:o}=s,a=e.caretSize+e.caretPadding;if(i==="left"&&n+o+a>t.width||i==="right"&&n-o-a<0)return!0}function Zl(i,t,e,s){let{x:n,width:o}=e,{width:a,chartArea:{left:r,right:l}}=i,c="center";return s==="center"?c=n<=(r+l)/2?"left":"right":n<=o/2?c="left":n>=a-o/2&&(c="right"),Gl(c,i,t,e)&&(c="center"),c}function Un(i,t,e){let s=e.yAlign||t.yAlign||Kl(i,e);return{xAlign:e.xAlign||t.xAlign||Zl(i,t,e,s),yAlign:s}}function Jl(i,t){let{x:e,width:s}=i;return t==="right"?e-=s:t==="center"&&(e-=s/2),e}function Ql(i,t,e){let{y:s,height:n}=i;return t==="top"?s+=e:t==="bottom"?s-=n+e:s-=n/2,s}function qn(i,t,e,s){let{caretSize:n,caretPadding:o,cornerRadius:a}=i,{xAlign:r,yAlign:l}=e,c=n+o,{topLeft:h,topRight:d,bottomLeft:u,bottomRight:f}=Dt(a),p=Jl(t,r),g=Ql(t,l,c);return l==="center"?r==="left"?p+=c:r==="right"&&(p-=c):r==="left"?p-=Math.max(h,u)+n:r==="right"&&(p+=Math.max(d,f)+n),{x:U(p,0,s.width-t.width),y:U(g,0,s.height-t.height)}}function qe(i,t,e){let s=q(e.padding);return t==="center"?i.x+i.width/2:t==="right"?i.x+i.width-s.right:i.x+s.left}function Xn(i){return et([],ct(i))}function tc(i,t,e){return rt(i,{tooltip:t,tooltipItems:e,type:"tooltip"})}function Kn(i,t){let e=t&&t.dataset&&t.dataset.tooltip&&t.dataset.tooltip.callbacks;return e?i.override(e):i}var vo={beforeTitle:tt,title(i){if(i.length>0){let t=i[0],e=t.chart.data.labels,s=e?e.length:0;if(this&&this.options&&this.options.mode==="dataset")return t.dataset.label||"";if(t.label)return t.label;if(s>0&&t.dataIndex<s)return e[t.dataIndex]}return""},afterTitle:tt,beforeBody:tt,beforeLabel:tt,label(i){if(this&&this.options&&this.options.mode==="dataset")return i.label+": "+i.formattedValue||i.formattedValue;let t=i.dataset.label||"";t&&(t+=": ");let e=i.formattedValue;return P(e)||(t+=e),t},labelColor(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{borderColor:e.borderColor,backgroundColor:e.backgroundColor,borderWidth:e.borderWidth,borderDash:e.borderDash,borderDashOffset:e.borderDashOffset,borderRadius:0}},labelTextColor(){return this.options.bodyColor},labelPointStyle(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{pointStyle:e.pointStyle,rotation:e.rotation}},afterLabel:tt,afterBody:tt,beforeFooter:tt,footer:tt,afterFooter:tt};function j(i,t,e,s){let n=i[t].call(e,s);return typeof n>"u"?vo[t].call(e,s):n}var oi=class extends Mt{static positioners=de;constructor(t){super(),this.opacity=0,this._active=[],this._eventPosition=void 0,this._size=void 0,this._cachedAnimations=void 0,this._tooltipItems=[],this.$animations=void 0,this.$context=void 0,this.chart=t.chart,this.options=t.options,this.dataPoints=void 0,this.title=void 0,this.beforeBody=void 0,this.body=void 0,this.afterBody=void 0,this.footer=void 0,this.xAlign=void 0,this.yAlign=void 0,this.x=void 0,this.y=void 0,this.height=void 0,this.width=void 0,this.caretX=void 0,this.caretY=void 0,this.labelColors=void 0,this.labelPointStyles=void 0,this.labelTextColors=void 0}initialize(t){this.options=t,this._cachedAnimations=void 0,this.$context=void 0}_resolveAnimations(){let t=this._cachedAnimations;if(t)return t;let e=this.chart,s=this.options.setContext(this.getContext()),n=s.enabled&&e.options.animation&&s.animations,o=new Ze(this.chart,n);return n._cacheable&&(this._cachedAnimations=Object.freeze(o)),o}getContext(){return this.$context||(this.$context=tc(this.chart.getContext(),this,this._tooltipItems))}getTitle(t,e){let{callbacks:s}=e,n=j(s,"beforeTitle",this,t),o=j(s,"title",this,t),a=j(s,"afterTitle",this,t),r=[];return r=et(r,ct(n)),r=et(r,ct(o)),r=et(r,ct(a)),r}getBeforeBody(t,e){return Xn(j(e.callbacks,"beforeBody",this,t))}getBody(t,e){let{callbacks:s}=e,n=[];return T(t,o=>{let a={before:[],lines:[],after:[]},r=Kn(s,o);et(a.before,ct(j(r,"beforeLabel",this,o))),et(a.lines,j(r,"label",this,o)),et(a.after,ct(j(r,"afterLabel",this,o))),n.push(a)}),n}getAfterBody(t,e){return Xn(j(e.callbacks,"afterBody",this,t))}getFooter(t,e){let{callbacks:s}=e,n=j(s,"beforeFooter",this,t),o=j(s,"footer",this,t),a=j(s,"afterFooter",this,t),r=[];return r=et(r,ct(n)),r=et(r,ct(o)),r=et(r,ct(a)),r}_createItems(t){let e=this._active,s=this.chart.data,n=[],o=[],a=[],r=[],l,c;for(l=0,c=e.length;l<c;++l)r.push(Xl(this.chart,e[l]));return t.filter&&(r=r.filter((h,d,u)=>t.filter(h,d,u,s))),t.itemSort&&(r=r.sort((h,d)=>t.itemSort(h,d,s))),T(r,h=>{let d=Kn(t.callbacks,h);n.push(j(d,"labelColor",this,h)),o.push(j(d,"labelPointStyle",this,h)),a.push(j(d,"labelTextColor",this,h))}),this.labelColors=n,this.labelPointStyles=o,this.labelTextColors=a,this.dataPoints=r,r}update(t,e){let s=this.options.setContext(this.getContext()),n=this._active,o,a=[];if(!n.length)this.opacity!==0&&(o={opacity:0});else{let r=de[s.position].call(this,n,this._eventPosition);a=this._createItems(s),this.title=this.getTitle(a,s),this.beforeBody=this.getBeforeBody(a,s),this.body=this.getBody(a,s),this.afterBody=this.getAfterBody(a,s),this.footer=this.getFooter(a,s);let l=this._size=Yn(this,s),c=Object.assign({},r,l),h=Un(this.chart,s,c),d=qn(s,c,h,this.chart);this.xAlign=h.xAlign,this.yAlign=h.yAlign,o={opacity:1,x:d.x,y:d.y,width:l.width,height:l.height,caretX:r.x,caretY:r.y}}this._tooltipItems=a,this.$context=void 0,o&&this._resolveAnimations().update(this,o),t&&s.external&&s.external.call(this,{chart:this.chart,tooltip:this,replay:e})}drawCaret(t,e,s,n){let o=this.getCaretPosition(t,s,n);e.lineTo(o.x1,o.y1),e.lineTo(o.x2,o.y2),e.lineTo(o.x3,o.y3)}getCaretPosition(t,e,s){let{xAlign:n,yAlign:o}=this,{caretSize:a,cornerRadius:r}=s,{topLeft:l,topRight:c,bottomLeft:h,bottomRight:d}=Dt(r),{x:u,y:f}=t,{width:p,height:g}=e,m,b,x,y,M,_;return o==="center"?(M=f+g/2,n==="left"?(m=u,b=m-a,y=M+a,_=M-a):(m=u+p,b=m+a,y=M-a,_=M+a),x=m):(n==="left"?b=u+Math.max(l,h)+a:n==="right"?b=u+p-Math.max(c,d)-a:b=this.caretX,o==="top"?(y=f,M=y-a,m=b-a,x=b+a):(y=f+g,M=y+a,m=b+a,x=b-a),_=y),{x1:m,x2:b,x3:x,y1:y,y2:M,y3:_}}drawTitle(t,e,s){let n=this.title,o=n.length,a,r,l;if(o){let c=He(s.rtl,this.x,this.width);for(t.x=qe(this,s.titleAlign,s),e.textAlign=c.textAlign(s.titleAlign),e.textBaseline="middle",a=H(s.titleFont),r=s.titleSpacing,e.fillStyle=s.titleColor,e.font=a.string,l=0;l<o;++l)e.fillText(n[l],c.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+r,l+1===o&&(t.y+=s.titleMarginBottom-r)}}_drawColorBox(t,e,s,n,o){let a=this.labelColors[s],r=this.labelPointStyles[s],{boxHeight:l,boxWidth:c}=o,h=H(o.bodyFont),d=qe(this,"left",o),u=n.x(d),f=l<h.lineHeight?(h.lineHeight-l)/2:0,p=e.y+f;if(o.usePointStyle){let g={radius:Math.min(c,l)/2,pointStyle:r.pointStyle,rotation:r.rotation,borderWidth:1},m=n.leftForLtr(u,c)+c/2,b=p+l/2;t.strokeStyle=o.multiKeyBackground,t.fillStyle=o.multiKeyBackground,ze(t,g,m,b),t.strokeStyle=a.borderColor,t.fillStyle=a.backgroundColor,ze(t,g,m,b)}else{t.lineWidth=C(a.borderWidth)?Math.max(...Object.values(a.borderWidth)):a.borderWidth||1,t.strokeStyle=a.borderColor,t.setLineDash(a.borderDash||[]),t.lineDashOffset=a.borderDashOffset||0;let g=n.leftForLtr(u,c),m=n.leftForLtr(n.xPlus(u,1),c-2),b=Dt(a.borderRadius);Object.values(b).some(x=>x!==0)?(t.beginPath(),t.fillStyle=o.multiKeyBackground,se(t,{x:g,y:p,w:c,h:l,radius:b}),t.fill(),t.stroke(),t.fillStyle=a.backgroundColor,t.beginPath(),se(t,{x:m,y:p+1,w:c-2,h:l-2,radius:b}),t.fill()):(t.fillStyle=o.multiKeyBackground,t.fillRect(g,p,c,l),t.strokeRect(g,p,c,l),t.fillStyle=a.backgroundColor,t.fillRect(m,p+1,c-2,l-2))}t.fillStyle=this.labelTextColors[s]}drawBody(t,e,s){let{body:n}=this,{bodySpacing:o,bodyAlign:a,displayColors:r,boxHeight:l,boxWidth:c,boxPadding:h}=s,d=H(s.bodyFont),u=d.lineHeight,f=0,p=He(s.rtl,this.x,this.width),g=function(w){e.fillText(w,p.x(t.x+f),t.y+u/2),t.y+=u+o},m=p.textAlign(a),b,x,y,M,_,k,v;for(e.textAlign=a,e.textBaseline="middle",e.font=d.string,t.x=qe(this,m,s),e.fillStyle=s.bodyColor,T(this.beforeBody,g),f=r&&m!=="right"?a==="center"?c/2+h:c+2+h:0,M=0,k=n.length;M<k;++M){for(b=n[M],x=this.labelTextColors[M],e.fillStyle=x,T(b.before,g),y=b.lines,r&&y.length&&(this._drawColorBox(e,t,M,p,s),u=Math.max(d.lineHeight,l)),_=0,v=y.length;_<v;++_)g(y[_]),u=d.lineHeight;T(b.after,g)}f=0,u=d.lineHeight,T(this.afterBody,g),t.y-=o}drawFooter(t,e,s){let n=this.footer,o=n.length,a,r;if(o){let l=He(s.rtl,this.x,this.width);for(t.x=qe(this,s.footerAlign,s),t.y+=s.footerMarginTop,e.textAlign=l.textAlign(s.footerAlign),e.textBaseline="middle",a=H(s.footerFont),e.fillStyle=s.footerColor,e.font=a.string,r=0;r<o;++r)e.fillText(n[r],l.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+s.footerSpacing}}drawBackground(t,e,s,n){let{xAlign:o,yAlign:a}=this,{x:r,y:l}=t,{width:c,height:h}=s,{topLeft:d,topRight:u,bottomLeft:f,bottomRight:p}=Dt(n.cornerRadius);e.fillStyle=n.backgroundColor,e.strokeStyle=n.borderColor,e.lineWidth=n.borderWidth,e.beginPath(),e.moveTo(r+d,l),a==="top"&&this.drawCaret(t,e,s,n),e.lineTo(r+c-u,l),e.quadraticCurveTo(r+c,l,r+c,l+u),a==="center"&&o==="right"&&this.drawCaret(t,e,s,n),e.lineTo(r+c,l+h-p),e.quadraticCurveTo(r+c,l+h,r+c-p,l+h),a==="bottom"&&this.drawCaret(t,e,s,n),e.lineTo(r+f,l+h),e.quadraticCurveTo(r,l+h,r,l+h-f),a==="center"&&o==="left"&&this.drawCaret(t,e,s,n),e.lineTo(r,l+d),e.quadraticCurveTo(r,l,r+d,l),e.closePath(),e.fill(),n.borderWidth>0&&e.stroke()}_updateAnimationTarget(t){let e=this.chart,s=this.$animations,n=s&&s.x,o=s&&s.y;if(n||o){let a=de[t.position].call(this,this._active,this._eventPosition);if(!a)return;let r=this._size=Yn(this,t),l=Object.assign({},a,this._size),c=Un(e,t,l),h=qn(t,l,c,e);(n._to!==h.x||o._to!==h.y)&&(this.xAlign=c.xAlign,this.yAlign=c.yAlign,this.width=r.width,this.height=r.height,this.caretX=a.x,this.caretY=a.y,this._resolveAnimations().update(this,h))}}_willRender(){return!!this.opacity}draw(t){let e=this.options.setContext(this.getContext()),s=this.opacity;if(!s)return;this._updateAnimationTarget(e);let n={width:this.width,height:this.height},o={x:this.x,y:this.y};s=Math.abs(s)<.001?0:s;let a=q(e.padding),r=this.title.length||this.beforeBody.length||this.body.length||this.afterBody.length||this.footer.length;e.enabled&&r&&(t.save(),t.globalAlpha=s,this.drawBackground(o,t,n,e),cn(t,e.textDirection),o.y+=a.top,this.drawTitle(o,t,e),this.drawBody(o,t,e),this.drawFooter(o,t,e),hn(t,e.textDirection),t.restore())}getActiveElements(){return this._active||[]}setActiveElements(t,e){let s=this._active,n=t.map(({datasetIndex:r,index:l})=>{let c=this.chart.getDatasetMeta(r);if(!c)throw new Error("Cannot find a dataset at index "+r);return{datasetIndex:r,element:c.data[l],index:l}}),o=!te(s,n),a=this._positionChanged(n,e);(o||a)&&(this._active=n,this._eventPosition=e,this._ignoreReplayEvents=!0,this.update(!0))}handleEvent(t,e,s=!0){if(e&&this._ignoreReplayEvents)return!1;this._ignoreReplayEvents=!1;let n=this.options,o=this._active||[],a=this._getActiveElements(t,o,e,s),r=this._positionChanged(a,t),l=e||!te(a,o)||r;return l&&(this._active=a,(n.enabled||n.external)&&(this._eventPosition={x:t.x,y:t.y},this.update(!0,e))),l}_getActiveElements(t,e,s,n){let o=this.options;if(t.type==="mouseout")return[];if(!n)return e.filter(r=>this.chart.data.datasets[r.datasetIndex]&&this.chart.getDatasetMeta(r.datasetIndex).controller.getParsed(r.index)!==void 0);let a=this.chart.getElementsAtEventForMode(t,o.mode,o,s);return o.reverse&&a.reverse(),a}_positionChanged(t,e){let{caretX:s,caretY:n,options:o}=this,a=de[o.position].call(this,t,e);return a!==!1&&(s!==a.x||n!==a.y)}},wo={id:"tooltip",_element:oi,positioners:de,afterInit(i,t,e){e&&(i.tooltip=new oi({chart:i,options:e}))},beforeUpdate(i,t,e){i.tooltip&&i.tooltip.initialize(e)},reset(i,t,e){i.tooltip&&i.tooltip.initialize(e)},afterDraw(i){let t=i.tooltip;if(t&&t._willRender()){let e={tooltip:t};if(i.notifyPlugins("beforeTooltipDraw",{...e,cancelable:!0})===!1)return;t.draw(i.ctx),i.notifyPlugins("afterTooltipDraw",e)}},afterEvent(i,t){if(i.tooltip){let e=t.replay;i.tooltip.handleEvent(t.event,e,t.inChartArea)&&(t.changed=!0)}},defaults:{enabled:!0,external:null,position:"average",backgroundColor:"rgba(0,0,0,0.8)",titleColor:"#fff",titleFont:{weight:"bold"},titleSpacing:2,titleMarginBottom:6,titleAlign:"left",bodyColor:"#fff",bodySpacing:2,bodyFont:{},bodyAlign:"left",footerColor:"#fff",footerSpacing:2,footerMarginTop:6,footerFont:{weight:"bold"},footerAlign:"left",padding:6,caretPadding:2,caretSize:5,cornerRadius:6,boxHeight:(i,t)=>t.bodyFont.size,boxWidth:(i,t)=>t.bodyFont.size,multiKeyBackground:"#fff",displayColors:!0,boxPadding:0,borderColor:"rgba(0,0,0,0)",borderWidth:0,animation:{duration:400,easing:"easeOutQuart"},animations:{numbers:{type:"number",properties:["x","y","width","height","caretX","caretY"]},opacity:{easing:"linear",duration:200}},callbacks:vo},defaultRoutes:{bodyFont:"font",footerFont:"font",titleFont:"font"},descriptors:{_scriptable:i=>i!=="filter"&&i!=="itemSort"&&i!=="external",_indexable:!1,callbacks:{_scriptable:!1,_indexable:!1},animation:{_fallback:!1},animations:{_fallback:"animation"}},additionalOptionScopes:["interaction"]};function ec(i,t){let e=[],{bounds:n,step:o,min:a,max:r,precision:l,count:c,maxTicks:h,maxDigits:d,includeBounds:u}=i,f=o||1,p=h-1,{min:g,max:m}=t,b=!P(a),x=!P(r),y=!P(c),M=(m-g)/(d+1),_=yi((m-g)/p/f)*f,k,v,w,S;if(_<1e-14&&!b&&!x)return[{value:g},{value:m}];S=Math.ceil(m/_)-Math.floor(g/_),S>p&&(_=yi(S*_/p/f)*f),P(l)||(k=Math.pow(10,l),_=Math.ceil(_*k)/k),n==="ticks"?(v=Math.floor(g/_)*_,w=Math.ceil(m/_)*_):(v=g,w=m),b&&x&&o&&Fs((r-a)/o,_/1e3)?(S=Math.round(Math.min((r-a)/_,h)),_=(r-a)/S,v=a,w=r):y?(v=b?a:v,w=x?r:w,S=c-1,_=(w-v)/S):(S=(w-v)/_,Nt(S,Math.round(S),_/1e3)?S=Math.round(S):S=Math.ceil(S));let L=Math.max(vi(_),vi(v));k=Math.pow(10,P(l)?L:l),v=Math.round(v*k)/k,w=Math.round(w*k)/k;let E=0;for(b&&(u&&v!==a?(e.push({value:a}),v<a&&E++,Nt(Math.round((v+E*_)*k)/k,a,Gn(a,M,i))&&E++):v<a&&E++);E<S;++E){let F=Math.round((v+E*_)*k)/k;if(x&&F>r)break;e.push({value:F})}return x&&u&&w!==r?e.length&&Nt(e[e.length-1].value,r,Gn(r,M,i))?e[e.length-1].value=r:e.push({value:r}):(!x||w===r)&&e.push({value:w}),e}function Gn(i,t,{horizontal:e,minRotation:s}){let n=at(s),o=(e?Math.sin(n):Math.cos(n))||.001,a=.75*t*(""+i).length;return Math.min(t/o,a)}var Yt=class extends jt{constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._endValue=void 0,this._valueRange=0}parse(t,e){return P(t)||(typeof t=="number"||t instanceof Number)&&!isFinite(+t)?null:+t}handleTickRangeOptions(){let{beginAtZero:t}=this.options,{minDefined:e,maxDefined:s}=this.getUserBounds(),{min:n,max:o}=this,a=l=>n=e?n:l,r=l=>o=s?o:l;if(t){let l=Z(n),c=Z(o);l<0&&c<0?r(0):l>0&&c>0&&a(0)}if(n===o){let l=o===0?1:Math.abs(o*.05);r(o+l),t||a(n-l)}this.min=n,this.max=o}getTickLimit(){let t=this.options.ticks,{maxTicksLimit:e,stepSize:s}=t,n;return s?(n=Math.ceil(this.max/s)-Math.floor(this.min/s)+1,n>1e3&&(console.warn(`scales.${this.id}.ticks.stepSize: ${s} would result generating up to ${n} ticks. Limiting to 1000.`),n=1e3)):(n=this.computeTickLimit(),e=e||11),e&&(n=Math.min(e,n)),n}computeTickLimit(){return Number.POSITIVE_INFINITY}buildTicks(){let t=this.options,e=t.ticks,s=this.getTickLimit();s=Math.max(2,s);let n={maxTicks:s,bounds:t.bounds,min:t.min,max:t.max,precision:e.precision,step:e.stepSize,count:e.count,maxDigits:this._maxDigits(),horizontal:this.isHorizontal(),minRotation:e.minRotation||0,includeBounds:e.includeBounds!==!1},o=this._range||this,a=ec(n,o);return t.bounds==="ticks"&&Mi(a,this,"value"),t.reverse?(a.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),a}configure(){let t=this.ticks,e=this.min,s=this.max;if(super.configure(),this.options.offset&&t.length){let n=(s-e)/Math.max(t.length-1,1)/2;e-=n,s+=n}this._startValue=e,this._endValue=s,this._valueRange=s-e}getLabelForValue(t){return Ie(t,this.chart.options.locale,this.options.ticks.format)}},ai=class extends Yt{static id="linear";static defaults={ticks:{callback:ee.formatters.numeric}};determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=B(t)?t:0,this.max=B(e)?e:1,this.handleTickRangeOptions()}computeTickLimit(){let t=this.isHorizontal(),e=t?this.width:this.height,s=at(this.options.ticks.minRotation),n=(t?Math.sin(s):Math.cos(s))||.001,o=this._resolveTickFontOptions(0);return Math.ceil(e/Math.min(40,o.lineHeight/n))}getPixelForValue(t){return t===null?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getValueForPixel(t){return this._startValue+this.getDecimalForPixel(t)*this._valueRange}},ge=i=>Math.floor(ot(i)),At=(i,t)=>Math.pow(10,ge(i)+t);function Zn(i){return i/Math.pow(10,ge(i))===1}function Jn(i,t,e){let s=Math.pow(10,e),n=Math.floor(i/s);return Math.ceil(t/s)-n}function ic(i,t){let e=t-i,s=ge(e);for(;Jn(i,t,s)>10;)s++;for(;Jn(i,t,s)<10;)s--;return Math.min(s,ge(i))}function sc(i,{min:t,max:e}){t=W(i.min,t);let s=[],n=ge(t),o=ic(t,e),a=o<0?Math.pow(10,Math.abs(o)):1,r=Math.pow(10,o),l=n>o?Math.pow(10,n):0,c=Math.round((t-l)*a)/a,h=Math.floor((t-l)/r/10)*r*10,d=Math.floor((c-h)/Math.pow(10,o)),u=W(i.min,Math.round((l+h+d*Math.pow(10,o))*a)/a);for(;u<e;)s.push({value:u,major:Zn(u),significand:d}),d>=10?d=d<15?15:20:d++,d>=20&&(o++,d=2,a=o>=0?1:a),u=Math.round((l+h+d*Math.pow(10,o))*a)/a;let f=W(i.max,u);return s.push({value:f,major:Zn(f),significand:d}),s}var Qn=class extends jt{static id="logarithmic";static defaults={ticks:{callback:ee.formatters.logarithmic,major:{enabled:!0}}};constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._valueRange=0}parse(t,e){let s=Yt.prototype.parse.apply(this,[t,e]);if(s===0){this._zero=!0;return}return B(s)&&s>0?s:null}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=B(t)?Math.max(0,t):null,this.max=B(e)?Math.max(0,e):null,this.options.beginAtZero&&(this._zero=!0),this._zero&&this.min!==this._suggestedMin&&!B(this._userMin)&&(this.min=t===At(this.min,0)?At(this.min,-1):At(this.min,0)),this.handleTickRangeOptions()}handleTickRangeOptions(){let{minDefined:t,maxDefined:e}=this.getUserBounds(),s=this.min,n=this.max,o=r=>s=t?s:r,a=r=>n=e?n:r;s===n&&(s<=0?(o(1),a(10)):(o(At(s,-1)),a(At(n,1)))),s<=0&&o(At(n,-1)),n<=0&&a(At(s,1)),this.min=s,this.max=n}buildTicks(){let t=this.options,e={min:this._userMin,max:this._userMax},s=sc(e,this);return t.bounds==="ticks"&&Mi(s,this,"value"),t.reverse?(s.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),s}getLabelForValue(t){return t===void 0?"0":Ie(t,this.chart.options.locale,this.options.ticks.format)}configure(){let t=this.min;super.configure(),this._startValue=ot(t),this._valueRange=ot(this.max)-ot(t)}getPixelForValue(t){return(t===void 0||t===0)&&(t=this.min),t===null||isNaN(t)?NaN:this.getPixelForDecimal(t===this.min?0:(ot(t)-this._startValue)/this._valueRange)}getValueForPixel(t){let e=this.getDecimalForPixel(t);return Math.pow(10,this._startValue+e*this._valueRange)}};function rs(i){let t=i.ticks;if(t.display&&i.display){let e=q(t.backdropPadding);return D(t.font&&t.font.size,R.font.size)+e.height}return 0}function nc(i,t,e){return e=A(e)?e:[e],{w:Xs(i,t.string,e),h:e.length*t.lineHeight}}function to(i,t,e,s,n){return i===s||i===n?{start:t-e/2,end:t+e/2}:i<s||i>n?{start:t-e,end:t}:{start:t,end:t+e}}function oc(i){let t={l:i.left+i._padding.left,r:i.right-i._padding.right,t:i.top+i._padding.top,b:i.bottom-i._padding.bottom},e=Object.assign({},t),s=[],n=[],o=i._pointLabels.length,a=i.options.pointLabels,r=a.centerPointLabels?z/o:0;for(let l=0;l<o;l++){let c=a.setContext(i.getPointLabelContext(l));n[l]=c.padding;let h=i.getPointPosition(l,i.drawingArea+n[l],r),d=H(c.font),u=nc(i.ctx,d,i._pointLabels[l]);s[l]=u;let f=G(i.getIndexAngle(l)+r),p=Math.round(Re(f)),g=to(p,h.x,u.w,0,180),m=to(p,h.y,u.h,90,270);ac(e,t,f,g,m)}i.setCenterPoint(t.l-e.l,e.r-t.r,t.t-e.t,e.b-t.b),i._pointLabelItems=cc(i,s,n)}function ac(i,t,e,s,n){let o=Math.abs(Math.sin(e)),a=Math.abs(Math.cos(e)),r=0,l=0;s.start<t.l?(r=(t.l-s.start)/o,i.l=Math.min(i.l,t.l-r)):s.end>t.r&&(r=(s.end-t.r)/o,i.r=Math.max(i.r,t.r+r)),n.start<t.t?(l=(t.t-n.start)/a,i.t=Math.min(i.t,t.t-l)):n.end>t.b&&(l=(n.end-t.b)/a,i.b=Math.max(i.b,t.b+l))}function rc(i,t,e){let s=i.drawingArea,{extra:n,additionalAngle:o,padding:a,size:r}=e,l=i.getPointPosition(t,s+n+a,o),c=Math.round(Re(G(l.angle+N))),h=uc(l.y,r.h,c),d=hc(c),u=dc(l.x,r.w,d);return{visible:!0,x:l.x,y:h,textAlign:d,left:u,top:h,right:u+r.w,bottom:h+r.h}}function lc(i,t){if(!t)return!0;let{left:e,top:s,right:n,bottom:o}=i;return!(Q({x:e,y:s},t)||Q({x:e,y:o},t)||Q({x:n,y:s},t)||Q({x:n,y:o},t))}function cc(i,t,e){let s=[],n=i._pointLabels.length,o=i.options,{centerPointLabels:a,display:r}=o.pointLabels,l={extra:rs(o)/2,additionalAngle:a?z/n:0},c;for(let h=0;h<n;h++){l.padding=e[h],l.size=t[h];let d=rc(i,h,l);s.push(d),r==="auto"&&(d.visible=lc(d,c),d.visible&&(c=d))}return s}function hc(i){return i===0||i===180?"center":i<180?"left":"right"}function dc(i,t,e){return e==="right"?i-=t:e==="center"&&(i-=t/2),i}function uc(i,t,e){return e===90||e===270?i-=t/2:(e>270||e<90)&&(i-=t),i}function fc(i,t,e){let{left:s,top:n,right:o,bottom:a}=e,{backdropColor:r}=t;if(!P(r)){let l=Dt(t.borderRadius),c=q(t.backdropPadding);i.fillStyle=r;let h=s-c.left,d=n-c.top,u=o-s+c.width,f=a-n+c.height;Object.values(l).some(p=>p!==0)?(i.beginPath(),se(i,{x:h,y:d,w:u,h:f,radius:l}),i.fill()):i.fillRect(h,d,u,f)}}function gc(i,t){let{ctx:e,options:{pointLabels:s}}=i;for(let n=t-1;n>=0;n--){let o=i._pointLabelItems[n];if(!o.visible)continue;let a=s.setContext(i.getPointLabelContext(n));fc(e,a,o);let r=H(a.font),{x:l,y:c,textAlign:h}=o;ie(e,i._pointLabels[n],l,c+r.lineHeight/2,r,{color:a.color,textAlign:h,textBaseline:"middle"})}}function ko(i,t,e,s){let{ctx:n}=i;if(e)n.arc(i.xCenter,i.yCenter,t,0,Y);else{let o=i.getPointPosition(0,t);n.moveTo(o.x,o.y);for(let a=1;a<s;a++)o=i.getPointPosition(a,t),n.lineTo(o.x,o.y)}}function pc(i,t,e,s,n){let o=i.ctx,a=t.circular,{color:r,lineWidth:l}=t;!a&&!s||!r||!l||e<0||(o.save(),o.strokeStyle=r,o.lineWidth=l,o.setLineDash(n.dash||[]),o.lineDashOffset=n.dashOffset,o.beginPath(),ko(i,e,a,s),o.closePath(),o.stroke(),o.restore())}function mc(i,t,e){return rt(i,{label:e,index:t,type:"pointLabel"})}var eo=class extends Yt{static id="radialLinear";static defaults={display:!0,animate:!0,position:"chartArea",angleLines:{display:!0,lineWidth:1,borderDash:[],borderDashOffset:0},grid:{circular:!1},startAngle:0,ticks:{showLabelBackdrop:!0,callback:ee.formatters.numeric},pointLabels:{backdropColor:void 0,backdropPadding:2,display:!0,font:{size:10},callback(t){return t},padding:5,centerPointLabels:!1}};static defaultRoutes={"angleLines.color":"borderColor","pointLabels.color":"color","ticks.color":"color"};static descriptors={angleLines:{_fallback:"grid"}};constructor(t){super(t),this.xCenter=void 0,this.yCenter=void 0,this.drawingArea=void 0,this._pointLabels=[],this._pointLabelItems=[]}setDimensions(){let t=this._padding=q(rs(this.options)/2),e=this.width=this.maxWidth-t.width,s=this.height=this.maxHeight-t.height;this.xCenter=Math.floor(this.left+e/2+t.left),this.yCenter=Math.floor(this.top+s/2+t.top),this.drawingArea=Math.floor(Math.min(e,s)/2)}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!1);this.min=B(t)&&!isNaN(t)?t:0,this.max=B(e)&&!isNaN(e)?e:0,this.handleTickRangeOptions()}computeTickLimit(){return Math.ceil(this.drawingArea/rs(this.options))}generateTickLabels(t){Yt.prototype.generateTickLabels.call(this,t),this._pointLabels=this.getLabels().map((e,s)=>{let n=O(this.options.pointLabels.callback,[e,s],this);return n||n===0?n:""}).filter((e,s)=>this.chart.getDataVisibility(s))}fit(){let t=this.options;t.display&&t.pointLabels.display?oc(this):this.setCenterPoint(0,0,0,0)}setCenterPoint(t,e,s,n){this.xCenter+=Math.floor((t-e)/2),this.yCenter+=Math.floor((s-n)/2),this.drawingArea-=Math.min(this.drawingArea/2,Math.max(t,e,s,n))}getIndexAngle(t){let e=Y/(this._pointLabels.length||1),s=this.options.startAngle||0;return G(t*e+at(s))}getDistanceFromCenterForValue(t){if(P(t))return NaN;let e=this.drawingArea/(this.max-this.min);return this.options.reverse?(this.max-t)*e:(t-this.min)*e}getValueForDistanceFromCenter(t){if(P(t))return NaN;let e=t/(this.drawingArea/(this.max-this.min));return this.options.reverse?this.max-e:this.min+e}getPointLabelContext(t){let e=this._pointLabels||[];if(t>=0&&t<e.length){let s=e[t];return mc(this.getContext(),t,s)}}getPointPosition(t,e,s=0){let n=this.getIndexAngle(t)-N+s;return{x:Math.cos(n)*e+this.xCenter,y:Math.sin(n)*e+this.yCenter,angle:n}}getPointPositionForValue(t,e){return this.getPointPosition(t,this.getDistanceFromCenterForValue(e))}getBasePosition(t){return this.getPointPositionForValue(t||0,this.getBaseValue())}getPointLabelPosition(t){let{left:e,top:s,right:n,bottom:o}=this._pointLabelItems[t];return{left:e,top:s,right:n,bottom:o}}drawBackground(){let{backgroundColor:t,grid:{circular:e}}=this.options;if(t){let s=this.ctx;s.save(),s.beginPath(),ko(this,this.getDistanceFromCenterForValue(this._endValue),e,this._pointLabels.length),s.closePath(),s.fillStyle=t,s.fill(),s.restore()}}drawGrid(){let t=this.ctx,e=this.options,{angleLines:s,grid:n,border:o}=e,a=this._pointLabels.length,r,l,c;if(e.pointLabels.display&&gc(this,a),n.display&&this.ticks.forEach((h,d)=>{if(d!==0||d===0&&this.min<0){l=this.getDistanceFromCenterForValue(h.value);let u=this.getContext(d),f=n.setContext(u),p=o.setContext(u);pc(this,f,l,a,p)}}),s.display){for(t.save(),r=a-1;r>=0;r--){let h=s.setContext(this.getPointLabelContext(r)),{color:d,lineWidth:u}=h;!u||!d||(t.lineWidth=u,t.strokeStyle=d,t.setLineDash(h.borderDash),t.lineDashOffset=h.borderDashOffset,l=this.getDistanceFromCenterForValue(e.reverse?this.min:this.max),c=this.getPointPosition(r,l),t.beginPath(),t.moveTo(this.xCenter,this.yCenter),t.lineTo(c.x,c.y),t.stroke())}t.restore()}}drawBorder(){}drawLabels(){let t=this.ctx,e=this.options,s=e.ticks;if(!s.display)return;let n=this.getIndexAngle(0),o,a;t.save(),t.translate(this.xCenter,this.yCenter),t.rotate(n),t.textAlign="center",t.textBaseline="middle",this.ticks.forEach((r,l)=>{if(l===0&&this.min>=0&&!e.reverse)return;let c=s.setContext(this.getContext(l)),h=H(c.font);if(o=this.getDistanceFromCenterForValue(this.ticks[l].value),c.showLabelBackdrop){t.font=h.string,a=t.measureText(r.label).width,t.fillStyle=c.backdropColor;let d=q(c.backdropPadding);t.fillRect(-a/2-d.left,-o-h.size/2-d.top,a+d.width,h.size+d.height)}ie(t,r.label,0,-o,h,{color:c.color,strokeColor:c.textStrokeColor,strokeWidth:c.textStrokeWidth})}),t.restore()}drawTitle(){}},li={millisecond:{common:!0,size:1,steps:1e3},second:{common:!0,size:1e3,steps:60},minute:{common:!0,size:6e4,steps:60},hour:{common:!0,size:36e5,steps:24},day:{common:!0,size:864e5,steps:30},week:{common:!1,size:6048e5,steps:4},month:{common:!0,size:2628e6,steps:12},quarter:{common:!1,size:7884e6,steps:4},year:{common:!0,size:3154e7}},$=Object.keys(li);function io(i,t){return i-t}function so(i,t){if(P(t))return null;let e=i._adapter,{parser:s,round:n,isoWeekday:o}=i._parseOpts,a=t;return typeof s=="function"&&(a=s(a)),B(a)||(a=typeof s=="string"?e.parse(a,s):e.parse(a)),a===null?null:(n&&(a=n==="week"&&(Wt(o)||o===!0)?e.startOf(a,"isoWeek",o):e.startOf(a,n)),+a)}function no(i,t,e,s){let n=$.length;for(let o=$.indexOf(i);o<n-1;++o){let a=li[$[o]],r=a.steps?a.steps:Number.MAX_SAFE_INTEGER;if(a.common&&Math.ceil((e-t)/(r*a.size))<=s)return $[o]}return $[n-1]}function bc(i,t,e,s,n){for(let o=$.length-1;o>=$.indexOf(e);o--){let a=$[o];if(li[a].common&&i._adapter.diff(n,s,a)>=t-1)return a}return $[e?$.indexOf(e):0]}function xc(i){for(let t=$.indexOf(i)+1,e=$.length;t<e;++t)if(li[$[t]].common)return $[t]}function oo(i,t,e){if(!e)i[t]=!0;else if(e.length){let{lo:s,hi:n}=Ee(e,t),o=e[s]>=t?e[s]:e[n];i[o]=!0}}function _c(i,t,e,s){let n=i._adapter,o=+n.startOf(t[0].value,s),a=t[t.length-1].value,r,l;for(r=o;r<=a;r=+n.add(r,1,s))l=e[r],l>=0&&(t[l].major=!0);return t}function ao(i,t,e){let s=[],n={},o=t.length,a,r;for(a=0;a<o;++a)r=t[a],n[r]=a,s.push({value:r,major:!1});return o===0||!e?s:_c(i,s,n,e)}var ri=class extends jt{static id="time";static defaults={bounds:"data",adapters:{},time:{parser:!1,unit:!1,round:!1,isoWeekday:!1,minUnit:"millisecond",displayFormats:{}},ticks:{source:"auto",callback:!1,major:{enabled:!1}}};constructor(t){super(t),this._cache={data:[],labels:[],all:[]},this._unit="day",this._majorUnit=void 0,this._offsets={},this._normalized=!1,this._parseOpts=void 0}init(t,e={}){let s=t.time||(t.time={}),n=this._adapter=new Ar._date(t.adapters.date);n.init(e),Bt(s.displayFormats,n.formats()),this._parseOpts={parser:s.parser,round:s.round,isoWeekday:s.isoWeekday},super.init(t),this._normalized=e.normalized}parse(t,e){return t===void 0?null:so(this,t)}beforeLayout(){super.beforeLayout(),this._cache={data:[],labels:[],all:[]}}determineDataLimits(){let t=this.options,e=this._adapter,s=t.time.unit||"day",{min:n,max:o,minDefined:a,maxDefined:r}=this.getUserBounds();function l(c){!a&&!isNaN(c.min)&&(n=Math.min(n,c.min)),!r&&!isNaN(c.max)&&(o=Math.max(o,c.max))}(!a||!r)&&(l(this._getLabelBounds()),(t.bounds!=="ticks"||t.ticks.source!=="labels")&&l(this.getMinMax(!1))),n=B(n)&&!isNaN(n)?n:+e.startOf(Date.now(),s),o=B(o)&&!isNaN(o)?o:+e.endOf(Date.now(),s)+1,this.min=Math.min(n,o-1),this.max=Math.max(n+1,o)}_getLabelBounds(){let t=this.getLabelTimestamps(),e=Number.POSITIVE_INFINITY,s=Number.NEGATIVE_INFINITY;return t.length&&(e=t[0],s=t[t.length-1]),{min:e,max:s}}buildTicks(){let t=this.options,e=t.time,s=t.ticks,n=s.source==="labels"?this.getLabelTimestamps():this._generate();t.bounds==="ticks"&&n.length&&(this.min=this._userMin||n[0],this.max=this._userMax||n[n.length-1]);let o=this.min,a=this.max,r=Ns(n,o,a);return this._unit=e.unit||(s.autoSkip?no(e.minUnit,this.min,this.max,this._getLabelCapacity(o)):bc(this,r.length,e.minUnit,this.min,this.max)),this._majorUnit=!s.major.enabled||this._unit==="year"?void 0:xc(this._unit),this.initOffsets(n),t.reverse&&r.reverse(),ao(this,r,this._majorUnit)}afterAutoSkip(){this.options.offsetAfterAutoskip&&this.initOffsets(this.ticks.map(t=>+t.value))}initOffsets(t=[]){let e=0,s=0,n,o;this.options.offset&&t.length&&(n=this.getDecimalForValue(t[0]),t.length===1?e=1-n:e=(this.getDecimalForValue(t[1])-n)/2,o=this.getDecimalForValue(t[t.length-1]),t.length===1?s=o:s=(o-this.getDecimalForValue(t[t.length-2]))/2);let a=t.length<3?.5:.25;e=U(e,0,a),s=U(s,0,a),this._offsets={start:e,end:s,factor:1/(e+1+s)}}_generate(){let t=this._adapter,e=this.min,s=this.max,n=this.options,o=n.time,a=o.unit||no(o.minUnit,e,s,this._getLabelCapacity(e)),r=D(n.ticks.stepSize,1),l=a==="week"?o.isoWeekday:!1,c=Wt(l)||l===!0,h={},d=e,u,f;if(c&&(d=+t.startOf(d,"isoWeek",l)),d=+t.startOf(d,c?"day":a),t.diff(s,e,a)>1e5*r)throw new Error(e+" and "+s+" are too far apart with stepSize of "+r+" "+a);let p=n.ticks.source==="data"&&this.getDataTimestamps();for(u=d,f=0;u<s;u=+t.add(u,r,a),f++)oo(h,u,p);return(u===s||n.bounds==="ticks"||f===1)&&oo(h,u,p),Object.keys(h).sort(io).map(g=>+g)}getLabelForValue(t){let e=this._adapter,s=this.options.time;return s.tooltipFormat?e.format(t,s.tooltipFormat):e.format(t,s.displayFormats.datetime)}format(t,e){let n=this.options.time.displayFormats,o=this._unit,a=e||n[o];return this._adapter.format(t,a)}_tickFormatFunction(t,e,s,n){let o=this.options,a=o.ticks.callback;if(a)return O(a,[t,e,s],this);let r=o.time.displayFormats,l=this._unit,c=this._majorUnit,h=l&&r[l],d=c&&r[c],u=s[e],f=c&&d&&u&&u.major;return this._adapter.format(t,n||(f?d:h))}generateTickLabels(t){let e,s,n;for(e=0,s=t.length;e<s;++e)n=t[e],n.label=this._tickFormatFunction(n.value,e,t)}getDecimalForValue(t){return t===null?NaN:(t-this.min)/(this.max-this.min)}getPixelForValue(t){let e=this._offsets,s=this.getDecimalForValue(t);return this.getPixelForDecimal((e.start+s)*e.factor)}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return this.min+s*(this.max-this.min)}_getLabelSize(t){let e=this.options.ticks,s=this.ctx.measureText(t).width,n=at(this.isHorizontal()?e.maxRotation:e.minRotation),o=Math.cos(n),a=Math.sin(n),r=this._resolveTickFontOptions(0).size;return{w:s*o+r*a,h:s*a+r*o}}_getLabelCapacity(t){let e=this.options.time,s=e.displayFormats,n=s[e.unit]||s.millisecond,o=this._tickFormatFunction(t,0,ao(this,[t],this._majorUnit),n),a=this._getLabelSize(o),r=Math.floor(this.isHorizontal()?this.width/a.w:this.height/a.h)-1;return r>0?r:1}getDataTimestamps(){let t=this._cache.data||[],e,s;if(t.length)return t;let n=this.getMatchingVisibleMetas();if(this._normalized&&n.length)return this._cache.data=n[0].controller.getAllParsedValues(this);for(e=0,s=n.length;e<s;++e)t=t.concat(n[e].controller.getAllParsedValues(this));return this._cache.data=this.normalize(t)}getLabelTimestamps(){let t=this._cache.labels||[],e,s;if(t.length)return t;let n=this.getLabels();for(e=0,s=n.length;e<s;++e)t.push(so(this,n[e]));return this._cache.labels=this._normalized?t:this.normalize(t)}normalize(t){return Si(t.sort(io))}};function Xe(i,t,e){let s=0,n=i.length-1,o,a,r,l;e?(t>=i[s].pos&&t<=i[n].pos&&({lo:s,hi:n}=pt(i,"pos",t)),{pos:o,time:r}=i[s],{pos:a,time:l}=i[n]):(t>=i[s].time&&t<=i[n].time&&({lo:s,hi:n}=pt(i,"time",t)),{time:o,pos:r}=i[s],{time:a,pos:l}=i[n]);let c=a-o;return c?r+(l-r)*(t-o)/c:r}var ro=class extends ri{static id="timeseries";static defaults=ri.defaults;constructor(t){super(t),this._table=[],this._minPos=void 0,this._tableRange=void 0}initOffsets(){let t=this._getTimestampsForTable(),e=this._table=this.buildLookupTable(t);this._minPos=Xe(e,this.min),this._tableRange=Xe(e,this.max)-this._minPos,super.initOffsets(t)}buildLookupTable(t){let{min:e,max:s}=this,n=[],o=[],a,r,l,c,h;for(a=0,r=t.length;a<r;++a)c=t[a],c>=e&&c<=s&&n.push(c);if(n.length<2)return[{time:e,pos:0},{time:s,pos:1}];for(a=0,r=n.length;a<r;++a)h=n[a+1],l=n[a-1],c=n[a],Math.round((h+l)/2)!==c&&o.push({time:c,pos:a/(r-1)});return o}_generate(){let t=this.min,e=this.max,s=super.getDataTimestamps();return(!s.includes(t)||!s.length)&&s.splice(0,0,t),(!s.includes(e)||s.length===1)&&s.push(e),s.sort((n,o)=>n-o)}_getTimestampsForTable(){let t=this._cache.all||[];if(t.length)return t;let e=this.getDataTimestamps(),s=this.getLabelTimestamps();return e.length&&s.length?t=this.normalize(e.concat(s)):t=e.length?e:s,t=this._cache.all=t,t}getDecimalForValue(t){return(Xe(this._table,t)-this._minPos)/this._tableRange}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return Xe(this._table,s*this._tableRange+this._minPos,!0)}};function So(i,t){if(i.length<=t)return i;let e=yc(i),s=e.reduce((o,a)=>o+a.length,0),n=[];for(let o of e){n.length>0&&n.push({x:o[0]?.x??0,y:null});let a=Math.max(3,Math.round(t*o.length/Math.max(1,s)));for(let r of Mc(o,a))n.push(r)}return n}function yc(i){let t=[],e=[];for(let s of i)s.y===null?(e.length&&t.push(e),e=[]):e.push(s);return e.length&&t.push(e),t}function Mc(i,t){let e=i.length;if(t>=e||t<3)return i.slice();let s=[i[0]],n=(e-2)/(t-2),o=0;for(let a=0;a<t-2;a++){let r=Math.floor((a+1)*n)+1,l=Math.min(Math.floor((a+2)*n)+1,e),c=0,h=0;for(let b=r;b<l;b++){let x=i[b];c+=x.x,h+=x.y??0}let d=Math.max(1,l-r);c/=d,h/=d;let u=Math.floor(a*n)+1,f=Math.floor((a+1)*n)+1,p=i[o],g=-1,m=u;for(let b=u;b<f;b++){let x=i[b],y=Math.abs((p.x-c)*((x.y??0)-(p.y??0))-(p.x-x.x)*(h-(p.y??0)));y>g&&(g=y,m=b)}s.push(i[m]),o=m}return s.push(i[e-1]),s}function Po(i){return i.map((t,e)=>t.y!==null&&(i[e-1]?.y??null)===null&&(i[e+1]?.y??null)===null)}var Hc=new Intl.NumberFormat("en-US",{maximumFractionDigits:0}),vc=new Intl.NumberFormat("en-US",{notation:"compact",maximumFractionDigits:1}),wc=new Intl.DateTimeFormat("en-GB",{timeZone:"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),Co="\\u2014";function ci(i){return i===null?Co:Math.abs(i)<1e3?Do(i):vc.format(i)}function Do(i){let t=Math.abs(i),e=t>=100?0:t>=10?1:2;return new Intl.NumberFormat("en-US",{maximumFractionDigits:e}).format(i)}function ls(i,t="USD"){if(i===null)return Co;let e=i!==0&&Math.abs(i)<.01?4:2;return new Intl.NumberFormat("en-US",{style:"currency",currency:t,minimumFractionDigits:e,maximumFractionDigits:e}).format(i)}function To(i){let t=Math.max(0,Math.round(i));if(t<60)return`${t} s`;if(t<3600)return`${Math.round(t/60)} min`;if(t<86400){let s=Math.round(t%3600/60);return s?`${Math.floor(t/3600)} h ${s} min`:`${Math.floor(t/3600)} h`}let e=Math.round(t%86400/3600);return e?`${Math.floor(t/86400)} d ${e} h`:`${Math.floor(t/86400)} d`}function me(i){let t=Object.fromEntries(wc.formatToParts(i).map(e=>[e.type,e.value]));return`${t.year}-${t.month}-${t.day} ${t.hour}:${t.minute} UTC`}function us(i){let t=Date.parse(i.start),e=i.series.requests.length,s=new Array(e);for(let n=0;n<e;n++)s[n]=t+n*i.stepSeconds*1e3;return s}function ds(i,t){let e=t>0?60/t:0;return i.map(s=>s===null?null:s*e)}function cs(i,t){return t.map((e,s)=>{let n=i[s];return e===null||e===0||n===null||n===void 0?null:n/e})}var be={requests:{title:"Requests",unit:"req/min",lines:[{id:"requests",label:"Recorded requests",style:"solid"},{id:"doRequests",label:"DO requests",style:"dashed"}]},latency:{title:"Record latency",unit:"ms",lines:[{id:"p50",label:"p50",style:"solid"},{id:"p95",label:"p95",style:"dashed"},{id:"p99",label:"p99",style:"dotted"}]},errors:{title:"Errors",unit:"%",lines:[{id:"errorRate",label:"Error rate",style:"solid"},{id:"timeoutRate",label:"Timeout rate",style:"dashed"},{id:"fallbackRate",label:"Fallback rate",style:"dotted"}]}};function Ao(i){let t=i.series,e={requests:[ds(t.requests,i.stepSeconds),ds(t.doRequests,i.stepSeconds)],latency:[t.p50Ms,t.p95Ms,t.p99Ms],errors:[hs(cs(t.errors,t.requests)),hs(cs(t.timeouts,t.requests)),hs(cs(t.fallbacks,t.requests))]};return Object.keys(be).map(s=>({id:s,title:be[s].title,unit:be[s].unit,lines:be[s].lines.map((n,o)=>({...n,values:e[s][o]??[]}))}))}function hs(i){return i.map(t=>t===null?null:t*100)}var Oo=[{id:"24h",label:"last 24 hours",seconds:86400,periodSeconds:3600},{id:"7d",label:"last 7 days",seconds:7*86400,periodSeconds:86400},{id:"30d",label:"last 30 days",seconds:30*86400,periodSeconds:86400}];function Ro(i){return Math.max(i,7*86400)}$t.register(Qe,ii,si,ai,Je,ni,wo);var kc={solid:[],dashed:[6,4],dotted:[2,3]},ht=864e5;function Lo(i){let t=getComputedStyle(i.documentElement),e=s=>t.getPropertyValue(s).trim();return{series:[e("--chart-1"),e("--chart-2"),e("--chart-3")],grid:e("--chart-grid"),text:e("--muted"),font:t.fontFamily}}function Sc(i,t){let e=t-i,s=e<=2*ht?4*36e5:e<=8*ht?ht:5*ht,n=[];for(let o=Math.ceil(i/s)*s;o<=t;o+=s)n.push(o);return n}var Pc=new Intl.DateTimeFormat("en-GB",{timeZone:"UTC",hour:"2-digit",minute:"2-digit"}),Cc=new Intl.DateTimeFormat("en-GB",{timeZone:"UTC",day:"numeric",month:"short"});function Dc(i,t,e,s,n){let o=!n&&e-t<=2*ht;return{animation:!1,parsing:!1,normalized:!0,responsive:!0,maintainAspectRatio:!1,interaction:{mode:"nearest",axis:"x",intersect:!1},font:{family:i.font},scales:{x:{type:"linear",min:t,max:e,grid:{color:i.grid},afterBuildTicks:a=>{a.ticks=(n??Sc(t,e)).map(r=>({value:r}))},ticks:{color:i.text,maxRotation:0,callback:a=>(o?Pc:Cc).format(Number(a))}},y:{beginAtZero:!0,grid:{color:i.grid},ticks:{color:i.text,callback:a=>s(Number(a))}}},plugins:{tooltip:{callbacks:{title:a=>me(a[0]?.parsed.x??0),label:a=>`${a.dataset.label??""}: ${a.parsed.y===null?"no data":s(a.parsed.y)}`}}}}}function Eo(i,t){let e=new Map,s=(n,o,a,r,l,c,h)=>{e.get(n)?.destroy();let d=i.getElementById(`chart-${n}`);if(!(d instanceof HTMLCanvasElement))return;let u=new $t(d,{type:o,data:{datasets:a},options:Dc(Lo(i),r,l,c,h)});e.set(n,u)};return{render(n,o){let a=performance.now(),r=Lo(i),l=us(o),c=Date.parse(o.start),h=c+l.length*o.stepSeconds*1e3;for(let f of Ao(o)){let p=i.getElementById(`chart-${f.id}`)?.clientWidth??600,g=Math.max(200,Math.ceil(p)),m=f.lines.map((x,y)=>{let M=So(x.values.map((_,k)=>({x:l[k]??0,y:_})),g);return{label:x.label,data:M,borderColor:r.series[y]??r.text,backgroundColor:r.series[y]??r.text,borderDash:kc[x.style],borderWidth:1.5,pointRadius:Po(M).map(_=>_?2.5:0),pointHoverRadius:3,spanGaps:!1,clip:4}}),b=f.id==="errors"?x=>`${ci(x)}%`:x=>ci(x);s(f.id,"line",m,c,h,b)}let d=h-Ro(Oo.find(f=>f.id===n)?.seconds??86400)*1e3,u=t.costDaily.filter(f=>f.x+ht>d).map(f=>({x:f.x+ht/2,y:f.y}));s("cost","bar",[{label:"Daily cost",data:u,backgroundColor:r.series[0]??r.text,maxBarThickness:28}],(u[0]?.x??d)-ht/2,(u.at(-1)?.x??h)+ht/2,f=>ls(f,t.currency),u.map(f=>f.x)),performance.measure(`pathwatch:render:${n}`,{start:a,end:performance.now()})},destroy(){for(let n of e.values())n.destroy();e.clear()}}}function Io(i){let t=i.getElementById("pathwatch-data"),e=JSON.parse(t?.textContent??"null");if(!e||typeof e!="object"||!("ranges"in e)||!Array.isArray(e.ranges))throw new Error("pathwatch: the page data island is missing or malformed");return e}function hi(i,t){return i.ranges.some(e=>e.id===t)}function Fo(i){let t=new Map;return e=>{let s=t.get(e);if(!s){let n=i.ranges.find(o=>o.id===e)?.url??"";s=fetch(n,{credentials:"same-origin"}).then(async o=>{if(!o.ok)throw new Error(`${n}: HTTP ${o.status}`);let a=await o.json();if(!Tc(a))throw new Error(`${n}: not a time series`);return a}),s.catch(()=>t.delete(e)),t.set(e,s)}return s}}function Tc(i){if(!i||typeof i!="object")return!1;let t=i;return typeof t.start=="string"&&typeof t.stepSeconds=="number"&&!!t.series&&Array.isArray(t.series.requests)}function zo(i,t,e){let s=Date.parse(t.snapshotAt),n=(e-s)/1e3;if(!(n>t.staleAfterSeconds))return!1;let o=i.getElementById("stale-banner"),a=o?.querySelector("[data-stale-text]");return a&&(a.textContent=`The data is ${To(n)} old (collected ${me(s)}).`),o&&(o.hidden=!1),!0}function Bo(i,t){zo(i,t,Date.now()),setInterval(()=>zo(i,t,Date.now()),6e4)}function Vo(i,t){let e=new URLSearchParams(t.replace(/^#/,"")).get("range");return hi(i,e)?e:null}function No(i,t,e){let s=i.querySelector("[data-range-tabs]"),n=i.getElementById("trend-panel");if(!s||!n)return;let o=Array.from(s.querySelectorAll(\'[role="tab"]\'));s.hidden=!1,n.setAttribute("role","tabpanel");let a=(l,c)=>{for(let h of o){let d=h.dataset.range===l;h.setAttribute("aria-selected",String(d)),h.tabIndex=d?0:-1,d&&c&&h.focus()}n.setAttribute("aria-labelledby",`tab-${l}`),e(l)},r=(l,c)=>{history.replaceState(null,"",`#range=${l}`),a(l,c)};s.addEventListener("click",l=>{let h=l.target.closest(\'[role="tab"]\')?.dataset.range??null;hi(t,h)&&r(h,!1)}),s.addEventListener("keydown",l=>{let c=o.indexOf(l.target);if(c<0)return;let h=l.key==="ArrowRight"?(c+1)%o.length:l.key==="ArrowLeft"?(c-1+o.length)%o.length:l.key==="Home"?0:l.key==="End"?o.length-1:-1,d=o[h]?.dataset.range??null;h<0||!hi(t,d)||(l.preventDefault(),r(d,!0))}),window.addEventListener("hashchange",()=>{let l=Vo(t,location.hash);l&&a(l,!1)}),a(Vo(t,location.hash)??t.defaultRange,!1)}var Ot=document;Ot.documentElement.classList.replace("no-js","js");var Ut=Io(Ot);Bo(Ot,Ut);var Ac=Fo(Ut),Oc=Eo(Ot,Ut),fs=Ut.defaultRange;function Rc(i){let t=Ut.ranges.find(e=>e.id===i)?.summaries??{};for(let e of Array.from(Ot.querySelectorAll("[data-chart]"))){let s=e.dataset.chart??"",n=e.querySelector("canvas"),o=t[s];n&&o!==void 0&&(n.setAttribute("aria-label",o),n.textContent=o);for(let a of Array.from(e.querySelectorAll(".table-scroll[data-range]")))a.hidden=a.dataset.range!==i}}function Wo(i){for(let t of Array.from(Ot.querySelectorAll("[data-chart-message]")))t.textContent=i??"",t.hidden=i===null}async function Ho(i){fs=i,Rc(i);try{let t=await Ac(i);if(fs!==i)return;Wo(null),Oc.render(i,t)}catch(t){Wo(`The chart could not be drawn (${t instanceof Error?t.message:String(t)}); the data table below has the figures.`)}}No(Ot,Ut,i=>{Ho(i)});window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>{Ho(fs)});\n/*! Bundled license information:\n\n@kurkle/color/dist/color.esm.js:\n  (*!\n   * @kurkle/color v0.3.4\n   * https://github.com/kurkle/color#readme\n   * (c) 2024 Jukka Kurkela\n   * Released under the MIT License\n   *)\n\nchart.js/dist/chunks/index.js:\nchart.js/dist/chart.js:\n  (*!\n   * Chart.js v4.6.1\n   * https://www.chartjs.org\n   * (c) 2026 Chart.js Contributors\n   * Released under the MIT License\n   *)\n*/\n';
var CLIENT_CSS = ':root{color-scheme:light dark;--bg: #f5f7fa;--surface: #ffffff;--surface-2: #f0f3f6;--border: #d5dbe2;--text: #1b2129;--muted: #55606c;--link: #0a5bb5;--accent: #0072b2;--ok: #1a7f37;--ok-bg: #dafbe1;--warn: #8a5a00;--warn-bg: #fff1c2;--crit: #c21b26;--crit-bg: #ffe3e3;--chart-1: #0072b2;--chart-2: #d55e00;--chart-3: #009e73;--chart-grid: rgba(27, 33, 41, .1);--spark: #0072b2;--radius: 10px;--shadow: 0 1px 2px rgba(27, 33, 41, .06), 0 1px 6px rgba(27, 33, 41, .04);--font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;--mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace}@media(prefers-color-scheme:dark){:root{--bg: #0d1117;--surface: #161b22;--surface-2: #1c232c;--border: #30363d;--text: #e6edf3;--muted: #9ba6b2;--link: #6cb6ff;--accent: #56b4e9;--ok: #4ac26b;--ok-bg: #12301c;--warn: #e3b341;--warn-bg: #33270a;--crit: #ff7b72;--crit-bg: #3d1417;--chart-1: #56b4e9;--chart-2: #e69f00;--chart-3: #cc79a7;--chart-grid: rgba(230, 237, 243, .1);--spark: #56b4e9;--shadow: none}}*{box-sizing:border-box}html{background:var(--bg);color:var(--text);font:15px / 1.5 var(--font);-webkit-text-size-adjust:100%}body{margin:0}a{color:var(--link)}a:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:4px}h1,h2,h3{line-height:1.25;margin:0}h2{font-size:1.25rem;margin-bottom:.75rem}h3{font-size:1rem;margin:1rem 0 .5rem}code{font-family:var(--mono);font-size:.9em}.wrap{max-width:1240px;margin:0 auto;padding:0 1.25rem}.visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}.skip-link{position:absolute;left:1rem;top:-3rem;background:var(--surface);color:var(--link);padding:.5rem .75rem;border-radius:6px;z-index:10}.skip-link:focus{top:.5rem}.banner[hidden],.range-tabs[hidden]{display:none}.site-header{background:var(--surface);border-bottom:1px solid var(--border)}.header-row{display:flex;align-items:center;justify-content:space-between;gap:1rem;flex-wrap:wrap;padding-top:1rem;padding-bottom:.75rem}.brand{display:flex;align-items:center;gap:.75rem}.brand h1{font-size:1.4rem;letter-spacing:-.01em}.logo{width:36px;height:36px;padding:6px;border-radius:9px;background:var(--accent);fill:none;stroke:#fff;stroke-width:2.2;stroke-linecap:round;stroke-linejoin:round}.logo circle{fill:#fff;stroke:none}.subtitle{margin:0;color:var(--muted);font-size:.875rem}.overall{margin:0;padding:.4rem .85rem;border-radius:999px;font-weight:600;border:1px solid currentColor}.site-nav ul{display:flex;gap:.25rem 1.25rem;flex-wrap:wrap;list-style:none;margin:0;padding:0 0 .6rem;font-size:.9rem}.site-nav a{color:var(--muted);text-decoration:none}.site-nav a:hover{color:var(--text);text-decoration:underline}.status-ok,.change-good{color:var(--ok)}.status-warning{color:var(--warn)}.status-critical,.change-bad{color:var(--crit)}.status-unknown,.change-neutral,.change-none{color:var(--muted)}.overall.status-ok{background:var(--ok-bg)}.overall.status-warning{background:var(--warn-bg)}.overall.status-critical{background:var(--crit-bg)}.banner{display:flex;gap:.75rem;align-items:flex-start;margin-top:1rem;padding:.75rem 1rem;border:1px solid var(--warn);border-left-width:6px;border-radius:var(--radius);background:var(--warn-bg);color:var(--text)}.banner p{margin:0}.banner .icon{color:var(--warn);font-size:1.2rem;line-height:1.2}main{padding-bottom:2rem}section{margin-top:2rem}.freshness,.section-lead,.footnote,.hint,.empty{color:var(--muted);font-size:.875rem}.freshness{margin:1rem 0 0}.section-lead{margin:-.25rem 0 .75rem}.section-head{display:flex;align-items:center;justify-content:space-between;gap:1rem;flex-wrap:wrap;margin-bottom:.75rem}.section-head h2{margin:0}.grid{display:grid;gap:.9rem}.tiles{grid-template-columns:repeat(auto-fill,minmax(185px,1fr))}.cards{grid-template-columns:repeat(auto-fill,minmax(210px,1fr))}.charts{grid-template-columns:repeat(auto-fill,minmax(460px,1fr))}.cost-grid{grid-template-columns:repeat(auto-fit,minmax(320px,1fr));margin-bottom:.9rem}.card,.panel,.chart{background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow)}.card{position:relative;display:flex;flex-direction:column;gap:.2rem;padding:.9rem 1rem .8rem;border-top:3px solid var(--border)}.card.level-ok{border-top-color:var(--ok)}.card.level-warning{border-top-color:var(--warn)}.card.level-critical{border-top-color:var(--crit)}.card p{margin:0}.card-label{margin:0;font-size:.8rem;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}.card-value .value{font-size:1.7rem;font-weight:650;font-variant-numeric:tabular-nums;letter-spacing:-.02em}.card-value .unit{color:var(--muted);font-size:.875rem}.card .status{font-size:.85rem;font-weight:600}.change{font-size:.825rem;font-variant-numeric:tabular-nums}.change .basis{color:var(--muted)}.card .hint{font-size:.8rem}.spark{width:100%;height:32px;margin-top:auto;padding-top:.35rem;overflow:visible}.spark path{fill:none;stroke:var(--spark);stroke-width:1.6;stroke-linejoin:round;stroke-linecap:round;vector-effect:non-scaling-stroke}.alerts{list-style:none;margin:0;padding:0;display:grid;gap:.6rem}.alert{background:var(--surface);border:1px solid var(--border);border-left:5px solid var(--muted);border-radius:var(--radius);padding:.7rem 1rem}.alert.sev-critical{border-left-color:var(--crit)}.alert.sev-warning{border-left-color:var(--warn)}.alert.sev-ok{border-left-color:var(--accent)}.alert p{margin:.1rem 0}.alert-head{display:flex;gap:.6rem;align-items:center;font-size:.8rem}.pill{display:inline-block;padding:.05rem .55rem;border-radius:999px;font-weight:600;border:1px solid currentColor}.pill.sev-critical{color:var(--crit);background:var(--crit-bg)}.pill.sev-warning{color:var(--warn);background:var(--warn-bg)}.pill.sev-ok{color:var(--link)}.state{color:var(--muted);font-weight:600}.alert-title{font-weight:600;overflow-wrap:anywhere}.alert-meta{color:var(--muted);font-size:.825rem}.labels{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;margin:.4rem 0 0;padding:0;font-size:.775rem}.labels li{background:var(--surface-2);border:1px solid var(--border);border-radius:5px;padding:0 .4rem;font-family:var(--mono);overflow-wrap:anywhere}.label-name{color:var(--muted)}.range-tabs{display:inline-flex;padding:3px;gap:2px;background:var(--surface-2);border:1px solid var(--border);border-radius:8px}.range-tabs button{font:inherit;font-size:.875rem;color:var(--text);background:transparent;border:0;border-radius:6px;padding:.3rem .8rem;cursor:pointer}.range-tabs button[aria-selected=true]{background:var(--surface);box-shadow:0 0 0 1px var(--border);font-weight:600}.chart{margin:0;padding:.9rem 1rem .6rem;min-width:0}.chart figcaption{display:flex;align-items:baseline;gap:.5rem}.chart-title{font-weight:600}.chart-unit{color:var(--muted);font-size:.825rem}.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;margin:.35rem 0 0;padding:0;font-size:.8rem;color:var(--muted)}.legend li{display:inline-flex;align-items:center;gap:.35rem}.swatch{width:24px;height:8px}.swatch line{stroke-width:2.5}.swatch.series-0 line{stroke:var(--chart-1)}.swatch.series-1 line{stroke:var(--chart-2)}.swatch.series-2 line{stroke:var(--chart-3)}.swatch.line-dashed line{stroke-dasharray:6 4}.swatch.line-dotted line{stroke-dasharray:2 3}.canvas-box{position:relative;height:220px;margin-top:.5rem}.no-js .canvas-box{display:none}.chart-message{color:var(--muted);font-size:.85rem}.table-fallback{margin-top:.4rem;font-size:.85rem}.table-fallback summary{cursor:pointer;color:var(--link);width:max-content}.table-scroll{overflow-x:auto;max-width:100%}table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums;background:var(--surface)}caption{text-align:left;font-weight:600;padding:.4rem 0;caption-side:top}th,td{padding:.4rem .6rem;border-bottom:1px solid var(--border);text-align:right;white-space:nowrap}th:first-child,td:first-child{text-align:left}thead th{color:var(--muted);font-size:.8rem;font-weight:600;background:var(--surface-2)}tbody th{font-weight:500}section>.table-scroll{border:1px solid var(--border);border-radius:var(--radius)}section>.table-scroll caption{padding-left:.6rem}.table-fallback .table-scroll{max-height:320px;overflow-y:auto;margin-top:.4rem}table.compact th,table.compact td{padding:.3rem .5rem}.panel{padding:.9rem 1rem;min-width:0}.panel h3{margin-top:0}.big{font-size:2rem;font-weight:650;margin:.2rem 0 .5rem;font-variant-numeric:tabular-nums}.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0;font-size:.9rem}.facts dt{color:var(--muted)}.facts dd{margin:0}.bar{width:56px;flex:none;height:8px}.share{white-space:nowrap}.share .bar{vertical-align:middle;margin-right:.4rem}.bar-track{fill:var(--surface-2)}.bar-fill{fill:var(--accent)}.recommendations{margin:0;padding-left:1.1rem}.recommendations li+li{margin-top:.6rem}.recommendations p{margin:0}.rec-title{font-weight:600}.footnote{margin-top:.75rem}.site-footer{border-top:1px solid var(--border);background:var(--surface);color:var(--muted);font-size:.85rem;padding:1rem 0 1.5rem}.site-footer p{margin:.3rem 0}@media(max-width:560px){.charts{grid-template-columns:1fr}.card-value .value{font-size:1.45rem}}.row-note{display:block;color:var(--muted);font-size:.775rem;font-weight:400}\n';
var FAVICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><title>pathwatch</title><rect width="24" height="24" rx="5" fill="#0072b2"/><path d="M4 17l5-6 4 4 7-9" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>';
var PAGE_TEMPLATE = { "0": function(container, depth0, helpers, partials, data) {
  return " hidden";
}, "1": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "page"), "scheduler", { "start": { "line": 47, "column": 222 }, "end": { "line": 47, "column": 236 } }), depth0));
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "card"), depth0, { "name": "card", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<h3>Firing</h3>\n		<ul class="alerts">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "firing"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 21 }, "end": { "line": 61, "column": 69 } } })) != null ? stack1 : "") + "</ul>\n";
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "alert"), depth0, { "name": "alert", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "		<h3>Resolved in the last " + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "resolvedWithinDays", { "start": { "line": 64, "column": 29 }, "end": { "line": 64, "column": 59 } }), depth0)) + " days</h3>\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "resolved"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 65, "column": 2 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "");
}, "6": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<ul class="alerts">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "resolved"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 21 }, "end": { "line": 66, "column": 71 } } })) != null ? stack1 : "") + "</ul>\n";
}, "7": function(container, depth0, helpers, partials, data) {
  return '		<p class="empty">None.</p>\n';
}, "8": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '				<button type="button" role="tab" id="tab-' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 78, "column": 47 }, "end": { "line": 78, "column": 49 } }), depth0)) + '" data-range="' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 78, "column": 67 }, "end": { "line": 78, "column": 69 } }), depth0)) + '" aria-controls="trend-panel" aria-selected="' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "selected"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 78, "column": 116 }, "end": { "line": 78, "column": 156 } } })) != null ? stack1 : "") + '" tabindex="' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "selected"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.program(12, data, 0), "data": data, "loc": { "start": { "line": 78, "column": 168 }, "end": { "line": 78, "column": 202 } } })) != null ? stack1 : "") + '">' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 78, "column": 206 }, "end": { "line": 78, "column": 211 } }), depth0)) + "</button>\n";
}, "9": function(container, depth0, helpers, partials, data) {
  return "true";
}, "10": function(container, depth0, helpers, partials, data) {
  return "false";
}, "11": function(container, depth0, helpers, partials, data) {
  return "0";
}, "12": function(container, depth0, helpers, partials, data) {
  return "-1";
}, "13": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = container.invokePartial(lookupProperty(partials, "figure"), depth0, { "name": "figure", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
}, "14": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<div class="table-scroll">\n			<table class="compact">\n				<caption>Errors by reason</caption>\n				<thead><tr><th scope="col">Reason</th><th scope="col">Count</th></tr></thead>\n				<tbody>' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "page"), "errorReasons"), { "name": "each", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 98, "column": 11 }, "end": { "line": 98, "column": 105 } } })) != null ? stack1 : "") + "</tbody>\n			</table>\n		</div>\n";
}, "15": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<tr><th scope="row">' + alias3(alias2(alias1(depth0, "reason", { "start": { "line": 98, "column": 60 }, "end": { "line": 98, "column": 66 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "count", { "start": { "line": 98, "column": 79 }, "end": { "line": 98, "column": 84 } }), depth0)) + "</td></tr>";
}, "16": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "page"), "cost"), { "name": "with", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 107, "column": 2 }, "end": { "line": 176, "column": 11 } } })) != null ? stack1 : "";
}, "17": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '		<div class="grid cost-grid">\n			<div class="panel">\n				<h3>Forecast for ' + alias3(alias2(alias1(depth0, "month", { "start": { "line": 110, "column": 23 }, "end": { "line": 110, "column": 28 } }), depth0)) + '</h3>\n				<p class="big">' + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "cost", { "start": { "line": 111, "column": 21 }, "end": { "line": 111, "column": 34 } }), depth0)) + '</p>\n				<dl class="facts">\n					<dt>Month to date</dt><dd>' + alias3(alias2(alias1(depth0, "monthToDate", { "start": { "line": 113, "column": 33 }, "end": { "line": 113, "column": 44 } }), depth0)) + "</dd>\n					<dt>Likely range</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "range", { "start": { "line": 114, "column": 32 }, "end": { "line": 114, "column": 46 } }), depth0)) + "</dd>\n					<dt>Confidence</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "confidence", { "start": { "line": 115, "column": 30 }, "end": { "line": 115, "column": 49 } }), depth0)) + "</dd>\n					<dt>Daily trend</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "trend", { "start": { "line": 116, "column": 31 }, "end": { "line": 116, "column": 45 } }), depth0)) + "</dd>\n					<dt>Method</dt><dd>" + alias3(alias2(alias1(lookupProperty(depth0, "forecast"), "basis", { "start": { "line": 117, "column": 26 }, "end": { "line": 117, "column": 40 } }), depth0)) + "</dd>\n					" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "notes"), "costPerRequest"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 118, "column": 5 }, "end": { "line": 118, "column": 105 } } })) != null ? stack1 : "") + '\n				</dl>\n			</div>\n			<div class="panel">\n				<h3>Breakdown</h3>\n				<div class="table-scroll">\n					<table class="compact breakdown">\n						<caption class="visually-hidden">Cost by component: billed month to date, projected, and share at list price</caption>\n						<thead><tr><th scope="col">Component</th><th scope="col">Billed so far</th><th scope="col">Projected</th><th scope="col">Share at list price</th></tr></thead>\n						<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "breakdown"), { "name": "each", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 128, "column": 7 }, "end": { "line": 135, "column": 16 } } })) != null ? stack1 : "") + '						</tbody>\n					</table>\n				</div>\n			</div>\n		</div>\n		<div class="grid cost-grid">\n			<div class="panel">\n				<h3>Daily, at list price</h3>\n				<div class="table-scroll">\n					<table class="compact">\n						<caption class="visually-hidden">Daily cost at list price, most recent first</caption>\n						<thead><tr><th scope="col">Day (UTC)</th><th scope="col">Cost</th><th scope="col">Note</th></tr></thead>\n						<tbody>' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "daily"), { "name": "each", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 148, "column": 13 }, "end": { "line": 148, "column": 128 } } })) != null ? stack1 : "") + '</tbody>\n					</table>\n				</div>\n			</div>\n			<div class="panel">\n				<h3>Weekly, at list price</h3>\n				<div class="table-scroll">\n					<table class="compact">\n						<caption class="visually-hidden">Cost per ISO week at list price, most recent first</caption>\n						<thead><tr><th scope="col">Week</th><th scope="col">Days</th><th scope="col">Total</th><th scope="col">Daily average</th><th scope="col">Peak day</th></tr></thead>\n						<tbody>' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "weekly"), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 158, "column": 13 }, "end": { "line": 158, "column": 154 } } })) != null ? stack1 : "") + '</tbody>\n					</table>\n				</div>\n			</div>\n		</div>\n		<div class="panel">\n			<h3>Recommendations</h3>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "recommendations"), "length"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.program(27, data, 0), "data": data, "loc": { "start": { "line": 165, "column": 3 }, "end": { "line": 173, "column": 10 } } })) != null ? stack1 : "") + '		</div>\n		<p class="footnote">' + alias3(alias2(alias1(lookupProperty(depth0, "prices"), "plan", { "start": { "line": 175, "column": 24 }, "end": { "line": 175, "column": 35 } }), depth0)) + " list prices as of " + alias3(alias2(alias1(lookupProperty(depth0, "prices"), "asOf", { "start": { "line": 175, "column": 58 }, "end": { "line": 175, "column": 69 } }), depth0)) + " (sources: " + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "prices"), "sources"), { "name": "each", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 175, "column": 82 }, "end": { "line": 175, "column": 176 } } })) != null ? stack1 : "") + "). The " + alias3(alias2(alias1(lookupProperty(depth0, "notes"), "subscription", { "start": { "line": 175, "column": 185 }, "end": { "line": 175, "column": 203 } }), depth0)) + " monthly plan fee is account-wide and not included. Not measured by the collector: " + alias3(alias2(alias1(lookupProperty(depth0, "notes"), "notMeasured", { "start": { "line": 175, "column": 290 }, "end": { "line": 175, "column": 307 } }), depth0)) + ".</p>\n";
}, "18": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<dt>Per million DO requests</dt><dd>" + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "notes"), "costPerRequest", { "start": { "line": 118, "column": 71 }, "end": { "line": 118, "column": 91 } }), depth0)) + "</dd>";
}, "19": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '							<tr>\n								<th scope="row">' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 130, "column": 26 }, "end": { "line": 130, "column": 31 } }), depth0)) + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "note"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 130, "column": 33 }, "end": { "line": 130, "column": 90 } } })) != null ? stack1 : "") + "</th>\n								<td>" + alias3(alias2(alias1(depth0, "monthToDate", { "start": { "line": 131, "column": 14 }, "end": { "line": 131, "column": 25 } }), depth0)) + "</td>\n								<td>" + alias3(alias2(alias1(depth0, "projected", { "start": { "line": 132, "column": 14 }, "end": { "line": 132, "column": 23 } }), depth0)) + '</td>\n								<td class="share"><svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="8"/><rect class="bar-fill" width="' + alias3(alias2(alias1(depth0, "listShare", { "start": { "line": 133, "column": 207 }, "end": { "line": 133, "column": 216 } }), depth0)) + '" height="8"/></svg> <span>' + alias3(alias2(alias1(depth0, "listShareText", { "start": { "line": 133, "column": 247 }, "end": { "line": 133, "column": 260 } }), depth0)) + "</span></td>\n							</tr>\n";
}, "20": function(container, depth0, helpers, partials, data) {
  return '<span class="row-note">' + container.escapeExpression(container.lambda(container.strict(depth0, "note", { "start": { "line": 130, "column": 70 }, "end": { "line": 130, "column": 74 } }), depth0)) + "</span>";
}, "21": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<tr><th scope="row">' + alias3(alias2(alias1(depth0, "date", { "start": { "line": 148, "column": 50 }, "end": { "line": 148, "column": 54 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "cost", { "start": { "line": 148, "column": 67 }, "end": { "line": 148, "column": 71 } }), depth0)) + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "note"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 148, "column": 82 }, "end": { "line": 148, "column": 109 } } })) != null ? stack1 : "") + "</td></tr>";
}, "22": function(container, depth0, helpers, partials, data) {
  return container.escapeExpression(container.lambda(container.strict(depth0, "note", { "start": { "line": 148, "column": 96 }, "end": { "line": 148, "column": 100 } }), depth0));
}, "23": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '<tr><th scope="row">' + alias3(alias2(alias1(depth0, "week", { "start": { "line": 158, "column": 51 }, "end": { "line": 158, "column": 55 } }), depth0)) + "</th><td>" + alias3(alias2(alias1(depth0, "days", { "start": { "line": 158, "column": 68 }, "end": { "line": 158, "column": 72 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "total", { "start": { "line": 158, "column": 85 }, "end": { "line": 158, "column": 90 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "avgDaily", { "start": { "line": 158, "column": 103 }, "end": { "line": 158, "column": 111 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "peakDaily", { "start": { "line": 158, "column": 124 }, "end": { "line": 158, "column": 133 } }), depth0)) + "</td></tr>";
}, "24": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '			<ul class="recommendations">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "recommendations"), { "name": "each", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 167, "column": 4 }, "end": { "line": 169, "column": 13 } } })) != null ? stack1 : "") + "			</ul>\n";
}, "25": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '				<li><p class="rec-title">' + alias3(alias2(alias1(depth0, "title", { "start": { "line": 168, "column": 31 }, "end": { "line": 168, "column": 36 } }), depth0)) + "</p><p>" + alias3(alias2(alias1(depth0, "detail", { "start": { "line": 168, "column": 47 }, "end": { "line": 168, "column": 53 } }), depth0)) + "</p>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "savings"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 168, "column": 59 }, "end": { "line": 168, "column": 130 } } })) != null ? stack1 : "") + "</li>\n";
}, "26": function(container, depth0, helpers, partials, data) {
  return '<p class="hint">Estimated saving: ' + container.escapeExpression(container.lambda(container.strict(depth0, "savings", { "start": { "line": 168, "column": 110 }, "end": { "line": 168, "column": 117 } }), depth0)) + "</p>";
}, "27": function(container, depth0, helpers, partials, data) {
  return '			<p class="empty">Nothing to recommend from the measured usage.</p>\n';
}, "28": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a href="' + alias3(alias2(alias1(depth0, "href", { "start": { "line": 175, "column": 117 }, "end": { "line": 175, "column": 121 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "text", { "start": { "line": 175, "column": 127 }, "end": { "line": 175, "column": 131 } }), depth0)) + "</a>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 175, "column": 137 }, "end": { "line": 175, "column": 167 } } })) != null ? stack1 : "");
}, "29": function(container, depth0, helpers, partials, data) {
  return ", ";
}, "30": function(container, depth0, helpers, partials, data) {
  return '		<p class="empty">No cost analysis was included in this build.</p>\n';
}, "31": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return '					<tr><th scope="row"><code>' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 198, "column": 33 }, "end": { "line": 198, "column": 38 } }), depth0)) + "</code></th><td>" + alias3(alias2(alias1(depth0, "requests", { "start": { "line": 198, "column": 58 }, "end": { "line": 198, "column": 66 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "paths", { "start": { "line": 198, "column": 79 }, "end": { "line": 198, "column": 84 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "storage", { "start": { "line": 198, "column": 97 }, "end": { "line": 198, "column": 104 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "firstSeen", { "start": { "line": 198, "column": 117 }, "end": { "line": 198, "column": 126 } }), depth0)) + "</td><td>" + alias3(alias2(alias1(depth0, "lastActivity", { "start": { "line": 198, "column": 139 }, "end": { "line": 198, "column": 151 } }), depth0)) + "</td></tr>\n";
}, "32": function(container, depth0, helpers, partials, data) {
  return '					<tr><td colspan="6">No client recorded yet.</td></tr>\n';
}, "33": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a href="badges/' + alias2(alias1(depth0, depth0)) + '.json">' + alias2(alias1(depth0, depth0)) + "</a>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 209, "column": 355 }, "end": { "line": 209, "column": 385 } } })) != null ? stack1 : "");
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<!doctype html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="' + alias3(alias2(alias1(depth0, "csp", { "start": { "line": 6, "column": 54 }, "end": { "line": 6, "column": 57 } }), depth0)) + '">\n<meta name="referrer" content="no-referrer">\n<meta name="color-scheme" content="light dark">\n<title>' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "title", { "start": { "line": 9, "column": 9 }, "end": { "line": 9, "column": 19 } }), depth0)) + ' \xB7 dashboard</title>\n<link rel="icon" href="favicon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="' + alias3(alias2(alias1(lookupProperty(depth0, "assets"), "css", { "start": { "line": 11, "column": 31 }, "end": { "line": 11, "column": 41 } }), depth0)) + '">\n<link rel="alternate" type="application/atom+xml" title="' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "title", { "start": { "line": 12, "column": 59 }, "end": { "line": 12, "column": 69 } }), depth0)) + ' incidents" href="feed.xml">\n<script type="module" src="' + alias3(alias2(alias1(lookupProperty(depth0, "assets"), "js", { "start": { "line": 13, "column": 29 }, "end": { "line": 13, "column": 38 } }), depth0)) + '"></script>\n</head>\n<body>\n<a class="skip-link" href="#main">Skip to content</a>\n<header class="site-header">\n	<div class="wrap header-row">\n		<div class="brand">\n			<svg class="logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 17l5-6 4 4 8-10"/><circle cx="20" cy="5" r="2"/></svg>\n			<div>\n				<h1>' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "title", { "start": { "line": 22, "column": 10 }, "end": { "line": 22, "column": 20 } }), depth0)) + '</h1>\n				<p class="subtitle">Durable Object path collector \xB7 collector ' + alias3(alias2(alias1(lookupProperty(depth0, "page"), "collectorVersion", { "start": { "line": 23, "column": 68 }, "end": { "line": 23, "column": 89 } }), depth0)) + '</p>\n			</div>\n		</div>\n		<p class="overall status-' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "overall"), "level", { "start": { "line": 26, "column": 29 }, "end": { "line": 26, "column": 47 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "overall"), "icon", { "start": { "line": 26, "column": 91 }, "end": { "line": 26, "column": 108 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "overall"), "text", { "start": { "line": 26, "column": 120 }, "end": { "line": 26, "column": 137 } }), depth0)) + '</p>\n	</div>\n	<nav class="wrap site-nav" aria-label="Sections">\n		<ul>\n			<li><a href="#overview">Overview</a></li>\n			<li><a href="#alerts">Alerts</a></li>\n			<li><a href="#trends">Trends</a></li>\n			<li><a href="#performance">Performance</a></li>\n			<li><a href="#cost">Cost</a></li>\n			<li><a href="#resources">Resources</a></li>\n			<li><a href="#top-ips">Top IPs</a></li>\n		</ul>\n	</nav>\n</header>\n<div class="wrap">\n	<div class="banner" id="stale-banner" role="status"' + ((stack1 = lookupProperty(helpers, "unless").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "stale"), "isStale"), { "name": "unless", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 41, "column": 52 }, "end": { "line": 41, "column": 100 } } })) != null ? stack1 : "") + '>\n		<span class="icon" aria-hidden="true">\u26A0</span>\n		<p><strong>Stale data.</strong> <span data-stale-text>' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "stale"), "text", { "start": { "line": 43, "column": 58 }, "end": { "line": 43, "column": 73 } }), depth0)) + "</span> The dashboard is expected to refresh at least every " + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "stale"), "thresholdText", { "start": { "line": 43, "column": 137 }, "end": { "line": 43, "column": 161 } }), depth0)) + '.</p>\n	</div>\n</div>\n<main id="main" class="wrap">\n	<p class="freshness">Data collected <time datetime="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "snapshotAt"), "iso", { "start": { "line": 47, "column": 55 }, "end": { "line": 47, "column": 74 } }), depth0)) + '">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "snapshotAt"), "text", { "start": { "line": 47, "column": 80 }, "end": { "line": 47, "column": 100 } }), depth0)) + '</time>, page built <time datetime="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "generatedAt"), "iso", { "start": { "line": 47, "column": 140 }, "end": { "line": 47, "column": 160 } }), depth0)) + '">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "generatedAt"), "text", { "start": { "line": 47, "column": 166 }, "end": { "line": 47, "column": 187 } }), depth0)) + "</time>." + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "scheduler"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 197 }, "end": { "line": 47, "column": 245 } } })) != null ? stack1 : "") + '</p>\n\n	<section id="overview" aria-labelledby="overview-h">\n		<h2 id="overview-h">Overview</h2>\n		<div class="grid tiles">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "tiles"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 52, "column": 3 }, "end": { "line": 52, "column": 42 } } })) != null ? stack1 : "") + '\n		</div>\n	</section>\n\n	<section id="alerts" aria-labelledby="alerts-h">\n		<h2 id="alerts-h">Alerts</h2>\n		<p class="section-lead">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "summary", { "start": { "line": 58, "column": 28 }, "end": { "line": 58, "column": 47 } }), depth0)) + " Each alert is a GitHub issue and links to it.</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "firing"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 59, "column": 2 }, "end": { "line": 62, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "alerts"), "loaded"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 2 }, "end": { "line": 70, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n\n	<section id="trends" aria-labelledby="trends-h">\n		<div class="section-head">\n			<h2 id="trends-h">Trends</h2>\n			<div class="range-tabs" role="tablist" aria-label="Time range" data-range-tabs hidden>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "trends"), "ranges"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 77, "column": 4 }, "end": { "line": 79, "column": 13 } } })) != null ? stack1 : "") + '			</div>\n		</div>\n		<div id="trend-panel" class="grid charts">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "trends"), "figures"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 83, "column": 3 }, "end": { "line": 83, "column": 53 } } })) != null ? stack1 : "") + '\n		</div>\n	</section>\n\n	<section id="performance" aria-labelledby="performance-h">\n		<h2 id="performance-h">Performance</h2>\n		<p class="section-lead">Measured at the front Worker on real record traffic; percentiles come from mergeable histograms.</p>\n		<div class="grid cards">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "performance"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 91, "column": 3 }, "end": { "line": 91, "column": 48 } } })) != null ? stack1 : "") + "\n		</div>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "errorReasons"), "length"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 93, "column": 2 }, "end": { "line": 101, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n\n	<section id="cost" aria-labelledby="cost-h">\n		<h2 id="cost-h">Cost</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "cost"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.program(30, data, 0), "data": data, "loc": { "start": { "line": 106, "column": 2 }, "end": { "line": 179, "column": 9 } } })) != null ? stack1 : "") + '	</section>\n\n	<section id="resources" aria-labelledby="resources-h">\n		<h2 id="resources-h">Resources</h2>\n		<div class="grid cards">\n			' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "resources"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 185, "column": 3 }, "end": { "line": 185, "column": 46 } } })) != null ? stack1 : "") + '\n		</div>\n	</section>\n\n	<section id="top-ips" aria-labelledby="top-ips-h">\n		<h2 id="top-ips-h">Top IPs by requests</h2>\n		<p class="section-lead">' + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0, "page"), "topIps"), "note", { "start": { "line": 191, "column": 28 }, "end": { "line": 191, "column": 44 } }), depth0)) + '</p>\n		<div class="table-scroll">\n			<table>\n				<caption class="visually-hidden">Top client networks by requests</caption>\n				<thead><tr><th scope="col">Client</th><th scope="col">Requests</th><th scope="col">Paths</th><th scope="col">Storage</th><th scope="col">First seen</th><th scope="col">Last activity</th></tr></thead>\n				<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "page"), "topIps"), "rows"), { "name": "each", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.program(32, data, 0), "data": data, "loc": { "start": { "line": 197, "column": 5 }, "end": { "line": 201, "column": 14 } } })) != null ? stack1 : "") + '				</tbody>\n			</table>\n		</div>\n	</section>\n</main>\n<footer class="site-footer">\n	<div class="wrap">\n		<p>Machine-readable: <a href="api/summary.json">summary</a> \xB7 history <a href="api/history-24h.json">24 h</a>, <a href="api/history-7d.json">7 d</a>, <a href="api/history-30d.json">30 d</a> \xB7 <a href="metrics.prom">Prometheus metrics</a> \xB7 <a href="feed.xml">incident feed (Atom)</a> \xB7 badges: ' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "badges"), { "name": "each", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 209, "column": 296 }, "end": { "line": 209, "column": 394 } } })) != null ? stack1 : "") + '</p>\n		<p>Built by pathwatch. Times are UTC. No request leaves this site.</p>\n	</div>\n</footer>\n<script type="application/json" id="pathwatch-data">' + alias3(lookupProperty(helpers, "json").call(alias4, lookupProperty(lookupProperty(depth0, "page"), "client"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 213, "column": 52 }, "end": { "line": 213, "column": 72 } } })) + "</script>\n</body>\n</html>\n";
}, "usePartial": true, "useData": true };
var PARTIAL_TEMPLATES = {
  "alert": { "0": function(container, depth0, helpers, partials, data) {
    return '<span class="state">\xB7 flapping</span>';
  }, "1": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '<a href="' + alias3(alias2(alias1(depth0, "url", { "start": { "line": 7, "column": 46 }, "end": { "line": 7, "column": 49 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "title", { "start": { "line": 7, "column": 55 }, "end": { "line": 7, "column": 60 } }), depth0)) + "</a>";
  }, "2": function(container, depth0, helpers, partials, data) {
    return container.escapeExpression(container.lambda(container.strict(depth0, "title", { "start": { "line": 7, "column": 76 }, "end": { "line": 7, "column": 81 } }), depth0));
  }, "3": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return ' \xB7 resolved <time datetime="' + alias3(alias2(alias1(depth0, "resolvedIso", { "start": { "line": 8, "column": 132 }, "end": { "line": 8, "column": 143 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "resolvedText", { "start": { "line": 8, "column": 149 }, "end": { "line": 8, "column": 161 } }), depth0)) + "</time>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<ul class="labels" aria-label="Labels">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "labels"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 2 }, "end": { "line": 13, "column": 11 } } })) != null ? stack1 : "") + "	</ul>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '		<li><span class="label-name">' + alias3(alias2(alias1(depth0, "name", { "start": { "line": 12, "column": 33 }, "end": { "line": 12, "column": 37 } }), depth0)) + "</span>: " + alias3(alias2(alias1(depth0, "value", { "start": { "line": 12, "column": 50 }, "end": { "line": 12, "column": 55 } }), depth0)) + "</li>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li class="alert sev-' + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "level", { "start": { "line": 1, "column": 23 }, "end": { "line": 1, "column": 37 } }), depth0)) + '">\n	<p class="alert-head">\n		<span class="pill sev-' + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "level", { "start": { "line": 3, "column": 26 }, "end": { "line": 3, "column": 40 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "icon", { "start": { "line": 3, "column": 84 }, "end": { "line": 3, "column": 97 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "severity"), "text", { "start": { "line": 3, "column": 109 }, "end": { "line": 3, "column": 122 } }), depth0)) + '</span>\n		<span class="state state-' + alias3(alias2(alias1(depth0, "state", { "start": { "line": 4, "column": 29 }, "end": { "line": 4, "column": 34 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "stateText", { "start": { "line": 4, "column": 40 }, "end": { "line": 4, "column": 49 } }), depth0)) + "</span>\n		" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "flapping"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 62 } } })) != null ? stack1 : "") + '\n	</p>\n	<p class="alert-title">' + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "url"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 24 }, "end": { "line": 7, "column": 90 } } })) != null ? stack1 : "") + '</p>\n	<p class="alert-meta">Opened <time datetime="' + alias3(alias2(alias1(depth0, "openedIso", { "start": { "line": 8, "column": 48 }, "end": { "line": 8, "column": 57 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "openedText", { "start": { "line": 8, "column": 63 }, "end": { "line": 8, "column": 73 } }), depth0)) + "</time>" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "resolvedText"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 82 }, "end": { "line": 8, "column": 177 } } })) != null ? stack1 : "") + " \xB7 " + alias3(alias2(alias1(depth0, "durationText", { "start": { "line": 8, "column": 182 }, "end": { "line": 8, "column": 194 } }), depth0)) + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "labels"), "length"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 1 }, "end": { "line": 15, "column": 8 } } })) != null ? stack1 : "") + "</li>\n";
  }, "useData": true },
  "card": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " level-" + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "status"), "level", { "start": { "line": 1, "column": 43 }, "end": { "line": 1, "column": 55 } }), depth0));
  }, "1": function(container, depth0, helpers, partials, data) {
    return ' <span class="unit">' + container.escapeExpression(container.lambda(container.strict(depth0, "unit", { "start": { "line": 3, "column": 93 }, "end": { "line": 3, "column": 97 } }), depth0)) + "</span>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<p class="status status-' + alias3(alias2(alias1(lookupProperty(depth0, "status"), "level", { "start": { "line": 5, "column": 27 }, "end": { "line": 5, "column": 39 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "status"), "icon", { "start": { "line": 5, "column": 83 }, "end": { "line": 5, "column": 94 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "status"), "text", { "start": { "line": 5, "column": 106 }, "end": { "line": 5, "column": 117 } }), depth0)) + "</p>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<p class="change change-' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "sentiment", { "start": { "line": 8, "column": 27 }, "end": { "line": 8, "column": 43 } }), depth0)) + '"><span class="icon" aria-hidden="true">' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "icon", { "start": { "line": 8, "column": 87 }, "end": { "line": 8, "column": 98 } }), depth0)) + '</span> <span class="visually-hidden">' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "direction", { "start": { "line": 8, "column": 140 }, "end": { "line": 8, "column": 156 } }), depth0)) + "</span> " + alias3(alias2(alias1(lookupProperty(depth0, "change"), "text", { "start": { "line": 8, "column": 168 }, "end": { "line": 8, "column": 179 } }), depth0)) + ' <span class="basis">' + alias3(alias2(alias1(lookupProperty(depth0, "change"), "basis", { "start": { "line": 8, "column": 204 }, "end": { "line": 8, "column": 216 } }), depth0)) + "</span></p>\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "compares"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 1 }, "end": { "line": 11, "column": 1 } } })) != null ? stack1 : "";
  }, "5": function(container, depth0, helpers, partials, data) {
    return '	<p class="change change-none">no earlier period to compare</p>\n	';
  }, "6": function(container, depth0, helpers, partials, data) {
    return '	<p class="hint">' + container.escapeExpression(container.lambda(container.strict(depth0, "hint", { "start": { "line": 13, "column": 19 }, "end": { "line": 13, "column": 23 } }), depth0)) + "</p>\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<svg class="spark" viewBox="0 0 ' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "width", { "start": { "line": 16, "column": 35 }, "end": { "line": 16, "column": 46 } }), depth0)) + " " + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "height", { "start": { "line": 16, "column": 51 }, "end": { "line": 16, "column": 63 } }), depth0)) + '" preserveAspectRatio="none" aria-hidden="true" focusable="false"><path d="' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "path", { "start": { "line": 16, "column": 142 }, "end": { "line": 16, "column": 152 } }), depth0)) + '"/></svg>\n	<p class="visually-hidden">Sparkline: ' + alias3(alias2(alias1(lookupProperty(depth0, "spark"), "basis", { "start": { "line": 17, "column": 41 }, "end": { "line": 17, "column": 52 } }), depth0)) + ".</p>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, alias3 = container.lambda, alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<article class="card' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "status"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 20 }, "end": { "line": 1, "column": 64 } } })) != null ? stack1 : "") + '" aria-labelledby="card-' + alias4(alias3(alias2(depth0, "id", { "start": { "line": 1, "column": 90 }, "end": { "line": 1, "column": 92 } }), depth0)) + '">\n	<h3 class="card-label" id="card-' + alias4(alias3(alias2(depth0, "id", { "start": { "line": 2, "column": 35 }, "end": { "line": 2, "column": 37 } }), depth0)) + '">' + alias4(alias3(alias2(depth0, "label", { "start": { "line": 2, "column": 43 }, "end": { "line": 2, "column": 48 } }), depth0)) + '</h3>\n	<p class="card-value"><span class="value">' + alias4(alias3(alias2(depth0, "value", { "start": { "line": 3, "column": 45 }, "end": { "line": 3, "column": 50 } }), depth0)) + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "unit"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 59 }, "end": { "line": 3, "column": 113 } } })) != null ? stack1 : "") + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "status"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 1 }, "end": { "line": 6, "column": 8 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "change"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 1 }, "end": { "line": 11, "column": 8 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hint"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 1 }, "end": { "line": 14, "column": 8 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "spark"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 1 }, "end": { "line": 18, "column": 8 } } })) != null ? stack1 : "") + "</article>\n";
  }, "useData": true },
  "figure": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '	<ul class="legend" aria-hidden="true">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "legend"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 7, "column": 11 } } })) != null ? stack1 : "") + "	</ul>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
    return '		<li><svg viewBox="0 0 24 8" class="swatch line-' + alias3(alias2(alias1(depth0, "style", { "start": { "line": 6, "column": 51 }, "end": { "line": 6, "column": 56 } }), depth0)) + " series-" + alias3(alias2(alias1(data, "index", { "start": { "line": 6, "column": 68 }, "end": { "line": 6, "column": 74 } }), depth0)) + '"><line x1="0" y1="4" x2="24" y2="4"/></svg>' + alias3(alias2(alias1(depth0, "label", { "start": { "line": 6, "column": 122 }, "end": { "line": 6, "column": 127 } }), depth0)) + "</li>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '		<div class="table-scroll" data-range="' + alias3(alias2(alias1(depth0, "range", { "start": { "line": 15, "column": 42 }, "end": { "line": 15, "column": 47 } }), depth0)) + '">\n			<table>\n				<caption>' + alias3(alias2(alias1(depth0, "caption", { "start": { "line": 17, "column": 15 }, "end": { "line": 17, "column": 22 } }), depth0)) + "</caption>\n				<thead><tr>" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "columns"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 15 }, "end": { "line": 18, "column": 70 } } })) != null ? stack1 : "") + "</tr></thead>\n				<tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 20, "column": 5 }, "end": { "line": 24, "column": 14 } } })) != null ? stack1 : "") + "				</tbody>\n			</table>\n		</div>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    return '<th scope="col">' + container.escapeExpression(container.lambda(depth0, depth0)) + "</th>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "					<tr>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 9 }, "end": { "line": 21, "column": 107 } } })) != null ? stack1 : "") + "</tr>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "first"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 21, "column": 23 }, "end": { "line": 21, "column": 98 } } })) != null ? stack1 : "";
  }, "6": function(container, depth0, helpers, partials, data) {
    return '<th scope="row">' + container.escapeExpression(container.lambda(depth0, depth0)) + "</th>";
  }, "7": function(container, depth0, helpers, partials, data) {
    return "<td>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</td>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '					<tr><td colspan="' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "columns"), "length", { "start": { "line": 23, "column": 24 }, "end": { "line": 23, "column": 38 } }), depth0)) + '">No data in this range.</td></tr>\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<figure class="chart" id="figure-' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 1, "column": 35 }, "end": { "line": 1, "column": 37 } }), depth0)) + '" data-chart="' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 1, "column": 55 }, "end": { "line": 1, "column": 57 } }), depth0)) + '">\n	<figcaption><span class="chart-title">' + alias3(alias2(alias1(depth0, "title", { "start": { "line": 2, "column": 41 }, "end": { "line": 2, "column": 46 } }), depth0)) + '</span> <span class="chart-unit">' + alias3(alias2(alias1(depth0, "unit", { "start": { "line": 2, "column": 83 }, "end": { "line": 2, "column": 87 } }), depth0)) + "</span></figcaption>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(depth0, "legend"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 1 }, "end": { "line": 9, "column": 8 } } })) != null ? stack1 : "") + '	<div class="canvas-box"><canvas id="chart-' + alias3(alias2(alias1(depth0, "id", { "start": { "line": 10, "column": 45 }, "end": { "line": 10, "column": 47 } }), depth0)) + '" role="img" aria-label="' + alias3(alias2(alias1(depth0, "initialSummary", { "start": { "line": 10, "column": 76 }, "end": { "line": 10, "column": 90 } }), depth0)) + '">' + alias3(alias2(alias1(depth0, "initialSummary", { "start": { "line": 10, "column": 96 }, "end": { "line": 10, "column": 110 } }), depth0)) + '</canvas></div>\n	<p class="chart-message" data-chart-message hidden></p>\n	<details class="table-fallback">\n		<summary>Data table</summary>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "tables"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 28, "column": 11 } } })) != null ? stack1 : "") + "	</details>\n</figure>\n";
  }, "useData": true }
};

// reports-site/src/render.ts
var import_handlebars = __toESM(require_lib(), 1);

// reports-site/src/core/script-json.ts
var UNSAFE = /[<>&\u2028\u2029]/g;
function scriptSafeJson(value) {
  const json = JSON.stringify(value);
  if (json === void 0) throw new TypeError("scriptSafeJson: value is not JSON-serialisable");
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// reports-site/src/render.ts
var CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");
function renderPage(ctx) {
  const hb = import_handlebars.default.create();
  hb.registerHelper("json", (value) => new hb.SafeString(scriptSafeJson(value)));
  for (const [name, spec] of Object.entries(PARTIAL_TEMPLATES)) hb.registerPartial(name, hb.template(spec));
  return hb.template(PAGE_TEMPLATE)(ctx);
}

// reports-site/src/build.ts
var BudgetExceededError = class extends Error {
  name = "BudgetExceededError";
};
function renderSite(input, options) {
  const { budget: _budget, ...rest } = options;
  const view = viewOptions(rest);
  const hash = (s) => createHash("sha256").update(s).digest("hex").slice(0, 10);
  const js = `assets/app-${hash(CLIENT_JS)}.js`;
  const css = `assets/site-${hash(CLIENT_CSS)}.css`;
  const badgeFiles = badges(input, view);
  const json = (v) => `${JSON.stringify(v, null, 2)}
`;
  const files = /* @__PURE__ */ new Map([
    [
      "index.html",
      renderPage({
        page: buildViewModel(input, view),
        csp: CONTENT_SECURITY_POLICY,
        assets: { js, css },
        badges: Object.keys(badgeFiles)
      })
    ],
    [js, CLIENT_JS],
    [css, CLIENT_CSS],
    ["favicon.svg", `${FAVICON_SVG}
`],
    ["api/summary.json", json(summaryJson(input, view))],
    ["metrics.prom", renderSnapshotMetrics(input.snapshot)],
    [
      "feed.xml",
      renderAtomFeed(input.alerts, {
        siteUrl: view.siteUrl,
        title: view.title,
        generatedAt: input.generatedAt,
        now: Date.parse(input.generatedAt),
        withinDays: view.resolvedWithinDays
      })
    ],
    // GitHub Pages: serve the files as they are, without Jekyll.
    [".nojekyll", ""]
  ]);
  for (const [range, ts] of Object.entries(input.timeseries)) {
    files.set(`api/history-${range}.json`, JSON.stringify(historyJson(ts, input.generatedAt)));
  }
  for (const [name, badge] of Object.entries(badgeFiles)) files.set(`badges/${name}.json`, json(badge));
  return files;
}
function weigh(files) {
  return [...files].map(([path, text]) => {
    const bytes = Buffer.from(text);
    return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
}
async function buildSite(input, outDir, options) {
  const files = renderSite(input, options);
  const weighed = weigh(files);
  const budget = checkBudget(weighed, options.budget ?? DEFAULT_BUDGET);
  if (budget.violations.length)
    throw new BudgetExceededError(`page-weight budget exceeded: ${budget.violations.join("; ")}`);
  await rm(join(outDir, "assets"), { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { outDir, files: weighed, budget };
}

// reports-site/src/serve.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join as join2, resolve, sep } from "node:path";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/atom+xml; charset=utf-8",
  ".prom": "text/plain; version=0.0.4; charset=utf-8"
};
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const target = resolve(join2(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  return target === root || target.startsWith(root + sep) ? target : null;
}
async function serveDir(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const file = resolveInside(root, req.url ?? "/");
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile() || req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(info?.isFile() ? 405 : 404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "x-content-type-options": "nosniff",
      "cache-control": "no-cache"
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok());
  });
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    port: bound,
    close: () => new Promise((ok) => server.close(() => ok()))
  };
}

// reports-site/src/core/types.ts
var isoTime = external_exports.iso.datetime({ offset: true });
var SEVERITIES = ["critical", "warning", "info"];
var AlertViewSchema = external_exports.object({
  fingerprint: external_exports.string().min(1),
  title: external_exports.string(),
  severity: external_exports.enum(SEVERITIES),
  state: external_exports.enum(["firing", "resolved"]),
  flapping: external_exports.boolean().default(false),
  /** Link to the issue; anything but http(s) is dropped before rendering. */
  url: external_exports.string(),
  openedAt: isoTime,
  resolvedAt: isoTime.nullable(),
  labels: external_exports.record(external_exports.string(), external_exports.string())
});
var AlertViewListSchema = external_exports.array(AlertViewSchema);

// action/src/core/issues/alert-view.ts
function toAlertIssueView(issue) {
  const st = issue.alert;
  return {
    fingerprint: issue.fingerprint,
    number: issue.number,
    alertname: st?.alertname ?? issue.fingerprint,
    title: issue.title,
    severity: st?.severity ?? null,
    state: issue.state,
    status: st ? st.status : issue.state === "open" ? "firing" : "resolved",
    flapping: st?.flapping ?? false,
    url: issue.url,
    openedAt: st?.since ?? issue.createdAt,
    resolvedAt: st?.resolvedAt ?? issue.closedAt,
    labels: issue.labels,
    alertLabels: st?.labels ?? {}
  };
}

// action/src/alert-issues.ts
async function listAlertIssues(tracker, options = {}) {
  const label = options.label ?? "pathwatch";
  const now = options.now ?? /* @__PURE__ */ new Date();
  const since = new Date(now.getTime() - (options.resolvedWithinDays ?? 7) * DAY_MS);
  const [open, closed] = await Promise.all([tracker.listOpen(label), tracker.listClosedSince(label, since)]);
  return [...open, ...closed].map(parseIssue).filter((i) => i !== null).filter((i) => !i.alert?.duplicateOf && i.stateReason !== "not_planned").map(toAlertIssueView).sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
}

// action/src/site/site-input.ts
function toAlertView(issue) {
  return {
    fingerprint: issue.fingerprint,
    title: issue.title,
    severity: issue.severity ?? "info",
    state: issue.status,
    flapping: issue.flapping,
    url: issue.url,
    openedAt: issue.openedAt,
    resolvedAt: issue.status === "resolved" ? issue.resolvedAt : null,
    labels: issue.alertLabels
  };
}
function healthSeries(ts, snapshot, sla, now) {
  const s = ts.series;
  return s.requests.map((req, i) => {
    if (req === null || req === 0) return null;
    const errors = s.errors[i] ?? null;
    const timeouts = s.timeouts[i] ?? null;
    const performance = {
      ...snapshot.performance,
      p95Ms: s.p95Ms[i] ?? null,
      errorRate: errors === null ? null : errors / req,
      timeoutRate: timeouts === null ? null : timeouts / req
    };
    return computeHealth({ ...snapshot, performance }, sla, now).score;
  });
}
function assembleSiteInput(data, alerts, config, now) {
  const series = (w) => healthSeries(data.timeseries[w], data.snapshot, config.sla, now);
  return {
    ...data,
    alerts,
    cost: analyzeCost(data.usage, pricesFor(config), now, {
      anomalyZ: config.cost.anomaly_z,
      baselineDays: config.cost.baseline_days
    }),
    health: computeHealth(data.snapshot, config.sla, now),
    healthSeries: { "24h": series("24h"), "7d": series("7d"), "30d": series("30d") },
    generatedAt: now.toISOString()
  };
}
function ruleLevels(config, metric) {
  const rule = config.rules.find((r) => r.metric === metric);
  return {
    warning: rule?.levels.warning?.threshold ?? null,
    critical: rule?.levels.critical?.threshold ?? null
  };
}
function budgetLevels(config) {
  const budget = config.budgets[0];
  const at = (severity) => {
    const percents = (budget?.thresholds ?? []).filter((t) => t.basis === "forecast" && t.severity === severity).map((t) => t.percent);
    return budget && percents.length ? budget.amount * Math.min(...percents) / 100 : null;
  };
  return { warning: at("warning"), critical: at("critical") };
}
function thresholdsFromConfig(config) {
  return {
    p95Ms: ruleLevels(config, "p95_ms"),
    errorRate: ruleLevels(config, "error_rate"),
    monthlyCost: budgetLevels(config),
    sla: config.sla
  };
}

// action/src/site/sources.ts
import { readFile } from "node:fs/promises";
import { join as join3 } from "node:path";
var USAGE_DAYS = 45;
async function fetchCollectorData(client) {
  const [snapshot, day, week, month, usage] = await Promise.all([
    client.snapshot(),
    client.timeseries("24h"),
    client.timeseries("7d"),
    client.timeseries("30d"),
    client.usage(USAGE_DAYS)
  ]);
  return { snapshot, timeseries: { "24h": day, "7d": week, "30d": month }, usage };
}
async function readJson(file, schema) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${e.message}`);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${e.message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: ${issue?.path.join(".") || "(top level)"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
async function readCollectorDir(dir) {
  const [snapshot, day, week, month, usage] = await Promise.all([
    readJson(join3(dir, "snapshot.json"), SnapshotSchema),
    readJson(join3(dir, "timeseries-24h.json"), TimeseriesSchema),
    readJson(join3(dir, "timeseries-7d.json"), TimeseriesSchema),
    readJson(join3(dir, "timeseries-30d.json"), TimeseriesSchema),
    readJson(join3(dir, "usage.json"), UsageResponseSchema)
  ]);
  return { snapshot, timeseries: { "24h": day, "7d": week, "30d": month }, usage: usage.days };
}
function readAlertsFile(file) {
  return readJson(file, AlertViewListSchema);
}

export {
  buildSite,
  serveDir,
  listAlertIssues,
  toAlertView,
  assembleSiteInput,
  thresholdsFromConfig,
  fetchCollectorData,
  readCollectorDir,
  readAlertsFile
};
