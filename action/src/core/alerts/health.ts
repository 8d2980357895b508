/**
 * The seed's overall health score and SLA compliance report, from measured figures only.
 * The seed weighs p95 latency, error rate and memory use; a Durable Object's memory is not
 * observable, so the resource term uses the busiest object's active share of the day so far,
 * the same "how close to its limit" notion, measured.
 */
import type { Snapshot } from '../../../../worker/src/contract/index.ts';
import type { Config } from '../config/config.ts';
import { clamp, round } from '../stats.ts';

export type SlaViolation = {
	type: 'response_time' | 'error_rate' | 'timeout_rate' | 'utilization';
	current: number;
	threshold: number;
	severity: 'critical' | 'high' | 'warning';
};

export type HealthReport = {
	/** 0–100, the seed's formula. */
	score: number;
	components: { latency: number; errors: number; utilization: number };
	inputs: { p95Ms: number | null; errorRate: number | null; timeoutRate: number | null; utilization: number };
	compliant: boolean;
	violations: SlaViolation[];
};

/** Busiest object's active seconds today ÷ seconds elapsed today (0–1). */
export function utilization(snapshot: Snapshot, now: Date): number {
	const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const elapsed = Math.max(1, (now.getTime() - midnight) / 1000);
	return clamp(snapshot.usage.today.maxActiveSecondsPerObject / elapsed, 0, 1);
}

export function computeHealth(snapshot: Snapshot, sla: Config['sla'], now: Date): HealthReport {
	const p = snapshot.performance;
	const util = utilization(snapshot, now);
	// The seed: each term is 100 − (value ÷ limit) × weight, floored at 0, then averaged.
	const latency = Math.max(0, 100 - ((p.p95Ms ?? 0) / sla.max_p95_ms) * 30);
	const errors = Math.max(0, 100 - ((p.errorRate ?? 0) / sla.max_error_rate) * 40);
	const resource = Math.max(0, 100 - (util / sla.max_utilization) * 30);
	const violations: SlaViolation[] = [];
	if (p.p95Ms !== null && p.p95Ms > sla.max_p95_ms)
		violations.push({ type: 'response_time', current: p.p95Ms, threshold: sla.max_p95_ms, severity: 'high' });
	if (p.errorRate !== null && p.errorRate > sla.max_error_rate)
		violations.push({
			type: 'error_rate',
			current: p.errorRate,
			threshold: sla.max_error_rate,
			severity: 'critical',
		});
	if (p.timeoutRate !== null && p.timeoutRate > sla.max_timeout_rate)
		violations.push({
			type: 'timeout_rate',
			current: p.timeoutRate,
			threshold: sla.max_timeout_rate,
			severity: 'high',
		});
	if (util > sla.max_utilization)
		violations.push({
			type: 'utilization',
			current: util,
			threshold: sla.max_utilization,
			severity: 'warning',
		});
	return {
		score: round(Math.min(100, (latency + errors + resource) / 3), 1),
		components: { latency: round(latency, 1), errors: round(errors, 1), utilization: round(resource, 1) },
		inputs: {
			p95Ms: p.p95Ms,
			errorRate: p.errorRate,
			timeoutRate: p.timeoutRate,
			utilization: round(util, 4),
		},
		compliant: violations.length === 0,
		violations,
	};
}
