/**
 * The monitor configuration the demo runs with: the built-in defaults, except that the error
 * rate is judged per 10-second step (the demo Worker's `ROLLUP_STEP_MS`) with no `for` delay,
 * so an alert fires and resolves within the demo's seconds instead of the production rule's
 * 5-minute windows. Latency is judged per step too, so it must stay high for a minute before
 * it fires: one slow 10-second step on a busy machine is not an incident. Notifications go to
 * the demo's local webhook receiver (signed; the demo prints what it received).
 */
export const DEMO_CONFIG_YAML = `# written by \`pathwatch demo\`
version: 1
rules:
  - alert: ErrorRateHigh
    metric: error_rate
    window: 10s
    for: 0m
    warning: { threshold: 0.005, cooldown: 1m }
    critical: { threshold: 0.01, cooldown: 1m }
    annotations:
      summary: Record error rate $value over 10 seconds
  - alert: P95LatencyHigh
    metric: p95_ms
    for: 1m
    warning: { threshold: 100, cooldown: 30m }
    critical: { threshold: 200, cooldown: 10m }
    annotations:
      summary: Record latency p95 at $value
notify:
  claim_settle: 100ms
  retry: { attempts: 3, backoff: 200ms }
  channels:
    demo-hook: { type: webhook, url_env: PATHWATCH_DEMO_WEBHOOK_URL, secret_env: PATHWATCH_DEMO_WEBHOOK_SECRET }
  routes:
    - channels: [demo-hook]
`;
