import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);
import {
  HOUR_MS,
  RecordAcceptedSchema,
  canonicalIp
} from "./chunk-5L6HU7UT.js";

// worker/src/contract/map-limit.ts
async function mapLimit(items, limit, fn, more = () => true) {
  const results = new Array(items.length);
  const entries = items.entries();
  const lane = async () => {
    for (const [i, item] of entries) {
      if (!more()) return;
      results[i] = await fn(item, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

// action/src/core/traffic/traffic-catalog.ts
var GET = [["GET", 1]];
var API_ROUTES = [
  { template: "/api/v1/products", methods: GET },
  {
    template: "/api/v1/products/{num}",
    methods: [
      ["GET", 90],
      ["PUT", 6],
      ["DELETE", 2],
      ["PATCH", 2]
    ]
  },
  {
    template: "/api/v1/cart",
    methods: [
      ["GET", 60],
      ["POST", 30],
      ["DELETE", 10]
    ]
  },
  {
    template: "/api/v1/users/{num}",
    methods: [
      ["GET", 85],
      ["PATCH", 15]
    ]
  },
  { template: "/api/v1/search?q={word}&page={num}", methods: GET },
  { template: "/api/v1/users/{num}/orders", methods: GET },
  {
    template: "/api/v1/orders/{uuid}",
    methods: [
      ["GET", 95],
      ["DELETE", 5]
    ]
  },
  { template: "/api/v1/checkout", methods: [["POST", 1]] },
  { template: "/auth/login", methods: [["POST", 1]] },
  { template: "/auth/refresh", methods: [["POST", 1]] },
  {
    template: "/api/v1/sessions/{token}",
    methods: [
      ["GET", 70],
      ["DELETE", 30]
    ]
  },
  {
    template: "/api/v1/files/{hex}",
    methods: [
      ["GET", 80],
      ["HEAD", 20]
    ]
  },
  { template: "/api/v2/recommendations?user={num}", methods: GET },
  { template: "/graphql", methods: [["POST", 1]] },
  {
    template: "/api/v1/products/{num}/reviews",
    methods: [
      ["GET", 80],
      ["POST", 20]
    ]
  },
  { template: "/health", methods: GET }
];
var BROWSER_ROUTES = [
  ...API_ROUTES.slice(0, 6),
  { template: "/static/app.{hex}.js", methods: GET },
  { template: "/api/v1/cart", methods: [["OPTIONS", 1]] },
  ...API_ROUTES.slice(6)
];
var PERSONAS = [
  {
    name: "browser",
    share: 0.55,
    userAgents: [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
      "Mozilla/5.0 (X11; Linux x86_64; rv:143.0) Gecko/20100101 Firefox/143.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0"
    ],
    routes: BROWSER_ROUTES,
    sessionLength: 12,
    thinkMs: 4e3
  },
  {
    name: "mobile",
    share: 0.22,
    userAgents: [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
      "ShopApp/5.12.0 (Android 15; Pixel 9)",
      "ShopApp/5.11.2 (iOS 18.3; iPhone15,2)",
      "okhttp/4.12.0"
    ],
    routes: API_ROUTES,
    sessionLength: 8,
    thinkMs: 6e3
  },
  {
    name: "api-client",
    share: 0.13,
    userAgents: [
      "python-requests/2.32.3",
      "axios/1.7.9",
      "Go-http-client/2.0",
      "curl/8.11.1",
      "PostmanRuntime/7.43.0"
    ],
    routes: API_ROUTES,
    sessionLength: 30,
    thinkMs: 500
  },
  {
    name: "crawler",
    share: 0.06,
    userAgents: [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
    ],
    routes: [
      { template: "/robots.txt", methods: GET },
      { template: "/sitemap.xml", methods: GET },
      {
        template: "/products/{slug}",
        methods: [
          ["GET", 80],
          ["HEAD", 20]
        ]
      },
      { template: "/blog/{slug}", methods: GET },
      { template: "/api/v1/products/{num}", methods: GET }
    ],
    sessionLength: 25,
    thinkMs: 1500
  },
  {
    name: "scanner",
    share: 0.04,
    userAgents: [
      "Mozilla/5.0 zgrab/0.x",
      "masscan/1.3",
      "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"
    ],
    routes: [
      { template: "/.env", methods: GET },
      {
        template: "/wp-admin/{word}.php",
        methods: [
          ["GET", 70],
          ["POST", 30]
        ]
      },
      { template: "/.git/config", methods: GET },
      {
        template: "/{word}/{word}.{word}",
        methods: [
          ["GET", 80],
          ["POST", 10],
          ["HEAD", 10]
        ]
      },
      { template: "/phpmyadmin/index.php", methods: GET },
      { template: "/backup/{word}-{num}.zip", methods: GET },
      {
        template: "/cgi-bin/{word}",
        methods: [
          ["GET", 50],
          ["POST", 50]
        ]
      }
    ],
    sessionLength: 60,
    thinkMs: 150
  }
];
var COUNTRIES = [
  ["US", 30],
  ["DE", 8],
  ["IN", 8],
  ["GB", 7],
  ["CN", 6],
  ["FR", 5],
  ["BR", 5],
  ["JP", 5],
  ["CA", 4],
  ["NL", 3],
  ["AU", 3],
  ["KR", 3],
  ["RU", 3],
  ["SG", 2],
  ["PL", 2],
  ["ES", 2],
  ["IT", 2],
  ["SE", 1],
  ["XX", 1]
];
var WORDS = [
  "alpha",
  "admin",
  "shoes",
  "laptop",
  "coffee",
  "garden",
  "config",
  "login",
  "backup",
  "db",
  "shell",
  "test",
  "winter",
  "sale",
  "camera",
  "phone",
  "old",
  "upload",
  "setup",
  "install",
  "private",
  "data",
  "dump",
  "site"
];

// action/src/core/traffic/traffic.ts
function createRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function zipfSampler(n, s, rng) {
  const cdf = [];
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1) ** s;
    cdf.push(sum);
  }
  return () => {
    const u = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((cdf[mid] ?? 0) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
function pick(items, rng) {
  const item = items[Math.floor(rng() * items.length)];
  if (item === void 0) throw new Error("pick from an empty list");
  return item;
}
function pickWeighted(pairs, rng) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let u = rng() * total;
  for (const [value, w] of pairs) {
    u -= w;
    if (u < 0) return value;
  }
  const last = pairs[pairs.length - 1];
  if (!last) throw new Error("pickWeighted from an empty list");
  return last[0];
}
var HEX = "0123456789abcdef";
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function chars(alphabet, n, rng) {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
  return out;
}
function makeIp(rng) {
  if (rng() < 0.85) {
    const first = pick([23, 31, 45, 62, 81, 91, 103, 142, 151, 176, 185, 203, 212], rng);
    return [first, 1 + Math.floor(rng() * 254), Math.floor(rng() * 256), 1 + Math.floor(rng() * 254)].join(
      "."
    );
  }
  const groups = Array.from({ length: 4 }, () => Math.floor(rng() * 65535).toString(16));
  const text = `2001:db8:${Math.floor(rng() * 65535).toString(16)}::${groups.join(":")}`;
  return canonicalIp(text) ?? text;
}
function fillTemplate(template, rng) {
  return template.replace(/\{(num|uuid|hex|token|word|slug)\}/g, (_, slot) => {
    if (slot === "num") return String(1 + Math.floor(rng() ** 3 * 1e5));
    if (slot === "uuid") {
      const h = chars(HEX, 32, rng);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    }
    if (slot === "hex") return chars(HEX, 23, rng) + pick("0123456789".split(""), rng);
    if (slot === "token") return `${chars(B64, 30, rng)}a9Z`;
    if (slot === "word") return pick(WORDS, rng);
    return Array.from({ length: 2 + Math.floor(rng() * 3) }, () => pick(WORDS, rng)).join("-");
  });
}
function activityTimeline(spanMs, rng) {
  const segments = [];
  let t = 0;
  let total = 0;
  while (t < spanMs) {
    const len = Math.min(spanMs - t, spanMs * (0.01 + rng() * 0.04));
    const roll = rng();
    const rate = roll < 0.2 ? 0 : roll < 0.3 ? 6 : 0.5 + rng();
    total += len * rate;
    segments.push({ start: t, end: t + len, mass: total });
    t += len;
  }
  if (total === 0) return (u) => u * spanMs;
  return (u) => {
    const target = u * total;
    let prevMass = 0;
    for (const s of segments) {
      if (target < s.mass) return s.start + (target - prevMass) / (s.mass - prevMass) * (s.end - s.start);
      prevMass = s.mass;
    }
    return spanMs;
  };
}
function makeClients(n, rng) {
  const used = /* @__PURE__ */ new Set();
  const personas = PERSONAS.map((p) => [p, p.share]);
  return Array.from({ length: n }, () => {
    let ip = makeIp(rng);
    while (used.has(ip)) ip = makeIp(rng);
    used.add(ip);
    const persona = pickWeighted(personas, rng);
    return {
      ip,
      persona,
      userAgent: pick(persona.userAgents, rng),
      country: pickWeighted(COUNTRIES, rng),
      route: zipfSampler(persona.routes.length, 1, rng)
    };
  });
}
function generateTraffic(opts) {
  const rng = createRng(opts.seed);
  const spanMs = opts.spanMs ?? HOUR_MS;
  const start = opts.endAt - spanMs;
  const clients = makeClients(Math.max(1, opts.ips), rng);
  const nextClient = zipfSampler(clients.length, 1.1, rng);
  const when = activityTimeline(spanMs, rng);
  const drafts = [];
  while (drafts.length < opts.events) {
    const c = clients[nextClient()] ?? clients[0];
    if (!c) break;
    const length = Math.min(
      opts.events - drafts.length,
      1 + Math.floor(-Math.log(1 - rng()) * (c.persona.sessionLength - 1))
    );
    let t = start + when(rng());
    for (let i = 0; i < length; i++) {
      const route = c.persona.routes[c.route()] ?? c.persona.routes[0];
      if (!route) break;
      drafts.push({
        ip: c.ip,
        path: fillTemplate(route.template, rng),
        method: pickWeighted(route.methods, rng),
        userAgent: c.userAgent,
        country: c.country,
        timestamp: Math.min(Math.round(t), opts.endAt)
      });
      t += -Math.log(1 - rng()) * c.persona.thinkMs;
    }
  }
  drafts.sort((a, b) => a.timestamp - b.timestamp);
  const runId = opts.runId ?? `sim${opts.seed}`;
  return drafts.map((d, i) => ({ id: `${runId}-${i}`, ...d }));
}
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p / 100 * sorted.length)));
  return sorted[rank - 1] ?? null;
}

// action/src/adapters/traffic-sender.ts
var MAX_ATTEMPTS = 4;
async function postOnce(opts, body) {
  const headers = { "content-type": "application/json" };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const started = performance.now();
  const res = await (opts.fetch ?? fetch)(new URL("/record", opts.url), {
    method: "POST",
    headers,
    body,
    signal: opts.signal
  });
  const text = await res.text();
  return { status: res.status, latencyMs: performance.now() - started, body: text };
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function planRequests(events, batch) {
  const size = Math.max(1, Math.min(1e3, Math.trunc(batch)));
  const out = [];
  for (let i = 0; i < events.length; i += size) out.push(events.slice(i, i + size));
  return out;
}
async function simulateTraffic(opts) {
  const now = opts.now ?? Date.now;
  const events = generateTraffic({
    seed: opts.seed,
    ips: opts.ips,
    events: opts.events,
    endAt: now(),
    runId: opts.runId
  });
  const requests = planRequests(events, opts.batch);
  const s = {
    events: events.length,
    simulatedIps: opts.ips,
    distinctIps: new Set(events.map((e) => e.ip)).size,
    requests: 0,
    accepted: 0,
    duplicates: 0,
    journaled: 0,
    rejected: 0,
    failedRequests: 0,
    retries: 0,
    statusCounts: {},
    firstError: null,
    durationMs: 0,
    eventsPerSecond: 0,
    latencyMs: { p50: null, p95: null, p99: null, max: null }
  };
  const latencies = [];
  const first = events[0]?.timestamp ?? 0;
  const span = Math.max(1, (events[events.length - 1]?.timestamp ?? 0) - first);
  const started = performance.now();
  let sent = 0;
  const send = async (group) => {
    if (opts.paceMs) {
      const due = ((group[0]?.timestamp ?? first) - first) / span * opts.paceMs;
      const wait = due - (performance.now() - started);
      if (wait > 0) await sleep(wait);
    }
    await sendGroup(opts, group, s, latencies);
    sent += group.length;
    opts.onProgress?.({ sent, total: events.length, accepted: s.accepted, journaled: s.journaled });
  };
  await mapLimit(requests, opts.concurrency ?? 4, send, () => !opts.signal?.aborted);
  s.durationMs = performance.now() - started;
  s.eventsPerSecond = s.durationMs > 0 ? s.accepted / s.durationMs * 1e3 : 0;
  latencies.sort((a, b) => a - b);
  s.latencyMs = {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? null
  };
  return s;
}
async function sendGroup(opts, group, s, latencies) {
  const body = JSON.stringify(group.length === 1 && opts.batch <= 1 ? group[0] : { events: group });
  let error = "";
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let res = null;
    try {
      res = await postOnce(opts, body);
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      error = e instanceof Error ? e.message : String(e);
    }
    s.requests++;
    if (res) {
      s.statusCounts[res.status] = (s.statusCounts[res.status] ?? 0) + 1;
      latencies.push(res.latencyMs);
      if (res.status === 202) {
        const ack = RecordAcceptedSchema.parse(JSON.parse(res.body));
        s.accepted += ack.accepted;
        s.duplicates += ack.duplicates;
        s.journaled += ack.journaled;
        return;
      }
      error = `HTTP ${res.status}: ${res.body.slice(0, 300)}`;
      if (res.status < 500 && res.status !== 429) break;
    }
    if (attempt < MAX_ATTEMPTS) {
      s.retries++;
      await sleep(100 * 2 ** attempt);
    }
  }
  s.firstError ??= error;
  s.failedRequests++;
  s.rejected += group.length;
}

export {
  createRng,
  simulateTraffic
};
